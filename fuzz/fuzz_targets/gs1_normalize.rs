//! Fuzz the scan normaliser (raw scanner text, stand-in separators, missing separators, profiles).
#![no_main]

use gs1_datamatrix::normalize::{NormalizeOptions, normalize};
use gs1_datamatrix::profile;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (u8, &str)| {
    let (sel, s) = input;
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
            let again = gs1_datamatrix::gs1::ElementString::parse_bracketed(&u.ai_str(), &opts.gs1);
            assert!(again.is_ok());
        }
    }
    let _ = profile::parse_profile(s);
});
