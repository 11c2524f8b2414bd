//! `nonzero`: a numeric component must not be all zeros (AI 8001 dimensions).

use super::{LintError, LintResult};

pub(crate) fn check(comp: &[u8]) -> LintResult {
    if comp.iter().any(|&b| b != b'0') {
        Ok(())
    } else {
        Err((LintError::IllegalZeroValue, 0, comp.len()))
    }
}
