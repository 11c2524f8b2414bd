//! `iban`: International Bank Account Number of AI (8007) (ISO 13616): alpha-2 country, then check
//! digits that make the rearranged number equal 1 modulo 97.

use super::{LintError, LintResult};
use crate::gs1::code_lists::ISO3166_ALPHA2;

pub(crate) fn check(comp: &[u8]) -> LintResult {
    if comp.len() <= 4 {
        return Err((LintError::IbanTooShort, 0, comp.len()));
    }
    if let Some(p) = comp
        .iter()
        .position(|b| !(b.is_ascii_digit() || b.is_ascii_uppercase()))
    {
        return Err((LintError::InvalidIbanCharacter, p, 1));
    }
    if !super::in_list(ISO3166_ALPHA2, comp.get(..2).unwrap_or(&[])) {
        return Err((LintError::IllegalIbanCountryCode, 0, 2));
    }
    // Move the first four characters to the end; letters count as 10..35.
    let (head, tail) = comp.split_at_checked(4).unwrap_or((comp, &[]));
    let rem = tail.iter().chain(head).fold(0u32, |acc, &b| {
        if b.is_ascii_digit() {
            // acc < 97, so neither step can overflow; characters were checked above.
            acc.wrapping_mul(10)
                .wrapping_add(u32::from(b.wrapping_sub(b'0')))
                % 97
        } else {
            acc.wrapping_mul(100)
                .wrapping_add(u32::from(b.wrapping_sub(b'A')))
                .wrapping_add(10)
                % 97
        }
    });
    if rem == 1 {
        Ok(())
    } else {
        Err((LintError::IncorrectIbanChecksum, 2, 2))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ibans() {
        assert!(check(b"GB98MIDL07009312345678").is_ok());
        assert!(check(b"BE71096123456769").is_ok());
        assert_eq!(
            check(b"BE71096123456760"),
            Err((LintError::IncorrectIbanChecksum, 2, 2))
        );
        assert_eq!(check(b"BE71"), Err((LintError::IbanTooShort, 0, 4)));
        assert_eq!(
            check(b"XX361234567890"),
            Err((LintError::IllegalIbanCountryCode, 0, 2))
        );
    }
}
