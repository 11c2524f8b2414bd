//! Scan-data normaliser: turns what real scanners send into GS1 element strings, listing the best
//! valid readings when separators are missing, ranked, never a silent guess.
//!
//! Sits in front of [`crate::gs1`] on the verify side: a keyboard-wedge scanner types `]d2`-less text,
//! replaces GS by `|`, `~`, `<GS>`, `{GS}`, `^]`, `\x1d` written out, or drops it; this module undoes
//! that and asks the GS1 layer (dictionary lengths, formats, check digits, dates, linters,
//! message-level rules) and optionally a market [`Profile`] which readings are possible.
//!
//! ```
//! use gs1_datamatrix::normalize::{normalize, NormalizeOptions};
//! let opts = NormalizeOptions::default();
//! // GS written as "<GS>": one reading.
//! let n = normalize("]d20109506000134352<GS>10ABC<GS>21SN42", None, &opts)?;
//! assert_eq!(n.unique().map(|c| c.ai_str()), Some("(01)09506000134352(10)ABC(21)SN42".into()));
//! // GS dropped: (10) may end before "21" or swallow it; both readings are listed.
//! let n = normalize("01095060001343521726123110ABC21SN42", None, &opts)?;
//! assert!(n.unique().is_none() && n.candidates.len() == 2);
//! # Ok::<(), gs1_datamatrix::normalize::NormalizeError>(())
//! ```
//!
//! # Steps
//! 1. Trim surrounding whitespace (spaces, tabs, CR, LF).
//! 2. Input that starts with `(` is bracketed text, `http(s)://` (or `]d1`/`]Q1` + URI) a Digital Link
//!    URI: parsed as such, one candidate at most.
//! 3. Strip an AIM symbology identifier (`]` + letter + digit: `]d2`, `]C1`, `]Q3`, `]e0`, ...).
//! 4. Separators: the texts `<GS>`, `{GS}`, `[GS]`, `<FNC1>`, `{FNC1}`, `[FNC1]`, `\x1d`, `\u001d`,
//!    `\035` (any letter case), and every ASCII byte outside GS1 character set 82 (GS itself, `|`, `~`,
//!    `^`, `]`, `{`, `}`, `#`, `@`, `\`, space, controls ...) become one separator; runs collapse,
//!    leading and trailing ones are dropped. `<GS>` is the one text made only of CSET 82 characters:
//!    if reading it as a separator gives nothing, it is read again as data. Non-ASCII input has no
//!    reading (a keyboard-layout mapping is not guessed).
//! 5. Split into elements: at each position the AI is fixed by its first two digits (GS1 General
//!    Specifications); the value takes every length the dictionary allows that stops at a separator,
//!    at the end, or (where separators may be missing) directly before the next AI. Each value must
//!    pass the component checks and linters; each full reading must pass the message-level rules
//!    ([`crate::gs1::ElementString::from_ai_values`]).
//!    If the input carries any separator, separators are trusted (a variable-length value ends only at
//!    one); only when that gives nothing, or the input carries none, are missing separators inferred.
//! 6. With a profile, drop the readings it reports errors for, unless every reading has some. Rank
//!    (see [`Candidate::score`]; equal scores: fewer elements first, then, at the first element
//!    where two readings differ, the shorter value, i.e. the earlier separator) and report;
//!    [`Normalized::unique`] is the only reading left, if the search was complete and exactly one
//!    is. Ranking orders the list; it never makes a reading unique.
//!
//! # Search
//! The readings of the rest of the input from an element boundary depend only on that boundary,
//! so a dynamic programme over positions, from the end backwards, finds once for each boundary
//! every element that can start there and still complete a reading (the AI is fixed by its first
//! digits; the value takes each length the dictionary allows, passing the character set, check
//! digits, dates and linters; a variable-length value not at the end needs a separator, implied
//! where the scanner dropped it), the best score of a completion, and the exact number of
//! completions ([`Normalized::lexical_readings`]). The readings are then enumerated best-first
//! (A* with that exact bound, lazily: each node queues only its next sibling and its first
//! child), so they come out best score first, and the search never enters a dead end. Rules that
//! no later element can repair (an AI repeated with another value, mutually exclusive AIs) prune a
//! prefix as soon as it breaks them, and so does a prefix whose rest needs more elements than
//! [`gs1::validate::MAX_AIS`] allows (the plan knows the fewest each boundary needs); the requisite
//! rules and the profile are checked on each whole reading. The search stops when every reading
//! has been seen ([`Normalized::complete`]), or as soon as it holds
//! [`NormalizeOptions::max_candidates`] (and at least two) preferred readings (without profile
//! errors; all, without a profile) scoring at least as high as anything left: the candidates are
//! then the k best readings (ties at the last place resolved by search order), not the first k
//! found.
//!
//! # Bounds (untrusted input)
//! Input longer than [`MAX_INPUT`] bytes is refused. The plan and the enumeration together run at
//! most [`NormalizeOptions::max_steps`] value checks and node visits (the enumeration's memory is
//! at most two nodes per visit), keep at most [`NormalizeOptions::max_readings`] readings, and
//! follow at most [`gs1::validate::MAX_AIS`] elements per reading. When a cap stops the search,
//! [`Normalized::truncated`] says so and `unique` is `None` (the candidates may then not be the
//! best).

use alloc::collections::{BTreeSet, BinaryHeap};
use alloc::string::String;
use alloc::vec::Vec;
use core::cmp::Reverse;

use crate::gs1::{self, ElementString, GS, Message};
use crate::profile::{Profile, Severity};

/// Longest raw scan accepted, in bytes (the GS1 engine's message limit).
pub const MAX_INPUT: usize = gs1::validate::MAX_DATA;

/// Why a scan could not be normalised at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum NormalizeError {
    /// The input is longer than [`MAX_INPUT`].
    #[error("scan of {len} bytes is longer than {max}")]
    TooLong {
        /// Its length.
        len: usize,
        /// The limit.
        max: usize,
    },
}

/// Options of [`normalize`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NormalizeOptions {
    /// GS1 validation options used for every reading.
    pub gs1: gs1::Options,
    /// Most work units the search may spend: value checks (component checks + linters of one
    /// value) in the plan, plus nodes visited by the best-first enumeration. Bounds time and the
    /// enumeration's memory (two nodes per visit at most). Clamped to
    /// [`crate::limits::MAX_NORMALIZE_STEPS`].
    pub max_steps: u32,
    /// Most valid readings collected before the search stops. Clamped to
    /// [`crate::limits::MAX_NORMALIZE_READINGS`].
    pub max_readings: usize,
    /// Most candidates reported (best first). The search stops once it holds this many best
    /// readings, so a larger value costs more time on inputs with many readings. The default
    /// (1,024, the same as `max_readings`) lists every reading the search may collect, ranked:
    /// a scan with dropped separators is never cut down to a short list that could miss the
    /// truth; ask for fewer when only the best few matter.
    pub max_candidates: usize,
}

impl Default for NormalizeOptions {
    fn default() -> Self {
        NormalizeOptions {
            gs1: gs1::Options::default(),
            max_steps: 300_000,
            max_readings: 1024,
            max_candidates: 1024,
        }
    }
}

impl NormalizeOptions {
    /// The options with the work caps clamped to the hard limits
    /// ([`crate::limits::MAX_NORMALIZE_STEPS`], [`crate::limits::MAX_NORMALIZE_READINGS`]).
    fn clamped(&self) -> NormalizeOptions {
        NormalizeOptions {
            max_steps: self.max_steps.min(crate::limits::MAX_NORMALIZE_STEPS),
            max_readings: self.max_readings.min(crate::limits::MAX_NORMALIZE_READINGS),
            max_candidates: self
                .max_candidates
                .clamp(1, crate::limits::MAX_NORMALIZE_READINGS),
            ..*self
        }
    }
}

/// How the input was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Form {
    /// Bracketed element string.
    Bracketed,
    /// GS1 Digital Link URI.
    DigitalLink,
    /// AI data whose separators were all present (as GS or a stand-in).
    Separated,
    /// AI data where separators had to be inferred.
    Inferred,
    /// Nothing could be read.
    None,
}

/// One possible reading of a scan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    /// The element string.
    pub elements: ElementString,
    /// Separators the reading needs that the input did not carry.
    pub implied_separators: u8,
    /// Errors the profile reports for this reading (0 without a profile).
    pub profile_errors: u16,
    /// Warnings the profile reports for this reading.
    pub profile_warnings: u16,
    /// Ranking score, higher is more plausible. Without a profile: `+8` per element whose AI is a
    /// pharma pack AI (01, 10, 17, 21), `+3` per other healthcare AI (11, 30, 240, 250, 7003,
    /// 710-717), `+1` per company-internal AI (90-99), `-4` per other AI. With a profile: `+8` per AI the profile requires or allows,
    /// `-4` per other AI, `-20` per profile error, `-2` per profile warning. Always `-2` per implied
    /// separator. So an extra element must earn more than its separator costs: a split into a pack
    /// or healthcare AI wins over a value that swallows it, a split into an unrelated AI loses.
    pub score: i32,
}

impl Candidate {
    /// The canonical bracketed form.
    pub fn ai_str(&self) -> String {
        self.elements.to_bracketed()
    }
}

/// The result of [`normalize`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Normalized {
    /// Readings, best first (at most [`NormalizeOptions::max_candidates`]). With a profile, readings
    /// with profile errors are dropped when at least one reading has none.
    pub candidates: Vec<Candidate>,
    /// How the input was read.
    pub form: Form,
    /// A search cap was hit: the candidates may not be the best readings, and `unique` is `None`.
    pub truncated: bool,
    /// Valid readings found before ranking and the profile filter.
    pub readings: usize,
    /// Readings found that are left after the profile filter (before the list is cut to
    /// [`NormalizeOptions::max_candidates`]); the number of all readings only when `complete`.
    pub kept: usize,
    /// Every reading was enumerated: no cap stopped the search and it did not stop early with the
    /// k best in hand. Only then is `kept` the exact number of readings.
    pub complete: bool,
    /// Readings the dictionary alone allows (lengths, formats, check digits, dates, linters, the
    /// separator rule), counted exactly by the dynamic programme (saturating at `u64::MAX`), before
    /// the message-level rules (repeats, exclusions, requisites, the 64-AI limit) and the profile
    /// drop some. 0 when no search ran or the plan hit a cap.
    pub lexical_readings: u64,
}

impl Normalized {
    /// The reading, when the search was complete and exactly one reading is left: an exact count,
    /// never a cut-off.
    pub fn unique(&self) -> Option<&Candidate> {
        match self.candidates.as_slice() {
            [one] if self.complete && !self.truncated && self.kept == 1 => Some(one),
            _ => None,
        }
    }
}

/// Multi-character stand-ins for GS, matched case-insensitively.
const GS_TEXTS: [&[u8]; 9] = [
    b"<GS>", b"{GS}", b"[GS]", b"<FNC1>", b"{FNC1}", b"[FNC1]", b"\\x1d", b"\\u001d", b"\\035",
];

fn starts_with_ci(hay: &[u8], needle: &[u8]) -> bool {
    hay.get(..needle.len())
        .is_some_and(|h| h.eq_ignore_ascii_case(needle))
}

/// Replace every GS stand-in by GS; collapse runs; drop leading/trailing ones. `None` for non-ASCII.
/// Returns the body and whether it held any separator.
fn separate(data: &[u8], gs_text_is_separator: bool) -> Option<(Vec<u8>, bool)> {
    let mut out = Vec::with_capacity(data.len());
    let mut p = 0usize;
    let mut any = false;
    while let Some(&b) = data.get(p) {
        if !b.is_ascii() {
            return None;
        }
        let rest = data.get(p..).unwrap_or(&[]);
        let text = GS_TEXTS
            .iter()
            .find(|t| (gs_text_is_separator || **t != b"<GS>") && starts_with_ci(rest, t));
        let (is_sep, adv) = match text {
            Some(t) => (true, t.len()),
            None => (!gs1::lint::cset::is_cset82(b), 1),
        };
        if is_sep {
            if !out.is_empty() && out.last() != Some(&GS) {
                out.push(GS);
            }
            any = true;
        } else {
            out.push(b);
        }
        p = p.saturating_add(adv);
    }
    if out.last() == Some(&GS) {
        out.pop();
    }
    let inner = out.contains(&GS);
    Some((out, any && inner))
}

/// Normalise one raw scan. `profile`, if given, ranks the readings and filters out those it rejects.
///
/// # Errors
/// [`NormalizeError::TooLong`] when the input exceeds [`MAX_INPUT`]. An input with no valid reading is
/// not an error: it gives no candidates.
pub fn normalize(
    input: &str,
    profile: Option<&Profile>,
    opts: &NormalizeOptions,
) -> Result<Normalized, NormalizeError> {
    if input.len() > MAX_INPUT {
        return Err(NormalizeError::TooLong {
            len: input.len(),
            max: MAX_INPUT,
        });
    }
    let opts = &opts.clamped();
    let s = input.trim_matches(|c: char| c.is_ascii_whitespace());
    let mut out = Normalized {
        candidates: Vec::new(),
        form: Form::None,
        truncated: false,
        readings: 0,
        kept: 0,
        complete: true,
        lexical_readings: 0,
    };
    let uri = s
        .strip_prefix("]d1")
        .or_else(|| s.strip_prefix("]Q1"))
        .unwrap_or(s);
    let single = if s.starts_with('(') {
        Some((
            Form::Bracketed,
            ElementString::parse_bracketed(s, &opts.gs1).ok(),
        ))
    } else if is_uri(uri) {
        let es = gs1::parse_data(uri, &opts.gs1).ok().and_then(|m| match m {
            Message::DigitalLink { elements, .. } => Some(elements),
            _ => None,
        });
        Some((Form::DigitalLink, es))
    } else {
        None
    };
    if let Some((form, es)) = single {
        if let Some(es) = es {
            out.form = form;
            out.readings = 1;
            out.kept = 1;
            out.lexical_readings = 1;
            out.candidates.push(make_candidate(es, 0, profile));
        }
        return Ok(out);
    }
    let body = strip_aim(s.as_bytes());
    let mut found = Search::run(body, true, profile, opts);
    if found.readings.is_empty() && found.complete {
        // `<GS>` is also legal CSET 82 data: read it as data.
        found = Search::run(body, false, profile, opts);
    }
    out.form = match (found.readings.is_empty(), found.inferred) {
        (true, _) => Form::None,
        (false, true) => Form::Inferred,
        (false, false) => Form::Separated,
    };
    out.truncated = found.truncated;
    out.complete = found.complete && !found.truncated;
    out.readings = found.readings.len();
    out.lexical_readings = found.lexical_readings();
    let mut cands = found.readings;
    if profile.is_some() && cands.iter().any(|c| c.profile_errors == 0) {
        cands.retain(|c| c.profile_errors == 0);
    }
    cands.sort_by(|a, b| {
        b.score
            .cmp(&a.score)
            .then(a.elements.len().cmp(&b.elements.len()))
            .then_with(|| earliest_split_first(&a.elements, &b.elements))
    });
    out.kept = cands.len();
    cands.truncate(opts.max_candidates.max(1));
    out.candidates = cands;
    Ok(out)
}

/// Tie-break between readings of one input with equal scores and element counts: at the first
/// element where they differ, the shorter value (the earlier separator) first, i.e. the reading
/// that takes an AI as soon as one can start; then the element strings' text.
fn earliest_split_first(a: &ElementString, b: &ElementString) -> core::cmp::Ordering {
    for (x, y) in a.elements().zip(b.elements()) {
        let o = x
            .value
            .len()
            .cmp(&y.value.len())
            .then_with(|| x.ai.cmp(y.ai))
            .then_with(|| x.value.cmp(y.value));
        if o.is_ne() {
            return o;
        }
    }
    a.data_str().cmp(b.data_str())
}

fn is_uri(s: &str) -> bool {
    ["https://", "http://", "HTTPS://", "HTTP://"]
        .iter()
        .any(|p| s.starts_with(p))
}

/// Drop an AIM symbology identifier (`]` + letter + digit).
fn strip_aim(b: &[u8]) -> &[u8] {
    match b {
        [b']', l, d, rest @ ..] if l.is_ascii_alphabetic() && d.is_ascii_digit() => rest,
        _ => b,
    }
}

/// Score cost of a separator the input did not carry.
const IMPLIED_COST: i32 = 2;

/// Score of one element's AI: see [`Candidate::score`].
fn ai_weight(ai: &str, profile: Option<&Profile>) -> i32 {
    if let Some(p) = profile {
        return if p.lists(ai) { 8 } else { -4 };
    }
    if matches!(ai, "01" | "10" | "17" | "21") {
        return 8;
    }
    if ai.len() == 2 && ai.starts_with('9') {
        // Company-internal AIs accept any CSET 82 text, so random serial text splits into them
        // easily: worth less than the separator such a split needs.
        return 1;
    }
    let healthcare = matches!(ai, "11" | "30" | "240" | "250" | "7003")
        || (ai.len() == 3 && ai.starts_with("71"));
    if healthcare { 3 } else { -4 }
}

fn make_candidate(es: ElementString, implied: u8, profile: Option<&Profile>) -> Candidate {
    let (mut errors, mut warnings) = (0u16, 0u16);
    if let Some(p) = profile {
        for f in p.check(&es) {
            match f.severity {
                Severity::Error => errors = errors.saturating_add(1),
                Severity::Warning => warnings = warnings.saturating_add(1),
            }
        }
    }
    let elems: i32 = es.elements().map(|e| ai_weight(e.ai, profile)).sum();
    let score = elems
        .saturating_sub(IMPLIED_COST.saturating_mul(i32::from(implied)))
        .saturating_sub(20i32.saturating_mul(i32::from(errors)))
        .saturating_sub(2i32.saturating_mul(i32::from(warnings)));
    Candidate {
        elements: es,
        implied_separators: implied,
        profile_errors: errors,
        profile_warnings: warnings,
        score,
    }
}

/// A step from one element boundary to the next: the value length, whether it needs an implied
/// separator, where the next element starts, its own score (AI weight less an implied separator)
/// and the best lexical score of a whole suffix through it.
#[derive(Clone, Copy)]
struct Step {
    value_len: u8,
    implied: bool,
    next: u32,
    gain: i32,
    bound: i32,
}

/// A node of the best-first search: the reading prefix that ends with step `idx` of boundary `at`,
/// after the prefix of node `parent` ([`ROOT`] for none), whose score is `base`.
#[derive(Clone, Copy)]
struct Node {
    parent: u32,
    at: u32,
    idx: u32,
    base: i32,
    depth: u8,
}

/// `Node::parent` of a first element.
const ROOT: u32 = u32::MAX;

/// Does a dictionary AI pattern (`"01"`, `"310n"`, `"35nn"`: digits, then `n` for any digit, at
/// most 4 long, as the GS1 layer's message-level rules read it) match `ai`?
fn pattern_matches(pat: &str, ai: &[u8]) -> bool {
    let fixed = pat.bytes().take_while(u8::is_ascii_digit).count();
    pat.len() <= 4
        && fixed > 0
        && pat.len() == ai.len()
        && pat.bytes().skip(fixed).all(|p| p == b'n')
        && pat
            .bytes()
            .zip(ai)
            .all(|(p, &a)| a.is_ascii_digit() && (p == a || p == b'n'))
}

struct Search<'a> {
    body: Vec<u8>,
    infer: bool,
    opts: &'a NormalizeOptions,
    profile: Option<&'a Profile>,
    steps: u32,
    /// Per position: the AI that starts there (the first digits fix it) and its length.
    ais: Vec<Option<(&'static gs1::AiEntry, u8)>>,
    /// Per element boundary: the steps that lead to a complete reading, best bound first.
    moves: Vec<Vec<Step>>,
    /// Per element boundary: best lexical score of a completion (`None`: no completion).
    best: Vec<Option<i32>>,
    /// Per element boundary: how many completions the dictionary alone allows (saturating).
    count: Vec<u64>,
    /// Per element boundary: the fewest elements a completion needs (`u16::MAX`: none), so that
    /// prefixes that cannot finish within [`gs1::validate::MAX_AIS`] elements are cut at once.
    fewest: Vec<u16>,
    readings: Vec<Candidate>,
    /// Element strings seen, kept only when two paths could give the same one (a boundary where a
    /// value of an AI without the separator rule takes several lengths).
    dedup: Option<BTreeSet<String>>,
    truncated: bool,
    complete: bool,
    inferred: bool,
}

impl<'a> Search<'a> {
    /// Separators trusted first; inferred only when that yields nothing (or none were given).
    fn run(
        raw: &[u8],
        gs_text_is_separator: bool,
        profile: Option<&'a Profile>,
        opts: &'a NormalizeOptions,
    ) -> Search<'a> {
        let (body, had_sep) = separate(raw, gs_text_is_separator).unwrap_or_default();
        let mut s = Search {
            body,
            infer: !had_sep,
            opts,
            profile,
            steps: 0,
            ais: Vec::new(),
            moves: Vec::new(),
            best: Vec::new(),
            count: Vec::new(),
            fewest: Vec::new(),
            readings: Vec::new(),
            dedup: None,
            truncated: false,
            complete: true,
            inferred: false,
        };
        if s.body.is_empty() {
            return s;
        }
        s.search();
        if had_sep && s.readings.is_empty() && s.complete {
            s.infer = true;
            s.search();
        }
        s.inferred = s.infer;
        s
    }

    /// Readings the dictionary alone allows (before message-level rules and the profile).
    fn lexical_readings(&self) -> u64 {
        self.count.first().copied().unwrap_or(0)
    }

    fn search(&mut self) {
        self.complete = false;
        if self.plan() {
            self.enumerate();
        }
    }

    /// Dynamic programme from the end: at each element boundary, every step whose value passes the
    /// GS1 checks and that leads to a complete reading, the best lexical score from there (an upper
    /// bound of the final score: profile findings only subtract, message-level rules only drop
    /// readings), the number of completions and the fewest elements one needs. The completions
    /// from a boundary depend only on the boundary, so each is computed once. Returns false when
    /// capped.
    fn plan(&mut self) -> bool {
        let len = self.body.len();
        let n = len.saturating_add(1);
        self.best = alloc::vec![None; n];
        self.count = alloc::vec![0; n];
        self.fewest = alloc::vec![u16::MAX; n];
        if let Some(f) = self.fewest.get_mut(len) {
            *f = 0;
        }
        self.ais = alloc::vec![None; n];
        self.moves = alloc::vec![Vec::new(); n];
        if let Some(b) = self.best.get_mut(len) {
            *b = Some(0);
        }
        if let Some(c) = self.count.get_mut(len) {
            *c = 1;
        }
        let mut seg_end = len;
        for p in (0..len).rev() {
            if self.body.get(p) == Some(&GS) {
                seg_end = p;
                continue;
            }
            let rest = self.body.get(p..).unwrap_or(&[]);
            let Some((entry, ai_len)) = gs1::ai::resolve_prefix(rest, &self.opts.gs1) else {
                continue;
            };
            if let Some(a) = self.ais.get_mut(p) {
                *a = Some((entry, u8::try_from(ai_len).unwrap_or(u8::MAX)));
            }
            let vstart = p.saturating_add(ai_len);
            let seg_len = seg_end.saturating_sub(vstart);
            let min = usize::from(entry.min_len).max(1);
            let max = usize::from(entry.max_len).min(seg_len);
            let ai = core::str::from_utf8(self.body.get(p..vstart).unwrap_or(&[])).unwrap_or("");
            let w = ai_weight(ai, self.profile);
            let mut moves = Vec::new();
            let mut count = 0u64;
            for l in min..=max {
                let end = vstart.saturating_add(l);
                // A variable-length value that stops before the end of its segment needs the
                // separator the scanner dropped: allowed only where separators are inferred.
                let implied = end < seg_end && entry.fnc1_required;
                if implied && !self.infer {
                    continue;
                }
                let next = if end == seg_end && end < len {
                    end.saturating_add(1)
                } else {
                    end
                };
                let Some(after) = self.best.get(next).copied().flatten() else {
                    continue;
                };
                if self.steps >= self.opts.max_steps {
                    self.truncated = true;
                    return false;
                }
                self.steps = self.steps.saturating_add(1);
                let value = self.body.get(vstart..end).unwrap_or(&[]);
                if gs1::validate::lint_value(ai, entry, value) != Ok(l) {
                    continue;
                }
                let gain = w.saturating_sub(if implied { IMPLIED_COST } else { 0 });
                count = count.saturating_add(self.count.get(next).copied().unwrap_or(0));
                moves.push(Step {
                    value_len: u8::try_from(l).unwrap_or(u8::MAX),
                    implied,
                    next: u32::try_from(next).unwrap_or(u32::MAX),
                    gain,
                    bound: after.saturating_add(gain),
                });
            }
            if moves.len() > 1 && !entry.fnc1_required && self.dedup.is_none() {
                self.dedup = Some(BTreeSet::new());
            }
            // Stable: equal bounds keep the shorter value first.
            moves.sort_by_key(|m| core::cmp::Reverse(m.bound));
            if let Some(b) = self.best.get_mut(p) {
                *b = moves.first().map(|m| m.bound);
            }
            if let Some(c) = self.count.get_mut(p) {
                *c = count;
            }
            let fewest = moves
                .iter()
                .map(|m| self.fewest_from(m.next).saturating_add(1))
                .min()
                .unwrap_or(u16::MAX);
            if let Some(f) = self.fewest.get_mut(p) {
                *f = fewest;
            }
            if let Some(m) = self.moves.get_mut(p) {
                *m = moves;
            }
        }
        true
    }

    fn fewest_from(&self, at: u32) -> u16 {
        self.fewest.get(at as usize).copied().unwrap_or(u16::MAX)
    }

    fn step(&self, at: u32, idx: u32) -> Option<Step> {
        self.moves
            .get(at as usize)
            .and_then(|v| v.get(idx as usize))
            .copied()
    }

    /// AI and value bytes of step `idx` at boundary `at`, with the AI's entry.
    fn element(&self, at: u32, idx: u32) -> Option<(&'static gs1::AiEntry, &[u8], &[u8])> {
        let (entry, ai_len) = self.ais.get(at as usize).copied().flatten()?;
        let step = self.step(at, idx)?;
        let p = at as usize;
        let v = p.checked_add(usize::from(ai_len))?;
        let e = v.checked_add(usize::from(step.value_len))?;
        Some((entry, self.body.get(p..v)?, self.body.get(v..e)?))
    }

    /// Can the element of `node` follow its prefix? The message-level rules that no later element
    /// can repair are checked here: an AI repeated with a different value, and mutually exclusive
    /// AIs. (The requisite rules wait for the whole reading.) Exactly the rules
    /// [`ElementString::from_ai_values`] applies, so no valid reading is cut.
    fn consistent(&self, nodes: &[Node], node: &Node) -> bool {
        let Some((entry, ai, value)) = self.element(node.at, node.idx) else {
            return false;
        };
        let mut cur = node.parent;
        // The chain is at most MAX_AIS long (depth is capped when nodes are pushed).
        for _ in 0..gs1::validate::MAX_AIS {
            let Some(n) = nodes.get(cur as usize) else {
                return true;
            };
            let Some((e2, ai2, value2)) = self.element(n.at, n.idx) else {
                return false;
            };
            if ai == ai2 {
                if value != value2 {
                    return false;
                }
            } else if entry.ex.iter().any(|p| pattern_matches(p, ai2))
                || e2.ex.iter().any(|p| pattern_matches(p, ai))
            {
                return false;
            }
            cur = n.parent;
        }
        true
    }

    /// Best-first (A*) enumeration of complete readings over the planned steps. A node's priority
    /// is its prefix score plus the best completion from its boundary, an exact upper bound, so
    /// readings come out in order of lexical score. Each popped node pushes at most two: its next
    /// sibling and its first child (lazy successors), so memory grows with the work done, which
    /// `max_steps` caps. Stops when the heap is empty (every reading seen: `complete`), at a cap
    /// (`truncated`), or when the preferred readings (without profile errors, when a profile is
    /// given) already hold [`NormalizeOptions::max_candidates`] of them, at least two, all scoring at
    /// least as high as anything left: the candidates are then the k best readings.
    fn enumerate(&mut self) {
        let k = self.opts.max_candidates.max(1);
        let mut nodes: Vec<Node> = Vec::new();
        let mut heap: BinaryHeap<(i32, Reverse<u32>)> = BinaryHeap::new();
        // The k best scores of preferred readings (a min-heap), and how many preferred readings.
        let mut top: BinaryHeap<Reverse<i32>> = BinaryHeap::new();
        let mut preferred = 0usize;
        self.push(
            &mut nodes,
            &mut heap,
            Node {
                parent: ROOT,
                at: 0,
                idx: 0,
                base: 0,
                depth: 0,
            },
        );
        loop {
            let Some(&(f, Reverse(id))) = heap.peek() else {
                self.complete = true;
                return;
            };
            if preferred >= 2 && top.len() >= k && top.peek().is_some_and(|Reverse(s)| f <= *s) {
                return;
            }
            if self.steps >= self.opts.max_steps || self.readings.len() >= self.opts.max_readings {
                self.truncated = true;
                return;
            }
            heap.pop();
            self.steps = self.steps.saturating_add(1);
            let Some(node) = nodes.get(id as usize).copied() else {
                return;
            };
            let Some(step) = self.step(node.at, node.idx) else {
                continue;
            };
            let sibling = Node {
                idx: node.idx.saturating_add(1),
                ..node
            };
            self.push(&mut nodes, &mut heap, sibling);
            // This element is number `depth + 1`; the rest needs at least `fewest` more.
            let needed = usize::from(node.depth)
                .saturating_add(1)
                .saturating_add(usize::from(self.fewest_from(step.next)));
            if needed > gs1::validate::MAX_AIS || !self.consistent(&nodes, &node) {
                continue;
            }
            let next = step.next as usize;
            if next >= self.body.len() {
                if let Some(score) = self.leaf(&nodes, id) {
                    preferred = preferred.saturating_add(1);
                    top.push(Reverse(score));
                    if top.len() > k {
                        top.pop();
                    }
                }
                continue;
            }
            let depth = node.depth.saturating_add(1);
            if usize::from(depth) >= gs1::validate::MAX_AIS {
                continue;
            }
            let child = Node {
                parent: id,
                at: step.next,
                idx: 0,
                base: node.base.saturating_add(step.gain),
                depth,
            };
            self.push(&mut nodes, &mut heap, child);
        }
    }

    /// Queue `node` if its step exists. Among equal priorities the oldest node pops first.
    fn push(&self, nodes: &mut Vec<Node>, heap: &mut BinaryHeap<(i32, Reverse<u32>)>, node: Node) {
        let Some(step) = self.step(node.at, node.idx) else {
            return;
        };
        let Ok(id) = u32::try_from(nodes.len()) else {
            return;
        };
        if id == ROOT {
            return;
        }
        nodes.push(node);
        heap.push((node.base.saturating_add(step.bound), Reverse(id)));
    }

    /// A complete reading ends at node `id`: check it as a whole and keep it. Returns its score when
    /// it is a new, valid reading the profile prefers (no errors, or no profile).
    fn leaf(&mut self, nodes: &[Node], id: u32) -> Option<i32> {
        // The path, last element first (no allocation: at most MAX_AIS elements).
        let mut chain = [(0u32, 0u32); gs1::validate::MAX_AIS];
        let mut len = 0usize;
        let mut cur = id;
        let mut implied = 0u8;
        for slot in chain.iter_mut() {
            let Some(n) = nodes.get(cur as usize) else {
                break;
            };
            *slot = (n.at, n.idx);
            len = len.saturating_add(1);
            implied = implied.saturating_add(u8::from(self.step(n.at, n.idx)?.implied));
            cur = n.parent;
        }
        let pairs = chain.get(..len)?.iter().rev().map(|&(at, idx)| {
            // Always Some for a planned step; an empty AI would fail the check below.
            self.element(at, idx)
                .map_or(("", &[][..]), |(_, ai, value)| {
                    (core::str::from_utf8(ai).unwrap_or(""), value)
                })
        });
        let es = ElementString::from_ai_values(pairs, &self.opts.gs1).ok()?;
        // Two paths first differ in the length of one value; when its AI needs a separator after
        // a variable-length value (every such AI in today's dictionary), the shorter one carries it
        // and the element strings differ. Otherwise (`dedup`, set by the plan) check.
        if let Some(seen) = self.dedup.as_mut()
            && !seen.insert(String::from(es.data_str()))
        {
            return None;
        }
        let c = make_candidate(es, implied, self.profile);
        let score = c.score;
        let preferred = c.profile_errors == 0;
        self.readings.push(c);
        preferred.then_some(score)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_as_the_gs1_layer_reads_them() {
        assert!(pattern_matches("01", b"01"));
        assert!(!pattern_matches("01", b"02"));
        assert!(pattern_matches("310n", b"3105"));
        assert!(!pattern_matches("310n", b"3115"));
        assert!(!pattern_matches("310n", b"310"));
        assert!(pattern_matches("35nn", b"3599"));
        // Not a pattern the GS1 layer accepts: never matches.
        assert!(!pattern_matches("n1", b"11"));
        assert!(!pattern_matches("12345", b"12345"));
        assert!(!pattern_matches("nn", b"12"));
    }

    #[test]
    fn exclusive_ais_are_pruned_like_the_gs1_layer_rejects_them() {
        // (01) and (02) exclude each other: the only split has both, so there is no reading, and
        // the GS1 layer agrees.
        let s = "01095060001343520209506000134352";
        let es = ElementString::from_ai_values(
            [
                ("01", &b"09506000134352"[..]),
                ("02", &b"09506000134352"[..]),
            ],
            &gs1::Options::default(),
        );
        assert!(es.is_err());
        let n = normalize(s, None, &NormalizeOptions::default()).unwrap_or_else(|e| panic!("{e}"));
        assert!(n.candidates.is_empty() && n.complete && n.lexical_readings == 1);
    }
}
