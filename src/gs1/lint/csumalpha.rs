//! `csumalpha`: placeholder (in progress).

use super::LintResult;

pub(crate) fn check(_comp: &[u8]) -> LintResult {
    Ok(())
}
