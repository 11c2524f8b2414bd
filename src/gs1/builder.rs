//! `Builder`: assemble an element string from typed fields (GTIN, expiry, batch, serial, any AI).

use alloc::string::String;
use alloc::vec::Vec;

use super::Options;
use super::element::ElementString;
use super::error::Gs1Error;

/// Typed builder of an [`ElementString`]; `build` runs the full validation.
///
/// ```
/// use gs1_datamatrix::gs1::{Builder, Options};
/// let es = Builder::new()
///     .gtin("09506000134352")
///     .expiry("261231")
///     .batch("ABC123")
///     .serial("SN42")
///     .build(&Options::default())?;
/// assert_eq!(es.to_bracketed(), "(01)09506000134352(17)261231(10)ABC123(21)SN42");
/// # Ok::<(), gs1_datamatrix::gs1::Gs1Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Builder {
    pairs: Vec<(String, String)>,
}

impl Builder {
    /// An empty builder.
    pub fn new() -> Self {
        Self::default()
    }

    /// Any AI with its value, appended in order.
    pub fn ai(mut self, ai: &str, value: &str) -> Self {
        self.pairs.push((String::from(ai), String::from(value)));
        self
    }

    /// (01) GTIN. GTIN-8, -12 and -13 are left-padded with zeros to the 14 digits of AI (01).
    pub fn gtin(self, gtin: &str) -> Self {
        let mut v = String::new();
        if matches!(gtin.len(), 8 | 12 | 13) {
            for _ in gtin.len()..14 {
                v.push('0');
            }
        }
        v.push_str(gtin);
        self.ai("01", &v)
    }

    /// (17) expiry date `YYMMDD` (`DD` may be `00`).
    pub fn expiry(self, yymmdd: &str) -> Self {
        self.ai("17", yymmdd)
    }

    /// (10) batch/lot number.
    pub fn batch(self, batch: &str) -> Self {
        self.ai("10", batch)
    }

    /// (21) serial number.
    pub fn serial(self, serial: &str) -> Self {
        self.ai("21", serial)
    }

    /// Validate and build.
    ///
    /// # Errors
    /// Any [`Gs1Error`] of [`ElementString::from_ai_values`].
    pub fn build(&self, opts: &Options) -> Result<ElementString, Gs1Error> {
        ElementString::from_ai_values(
            self.pairs.iter().map(|(a, v)| (a.as_str(), v.as_bytes())),
            opts,
        )
    }
}
