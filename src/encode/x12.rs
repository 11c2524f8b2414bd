//! ANSI X12 encodation (ISO/IEC 16022 5.2.7): CR, `*`, `>`, space, digits and upper-case letters,
//! three per two codewords (packed like C40).

#![allow(clippy::arithmetic_side_effects)]
// SAFETY-ish reason: byte arithmetic inside the matched character ranges.

/// The X12 value of `b`, or `None` when X12 cannot encode it.
#[inline]
pub const fn value(b: u8) -> Option<u8> {
    match b {
        13 => Some(0),
        b'*' => Some(1),
        b'>' => Some(2),
        b' ' => Some(3),
        b'0'..=b'9' => Some(4 + b - b'0'),
        b'A'..=b'Z' => Some(14 + b - b'A'),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn set() {
        let n = (0..=255u8).filter(|&b| super::value(b).is_some()).count();
        assert_eq!(n, 40);
        assert_eq!(super::value(b'Z'), Some(39));
        assert_eq!(super::value(b'a'), None);
    }
}
