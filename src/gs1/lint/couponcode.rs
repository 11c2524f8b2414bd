//! `couponcode`: the North American coupon code of AI (8110): a sequence of length-prefixed (VLI)
//! fields (company prefix, offer code, save value, purchase requirements) and optional fields
//! introduced by 1, 2, 3, 4, 5, 6 and 9, in that order.
//!
//! Positions follow the engine's convention: a field missing entirely at the end of the data marks
//! the whole value; a field cut short marks what is there of it.

use super::{LintError as E, LintResult, date};

/// Walks the digits of a coupon, producing errors in the engine's position convention.
pub(crate) struct Cursor<'a> {
    data: &'a [u8],
    p: usize,
}

impl<'a> Cursor<'a> {
    /// All characters must be digits.
    pub(crate) fn new(data: &'a [u8]) -> Result<Self, (E, usize, usize)> {
        if let Some(p) = data.iter().position(|b| !b.is_ascii_digit()) {
            return Err((E::NonDigitCharacter, p, 1));
        }
        Ok(Cursor { data, p: 0 })
    }

    fn left(&self) -> usize {
        self.data.len().saturating_sub(self.p)
    }

    pub(crate) fn at_end(&self) -> bool {
        self.left() == 0
    }

    fn peek(&self) -> Option<u8> {
        self.data.get(self.p).map(|d| d.wrapping_sub(b'0')) // non-digits become >= 10
    }

    /// The digit at the cursor, or `missing` (marking everything) at the end.
    pub(crate) fn digit(&self, missing: E) -> Result<u8, (E, usize, usize)> {
        self.peek().ok_or((missing, 0, self.data.len()))
    }

    pub(crate) fn bad_here(&self, e: E) -> (E, usize, usize) {
        (e, self.p, 1)
    }

    pub(crate) fn advance(&mut self) {
        self.p = self.p.saturating_add(1);
    }

    /// At least `n` more digits must follow; consume them.
    pub(crate) fn need(&mut self, n: usize, truncated: E) -> Result<(), (E, usize, usize)> {
        if self.left() < n {
            return Err(if self.at_end() {
                (truncated, 0, self.data.len())
            } else {
                (truncated, self.p, self.left())
            });
        }
        self.p = self.p.saturating_add(n); // n <= left(), so p stays <= data.len()
        Ok(())
    }

    /// A fixed-length field.
    pub(crate) fn fixed(&mut self, n: usize, truncated: E) -> Result<(), (E, usize, usize)> {
        self.need(n, truncated)
    }

    /// A length indicator digit in `range`, then a field of `vli + add` digits.
    pub(crate) fn vli_field(
        &mut self,
        missing: E,
        invalid: E,
        truncated: E,
        range: core::ops::RangeInclusive<u8>,
        add: usize,
    ) -> Result<usize, (E, usize, usize)> {
        let v = self.digit(missing)?;
        if !range.contains(&v) {
            return Err(self.bad_here(invalid));
        }
        self.advance();
        let n = usize::from(v).saturating_add(add);
        self.need(n, truncated)?;
        Ok(n)
    }

    /// A single-digit code that must satisfy `ok`.
    fn code(
        &mut self,
        missing: E,
        invalid: E,
        ok: impl Fn(u8) -> bool,
    ) -> Result<u8, (E, usize, usize)> {
        let v = self.digit(missing)?;
        if !ok(v) {
            return Err(self.bad_here(invalid));
        }
        self.advance();
        Ok(v)
    }

    /// Is the next digit the optional-field marker `m`? Consumes it if so.
    fn optional(&mut self, m: u8) -> bool {
        if self.peek() == Some(m) {
            self.advance();
            true
        } else {
            false
        }
    }

    /// Nothing may follow.
    pub(crate) fn excess(&self) -> LintResult {
        if self.at_end() {
            Ok(())
        } else {
            Err((E::CouponExcessData, self.p, self.left()))
        }
    }
}

/// Purchase requirement code: 0-4 or 9.
fn requirement_code(v: u8) -> bool {
    v <= 4 || v == 9
}

/// An optional-field date (`YYMMDD`); returns its digits.
fn coupon_date<'a>(
    c: &mut Cursor<'a>,
    short: E,
    invalid: E,
) -> Result<&'a [u8], (E, usize, usize)> {
    let start = c.p;
    c.need(6, short)?;
    let d = c.data.get(start..start.saturating_add(6)).unwrap_or(&[]);
    if date::yymmdd(d).is_err() {
        return Err((invalid, start, 6));
    }
    Ok(d)
}

pub(crate) fn check(comp: &[u8]) -> LintResult {
    let mut c = Cursor::new(comp)?;
    c.vli_field(
        E::CouponMissingGcpVli,
        E::CouponInvalidGcpVli,
        E::CouponTruncatedGcp,
        0..=6,
        6,
    )?;
    c.fixed(6, E::CouponTruncatedOfferCode)?;
    c.vli_field(
        E::CouponMissingSaveValueVli,
        E::CouponInvalidSaveValueVli,
        E::CouponTruncatedSaveValue,
        1..=5,
        0,
    )?;
    c.vli_field(
        E::CouponMissing1stPurchaseRequirementVli,
        E::CouponInvalid1stPurchaseRequirementVli,
        E::CouponTruncated1stPurchaseRequirement,
        1..=5,
        0,
    )?;
    c.code(
        E::CouponMissing1stPurchaseRequirementCode,
        E::CouponInvalid1stPurchaseRequirementCode,
        requirement_code,
    )?;
    c.fixed(3, E::CouponTruncated1stPurchaseFamilyCode)?;

    if c.optional(1) {
        c.code(
            E::CouponMissingAdditionalPurchaseRulesCode,
            E::CouponInvalidAdditionalPurchaseRulesCode,
            |v| v <= 3,
        )?;
        c.vli_field(
            E::CouponMissing2ndPurchaseRequirementVli,
            E::CouponInvalid2ndPurchaseRequirementVli,
            E::CouponTruncated2ndPurchaseRequirement,
            1..=5,
            0,
        )?;
        c.code(
            E::CouponMissing2ndPurchaseRequirementCode,
            E::CouponInvalid2ndPurchaseRequirementCode,
            requirement_code,
        )?;
        c.fixed(3, E::CouponTruncated2ndPurchaseFamilyCode)?;
        gcp_or_none(
            &mut c,
            E::CouponMissing2ndPurchaseGcpVli,
            E::CouponInvalid2ndPurchaseGcpVli,
            E::CouponTruncated2ndPurchaseGcp,
        )?;
    }
    if c.optional(2) {
        c.vli_field(
            E::CouponMissing3rdPurchaseRequirementVli,
            E::CouponInvalid3rdPurchaseRequirementVli,
            E::CouponTruncated3rdPurchaseRequirement,
            1..=5,
            0,
        )?;
        c.code(
            E::CouponMissing3rdPurchaseRequirementCode,
            E::CouponInvalid3rdPurchaseRequirementCode,
            requirement_code,
        )?;
        c.fixed(3, E::CouponTruncated3rdPurchaseFamilyCode)?;
        gcp_or_none(
            &mut c,
            E::CouponMissing3rdPurchaseGcpVli,
            E::CouponInvalid3rdPurchaseGcpVli,
            E::CouponTruncated3rdPurchaseGcp,
        )?;
    }
    let mut expiry: Option<&[u8]> = None;
    if c.optional(3) {
        expiry = Some(coupon_date(
            &mut c,
            E::CouponTruncatedExpirationDate,
            E::CouponInvalidExpirationDate,
        )?);
    }
    if c.optional(4) {
        let start = coupon_date(
            &mut c,
            E::CouponTruncatedStartDate,
            E::CouponInvalidStartDate,
        )?;
        if let Some(exp) = expiry
            && start > exp
        {
            return Err((E::CouponExpirationBeforeStart, c.p.saturating_sub(14), 14));
        }
    }
    if c.optional(5) {
        let v = c.digit(E::CouponMissingSerialNumberVli)?;
        c.advance();
        c.need(usize::from(v) + 6, E::CouponTruncatedSerialNumber)?;
    }
    if c.optional(6) {
        c.vli_field(
            E::CouponMissingRetailerGcpOrGlnVli,
            E::CouponInvalidRetailerGcpOrGlnVli,
            E::CouponTruncatedRetailerGcpOrGln,
            1..=7,
            6,
        )?;
    }
    if c.optional(9) {
        c.code(
            E::CouponMissingSaveValueCode,
            E::CouponInvalidSaveValueCode,
            |v| matches!(v, 0 | 1 | 2 | 5 | 6),
        )?;
        c.code(
            E::CouponMissingSaveValueAppliesToItem,
            E::CouponInvalidSaveValueAppliesToItem,
            |v| v <= 2,
        )?;
        c.code(
            E::CouponMissingStoreCouponFlag,
            E::CouponMissingStoreCouponFlag,
            |_| true,
        )?;
        c.code(
            E::CouponMissingDontMultiplyFlag,
            E::CouponInvalidDontMultiplyFlag,
            |v| v <= 1,
        )?;
    }
    c.excess()
}

/// A purchase GCP: VLI 0-6 (length VLI + 6) or 9 (no GCP).
fn gcp_or_none(c: &mut Cursor<'_>, missing: E, invalid: E, truncated: E) -> LintResult {
    let v = c.digit(missing)?;
    if v > 6 && v != 9 {
        return Err(c.bad_here(invalid));
    }
    c.advance();
    let n = if v == 9 { 0 } else { usize::from(v) + 6 };
    c.need(n, truncated)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coupon_fields() {
        assert!(check(b"012345612345611110123").is_ok());
        assert_eq!(
            check(b"a12345612345611110123"),
            Err((E::NonDigitCharacter, 0, 1))
        );
        assert_eq!(check(b"01"), Err((E::CouponTruncatedGcp, 1, 1)));
        assert_eq!(check(b"0123456"), Err((E::CouponTruncatedOfferCode, 0, 7)));
        assert_eq!(
            check(b"71234567890123"),
            Err((E::CouponInvalidGcpVli, 0, 1))
        );
        assert_eq!(
            check(b"0123456123456"),
            Err((E::CouponMissingSaveValueVli, 0, 13))
        );
        assert_eq!(
            check(b"01234561234560"),
            Err((E::CouponInvalidSaveValueVli, 13, 1))
        );
        assert_eq!(
            check(b"012345612345621"),
            Err((E::CouponTruncatedSaveValue, 14, 1))
        );
    }
}
