//! `csum`: GS1 mod-10 check digit over a numeric component (GTIN, SSCC, GLN, GSRN ...).

use super::{LintError, LintResult};

/// The mod-10 check digit for `digits` (the payload without its check digit).
pub fn check_digit(digits: &[u8]) -> u8 {
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, d)| u32::from(d.wrapping_sub(b'0')) * if i % 2 == 0 { 3 } else { 1 })
        .sum();
    b'0' + ((10 - sum % 10) % 10) as u8
}

/// The last digit must be the check digit of the ones before it.
pub(crate) fn check(comp: &[u8]) -> LintResult {
    let Some((&last, body)) = comp.split_last() else {
        return Err((LintError::TooShortForCheckDigit, 0, 0));
    };
    if check_digit(body) == last {
        Ok(())
    } else {
        Err((LintError::IncorrectCheckDigit, comp.len() - 1, 1))
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
