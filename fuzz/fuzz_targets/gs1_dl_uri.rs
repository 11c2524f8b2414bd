//! cargo-fuzz target `gs1_dl_uri`: see `harness/gs1_dl_uri.rs` for the input layout and the invariants.
#![no_main]

#[allow(dead_code)]
#[path = "../harness/mod.rs"]
mod harness;

libfuzzer_sys::fuzz_target!(|data: &[u8]| harness::gs1_dl_uri::run(data));
