//! Fuzz scanner-output parsing (AIM symbology identifier + data, `]d2`, `]Q3`, `]d1` + URI ...).
#![no_main]

use gs1_datamatrix::gs1::{Options, parse_scan};
use libfuzzer_sys::fuzz_target;

const IDS: [&str; 8] = ["]d2", "]Q3", "]C1", "]e0", "]d1", "]Q1", "]E0", "]E4"];

fuzz_target!(|input: (u8, &str)| {
    let (sel, s) = input;
    let opts = Options {
        permit_unknown_ais: sel & 0x80 != 0,
        ..Options::default()
    };
    let _ = parse_scan(s, &opts);
    let with_id = format!("{}{s}", IDS[usize::from(sel) % IDS.len()]);
    if let Ok(m) = parse_scan(&with_id, &opts) {
        let _ = m.scan_data_dm();
        let _ = m.hri();
    }
});
