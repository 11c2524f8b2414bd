//! Fuzz GS1 Digital Link reading and writing.
//!
//! Invariants: `parse_dl_uri` never panics on any text under any options; for an accepted URI,
//! `to_dl_uri_with` never panics, and a URI it writes reads back to the same elements (multiset)
//! unless the input relied on a path position the engine keeps when writing (a qualifier from an
//! alternative path given in the query, which the engine then drops).
#![no_main]

use gs1_datamatrix::gs1::{Options, digital_link};
use libfuzzer_sys::fuzz_target;

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
    // The one legitimate loss: a key qualifier of another alternative path given in the query
    // (`/01/../235/..?10=..`); the engine keeps the path's qualifier and drops the query one.
    let key = es.elements().find(|e| e.dl_path_order == Some(0));
    let qualifier_in_query = es.elements().any(|e| {
        e.dl_path_order.is_none()
            && key
                .and_then(|k| k.entry.dl_pkey)
                .is_some_and(|alts| alts.iter().any(|alt| alt.contains(&e.ai)))
    });
    let mut a: Vec<(String, String)> = es
        .elements()
        .map(|e| (e.ai.into(), e.value.into()))
        .collect();
    let mut b: Vec<(String, String)> = back
        .elements()
        .map(|e| (e.ai.into(), e.value.into()))
        .collect();
    a.sort();
    b.sort();
    if a != b {
        assert!(
            qualifier_in_query && b.iter().all(|x| a.contains(x)),
            "{uri:?} -> {out:?} changed the elements: {a:?} vs {b:?}"
        );
    }
});
