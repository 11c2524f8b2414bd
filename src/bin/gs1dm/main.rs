//! `gs1dm`: the command-line shell over the `gs1_datamatrix` library.
//!
//! Each subcommand lives in its own file and only parses arguments, calls the library and
//! formats output; all logic is in the library.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// GS1 DataMatrix toolkit for pharmaceutical serialization.
#[derive(Parser)]
#[command(name = "gs1dm", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {}
}
