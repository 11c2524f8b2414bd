//! Market profiles: what a pharma pack's element string must carry for one market, checked on top of
//! the GS1 validation.
//!
//! Sits after [`crate::gs1`] in both flows: an element string that GS1 accepts is checked against a
//! [`Profile`] (EU FMD, US DSCSA, UAE Tatmeen, Saudi RSD, Russia MDLP, Brazil, or a file of the user's),
//! which returns every [`Finding`] (error or warning, the AI, the rule, a message), not just the first.
//! The scan normaliser ([`crate::normalize`]) uses profiles to rank its readings.
//!
//! ```
//! use gs1_datamatrix::gs1::Options;
//! use gs1_datamatrix::profile::{self, Severity};
//! let eu = profile::builtin("eu-fmd").unwrap();
//! let (_, findings) =
//!     profile::check_input("(01)09506000134352(17)261231(10)ABC123", &Options::default(), &eu)?;
//! assert!(findings.iter().any(|f| f.severity == Severity::Error && f.ai.as_deref() == Some("21")));
//! # Ok::<(), gs1_datamatrix::gs1::Gs1Error>(())
//! ```
//!
//! # Profile files
//! One readable text file per market (`profiles/*.profile` in the crate, embedded with
//! `include_str!`; [`parse_profile`] reads a user's file). `#` starts a comment. Two sections:
//!
//! ```text
//! [profile]
//! id = eu-fmd                 # the name `gs1dm check --profile` takes
//! name = ...                  # one line
//! source = ...                # repeatable: where each rule comes from
//! note = ...                  # repeatable: caveats, uncertainties (say so, never invent certainty)
//!
//! [rules]
//! # severity  rule       arguments
//! error       require    01 21 10 17   # each AI must be present
//! warning     allow      710 711       # optional AIs (also listed: every `require`d AI)
//! warning     unlisted                 # severity for an AI neither required nor allowed
//! error       forbid     8030          # must not be present
//! warning     order      01 17 10 21   # relative order of those present
//! warning     first      01            # this AI, when present, comes first
//! error       length     21 1 20       # value length range (characters)
//! warning     charset    21 alnum      # digits | alnum | upper-alnum | cset39 | cset82
//! warning     no-day-00  17            # YYMMDD with DD = 00 not accepted
//! error       gtin-ndc   01            # GTIN-14 must embed a US NDC (N 0 3 + 10-digit NDC + check)
//! ```
//!
//! A finding's `rule` is the rule word (`require`, `length`, ...); `line` is its line in the file.

mod parse;

use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

pub use parse::{MAX_AIS_PER_RULE, MAX_PROFILE_LEN, MAX_RULES, parse_profile};

use crate::gs1::{ElementString, Gs1Error, Message, Options, parse_data, parse_scan};

/// The built-in profiles: (`id`, file text). The files live in `profiles/` of the crate.
pub const BUILTIN: &[(&str, &str)] = &[
    ("eu-fmd", include_str!("../../profiles/eu-fmd.profile")),
    ("dscsa", include_str!("../../profiles/dscsa.profile")),
    ("tatmeen", include_str!("../../profiles/tatmeen.profile")),
    ("rsd", include_str!("../../profiles/rsd.profile")),
    ("mdlp", include_str!("../../profiles/mdlp.profile")),
    ("brazil", include_str!("../../profiles/brazil.profile")),
];

/// A built-in profile by id (`eu-fmd`, `dscsa`, `tatmeen`, `rsd`, `mdlp`, `brazil`).
pub fn builtin(id: &str) -> Option<Profile> {
    BUILTIN
        .iter()
        .find(|(name, _)| *name == id)
        .and_then(|(_, text)| parse_profile(text).ok())
}

/// Why a profile file could not be read (line numbers are 1-based).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ProfileError {
    /// The file is longer than [`MAX_PROFILE_LEN`].
    #[error("profile file of {len} bytes is longer than {max}")]
    TooLong {
        /// Its length.
        len: usize,
        /// The limit.
        max: usize,
    },
    /// More rules than [`MAX_RULES`].
    #[error("profile has more than {max} rules")]
    TooManyRules {
        /// The limit.
        max: usize,
    },
    /// A `[section]` other than `[profile]` and `[rules]`.
    #[error("line {line}: unknown section")]
    UnknownSection {
        /// The line.
        line: u32,
    },
    /// Content before the first section header.
    #[error("line {line}: outside any section")]
    OutsideSection {
        /// The line.
        line: u32,
    },
    /// A `[profile]` key other than `id`, `name`, `source`, `note`.
    #[error("line {line}: unknown key")]
    UnknownKey {
        /// The line.
        line: u32,
    },
    /// A line that is not `key = value` / `severity rule arguments`, or has the wrong arguments.
    #[error("line {line}: cannot read this line")]
    BadLine {
        /// The line.
        line: u32,
    },
    /// A rule line that does not start with `error` or `warning`.
    #[error("line {line}: severity must be `error` or `warning`")]
    BadSeverity {
        /// The line.
        line: u32,
    },
    /// An unknown rule word.
    #[error("line {line}: unknown rule")]
    UnknownRule {
        /// The line.
        line: u32,
    },
    /// An AI that is not 2 to 4 digits.
    #[error("line {line}: an AI must be 2 to 4 digits")]
    BadAi {
        /// The line.
        line: u32,
    },
    /// A number that is not a `u16`, or a length range with min > max.
    #[error("line {line}: bad number")]
    BadNumber {
        /// The line.
        line: u32,
    },
    /// An unknown character set name.
    #[error("line {line}: unknown character set")]
    BadCharset {
        /// The line.
        line: u32,
    },
    /// The `[profile]` section gives no `id`.
    #[error("profile has no id")]
    MissingId,
}

/// How bad a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    /// Should be fixed; the pack is still readable.
    Warning,
    /// The pack's code is wrong for the market.
    Error,
}

impl Severity {
    /// `error` or `warning`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// A value character set a profile may demand (narrower than the GS1 one).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Charset {
    /// `0-9`.
    Digits,
    /// `0-9 A-Z a-z`.
    Alnum,
    /// `0-9 A-Z`.
    UpperAlnum,
    /// GS1 character set 39.
    Cset39,
    /// GS1 character set 82.
    Cset82,
}

impl Charset {
    fn accepts(self, b: u8) -> bool {
        match self {
            Charset::Digits => b.is_ascii_digit(),
            Charset::Alnum => b.is_ascii_alphanumeric(),
            Charset::UpperAlnum => b.is_ascii_digit() || b.is_ascii_uppercase(),
            Charset::Cset39 => crate::gs1::lint::cset::is_cset39(b),
            Charset::Cset82 => crate::gs1::lint::cset::is_cset82(b),
        }
    }

    fn name(self) -> &'static str {
        match self {
            Charset::Digits => "digits",
            Charset::Alnum => "alnum",
            Charset::UpperAlnum => "upper-alnum",
            Charset::Cset39 => "cset39",
            Charset::Cset82 => "cset82",
        }
    }
}

/// What one rule checks.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum RuleKind {
    /// Each AI must be present.
    Require(Vec<String>),
    /// Optional AIs the market accepts.
    Allow(Vec<String>),
    /// AIs that must not be present.
    Forbid(Vec<String>),
    /// An AI that is neither required nor allowed (the rule's severity applies).
    Unlisted,
    /// The AIs present among these must appear in this relative order.
    Order(Vec<String>),
    /// This AI, when present, must be the first element.
    First(String),
    /// Value length range.
    Length {
        /// The AI.
        ai: String,
        /// Fewest characters.
        min: u16,
        /// Most characters.
        max: u16,
    },
    /// Value character set.
    Charset {
        /// The AI.
        ai: String,
        /// The set.
        set: Charset,
    },
    /// A YYMMDD date whose day must not be `00`.
    NoDay00(String),
    /// A GTIN-14 that must embed a US NDC: indicator 0-8, then `03`, then the 10-digit NDC and the
    /// check digit.
    GtinNdc(String),
}

impl RuleKind {
    /// The rule word of the file format (the finding's rule id).
    pub fn id(&self) -> &'static str {
        match self {
            RuleKind::Require(_) => "require",
            RuleKind::Allow(_) => "allow",
            RuleKind::Forbid(_) => "forbid",
            RuleKind::Unlisted => "unlisted",
            RuleKind::Order(_) => "order",
            RuleKind::First(_) => "first",
            RuleKind::Length { .. } => "length",
            RuleKind::Charset { .. } => "charset",
            RuleKind::NoDay00(_) => "no-day-00",
            RuleKind::GtinNdc(_) => "gtin-ndc",
        }
    }
}

/// One rule of a profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    /// Severity of its findings.
    pub severity: Severity,
    /// What it checks.
    pub kind: RuleKind,
    /// Its line in the profile file.
    pub line: u32,
}

/// A market profile: typed rules read from a profile file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    /// Short id (`eu-fmd`).
    pub id: String,
    /// Human name.
    pub name: String,
    /// Where the rules come from.
    pub sources: Vec<String>,
    /// Caveats and uncertainties.
    pub notes: Vec<String>,
    /// The rules in file order.
    pub rules: Vec<Rule>,
}

/// One thing a profile says about an element string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// Error or warning.
    pub severity: Severity,
    /// The AI concerned, if one.
    pub ai: Option<String>,
    /// The rule id (the rule word: `require`, `length`, ...).
    pub rule: &'static str,
    /// The rule's line in the profile file.
    pub line: u32,
    /// What is wrong, in words.
    pub message: String,
}

impl Profile {
    /// Is `ai` named by a `require` or `allow` rule?
    pub fn lists(&self, ai: &str) -> bool {
        self.rules.iter().any(|r| match &r.kind {
            RuleKind::Require(v) | RuleKind::Allow(v) => v.iter().any(|a| a == ai),
            _ => false,
        })
    }

    /// Every finding of this profile for `es`, in rule order (then message order).
    pub fn check(&self, es: &ElementString) -> Vec<Finding> {
        let mut out = Vec::new();
        for r in &self.rules {
            self.check_rule(r, es, &mut out);
        }
        out
    }

    fn check_rule(&self, r: &Rule, es: &ElementString, out: &mut Vec<Finding>) {
        let mut push = |ai: Option<&str>, message: String| {
            out.push(Finding {
                severity: r.severity,
                ai: ai.map(ToString::to_string),
                rule: r.kind.id(),
                line: r.line,
                message,
            });
        };
        let values = |ai: &str| {
            let ai = String::from(ai);
            es.elements().filter(move |e| e.ai == ai).map(|e| e.value)
        };
        match &r.kind {
            RuleKind::Require(ais) => {
                for a in ais {
                    if es.get(a).is_none() {
                        push(Some(a), format!("({a}) is required for {}", self.id));
                    }
                }
            }
            RuleKind::Allow(_) => {}
            RuleKind::Forbid(ais) => {
                for a in ais {
                    if es.get(a).is_some() {
                        push(
                            Some(a),
                            format!("({a}) must not be present for {}", self.id),
                        );
                    }
                }
            }
            RuleKind::Unlisted => {
                let mut seen: Vec<&str> = Vec::new();
                for e in es.elements() {
                    if !self.lists(e.ai) && !seen.contains(&e.ai) {
                        seen.push(e.ai);
                        push(
                            Some(e.ai),
                            format!("({}) is not expected in a {} pack code", e.ai, self.id),
                        );
                    }
                }
            }
            RuleKind::Order(ais) => {
                let rank = |ai: &str| ais.iter().position(|a| a == ai);
                let mut last: Option<(usize, &str)> = None;
                for e in es.elements() {
                    let Some(k) = rank(e.ai) else { continue };
                    if let Some((lk, lai)) = last
                        && k < lk
                    {
                        push(
                            Some(e.ai),
                            format!(
                                "({}) comes after ({lai}); the {} order is {}",
                                e.ai,
                                self.id,
                                bracket_list(ais)
                            ),
                        );
                        return;
                    }
                    last = Some((k, e.ai));
                }
            }
            RuleKind::First(a) => {
                let first = es.elements().next().map(|e| e.ai);
                if es.get(a).is_some() && first != Some(a.as_str()) {
                    push(Some(a), format!("({a}) must be the first element"));
                }
            }
            RuleKind::Length { ai, min, max } => {
                for v in values(ai) {
                    let n = v.chars().count();
                    if n < usize::from(*min) || n > usize::from(*max) {
                        let want = if min == max {
                            format!("{min}")
                        } else {
                            format!("{min} to {max}")
                        };
                        push(
                            Some(ai),
                            format!("({ai}) has {n} characters; {} wants {want}", self.id),
                        );
                    }
                }
            }
            RuleKind::Charset { ai, set } => {
                for v in values(ai) {
                    if let Some(pos) = v.bytes().position(|b| !set.accepts(b)) {
                        push(
                            Some(ai),
                            format!(
                                "({ai}) character at position {pos} is outside {} ({})",
                                set.name(),
                                self.id
                            ),
                        );
                    }
                }
            }
            RuleKind::NoDay00(ai) => {
                for v in values(ai) {
                    if v.len() == 6 && v.get(4..6) == Some("00") {
                        push(
                            Some(ai),
                            format!("({ai}) day 00 (month only) is not accepted by {}", self.id),
                        );
                    }
                }
            }
            RuleKind::GtinNdc(ai) => {
                for v in values(ai) {
                    if ndc_from_gtin(v).is_none() {
                        push(
                            Some(ai),
                            format!(
                                "({ai}) {v} does not embed an NDC (expected indicator 0-8, then 03, \
                                 then the 10-digit NDC)"
                            ),
                        );
                    }
                }
            }
        }
    }
}

fn bracket_list(ais: &[String]) -> String {
    let mut s = String::new();
    for a in ais {
        s.push('(');
        s.push_str(a);
        s.push(')');
    }
    s
}

/// The 10-digit NDC a US pharma GTIN-14 embeds (`N03` + NDC + check digit), or `None`.
///
/// The NDC's 4-4-2 / 5-3-2 / 5-4-1 segmentation cannot be recovered from the GTIN alone.
///
/// ```
/// assert_eq!(gs1_datamatrix::profile::ndc_from_gtin("00312345678906"), Some("1234567890"));
/// assert_eq!(gs1_datamatrix::profile::ndc_from_gtin("09506000134352"), None);
/// ```
pub fn ndc_from_gtin(gtin: &str) -> Option<&str> {
    let b = gtin.as_bytes();
    if b.len() != 14 || !b.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let ind = *b.first()?;
    if ind > b'8' || b.get(1..3)? != b"03" {
        return None;
    }
    gtin.get(3..13)
}

/// Findings of `profile` for a parsed message (plain data gets one `require` error per required AI).
pub fn check_message(m: &Message, profile: &Profile) -> Vec<Finding> {
    match m.elements() {
        Some(es) => profile.check(es),
        None => profile.check(&ElementString::new()),
    }
}

/// Parse `input` (bracketed `(01)…`, `^01…` data, a Digital Link URI, or scanner output starting
/// with `]`), validate it like GS1, then check it against `profile`: one call answering "is this
/// pack's code right for this market". The pack passes when this returns `Ok` and no finding is an
/// [`Severity::Error`].
///
/// # Errors
/// The [`Gs1Error`] when the input is not a valid GS1 message.
pub fn check_input(
    input: &str,
    opts: &Options,
    profile: &Profile,
) -> Result<(Message, Vec<Finding>), Gs1Error> {
    let m = if input.starts_with('(') {
        ElementString::parse_bracketed(input, opts).map(Message::Ai)?
    } else if input.starts_with(']') {
        parse_scan(input, opts)?
    } else {
        parse_data(input, opts)?
    };
    let f = check_message(&m, profile);
    Ok((m, f))
}

/// True when any finding is an error.
pub fn has_error(findings: &[Finding]) -> bool {
    findings.iter().any(|f| f.severity == Severity::Error)
}
