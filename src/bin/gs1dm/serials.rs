//! `gs1dm serials` (placeholder until its issue lands: replace this whole file).

use std::process::ExitCode;

/// Arguments of `gs1dm serials`.
#[derive(clap::Args)]
pub struct SerialsArgs {
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    rest: Vec<String>,
}

pub fn run(args: SerialsArgs) -> ExitCode {
    let _ = args.rest;
    eprintln!("gs1dm serials: not available in this build yet");
    ExitCode::from(2)
}
