//! `latitude` / `longitude`: AI (4309) coordinates, 10 digits offset so they are never negative.

use super::{LintError, LintResult, num};

pub(crate) fn latitude(comp: &[u8]) -> LintResult {
    if comp.len() == 10 && num(comp) <= 1_800_000_000 {
        Ok(())
    } else {
        Err((LintError::InvalidLatitude, 0, comp.len()))
    }
}

pub(crate) fn longitude(comp: &[u8]) -> LintResult {
    if comp.len() == 10 && u64::from(num(comp)) <= 3_600_000_000 && comp <= &b"3600000000"[..] {
        Ok(())
    } else {
        Err((LintError::InvalidLongitude, 0, comp.len()))
    }
}
