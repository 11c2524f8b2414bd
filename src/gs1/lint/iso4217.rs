//! `iso4217`: ISO 4217 numeric currency code.

use super::{LintError, LintResult, in_list};
use crate::gs1::code_lists::ISO4217;

pub(crate) fn check(comp: &[u8]) -> LintResult {
    if in_list(ISO4217, comp) {
        Ok(())
    } else {
        Err((LintError::NotIso4217, 0, comp.len()))
    }
}
