//! cargo-fuzz target `serial_config`: see `harness/serial_config.rs` for the input layout and the invariants.
#![no_main]

#[allow(dead_code)]
#[path = "../harness/mod.rs"]
mod harness;

libfuzzer_sys::fuzz_target!(|data: &[u8]| harness::serial_config::run(data));
