//! `actorgraph export`: the whole dataset in a standard RDF syntax, sorted.

use super::{output, Failure};
use actorgraph::store::Store;
use oxigraph::io::RdfFormat;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum Format {
    /// N-Quads: one quad per line, named graphs kept.
    Nquads,
    /// TriG: Turtle with named graphs.
    Trig,
    /// Turtle: no named graphs, so the union of all graphs is written.
    Turtle,
    /// JSON-LD: named graphs kept.
    Jsonld,
    /// RDF/XML: no named graphs, so the union of all graphs is written.
    Rdfxml,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Store directory.
    #[arg(long, value_name = "DIR", default_value = "actorgraph-store")]
    store: PathBuf,
    /// RDF syntax.
    #[arg(long, value_enum, default_value = "nquads")]
    format: Format,
    /// Write to FILE instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

pub fn run(args: Args) -> Result<ExitCode, Failure> {
    let format = match args.format {
        Format::Nquads => RdfFormat::NQuads,
        Format::Trig => RdfFormat::TriG,
        Format::Jsonld => RdfFormat::JsonLd {
            profile: Default::default(),
        },
        Format::Turtle | Format::Rdfxml => {
            let (name, f) = match args.format {
                Format::Turtle => ("Turtle", RdfFormat::Turtle),
                _ => ("RDF/XML", RdfFormat::RdfXml),
            };
            eprintln!(
                "actorgraph: note: {name} has no named graphs; writing the union of all graphs \
                 (use --format nquads, trig or jsonld to keep them)"
            );
            f
        }
    };
    let store = Store::open_existing(&args.store)?;
    let mut out = output(&args.output)?;
    store.export(format, &mut out)?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
