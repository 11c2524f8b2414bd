// REQUEST TO GS1 CORE (from the Digital Link helper; this file is mine, the rest of src/gs1 is yours):
// Done, thanks: module wiring, shared validation hooks, dl_path_order, engine DL messages. Open:
// 1. check.rs: for accepted plain (non-AI) data the engine still reports dl_err "Cannot create a DL
//    URI without a primary key AI" (5 shared vectors: `plain_data` ` (01)…`, `0109506000134352`,
//    `HELLO WORLD`, empty input, and `scandata` `]d1HELLO`); today `None => (None, None)` in
//    `check()`. `DlUriError::NoPrimaryKey.to_string()` is that text. With it, `gs1dm check` gives
//    dl_uri+dl_err 3036/3036 on the accepted shared vectors (3031/3036 today).
// 2. parse.rs `parse_scan` `]d1`/`]Q1`: the engine's scan reader (recent builds) also takes
//    `HTTPS://`/`HTTP://`; `digital_link::is_dl_uri` is the exact test (no shared vector has it).

//! GS1 Digital Link URIs: read a URI into an element string, and write an element string as a URI.
//!
//! Sits beside the bracketed/unbracketed parsers of the GS1 layer: [`parse_dl_uri`] splits a URI
//! into AI/value pairs (primary key and key qualifiers from the path, data attributes from the
//! query), checks the Digital Link structure rules, then hands the pairs to the layer's shared
//! validation (lengths, character sets, linters, `req=`/`ex=`), exactly as the other entry points do.
//! [`to_dl_uri`] goes the other way for a given stem (GS1 Digital Link standard 1.4, section 4;
//! behaviour matched to GS1's Barcode Syntax Engine, including its corner cases).
//!
//! The key-qualifier structure is never hand-written: it comes from the `dlpkey=` attributes of the
//! generated AI table ([`super::ai_table`]).
//!
//! ```
//! use gs1_datamatrix::gs1::{Options, digital_link};
//! let es = digital_link::parse_dl_uri(
//!     "https://example.com/01/09506000134352/10/ABC%2F1?17=201225",
//!     &Options::default(),
//! )?;
//! assert_eq!(
//!     digital_link::to_dl_uri(&es, "https://id.gs1.org")?,
//!     "https://id.gs1.org/01/09506000134352/10/ABC%2F1?17=201225"
//! );
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use alloc::string::String;
use alloc::vec::Vec;
use core::cmp::Ordering;

use super::Options;
use super::ai::{AiEntry, Resolved, resolve_exact};
use super::element::{ElementString, RawElement};
use super::error::{AiCode, DlErrorKind, Gs1Error};
use super::validate::{MAX_AIS, MAX_DATA, check_value_length};

/// The canonical GS1 resolver stem, used when a caller has no stem of its own.
pub const CANONICAL_STEM: &str = "https://id.gs1.org";

/// The engine keeps at most this many bytes of a percent-decoded value (longer values are cut).
const MAX_AI_VALUE_LEN: usize = 90;

/// Longest qualifier list a `dlpkey=` alternative may have for subset enumeration (bounds the loop).
const MAX_QUALIFIERS: usize = 16;

/// The four scheme spellings the engine accepts; anything else is not a Digital Link URI.
const SCHEMES: [&str; 4] = ["https://", "HTTPS://", "http://", "HTTP://"];

/// Does `input` start like a GS1 Digital Link URI (`http://`, `https://`, `HTTP://`, `HTTPS://`)?
///
/// Mixed-case schemes (`Https://`) and other schemes are plain data for the engine, not URIs.
pub fn is_dl_uri(input: &str) -> bool {
    SCHEMES.iter().any(|s| input.starts_with(s))
}

/// Characters allowed anywhere in a URI (RFC 3986 unreserved + reserved, and `%`).
fn is_uri_char(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"-._~:/?#[]@!$&'()*+,;=%".contains(&b)
}

/// URI characters that may not appear in the domain part.
fn is_bad_domain_char(b: u8) -> bool {
    b"_~?#@!$&'()*+,;=%".contains(&b)
}

/// RFC 3986 unreserved characters: never percent-encoded on output.
fn is_unreserved(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~')
}

fn hex_value(b: u8) -> Option<u8> {
    // `to_digit(16)` accepts exactly 0-9, a-f, A-F and returns < 16.
    char::from(b)
        .to_digit(16)
        .and_then(|v| u8::try_from(v).ok())
}

/// Percent-decode one path segment or query value into `out` (cleared first).
///
/// Engine rules: `%hh` with two hex digits (either case) decodes; any other `%` stays literally;
/// in a query value `+` means space; at most [`MAX_AI_VALUE_LEN`] bytes are kept.
/// Returns `false` when a `%00` is met (a NUL may not be smuggled into a value).
fn percent_decode(src: &[u8], query: bool, out: &mut Vec<u8>) -> bool {
    out.clear();
    let mut rest = src;
    while let Some((&b, tail)) = rest.split_first() {
        if out.len() >= MAX_AI_VALUE_LEN {
            break;
        }
        let escaped = match (b, tail.first(), tail.get(1)) {
            (b'%', Some(&h), Some(&l)) => hex_value(h).zip(hex_value(l)),
            _ => None,
        };
        if let Some((h, l)) = escaped {
            let v = (h << 4) | l;
            if v == 0 {
                return false;
            }
            out.push(v);
            rest = tail.get(2..).unwrap_or(&[]);
            continue;
        }
        out.push(if query && b == b'+' { b' ' } else { b });
        rest = tail;
    }
    true
}

/// Percent-encode a value for a path segment or a query value, appending to `out`.
///
/// Everything but the unreserved characters is encoded as `%HH` (upper-case hex), including `+`
/// and `%`; in a query value a space becomes `+`.
fn percent_encode(value: &[u8], query: bool, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for &c in value {
        if is_unreserved(c) {
            out.push(char::from(c));
        } else if c == b' ' && query {
            out.push('+');
        } else {
            let hex = |n: u8| char::from(HEX.get(usize::from(n)).copied().unwrap_or(b'0'));
            out.push('%');
            out.push(hex(c >> 4));
            out.push(hex(c & 0x0f));
        }
    }
}

/// Left-pad a zero-suppressed GTIN-8/12/13 to GTIN-14.
fn pad_gtin14(value: &mut Vec<u8>) {
    if matches!(value.len(), 8 | 12 | 13) {
        let pad = 14usize.saturating_sub(value.len());
        value.splice(0..0, core::iter::repeat_n(b'0', pad));
    }
}

/// The canonical AI of an entry for key-qualifier matching; unknown AIs never match anything.
fn canonical(entry: &AiEntry) -> Option<&'static str> {
    if entry.is_unknown() {
        None
    } else {
        Some(entry.ai)
    }
}

/// Is `ai` a Digital Link primary key (has a `dlpkey` attribute)?
fn is_primary_key(entry: &AiEntry) -> bool {
    !entry.is_unknown() && entry.dl_pkey.is_some()
}

/// Is `seq` (key first, then qualifiers) a valid Digital Link path for the key?
///
/// Valid paths are the key alone, or the key followed by qualifiers taken in order from one
/// `dlpkey=` alternative (any may be left out, none reordered, alternatives not mixed).
fn is_valid_path_sequence(seq: &[Option<&str>]) -> bool {
    let Some((Some(key), quals)) = seq.split_first() else {
        return false;
    };
    let Some(alternatives) = lookup_known(key).and_then(|e| e.dl_pkey) else {
        return false;
    };
    if quals.is_empty() {
        return true;
    }
    alternatives.iter().any(|alt| {
        let mut allowed = alt.iter();
        quals
            .iter()
            .all(|q| q.is_some_and(|q| allowed.any(|a| *a == q)))
    })
}

fn lookup_known(ai: &str) -> Option<&'static AiEntry> {
    super::ai_table::lookup(ai)
}

/// One AI/value pair taken from a URI, before validation.
#[derive(Debug, Clone)]
struct DlPair<'a> {
    /// The AI as written in the URI.
    ai: &'a str,
    entry: &'static AiEntry,
    /// Percent-decoded value.
    value: Vec<u8>,
    /// Position in the path (0 = primary key), `None` for a query data attribute.
    path_pos: Option<u8>,
}

/// A URI split into its AI pairs and its ignored (non-AI) query parameters.
#[derive(Debug, Clone, Default)]
struct DlSplit<'a> {
    pairs: Vec<DlPair<'a>>,
    ignored: Vec<&'a str>,
}

fn dl_err(kind: DlErrorKind, ai: Option<&str>) -> Gs1Error {
    Gs1Error::DigitalLink {
        kind,
        ai: ai.map(AiCode::new),
    }
}

/// Knobs of the split that come from the caller's options.
#[derive(Debug, Clone, Copy)]
struct SplitOptions {
    permit_zero_suppressed_gtin: bool,
    max_ais: usize,
}

/// Split a URI into AI pairs, applying the engine's URI-level rules in the engine's order.
///
/// `check_value` is the layer's per-value length/content check, run on each pair as it is read
/// (so a bad value early in the path is reported before a structural problem later on).
fn split_uri<'a>(
    uri: &'a str,
    opts: SplitOptions,
    resolve: impl Fn(&[u8]) -> Resolved,
    mut check_value: impl FnMut(&str, &'static AiEntry, &[u8]) -> Result<(), Gs1Error>,
) -> Result<DlSplit<'a>, Gs1Error> {
    if !uri.bytes().all(is_uri_char) {
        return Err(dl_err(DlErrorKind::IllegalCharacters, None));
    }
    let rest = SCHEMES
        .iter()
        .find_map(|s| uri.strip_prefix(s))
        .ok_or(dl_err(DlErrorKind::IllegalScheme, None))?;
    // The domain runs to the first `/`; its characters are checked as it is scanned, so a bad
    // character is reported even when no path follows.
    let domain_len = rest.find('/').unwrap_or(rest.len());
    let (domain, mut path) = rest.split_at(domain_len);
    if domain.bytes().any(is_bad_domain_char) {
        return Err(dl_err(DlErrorKind::BadDomain, None));
    }
    if domain.is_empty() || path.is_empty() {
        return Err(dl_err(DlErrorKind::MissingDomainOrPath, None));
    }
    // The fragment ends the data; the query starts at the first `?` before it.
    if let Some(h) = path.find('#') {
        path = path.get(..h).unwrap_or("");
    }
    let mut query = "";
    if let Some(q) = path.find('?') {
        query = path.get(q.saturating_add(1)..).unwrap_or("");
        path = path.get(..q).unwrap_or("");
    }

    // Segments of the path info; the first is the empty text before the leading `/`.
    let segments: Vec<&str> = path.split('/').collect();
    let entry_of = |ai: &str| match resolve(ai.as_bytes()) {
        Resolved::Entry(e) => Some(e),
        _ => None,
    };

    // Walk back from the end over "/AI/value" pairs: the stem may hold anything, so the primary
    // key is the rightmost pair whose AI is a key, reached through known AIs only.
    let mut key_at = None;
    let mut value_at = segments.len().saturating_sub(1);
    while let Some(ai_at) = value_at.checked_sub(1).filter(|&a| a >= 1) {
        let Some(entry) = segments.get(ai_at).and_then(|ai| entry_of(ai)) else {
            break;
        };
        if is_primary_key(entry) {
            key_at = Some(ai_at);
            break;
        }
        value_at = ai_at.saturating_sub(1);
    }
    let key_at = key_at.ok_or(dl_err(DlErrorKind::NoKeyInPath, None))?;

    let mut out = DlSplit::default();
    let mut buf = Vec::new();
    // Forward from the key: the pairs are aligned so that the last segment is a value.
    for pair in segments.get(key_at..).unwrap_or(&[]).chunks_exact(2) {
        let (Some(&ai), Some(&raw)) = (pair.first(), pair.get(1)) else {
            break;
        };
        let entry = entry_of(ai).ok_or(dl_err(DlErrorKind::NoKeyInPath, None))?;
        if raw.is_empty() {
            return Err(dl_err(DlErrorKind::EmptyPathValue, Some(ai)));
        }
        if !percent_decode(raw.as_bytes(), false, &mut buf) {
            return Err(dl_err(DlErrorKind::NullInPath, Some(ai)));
        }
        if opts.permit_zero_suppressed_gtin && entry.ai == "01" {
            pad_gtin14(&mut buf);
        }
        check_value(ai, entry, &buf)?;
        if out.pairs.len().saturating_add(out.ignored.len()) >= opts.max_ais {
            return Err(Gs1Error::TooManyAis { max: opts.max_ais });
        }
        let path_pos = u8::try_from(out.pairs.len()).ok();
        out.pairs.push(DlPair {
            ai,
            entry,
            value: core::mem::take(&mut buf),
            path_pos,
        });
    }

    let mut params = query;
    while !params.is_empty() {
        params = params.trim_start_matches('&');
        let (param, tail) = params.split_at(params.find('&').unwrap_or(params.len()));
        params = tail;
        let Some((name, raw)) = param.split_once('=') else {
            push_ignored(&mut out, param, opts.max_ais)?;
            continue;
        };
        // A numeric name must be an AI; anything else is somebody else's parameter.
        if !name.bytes().all(|b| b.is_ascii_digit()) {
            push_ignored(&mut out, param, opts.max_ais)?;
            continue;
        }
        let entry = entry_of(name).ok_or(dl_err(DlErrorKind::UnknownQueryAi, Some(name)))?;
        if raw.is_empty() {
            return Err(dl_err(DlErrorKind::EmptyQueryValue, Some(name)));
        }
        if !percent_decode(raw.as_bytes(), true, &mut buf) {
            return Err(dl_err(DlErrorKind::NullInQuery, Some(name)));
        }
        if entry.ai == "01" {
            pad_gtin14(&mut buf);
        }
        check_value(name, entry, &buf)?;
        if out.pairs.len().saturating_add(out.ignored.len()) >= opts.max_ais {
            return Err(Gs1Error::TooManyAis { max: opts.max_ais });
        }
        out.pairs.push(DlPair {
            ai: name,
            entry,
            value: core::mem::take(&mut buf),
            path_pos: None,
        });
    }
    Ok(out)
}

fn push_ignored<'a>(out: &mut DlSplit<'a>, param: &'a str, max_ais: usize) -> Result<(), Gs1Error> {
    if out.pairs.len().saturating_add(out.ignored.len()) >= max_ais {
        return Err(Gs1Error::TooManyAis { max: max_ais });
    }
    out.ignored.push(param);
    Ok(())
}

/// The Digital Link structure rules that need the whole URI: a valid key-qualifier path, and query
/// attributes that are permitted, not repeated, and not qualifiers that belong in the path.
fn check_structure(split: &DlSplit<'_>, check_unknown_attr: bool) -> Result<(), Gs1Error> {
    let path: Vec<Option<&str>> = split
        .pairs
        .iter()
        .filter(|p| p.path_pos.is_some())
        .map(|p| canonical(p.entry))
        .collect();
    if !is_valid_path_sequence(&path) {
        return Err(dl_err(DlErrorKind::BadKeyQualifierSequence, None));
    }
    // No AI twice anywhere in the URI; like the engine, look in AI order and name the first.
    let mut sorted: Vec<&DlPair<'_>> = split.pairs.iter().collect();
    sorted.sort_by(|a, b| a.ai.cmp(b.ai));
    if let Some(dup) = sorted.windows(2).find_map(|w| match w {
        [a, b] if a.ai == b.ai => Some(a.ai),
        _ => None,
    }) {
        return Err(dl_err(DlErrorKind::DuplicateAi, Some(dup)));
    }
    // Query attributes, also in AI order: permitted, and not a qualifier that fits the path.
    let mut trial: Vec<Option<&str>> = Vec::with_capacity(path.len().saturating_add(1));
    for pair in sorted.iter().filter(|p| p.path_pos.is_none()) {
        if !is_permitted_attribute(pair.entry, check_unknown_attr) {
            return Err(dl_err(DlErrorKind::NotDataAttribute, Some(pair.ai)));
        }
        for at in 1..=path.len() {
            trial.clear();
            trial.extend_from_slice(path.get(..at).unwrap_or(&[]));
            trial.push(canonical(pair.entry));
            trial.extend_from_slice(path.get(at..).unwrap_or(&[]));
            if is_valid_path_sequence(&trial) {
                return Err(dl_err(DlErrorKind::QualifierInQuery, Some(pair.ai)));
            }
        }
    }
    Ok(())
}

/// May this AI be a query data attribute? (`?` flag; unknown AIs only when the check is off.)
fn is_permitted_attribute(entry: &AiEntry, check_unknown_attr: bool) -> bool {
    if entry.is_unknown() {
        !check_unknown_attr
    } else {
        entry.dl_data_attr
    }
}

/// A Digital Link URI read into elements, with the query parameters that were not AIs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DlParsed {
    /// The AIs: primary key and qualifiers in path order, then the query's data attributes.
    pub elements: ElementString,
    /// Query parameters that are not AIs (e.g. `linkType=gs1:pip`), verbatim and undecoded, in URI
    /// order; a parameter without `=` (also an empty one from `?&`) is listed as given.
    pub ignored_query_params: Vec<String>,
}

/// Read a GS1 Digital Link URI into its element string.
///
/// Any stem is accepted (`https://example.com/some/path/01/…`); the primary key is the rightmost
/// `/AI/value` pair whose AI is a Digital Link key. Key qualifiers must be in the path in the
/// dictionary's order, data attributes (`?`-flagged AIs) in the query; query parameters that are
/// not numeric are ignored. Values are percent-decoded (`+` is a space in the query; an invalid
/// `%` sequence stays literal; `%00` is refused). Every value then goes through the same validation
/// as bracketed input.
///
/// ```
/// use gs1_datamatrix::gs1::{Options, digital_link::parse_dl_uri};
/// let es = parse_dl_uri("https://brand.example/p/01/09506000134352/21/A%2FB?17=261231", &Options::default())?;
/// assert_eq!(es.to_bracketed(), "(01)09506000134352(21)A/B(17)261231");
/// # Ok::<(), gs1_datamatrix::gs1::Gs1Error>(())
/// ```
///
/// # Errors
/// [`Gs1Error::DigitalLink`] for the URI structure rules (with the AI where one is concerned),
/// [`Gs1Error::DataTooLong`], [`Gs1Error::TooManyAis`], and any value or message rule of the
/// shared validation ([`Gs1Error::Lint`] with the offset inside the decoded value, ...).
pub fn parse_dl_uri(uri: &str, opts: &Options) -> Result<ElementString, Gs1Error> {
    parse_dl_uri_with_ignored(uri, opts).map(|p| p.elements)
}

/// [`parse_dl_uri`], also returning the ignored (non-AI) query parameters.
///
/// # Errors
/// As [`parse_dl_uri`].
pub fn parse_dl_uri_with_ignored(uri: &str, opts: &Options) -> Result<DlParsed, Gs1Error> {
    if uri.len() > MAX_DATA {
        return Err(Gs1Error::DataTooLong {
            len: uri.len(),
            max: MAX_DATA,
        });
    }
    let split_opts = SplitOptions {
        permit_zero_suppressed_gtin: opts.permit_zero_suppressed_gtin_in_dl_uris,
        max_ais: MAX_AIS,
    };
    let split = split_uri(
        uri,
        split_opts,
        |ai| resolve_exact(ai, opts),
        check_value_length,
    )?;
    check_structure(&split, opts.validate_unknown_ai_not_dl_attr)?;
    let raw: Vec<RawElement<'_>> = split
        .pairs
        .iter()
        .map(|p| RawElement {
            ai: p.ai,
            entry: p.entry,
            value: &p.value,
            dl_path_order: p.path_pos,
        })
        .collect();
    let elements = ElementString::from_resolved(&raw, opts)?;
    let ignored_query_params = split.ignored.iter().map(|s| String::from(*s)).collect();
    Ok(DlParsed {
        elements,
        ignored_query_params,
    })
}

/// Write the GS1 Digital Link URI of an element string for `stem` (e.g. [`CANONICAL_STEM`]), with
/// the default [`Options`].
///
/// The first AI that is a Digital Link primary key and its qualifiers go into the path (the longest
/// qualifier path of the dictionary whose AIs are all present; an element string read from a URI
/// keeps that URI's path); the other AIs become query parameters, fixed-length AIs first, then
/// variable-length ones, each in element order. Values are percent-encoded (all but
/// `A-Z a-z 0-9 - . _ ~`). A trailing `/` of the stem is dropped.
///
/// ```
/// use gs1_datamatrix::gs1::{ElementString, Options, digital_link::to_dl_uri};
/// let es = ElementString::parse_bracketed("(17)261231(10)AB/1(01)09506000134352", &Options::default())?;
/// assert_eq!(
///     to_dl_uri(&es, "https://example.com/")?,
///     "https://example.com/01/09506000134352/10/AB%2F1?17=261231"
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// [`DlUriError::NoPrimaryKey`] when no AI is a key; [`DlUriError::NotDataAttribute`] when an AI
/// left for the query is not a permitted data attribute.
pub fn to_dl_uri(es: &ElementString, stem: &str) -> Result<String, DlUriError> {
    to_dl_uri_with(es, stem, &Options::default())
}

/// [`to_dl_uri`] under explicit options: with `validate_unknown_ai_not_dl_attr` off, unknown AIs
/// (permitted by `permit_unknown_ais`) may be written as query parameters.
///
/// # Errors
/// As [`to_dl_uri`].
pub fn to_dl_uri_with(
    es: &ElementString,
    stem: &str,
    opts: &Options,
) -> Result<String, DlUriError> {
    let elements: Vec<UriElement<'_>> = es
        .elements()
        .map(|e| UriElement {
            ai: e.ai,
            entry: e.entry,
            value: e.value.as_bytes(),
            path_pos: e.dl_path_order,
        })
        .collect();
    build_uri(&elements, stem, opts.validate_unknown_ai_not_dl_attr)
}

/// Why no Digital Link URI can be made from an element string (the engine's `dl_err`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DlUriError {
    /// None of the AIs is a Digital Link primary key (GTIN, SSCC, GLN, ...).
    #[error("Cannot create a DL URI without a primary key AI")]
    NoPrimaryKey,
    /// An AI that must go into the query is not permitted as a Digital Link data attribute.
    #[error("AI ({ai}) is not a valid DL URI data attribute")]
    NotDataAttribute {
        /// The AI.
        ai: AiCode,
    },
}

/// What URI generation needs to know about one element.
#[derive(Debug, Clone, Copy)]
struct UriElement<'e> {
    ai: &'e str,
    entry: &'static AiEntry,
    value: &'e [u8],
    /// Path position remembered from a parsed URI (`None` for other inputs).
    path_pos: Option<u8>,
}

/// A candidate path: one `dlpkey=` alternative and the subset (bit mask) of its qualifiers used.
#[derive(Debug, Clone, Copy)]
struct Candidate<'t> {
    quals: &'t [&'t str],
    mask: u32,
}

impl<'t> Candidate<'t> {
    fn qualifiers(self) -> impl Iterator<Item = &'t str> + Clone {
        self.quals
            .iter()
            .take(MAX_QUALIFIERS)
            .enumerate()
            .filter(move |(i, _)| self.mask & (1 << i) != 0)
            .map(|(_, q)| *q)
    }

    /// Compare as the engine's sorted table of space-joined sequences does ("01 10" < "01 235").
    fn cmp_text(self, other: Self) -> Ordering {
        let text = |c: Self| {
            c.qualifiers()
                .flat_map(|q| core::iter::once(b' ').chain(q.bytes()))
        };
        text(self).cmp(text(other))
    }
}

/// Build the URI: the primary key and qualifiers in the path, the other attributes in the query
/// (fixed-length AIs first, then variable-length ones, each in element order).
///
/// Elements read from a URI keep the path they came with. Otherwise the key is the first element
/// that is a primary key, and the qualifier path is the longest `dlpkey=` subsequence whose AIs are
/// all present; ties go to the first in the engine's text order ("01 10" before "01 235").
fn build_uri(
    elements: &[UriElement<'_>],
    stem: &str,
    check_unknown_attr: bool,
) -> Result<String, DlUriError> {
    let mut path: Vec<&UriElement<'_>> = Vec::new();
    let remembered = elements.iter().filter_map(|e| e.path_pos).max();
    if let Some(last) = remembered {
        for pos in 0..=last {
            if let Some(e) = elements.iter().rev().find(|e| e.path_pos == Some(pos)) {
                path.push(e);
            }
        }
    } else {
        let key = elements
            .iter()
            .find(|e| is_primary_key(e.entry))
            .ok_or(DlUriError::NoPrimaryKey)?;
        let present = |ai: &str| elements.iter().find(|e| e.ai == ai);
        let mut best: Option<(usize, Candidate<'_>)> = None;
        for quals in key.entry.dl_pkey.unwrap_or(&[]) {
            let n = quals.len().min(MAX_QUALIFIERS);
            for mask in 1..(1u32 << n) {
                let cand = Candidate { quals, mask };
                if !cand.qualifiers().all(|q| present(q).is_some()) {
                    continue;
                }
                let len = cand.qualifiers().count();
                let better = match best {
                    None => true,
                    Some((b, bc)) => len > b || (len == b && cand.cmp_text(bc) == Ordering::Less),
                };
                if better {
                    best = Some((len, cand));
                }
            }
        }
        path.push(key);
        if let Some((_, cand)) = best {
            path.extend(cand.qualifiers().filter_map(present));
        }
    }

    let values: usize = elements
        .iter()
        .map(|e| {
            e.ai.len()
                .saturating_add(e.value.len().saturating_mul(3))
                .saturating_add(2)
        })
        .fold(0, usize::saturating_add);
    let mut uri = String::with_capacity(stem.len().saturating_add(values).saturating_add(1));
    uri.push_str(stem.strip_suffix('/').unwrap_or(stem));
    let mut emitted: Vec<&str> = Vec::with_capacity(elements.len());
    for e in &path {
        uri.push('/');
        uri.push_str(e.ai);
        uri.push('/');
        percent_encode(e.value, false, &mut uri);
        emitted.push(e.ai);
    }
    uri.push('?');
    for fixed_pass in [true, false] {
        for e in elements {
            if e.path_pos.is_some()
                || e.entry.fnc1_required == fixed_pass
                || emitted.contains(&e.ai)
            {
                continue;
            }
            if !is_permitted_attribute(e.entry, check_unknown_attr) {
                return Err(DlUriError::NotDataAttribute {
                    ai: AiCode::new(e.ai),
                });
            }
            uri.push_str(e.ai);
            uri.push('=');
            percent_encode(e.value, true, &mut uri);
            uri.push('&');
            emitted.push(e.ai);
        }
    }
    uri.pop(); // the trailing '?' or '&'
    Ok(uri)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode(s: &str, query: bool) -> Option<Vec<u8>> {
        let mut out = Vec::new();
        percent_decode(s.as_bytes(), query, &mut out).then_some(out)
    }

    #[test]
    fn percent_decoding_follows_engine_rules() {
        assert_eq!(decode("A%2fB%2F", false).unwrap(), b"A/B/");
        assert_eq!(decode("A%G1", false).unwrap(), b"A%G1");
        assert_eq!(decode("AB%2", false).unwrap(), b"AB%2");
        assert_eq!(decode("AB%", false).unwrap(), b"AB%");
        assert_eq!(decode("A+B", false).unwrap(), b"A+B");
        assert_eq!(decode("A+B", true).unwrap(), b"A B");
        assert_eq!(decode("%ff", true).unwrap(), [0xff]);
        assert!(decode("A%00B", false).is_none());
        assert_eq!(
            decode(&"a".repeat(200), false).unwrap().len(),
            MAX_AI_VALUE_LEN
        );
    }

    #[test]
    fn percent_encoding_keeps_only_unreserved() {
        let mut s = String::new();
        percent_encode(b"aZ09-._~!\"#%&'()*+,/:;<=>?", false, &mut s);
        assert_eq!(
            s,
            "aZ09-._~%21%22%23%25%26%27%28%29%2A%2B%2C%2F%3A%3B%3C%3D%3E%3F"
        );
        s.clear();
        percent_encode(b"A B", true, &mut s);
        assert_eq!(s, "A+B");
        s.clear();
        percent_encode(b"A B", false, &mut s);
        assert_eq!(s, "A%20B");
    }

    fn kind(uri: &str) -> (DlErrorKind, Option<String>) {
        match parse_dl_uri(uri, &Options::default()) {
            Err(Gs1Error::DigitalLink { kind, ai }) => (kind, ai.map(|a| String::from(a.as_str()))),
            other => panic!("{uri}: expected a Digital Link error, got {other:?}"),
        }
    }

    const GTIN: &str = "09506000134352";

    #[test]
    fn uri_level_rules() {
        use DlErrorKind::*;
        assert_eq!(
            kind("https://id.gs1.org/01/0950600013435 2").0,
            IllegalCharacters
        );
        assert_eq!(kind("https://exa_mple.com").0, BadDomain);
        assert_eq!(kind("https://example.com").0, MissingDomainOrPath);
        assert_eq!(kind("https:///01/09506000134352").0, MissingDomainOrPath);
        assert_eq!(kind("https://id.gs1.org/01/09506000134352/").0, NoKeyInPath);
        assert_eq!(
            kind("https://id.gs1.org/gtin/09506000134352").0,
            NoKeyInPath
        );
        assert_eq!(
            kind("https://id.gs1.org/01/09506000134352/10/").0,
            EmptyPathValue
        );
        assert_eq!(
            kind("https://id.gs1.org/01/09506000134352/10/A%00").0,
            NullInPath
        );
        assert_eq!(
            kind("https://id.gs1.org/01/09506000134352?17=").0,
            EmptyQueryValue
        );
        assert_eq!(
            kind("https://id.gs1.org/01/09506000134352?99=%00").0,
            NullInQuery
        );
        assert_eq!(
            kind("https://id.gs1.org/01/09506000134352?23=A"),
            (UnknownQueryAi, Some("23".into()))
        );
        assert_eq!(
            kind("https://id.gs1.org/01/09506000134352/21/S/10/L").0,
            BadKeyQualifierSequence
        );
        assert_eq!(
            kind("https://id.gs1.org/01/09506000134352?10=L"),
            (QualifierInQuery, Some("10".into()))
        );
    }

    #[test]
    fn query_problems_are_reported_in_ai_order() {
        use DlErrorKind::*;
        // Duplicates are looked for first, over the whole URI.
        let uri = "https://id.gs1.org/01/09506000134352?21=S&17=261231&17=261231";
        assert_eq!(kind(uri), (DuplicateAi, Some("17".into())));
        let uri = "https://id.gs1.org/01/09506000134352/10/L?10=L";
        assert_eq!(kind(uri), (DuplicateAi, Some("10".into())));
        // Then each query AI in AI order: (21) before (7040) whatever the URI order.
        let uri = "https://id.gs1.org/01/09506000134352?7040=1AB2&21=S";
        assert_eq!(kind(uri), (NotDataAttribute, Some("21".into())));
    }

    #[test]
    fn accepted_forms_and_ignored_parameters() {
        let opts = Options::default();
        for uri in [
            "HTTPS://ID.GS1.ORG/01/09506000134352",
            "http://example.com:8080/a/b/01/09506000134352#frag",
            "https://example.com/01/09506000134352?",
            "https://example.com/00/faux/01/09506000134352",
        ] {
            let es = parse_dl_uri(uri, &opts).unwrap_or_else(|e| panic!("{uri}: {e}"));
            assert_eq!(es.get("01"), Some(GTIN), "{uri}");
            assert_eq!(es.len(), 1, "{uri}");
        }
        let p = parse_dl_uri_with_ignored(
            "https://example.com/01/09506000134352?&linkType=gs1:pip&17=261231&flag&&",
            &opts,
        )
        .unwrap();
        assert_eq!(p.ignored_query_params, ["linkType=gs1:pip", "flag", ""]);
        assert_eq!(p.elements.get("17"), Some("261231"));
        // '+' is a space only in the query; an invalid escape stays literal.
        let es = parse_dl_uri("https://example.com/01/09506000134352/10/A+B%G1", &opts).unwrap();
        assert_eq!(es.get("10"), Some("A+B%G1"));
        // Zero-suppressed GTINs only with the option.
        let short = "https://example.com/01/9506000134352";
        assert!(parse_dl_uri(short, &opts).is_err());
        let zs = Options {
            permit_zero_suppressed_gtin_in_dl_uris: true,
            ..opts
        };
        assert_eq!(parse_dl_uri(short, &zs).unwrap().get("01"), Some(GTIN));
    }

    #[test]
    fn output_path_choice_and_query_order() {
        let opts = Options::default();
        let bracketed = |s: &str| ElementString::parse_bracketed(s, &opts).unwrap();
        // Qualifiers go to the path in dictionary order, whatever the element order.
        let es = bracketed("(21)S(10)L(01)09506000134352(22)C");
        assert_eq!(
            to_dl_uri(&es, "https://x.org/").unwrap(),
            "https://x.org/01/09506000134352/22/C/10/L/21/S"
        );
        // Fixed-length attributes before variable-length ones, each in element order.
        let es = bracketed("(01)09506000134352(30)5(3103)000123(17)261231");
        assert_eq!(
            to_dl_uri(&es, CANONICAL_STEM).unwrap(),
            "https://id.gs1.org/01/09506000134352?3103=000123&17=261231&30=5"
        );
        // Equally long paths: "01 22" sorts before "01 235", so (235) is left for the query.
        let es = bracketed("(01)09506000134352(235)T(22)C");
        assert_eq!(
            to_dl_uri(&es, CANONICAL_STEM),
            Err(DlUriError::NotDataAttribute {
                ai: AiCode::new("235")
            })
        );
        let es = bracketed("(400)ORDER1(90)INTERNAL");
        assert_eq!(
            to_dl_uri(&es, CANONICAL_STEM),
            Err(DlUriError::NoPrimaryKey)
        );
        // A parsed URI keeps its own path.
        let es = parse_dl_uri("https://a.b/01/09506000134352/235/T?10=L", &opts).unwrap();
        assert_eq!(
            to_dl_uri(&es, "https://c.d").unwrap(),
            "https://c.d/01/09506000134352/235/T?10=L"
        );
    }

    #[test]
    fn path_sequences_come_from_dlpkey_attributes() {
        let ok =
            |s: &[&str]| is_valid_path_sequence(&s.iter().map(|a| Some(*a)).collect::<Vec<_>>());
        assert!(ok(&["01"]));
        assert!(ok(&["01", "22", "10", "21"]));
        assert!(ok(&["01", "10", "21"]));
        assert!(ok(&["01", "235"]));
        assert!(!ok(&["01", "21", "10"]));
        assert!(!ok(&["01", "10", "235"]));
        assert!(!ok(&["01", "10", "10"]));
        assert!(ok(&["414", "254"]));
        assert!(ok(&["414", "7040"]));
        assert!(!ok(&["414", "254", "7040"]));
        assert!(ok(&["00"]));
        assert!(!ok(&["00", "10"]));
        assert!(!ok(&["10"]));
        assert!(!ok(&[]));
    }
}
