//! Scan-data normaliser: turns what real scanners send into GS1 element strings, listing every valid
//! reading when separators are missing, ranked, never a silent guess.
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
//!    (see [`Candidate::score`]) and report; [`Normalized::unique`] is the only reading left, if
//!    exactly one is and the search was complete. Ranking orders the list; it never makes a reading
//!    unique.
//!
//! # Bounds (untrusted input)
//! Input longer than [`MAX_INPUT`] bytes is refused. The search visits at most
//! [`NormalizeOptions::max_steps`] value checks and keeps at most [`NormalizeOptions::max_readings`]
//! readings. A dynamic programme first finds, from the end backwards, every element that can start at
//! each position and still complete a reading, with the best score reachable from there; the
//! enumeration then never enters a dead end and tries, at each position, the element with the best
//! bound first, so when a cap stops it the readings kept are mostly the high-ranked ones (not exactly
//! the k best: profile findings are not part of the bound). When a cap is hit,
//! [`Normalized::truncated`] says so and `unique` is `None` (a reading may be missing).

use alloc::string::String;
use alloc::vec::Vec;

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
    /// Most value checks (component checks + linters of one value) the search may run.
    pub max_steps: u32,
    /// Most valid readings collected before the search stops.
    pub max_readings: usize,
    /// Most candidates reported (best first).
    pub max_candidates: usize,
}

impl Default for NormalizeOptions {
    fn default() -> Self {
        NormalizeOptions {
            gs1: gs1::Options::default(),
            max_steps: 300_000,
            max_readings: 1024,
            max_candidates: 16,
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
    /// A search cap was hit: a reading may be missing.
    pub truncated: bool,
    /// Valid readings found before ranking and the profile filter.
    pub readings: usize,
}

impl Normalized {
    /// The reading, when exactly one is left and the search was complete.
    pub fn unique(&self) -> Option<&Candidate> {
        match self.candidates.as_slice() {
            [one] if !self.truncated => Some(one),
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
    let s = input.trim_matches(|c: char| c.is_ascii_whitespace());
    let mut out = Normalized {
        candidates: Vec::new(),
        form: Form::None,
        truncated: false,
        readings: 0,
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
            out.candidates.push(make_candidate(es, 0, profile));
        }
        return Ok(out);
    }
    let body = strip_aim(s.as_bytes());
    let mut found = Search::run(body, true, profile, opts);
    if found.readings.is_empty() && !found.truncated {
        // `<GS>` is also legal CSET 82 data: read it as data.
        found = Search::run(body, false, profile, opts);
    }
    out.form = match (found.readings.is_empty(), found.inferred) {
        (true, _) => Form::None,
        (false, true) => Form::Inferred,
        (false, false) => Form::Separated,
    };
    out.truncated = found.truncated;
    out.readings = found.readings.len();
    let mut cands = found.readings;
    if profile.is_some() && cands.iter().any(|c| c.profile_errors == 0) {
        cands.retain(|c| c.profile_errors == 0);
    }
    cands.sort_by(|a, b| {
        b.score
            .cmp(&a.score)
            .then(a.elements.len().cmp(&b.elements.len()))
            .then_with(|| a.elements.data_str().cmp(b.elements.data_str()))
    });
    cands.truncate(opts.max_candidates.max(1));
    out.candidates = cands;
    Ok(out)
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

/// One element of a reading under construction: AI span and value span in the body.
#[derive(Clone, Copy)]
struct Span {
    ai: (usize, usize),
    value: (usize, usize),
}

/// A step from one element boundary to the next (12 bytes: the plan holds one per value length that
/// passes the checks): AI and value lengths, whether it needs an implied separator, where the next
/// element starts, and the best score reachable through it.
#[derive(Clone, Copy)]
struct Step {
    ai_len: u8,
    value_len: u8,
    implied: bool,
    next: u32,
    bound: i32,
}

struct Search<'a> {
    body: Vec<u8>,
    infer: bool,
    opts: &'a NormalizeOptions,
    profile: Option<&'a Profile>,
    steps: u32,
    /// Per element boundary: the steps that lead to a complete reading, best bound first.
    moves: Vec<Vec<Step>>,
    /// Per element boundary: best lexical score of a completion (`None`: no completion).
    best: Vec<Option<i32>>,
    path: Vec<Span>,
    implied: u8,
    readings: Vec<Candidate>,
    truncated: bool,
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
            moves: Vec::new(),
            best: Vec::new(),
            path: Vec::new(),
            implied: 0,
            readings: Vec::new(),
            truncated: false,
            inferred: false,
        };
        if s.body.is_empty() {
            return s;
        }
        s.search();
        if had_sep && s.readings.is_empty() && !s.truncated {
            s.infer = true;
            s.search();
        }
        s.inferred = s.infer;
        s
    }

    fn search(&mut self) {
        if self.plan() {
            self.walk(0, 0);
        }
    }

    /// Dynamic programme from the end: every step whose value passes the GS1 checks and that leads to
    /// a complete reading, and the best lexical score from each boundary (an upper bound of the
    /// final score, which only subtracts for profile findings). Returns false when capped.
    fn plan(&mut self) -> bool {
        let len = self.body.len();
        self.best = alloc::vec![None; len.saturating_add(1)];
        self.moves = alloc::vec![Vec::new(); len.saturating_add(1)];
        if let Some(b) = self.best.get_mut(len) {
            *b = Some(0);
        }
        for p in (0..len).rev() {
            if self.body.get(p) == Some(&GS) {
                continue;
            }
            let rest = self.body.get(p..).unwrap_or(&[]);
            let Some((entry, ai_len)) = gs1::ai::resolve_prefix(rest, &self.opts.gs1) else {
                continue;
            };
            let vstart = p.saturating_add(ai_len);
            let seg_end = self
                .body
                .get(vstart..)
                .and_then(|t| t.iter().position(|&c| c == GS))
                .map_or(len, |i| vstart.saturating_add(i));
            let seg_len = seg_end.saturating_sub(vstart);
            let min = usize::from(entry.min_len).max(1);
            let max = usize::from(entry.max_len).min(seg_len);
            let ai = core::str::from_utf8(self.body.get(p..vstart).unwrap_or(&[])).unwrap_or("");
            let w = ai_weight(ai, self.profile);
            let mut moves = Vec::new();
            for l in min..=max {
                let end = vstart.saturating_add(l);
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
                let bound =
                    after
                        .saturating_add(w)
                        .saturating_sub(if implied { IMPLIED_COST } else { 0 });
                moves.push(Step {
                    ai_len: u8::try_from(ai_len).unwrap_or(u8::MAX),
                    value_len: u8::try_from(l).unwrap_or(u8::MAX),
                    implied,
                    next: u32::try_from(next).unwrap_or(u32::MAX),
                    bound,
                });
            }
            moves.sort_by_key(|m| core::cmp::Reverse(m.bound));
            if let Some(b) = self.best.get_mut(p) {
                *b = moves.first().map(|m| m.bound);
            }
            if let Some(m) = self.moves.get_mut(p) {
                *m = moves;
            }
        }
        true
    }

    /// Depth-first over the planned steps, best bound first, so that when a cap stops the search the
    /// readings kept are the best-scoring ones.
    fn walk(&mut self, p: usize, depth: usize) {
        if p >= self.body.len() {
            self.leaf();
            return;
        }
        if depth >= gs1::validate::MAX_AIS {
            return;
        }
        let n = self.moves.get(p).map_or(0, Vec::len);
        for i in 0..n {
            if self.readings.len() >= self.opts.max_readings || self.steps >= self.opts.max_steps {
                self.truncated = true;
                return;
            }
            self.steps = self.steps.saturating_add(1);
            let Some(m) = self.moves.get(p).and_then(|v| v.get(i)).copied() else {
                return;
            };
            let vstart = p.saturating_add(usize::from(m.ai_len));
            self.path.push(Span {
                ai: (p, vstart),
                value: (vstart, vstart.saturating_add(usize::from(m.value_len))),
            });
            self.implied = self.implied.saturating_add(u8::from(m.implied));
            self.walk(m.next as usize, depth.saturating_add(1));
            self.implied = self.implied.saturating_sub(u8::from(m.implied));
            self.path.pop();
        }
    }

    fn leaf(&mut self) {
        let body = &self.body;
        let pairs = self.path.iter().map(|s| {
            let ai = core::str::from_utf8(body.get(s.ai.0..s.ai.1).unwrap_or(&[])).unwrap_or("");
            (ai, body.get(s.value.0..s.value.1).unwrap_or(&[]))
        });
        let Ok(es) = ElementString::from_ai_values(pairs, &self.opts.gs1) else {
            return;
        };
        if self
            .readings
            .iter()
            .any(|c| c.elements.data_str() == es.data_str())
        {
            return;
        }
        let c = make_candidate(es, self.implied, self.profile);
        self.readings.push(c);
    }
}
