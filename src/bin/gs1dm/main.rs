//! `gs1dm`: the command-line shell over the `gs1_datamatrix` library.
//!
//! Each subcommand lives in its own file and only parses arguments, calls the library and
//! formats output; all logic is in the library.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod check;
mod decode;
mod encode;
mod epc;
mod epcis;
mod normalize;
mod serials;

/// GS1 DataMatrix toolkit for pharmaceutical serialization and track & trace.
#[derive(Parser)]
#[command(name = "gs1dm", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Validate GS1 element strings (one argument, or JSON Lines on stdin).
    Check(check::CheckArgs),
    /// Encode an element string (or raw bytes) into a DataMatrix symbol.
    Encode(encode::EncodeArgs),
    /// Decode DataMatrix symbols from images or module matrices.
    Decode(decode::DecodeArgs),
    /// Generate collision-free randomized serial numbers.
    Serials(serials::SerialsArgs),
    /// Convert between element strings and EPC URNs.
    Epc(epc::EpcArgs),
    /// Write EPCIS 2.0 documents for serialized packs.
    Epcis(epcis::EpcisArgs),
    /// Turn raw scanner output into element strings (all readings when separators are missing).
    Normalize(normalize::NormalizeArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Check(a) => check::run(a),
        Command::Encode(a) => encode::run(a),
        Command::Decode(a) => decode::run(a),
        Command::Serials(a) => serials::run(a),
        Command::Epc(a) => epc::run(a),
        Command::Epcis(a) => epcis::run(a),
        Command::Normalize(a) => normalize::run(a),
    }
}
