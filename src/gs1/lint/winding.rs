//! `winding`: winding direction of AI (8001): `0`, `1` or `9`.

use super::{LintError, LintResult};

pub(crate) fn check(comp: &[u8]) -> LintResult {
    if matches!(comp, b"0" | b"1" | b"9") {
        Ok(())
    } else {
        Err((LintError::InvalidWindingDirection, 0, comp.len()))
    }
}
