//! Raw AI data as scanners and symbols carry it: GS-separated bytes (`from_gs_separated`), `^`
//! unbracketed text (`parse_data`) and scanner output behind an AIM symbology identifier
//! (`parse_scan`: `]d2`, `]Q3`, `]d1` + URI, `]E0` ...). Never panic; GS-separated data that
//! parses round-trips.
//!
//! Input: one option byte (bits 5..7 pick the symbology identifier put in front for
//! `parse_scan`), then the data.

use super::cursor::Cursor;
use super::gs1_options::options;
use gs1_datamatrix::gs1::{ElementString, parse_data, parse_scan};

const IDS: [&str; 8] = ["]d2", "]Q3", "]C1", "]e0", "]d1", "]Q1", "]E0", "]E4"];

/// Runs one input.
pub fn run(data: &[u8]) {
    let mut c = Cursor::new(data);
    let flags = c.byte();
    let opts = options(flags);
    let data = c.rest();
    if let Ok(es) = ElementString::from_gs_separated(data, &opts) {
        let again =
            ElementString::from_gs_separated(&es.to_gs_separated(), &opts).expect("GS round trip");
        assert_eq!(again.to_bracketed(), es.to_bracketed());
    }
    let Ok(s) = core::str::from_utf8(data) else {
        return;
    };
    let _ = parse_data(s, &opts);
    let _ = parse_data(&format!("^{s}"), &opts);
    let _ = parse_scan(s, &opts);
    let id = IDS.get(usize::from(flags >> 5)).copied().unwrap_or("]d2");
    if let Ok(m) = parse_scan(&format!("{id}{s}"), &opts) {
        let _ = m.scan_data_dm();
        let _ = m.hri();
    }
}
