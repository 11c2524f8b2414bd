//! cargo-fuzz target `epc_urn`: see `harness/epc_urn.rs` for the input layout and the invariants.
#![no_main]

#[allow(dead_code)]
#[path = "../harness/mod.rs"]
mod harness;

libfuzzer_sys::fuzz_target!(|data: &[u8]| harness::epc_urn::run(data));
