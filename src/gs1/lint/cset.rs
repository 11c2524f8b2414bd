//! Character-set checks run before any linter: N (digits), X (CSET 82), Y (CSET 39), Z (CSET 64).

use super::{LintError, LintResult};

/// Membership table of CSET 82 (GS1 General Specifications figure 7.11-1).
// SAFETY-ish reason: evaluated at compile time; an out-of-range index fails the build.
#[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]
const fn cset82_table() -> [bool; 256] {
    let mut t = [false; 256];
    let allowed =
        b"!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";
    let mut i = 0;
    while i < allowed.len() {
        t[allowed[i] as usize] = true;
        i += 1;
    }
    t
}
static CSET82: [bool; 256] = cset82_table();

/// Is `b` in CSET 82?
#[inline]
pub(crate) fn is_cset82(b: u8) -> bool {
    CSET82.get(usize::from(b)).copied().unwrap_or(false)
}

/// Is `b` in CSET 39 (`#`, `-`, `/`, digits, upper-case letters)?
#[inline]
pub(crate) fn is_cset39(b: u8) -> bool {
    matches!(b, b'#' | b'-' | b'/' | b'0'..=b'9' | b'A'..=b'Z')
}

/// Is `b` in CSET 64 (base64url, without the `=` pad)?
#[inline]
pub(crate) fn is_cset64(b: u8) -> bool {
    matches!(b, b'-' | b'_' | b'0'..=b'9' | b'A'..=b'Z' | b'a'..=b'z')
}

fn first_bad(comp: &[u8], ok: impl Fn(u8) -> bool, err: LintError) -> LintResult {
    match comp.iter().position(|&b| !ok(b)) {
        Some(p) => Err((err, p, 1)),
        None => Ok(()),
    }
}

/// `N`: digits only.
pub(crate) fn numeric(comp: &[u8]) -> LintResult {
    first_bad(comp, |b| b.is_ascii_digit(), LintError::NonDigitCharacter)
}

/// `X`: CSET 82.
pub(crate) fn cset82(comp: &[u8]) -> LintResult {
    first_bad(comp, is_cset82, LintError::InvalidCset82Character)
}

/// `Y`: CSET 39.
pub(crate) fn cset39(comp: &[u8]) -> LintResult {
    first_bad(comp, is_cset39, LintError::InvalidCset39Character)
}

/// `Z`: CSET 64 with the engine's padding rule: at most two trailing `=`, and only when the padded
/// length is a multiple of three; `=` elsewhere is a bad character.
pub(crate) fn cset64(comp: &[u8]) -> LintResult {
    let pads = comp.iter().rev().take_while(|&&b| b == b'=').count();
    let len = comp.len().saturating_sub(pads);
    if pads > 2 || (pads > 0 && !comp.len().is_multiple_of(3)) {
        return Err((LintError::InvalidCset64Padding, len, pads));
    }
    first_bad(
        comp.get(..len).unwrap_or(&[]),
        is_cset64,
        LintError::InvalidCset64Character,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cset64_padding_rule() {
        assert!(cset64(b"12=").is_ok());
        assert!(cset64(b"1==").is_ok());
        assert_eq!(
            cset64(b"12=="),
            Err((LintError::InvalidCset64Padding, 2, 2))
        );
        assert_eq!(
            cset64(b"1==="),
            Err((LintError::InvalidCset64Padding, 1, 3))
        );
        assert_eq!(
            cset64(b"1=3"),
            Err((LintError::InvalidCset64Character, 1, 1))
        );
    }

    #[test]
    fn cset82_excludes_space_and_gs() {
        assert_eq!(
            cset82(b"A B"),
            Err((LintError::InvalidCset82Character, 1, 1))
        );
        assert_eq!(
            cset82(b"A\x1dB"),
            Err((LintError::InvalidCset82Character, 1, 1))
        );
        assert!(cset82(b"AZaz09!\"%&'()*+,-./:;<=>?_").is_ok());
    }
}
