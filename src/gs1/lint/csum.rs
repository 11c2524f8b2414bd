//! `csum`: GS1 mod-10 check digit over a numeric component (GTIN, SSCC, GLN, GSRN ...).

use super::{LintError, LintResult};

/// The mod-10 check digit for `digits` (the payload without its check digit).
pub fn check_digit(digits: &[u8]) -> u8 {
    // Summed modulo 10 as it goes, so no input length can overflow it.
    let sum = digits.iter().rev().enumerate().fold(0u32, |acc, (i, d)| {
        let weight = if i % 2 == 0 { 3 } else { 1 };
        acc.wrapping_add(u32::from(d.wrapping_sub(b'0')).wrapping_mul(weight)) % 10
    });
    let check = (10u32.wrapping_sub(sum)) % 10;
    char::from_digit(check, 10).map_or(b'0', |c| c as u8)
}

/// The last digit must be the check digit of the ones before it.
pub(crate) fn check(comp: &[u8]) -> LintResult {
    let Some((&last, body)) = comp.split_last() else {
        return Err((LintError::TooShortForCheckDigit, 0, 0));
    };
    if check_digit(body) == last {
        Ok(())
    } else {
        Err((LintError::IncorrectCheckDigit, body.len(), 1))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn gtin_check_digit() {
        assert!(super::check(b"09506000134352").is_ok());
        assert!(super::check(b"09506000134353").is_err());
        assert_eq!(super::check_digit(b"0950600013435"), b'2');
    }
}
