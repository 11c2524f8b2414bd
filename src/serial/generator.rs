//! `Generator`: serial(i) = render(P_k(i)) for one key, GTIN and format, one at a time or in bulk.

use super::SerialError;
use super::alphabet::{MAX_LEN, SerialFormat};
use super::feistel::Permutation;
use super::key::{Gtin, MasterKey};
use super::prf::LANES;

/// One serial, held inline (at most 20 bytes, no heap).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Serial {
    bytes: [u8; MAX_LEN],
    len: u8,
}

impl Serial {
    /// The serial's characters.
    pub fn as_bytes(&self) -> &[u8] {
        self.bytes.get(..usize::from(self.len)).unwrap_or(&[])
    }

    /// The serial as text (CSET 82 is ASCII).
    pub fn as_str(&self) -> &str {
        core::str::from_utf8(self.as_bytes()).unwrap_or("")
    }
}

impl core::fmt::Debug for Serial {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "Serial({:?})", self.as_str())
    }
}

impl core::fmt::Display for Serial {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Division by the radix without a hardware divide: Lemire's `fastmod` for 32-bit dividends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Radix {
    radix: u32,
    magic: u64,
    /// Most digits that fit below 2^32, and radix^chunk.
    chunk: u32,
    chunk_pow: u64,
}

impl Radix {
    fn new(radix: u32) -> Self {
        let mut chunk = 0;
        let mut pow = 1u64;
        while pow * u64::from(radix) <= u64::from(u32::MAX) {
            pow *= u64::from(radix);
            chunk += 1;
        }
        Radix {
            radix,
            magic: u64::MAX / u64::from(radix) + 1,
            chunk,
            chunk_pow: pow,
        }
    }

    /// `(n / radix, n % radix)` for any `n < 2^32` (exact for `2 <= radix < 2^32`).
    #[inline(always)]
    fn divmod(&self, n: u32) -> (u32, u32) {
        let q = ((u128::from(self.magic) * u128::from(n)) >> 64) as u32;
        (q, n - q * self.radix)
    }
}

/// The serial generator for one (key, GTIN, format): a keyed bijection from indices
/// `[0, space)` onto the serials of the format.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Generator {
    perm: Permutation,
    format: SerialFormat,
    radix: Radix,
    space: u128,
}

impl Generator {
    /// The generator for `format`, keyed by the stream key that `key` derives for `gtin`.
    /// Builds without any heap allocation.
    pub fn new(key: &MasterKey, gtin: Option<&Gtin>, format: SerialFormat) -> Self {
        Self::from_stream_key(&key.stream_key(gtin), format)
    }

    /// The generator keyed directly by a 256-bit stream key (see [`MasterKey::stream_key`]).
    pub fn from_stream_key(stream_key: &[u8; 32], format: SerialFormat) -> Self {
        let radix = format.alphabet().len() as u32;
        let length = format.length() as u32;
        Generator {
            perm: Permutation::new(stream_key, radix, length),
            format,
            radix: Radix::new(radix),
            space: format.space(),
        }
    }

    /// Number of distinct serials (and of valid indices).
    pub fn space(&self) -> u128 {
        self.space
    }

    /// The format.
    pub fn format(&self) -> &SerialFormat {
        &self.format
    }

    /// The permuted value `P_k(index)` in `[0, space)`, before rendering.
    ///
    /// # Errors
    /// [`SerialError::IndexOutOfSpace`] unless `index < space`.
    pub fn permute(&self, index: u128) -> Result<u128, SerialError> {
        self.check(index)?;
        if self.perm.walks().is_some() {
            return Ok(u128::from(self.perm.walk_one(index as u64, true)));
        }
        let (_, m_b) = self.perm.halves();
        let mut a = [(index / u128::from(m_b)) as u64; LANES];
        let mut b = [(index % u128::from(m_b)) as u64; LANES];
        self.perm.forward(&mut a, &mut b);
        Ok(u128::from(a[0]) * u128::from(m_b) + u128::from(b[0]))
    }

    /// The serial with index `index`.
    ///
    /// # Errors
    /// [`SerialError::IndexOutOfSpace`] unless `index < space`.
    pub fn serial(&self, index: u128) -> Result<Serial, SerialError> {
        let mut s = Serial {
            bytes: [0; MAX_LEN],
            len: self.format.total_len() as u8,
        };
        self.write_serial(index, &mut s.bytes)?;
        Ok(s)
    }

    /// Writes the serial with index `index` into `out` (at least [`SerialFormat::total_len`]
    /// bytes) and returns its length. No heap: for firmware and the C API.
    ///
    /// # Errors
    /// [`SerialError::IndexOutOfSpace`] unless `index < space`; [`SerialError::SerialLength`] when
    /// `out` is too short.
    pub fn write_serial(&self, index: u128, out: &mut [u8]) -> Result<usize, SerialError> {
        let total = self.format.total_len();
        let found = out.len();
        let dst = out.get_mut(..total).ok_or(SerialError::SerialLength {
            expected: total,
            found,
        })?;
        let y = self.permute(index)?;
        self.render(y, dst);
        Ok(total)
    }

    /// The index whose serial is `serial` (the inverse: checks whether a serial belongs to
    /// this stream, and where).
    ///
    /// # Errors
    /// [`SerialError::SerialLength`] or [`SerialError::SerialChar`] when `serial` is not of the
    /// format (wrong length, prefix or character).
    pub fn index_of(&self, serial: &[u8]) -> Result<u128, SerialError> {
        let f = &self.format;
        if serial.len() != f.total_len() {
            return Err(SerialError::SerialLength {
                expected: f.total_len(),
                found: serial.len(),
            });
        }
        let plen = f.prefix().len();
        for (pos, (&c, &p)) in serial.iter().zip(f.prefix()).enumerate() {
            if c != p {
                return Err(SerialError::SerialChar { byte: c, pos });
            }
        }
        let radix = u128::from(self.radix.radix);
        let mut y: u128 = 0;
        for (pos, &c) in serial.iter().enumerate().skip(plen) {
            let d = f
                .alphabet()
                .value_of(c)
                .ok_or(SerialError::SerialChar { byte: c, pos })?;
            y = y * radix + u128::from(d);
        }
        if self.perm.walks().is_some() {
            return Ok(u128::from(self.perm.walk_one(y as u64, false)));
        }
        let (_, m_b) = self.perm.halves();
        let mut a = [(y / u128::from(m_b)) as u64; LANES];
        let mut b = [(y % u128::from(m_b)) as u64; LANES];
        self.perm.backward(&mut a, &mut b);
        Ok(u128::from(a[0]) * u128::from(m_b) + u128::from(b[0]))
    }

    fn check(&self, index: u128) -> Result<(), SerialError> {
        if index < self.space {
            Ok(())
        } else {
            Err(SerialError::IndexOutOfSpace {
                index,
                space: self.space,
            })
        }
    }

    /// Renders a value `< space` into `dst` (exactly `total_len` bytes): prefix, then the digits.
    #[inline]
    fn render(&self, y: u128, dst: &mut [u8]) {
        let plen = self.format.prefix().len();
        let (pre, digits) = dst.split_at_mut(plen.min(dst.len()));
        pre.copy_from_slice(self.format.prefix().get(..pre.len()).unwrap_or(&[]));
        if self.perm.walks().is_some() {
            if let Some(d) = digits.first_mut() {
                *d = self.format.alphabet().char_of(y as u32);
            }
            return;
        }
        let (_, m_b) = self.perm.halves();
        let lb = self.format.length() - self.format.length() / 2;
        let split = digits.len().saturating_sub(lb);
        let (hi, lo) = digits.split_at_mut(split);
        self.render_half((y / u128::from(m_b)) as u64, hi);
        self.render_half((y % u128::from(m_b)) as u64, lo);
    }

    /// Writes `h` as `out.len()` digits, most significant first.
    #[inline(always)]
    fn render_half(&self, h: u64, out: &mut [u8]) {
        let r = &self.radix;
        let chunk = r.chunk as usize;
        let alpha = self.format.alphabet();
        let (upper, mut low) = if out.len() > chunk {
            (h / r.chunk_pow, h % r.chunk_pow)
        } else {
            (0, h)
        };
        let split = out.len().saturating_sub(chunk);
        let (hi_out, lo_out) = out.split_at_mut(split);
        let mut v = low as u32;
        for o in lo_out.iter_mut().rev() {
            let (q, d) = r.divmod(v);
            *o = alpha.char_of(d);
            v = q;
        }
        low = upper;
        let mut v = low as u32;
        for o in hi_out.iter_mut().rev() {
            let (q, d) = r.divmod(v);
            *o = alpha.char_of(d);
            v = q;
        }
    }

    /// Appends the serials of indices `start, start + stride, ...` (`count` of them), one per
    /// line (`\n`), into `out`. This is the fast path: the Feistel rounds run in SIMD batches.
    /// Allocation happens only when `out` must grow (reuse the buffer to avoid it).
    ///
    /// # Errors
    /// [`SerialError::IndexOutOfSpace`] when the last index is `>= space` (nothing is written);
    /// [`SerialError::Number`] when `stride` is 0 or too large.
    pub fn write_lines(
        &self,
        start: u128,
        stride: u64,
        count: u64,
        out: &mut alloc::vec::Vec<u8>,
    ) -> Result<(), SerialError> {
        if count == 0 {
            return Ok(());
        }
        if stride == 0 || stride > u64::from(u32::MAX) {
            return Err(SerialError::Number { what: "stride" });
        }
        let last = (u128::from(count) - 1)
            .checked_mul(u128::from(stride))
            .and_then(|d| d.checked_add(start))
            .ok_or(SerialError::IndexOutOfSpace {
                index: u128::MAX,
                space: self.space,
            })?;
        self.check(last)?;
        let line = self.format.total_len() + 1;
        let bytes = usize::try_from(count)
            .ok()
            .and_then(|c| c.checked_mul(line))
            .ok_or(SerialError::Number { what: "count" })?;
        let old = out.len();
        out.resize(old + bytes, b'\n');
        let dst = out.get_mut(old..).unwrap_or(&mut []);
        if self.perm.walks().is_some() {
            for (i, l) in dst.chunks_exact_mut(line).enumerate() {
                let y = self
                    .perm
                    .walk_one((start + i as u128 * u128::from(stride)) as u64, true);
                if let Some((_, body)) = l.split_last_mut() {
                    self.render(u128::from(y), body);
                }
            }
            return Ok(());
        }
        let (_, m_b) = self.perm.halves();
        let mut ca = (start / u128::from(m_b)) as u64;
        let mut cb = (start % u128::from(m_b)) as u64;
        let mut lines = dst.chunks_exact_mut(line);
        let mut left = count;
        let mut r0 = None;
        while left > 0 {
            let n = left.min(LANES as u64) as usize;
            let mut a = [ca; LANES];
            let mut b = [cb; LANES];
            for (x, y) in a.iter_mut().zip(b.iter_mut()).take(n) {
                *x = ca;
                *y = cb;
                // Advance (ca, cb) by `stride` with carry; ca stays < M_A until past the end.
                cb += stride;
                if cb >= m_b {
                    ca += cb / m_b;
                    cb %= m_b;
                }
            }
            self.perm.forward_cached(&mut a, &mut b, &mut r0);
            let lb = self.format.length() - self.format.length() / 2;
            let plen = self.format.prefix().len();
            for ((out_line, &ha), &hb) in (&mut lines).take(n).zip(&a).zip(&b) {
                let (pre, rest) = out_line.split_at_mut(plen);
                pre.copy_from_slice(self.format.prefix());
                let (digits, _newline) = rest.split_at_mut(rest.len() - 1);
                let (hi, lo) = digits.split_at_mut(digits.len() - lb);
                self.render_half(ha, hi);
                self.render_half(hb, lo);
            }
            left -= n as u64;
        }
        Ok(())
    }
}
