//! `actorgraph extract`: interactions as JSON Lines, no store.

use super::{each_batch, finish, Failure};
use actorgraph::extract::Extractor;
use actorgraph::lexicon::Lexicon;
use actorgraph::pipeline::Record;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Articles: .txt files, or directories searched recursively.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Also print negated and hypothetical interactions (by default only asserted and
    /// reported ones are printed).
    #[arg(long)]
    all_modalities: bool,
}

pub fn run(args: Args, lex: &Lexicon) -> Result<ExitCode, Failure> {
    let ex = Extractor::new(lex);
    let mut lines: Vec<(String, usize, String)> = Vec::new();
    let rejected = each_batch(&args.paths, false, |docs| {
        use rayon::prelude::*;
        let found: Vec<_> = docs.par_iter().map(|doc| ex.extract(doc)).collect();
        for (doc, found) in docs.iter().zip(found) {
            for i in &found.interactions {
                if args.all_modalities || i.modality.is_factual() {
                    let rec = Record::new(&found, doc, i);
                    let json = serde_json::to_string(&rec)
                        .map_err(|e| Failure::new(super::code::IO, e.to_string()))?;
                    lines.push((doc.name.clone(), i.start_cp, json));
                }
            }
        }
        Ok(())
    })?;
    lines.sort_by(|a, b| (&a.0, a.1).cmp(&(&b.0, b.1)));
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for (_, _, json) in lines {
        writeln!(out, "{json}")?;
    }
    out.flush()?;
    Ok(finish(rejected))
}
