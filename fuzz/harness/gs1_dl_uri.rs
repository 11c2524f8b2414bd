//! GS1 Digital Link reading and writing.
//!
//! Invariants: `parse_dl_uri` never panics on any text under any options; for an accepted URI,
//! `to_dl_uri_with` never panics, a URI it writes reads back to the same elements (as a multiset),
//! and writing those again gives the same URI.
//!
//! Input: one option byte (bit 4: prefix the text with the canonical stem), then the text.

use super::cursor::Cursor;
use super::gs1_options::options;
use gs1_datamatrix::gs1::{ElementString, digital_link};

fn pairs(es: &ElementString) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = es
        .elements()
        .map(|e| (e.ai.into(), e.value.into()))
        .collect();
    v.sort();
    v
}

/// Runs one input.
pub fn run(data: &[u8]) {
    let mut c = Cursor::new(data);
    let flags = c.byte();
    let opts = options(flags);
    let text = c.rest_text();
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
}
