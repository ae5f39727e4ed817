//! `actorgraph dot`: the actor network as DOT, or rendered through Graphviz.

use super::{code, output, Failure};
use actorgraph::dot::{self, RenderError, RenderFormat};
use actorgraph::graph::{GraphError, Network, StanceFilter};
use actorgraph::store::Store;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum Stance {
    /// Hostile relations only (red).
    Against,
    /// Cooperative relations only (green).
    Support,
    /// Both.
    All,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum Render {
    /// Scalable vector graphics.
    Svg,
    /// PNG image.
    Png,
    /// PDF document.
    Pdf,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Store directory.
    #[arg(long, value_name = "DIR", default_value = "actorgraph-store")]
    store: PathBuf,
    /// Which relations to draw.
    #[arg(long, value_enum, default_value = "all")]
    stance: Stance,
    /// Only relations touching this actor (its label, case-insensitive); repeatable.
    #[arg(long, value_name = "LABEL")]
    actor: Vec<String>,
    /// Write to FILE instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Render with Graphviz's `dot` instead of printing DOT text.
    #[arg(long, value_enum, value_name = "FORMAT")]
    render: Option<Render>,
}

pub fn run(args: Args) -> Result<ExitCode, Failure> {
    let store = Store::open_existing(&args.store)?;
    let stance = match args.stance {
        Stance::Against => StanceFilter::Against,
        Stance::Support => StanceFilter::Support,
        Stance::All => StanceFilter::All,
    };
    let net = Network::from_store(&store)
        .and_then(|n| n.filter(stance, &args.actor))
        .map_err(|e| match e {
            GraphError::Store(s) => Failure::from(s),
            other => Failure::new(code::DATA, other.to_string()),
        })?;
    let text = dot::to_dot(&net);
    let bytes = match args.render {
        None => text.into_bytes(),
        Some(r) => {
            let f = match r {
                Render::Svg => RenderFormat::Svg,
                Render::Png => RenderFormat::Png,
                Render::Pdf => RenderFormat::Pdf,
            };
            dot::render(&text, f).map_err(|e| match e {
                RenderError::GraphvizMissing => Failure::new(code::UNAVAILABLE, e.to_string()),
                other => Failure::new(code::IO, other.to_string()),
            })?
        }
    };
    let mut out = output(&args.output)?;
    out.write_all(&bytes)?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
