//! `actorgraph query`: SPARQL over the store (the default graph is the union of all graphs).

use super::{code, Failure};
use actorgraph::store::{ResultsFormat, Store};
use oxigraph::model::{Literal, NamedNode, Term};
use oxigraph::sparql::results::QueryResultsFormat;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum Format {
    /// Aligned text table (default on a terminal).
    Table,
    /// SPARQL 1.1 CSV results.
    Csv,
    /// SPARQL 1.1 TSV results (default when stdout is not a terminal).
    Tsv,
    /// SPARQL 1.1 JSON results.
    Json,
    /// SPARQL XML results.
    Xml,
}

#[derive(Debug, clap::Args)]
#[command(group = clap::ArgGroup::new("q").required(true).args(["file", "expr"]))]
pub struct Args {
    /// A file holding the query (e.g. queries/against.rq).
    #[arg(value_name = "FILE.rq")]
    file: Option<PathBuf>,
    /// The query text itself.
    #[arg(short = 'e', long = "expr", value_name = "SPARQL")]
    expr: Option<String>,
    /// Store directory.
    #[arg(long, value_name = "DIR", default_value = "actorgraph-store")]
    store: PathBuf,
    /// Result format [default: table on a terminal, tsv otherwise].
    #[arg(long, value_enum)]
    format: Option<Format>,
    /// Bind a query variable before running: NAME=VALUE, where VALUE is an IRI
    /// (http(s)://…, urn:…, or <…>) or else a plain string literal; repeatable.
    #[arg(long, value_name = "NAME=VALUE", value_parser = parse_binding)]
    bind: Vec<(String, Term)>,
}

fn parse_binding(s: &str) -> Result<(String, Term), String> {
    let (name, value) = s
        .split_once('=')
        .ok_or_else(|| format!("{s:?} is not NAME=VALUE"))?;
    let name = name.trim_start_matches(['?', '$']).to_owned();
    let iri = value.strip_prefix('<').and_then(|v| v.strip_suffix('>'));
    let term = match iri {
        Some(i) => Term::NamedNode(NamedNode::new(i).map_err(|e| format!("bad IRI {i:?}: {e}"))?),
        None if ["http://", "https://", "urn:"]
            .iter()
            .any(|p| value.starts_with(p)) =>
        {
            Term::NamedNode(NamedNode::new(value).map_err(|e| format!("bad IRI {value:?}: {e}"))?)
        }
        None => Term::Literal(Literal::new_simple_literal(value)),
    };
    Ok((name, term))
}

pub fn run(args: Args) -> Result<ExitCode, Failure> {
    let (sparql, origin) = match (&args.file, &args.expr) {
        (Some(f), _) => {
            let text = std::fs::read_to_string(f).map_err(|e| {
                let c = if e.kind() == std::io::ErrorKind::NotFound {
                    code::NO_INPUT
                } else {
                    code::IO
                };
                Failure::new(c, format!("{}: cannot read query: {e}", f.display()))
            })?;
            (text, f.display().to_string())
        }
        (None, Some(e)) => (e.clone(), "-e".to_owned()),
        (None, None) => unreachable!("clap requires FILE or -e"),
    };
    let format = match args.format {
        Some(f) => f,
        None if std::io::stdout().is_terminal() => Format::Table,
        None => Format::Tsv,
    };
    let format = match format {
        Format::Table => ResultsFormat::Table,
        Format::Csv => ResultsFormat::Standard(QueryResultsFormat::Csv),
        Format::Tsv => ResultsFormat::Standard(QueryResultsFormat::Tsv),
        Format::Json => ResultsFormat::Standard(QueryResultsFormat::Json),
        Format::Xml => ResultsFormat::Standard(QueryResultsFormat::Xml),
    };
    let located = |e: actorgraph::store::StoreError| {
        let mut f = Failure::from(e);
        f.message = format!("{origin}: {}", f.message);
        f
    };
    actorgraph::store::check_syntax(&sparql).map_err(located)?;
    let store = Store::open_existing(&args.store)?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    store
        .query_to(&sparql, &args.bind, format, &mut out)
        .map_err(located)?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
