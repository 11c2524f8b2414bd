//! `hhmi`, `hh`, `mi`, `ss`: times of day (hour 00-23, minute and second 00-59).

use super::{LintError, LintResult, num};

pub(crate) fn hh(comp: &[u8]) -> LintResult {
    if comp.len() == 2 && num(comp) <= 23 {
        Ok(())
    } else {
        Err((LintError::IllegalHour, 0, comp.len()))
    }
}

pub(crate) fn mi(comp: &[u8]) -> LintResult {
    if comp.len() == 2 && num(comp) <= 59 {
        Ok(())
    } else {
        Err((LintError::IllegalMinute, 0, comp.len()))
    }
}

pub(crate) fn ss(comp: &[u8]) -> LintResult {
    if comp.len() == 2 && num(comp) <= 59 {
        Ok(())
    } else {
        Err((LintError::IllegalSecond, 0, comp.len()))
    }
}

pub(crate) fn hhmi(comp: &[u8]) -> LintResult {
    if comp.len() != 4 {
        return Err((LintError::IllegalHour, 0, comp.len()));
    }
    let (h, m) = comp.split_at(2);
    hh(h)?;
    mi(m).map_err(|(e, p, l)| (e, p.saturating_add(2), l))
}
