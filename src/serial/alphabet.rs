//! Serial formats: which characters, how many, and an optional fixed prefix.
//!
//! The serial space of a format is `alphabet.len() ^ length`; the prefix is fixed text in front and
//! adds no entropy. All types here are plain fixed-size values (no heap), so a format can be built
//! on firmware without an allocator.

use super::SerialError;

/// GS1 CSET 82 (GS1 General Specifications, figure 7.11-1): the characters allowed in AI 21.
pub const CSET82: &[u8; 82] =
    b"!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";

/// Longest serial (AI 21 holds up to 20 characters).
pub const MAX_LEN: usize = 20;

const NONE: u8 = 0xff;

/// An ordered set of 2 to 82 distinct CSET 82 characters; a character's position is its digit value.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Alphabet {
    chars: [u8; 128],
    value: [u8; 128],
    len: u8,
}

impl core::fmt::Debug for Alphabet {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_tuple("Alphabet")
            .field(&core::str::from_utf8(self.as_bytes()).unwrap_or("?"))
            .finish()
    }
}

impl Alphabet {
    /// `0-9` (10 characters): accepted everywhere, also by numeric-only EPC encodings (SGTIN-96).
    pub fn numeric() -> Self {
        Self::custom(b"0123456789").unwrap_or_else(|_| unreachable_alphabet())
    }

    /// `0-9A-Z` (36 characters): uppercase alphanumeric.
    pub fn alnum() -> Self {
        Self::custom(b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")
            .unwrap_or_else(|_| unreachable_alphabet())
    }

    /// `0-9A-Za-z` (62 characters): the CSET 82 subset that is safe in every market and channel.
    ///
    /// It drops the 20 punctuation characters of CSET 82 and keeps every letter and digit:
    /// - punctuation must be percent-escaped in GS1 Digital Link URIs (`%`, `&`, `/`, `?`, `"`,
    ///   `<`, `>`) and in EPC pure-identity URNs, and escaped in EPCIS XML (`<`, `>`, `&`, `'`, `"`);
    /// - several national systems and many line/ERP integrations restrict serials to letters and
    ///   digits, and punctuation is easily lost or mis-typed when a serial is keyed in by hand;
    /// - letters and digits are in every market's allowed set where AI 21 is CSET 82 (EU FMD,
    ///   US DSCSA, and the other GS1-based regimes), and case is significant in AI 21.
    ///
    /// 62 characters still give 5.95 bits per character (CSET 82 gives 6.36).
    pub fn cset82_safe() -> Self {
        Self::custom(b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
            .unwrap_or_else(|_| unreachable_alphabet())
    }

    /// A caller-chosen alphabet, in digit order (e.g. `23456789ABCDEFGHJKMNPQRSTUVWXYZ`,
    /// without the look-alikes 0/O and 1/I/L).
    ///
    /// # Errors
    /// [`SerialError::NotCset82`] for a byte outside CSET 82, [`SerialError::AlphabetDuplicate`]
    /// for a repeated character, [`SerialError::AlphabetTooSmall`] for fewer than 2 characters.
    pub fn custom(chars: &[u8]) -> Result<Self, SerialError> {
        let mut a = Alphabet {
            chars: [0; 128],
            value: [NONE; 128],
            len: 0,
        };
        for (pos, &byte) in chars.iter().enumerate() {
            if !CSET82.contains(&byte) {
                return Err(SerialError::NotCset82 { byte, pos });
            }
            let slot = usize::from(byte & 0x7f);
            if let Some(&v) = a.value.get(slot)
                && v != NONE
            {
                return Err(SerialError::AlphabetDuplicate {
                    byte,
                    first: usize::from(v),
                    second: pos,
                });
            }
            // At most 82 distinct CSET 82 bytes can get here, so `pos < 82`.
            if let (Some(v), Some(c)) = (a.value.get_mut(slot), a.chars.get_mut(pos)) {
                *v = pos as u8;
                *c = byte;
            }
            a.len = pos.saturating_add(1) as u8;
        }
        if a.len < 2 {
            return Err(SerialError::AlphabetTooSmall { size: chars.len() });
        }
        Ok(a)
    }

    /// Parses a CLI-style name: `numeric`, `alnum`, `cset82`, or the characters themselves.
    ///
    /// # Errors
    /// As [`Alphabet::custom`].
    pub fn parse(spec: &str) -> Result<Self, SerialError> {
        match spec {
            "numeric" => Ok(Self::numeric()),
            "alnum" => Ok(Self::alnum()),
            "cset82" => Ok(Self::cset82_safe()),
            other => Self::custom(other.as_bytes()),
        }
    }

    /// Number of characters (the radix).
    pub fn len(&self) -> usize {
        usize::from(self.len)
    }

    /// Always false: an alphabet has at least two characters.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The characters in digit order.
    pub fn as_bytes(&self) -> &[u8] {
        self.chars.get(..self.len()).unwrap_or(&[])
    }

    /// The character for digit value `d & 127` (callers pass `d < len`).
    #[inline(always)]
    #[allow(clippy::indexing_slicing)]
    pub(crate) fn char_of(&self, d: u32) -> u8 {
        // SAFETY-ish reason: `d & 127 < 128 = chars.len()`, so the index is always in bounds
        // (and this is the rendering hot path, where `.get()` would add a check per digit).
        self.chars[(d & 127) as usize]
    }

    /// The digit value of a character, if it is in the alphabet.
    pub fn value_of(&self, byte: u8) -> Option<u32> {
        match self.value.get(usize::from(byte)) {
            Some(&v) if v != NONE => Some(u32::from(v)),
            _ => None,
        }
    }
}

#[cold]
fn unreachable_alphabet() -> Alphabet {
    // The built-in alphabets are valid by construction (tested); fall back to digits.
    let mut a = Alphabet {
        chars: [0; 128],
        value: [NONE; 128],
        len: 10,
    };
    for (d, c) in (0..10u8).zip(b'0'..=b'9') {
        if let (Some(ch), Some(v)) = (
            a.chars.get_mut(usize::from(d)),
            a.value.get_mut(usize::from(c)),
        ) {
            *ch = c;
            *v = d;
        }
    }
    a
}

/// A serial format: alphabet, length of the random part, and a fixed prefix.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct SerialFormat {
    alphabet: Alphabet,
    length: u8,
    prefix: [u8; MAX_LEN],
    prefix_len: u8,
}

impl SerialFormat {
    /// A format of `length` random characters from `alphabet`, with no prefix.
    ///
    /// # Errors
    /// [`SerialError::LengthOutOfRange`] unless `1 <= length <= 20`.
    pub fn new(alphabet: Alphabet, length: usize) -> Result<Self, SerialError> {
        if !(1..=MAX_LEN).contains(&length) {
            return Err(SerialError::LengthOutOfRange { length });
        }
        Ok(SerialFormat {
            alphabet,
            length: length as u8,
            prefix: [0; MAX_LEN],
            prefix_len: 0,
        })
    }

    /// The same format behind a fixed prefix (e.g. a line or site code).
    ///
    /// # Errors
    /// [`SerialError::NotCset82`] for a prefix byte outside CSET 82, [`SerialError::TooLong`] when
    /// prefix and random part exceed 20 characters.
    pub fn with_prefix(mut self, prefix: &[u8]) -> Result<Self, SerialError> {
        if prefix.len().saturating_add(self.length()) > MAX_LEN {
            return Err(SerialError::TooLong {
                prefix: prefix.len(),
                length: self.length(),
            });
        }
        for (pos, &byte) in prefix.iter().enumerate() {
            if !CSET82.contains(&byte) {
                return Err(SerialError::NotCset82 { byte, pos });
            }
        }
        self.prefix = [0; MAX_LEN];
        if let Some(dst) = self.prefix.get_mut(..prefix.len()) {
            dst.copy_from_slice(prefix);
        }
        self.prefix_len = prefix.len() as u8;
        Ok(self)
    }

    /// The alphabet.
    pub fn alphabet(&self) -> &Alphabet {
        &self.alphabet
    }

    /// Number of random characters.
    pub fn length(&self) -> usize {
        usize::from(self.length)
    }

    /// The fixed prefix.
    pub fn prefix(&self) -> &[u8] {
        self.prefix
            .get(..usize::from(self.prefix_len))
            .unwrap_or(&[])
    }

    /// Total serial length, prefix included.
    pub fn total_len(&self) -> usize {
        // Both are at most 20.
        self.length().saturating_add(self.prefix().len())
    }

    /// Number of distinct serials: `alphabet.len() ^ length` (at most 82^20 < 2^128).
    pub fn space(&self) -> u128 {
        (self.alphabet.len() as u128).pow(u32::from(self.length))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtins_are_valid_cset82_subsets() {
        assert_eq!(Alphabet::numeric().len(), 10);
        assert_eq!(Alphabet::alnum().len(), 36);
        assert_eq!(Alphabet::cset82_safe().len(), 62);
        assert_eq!(Alphabet::custom(CSET82).map(|a| a.len()), Ok(82));
        for a in [
            Alphabet::numeric(),
            Alphabet::alnum(),
            Alphabet::cset82_safe(),
        ] {
            for (i, &c) in a.as_bytes().iter().enumerate() {
                assert!(c.is_ascii_alphanumeric());
                assert_eq!(a.value_of(c), Some(i as u32));
            }
        }
    }

    #[test]
    fn custom_rejects_bad_sets() {
        assert_eq!(
            Alphabet::custom(b"ABCA"),
            Err(SerialError::AlphabetDuplicate {
                byte: b'A',
                first: 0,
                second: 3
            })
        );
        assert_eq!(
            Alphabet::custom(b"AB#"),
            Err(SerialError::NotCset82 { byte: b'#', pos: 2 })
        );
        assert_eq!(
            Alphabet::custom("AÄ".as_bytes()),
            Err(SerialError::NotCset82 { byte: 0xc3, pos: 1 })
        );
        assert_eq!(
            Alphabet::custom(b"A"),
            Err(SerialError::AlphabetTooSmall { size: 1 })
        );
        assert_eq!(
            Alphabet::custom(b""),
            Err(SerialError::AlphabetTooSmall { size: 0 })
        );
        assert_eq!(
            Alphabet::parse(" 12"),
            Err(SerialError::NotCset82 { byte: b' ', pos: 0 })
        );
    }

    #[test]
    fn format_limits() {
        let a = Alphabet::numeric();
        assert!(SerialFormat::new(a, 0).is_err());
        assert!(SerialFormat::new(a, 21).is_err());
        let f = SerialFormat::new(a, 12).and_then(|f| f.with_prefix(b"LINE4-"));
        assert_eq!(f.map(|f| f.total_len()), Ok(18));
        assert_eq!(
            SerialFormat::new(a, 16).and_then(|f| f.with_prefix(b"ABCDE")),
            Err(SerialError::TooLong {
                prefix: 5,
                length: 16
            })
        );
        assert_eq!(
            SerialFormat::new(Alphabet::custom(CSET82).unwrap(), 20)
                .unwrap()
                .space(),
            82u128.pow(20)
        );
    }
}
