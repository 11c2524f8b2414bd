//! `hasnondigit`: the component must contain at least one non-digit character (AI 8014 MUDI).

use super::{LintError, LintResult};

pub(crate) fn check(comp: &[u8]) -> LintResult {
    if comp.iter().any(|b| !b.is_ascii_digit()) {
        Ok(())
    } else {
        Err((LintError::RequiresNonDigitCharacter, 0, comp.len()))
    }
}
