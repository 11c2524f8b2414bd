//! cargo-fuzz target `ecc_correct`: see `harness/ecc_correct.rs` for the input layout and the invariants.
#![no_main]

#[allow(dead_code)]
#[path = "../harness/mod.rs"]
mod harness;

libfuzzer_sys::fuzz_target!(|data: &[u8]| harness::ecc_correct::run(data));
