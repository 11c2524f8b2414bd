//! `yesno`: a flag that is `0` or `1` (AIs 4321-4323).

use super::{LintError, LintResult};

pub(crate) fn check(comp: &[u8]) -> LintResult {
    if matches!(comp, b"0" | b"1") {
        Ok(())
    } else {
        Err((LintError::NotZeroOrOne, 0, comp.len()))
    }
}
