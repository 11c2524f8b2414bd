//! cargo-fuzz target `gs1_normalize`: see `harness/gs1_normalize.rs` for the input layout and the
//! invariants.
#![no_main]

#[allow(dead_code)]
#[path = "../harness/mod.rs"]
mod harness;

libfuzzer_sys::fuzz_target!(|data: &[u8]| harness::gs1_normalize::run(data));
