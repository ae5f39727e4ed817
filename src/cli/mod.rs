//! Command-line interface: clap definitions (one file per subcommand) and the exit-code contract.

mod analyze;
mod build;
mod dot;
mod eval;
mod export;
mod extract;
mod network;
mod query;

use actorgraph::lexicon::{Lexicon, LexiconError};
use actorgraph::store::StoreError;
use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

/// Exit codes (sysexits-style; 2 is clap's usage error).
pub mod code {
    /// Some input files were rejected (the rest were processed), malformed SPARQL, invalid lexicon.
    pub const DATA: u8 = 65;
    /// A path or store does not exist, or no article was found.
    pub const NO_INPUT: u8 = 66;
    /// A required program (Graphviz) is missing.
    pub const UNAVAILABLE: u8 = 69;
    /// An output file cannot be created.
    pub const CANT_CREATE: u8 = 73;
    /// Reading or writing failed (disk, store).
    pub const IO: u8 = 74;
    /// The store is in use by another process; retry later.
    pub const TEMP_FAIL: u8 = 75;
}

/// Turns news articles into an actor-relationship knowledge graph with span-exact provenance.
#[derive(Debug, Parser)]
#[command(name = "actorgraph", version, about, max_term_width = 100)]
pub struct Cli {
    /// Lexicon directory (states.tsv, actors.tsv, cues.tsv, irregular_verbs.tsv,
    /// function_words.tsv); default: the lexicon built into the binary from data/lexicon.
    #[arg(long, global = true, value_name = "DIR")]
    lexicon: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Ingest .txt articles into the on-disk store.
    Build(build::Args),
    /// Print the interactions found in articles as JSON Lines (no store).
    Extract(extract::Args),
    /// Run a SPARQL query against the store.
    Query(query::Args),
    /// Write the whole dataset in a standard RDF syntax.
    Export(export::Args),
    /// Draw the actor network as Graphviz DOT (or render it).
    Dot(dot::Args),
    /// Score extraction against gold sets (strict and rolled-up precision, recall, F1).
    Eval(eval::Args),
    /// Network analytics: degrees, most targeted (PageRank), camps, components, paths.
    Analyze(analyze::Args),
}

/// A failure: the one-line message and the exit code.
#[derive(Debug)]
pub struct Failure {
    pub code: u8,
    pub message: String,
    broken_pipe: bool,
}

impl Failure {
    pub fn new(code: u8, message: impl Into<String>) -> Self {
        Failure {
            code,
            message: message.into(),
            broken_pipe: false,
        }
    }
    pub fn is_broken_pipe(&self) -> bool {
        self.broken_pipe
    }
}

impl From<std::io::Error> for Failure {
    fn from(e: std::io::Error) -> Self {
        Failure {
            code: code::IO,
            broken_pipe: e.kind() == std::io::ErrorKind::BrokenPipe,
            message: format!("cannot write output: {e}"),
        }
    }
}

impl From<StoreError> for Failure {
    fn from(e: StoreError) -> Self {
        let c = match &e {
            StoreError::Locked { .. } => code::TEMP_FAIL,
            StoreError::Missing { .. } => code::NO_INPUT,
            StoreError::Syntax(_) | StoreError::Format(_) => code::DATA,
            StoreError::Output(io) if io.kind() == std::io::ErrorKind::BrokenPipe => {
                return Failure {
                    code: code::IO,
                    message: e.to_string(),
                    broken_pipe: true,
                }
            }
            _ => code::IO,
        };
        Failure::new(c, e.to_string())
    }
}

impl From<LexiconError> for Failure {
    fn from(e: LexiconError) -> Self {
        let message = match &e {
            LexiconError::Invalid(all) => {
                let lines: Vec<String> = all.iter().map(|l| l.to_string()).collect();
                format!(
                    "invalid lexicon; fix these lines:\n  {}",
                    lines.join("\n  ")
                )
            }
            other => other.to_string(),
        };
        Failure::new(code::DATA, message)
    }
}

fn lexicon(dir: &Option<PathBuf>) -> Result<Lexicon, Failure> {
    Ok(match dir {
        Some(d) => Lexicon::load_dir(d)?,
        None => Lexicon::embedded()?,
    })
}

/// Writes to `-o FILE` or stdout.
fn output(path: &Option<PathBuf>) -> Result<Box<dyn std::io::Write>, Failure> {
    match path {
        Some(p) => {
            let f = std::fs::File::create(p).map_err(|e| {
                Failure::new(
                    code::CANT_CREATE,
                    format!("cannot create {}: {e}", p.display()),
                )
            })?;
            Ok(Box::new(std::io::BufWriter::new(f)))
        }
        None => Ok(Box::new(std::io::BufWriter::new(std::io::stdout().lock()))),
    }
}

/// Runs the parsed command line.
pub fn run(cli: Cli) -> Result<ExitCode, Failure> {
    match cli.command {
        Command::Build(a) => build::run(a, &lexicon(&cli.lexicon)?),
        Command::Extract(a) => extract::run(a, &lexicon(&cli.lexicon)?),
        Command::Query(a) => query::run(a),
        Command::Export(a) => export::run(a),
        Command::Dot(a) => dot::run(a),
        Command::Eval(a) => eval::run(a, &lexicon(&cli.lexicon)?),
        Command::Analyze(a) => analyze::run(a),
    }
}

use actorgraph::ingest::BATCH;

/// Reads every article under `paths` in sorted order and hands them to `each` in batches of
/// [`BATCH`] (order kept). Empty files are skipped with a warning; unreadable, binary or
/// non-UTF-8 files are reported and counted, and the rest still processed. With `progress`, a
/// progress bar runs on stderr (only when stderr is a terminal). Returns the number of rejected
/// files.
fn each_batch(
    paths: &[PathBuf],
    progress: bool,
    mut each: impl FnMut(Vec<actorgraph::text::Document>) -> Result<(), Failure>,
) -> Result<usize, Failure> {
    use actorgraph::pipeline::{self, InputError};
    use std::io::IsTerminal;
    let files =
        pipeline::collect(paths).map_err(|e| Failure::new(code::NO_INPUT, e.to_string()))?;
    if files.is_empty() {
        let shown: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
        return Err(Failure::new(
            code::NO_INPUT,
            format!("no .txt articles found under {}", shown.join(", ")),
        ));
    }
    let bar = (progress && std::io::stderr().is_terminal()).then(|| {
        let bar = indicatif::ProgressBar::new(files.len() as u64);
        if let Ok(style) = indicatif::ProgressStyle::with_template(
            "{spinner} {bar:40} {pos}/{len} articles {elapsed_precise} (eta {eta})",
        ) {
            bar.set_style(style);
        }
        bar
    });
    let say = |m: String| match &bar {
        Some(b) => b.println(m),
        None => eprintln!("{m}"),
    };
    let mut manifests = pipeline::Manifests::default();
    let mut rejected = 0;
    let mut batch = Vec::with_capacity(BATCH);
    for path in files {
        match pipeline::read(&path, &mut manifests) {
            Ok(doc) => batch.push(doc),
            Err(e) if e.is_empty_file() => say(format!("actorgraph: warning: {e}; skipped")),
            Err(e @ InputError::Manifest { .. }) => {
                return Err(Failure::new(code::DATA, e.to_string()))
            }
            Err(e) => {
                say(format!("actorgraph: error: {e}"));
                rejected += 1;
            }
        }
        if batch.len() == BATCH {
            let n = batch.len() as u64;
            each(std::mem::take(&mut batch))?;
            if let Some(b) = &bar {
                b.inc(n);
            }
        }
    }
    if !batch.is_empty() {
        each(batch)?;
    }
    if let Some(b) = &bar {
        b.finish_and_clear();
    }
    Ok(rejected)
}

/// Exit status after a run over many files: 0, or DATA when some were rejected.
fn finish(rejected: usize) -> ExitCode {
    if rejected == 0 {
        ExitCode::SUCCESS
    } else {
        eprintln!("actorgraph: {rejected} file(s) rejected; the others were processed");
        ExitCode::from(code::DATA)
    }
}
