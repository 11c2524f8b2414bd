//! `latitude` / `longitude`: AI (4309) coordinates, 10 digits offset so they are never negative.

use super::{LintError, LintResult};

pub(crate) fn latitude(comp: &[u8]) -> LintResult {
    if comp.len() == 10 && comp <= b"1800000000".as_slice() {
        Ok(())
    } else {
        Err((LintError::InvalidLatitude, 0, comp.len()))
    }
}

pub(crate) fn longitude(comp: &[u8]) -> LintResult {
    if comp.len() == 10 && comp <= b"3600000000".as_slice() {
        Ok(())
    } else {
        Err((LintError::InvalidLongitude, 0, comp.len()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges() {
        assert!(latitude(b"1800000000").is_ok());
        assert!(latitude(b"1800000001").is_err());
        assert!(longitude(b"3600000000").is_ok());
        assert!(longitude(b"9999999999").is_err());
    }
}
