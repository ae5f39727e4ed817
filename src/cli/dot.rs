//! `actorgraph dot`: the actor network as DOT, or rendered through Graphviz.

use super::network::NetworkArgs;
use super::{code, output, Failure};
use actorgraph::dot::{self, RenderError, RenderFormat};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

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
    #[command(flatten)]
    network: NetworkArgs,
    /// Write to FILE instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Render with Graphviz's `dot` instead of printing DOT text.
    #[arg(long, value_enum, value_name = "FORMAT")]
    render: Option<Render>,
}

pub fn run(args: Args) -> Result<ExitCode, Failure> {
    let net = args.network.network()?;
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
