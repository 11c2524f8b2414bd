//! `Generator`: serial(i) = render(P_k(i)) for one key, GTIN and format, one at a time or in bulk.

use super::SerialError;
use super::alphabet::{MAX_LEN, SerialFormat};
use super::feistel::{BATCH, Permutation};
use super::key::{Gtin, MasterKey};
use super::prf::Prf;

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
    /// `floor((2^64 - 1) / chunk_pow)`: division of a half by `chunk_pow` without a divide.
    chunk_magic: u64,
}

impl Radix {
    /// The divider for an alphabet size (`2..=82`; clamped into that range).
    fn new(radix: u32) -> Self {
        let radix = radix.clamp(2, 82);
        let mut chunk = 0u32;
        let mut pow = 1u64;
        // At most 32 steps (radix >= 2); both stay far from overflow.
        while pow.saturating_mul(u64::from(radix)) <= u64::from(u32::MAX) {
            pow = pow.saturating_mul(u64::from(radix));
            chunk = chunk.saturating_add(1);
        }
        Radix {
            radix,
            magic: u64::MAX
                .checked_div(u64::from(radix))
                .unwrap_or(0)
                .wrapping_add(1),
            chunk,
            chunk_pow: pow,
            chunk_magic: u64::MAX.checked_div(pow).unwrap_or(0),
        }
    }

    /// `(h / chunk_pow, h % chunk_pow)` for any `h < 2^64`: a multiply-high estimate, which is
    /// low by at most 2 (`h * (2^64 / d - magic) / 2^64 < 2`), then corrected.
    #[inline(always)]
    fn split_chunk(&self, h: u64) -> (u64, u64) {
        let d = self.chunk_pow;
        let mut q = (u128::from(h).wrapping_mul(u128::from(self.chunk_magic)) >> 64) as u64;
        // `q * d <= h`, so neither operation wraps.
        let mut r = h.wrapping_sub(q.wrapping_mul(d));
        for _ in 0..2 {
            if r >= d {
                q = q.wrapping_add(1);
                r = r.wrapping_sub(d);
            }
        }
        (q, r)
    }

    /// `(n / radix, n % radix)` for any `n < 2^32` (exact for `2 <= radix < 2^32`).
    #[inline(always)]
    fn divmod(&self, n: u32) -> (u32, u32) {
        // A 64 x 32-bit product fits in 128 bits, and `q * radix <= n`: no wrap happens.
        let q = (u128::from(self.magic).wrapping_mul(u128::from(n)) >> 64) as u32;
        (q, n.wrapping_sub(q.wrapping_mul(self.radix)))
    }
}

/// The serial generator for one (key, GTIN, format): a keyed bijection from indices
/// `[0, space)` onto the serials of the format.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Generator {
    perm: Permutation,
    prf: Prf,
    format: SerialFormat,
    radix: Radix,
    space: u128,
}

impl Generator {
    /// The generator for `format` with the default PRF ([`Prf::Aes256`]), keyed by the stream
    /// key that `key` derives for `gtin`. Builds without any heap allocation.
    pub fn new(key: &MasterKey, gtin: Option<&Gtin>, format: SerialFormat) -> Self {
        Self::with_prf(key, gtin, format, Prf::default())
    }

    /// As [`Generator::new`] with an explicit PRF (e.g. [`Prf::ChaCha8`] to continue a stream
    /// of the first release).
    pub fn with_prf(key: &MasterKey, gtin: Option<&Gtin>, format: SerialFormat, prf: Prf) -> Self {
        Self::from_stream_key(&key.stream_key_for(gtin, prf), prf, format)
    }

    /// The generator keyed directly by a 256-bit stream key for `prf` (see
    /// [`MasterKey::stream_key_for`]).
    pub fn from_stream_key(stream_key: &[u8; 32], prf: Prf, format: SerialFormat) -> Self {
        let radix = format.alphabet().len() as u32;
        let length = format.length() as u32;
        Generator {
            perm: Permutation::new(stream_key, prf, radix, length),
            prf,
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

    /// The PRF of the Feistel rounds.
    pub fn prf(&self) -> Prf {
        self.prf
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
        let (mut a, mut b) = self.split(index);
        self.perm.forward(&mut a, &mut b);
        Ok(self.join(a, b))
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
            // At most 20 digits of radix <= 82: below 82^20 < 2^128.
            y = y.wrapping_mul(radix).wrapping_add(u128::from(d));
        }
        if self.perm.walks().is_some() {
            return Ok(u128::from(self.perm.walk_one(y as u64, false)));
        }
        let (mut a, mut b) = self.split(y);
        self.perm.backward(&mut a, &mut b);
        Ok(self.join(a, b))
    }

    /// `x < space` as its halves `([A], [B])`, `x = A * M_B + B`.
    fn split(&self, x: u128) -> ([u64; 1], [u64; 1]) {
        let m_b = u128::from(self.perm.halves().1);
        // `M_B >= 2`, and `A < M_A`, `B < M_B` both fit in 64 bits.
        (
            [x.checked_div(m_b).unwrap_or(0) as u64],
            [x.checked_rem(m_b).unwrap_or(0) as u64],
        )
    }

    /// The inverse of [`Generator::split`].
    fn join(&self, [a]: [u64; 1], [b]: [u64; 1]) -> u128 {
        let m_b = u128::from(self.perm.halves().1);
        // `A * M_B + B < M_A * M_B = space <= 82^20 < 2^128`.
        u128::from(a).wrapping_mul(m_b).wrapping_add(u128::from(b))
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
        if self.perm.walks().is_some() {
            let plen = self.format.prefix().len();
            let (pre, digits) = dst.split_at_mut(plen.min(dst.len()));
            pre.copy_from_slice(self.format.prefix().get(..pre.len()).unwrap_or(&[]));
            if let Some(d) = digits.first_mut() {
                *d = self.format.alphabet().char_of(y as u32);
            }
            return;
        }
        let (_, m_b) = self.perm.halves();
        let m_b = u128::from(m_b);
        // Both halves are below 2^64 (`M_A, M_B <= 82^10`); `m_b` is never 0.
        let (hi, lo) = (
            y.checked_div(m_b).unwrap_or(0),
            y.checked_rem(m_b).unwrap_or(0),
        );
        self.render_halves(hi as u64, lo as u64, dst);
    }

    /// Writes the prefix, then `A` and `B` as `floor(L/2)` and `ceil(L/2)` digits, into `dst`
    /// (exactly `total_len` bytes).
    #[inline(always)]
    fn render_halves(&self, ha: u64, hb: u64, dst: &mut [u8]) {
        let prefix = self.format.prefix();
        let (pre, digits) = dst.split_at_mut(prefix.len().min(dst.len()));
        if !pre.is_empty() {
            pre.copy_from_slice(prefix.get(..pre.len()).unwrap_or(&[]));
        }
        let length = self.format.length();
        let split = digits
            .len()
            .saturating_sub(length.saturating_sub(length / 2));
        let (hi, lo) = digits.split_at_mut(split);
        self.render_half(ha, hi);
        self.render_half(hb, lo);
    }

    /// Writes `h` as `out.len()` digits (at most 10), most significant first.
    #[inline(always)]
    fn render_half(&self, h: u64, out: &mut [u8]) {
        let r = &self.radix;
        let alpha = self.format.alphabet();
        // A half has at most 10 digits and `chunk >= 5`, so two `u32` chunks hold it; only
        // halves longer than one chunk pay a 64-bit division.
        let split = out.len().saturating_sub(r.chunk as usize);
        let (upper, low) = if split > 0 { r.split_chunk(h) } else { (0, h) };
        let (hi_out, lo_out) = out.split_at_mut(split);
        for (part, digits) in [(low, lo_out), (upper, hi_out)] {
            let mut v = part as u32;
            for o in digits.iter_mut().rev() {
                let (q, d) = r.divmod(v);
                *o = alpha.char_of(d);
                v = q;
            }
        }
    }

    /// Checks a run of `count` indices `start + k * stride`: a usable stride and the last index
    /// inside the space.
    fn check_run(&self, start: u128, stride: u64, count: u64) -> Result<(), SerialError> {
        if count == 0 {
            return Ok(());
        }
        if stride == 0 || stride > u64::from(u32::MAX) {
            return Err(SerialError::Number { what: "stride" });
        }
        let last = u128::from(count.saturating_sub(1))
            .checked_mul(u128::from(stride))
            .and_then(|d| d.checked_add(start))
            .ok_or(SerialError::IndexOutOfSpace {
                index: u128::MAX,
                space: self.space,
            })?;
        self.check(last)
    }

    /// Appends the serials of indices `start, start + stride, ...` (`count` of them), one per
    /// line (`\n`), into `out`. This is the fast path: the Feistel rounds run on batches of
    /// consecutive indices in lockstep. Allocation happens only when `out` must grow (reuse the
    /// buffer to avoid it).
    ///
    /// # Errors
    /// [`SerialError::IndexOutOfSpace`] when the last index is `>= space` (nothing is written);
    /// [`SerialError::Number`] when `stride` is 0 or too large, `count` exceeds
    /// [`crate::limits::MAX_SERIAL_LINES_PER_CALL`] (a cap on what one call allocates), or the
    /// output would not fit in memory.
    pub fn write_lines(
        &self,
        start: u128,
        stride: u64,
        count: u64,
        out: &mut alloc::vec::Vec<u8>,
    ) -> Result<(), SerialError> {
        self.check_run(start, stride, count)?;
        if count > crate::limits::MAX_SERIAL_LINES_PER_CALL {
            return Err(SerialError::Number { what: "count" });
        }
        let line = self.format.total_len().saturating_add(1);
        let old = out.len();
        let new_len = usize::try_from(count)
            .ok()
            .and_then(|c| c.checked_mul(line))
            .and_then(|b| b.checked_add(old))
            .ok_or(SerialError::Number { what: "count" })?;
        out.resize(new_len, b'\n');
        let dst = out.get_mut(old..).unwrap_or(&mut []);
        self.fill_lines(start, stride, dst);
        Ok(())
    }

    /// Writes the serials of indices `start, start + stride, ...` into the caller's buffer, one
    /// per line (`\n`-terminated), as many whole lines as fit (`out.len() / (total_len + 1)`),
    /// and returns how many it wrote; bytes after the last whole line are left alone. No heap:
    /// for firmware and the C API. Same speed as [`Generator::write_lines`].
    ///
    /// # Errors
    /// [`SerialError::IndexOutOfSpace`] when the last index that would be written is `>= space`
    /// (nothing is written); [`SerialError::Number`] when `stride` is 0 or too large.
    pub fn write_lines_into(
        &self,
        start: u128,
        stride: u64,
        out: &mut [u8],
    ) -> Result<u64, SerialError> {
        let line = self.format.total_len().saturating_add(1);
        let count = out.len().checked_div(line).unwrap_or(0);
        self.check_run(start, stride, count as u64)?;
        let used = count.saturating_mul(line);
        let dst = out.get_mut(..used).unwrap_or(&mut []);
        self.fill_lines(start, stride, dst);
        Ok(count as u64)
    }

    /// Fills `dst` (a whole number of lines) with the serials of a checked run of indices.
    fn fill_lines(&self, start: u128, stride: u64, dst: &mut [u8]) {
        let line = self.format.total_len().saturating_add(1);
        let stride128 = u128::from(stride);
        if self.perm.walks().is_some() {
            let mut index = start;
            for l in dst.chunks_exact_mut(line) {
                // `check_run` proved every index of the run is `< space <= 82`.
                let y = self.perm.walk_one(index as u64, true);
                if let Some((newline, body)) = l.split_last_mut() {
                    self.render(u128::from(y), body);
                    *newline = b'\n';
                }
                index = index.saturating_add(stride128);
            }
            return;
        }
        let (_, m_b) = self.perm.halves();
        // Current index as (A, B): `start < space`, so A < M_A and B < M_B.
        let mut ca = start.checked_div(u128::from(m_b)).unwrap_or(0) as u64;
        let mut cb = start.checked_rem(u128::from(m_b)).unwrap_or(0) as u64;
        let mut r0 = None;
        for group in dst.chunks_mut(line.saturating_mul(BATCH)) {
            let mut a = [ca; BATCH];
            let mut b = [cb; BATCH];
            let n = group.len().checked_div(line).unwrap_or(0);
            for (x, y) in a.iter_mut().zip(b.iter_mut()).take(n) {
                *x = ca;
                *y = cb;
                // Advance (A, B) by `stride` with carry. `cb + stride < 2^64` as
                // `M_B <= 82^10 < 2^64 - 2^32`; A stays below M_A while the run lasts (the
                // run's last index was checked) and can pass it only after the last lane.
                let next = cb.wrapping_add(stride);
                if next >= m_b {
                    ca = ca.wrapping_add(next.checked_div(m_b).unwrap_or(0));
                    cb = next.checked_rem(m_b).unwrap_or(0);
                } else {
                    cb = next;
                }
            }
            self.perm.forward_cached(&mut a, &mut b, &mut r0);
            for ((l, &ha), &hb) in group.chunks_exact_mut(line).zip(&a).zip(&b) {
                if let Some((newline, body)) = l.split_last_mut() {
                    self.render_halves(ha, hb, body);
                    *newline = b'\n';
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The divide-free chunk split and digit divmod agree with hardware division, at the
    /// edges and on a spread of values, for every radix.
    #[test]
    fn radix_division_matches_hardware() {
        for radix in 2..=82u32 {
            let r = Radix::new(radix);
            let d = r.chunk_pow;
            let mut hs = vec![0u64, 1, d - 1, d, d + 1, u64::MAX, u64::MAX - 1];
            hs.extend((1..=20u32).map(|k| u64::from(radix).saturating_pow(k) - 1));
            let mut x = 0x9e37_79b9_7f4a_7c15u64;
            for _ in 0..2000 {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                hs.push(x);
                hs.push(x >> (x % 64));
            }
            for h in hs {
                assert_eq!(r.split_chunk(h), (h / d, h % d), "radix {radix} h {h}");
                let n = h as u32;
                assert_eq!(r.divmod(n), (n / radix, n % radix), "radix {radix} n {n}");
            }
        }
    }
}
