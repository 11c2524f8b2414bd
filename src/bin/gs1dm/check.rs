//! `gs1dm check` (placeholder until its issue lands: replace this whole file).

use std::process::ExitCode;

/// Arguments of `gs1dm check`.
#[derive(clap::Args)]
pub struct CheckArgs {
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    rest: Vec<String>,
}

pub fn run(args: CheckArgs) -> ExitCode {
    let _ = args.rest;
    eprintln!("gs1dm check: not available in this build yet");
    ExitCode::from(2)
}
