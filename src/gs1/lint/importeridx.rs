//! `importeridx`: the importer index of AI (7040), one character of a fixed list.

use super::{LintError, LintResult};
use crate::gs1::code_lists::IMPORTER_INDEX;

pub(crate) fn check(comp: &[u8]) -> LintResult {
    if comp.len() == 1 && super::in_list(IMPORTER_INDEX, comp) {
        Ok(())
    } else {
        Err((LintError::InvalidImporterIndexCharacter, 0, comp.len()))
    }
}
