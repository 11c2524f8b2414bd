//! EPCIS times: `eventTime`/`creationDate` (RFC 3339 with offset) and `eventTimeZoneOffset` (`±HH:MM`).

use core::fmt;

use super::EpcisError;

fn two(b: &[u8], at: usize) -> Option<u32> {
    let hi = b.get(at).filter(|c| c.is_ascii_digit())?;
    let lo = b.get(at.checked_add(1)?).filter(|c| c.is_ascii_digit())?;
    let (hi, lo) = (char::from(*hi).to_digit(10)?, char::from(*lo).to_digit(10)?);
    hi.checked_mul(10)?.checked_add(lo)
}

/// An `eventTimeZoneOffset`: `+HH:MM` / `-HH:MM` between -14:00 and +14:00 (never `Z`).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct TimeZoneOffset(alloc::string::String);

impl TimeZoneOffset {
    /// Checks the EPCIS pattern `^[+-]((0[0-9]|1[0-3]):[0-5][0-9]|14:00)$`.
    ///
    /// # Errors
    /// [`EpcisError::BadTimeZoneOffset`].
    pub fn parse(s: &str) -> Result<Self, EpcisError> {
        let b = s.as_bytes();
        let ok = b.len() == 6
            && matches!(b.first(), Some(b'+' | b'-'))
            && b.get(3) == Some(&b':')
            && match (two(b, 1), two(b, 4)) {
                (Some(h), Some(m)) => (h <= 13 && m <= 59) || (h == 14 && m == 0),
                _ => false,
            };
        if ok {
            Ok(TimeZoneOffset(alloc::string::String::from(s)))
        } else {
            Err(EpcisError::BadTimeZoneOffset)
        }
    }

    /// The offset text.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for TimeZoneOffset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// An RFC 3339 date-time `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)` as EPCIS uses for
/// `eventTime`, `recordTime` and `creationDate`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct EventTime(alloc::string::String);

impl EventTime {
    /// Parses a time that carries an explicit `±HH:MM` offset (what builders require, so that
    /// `eventTimeZoneOffset` follows from it).
    ///
    /// # Errors
    /// [`EpcisError::BadTime`] with the byte offset of the problem (also for a `Z` offset).
    pub fn parse(s: &str) -> Result<Self, EpcisError> {
        let t = Self::parse_any(s)?;
        if s.ends_with(['Z', 'z']) {
            return Err(EpcisError::BadTime {
                pos: s.len().saturating_sub(1),
            });
        }
        Ok(t)
    }

    /// Parses a time with `Z` or `±HH:MM` (what a received document may carry).
    ///
    /// # Errors
    /// [`EpcisError::BadTime`] with the byte offset of the problem.
    // SAFETY-ish reason: the input is at most 64 bytes (checked first), so every position is < 70
    // and a digit run (at most 4 digits) stays below 10^4.
    #[allow(clippy::arithmetic_side_effects)]
    pub fn parse_any(s: &str) -> Result<Self, EpcisError> {
        let b = s.as_bytes();
        let bad = |pos: usize| EpcisError::BadTime { pos };
        if b.len() > 64 {
            return Err(bad(64));
        }
        let digits = |range: core::ops::Range<usize>| -> Result<u32, EpcisError> {
            let mut v = 0u32;
            for i in range {
                match b.get(i) {
                    Some(c) if c.is_ascii_digit() => v = v * 10 + u32::from(c - b'0'),
                    _ => return Err(bad(i)),
                }
            }
            Ok(v)
        };
        let sep = |i: usize, c: u8| {
            if b.get(i) == Some(&c) {
                Ok(())
            } else {
                Err(bad(i))
            }
        };
        digits(0..4)?;
        sep(4, b'-')?;
        let month = digits(5..7)?;
        sep(7, b'-')?;
        let day = digits(8..10)?;
        if !matches!(b.get(10), Some(b'T' | b't')) {
            return Err(bad(10));
        }
        let hour = digits(11..13)?;
        sep(13, b':')?;
        let min = digits(14..16)?;
        sep(16, b':')?;
        let sec = digits(17..19)?;
        if !(1..=12).contains(&month) {
            return Err(bad(5));
        }
        if !(1..=31).contains(&day) {
            return Err(bad(8));
        }
        if hour > 23 || min > 59 || sec > 60 {
            return Err(bad(11));
        }
        let mut i = 19;
        if b.get(i) == Some(&b'.') {
            i += 1;
            let start = i;
            while b.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
            if i == start {
                return Err(bad(i));
            }
        }
        match b.get(i) {
            Some(b'Z' | b'z') if i + 1 == b.len() => {}
            Some(b'+' | b'-') if i + 6 == b.len() => {
                let h = digits(i + 1..i + 3)?;
                sep(i + 3, b':')?;
                let m = digits(i + 4..i + 6)?;
                if h > 23 || m > 59 {
                    return Err(bad(i + 1));
                }
            }
            _ => return Err(bad(i)),
        }
        Ok(EventTime(alloc::string::String::from(s)))
    }

    /// The time text.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The offset of this time as an `eventTimeZoneOffset` (`Z` gives `+00:00`).
    #[must_use]
    pub fn offset(&self) -> TimeZoneOffset {
        let s = self.0.as_str();
        if s.ends_with(['Z', 'z']) {
            return TimeZoneOffset(alloc::string::String::from("+00:00"));
        }
        let tail = s.get(s.len().saturating_sub(6)..).unwrap_or("+00:00");
        TimeZoneOffset::parse(tail).unwrap_or(TimeZoneOffset(alloc::string::String::from("+00:00")))
    }

    /// The four-digit year.
    #[must_use]
    pub fn year(&self) -> u32 {
        self.0.get(..4).and_then(|y| y.parse().ok()).unwrap_or(2000)
    }

    /// Formats a UTC time given as seconds since the Unix epoch (`+00:00` offset, milliseconds).
    #[must_use]
    pub fn from_unix_utc(secs: u64, millis: u32) -> Self {
        let days = secs / 86_400;
        let rem = secs % 86_400;
        let (y, m, d) = civil_from_days(i64::try_from(days).unwrap_or(0));
        EventTime(alloc::format!(
            "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}.{:03}+00:00",
            rem / 3600,
            (rem % 3600) / 60,
            rem % 60,
            millis % 1000
        ))
    }
}

impl fmt::Display for EventTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Days since 1970-01-01 -> (year, month, day) in the proleptic Gregorian calendar.
// SAFETY-ish reason: the only caller passes `u64 seconds / 86_400` (< 2.2 * 10^14 days), so every
// intermediate (at most ~10^15) is far inside i64; divisions are by non-zero constants.
#[allow(clippy::arithmetic_side_effects)]
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = u32::try_from(doy - (153 * mp + 2) / 5 + 1).unwrap_or(1);
    let m = u32::try_from(if mp < 10 { mp + 3 } else { mp - 9 }).unwrap_or(1);
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// Converts a GS1 date `YYMMDD` (AI 17 and friends) to `YYYY-MM-DD`, choosing the century by the
/// GS1 General Specifications 7.12 rule relative to `reference_year`; day `00` means the last day
/// of the month.
///
/// # Errors
/// [`EpcisError::BadDate`] when it is not six digits of a real date.
pub fn gs1_date_to_iso(
    yymmdd: &str,
    reference_year: u32,
) -> Result<alloc::string::String, EpcisError> {
    let b = yymmdd.as_bytes();
    let (Some(yy), Some(mm), Some(dd)) = (two(b, 0), two(b, 2), two(b, 4)) else {
        return Err(EpcisError::BadDate);
    };
    if b.len() != 6 || !(1..=12).contains(&mm) {
        return Err(EpcisError::BadDate);
    }
    let ref_yy = reference_year % 100;
    let century = reference_year.saturating_sub(ref_yy);
    // yy and ref_yy are both 0..=99.
    let diff = i64::from(yy).saturating_sub(i64::from(ref_yy));
    let year = if diff >= 51 {
        century.saturating_sub(100).saturating_add(yy)
    } else if diff <= -50 {
        century.saturating_add(100).saturating_add(yy)
    } else {
        century.saturating_add(yy)
    };
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let last = match mm {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    let day = if dd == 0 { last } else { dd };
    if day > last {
        return Err(EpcisError::BadDate);
    }
    Ok(alloc::format!("{year:04}-{mm:02}-{day:02}"))
}
