//! `packagetype`: package type code of AI (7041) (UN/ECE Recommendation 21 style).

use super::{LintError, LintResult, in_list};
use crate::gs1::code_lists::PACKAGE_TYPE;

pub(crate) fn check(comp: &[u8]) -> LintResult {
    if in_list(PACKAGE_TYPE, comp) {
        Ok(())
    } else {
        Err((LintError::InvalidPackageType, 0, comp.len()))
    }
}
