//! Reads a profile file (the small line format described in [`super`]) into a [`Profile`].

use alloc::string::{String, ToString};
use alloc::vec::Vec;

use super::{Charset, Profile, ProfileError, Rule, RuleKind, Severity};

/// Longest profile file accepted, in bytes.
pub const MAX_PROFILE_LEN: usize = 64 * 1024;
/// Most rules one profile may hold.
pub const MAX_RULES: usize = 512;
/// Most AIs one rule line may list.
pub const MAX_AIS_PER_RULE: usize = 64;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Section {
    None,
    Profile,
    Rules,
}

/// Parse a profile file.
///
/// # Errors
/// [`ProfileError`] with the 1-based line number of the first line that cannot be read, or
/// [`ProfileError::MissingId`] when the `[profile]` section names no `id`.
pub fn parse_profile(text: &str) -> Result<Profile, ProfileError> {
    if text.len() > MAX_PROFILE_LEN {
        return Err(ProfileError::TooLong {
            len: text.len(),
            max: MAX_PROFILE_LEN,
        });
    }
    let mut p = Profile {
        id: String::new(),
        name: String::new(),
        sources: Vec::new(),
        notes: Vec::new(),
        rules: Vec::new(),
    };
    let mut section = Section::None;
    for (idx, raw) in text.lines().enumerate() {
        let line = u32::try_from(idx).unwrap_or(u32::MAX).saturating_add(1);
        let l = raw.trim();
        if l.is_empty() || l.starts_with('#') {
            continue;
        }
        if let Some(name) = l.strip_prefix('[').and_then(|r| r.strip_suffix(']')) {
            section = match name.trim() {
                "profile" => Section::Profile,
                "rules" => Section::Rules,
                _ => return Err(ProfileError::UnknownSection { line }),
            };
            continue;
        }
        match section {
            Section::None => return Err(ProfileError::OutsideSection { line }),
            Section::Profile => {
                let (k, v) = l.split_once('=').ok_or(ProfileError::BadLine { line })?;
                let v = v.trim().to_string();
                match k.trim() {
                    "id" => p.id = v,
                    "name" => p.name = v,
                    "source" => p.sources.push(v),
                    "note" => p.notes.push(v),
                    _ => return Err(ProfileError::UnknownKey { line }),
                }
            }
            Section::Rules => {
                if p.rules.len() >= MAX_RULES {
                    return Err(ProfileError::TooManyRules { max: MAX_RULES });
                }
                p.rules.push(parse_rule(l, line)?);
            }
        }
    }
    if p.id.is_empty() {
        return Err(ProfileError::MissingId);
    }
    Ok(p)
}

fn parse_rule(l: &str, line: u32) -> Result<Rule, ProfileError> {
    // A trailing `# comment` is allowed on rule lines.
    let l = l.split_once('#').map_or(l, |(a, _)| a);
    let mut words = l.split_ascii_whitespace();
    let severity = match words.next() {
        Some("error") => Severity::Error,
        Some("warning") => Severity::Warning,
        _ => return Err(ProfileError::BadSeverity { line }),
    };
    let kind_word = words.next().ok_or(ProfileError::BadLine { line })?;
    let args: Vec<&str> = words.collect();
    let ai = |i: usize| -> Result<String, ProfileError> {
        let a = args.get(i).ok_or(ProfileError::BadLine { line })?;
        if (2..=4).contains(&a.len()) && a.bytes().all(|b| b.is_ascii_digit()) {
            Ok((*a).to_string())
        } else {
            Err(ProfileError::BadAi { line })
        }
    };
    let ais = || -> Result<Vec<String>, ProfileError> {
        if args.is_empty() || args.len() > MAX_AIS_PER_RULE {
            return Err(ProfileError::BadLine { line });
        }
        (0..args.len()).map(ai).collect()
    };
    let num = |i: usize| -> Result<u16, ProfileError> {
        args.get(i)
            .and_then(|s| s.parse::<u16>().ok())
            .ok_or(ProfileError::BadNumber { line })
    };
    let exact = |n: usize| {
        if args.len() == n {
            Ok(())
        } else {
            Err(ProfileError::BadLine { line })
        }
    };
    let kind = match kind_word {
        "require" => RuleKind::Require(ais()?),
        "allow" => RuleKind::Allow(ais()?),
        "forbid" => RuleKind::Forbid(ais()?),
        "unlisted" => {
            exact(0)?;
            RuleKind::Unlisted
        }
        "order" => RuleKind::Order(ais()?),
        "first" => {
            exact(1)?;
            RuleKind::First(ai(0)?)
        }
        "length" => {
            exact(3)?;
            let (min, max) = (num(1)?, num(2)?);
            if min > max {
                return Err(ProfileError::BadNumber { line });
            }
            RuleKind::Length {
                ai: ai(0)?,
                min,
                max,
            }
        }
        "charset" => {
            exact(2)?;
            let set = match args.get(1).copied() {
                Some("digits") => Charset::Digits,
                Some("alnum") => Charset::Alnum,
                Some("upper-alnum") => Charset::UpperAlnum,
                Some("cset39") => Charset::Cset39,
                Some("cset82") => Charset::Cset82,
                _ => return Err(ProfileError::BadCharset { line }),
            };
            RuleKind::Charset { ai: ai(0)?, set }
        }
        "no-day-00" => {
            exact(1)?;
            RuleKind::NoDay00(ai(0)?)
        }
        "gtin-ndc" => {
            exact(1)?;
            RuleKind::GtinNdc(ai(0)?)
        }
        _ => return Err(ProfileError::UnknownRule { line }),
    };
    Ok(Rule {
        severity,
        kind,
        line,
    })
}
