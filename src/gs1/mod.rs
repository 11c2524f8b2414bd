//! GS1 element strings: parse every input form, validate exactly like GS1's Barcode Syntax Engine,
//! build, and emit the canonical forms.
//!
//! Sits at the front of the print flow (`serial -> gs1 -> encode`) and at the end of the verify flow
//! (`decode -> gs1`). Everything is `no_std` + `alloc`.
//!
//! ```
//! use gs1_datamatrix::gs1::{self, Options};
//! let opts = Options::default();
//! let es = gs1::ElementString::parse_bracketed("(01)09506000134352(17)261231(10)ABC123(21)SN42", &opts)?;
//! assert_eq!(es.data_str(), "^01095060001343521726123110ABC123^21SN42");
//! assert_eq!(es.get("17"), Some("261231"));
//!
//! let err = gs1::ElementString::parse_bracketed("(01)09506000134353", &opts).unwrap_err();
//! assert_eq!(err.ai(), Some("01"));
//! assert_eq!(err.value_span(), Some((13, 1))); // the check digit
//! # Ok::<(), gs1::Gs1Error>(())
//! ```
//!
//! # Which entry point
//! - bracketed text `(01)…(21)…` -> [`ElementString::parse_bracketed`];
//! - the engine's `data` input (`^01…` unbracketed, a Digital Link URI, or plain data) -> [`parse_data`];
//! - scanner output with an AIM symbology identifier (`]d2…`, `]Q3…`, `]d1https://…`) -> [`parse_scan`];
//! - decoded DataMatrix bytes (GS separators) -> [`ElementString::from_gs_separated`];
//! - AI/value pairs from elsewhere -> [`ElementString::from_ai_values`] or the typed [`Builder`].
//!
//! Outputs: [`ElementString::data_str`] (`^` form), [`ElementString::to_bracketed`],
//! [`ElementString::hri`], [`ElementString::to_gs_separated`] (what the encoder puts in the symbol)
//! and [`ElementString::scan_data`].
//!
//! # Validation
//! Every form runs the same checks ([`validate`]): AI known (or permitted), value length, no `^`
//! inside values, the component character sets (N, CSET 82, CSET 39, CSET 64 with its padding rule)
//! and the dictionary's linters ([`lint`]), then the message-level rules: `ex=` pairs, `req=`
//! associations (switchable), a repeated AI with different values, the (8030) serial rule, and the
//! caps of [`validate::MAX_AIS`] AIs and [`validate::MAX_DATA`] characters.
//!
//! # Digital Link
//! [`digital_link`] reads a URI into its AI/value pairs and checks the Digital Link structure rules,
//! then hands the pairs to the same validation; [`parse_data`] and [`parse_scan`] route `http(s)://`
//! input there. How it plugs in:
//! - per pair, while reading the URI (engine order): the AI through the table (`ai::resolve_exact`
//!   honours [`Options::permit_unknown_ais`]), then [`validate::check_value_length`] (too short /
//!   too long / `^`);
//! - the whole message: [`ElementString::from_resolved`] over [`RawElement`]s (AI, entry, value bytes
//!   as decoded, and the Digital Link path position) runs the component checks and linters in order,
//!   then `ex=`, `req=` (per [`Options::validate_requisite_ais`]), repeats and the (8030) rule; the
//!   path position comes back as [`Element::dl_path_order`];
//! - the AI cap is [`validate::MAX_AIS`];
//! - `digital_link::to_dl_uri` writes a URI for a stem; [`check`] reports it as `dl_uri`/`dl_err`.

pub mod ai;
#[rustfmt::skip]
pub mod ai_table;
mod builder;
pub mod check;
#[rustfmt::skip]
pub mod code_lists;
pub mod digital_link;
mod element;
mod error;
pub mod lint;
mod parse;
pub mod validate;

use alloc::string::String;
use alloc::vec::Vec;

pub use ai::AiEntry;
pub use builder::Builder;
pub use element::{Element, ElementString, GS, RawElement};
pub use error::{AiCode, DlErrorKind, Gs1Error, LintError};
pub use parse::{parse_data, parse_scan};

/// The engine's four options. `Default` is the engine's default: everything validated, unknown AIs
/// rejected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Options {
    /// Accept AIs the dictionary does not define (with a generic CSET 82 value).
    pub permit_unknown_ais: bool,
    /// Accept GTIN-8/12/13 (zero-suppressed GTINs) in Digital Link URI paths.
    pub permit_zero_suppressed_gtin_in_dl_uris: bool,
    /// Check the `req=` associations (on by default).
    pub validate_requisite_ais: bool,
    /// Reject unknown AIs used as Digital Link data attributes (on by default).
    pub validate_unknown_ai_not_dl_attr: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            permit_unknown_ais: false,
            permit_zero_suppressed_gtin_in_dl_uris: false,
            validate_requisite_ais: true,
            validate_unknown_ai_not_dl_attr: true,
        }
    }
}

/// A parsed message of the `data`/`scan` entry points.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    /// GS1 AI data.
    Ai(ElementString),
    /// A GS1 Digital Link URI and the elements it carries.
    DigitalLink {
        /// The URI as given.
        uri: String,
        /// Its elements (key, qualifiers, data attributes).
        elements: ElementString,
        /// Query parameters that are not AIs (ignored), as given.
        ignored_query_params: Vec<String>,
    },
    /// Plain, non-AI data.
    Plain(String),
}

impl Message {
    /// The element string, unless this is plain data.
    pub fn elements(&self) -> Option<&ElementString> {
        match self {
            Message::Ai(es) | Message::DigitalLink { elements: es, .. } => Some(es),
            Message::Plain(_) => None,
        }
    }

    /// The message as the engine's `data` string: `^` AI data, the URI, or the plain data.
    pub fn data_str(&self) -> &str {
        match self {
            Message::Ai(es) => es.data_str(),
            Message::DigitalLink { uri, .. } => uri,
            Message::Plain(s) => s,
        }
    }

    /// Canonical bracketed element string (`None` for plain data).
    pub fn ai_str(&self) -> Option<String> {
        self.elements().map(ElementString::to_bracketed)
    }

    /// HRI lines (empty for plain data).
    pub fn hri(&self) -> Vec<String> {
        self.elements().map(ElementString::hri).unwrap_or_default()
    }

    /// What a DataMatrix reader transmits: `]d2` + GS-separated AI data, or `]d1` + URI / plain data.
    pub fn scan_data_dm(&self) -> Vec<u8> {
        match self {
            Message::Ai(es) if !es.data_str().starts_with('^') => plain_scan(es.data_str()),
            Message::Ai(es) => es.scan_data(),
            Message::DigitalLink { uri, .. } => plain_scan(uri),
            Message::Plain(s) => plain_scan(s),
        }
    }
}

/// `]d1` + plain data, undoing the `\^` escape of data that would otherwise read as AI data.
fn plain_scan(s: &str) -> Vec<u8> {
    let linear = s;
    let mut out = Vec::with_capacity(linear.len().saturating_add(3));
    out.extend_from_slice(b"]d1");
    let body = if linear.trim_start_matches('\\').starts_with('^') {
        linear.get(1..).unwrap_or("")
    } else {
        linear
    };
    out.extend_from_slice(body.as_bytes());
    out
}

/// Parse a Digital Link URI through the Digital Link module.
pub(crate) fn dl_parse(uri: &str, opts: &Options) -> Result<Message, Gs1Error> {
    let parsed = digital_link::parse_dl_uri_with_ignored(uri, opts)?;
    Ok(Message::DigitalLink {
        uri: String::from(uri),
        elements: parsed.elements,
        ignored_query_params: parsed.ignored_query_params,
    })
}

/// Write a Digital Link URI through the Digital Link module; `Err` carries the engine's reason.
pub(crate) fn dl_emit(
    es: &ElementString,
    stem: &str,
    opts: &Options,
) -> Result<String, digital_link::DlUriError> {
    digital_link::to_dl_uri_with(es, stem, opts)
}
