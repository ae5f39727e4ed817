//! `actorgraph eval`: strict and rolled-up precision, recall and F1 against gold sets.

use super::{code, Failure};
use actorgraph::eval::{Gold, SplitScore};
use actorgraph::extract::Extractor;
use actorgraph::lexicon::Lexicon;
use actorgraph::text::Document;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Gold directory holding docs.tsv, actors.tsv and interactions.tsv (see
    /// ../shared/ANNOTATION.md); repeatable. Document paths in docs.tsv are relative to the
    /// current directory (run from the repository root).
    #[arg(long, value_name = "DIR", required = true)]
    gold: Vec<PathBuf>,
    /// Only score documents of this split (dev, heldout, seed …); repeatable. Default: all.
    #[arg(long, value_name = "NAME")]
    split: Vec<String>,
    /// Also list every miss and false positive.
    #[arg(long)]
    details: bool,
}

fn read(p: &PathBuf) -> Result<String, Failure> {
    std::fs::read_to_string(p)
        .map_err(|e| Failure::new(code::NO_INPUT, format!("{}: {e}", p.display())))
}

pub fn run(args: Args, lex: &Lexicon) -> Result<ExitCode, Failure> {
    let mut gold = Gold::default();
    for dir in &args.gold {
        gold.add(
            &dir.display().to_string(),
            &read(&dir.join("docs.tsv"))?,
            &read(&dir.join("actors.tsv"))?,
            &read(&dir.join("interactions.tsv"))?,
        )
        .map_err(|e| Failure::new(code::DATA, e.to_string()))?;
    }
    let ex = Extractor::new(lex);
    let mut by_split: BTreeMap<String, SplitScore> = BTreeMap::new();
    let mut all = SplitScore::default();
    for d in &gold.docs {
        if !args.split.is_empty() && !args.split.contains(&d.split) {
            continue;
        }
        let bytes = std::fs::read(&d.path).map_err(|e| {
            Failure::new(
                code::NO_INPUT,
                format!("{}: {e}; run from the repository root", d.path),
            )
        })?;
        let doc = Document::from_bytes(&d.doc, &bytes)
            .map_err(|e| Failure::new(code::DATA, format!("{}: {e}", d.path)))?;
        let found = ex.extract(&doc);
        gold.score_doc(
            lex,
            &d.doc,
            &found,
            by_split.entry(d.split.clone()).or_default(),
        );
        gold.score_doc(lex, &d.doc, &found, &mut all);
    }
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "split     docs  gold  scores (unique source-target-stance tuples per document)"
    )?;
    for (name, s) in &by_split {
        writeln!(out, "{name:<8} {s}")?;
    }
    writeln!(out, "{:<8} {all}", "all")?;
    if args.details {
        for (name, s) in &by_split {
            writeln!(out, "\n# {name}")?;
            for d in &s.details {
                writeln!(out, "{d}")?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
