//! The `actorgraph` binary: parse arguments, call the library, map typed errors to one-line
//! messages and documented exit codes (see README "Exit codes").

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args = <cli::Cli as clap::Parser>::parse();
    match cli::run(args) {
        Ok(code) => code,
        Err(f) if f.is_broken_pipe() => ExitCode::SUCCESS,
        Err(f) => {
            eprintln!("actorgraph: error: {}", f.message);
            ExitCode::from(f.code)
        }
    }
}
