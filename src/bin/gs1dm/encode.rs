//! `gs1dm encode` (placeholder until its issue lands: replace this whole file).

use std::process::ExitCode;

/// Arguments of `gs1dm encode`.
#[derive(clap::Args)]
pub struct EncodeArgs {
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    rest: Vec<String>,
}

pub fn run(args: EncodeArgs) -> ExitCode {
    let _ = args.rest;
    eprintln!("gs1dm encode: not available in this build yet");
    ExitCode::from(2)
}
