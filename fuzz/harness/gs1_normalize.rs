//! The scan normaliser on raw scanner text: stand-in separators, missing separators, AIM
//! prefixes, with or without a market profile; also the profile file parser on the same text.
//! Never panic; candidates are bounded and best first; a unique reading comes only from a
//! complete search that left exactly one, and it is a valid element string.
//!
//! Input: one selector byte (modulo 8: one of the built-in profiles, or none past the end),
//! then the scan as UTF-8 (other bytes: nothing to do).

use gs1_datamatrix::gs1::ElementString;
use gs1_datamatrix::normalize::{NormalizeOptions, normalize};
use gs1_datamatrix::profile;

/// Runs one input.
pub fn run(data: &[u8]) {
    let Some((&sel, rest)) = data.split_first() else {
        return;
    };
    let Ok(s) = core::str::from_utf8(rest) else {
        return;
    };
    let p = profile::BUILTIN
        .get(usize::from(sel % 8))
        .and_then(|(id, _)| profile::builtin(id));
    let opts = NormalizeOptions {
        max_steps: 20_000,
        ..NormalizeOptions::default()
    };
    if let Ok(n) = normalize(s, p.as_ref(), &opts) {
        assert!(n.candidates.len() <= opts.max_candidates);
        assert!(n.candidates.len() <= n.kept && n.kept <= n.readings);
        // Best first.
        assert!(n.candidates.windows(2).all(|w| w[0].score >= w[1].score));
        if let Some(u) = n.unique() {
            // Unique only from a complete search that left exactly one reading.
            assert!(n.complete && !n.truncated && n.kept == 1);
            // The unique reading is a valid element string that reads back to itself.
            assert!(ElementString::parse_bracketed(&u.ai_str(), &opts.gs1).is_ok());
        }
    }
    let _ = profile::parse_profile(s);
}
