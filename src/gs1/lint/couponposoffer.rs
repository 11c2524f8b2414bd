//! `couponposoffer`: the positive offer file coupon of AI (8112): format code, funder, offer code,
//! serial number, and nothing else.

use super::LintResult;
use super::couponcode::Cursor;
use crate::gs1::error::LintError as E;

pub(crate) fn check(comp: &[u8]) -> LintResult {
    let mut c = Cursor::new(comp)?;
    let format = c.digit(E::CouponMissingFormatCode)?;
    if format > 1 {
        return Err(c.bad_here(E::CouponInvalidFormatCode));
    }
    c.advance();
    c.vli_field(
        E::CouponMissingFunderVli,
        E::CouponInvalidFunderVli,
        E::CouponTruncatedFunder,
        0..=6,
        6,
    )?;
    c.fixed(6, E::CouponTruncatedOfferCode)?;
    let vli = c.digit(E::CouponMissingSerialNumberVli)?;
    c.advance();
    c.need(usize::from(vli) + 6, E::CouponTruncatedSerialNumber)?;
    c.excess()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positive_offer() {
        assert!(check(b"001234561234560123456").is_ok());
        assert_eq!(
            check(b"201234561234560123456"),
            Err((E::CouponInvalidFormatCode, 0, 1))
        );
        assert_eq!(check(b"00123456"), Err((E::CouponTruncatedOfferCode, 0, 8)));
        assert_eq!(
            check(b"0012345612345601"),
            Err((E::CouponTruncatedSerialNumber, 15, 1))
        );
        assert_eq!(
            check(b"0012345612345601234567"),
            Err((E::CouponExcessData, 21, 1))
        );
    }
}
