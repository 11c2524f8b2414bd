//! Fuzz the raw-data entry points: `^`/FNC1 unbracketed text (`parse_data`) and GS-separated bytes
//! as a DataMatrix carries them (`from_gs_separated`).
#![no_main]

use gs1_datamatrix::gs1::{ElementString, Options, parse_data};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (u8, &[u8])| {
    let (flags, data) = input;
    let opts = Options {
        permit_unknown_ais: flags & 1 != 0,
        validate_requisite_ais: flags & 4 == 0,
        ..Options::default()
    };
    if let Ok(es) = ElementString::from_gs_separated(data, &opts) {
        let again =
            ElementString::from_gs_separated(&es.to_gs_separated(), &opts).expect("GS round trip");
        assert_eq!(again.to_bracketed(), es.to_bracketed());
    }
    if let Ok(s) = core::str::from_utf8(data) {
        let _ = parse_data(s, &opts);
        let _ = parse_data(&format!("^{s}"), &opts);
    }
});
