//! `actorgraph build`: articles → the on-disk store, one transaction per document.

use super::{code, each_batch, finish, Failure};
use actorgraph::ingest::Build;
use actorgraph::lexicon::Lexicon;
use actorgraph::rdf::Minter;
use actorgraph::store::Store;
use std::collections::BTreeSet;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Articles: .txt files, or directories searched recursively.
    #[arg(value_name = "PATH", default_value = "data/corpus")]
    paths: Vec<PathBuf>,
    /// Store directory (created if missing).
    #[arg(long, value_name = "DIR", default_value = "actorgraph-store")]
    store: PathBuf,
    /// Base IRI under which documents, actors and interactions are minted.
    #[arg(long, value_name = "IRI", default_value = actorgraph::rdf::vocab::DEFAULT_BASE)]
    base_iri: String,
    /// Print nothing on success (errors and warnings still go to stderr).
    #[arg(long, short)]
    quiet: bool,
    /// Remove from the store the documents that are not among the inputs any more.
    #[arg(long)]
    prune: bool,
}

pub fn run(args: Args, lex: &Lexicon) -> Result<ExitCode, Failure> {
    let started = Instant::now();
    let minter = Minter::new(&args.base_iri).map_err(|e| Failure::new(2, e.to_string()))?;
    // Check the inputs exist before creating a store for them.
    actorgraph::pipeline::collect(&args.paths)
        .map_err(|e| Failure::new(code::NO_INPUT, e.to_string()))?;
    let store = Store::open(&args.store)?;
    let mut build = Build::start(&store, &minter, lex)?;
    let mut actors = BTreeSet::new();
    let rejected = each_batch(&args.paths, !args.quiet, |docs| {
        for found in build.add_batch(&docs)? {
            for i in found
                .interactions
                .iter()
                .filter(|i| i.modality.is_factual())
            {
                actors.insert(i.source.clone());
                actors.insert(i.target.clone());
            }
        }
        Ok(())
    })?;
    if args.prune {
        build.prune()?;
    }
    let stats = build.finish()?;
    if !args.quiet {
        let mut notes = Vec::new();
        if stats.unchanged > 0 {
            notes.push(format!("{} unchanged", stats.unchanged));
        }
        if stats.pruned > 0 {
            notes.push(format!("{} pruned", stats.pruned));
        }
        let notes = if notes.is_empty() {
            String::new()
        } else {
            format!(" ({})", notes.join(", "))
        };
        eprintln!(
            "actorgraph: built {}: {} documents{notes}, {} sentences, {} actors, {} interactions, {} quads in {:.2} s",
            args.store.display(),
            stats.documents,
            stats.sentences,
            actors.len(),
            stats.interactions,
            store.len()?,
            started.elapsed().as_secs_f64()
        );
    }
    Ok(finish(rejected))
}
