//! Fuzz the bracketed element-string parser (`(01)…(21)…`) with arbitrary text and options.
#![no_main]

use gs1_datamatrix::gs1::{ElementString, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (u8, &str)| {
    let (flags, s) = input;
    let opts = Options {
        permit_unknown_ais: flags & 1 != 0,
        permit_zero_suppressed_gtin_in_dl_uris: flags & 2 != 0,
        validate_requisite_ais: flags & 4 == 0,
        validate_unknown_ai_not_dl_attr: flags & 8 == 0,
    };
    if let Ok(es) = ElementString::parse_bracketed(s, &opts) {
        // Whatever parses must re-emit into forms that parse to the same elements.
        let again = ElementString::parse_bracketed(&es.to_bracketed(), &opts)
            .expect("bracketed round trip");
        assert_eq!(again.to_bracketed(), es.to_bracketed());
        let _ = es.hri();
        let _ = es.scan_data();
    }
});
