//! The one validation path every input form goes through: value length, components and linters,
//! then the message-level rules (`ex=`, `req=`, repeats, the (8030) serial rule).

use super::Options;
use super::ai::{AiEntry, Cset};
use super::error::{AiCode, Gs1Error};
use super::lint::{Linter, cset};

/// Most AIs one message may hold (the engine's limit; a composite separator counts as one).
pub const MAX_AIS: usize = crate::limits::MAX_AIS;
/// Longest raw message in characters.
pub const MAX_DATA: usize = crate::limits::MAX_ELEMENT_STRING_LEN;

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
                pos: p.saturating_add(pos),
                len: elen,
            })?;
        p = p.saturating_add(len);
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
    // Each AI as a number (for pattern tests) and as a key that sorts like the AI text.
    let mut num = [0u16; MAX_AIS];
    let mut len = [0u8; MAX_AIS];
    let mut order = [0u8; MAX_AIS];
    let mut sort_key = [0u16; MAX_AIS];
    for i in 0..n {
        let ai = get(i).ai.as_bytes();
        let v = ai.iter().fold(0u16, |acc, d| {
            acc.wrapping_mul(10)
                .wrapping_add(u16::from(d.wrapping_sub(b'0')))
        });
        let l = ai.len().min(4);
        let padded = (l..4).fold(v, |acc, _| acc.wrapping_mul(10));
        if let (Some(a), Some(b), Some(c), Some(d)) = (
            num.get_mut(i),
            len.get_mut(i),
            order.get_mut(i),
            sort_key.get_mut(i),
        ) {
            *a = v;
            *b = l as u8;
            *c = i as u8;
            *d = padded.wrapping_mul(5).wrapping_add(l as u16);
        }
    }
    // Which two-digit AI prefixes occur (every AI has at least two digits): a pattern whose first
    // two characters are digits absent here matches nothing, without parsing it.
    let present = (0..n).fold(0u128, |acc, i| {
        let two = get(i).ai.as_bytes().get(..2).and_then(two_digits);
        acc | two.map_or(0, |t| 1u128 << t)
    });
    let key = |i: usize| sort_key.get(i).copied().unwrap_or(0);
    let order = order.get_mut(..n).unwrap_or(&mut []);
    order.sort_unstable_by_key(|&i| key(usize::from(i)));
    // First element other than `ignore` (an AI is not exclusive of itself) matching `pat`.
    let exists = |pat: &str, ignore: usize| -> Option<usize> {
        if let Some(t) = pat.as_bytes().get(..2).and_then(two_digits)
            && present & (1u128 << t) == 0
        {
            return None;
        }
        let p = Pattern::parse(pat)?;
        (0..n).find(|&j| {
            key(j) != key(ignore)
                && len.get(j) == Some(&p.len)
                && num
                    .get(j)
                    .is_some_and(|&v| v.checked_div(p.div) == Some(p.prefix))
        })
    };

    for &i in order.iter() {
        let i = usize::from(i);
        let e = get(i);
        for pat in e.entry.ex {
            if let Some(j) = exists(pat, i) {
                return Err(Gs1Error::InvalidPair {
                    ai: AiCode::new(e.ai),
                    other: AiCode::new(get(j).ai),
                });
            }
        }
    }
    if opts.validate_requisite_ais {
        for &i in order.iter() {
            let i = usize::from(i);
            let e = get(i);
            for rule in e.entry.req {
                let ok = rule
                    .groups
                    .iter()
                    .any(|g| g.iter().all(|pat| exists(pat, i).is_some()));
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
        if let [a, b] = w
            && key(usize::from(*a)) == key(usize::from(*b))
        {
            let (p, e) = (get(usize::from(*a)), get(usize::from(*b)));
            if p.value != e.value {
                return Err(Gs1Error::RepeatedAiDiffers {
                    ai: AiCode::new(e.ai),
                });
            }
        }
    }
    let is_ai = |i: usize, v: u16, l: u8| num.get(i) == Some(&v) && len.get(i) == Some(&l);
    if (0..n).any(|i| is_ai(i, 8030, 4)) {
        for (v, l) in [(253, 3), (255, 3), (8003, 4)] {
            if let Some(e) = (0..n).find(|&i| is_ai(i, v, l)).map(&get)
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

/// The number 0..=99 of two ASCII digits, or `None`.
fn two_digits(b: &[u8]) -> Option<u32> {
    match b {
        [a @ b'0'..=b'9', c @ b'0'..=b'9'] => Some(
            u32::from(a.wrapping_sub(b'0'))
                .wrapping_mul(10)
                .wrapping_add(u32::from(c.wrapping_sub(b'0'))),
        ),
        _ => None,
    }
}

/// A dictionary AI pattern (`"01"`, `"310n"`, `"35nn"`) as numbers: AI length, and the value the
/// AI's number has after dropping the `n` positions.
struct Pattern {
    len: u8,
    div: u16,
    prefix: u16,
}

impl Pattern {
    fn parse(pat: &str) -> Option<Pattern> {
        let b = pat.as_bytes();
        let fixed = b.iter().take_while(|c| c.is_ascii_digit()).count();
        if b.len() > 4 || fixed == 0 || b.get(fixed..)?.iter().any(|&c| c != b'n') {
            return None;
        }
        let prefix = b.get(..fixed)?.iter().fold(0u16, |acc, d| {
            // at most 4 digits (checked above): < 10^4 fits u16
            acc.saturating_mul(10)
                .saturating_add(u16::from(d.wrapping_sub(b'0')))
        });
        let div = (fixed..b.len()).fold(1u16, |acc, _| acc.saturating_mul(10));
        Some(Pattern {
            len: b.len() as u8,
            div,
            prefix,
        })
    }
}
