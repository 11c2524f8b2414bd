//! `gcppos1` / `gcppos2`: a GS1 Company Prefix starts at position 1 (or 2, after an indicator digit).
//!
//! Without a GCP database only the shape is checked: at least 4 characters from the start position,
//! and those 4 are digits.

use super::{LintError, LintResult};

const MIN_GCP: usize = 4;

pub(crate) fn check(comp: &[u8], offset: usize) -> LintResult {
    let rest = comp.get(offset..).unwrap_or(&[]);
    if rest.len() < MIN_GCP {
        return Err((
            LintError::TooShortForGcp,
            offset.min(comp.len()),
            rest.len(),
        ));
    }
    match rest.iter().take(MIN_GCP).position(|b| !b.is_ascii_digit()) {
        Some(p) => Err((LintError::InvalidGcpPrefix, offset.saturating_add(p), 1)),
        None => Ok(()),
    }
}
