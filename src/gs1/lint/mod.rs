//! Component checks ("linters" of the GS1 Barcode Syntax Tests): one rule per file.
//!
//! Each linter looks at one component of an AI value and, on failure, returns the rule and the byte
//! offset and length of the offending characters inside that component. The character-set checks
//! (`cset`) always run first; then the linters the dictionary lists for the component, in order.

pub(crate) mod couponcode;
mod couponposoffer;
pub(crate) mod cset;
mod csum;
mod csumalpha;

/// The GS1 mod-10 check digit (ASCII) of a numeric body; shared with the EPC layer.
pub use csum::check_digit;
pub(crate) mod date;
mod gcppos;
mod hasnondigit;
mod hyphen;
mod iban;
mod importeridx;
mod iso3166;
mod iso4217;
mod iso5218;
mod latlong;
mod mediatype;
mod nonzero;
mod nozeroprefix;
mod packagetype;
mod pcenc;
mod pieceoftotal;
mod posinseqslash;
mod time;
mod winding;
mod yesno;
mod zero;

pub use super::error::LintError;

/// A failed check: the rule, and offset + length of the offending bytes inside the component.
pub type LintResult = Result<(), (LintError, usize, usize)>;

/// The linters named by the GS1 Barcode Syntax Dictionary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[allow(missing_docs)] // the variant names are the dictionary's linter names
pub enum Linter {
    Couponcode,
    Couponposoffer,
    Csum,
    Csumalpha,
    Gcppos1,
    Gcppos2,
    Hasnondigit,
    Hh,
    Hhmi,
    Hyphen,
    Iban,
    Importeridx,
    Iso3166,
    Iso3166999,
    Iso3166alpha2,
    Iso4217,
    Iso5218,
    Latitude,
    Longitude,
    Mediatype,
    Mi,
    Nonzero,
    Nozeroprefix,
    Packagetype,
    Pcenc,
    Pieceoftotal,
    Posinseqslash,
    Ss,
    Winding,
    Yesno,
    Yymmd0,
    Yymmdd,
    Yyyymmdd,
    Zero,
}

impl Linter {
    /// The linter's name in the dictionary.
    pub fn name(&self) -> &'static str {
        use Linter::*;
        match self {
            Couponcode => "couponcode",
            Couponposoffer => "couponposoffer",
            Csum => "csum",
            Csumalpha => "csumalpha",
            Gcppos1 => "gcppos1",
            Gcppos2 => "gcppos2",
            Hasnondigit => "hasnondigit",
            Hh => "hh",
            Hhmi => "hhmi",
            Hyphen => "hyphen",
            Iban => "iban",
            Importeridx => "importeridx",
            Iso3166 => "iso3166",
            Iso3166999 => "iso3166999",
            Iso3166alpha2 => "iso3166alpha2",
            Iso4217 => "iso4217",
            Iso5218 => "iso5218",
            Latitude => "latitude",
            Longitude => "longitude",
            Mediatype => "mediatype",
            Mi => "mi",
            Nonzero => "nonzero",
            Nozeroprefix => "nozeroprefix",
            Packagetype => "packagetype",
            Pcenc => "pcenc",
            Pieceoftotal => "pieceoftotal",
            Posinseqslash => "posinseqslash",
            Ss => "ss",
            Winding => "winding",
            Yesno => "yesno",
            Yymmd0 => "yymmd0",
            Yymmdd => "yymmdd",
            Yyyymmdd => "yyyymmdd",
            Zero => "zero",
        }
    }

    /// Run this linter over one component's bytes.
    ///
    /// # Errors
    /// The rule that failed and where (offset, length) inside `comp`.
    pub fn check(&self, comp: &[u8]) -> LintResult {
        use Linter::*;
        match self {
            Couponcode => couponcode::check(comp),
            Couponposoffer => couponposoffer::check(comp),
            Csum => csum::check(comp),
            Csumalpha => csumalpha::check(comp),
            Gcppos1 => gcppos::check(comp, 0),
            Gcppos2 => gcppos::check(comp, 1),
            Hasnondigit => hasnondigit::check(comp),
            Hh => time::hh(comp),
            Hhmi => time::hhmi(comp),
            Hyphen => hyphen::check(comp),
            Iban => iban::check(comp),
            Importeridx => importeridx::check(comp),
            Iso3166 => iso3166::numeric(comp),
            Iso3166999 => iso3166::numeric_or_999(comp),
            Iso3166alpha2 => iso3166::alpha2(comp),
            Iso4217 => iso4217::check(comp),
            Iso5218 => iso5218::check(comp),
            Latitude => latlong::latitude(comp),
            Longitude => latlong::longitude(comp),
            Mediatype => mediatype::check(comp),
            Mi => time::mi(comp),
            Nonzero => nonzero::check(comp),
            Nozeroprefix => nozeroprefix::check(comp),
            Packagetype => packagetype::check(comp),
            Pcenc => pcenc::check(comp),
            Pieceoftotal => pieceoftotal::check(comp),
            Posinseqslash => posinseqslash::check(comp),
            Ss => time::ss(comp),
            Winding => winding::check(comp),
            Yesno => yesno::check(comp),
            Yymmd0 => date::yymmd0(comp),
            Yymmdd => date::yymmdd(comp),
            Yyyymmdd => date::yyyymmdd(comp),
            Zero => zero::check(comp),
        }
    }
}

/// Is `code` in the sorted code list?
pub(crate) fn in_list(list: &[&str], code: &[u8]) -> bool {
    list.binary_search_by(|probe| probe.as_bytes().cmp(code))
        .is_ok()
}

/// Value of ASCII digits (callers have checked they are digits); saturates instead of overflowing.
pub(crate) fn num(digits: &[u8]) -> u32 {
    digits.iter().fold(0u32, |acc, d| {
        acc.saturating_mul(10)
            .saturating_add(u32::from(d.wrapping_sub(b'0')))
    })
}
