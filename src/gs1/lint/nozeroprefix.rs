//! `nozeroprefix`: a number with more than one digit must not start with `0` (AI 8011).

use super::{LintError, LintResult};

pub(crate) fn check(comp: &[u8]) -> LintResult {
    if comp.len() > 1 && comp.first() == Some(&b'0') {
        Err((LintError::IllegalZeroPrefix, 0, 1))
    } else {
        Ok(())
    }
}
