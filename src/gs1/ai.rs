//! AI table types and lookups: what the dictionary says about one Application Identifier.
//!
//! The data itself is generated into [`super::ai_table`]; this file holds the types and the lookups
//! (exact AI, and "which AI starts this unbracketed data", by AI number through a dense index).

use super::Options;
use super::lint::Linter;

/// Character set of a component (GS1 General Specifications 7.11).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Cset {
    /// `N`: digits 0-9.
    N,
    /// `X`: GS1 AI encodable character set 82.
    X,
    /// `Y`: GS1 AI encodable character set 39.
    Y,
    /// `Z`: base64url (character set 64) with `=` padding.
    Z,
}

/// One component of an AI value (a fixed or variable length run with its own checks).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Component {
    /// Character set.
    pub cset: Cset,
    /// Minimum length (equal to `max` for fixed-length components).
    pub min: u8,
    /// Maximum length.
    pub max: u8,
    /// Optional component (`[...]` in the dictionary).
    pub optional: bool,
    /// Linters run after the character-set check, in order.
    pub linters: &'static [Linter],
}

/// One `req=` attribute: at least one of the groups must be wholly present.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReqRule {
    /// The attribute value as written in the dictionary, e.g. `01+21,03+21`.
    pub text: &'static str,
    /// Alternatives; each group lists AI patterns (`31nn`) that must all be present.
    pub groups: &'static [&'static [&'static str]],
}

/// Everything the dictionary says about one AI.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AiEntry {
    /// The AI digits, e.g. `"01"`; empty for the pseudo entries of unknown AIs.
    pub ai: &'static str,
    /// A variable-length AI: FNC1 (GS) must separate its value from a following AI (no `*` flag).
    pub fnc1_required: bool,
    /// Permitted as a GS1 Digital Link data attribute (`?` flag).
    pub dl_data_attr: bool,
    /// Value components in order.
    pub components: &'static [Component],
    /// Sum of the minimum lengths of the mandatory components.
    pub min_len: u8,
    /// Sum of the maximum lengths of all components.
    pub max_len: u8,
    /// `req=` attributes (each must be satisfied).
    pub req: &'static [ReqRule],
    /// `ex=` patterns: AIs that must not appear together with this one.
    pub ex: &'static [&'static str],
    /// `dlpkey`: `None` when not a Digital Link primary key; otherwise the alternative qualifier paths.
    pub dl_pkey: Option<&'static [&'static [&'static str]]>,
    /// Title from the dictionary.
    pub title: &'static str,
}

impl AiEntry {
    /// True for the pseudo entry of an unknown AI accepted with [`Options::permit_unknown_ais`].
    pub fn is_unknown(&self) -> bool {
        self.ai.is_empty()
    }
}

// SAFETY-ish reason: `ai[i]` has i < len <= 4, and `n` stays <= 9999 (four decimal digits), so the
// key is < 1100 + 10000 = INDEX_LEN. Also used at run time on input, hence the length check first.
#[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]
const fn key_of(ai: &[u8]) -> Option<usize> {
    let len = ai.len();
    if len < 2 || len > 4 {
        return None;
    }
    let mut n = 0usize;
    let mut i = 0;
    while i < len {
        let d = ai[i];
        if !d.is_ascii_digit() {
            return None;
        }
        n = n * 10 + (d - b'0') as usize;
        i += 1;
    }
    Some(match len {
        2 => n,
        3 => 100 + n,
        _ => 1100 + n,
    })
}

const INDEX_LEN: usize = 11_100;

// SAFETY-ish reason: evaluated at compile time over the generated table; an out-of-range index or
// overflow here fails the build instead of panicking at run time.
#[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]
const fn build_index(entries: &[AiEntry]) -> [u16; INDEX_LEN] {
    let mut idx = [0u16; INDEX_LEN];
    let mut i = 0;
    while i < entries.len() {
        if let Some(k) = key_of(entries[i].ai.as_bytes()) {
            idx[k] = (i + 1) as u16;
        }
        i += 1;
    }
    idx
}

// SAFETY-ish reason: evaluated at compile time over the generated table; an out-of-range index or
// overflow here fails the build instead of panicking at run time.
#[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]
const fn build_prefix_len(entries: &[AiEntry]) -> [u8; 100] {
    let mut t = [0u8; 100];
    let mut i = 0;
    while i < entries.len() {
        let b = entries[i].ai.as_bytes();
        let p = ((b[0] - b'0') * 10 + (b[1] - b'0')) as usize;
        t[p] = b.len() as u8;
        i += 1;
    }
    t
}

static INDEX: [u16; INDEX_LEN] = build_index(&super::ai_table::ENTRY_LIST);
static PREFIX_LEN: [u8; 100] = build_prefix_len(&super::ai_table::ENTRY_LIST);

/// The table entry of an AI given exactly (`"01"`, `"3103"`), or `None` if the dictionary lacks it.
///
/// ```
/// use gs1_datamatrix::gs1::ai_table;
/// let e = ai_table::lookup("17").unwrap();
/// assert!(!e.fnc1_required);
/// assert!(ai_table::lookup("23").is_none());
/// ```
pub fn lookup(ai: &str) -> Option<&'static AiEntry> {
    lookup_bytes(ai.as_bytes())
}

/// [`lookup`] on raw bytes (no UTF-8 check needed: AIs are ASCII digits).
pub(crate) fn lookup_bytes(ai: &[u8]) -> Option<&'static AiEntry> {
    let k = key_of(ai)?;
    let i = *INDEX.get(k)?;
    if i == 0 {
        return None;
    }
    super::ai_table::ENTRIES.get(usize::from(i).checked_sub(1)?)
}

/// AI length (2, 3 or 4) shared by every known AI starting with the two digits of `data`, if any.
///
/// The GS1 General Specifications keep AI length a function of the first two digits; this is how an
/// unbracketed message is split without brackets.
pub fn ai_length_by_prefix(data: &[u8]) -> Option<usize> {
    match PREFIX_LEN.get(two_digit_prefix(data)?) {
        Some(&0) | None => None,
        Some(&n) => Some(usize::from(n)),
    }
}

/// The known AI that starts unbracketed `data` (`"0109506…"` gives the entry of `01`).
pub fn lookup_prefix(data: &[u8]) -> Option<&'static AiEntry> {
    let n = ai_length_by_prefix(data)?;
    let ai = core::str::from_utf8(data.get(..n)?).ok()?;
    lookup(ai)
}

/// Value length of AIs starting with two digits that are predefined as fixed length (GS1 General
/// Specifications figure 7.8.5-2); `0` = variable length.
/// The number 0..=99 that the first two bytes of `data` spell, if both are ASCII digits.
fn two_digit_prefix(data: &[u8]) -> Option<usize> {
    let a = char::from(*data.first()?).to_digit(10)?;
    let b = char::from(*data.get(1)?).to_digit(10)?;
    usize::try_from(a.checked_mul(10)?.checked_add(b)?).ok()
}

// SAFETY-ish reason: evaluated at compile time; an out-of-range index fails the build.
#[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]
const FIXED_PREFIX_VALUE_LEN: [u8; 100] = {
    let mut t = [0u8; 100];
    t[0] = 18;
    t[1] = 14;
    t[2] = 14;
    t[3] = 14;
    t[4] = 16;
    let mut i = 11;
    while i <= 19 {
        t[i] = 6;
        i += 1;
    }
    t[20] = 2;
    let mut i = 31;
    while i <= 36 {
        t[i] = 6;
        i += 1;
    }
    t[41] = 13;
    t
};

const fn unknown(ai: &'static str, fixed: u8) -> AiEntry {
    const X_ANY: &[Component] = &[Component {
        cset: Cset::X,
        min: 1,
        max: 90,
        optional: false,
        linters: &[],
    }];
    const X_2: &[Component] = &[Component {
        cset: Cset::X,
        min: 2,
        max: 2,
        optional: false,
        linters: &[],
    }];
    const X_6: &[Component] = &[Component {
        cset: Cset::X,
        min: 6,
        max: 6,
        optional: false,
        linters: &[],
    }];
    const X_13: &[Component] = &[Component {
        cset: Cset::X,
        min: 13,
        max: 13,
        optional: false,
        linters: &[],
    }];
    const X_14: &[Component] = &[Component {
        cset: Cset::X,
        min: 14,
        max: 14,
        optional: false,
        linters: &[],
    }];
    const X_16: &[Component] = &[Component {
        cset: Cset::X,
        min: 16,
        max: 16,
        optional: false,
        linters: &[],
    }];
    const X_18: &[Component] = &[Component {
        cset: Cset::X,
        min: 18,
        max: 18,
        optional: false,
        linters: &[],
    }];
    let components = match fixed {
        2 => X_2,
        6 => X_6,
        13 => X_13,
        14 => X_14,
        16 => X_16,
        18 => X_18,
        _ => X_ANY,
    };
    let (min, max) = if fixed == 0 { (1, 90) } else { (fixed, fixed) };
    AiEntry {
        ai,
        fnc1_required: fixed == 0,
        dl_data_attr: false,
        components,
        min_len: min,
        max_len: max,
        req: &[],
        ex: &[],
        dl_pkey: None,
        title: "UNKNOWN",
    }
}

/// Pseudo entries for unknown AIs (the engine "vivifies" them with `permit_unknown_ais`).
static UNKNOWN_ANY: AiEntry = unknown("", 0);
static UNKNOWN_VL: AiEntry = unknown("", 0);
static UNKNOWN_2: AiEntry = unknown("", 2);
static UNKNOWN_6: AiEntry = unknown("", 6);
static UNKNOWN_13: AiEntry = unknown("", 13);
static UNKNOWN_14: AiEntry = unknown("", 14);
static UNKNOWN_16: AiEntry = unknown("", 16);
static UNKNOWN_18: AiEntry = unknown("", 18);

/// Outcome of resolving an AI against the table and the options.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Resolved {
    /// A known AI (or an unknown one accepted by the options) with its entry.
    Entry(&'static AiEntry),
    /// Not acceptable.
    None,
}

/// Is a known AI a prefix of `candidate`, or `candidate` a prefix of a known AI?
fn conflicts_with_known(candidate: &[u8]) -> bool {
    super::ai_table::ENTRIES.iter().any(|e| {
        let k = e.ai.as_bytes();
        candidate.starts_with(k) || k.starts_with(candidate)
    })
}

/// Resolve an AI given with its exact length (bracketed input, DL path/query keys).
pub(crate) fn resolve_exact(ai: &[u8], opts: &Options) -> Resolved {
    if ai.len() < 2 || ai.len() > 4 || !ai.iter().all(u8::is_ascii_digit) {
        return Resolved::None;
    }
    if let Some(e) = lookup_bytes(ai) {
        return Resolved::Entry(e);
    }
    // A known AI with the same two-digit prefix fixes the length.
    if let Some(n) = ai_length_by_prefix(ai)
        && n != ai.len()
    {
        return Resolved::None;
    }
    if conflicts_with_known(ai) || !opts.permit_unknown_ais {
        return Resolved::None;
    }
    Resolved::Entry(unknown_entry(ai))
}

/// Resolve the AI at the start of unbracketed data: the entry and the AI length.
pub(crate) fn resolve_prefix(data: &[u8], opts: &Options) -> Option<(&'static AiEntry, usize)> {
    let n = ai_length_by_prefix(data)?;
    let ai = data.get(..n)?;
    if !ai.iter().all(u8::is_ascii_digit) {
        return None;
    }
    if let Some(e) = lookup_bytes(ai) {
        return Some((e, n));
    }
    if !opts.permit_unknown_ais || conflicts_with_known(ai) {
        return None;
    }
    Some((unknown_entry(ai), n))
}

fn unknown_entry(ai: &[u8]) -> &'static AiEntry {
    let fixed = match two_digit_prefix(ai) {
        Some(p) => FIXED_PREFIX_VALUE_LEN.get(p).copied().unwrap_or(0),
        None => 0,
    };
    let by_prefix = ai_length_by_prefix(ai);
    match (by_prefix, fixed) {
        (Some(2), 2) => &UNKNOWN_2,
        (Some(2), 14) => &UNKNOWN_14,
        (Some(2), 16) => &UNKNOWN_16,
        (Some(2), 18) => &UNKNOWN_18,
        (Some(3), 13) => &UNKNOWN_13,
        (Some(4), 6) => &UNKNOWN_6,
        (Some(_), _) => &UNKNOWN_VL,
        (None, _) => &UNKNOWN_ANY,
    }
}
