//! `iso3166`, `iso3166999`, `iso3166alpha2`: ISO 3166-1 country codes (numeric, numeric or 999, alpha-2).

use super::{LintError, LintResult, in_list};
use crate::gs1::code_lists::{ISO3166, ISO3166_999, ISO3166_ALPHA2};

pub(crate) fn numeric(comp: &[u8]) -> LintResult {
    if in_list(ISO3166, comp) {
        Ok(())
    } else {
        Err((LintError::NotIso3166, 0, comp.len()))
    }
}

pub(crate) fn numeric_or_999(comp: &[u8]) -> LintResult {
    if in_list(ISO3166_999, comp) {
        Ok(())
    } else {
        Err((LintError::NotIso3166Or999, 0, comp.len()))
    }
}

pub(crate) fn alpha2(comp: &[u8]) -> LintResult {
    if in_list(ISO3166_ALPHA2, comp) {
        Ok(())
    } else {
        Err((LintError::NotIso3166Alpha2, 0, comp.len()))
    }
}
