//! cargo-fuzz target `decode_grid_into`: see `harness/decode_grid_into.rs` for the input layout and the invariants.
#![no_main]

#[allow(dead_code)]
#[path = "../harness/mod.rs"]
mod harness;

libfuzzer_sys::fuzz_target!(|data: &[u8]| harness::decode_grid_into::run(data));
