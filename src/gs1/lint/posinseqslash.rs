//! `posinseqslash`: "position/end" of AI (7258), e.g. `1/3`: digits, no leading zero, position <= end.

use super::{LintError, LintResult, num};

pub(crate) fn check(comp: &[u8]) -> LintResult {
    let malformed = Err((LintError::PositionInSequenceMalformed, 0, comp.len()));
    let Some(slash) = comp.iter().position(|&b| b == b'/') else {
        return malformed;
    };
    let (pos, end) = (
        comp.get(..slash).unwrap_or(&[]),
        comp.get(slash.saturating_add(1)..).unwrap_or(&[]),
    );
    if pos.is_empty()
        || end.is_empty()
        || !pos.iter().all(u8::is_ascii_digit)
        || !end.iter().all(u8::is_ascii_digit)
    {
        return malformed;
    }
    if pos.first() == Some(&b'0') {
        return Err((LintError::IllegalZeroPrefix, 0, 1));
    }
    if end.first() == Some(&b'0') {
        return Err((LintError::IllegalZeroPrefix, slash.saturating_add(1), 1));
    }
    if num(pos) > num(end) {
        return Err((LintError::PositionExceedsEnd, 0, comp.len()));
    }
    Ok(())
}
