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
    let code = || AiCode::new(ai);
    if value.len() < usize::from(entry.min_len) {
        return Err(Gs1Error::ValueTooShort {
            ai: code(),
            len: value.len(),
            min: usize::from(entry.min_len),
        });
    }
    if value.len() > usize::from(entry.max_len) {
        return Err(Gs1Error::ValueTooLong {
            ai: code(),
            len: value.len(),
            max: usize::from(entry.max_len),
        });
    }
    if let Some(pos) = value.iter().position(|&b| b == b'^') {
        return Err(Gs1Error::IllegalCaret { ai: code(), pos });
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

/// Message-level rules over all elements (composite part included), in the engine's order:
/// invalid pairs, requisites (optional), repeated AIs, digital-signature serial. `get(i)` returns
/// element `i` of `n`; elements are visited in AI order, as the engine sorts them.
///
/// # Errors
/// [`Gs1Error::InvalidPair`], [`Gs1Error::RequisiteMissing`], [`Gs1Error::RepeatedAiDiffers`] or
/// [`Gs1Error::DigSigSerialMissing`].
pub(crate) fn validate_associations<'a>(
    n: usize,
    get: impl Fn(usize) -> ElemRef<'a>,
    opts: &Options,
) -> Result<(), Gs1Error> {
    let n = n.min(MAX_AIS);
    let mut order = [0u8; MAX_AIS];
    for (i, o) in order.iter_mut().enumerate().take(n) {
        *o = i as u8;
    }
    let order = order.get_mut(..n).unwrap_or(&mut []);
    order.sort_unstable_by(|&a, &b| get(usize::from(a)).ai.cmp(get(usize::from(b)).ai));
    let exists = |pat: &str, ignore: &str| -> Option<usize> {
        (0..n).find(|&j| {
            let e = get(j);
            e.ai != ignore && matches_pattern(e.ai, pat)
        })
    };

    for &i in order.iter() {
        let e = get(usize::from(i));
        for pat in e.entry.ex {
            if let Some(j) = exists(pat, e.ai) {
                return Err(Gs1Error::InvalidPair {
                    ai: AiCode::new(e.ai),
                    other: AiCode::new(get(j).ai),
                });
            }
        }
    }
    if opts.validate_requisite_ais {
        for &i in order.iter() {
            let e = get(usize::from(i));
            for rule in e.entry.req {
                let ok = rule
                    .groups
                    .iter()
                    .any(|g| g.iter().all(|pat| exists(pat, e.ai).is_some()));
                if !ok {
                    return Err(Gs1Error::RequisiteMissing {
                        ai: AiCode::new(e.ai),
                        required: rule.text,
                    });
                }
            }
        }
    }
    for w in order.windows(2) {
        if let [a, b] = w {
            let (p, e) = (get(usize::from(*a)), get(usize::from(*b)));
            if p.ai == e.ai && p.value != e.value {
                return Err(Gs1Error::RepeatedAiDiffers {
                    ai: AiCode::new(e.ai),
                });
            }
        }
    }
    if (0..n).any(|i| get(i).ai == "8030") {
        for key in ["253", "255", "8003"] {
            if let Some(e) = (0..n).map(&get).find(|e| e.ai == key)
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
