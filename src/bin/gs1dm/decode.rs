//! `gs1dm decode` (placeholder until its issue lands: replace this whole file).

use std::process::ExitCode;

/// Arguments of `gs1dm decode`.
#[derive(clap::Args)]
pub struct DecodeArgs {
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    rest: Vec<String>,
}

pub fn run(args: DecodeArgs) -> ExitCode {
    let _ = args.rest;
    eprintln!("gs1dm decode: not available in this build yet");
    ExitCode::from(2)
}
