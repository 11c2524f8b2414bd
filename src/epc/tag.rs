//! Binary RFID tag encodings SGTIN-96, SGTIN-198 and SSCC-96 (TDS 1.13 section 14) and their tag URIs.

use alloc::string::String;

use super::escape::{is_cset82, urn_escape_into};
use super::{Component, Epc, EpcError};

/// A binary tag encoding this crate writes and reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TagEncoding {
    /// SGTIN-96 (header `0x30`): numeric serial without leading zeros, below 2^38.
    Sgtin96,
    /// SGTIN-198 (header `0x36`): up to 20 characters of set 82, 7 bits each.
    Sgtin198,
    /// SSCC-96 (header `0x31`).
    Sscc96,
}

impl TagEncoding {
    fn header(self) -> u8 {
        match self {
            TagEncoding::Sgtin96 => 0x30,
            TagEncoding::Sgtin198 => 0x36,
            TagEncoding::Sscc96 => 0x31,
        }
    }

    /// The scheme name in a tag URI (`sgtin-96`, `sgtin-198`, `sscc-96`).
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            TagEncoding::Sgtin96 => "sgtin-96",
            TagEncoding::Sgtin198 => "sgtin-198",
            TagEncoding::Sscc96 => "sscc-96",
        }
    }

    /// Number of bits of the encoding.
    #[must_use]
    pub fn bits(self) -> usize {
        match self {
            TagEncoding::Sgtin96 | TagEncoding::Sscc96 => 96,
            TagEncoding::Sgtin198 => 198,
        }
    }
}

/// TDS Table 14-2 (SGTIN) and 14-5 (SSCC), indexed by partition value P = 12 - GCP digits:
/// GCP bits, SGTIN item reference bits, SSCC serial reference bits.
const GCP_BITS: [u32; 7] = [40, 37, 34, 30, 27, 24, 20];
const SGTIN_ITEM_BITS: [u32; 7] = [4, 7, 10, 14, 17, 20, 24];
const SSCC_SERIAL_BITS: [u32; 7] = [18, 21, 24, 28, 31, 34, 38];
const SGTIN96_SERIAL_BITS: u32 = 38;
const SGTIN198_SERIAL_CHARS: usize = 20;

/// Big-endian bit buffer of up to 208 bits.
struct Bits {
    buf: [u8; 26],
    len: usize,
}

impl Bits {
    fn new() -> Self {
        Bits {
            buf: [0; 26],
            len: 0,
        }
    }
    fn push(&mut self, value: u64, width: u32) {
        for i in (0..width).rev() {
            if (value >> i) & 1 == 1
                && let Some(b) = self.buf.get_mut(self.len / 8)
            {
                *b |= 0x80 >> (self.len % 8);
            }
            self.len = self.len.saturating_add(1);
        }
    }
    fn hex(&self) -> String {
        const HEX: &[u8; 16] = b"0123456789ABCDEF";
        let nibbles = self.len.div_ceil(16).saturating_mul(4); // pad to a 16-bit boundary
        let mut s = String::with_capacity(nibbles);
        for i in 0..nibbles {
            let byte = self.buf.get(i / 2).copied().unwrap_or(0);
            let n = if i % 2 == 0 { byte >> 4 } else { byte & 15 };
            s.push(char::from(HEX.get(usize::from(n)).copied().unwrap_or(b'0')));
        }
        s
    }
}

struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn take(&mut self, width: u32) -> u64 {
        let mut v = 0u64;
        for _ in 0..width {
            let bit = self
                .buf
                .get(self.pos / 8)
                .map_or(0, |b| (b << (self.pos % 8)) >> 7);
            v = (v << 1) | u64::from(bit);
            self.pos = self.pos.saturating_add(1);
        }
        v
    }
}

fn digits_value(s: &str) -> u64 {
    s.bytes().fold(0u64, |acc, b| {
        acc.saturating_mul(10)
            .saturating_add(u64::from(b.wrapping_sub(b'0') % 10))
    })
}

fn pad_digits(value: u64, digits: usize, component: Component) -> Result<String, EpcError> {
    let mut s = alloc::format!("{value}");
    if s.len() > digits {
        return Err(EpcError::WrongLength {
            component,
            found: s.len(),
            expected: digits,
        });
    }
    while s.len() < digits {
        s.insert(0, '0');
    }
    Ok(s)
}

/// Partition value P = 12 - GCP digits (TDS Tables 14-2 and 14-5).
fn partition(enc: TagEncoding, company_prefix: &str) -> Result<usize, EpcError> {
    12usize
        .checked_sub(company_prefix.len())
        .filter(|p| *p <= 6)
        .ok_or(EpcError::NotEncodable {
            encoding: enc,
            component: Component::CompanyPrefix,
        })
}

impl Epc {
    fn tag_parts(&self, enc: TagEncoding) -> Result<(&str, &str, Option<&str>, usize), EpcError> {
        match (enc, self) {
            (
                TagEncoding::Sgtin96 | TagEncoding::Sgtin198,
                Epc::Sgtin {
                    company_prefix,
                    item_reference,
                    serial,
                },
            ) => Ok((
                company_prefix,
                item_reference,
                Some(serial),
                partition(enc, company_prefix)?,
            )),
            (
                TagEncoding::Sscc96,
                Epc::Sscc {
                    company_prefix,
                    serial_reference,
                },
            ) => Ok((
                company_prefix,
                serial_reference,
                None,
                partition(enc, company_prefix)?,
            )),
            _ => Err(EpcError::NotEncodable {
                encoding: enc,
                component: Component::Gtin,
            }),
        }
    }

    /// Checks the scheme-specific limits of `enc` (SGTIN-96: serial all digits, no leading zero
    /// unless `0`, below 2^38).
    fn check_encodable(&self, enc: TagEncoding, filter: u8) -> Result<(), EpcError> {
        if filter > 7 {
            return Err(EpcError::FilterOutOfRange { value: filter });
        }
        let (cp, reference, serial, p) = self.tag_parts(enc)?;
        // Variants can be built by hand: re-check what the binary layout relies on.
        let ref_digits = if enc == TagEncoding::Sscc96 { 17 } else { 13 };
        let all_digits = |x: &str| x.bytes().all(|b| b.is_ascii_digit());
        if !all_digits(cp)
            || !all_digits(reference)
            || reference.len().saturating_add(cp.len()) != ref_digits
            || p > 6
        {
            return Err(EpcError::NotEncodable {
                encoding: enc,
                component: Component::CompanyPrefix,
            });
        }
        if enc == TagEncoding::Sgtin198 {
            let s = serial.unwrap_or("");
            if s.is_empty() || s.len() > SGTIN198_SERIAL_CHARS || !s.bytes().all(is_cset82) {
                return Err(EpcError::NotEncodable {
                    encoding: enc,
                    component: Component::Serial,
                });
            }
        }
        if enc == TagEncoding::Sgtin96 {
            let s = serial.unwrap_or("");
            let not = EpcError::NotEncodable {
                encoding: enc,
                component: Component::Serial,
            };
            if s.is_empty()
                || s.len() > 12
                || !s.bytes().all(|b| b.is_ascii_digit())
                || (s.len() > 1 && s.starts_with('0'))
                || digits_value(s) >= 1u64 << SGTIN96_SERIAL_BITS
            {
                return Err(not);
            }
        }
        Ok(())
    }

    /// The EPC tag URI (`urn:epc:tag:sgtin-96:F.CP.IR.SER`, ...) for `enc` with filter value `filter`.
    ///
    /// # Errors
    /// [`EpcError::NotEncodable`] (wrong scheme, or a serial SGTIN-96 cannot hold),
    /// [`EpcError::FilterOutOfRange`].
    pub fn to_tag_uri(&self, enc: TagEncoding, filter: u8) -> Result<String, EpcError> {
        self.check_encodable(enc, filter)?;
        let (cp, reference, serial, _) = self.tag_parts(enc)?;
        let mut s = String::with_capacity(64);
        s.push_str("urn:epc:tag:");
        s.push_str(enc.name());
        s.push(':');
        s.push(char::from_digit(u32::from(filter), 10).unwrap_or('0'));
        s.push('.');
        s.push_str(cp);
        s.push('.');
        s.push_str(reference);
        if let Some(ser) = serial {
            s.push('.');
            urn_escape_into(ser, &mut s);
        }
        Ok(s)
    }

    /// The binary encoding as upper-case hex (SGTIN-198 padded with zero bits to 208 bits).
    ///
    /// # Errors
    /// As [`Epc::to_tag_uri`].
    pub fn to_tag_hex(&self, enc: TagEncoding, filter: u8) -> Result<String, EpcError> {
        self.check_encodable(enc, filter)?;
        let (cp, reference, serial, p) = self.tag_parts(enc)?;
        let (Some(&gcp_bits), Some(&item_bits), Some(&sscc_bits)) = (
            GCP_BITS.get(p),
            SGTIN_ITEM_BITS.get(p),
            SSCC_SERIAL_BITS.get(p),
        ) else {
            return Err(EpcError::NotEncodable {
                encoding: enc,
                component: Component::CompanyPrefix,
            });
        };
        let mut bits = Bits::new();
        bits.push(u64::from(enc.header()), 8);
        bits.push(u64::from(filter), 3);
        bits.push(p as u64, 3);
        bits.push(digits_value(cp), gcp_bits);
        match enc {
            TagEncoding::Sgtin96 => {
                bits.push(digits_value(reference), item_bits);
                bits.push(digits_value(serial.unwrap_or("")), SGTIN96_SERIAL_BITS);
            }
            TagEncoding::Sgtin198 => {
                bits.push(digits_value(reference), item_bits);
                let ser = serial.unwrap_or("");
                for b in ser
                    .bytes()
                    .chain(core::iter::repeat(0))
                    .take(SGTIN198_SERIAL_CHARS)
                {
                    bits.push(u64::from(b), 7);
                }
            }
            TagEncoding::Sscc96 => {
                bits.push(digits_value(reference), sscc_bits);
                bits.push(0, 24);
            }
        }
        Ok(bits.hex())
    }

    /// Decodes SGTIN-96, SGTIN-198 or SSCC-96 hex (either case) into the EPC, its encoding and filter.
    ///
    /// # Errors
    /// [`EpcError::InvalidCharacter`] for non-hex, [`EpcError::WrongLength`] for a wrong bit count,
    /// [`EpcError::NotEncodable`] for an unknown header, reserved partition, value out of range
    /// or a non-canonical serial.
    pub fn from_tag_hex(hex: &str) -> Result<(Epc, TagEncoding, u8), EpcError> {
        let mut buf = [0u8; 26];
        if hex.len() > 52 || !hex.len().is_multiple_of(2) {
            return Err(EpcError::WrongLength {
                component: Component::Hex,
                found: hex.len(),
                expected: 24,
            });
        }
        for (i, b) in hex.bytes().enumerate() {
            let v = match char::from(b)
                .to_digit(16)
                .and_then(|v| u8::try_from(v).ok())
            {
                Some(v) => v,
                None => {
                    return Err(EpcError::InvalidCharacter {
                        component: Component::Hex,
                        pos: i,
                        byte: b,
                    });
                }
            };
            if let Some(slot) = buf.get_mut(i / 2) {
                *slot |= if i % 2 == 0 { v << 4 } else { v };
            }
        }
        let mut r = Reader { buf: &buf, pos: 0 };
        let header = r.take(8);
        let enc = match header {
            0x30 => TagEncoding::Sgtin96,
            0x36 => TagEncoding::Sgtin198,
            0x31 => TagEncoding::Sscc96,
            _ => {
                return Err(EpcError::NotEncodable {
                    encoding: TagEncoding::Sgtin96,
                    component: Component::Hex,
                });
            }
        };
        let expected_hex = enc.bits().div_ceil(16).saturating_mul(4);
        if hex.len() != expected_hex {
            return Err(EpcError::WrongLength {
                component: Component::Hex,
                found: hex.len(),
                expected: expected_hex,
            });
        }
        let bad = |component| EpcError::NotEncodable {
            encoding: enc,
            component,
        };
        let filter = u8::try_from(r.take(3)).unwrap_or(0);
        let p = usize::try_from(r.take(3)).unwrap_or(7);
        let (Some(&gcp_bits), Some(&item_bits), Some(&sscc_bits)) = (
            GCP_BITS.get(p),
            SGTIN_ITEM_BITS.get(p),
            SSCC_SERIAL_BITS.get(p),
        ) else {
            return Err(bad(Component::CompanyPrefix));
        };
        let gcp_digits = 12usize.saturating_sub(p);
        let company_prefix = pad_digits(r.take(gcp_bits), gcp_digits, Component::CompanyPrefix)
            .map_err(|_| bad(Component::CompanyPrefix))?;
        let epc = match enc {
            TagEncoding::Sscc96 => {
                let serial_reference = pad_digits(
                    r.take(sscc_bits),
                    17usize.saturating_sub(gcp_digits),
                    Component::SerialReference,
                )
                .map_err(|_| bad(Component::SerialReference))?;
                Epc::Sscc {
                    company_prefix,
                    serial_reference,
                }
            }
            _ => {
                let item_reference = pad_digits(
                    r.take(item_bits),
                    13usize.saturating_sub(gcp_digits),
                    Component::ItemReference,
                )
                .map_err(|_| bad(Component::ItemReference))?;
                let serial = if enc == TagEncoding::Sgtin96 {
                    alloc::format!("{}", r.take(SGTIN96_SERIAL_BITS))
                } else {
                    let mut s = String::new();
                    let mut ended = false;
                    for _ in 0..SGTIN198_SERIAL_CHARS {
                        let c = u8::try_from(r.take(7)).unwrap_or(0);
                        if c == 0 {
                            ended = true;
                        } else if ended || !is_cset82(c) {
                            return Err(bad(Component::Serial));
                        } else {
                            s.push(char::from(c));
                        }
                    }
                    if s.is_empty() {
                        return Err(bad(Component::Serial));
                    }
                    s
                };
                Epc::Sgtin {
                    company_prefix,
                    item_reference,
                    serial,
                }
            }
        };
        Ok((epc, enc, filter))
    }
}
