//! The one validation path every input form goes through: value length, components and linters,
//! then the message-level rules (`ex=`, `req=`, repeats, the (8030) serial rule).

use super::Options;
use super::ai::{AiEntry, Cset, matches_pattern};
use super::error::{AiCode, Gs1Error};
use super::lint::{Linter, cset};

/// Most AIs one message may hold (the engine's limit; a composite separator counts as one).
pub const MAX_AIS: usize = 64;
/// Longest raw message in characters.
pub const MAX_DATA: usize = 8191;

/// Parse-time check of a delimited value (bracketed, Digital Link): overall length and no `^`.
///
/// # Errors
/// [`Gs1Error::ValueTooShort`], [`Gs1Error::ValueTooLong`] or [`Gs1Error::IllegalCaret`].
pub fn check_value_length(ai: &str, entry: &AiEntry, value: &[u8]) -> Result<(), Gs1Error> {
    let code = AiCode::new(ai);
    if value.len() < usize::from(entry.min_len) {
        return Err(Gs1Error::ValueTooShort {
            ai: code,
            len: value.len(),
            min: usize::from(entry.min_len),
        });
    }
    if value.len() > usize::from(entry.max_len) {
        return Err(Gs1Error::ValueTooLong {
            ai: code,
            len: value.len(),
            max: usize::from(entry.max_len),
        });
    }
    if let Some(pos) = value.iter().position(|&b| b == b'^') {
        return Err(Gs1Error::IllegalCaret { ai: code, pos });
    }
    Ok(())
}

/// Run the component checks of `entry` over `value` (which may run past the AI's maximum length in
/// unbracketed data); returns how many bytes the components consumed.
///
/// # Errors
/// [`Gs1Error::DataEmpty`], [`Gs1Error::IncorrectLength`] or [`Gs1Error::Lint`] (offset and length
/// inside the value).
pub fn lint_value(ai: &str, entry: &AiEntry, value: &[u8]) -> Result<usize, Gs1Error> {
    if value.is_empty() {
        return Err(Gs1Error::DataEmpty {
            ai: AiCode::new(ai),
        });
    }
    let mut p = 0usize;
    for comp in entry.components {
        let rest = value.get(p..).unwrap_or(&[]);
        let len = rest.len().min(usize::from(comp.max));
        if comp.optional && len == 0 {
            continue;
        }
        if len < usize::from(comp.min) {
            return Err(Gs1Error::IncorrectLength {
                ai: AiCode::new(ai),
            });
        }
        let data = rest.get(..len).unwrap_or(&[]);
        let cs = match comp.cset {
            Cset::N => cset::numeric(data),
            Cset::X => cset::cset82(data),
            Cset::Y => cset::cset39(data),
            Cset::Z => cset::cset64(data),
        };
        cs.and_then(|()| comp.linters.iter().try_for_each(|l: &Linter| l.check(data)))
            .map_err(|(lint, pos, elen)| Gs1Error::Lint {
                ai: AiCode::new(ai),
                lint,
                pos: p + pos,
                len: elen,
            })?;
        p += len;
    }
    Ok(p)
}

/// One element as the message-level rules see it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ElemRef<'a> {
    pub ai: &'a str,
    pub value: &'a [u8],
    pub entry: &'static AiEntry,
}

fn exists(elems: &[ElemRef<'_>], pat: &str, ignore: &str) -> Option<usize> {
    elems
        .iter()
        .position(|e| e.ai != ignore && matches_pattern(e.ai, pat))
}

/// Message-level rules over all elements (composite part included), in the engine's order:
/// invalid pairs, requisites (optional), repeated AIs, digital-signature serial.
///
/// # Errors
/// [`Gs1Error::InvalidPair`], [`Gs1Error::RequisiteMissing`], [`Gs1Error::RepeatedAiDiffers`] or
/// [`Gs1Error::DigSigSerialMissing`].
pub(crate) fn validate_associations(elems: &[ElemRef<'_>], opts: &Options) -> Result<(), Gs1Error> {
    let n = elems.len().min(MAX_AIS);
    let mut order = [0u8; MAX_AIS];
    for (i, o) in order.iter_mut().enumerate().take(n) {
        *o = i as u8;
    }
    let order = &mut order[..n];
    let ai_of = |i: &u8| elems.get(usize::from(*i)).map(|e| e.ai).unwrap_or("");
    order.sort_by(|a, b| ai_of(a).cmp(ai_of(b)));
    let sorted = || order.iter().filter_map(|&i| elems.get(usize::from(i)));

    for e in sorted() {
        for pat in e.entry.ex {
            if let Some(j) = exists(elems, pat, e.ai) {
                let other = elems.get(j).map(|o| AiCode::new(o.ai)).unwrap_or_default();
                return Err(Gs1Error::InvalidPair {
                    ai: AiCode::new(e.ai),
                    other,
                });
            }
        }
    }
    if opts.validate_requisite_ais {
        for e in sorted() {
            for rule in e.entry.req {
                let ok = rule
                    .groups
                    .iter()
                    .any(|g| g.iter().all(|pat| exists(elems, pat, e.ai).is_some()));
                if !ok {
                    return Err(Gs1Error::RequisiteMissing {
                        ai: AiCode::new(e.ai),
                        required: rule.text,
                    });
                }
            }
        }
    }
    let mut prev: Option<&ElemRef<'_>> = None;
    for e in sorted() {
        if let Some(p) = prev
            && p.ai == e.ai
            && p.value != e.value
        {
            return Err(Gs1Error::RepeatedAiDiffers {
                ai: AiCode::new(e.ai),
            });
        }
        prev = Some(e);
    }
    if elems.iter().any(|e| e.ai == "8030") {
        for key in ["253", "255", "8003"] {
            if let Some(e) = elems.iter().find(|e| e.ai == key)
                && e.value.len() == usize::from(e.entry.min_len)
            {
                return Err(Gs1Error::DigSigSerialMissing {
                    ai: AiCode::new(e.ai),
                });
            }
        }
    }
    Ok(())
}
