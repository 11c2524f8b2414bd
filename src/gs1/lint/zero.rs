//! `zero`: the component must be `0` (AI 8003 leading digit).

use super::{LintError, LintResult};

pub(crate) fn check(comp: &[u8]) -> LintResult {
    if comp == b"0" {
        Ok(())
    } else {
        Err((LintError::NotZero, 0, comp.len()))
    }
}
