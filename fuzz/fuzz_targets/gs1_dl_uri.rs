//! Fuzz GS1 Digital Link reading and writing.
//!
//! Invariants: `parse_dl_uri` never panics on any text under any options; for an accepted URI,
//! `to_dl_uri_with` never panics, a URI it writes reads back to the same elements (as a multiset),
//! and writing those again gives the same URI.
#![no_main]

use gs1_datamatrix::gs1::{ElementString, Options, digital_link};
use libfuzzer_sys::fuzz_target;

fn pairs(es: &ElementString) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = es
        .elements()
        .map(|e| (e.ai.into(), e.value.into()))
        .collect();
    v.sort();
    v
}

fuzz_target!(|input: (u8, &str)| {
    let (flags, text) = input;
    let opts = Options {
        permit_unknown_ais: flags & 1 != 0,
        permit_zero_suppressed_gtin_in_dl_uris: flags & 2 != 0,
        validate_requisite_ais: flags & 4 == 0,
        validate_unknown_ai_not_dl_attr: flags & 8 == 0,
    };
    // Most interesting input is a URI: give the fuzzer a valid start half of the time.
    let owned;
    let uri = if flags & 16 != 0 {
        owned = format!("https://id.gs1.org/{text}");
        owned.as_str()
    } else {
        text
    };
    let Ok(parsed) = digital_link::parse_dl_uri_with_ignored(uri, &opts) else {
        return;
    };
    let es = parsed.elements;
    let Ok(out) = digital_link::to_dl_uri_with(&es, digital_link::CANONICAL_STEM, &opts) else {
        return;
    };
    let back = digital_link::parse_dl_uri(&out, &opts)
        .unwrap_or_else(|e| panic!("written URI {out:?} (from {uri:?}) does not read back: {e}"));
    assert_eq!(
        pairs(&es),
        pairs(&back),
        "{uri:?} -> {out:?} changed the elements"
    );
    let again = digital_link::to_dl_uri_with(&back, digital_link::CANONICAL_STEM, &opts);
    assert_eq!(
        again.as_deref(),
        Ok(out.as_str()),
        "{uri:?}: URI is not a fixed point"
    );
});
