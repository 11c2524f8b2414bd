//! `yymmdd`, `yymmd0`, `yyyymmdd`: dates with a real month and day (`yymmd0` also allows day `00`).
//!
//! Two-digit years are treated as the engine does for leap years: `YY % 4 == 0` (so `00` is leap).

use super::{LintError, LintResult, num};

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if year.is_multiple_of(4)
            && (!year.is_multiple_of(100) || year.is_multiple_of(400) || year < 100) =>
        {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn date(comp: &[u8], year_len: usize, zero_day: bool) -> LintResult {
    if comp.len() != year_len.saturating_add(4) {
        return Err((LintError::IllegalDay, 0, comp.len()));
    }
    let part = |r: core::ops::Range<usize>| num(comp.get(r).unwrap_or(&[]));
    let year = part(0..year_len);
    // year_len is 2 or 4 (the callers' constants), so these offsets are small.
    let (mon_at, day_at) = (year_len, year_len.saturating_add(2));
    let month = part(mon_at..day_at);
    let day = part(day_at..comp.len());
    if !(1..=12).contains(&month) {
        return Err((LintError::IllegalMonth, year_len, 2));
    }
    if (day == 0 && !zero_day) || day > days_in_month(year, month) {
        return Err((LintError::IllegalDay, day_at, 2));
    }
    Ok(())
}

pub(crate) fn yymmdd(comp: &[u8]) -> LintResult {
    date(comp, 2, false)
}

pub(crate) fn yymmd0(comp: &[u8]) -> LintResult {
    date(comp, 2, true)
}

pub(crate) fn yyyymmdd(comp: &[u8]) -> LintResult {
    date(comp, 4, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leap_years_and_zero_day() {
        assert!(yymmdd(b"000229").is_ok());
        assert!(yymmdd(b"240229").is_ok());
        assert_eq!(yymmdd(b"230229"), Err((LintError::IllegalDay, 4, 2)));
        assert!(yymmd0(b"231200").is_ok());
        assert_eq!(yymmdd(b"231200"), Err((LintError::IllegalDay, 4, 2)));
        assert_eq!(yymmdd(b"231301"), Err((LintError::IllegalMonth, 2, 2)));
        assert!(yyyymmdd(b"20000229").is_ok());
        assert!(yyyymmdd(b"19000229").is_err());
    }
}
