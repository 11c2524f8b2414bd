//! `gs1dm epc` (placeholder until its issue lands: replace this whole file).

use std::process::ExitCode;

/// Arguments of `gs1dm epc`.
#[derive(clap::Args)]
pub struct EpcArgs {
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    rest: Vec<String>,
}

pub fn run(args: EpcArgs) -> ExitCode {
    let _ = args.rest;
    eprintln!("gs1dm epc: not available in this build yet");
    ExitCode::from(2)
}
