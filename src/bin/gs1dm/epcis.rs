//! `gs1dm epcis` (placeholder until its issue lands: replace this whole file).

use std::process::ExitCode;

/// Arguments of `gs1dm epcis`.
#[derive(clap::Args)]
pub struct EpcisArgs {
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    rest: Vec<String>,
}

pub fn run(args: EpcisArgs) -> ExitCode {
    let _ = args.rest;
    eprintln!("gs1dm epcis: not available in this build yet");
    ExitCode::from(2)
}
