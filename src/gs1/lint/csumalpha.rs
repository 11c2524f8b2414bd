//! `csumalpha`: the GS1 alphanumeric check-character pair (GMN 8013, MUDI 8014; GS1 General
//! Specifications 7.9.5).
//!
//! The data characters (CSET 82) are weighted by their 0-based index in CSET 82 and by the primes
//! 2, 3, 5, ... taken from the right; the sum modulo 1021 is split into two 5-bit halves that index
//! CSET 32, giving the two check characters.

use super::{LintError, LintResult};

/// CSET 82 in value order.
const CSET82: &[u8] =
    b"!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";
/// CSET 32 in value order.
const CSET32: &[u8] = b"23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

/// First primes; the longest AI value is 90 characters, so 97 weights are plenty.
// SAFETY-ish reason: evaluated at compile time; an out-of-range index fails the build.
#[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]
const PRIMES: [u32; 97] = {
    let mut p = [0u32; 97];
    let mut n = 0;
    let mut c = 2u32;
    while n < 97 {
        let mut d = 2;
        let mut prime = true;
        while d * d <= c {
            if c.is_multiple_of(d) {
                prime = false;
                break;
            }
            d += 1;
        }
        if prime {
            p[n] = c;
            n += 1;
        }
        c += 1;
    }
    p
};

/// The check-character pair for `data` (CSET 82 characters), or the offset of a bad character.
pub fn check_pair(data: &[u8]) -> Result<[u8; 2], usize> {
    let mut sum = 0u32;
    for (i, b) in data.iter().enumerate() {
        let w = CSET82.iter().position(|c| c == b).ok_or(i)? as u32;
        // i < len, so the weight index never wraps; at most 97 terms are summed (PRIMES.len()).
        let from_end = data.len().saturating_sub(i).saturating_sub(1);
        let prime = PRIMES.get(from_end).copied().ok_or(i)?;
        sum = sum.saturating_add(w.saturating_mul(prime));
    }
    let sum = (sum % 1021) as usize;
    let hi = CSET32.get(sum >> 5).copied().unwrap_or(b'2');
    let lo = CSET32.get(sum & 31).copied().unwrap_or(b'2');
    Ok([hi, lo])
}

pub(crate) fn check(comp: &[u8]) -> LintResult {
    if comp.len() > PRIMES.len().saturating_add(2) {
        return Err((LintError::TooLongForCheckPair, 0, comp.len()));
    }
    let Some((data, pair)) = comp
        .len()
        .checked_sub(2)
        .and_then(|at| comp.split_at_checked(at))
    else {
        return Err((LintError::TooShortForCheckPair, 0, comp.len()));
    };
    let want = check_pair(data).map_err(|p| (LintError::InvalidCset82Character, p, 1))?;
    if pair == want {
        Ok(())
    } else {
        Err((LintError::IncorrectCheckPair, data.len(), 2))
    }
}

#[cfg(test)]
mod tests {
    use super::check;

    #[test]
    fn known_pairs() {
        assert!(check(b"22").is_ok());
        assert!(check(b"1987654Ad4X4bL5ttr2310c2K").is_ok());
        assert!(check(b"12345678901234567890123NT").is_ok());
        assert!(check(b"1987654Ad4X4bL5ttr2310cXK").is_err());
    }
}
