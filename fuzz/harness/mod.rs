//! Fuzz harnesses: one `run(&[u8])` per untrusted input, shared by the cargo-fuzz targets in
//! `fuzz/fuzz_targets/` and the crash replays in `tests/fuzz_regressions.rs`.

pub mod cursor;
pub mod decode_codewords;
pub mod decode_grid;
pub mod decode_grid_into;
pub mod ecc_correct;
pub mod encode;
pub mod epc_urn;
pub mod epcis_parse;
pub mod gs1_bracketed;
pub mod gs1_dl_uri;
pub mod gs1_normalize;
pub mod gs1_options;
pub mod gs1_raw;
pub mod read_image;
pub mod serial_config;
pub mod serial_state;
