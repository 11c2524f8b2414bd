//! cargo-fuzz target `read_image`: see `harness/read_image.rs` for the input layout and the invariants.
#![no_main]

#[allow(dead_code)]
#[path = "../harness/mod.rs"]
mod harness;

libfuzzer_sys::fuzz_target!(|data: &[u8]| harness::read_image::run(data));
