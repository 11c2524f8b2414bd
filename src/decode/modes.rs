//! The encodation mode state machine: ASCII, C40, Text, X12, EDIFACT and Base256 (ISO/IEC
//! 16022:2006 clause 5.2), plus the control codewords handled in ASCII mode.
//!
//! Lint note: arithmetic here is on codeword values already narrowed by the enclosing `match`
//! arm (e.g. `cw - 1` in `1..=128`, `b'A' + u - 14` in `14..=39`) or on positions below
//! `data.len()` (at most 1,558 data codewords), so it cannot overflow.
#![allow(clippy::arithmetic_side_effects)] // SAFETY-ish reason: see the lint note above.

use alloc::vec::Vec;

use super::{
    DataInfo, DecodeError, DecodedData, Fnc1Mode, Macro, StructuredAppend, StructuredAppendProblem,
};

/// ASCII-mode control codewords (ISO/IEC 16022 Table 2).
const PAD: u8 = 129;
const LATCH_C40: u8 = 230;
const LATCH_BASE256: u8 = 231;
const FNC1: u8 = 232;
const STRUCTURED_APPEND: u8 = 233;
const READER_PROGRAMMING: u8 = 234;
const UPPER_SHIFT: u8 = 235;
const MACRO_05: u8 = 236;
const MACRO_06: u8 = 237;
const LATCH_X12: u8 = 238;
const LATCH_TEXT: u8 = 239;
const LATCH_EDIFACT: u8 = 240;
const ECI: u8 = 241;
const UNLATCH: u8 = 254;
const GS: u8 = 0x1D;

const MACRO_05_HEADER: &[u8] = b"[)>\x1E05\x1D";
const MACRO_06_HEADER: &[u8] = b"[)>\x1E06\x1D";
const MACRO_TRAILER: &[u8] = b"\x1E\x04";

#[derive(Clone, Copy, PartialEq, Eq)]
enum C40Set {
    C40,
    Text,
}

struct State<'a, S: Sink> {
    data: &'a [u8],
    pos: usize,
    sink: S,
    info: DataInfo,
    /// Payload bytes written so far (ECI escapes not counted).
    n: usize,
    /// Index of the codeword that counts as "first position" (0, or 4 after structured append).
    first: usize,
    upper: bool,
}

/// Where the decoded payload goes: a vector (the allocating API) or a caller's buffer (the
/// no-heap API).
pub(crate) trait Sink {
    /// One payload byte.
    fn byte(&mut self, b: u8);
    /// An ECI designator taking effect at payload offset `at`.
    fn eci(&mut self, at: usize, value: u32);
}

/// Collects the payload and the ECI list for [`DecodedData`].
#[derive(Default)]
struct VecSink {
    payload: Vec<u8>,
    ecis: Vec<(usize, u32)>,
}

impl Sink for VecSink {
    fn byte(&mut self, b: u8) {
        self.payload.push(b);
    }
    fn eci(&mut self, at: usize, value: u32) {
        self.ecis.push((at, value));
    }
}

/// Writes into a caller's buffer; counts on past its end so the caller learns the length needed.
/// With `escape`, writes the AIM ECI transmission (`\nnnnnn` at each ECI, backslashes doubled).
struct SliceSink<'b> {
    buf: &'b mut [u8],
    len: usize,
    escape: bool,
}

impl SliceSink<'_> {
    fn put(&mut self, b: u8) {
        if let Some(slot) = self.buf.get_mut(self.len) {
            *slot = b;
        }
        self.len = self.len.saturating_add(1);
    }
}

impl Sink for SliceSink<'_> {
    fn byte(&mut self, b: u8) {
        self.put(b);
        if self.escape && b == b'\\' {
            self.put(b);
        }
    }
    fn eci(&mut self, _at: usize, value: u32) {
        if self.escape {
            let mut digits = [0u8; 7];
            write_eci(&mut digits, value);
            for d in digits {
                self.put(d);
            }
        }
    }
}

/// Decodes the data codewords of a symbol (error correction already applied and removed) into
/// what a scanner transmits.
///
/// Decoding stops at the first pad codeword (129). Never panics and runs in time linear in
/// `data.len()`.
///
/// # Errors
/// [`DecodeError`] for invalid or misplaced codewords and fields cut off by the end of data.
pub fn decode_codewords(data: &[u8]) -> Result<DecodedData, DecodeError> {
    let sink = VecSink {
        // Capacity from the input, capped at what the largest symbol can carry (the vector
        // still grows for longer inputs, in proportion to the bytes actually decoded).
        payload: Vec::with_capacity(
            data.len()
                .min(crate::limits::MAX_CODEWORDS)
                .saturating_mul(2),
        ),
        ecis: Vec::new(),
    };
    let (info, sink) = run(data, sink)?;
    let VecSink { payload, ecis } = sink;
    let bytes = if info.eci {
        escape_eci(&payload, &ecis)
    } else {
        payload.clone()
    };
    Ok(DecodedData {
        bytes,
        fnc1: info.fnc1,
        eci: info.eci,
        ecis,
        payload,
        macro_header: info.macro_header,
        structured_append: info.structured_append,
        reader_programming: info.reader_programming,
    })
}

/// [`decode_codewords`] without allocating: writes the transmitted bytes (what
/// [`DecodedData::bytes`] holds, ECI escapes included) into `out` and returns the details and
/// the number of bytes written. [`max_decoded_len`](super::max_decoded_len) bounds the length.
///
/// # Errors
/// As [`decode_codewords`], plus [`DecodeError::OutputTooSmall`] (with the length needed) when
/// `out` is too short; `out` then holds a truncated prefix.
pub fn decode_codewords_into(
    data: &[u8],
    out: &mut [u8],
) -> Result<(DataInfo, usize), DecodeError> {
    let sink = SliceSink {
        buf: &mut *out,
        len: 0,
        escape: false,
    };
    let (info, mut sink) = run(data, sink)?;
    if info.eci {
        // Backslashes are doubled throughout once any ECI appears: decode again, escaping.
        sink = run(
            data,
            SliceSink {
                buf: sink.buf,
                len: 0,
                escape: true,
            },
        )?
        .1;
    }
    let capacity = sink.buf.len();
    if sink.len > capacity {
        return Err(DecodeError::OutputTooSmall {
            needed: sink.len,
            capacity,
        });
    }
    Ok((info, sink.len))
}

fn run<S: Sink>(data: &[u8], sink: S) -> Result<(DataInfo, S), DecodeError> {
    let mut st = State {
        data,
        pos: 0,
        sink,
        info: DataInfo::default(),
        n: 0,
        first: 0,
        upper: false,
    };
    st.run()?;
    if st.info.macro_header.is_some() {
        for &b in MACRO_TRAILER {
            st.emit(b);
        }
    }
    Ok((st.info, st.sink))
}

/// Builds the AIM ECI transmission: `\nnnnnn` at each ECI, data backslashes doubled.
fn escape_eci(payload: &[u8], ecis: &[(usize, u32)]) -> Vec<u8> {
    let mut v = Vec::with_capacity(payload.len() + 8 * ecis.len());
    let mut next = ecis.iter().peekable();
    for (i, &b) in payload.iter().enumerate() {
        while let Some(&&(at, eci)) = next.peek() {
            if at > i {
                break;
            }
            push_eci(&mut v, eci);
            next.next();
        }
        v.push(b);
        if b == b'\\' {
            v.push(b'\\');
        }
    }
    for &(_, eci) in next {
        push_eci(&mut v, eci);
    }
    v
}

fn push_eci(v: &mut Vec<u8>, eci: u32) {
    let mut digits = [0u8; 7];
    write_eci(&mut digits, eci);
    v.extend_from_slice(&digits);
}

/// `\nnnnnn`: a backslash and six decimal digits (values above 999,999 are clamped earlier).
fn write_eci(out: &mut [u8; 7], eci: u32) {
    let mut rest = eci;
    for slot in out.iter_mut().rev() {
        *slot = b'0' + (rest % 10) as u8;
        rest /= 10;
    }
    out[0] = b'\\';
}

impl<S: Sink> State<'_, S> {
    fn at(&self, i: usize) -> Result<u8, DecodeError> {
        self.data
            .get(i)
            .copied()
            .ok_or(DecodeError::Truncated { pos: i })
    }

    fn push(&mut self, b: u8) {
        let b = if self.upper { b.wrapping_add(128) } else { b };
        self.upper = false;
        self.emit(b);
    }

    /// Writes a payload byte as is (no upper shift).
    fn emit(&mut self, b: u8) {
        self.sink.byte(b);
        self.n = self.n.saturating_add(1);
    }

    fn run(&mut self) -> Result<(), DecodeError> {
        // Each iteration consumes at least one codeword, so this terminates.
        while self.pos < self.data.len() {
            let start = self.pos;
            let cw = self.at(self.pos)?;
            self.pos += 1;
            match cw {
                1..=128 => self.push(cw - 1),
                PAD => return Ok(()),
                130..=229 => {
                    let v = cw - 130;
                    if self.upper {
                        return Err(DecodeError::InvalidCodeword {
                            pos: start,
                            value: cw,
                        });
                    }
                    self.emit(b'0' + v / 10);
                    self.emit(b'0' + v % 10);
                }
                LATCH_C40 => self.c40_text(C40Set::C40)?,
                LATCH_TEXT => self.c40_text(C40Set::Text)?,
                LATCH_X12 => self.x12()?,
                LATCH_EDIFACT => self.edifact()?,
                LATCH_BASE256 => self.base256()?,
                FNC1 => self.fnc1(start),
                STRUCTURED_APPEND => {
                    if start != 0 {
                        return Err(DecodeError::Misplaced {
                            pos: start,
                            value: cw,
                        });
                    }
                    let seq = self.at(1)?;
                    let id = [self.at(2)?, self.at(3)?];
                    let position = (seq >> 4) + 1;
                    let total = 17 - (seq & 0x0F);
                    if !(2..=16).contains(&total) || position > total {
                        return Err(DecodeError::StructuredAppend {
                            kind: StructuredAppendProblem::Mismatch,
                            position,
                            total,
                        });
                    }
                    self.info.structured_append = Some(StructuredAppend {
                        position,
                        total,
                        file_id: id,
                    });
                    self.pos = 4;
                    self.first = 4;
                }
                READER_PROGRAMMING => {
                    if start != 0 {
                        return Err(DecodeError::Misplaced {
                            pos: start,
                            value: cw,
                        });
                    }
                    self.info.reader_programming = true;
                }
                UPPER_SHIFT => self.upper = true,
                MACRO_05 | MACRO_06 => {
                    if start != self.first || self.n != 0 {
                        return Err(DecodeError::Misplaced {
                            pos: start,
                            value: cw,
                        });
                    }
                    let (m, h) = if cw == MACRO_05 {
                        (Macro::M05, MACRO_05_HEADER)
                    } else {
                        (Macro::M06, MACRO_06_HEADER)
                    };
                    self.info.macro_header = Some(m);
                    for &b in h {
                        self.emit(b);
                    }
                }
                ECI => self.eci(start)?,
                // Unlatch while already in ASCII: meaningless but harmless; some encoders
                // emit it (rxing's forced-C40 path writes 254 first, others end with it).
                UNLATCH => {}
                _ => {
                    return Err(DecodeError::InvalidCodeword {
                        pos: start,
                        value: cw,
                    });
                }
            }
        }
        Ok(())
    }

    fn fnc1(&mut self, at: usize) {
        if at == self.first && self.n == 0 {
            self.info.fnc1 = Fnc1Mode::Gs1;
            return;
        }
        if at == self.first + 1 && self.info.fnc1 == Fnc1Mode::None {
            // AIM: one letter or a two-digit pair as application indicator, then FNC1.
            let prev = self.data.get(self.first).copied().unwrap_or(0);
            if matches!(prev, 66..=91 | 98..=123 | 130..=229) {
                self.info.fnc1 = Fnc1Mode::Aim;
                return;
            }
        }
        self.upper = false;
        self.emit(GS);
    }

    fn eci(&mut self, start: usize) -> Result<(), DecodeError> {
        let c1 = self
            .at(self.pos)
            .map_err(|_| DecodeError::Truncated { pos: start })?;
        let value = match c1 {
            1..=127 => {
                self.pos += 1;
                u32::from(c1) - 1
            }
            128..=191 => {
                let c2 = self
                    .at(self.pos + 1)
                    .map_err(|_| DecodeError::Truncated { pos: start })?;
                self.pos += 2;
                (u32::from(c1) - 128) * 254 + u32::from(c2).saturating_sub(1) + 127
            }
            192..=253 => {
                let c2 = self
                    .at(self.pos + 1)
                    .map_err(|_| DecodeError::Truncated { pos: start })?;
                let c3 = self
                    .at(self.pos + 2)
                    .map_err(|_| DecodeError::Truncated { pos: start })?;
                self.pos += 3;
                (u32::from(c1) - 192) * 64516
                    + u32::from(c2).saturating_sub(1) * 254
                    + u32::from(c3).saturating_sub(1)
                    + 16383
            }
            _ => {
                return Err(DecodeError::InvalidCodeword {
                    pos: self.pos,
                    value: c1,
                });
            }
        };
        self.info.eci = true;
        self.sink.eci(self.n, value.min(999_999));
        Ok(())
    }

    /// C40 and Text (ISO/IEC 16022 clause 5.2.5, Tables C.1/C.2).
    fn c40_text(&mut self, set: C40Set) -> Result<(), DecodeError> {
        let mut shift = 0u8;
        while self.pos + 1 < self.data.len() {
            let c1 = self.at(self.pos)?;
            if c1 == UNLATCH {
                self.pos += 1;
                return Ok(());
            }
            let c2 = self.at(self.pos + 1)?;
            let v = (u32::from(c1) << 8 | u32::from(c2)).wrapping_sub(1);
            if v >= 64000 {
                return Err(DecodeError::InvalidCodeword {
                    pos: self.pos,
                    value: c1,
                });
            }
            let start = self.pos;
            self.pos += 2;
            for u in [v / 1600, v / 40 % 40, v % 40] {
                let u = u as u8;
                match shift {
                    0 => match u {
                        0..=2 => shift = u + 1,
                        3 => self.push(b' '),
                        4..=13 => self.push(b'0' + u - 4),
                        _ => self.push(if set == C40Set::C40 { b'A' } else { b'a' } + u - 14),
                    },
                    1 => {
                        shift = 0;
                        self.push(u);
                    }
                    2 => {
                        shift = 0;
                        match u {
                            0..=14 => self.push(b'!' + u),
                            15..=21 => self.push(b':' + u - 15),
                            22..=26 => self.push(b'[' + u - 22),
                            27 => self.fnc1(start),
                            30 => self.upper = true,
                            _ => {
                                return Err(DecodeError::InvalidCodeword {
                                    pos: start,
                                    value: c1,
                                });
                            }
                        }
                    }
                    _ => {
                        shift = 0;
                        match set {
                            C40Set::C40 => self.push(b'`' + u),
                            C40Set::Text => match u {
                                0 => self.push(b'`'),
                                1..=26 => self.push(b'A' + u - 1),
                                27..=31 => self.push(b'{' + u - 27),
                                _ => {
                                    return Err(DecodeError::InvalidCodeword {
                                        pos: start,
                                        value: c1,
                                    });
                                }
                            },
                        }
                        if u > 31 {
                            return Err(DecodeError::InvalidCodeword {
                                pos: start,
                                value: c1,
                            });
                        }
                    }
                }
            }
        }
        Ok(())
    }

    /// ANSI X12 (clause 5.2.7).
    fn x12(&mut self) -> Result<(), DecodeError> {
        while self.pos + 1 < self.data.len() {
            let c1 = self.at(self.pos)?;
            if c1 == UNLATCH {
                self.pos += 1;
                return Ok(());
            }
            let c2 = self.at(self.pos + 1)?;
            let v = (u32::from(c1) << 8 | u32::from(c2)).wrapping_sub(1);
            if v >= 64000 {
                return Err(DecodeError::InvalidCodeword {
                    pos: self.pos,
                    value: c1,
                });
            }
            let start = self.pos;
            self.pos += 2;
            for u in [v / 1600, v / 40 % 40, v % 40] {
                let b = match u as u8 {
                    0 => b'\r',
                    1 => b'*',
                    2 => b'>',
                    3 => b' ',
                    u @ 4..=13 => b'0' + u - 4,
                    u @ 14..=39 => b'A' + u - 14,
                    _ => {
                        return Err(DecodeError::InvalidCodeword {
                            pos: start,
                            value: c1,
                        });
                    }
                };
                self.push(b);
            }
        }
        Ok(())
    }

    /// EDIFACT (clause 5.2.8): 4 six-bit values per 3 codewords, 31 = unlatch.
    fn edifact(&mut self) -> Result<(), DecodeError> {
        while self.pos + 2 < self.data.len() {
            let c = [
                self.at(self.pos)?,
                self.at(self.pos + 1)?,
                self.at(self.pos + 2)?,
            ];
            let bits = u32::from(c[0]) << 16 | u32::from(c[1]) << 8 | u32::from(c[2]);
            for k in 0..4usize {
                let v = (bits >> (18 - 6 * k)) as u8 & 0x3F;
                if v == 0x1F {
                    // Unlatch: ASCII resumes at the next codeword boundary.
                    self.pos += (6 * k + 6).div_ceil(8);
                    return Ok(());
                }
                self.push(if v & 0x20 == 0 { v | 0x40 } else { v });
            }
            self.pos += 3;
        }
        // Fewer than 3 codewords left: the encoder returned to ASCII implicitly.
        Ok(())
    }

    /// Base256 (clause 5.2.9) with the 255-state randomisation of Annex B.
    fn base256(&mut self) -> Result<(), DecodeError> {
        let start = self.pos;
        let unrand = |cw: u8, p: usize| -> u8 {
            let r = ((149 * p) % 255 + 1) as u8;
            cw.wrapping_sub(r)
        };
        let d1 = unrand(self.at(self.pos)?, self.pos + 1);
        self.pos += 1;
        let len = match d1 {
            0 => self.data.len() - self.pos,
            1..=249 => usize::from(d1),
            _ => {
                let d2 = unrand(self.at(self.pos)?, self.pos + 1);
                self.pos += 1;
                (usize::from(d1) - 249) * 250 + usize::from(d2)
            }
        };
        let end = self
            .pos
            .checked_add(len)
            .filter(|&e| e <= self.data.len())
            .ok_or(DecodeError::Truncated { pos: start })?;
        for p in self.pos..end {
            let b = unrand(self.at(p)?, p + 1);
            self.upper = false;
            self.emit(b);
        }
        self.pos = end;
        Ok(())
    }
}
