//! `actorgraph analyze`: degrees, PageRank, camps, components, reciprocal pairs, paths.

use super::network::{graph_failure, NetworkArgs};
use super::Failure;
use actorgraph::graph::analyze::{analyze, path};
use actorgraph::graph::evidence;
use std::io::Write;
use std::process::ExitCode;

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum Format {
    /// Aligned text.
    Table,
    /// One JSON object.
    Json,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    network: NetworkArgs,
    /// Output format.
    #[arg(long, value_enum, default_value = "table")]
    format: Format,
    /// Instead of the analysis, the shortest chain of relations from one actor to another,
    /// with the interaction behind each hop.
    #[arg(long, num_args = 2, value_names = ["FROM", "TO"])]
    path: Option<Vec<String>>,
}

pub fn run(args: Args) -> Result<ExitCode, Failure> {
    let net = args.network.network()?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if let Some(p) = &args.path {
        let mut hops = path(&net, &p[0], &p[1]).map_err(graph_failure)?;
        let store = actorgraph::store::Store::open_existing(&args.network.store)?;
        for hop in hops.iter_mut().flatten() {
            hop.quote = evidence(&store, &hop.interaction).map_err(graph_failure)?;
        }
        match args.format {
            Format::Json => writeln!(out, "{}", serde_json::to_string(&hops).unwrap_or_default())?,
            Format::Table => match &hops {
                None => writeln!(out, "no chain of relations from {} to {}", p[0], p[1])?,
                Some(h) => {
                    for hop in h {
                        writeln!(
                            out,
                            "{} -{}-> {}  ({} interaction{}; evidence {})",
                            hop.source,
                            hop.stance,
                            hop.target,
                            hop.count,
                            if hop.count == 1 { "" } else { "s" },
                            hop.interaction
                        )?;
                        if let Some(q) = &hop.quote {
                            writeln!(out, "    \"{q}\"")?;
                        }
                    }
                }
            },
        }
        out.flush()?;
        return Ok(ExitCode::SUCCESS);
    }
    let a = analyze(&net);
    match args.format {
        Format::Json => writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&a).unwrap_or_default()
        )?,
        Format::Table => {
            writeln!(out, "actor                                      against out/in  support out/in  targeted  backed")?;
            for s in &a.actors {
                writeln!(
                    out,
                    "{:<42} {:>6}/{:<6}  {:>6}/{:<6}   {:>7.4}  {:>6.4}",
                    s.actor,
                    s.against_out,
                    s.against_in,
                    s.support_out,
                    s.support_in,
                    s.targeted,
                    s.backed
                )?;
            }
            writeln!(out, "\ncamps (balance {:.3}):", a.balance)?;
            writeln!(out, "  A: {}", a.camps[0].join(", "))?;
            writeln!(out, "  B: {}", a.camps[1].join(", "))?;
            if !a.frustrated.is_empty() {
                writeln!(out, "edges breaking balance:")?;
                for f in &a.frustrated {
                    writeln!(
                        out,
                        "  {} -{}-> {} ({})",
                        f.source, f.stance, f.target, f.why
                    )?;
                }
            }
            writeln!(out, "\nstrongly connected components:")?;
            for c in &a.components {
                writeln!(out, "  {}", c.join(", "))?;
            }
            writeln!(out, "\nreciprocal pairs:")?;
            for (x, y, s) in &a.reciprocal {
                writeln!(out, "  {x} <-{s}-> {y}")?;
            }
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
