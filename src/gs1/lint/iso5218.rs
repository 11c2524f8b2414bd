//! `iso5218`: ISO/IEC 5218 biological sex code (0, 1, 2, 9).

use super::{LintError, LintResult, in_list};
use crate::gs1::code_lists::ISO5218;

pub(crate) fn check(comp: &[u8]) -> LintResult {
    if in_list(ISO5218, comp) {
        Ok(())
    } else {
        Err((LintError::InvalidBiologicalSexCode, 0, comp.len()))
    }
}
