//! Keys: the 256-bit master secret, its public fingerprint, and the per-GTIN stream keys.
//!
//! # Key derivation (KDF)
//! Every key derivation is one evaluation of the ChaCha20 block function used as a PRF, keyed with
//! the master key, on a 128-bit input that names the purpose (the ChaCha nonce/counter words):
//!
//! | purpose | stream id (words 14-15) | block counter (words 12-13) | output |
//! |---|---|---|---|
//! | stream key for GTIN `g` | `0x4753_3144_4b44_4631` ("GS1DKDF1") | `g` as a 14-digit integer | block bytes 0..32 (ChaCha8), 32..64 (AES-256) |
//! | stream key, no GTIN     | `0x4753_3144_4b44_4631` | `2^63` (no GTIN value is that large) | as above |
//! | key id (fingerprint)    | `0x4753_3144_4b49_4431` ("GS1DKID1") | 0 | block bytes 0..8 |
//!
//! Distinct GTINs are distinct PRF inputs, so their stream keys are independent pseudorandom
//! 256-bit keys (a PRF with distinct inputs is the standard counter-mode KDF of NIST SP 800-108
//! with ChaCha20 as the PRF). The two PRFs of a stream take the two disjoint halves of one block,
//! so the AES-256 key and the ChaCha8 key of a stream are independent too. The key id reveals nothing about the key beyond 64 bits of PRF
//! output; it only tells a state file which key it belongs to. The master key itself never keys
//! the Feistel rounds.

use rand_chacha::ChaCha20Rng;
use rand_chacha::rand_core::{RngCore, SeedableRng};

use super::{Prf, SerialError};

const KDF_STREAM: u64 = 0x4753_3144_4b44_4631;
const ID_STREAM: u64 = 0x4753_3144_4b49_4431;
const NO_GTIN: u64 = 1 << 63;

/// The 256-bit master secret from which every serial stream is derived.
#[derive(Clone, PartialEq, Eq)]
pub struct MasterKey([u8; 32]);

impl core::fmt::Debug for MasterKey {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "MasterKey(id {})", self.key_id())
    }
}

/// A 64-bit public fingerprint of a master key (written in state files and reports).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct KeyId(pub [u8; 8]);

impl core::fmt::Display for KeyId {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        for b in self.0 {
            write!(f, "{b:02x}")?;
        }
        Ok(())
    }
}

/// A validated GTIN, normalised to 14 digits (GTIN-8/12/13 are left-padded with zeros).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Gtin([u8; 14]);

impl Gtin {
    /// Parses a GTIN-8, -12, -13 or -14 and checks its check digit (GS1 mod 10).
    ///
    /// # Errors
    /// [`SerialError::GtinLength`], [`SerialError::GtinDigit`], [`SerialError::GtinCheckDigit`].
    pub fn parse(s: &str) -> Result<Self, SerialError> {
        let b = s.as_bytes();
        if ![8, 12, 13, 14].contains(&b.len()) {
            return Err(SerialError::GtinLength { len: b.len() });
        }
        if let Some((pos, &byte)) = b.iter().enumerate().find(|(_, c)| !c.is_ascii_digit()) {
            return Err(SerialError::GtinDigit { byte, pos });
        }
        let mut d = [b'0'; 14];
        if let Some(dst) = d.get_mut(14usize.saturating_sub(b.len())..) {
            dst.copy_from_slice(b);
        }
        // Weights 3,1,3,... from the left over the first 13 digits of the 14-digit form.
        let sum: u32 = d
            .iter()
            .take(13)
            .enumerate()
            .map(|(i, c)| {
                u32::from(c.wrapping_sub(b'0')).wrapping_mul(if i % 2 == 0 { 3 } else { 1 })
            })
            .fold(0u32, u32::wrapping_add);
        // Digits were checked above: `sum <= 13 * 27`.
        let expected = (10u32.wrapping_sub(sum % 10) % 10) as u8;
        let found = d.get(13).map_or(0, |c| c.wrapping_sub(b'0'));
        if expected != found {
            return Err(SerialError::GtinCheckDigit { expected, found });
        }
        Ok(Gtin(d))
    }

    /// The 14 digits.
    pub fn as_str(&self) -> &str {
        core::str::from_utf8(&self.0).unwrap_or("")
    }

    /// The 14 digits as an integer (< 10^14).
    pub fn value(&self) -> u64 {
        self.0
            .iter()
            // 14 checked digits: below 10^14.
            .fold(0u64, |v, c| {
                v.wrapping_mul(10)
                    .wrapping_add(u64::from(c.wrapping_sub(b'0')))
            })
    }
}

fn chacha20_block(key: &[u8; 32], stream: u64, counter: u64) -> [u8; 64] {
    let mut rng = ChaCha20Rng::from_seed(*key);
    rng.set_stream(stream);
    rng.set_word_pos(u128::from(counter) * 16);
    let mut out = [0u8; 64];
    rng.fill_bytes(&mut out);
    out
}

impl MasterKey {
    /// A key from its 32 bytes.
    pub fn from_bytes(bytes: [u8; 32]) -> Self {
        MasterKey(bytes)
    }

    /// Parses 64 hex digits (either case); leading and trailing ASCII whitespace is ignored.
    ///
    /// # Errors
    /// [`SerialError::KeyLength`] unless there are exactly 64 characters after trimming,
    /// [`SerialError::KeyDigit`] for a non-hex character.
    pub fn from_hex(text: &str) -> Result<Self, SerialError> {
        let t = text.trim_matches(|c: char| c.is_ascii_whitespace());
        let b = t.as_bytes();
        if b.len() != 64 {
            return Err(SerialError::KeyLength { len: b.len() });
        }
        let mut key = [0u8; 32];
        for (i, (out, pair)) in key.iter_mut().zip(b.chunks_exact(2)).enumerate() {
            let mut v = 0u8;
            for (j, &c) in pair.iter().enumerate() {
                let nib = (c as char).to_digit(16).ok_or(SerialError::KeyDigit {
                    byte: c,
                    pos: i.saturating_mul(2).saturating_add(j),
                })?;
                v = (v << 4) | nib as u8;
            }
            *out = v;
        }
        Ok(MasterKey(key))
    }

    /// The key as 64 lowercase hex digits, into a caller buffer (no heap).
    pub fn to_hex(&self) -> [u8; 64] {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        let mut out = [0u8; 64];
        for (pair, b) in out.chunks_exact_mut(2).zip(self.0) {
            if let ([hi, lo], Some(&h), Some(&l)) = (
                pair,
                HEX.get(usize::from(b >> 4)),
                HEX.get(usize::from(b & 15)),
            ) {
                *hi = h;
                *lo = l;
            }
        }
        out
    }

    /// The raw 32 bytes.
    pub fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }

    /// The key's public fingerprint.
    pub fn key_id(&self) -> KeyId {
        let block = chacha20_block(&self.0, ID_STREAM, 0);
        let mut id = [0u8; 8];
        id.copy_from_slice(block.get(..8).unwrap_or(&[0; 8]));
        KeyId(id)
    }

    /// The ChaCha8 stream key for one GTIN (or for serials not tied to a GTIN): as
    /// [`MasterKey::stream_key_for`] with [`Prf::ChaCha8`].
    pub fn stream_key(&self, gtin: Option<&Gtin>) -> [u8; 32] {
        self.stream_key_for(gtin, Prf::ChaCha8)
    }

    /// The stream key that keys `prf` for one GTIN (or for serials not tied to a GTIN): the
    /// first (ChaCha8) or second (AES-256) half of the GTIN's KDF block.
    pub fn stream_key_for(&self, gtin: Option<&Gtin>, prf: Prf) -> [u8; 32] {
        let counter = gtin.map_or(NO_GTIN, Gtin::value);
        let block = chacha20_block(&self.0, KDF_STREAM, counter);
        let range = match prf {
            Prf::ChaCha8 => 0..32,
            Prf::Aes256 => 32..64,
        };
        let mut k = [0u8; 32];
        k.copy_from_slice(block.get(range).unwrap_or(&[0; 32]));
        k
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gtin_forms() {
        assert_eq!(
            Gtin::parse("09506000134352").map(|g| g.value()),
            Ok(9_506_000_134_352)
        );
        assert_eq!(
            Gtin::parse("9506000134352").map(|g| g.value()),
            Ok(9_506_000_134_352)
        );
        assert_eq!(
            Gtin::parse("09506000134353"),
            Err(SerialError::GtinCheckDigit {
                expected: 2,
                found: 3
            })
        );
        assert_eq!(
            Gtin::parse("0950600013435"),
            Err(SerialError::GtinCheckDigit {
                expected: 9,
                found: 5
            })
        );
        assert_eq!(
            Gtin::parse("0950600013435X"),
            Err(SerialError::GtinDigit {
                byte: b'X',
                pos: 13
            })
        );
        assert_eq!(Gtin::parse("123"), Err(SerialError::GtinLength { len: 3 }));
        // GTIN-8 96385074 (check digit 4).
        assert!(Gtin::parse("96385074").is_ok());
    }

    #[test]
    fn hex_round_trip_and_errors() {
        let text = "00112233445566778899aabbccddeeff00112233445566778899AABBCCDDEEFF\n";
        let k = MasterKey::from_hex(text).unwrap();
        assert_eq!(&k.to_hex()[..], text.trim().to_ascii_lowercase().as_bytes());
        assert_eq!(
            MasterKey::from_hex("abc"),
            Err(SerialError::KeyLength { len: 3 })
        );
        let bad = text.trim().replace('7', "g");
        assert_eq!(
            MasterKey::from_hex(&bad),
            Err(SerialError::KeyDigit {
                byte: b'g',
                pos: 14
            })
        );
    }

    #[test]
    fn derived_keys_differ_per_gtin_and_from_master() {
        let k = MasterKey::from_bytes([7; 32]);
        let a = k.stream_key(Some(&Gtin::parse("09506000134352").unwrap()));
        let b = k.stream_key(Some(&Gtin::parse("09506000134376").unwrap()));
        let n = k.stream_key(None);
        let a_aes = k.stream_key_for(Some(&Gtin::parse("09506000134352").unwrap()), Prf::Aes256);
        assert_ne!(a, a_aes);
        assert_ne!(a, b);
        assert_ne!(a, n);
        assert_ne!(&a, k.as_bytes());
        assert_ne!(k.key_id(), MasterKey::from_bytes([8; 32]).key_id());
    }
}
