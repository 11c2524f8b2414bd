//! cargo-fuzz target `epcis_parse`: see `harness/epcis_parse.rs` for the input layout and the invariants.
#![no_main]

#[allow(dead_code)]
#[path = "../harness/mod.rs"]
mod harness;

libfuzzer_sys::fuzz_target!(|data: &[u8]| harness::epcis_parse::run(data));
