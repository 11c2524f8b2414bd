//! `mediatype`: GS1 AIDC media type code (AI 7241).

use super::{LintError, LintResult, in_list};
use crate::gs1::code_lists::MEDIA_TYPE;

pub(crate) fn check(comp: &[u8]) -> LintResult {
    if in_list(MEDIA_TYPE, comp) {
        Ok(())
    } else {
        Err((LintError::InvalidMediaType, 0, comp.len()))
    }
}
