//! Bracketed element strings (`(01)…(21)…`) under any options: never panic; whatever parses
//! re-emits into a bracketed string that parses to the same elements.
//!
//! Input: one option byte, then the text.

use super::cursor::Cursor;
use super::gs1_options::options;
use gs1_datamatrix::gs1::ElementString;

/// Runs one input.
pub fn run(data: &[u8]) {
    let mut c = Cursor::new(data);
    let opts = options(c.byte());
    let s = c.rest_text();
    if let Ok(es) = ElementString::parse_bracketed(s, &opts) {
        let again = ElementString::parse_bracketed(&es.to_bracketed(), &opts)
            .expect("bracketed round trip");
        assert_eq!(again.to_bracketed(), es.to_bracketed());
        let _ = es.hri();
        let _ = es.scan_data();
    }
}
