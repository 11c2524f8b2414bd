//! Reads a fuzz input as option bytes followed by payloads, the same way in every fuzz target and
//! in `tests/fuzz_regressions.rs` (which replays saved inputs through the same harness).
//!
//! Running out of input is never an error: missing bytes read as 0 and missing payloads as empty,
//! so every input drives the entry points somehow.

/// A forward-only reader over a fuzz input.
pub struct Cursor<'a> {
    data: &'a [u8],
}

impl<'a> Cursor<'a> {
    /// Starts at the first byte of `data`.
    pub fn new(data: &'a [u8]) -> Self {
        Cursor { data }
    }

    /// The next byte, or 0 when the input is used up.
    pub fn byte(&mut self) -> u8 {
        match self.data.split_first() {
            Some((&b, rest)) => {
                self.data = rest;
                b
            }
            None => 0,
        }
    }

    /// The next two bytes, little-endian.
    pub fn u16(&mut self) -> u16 {
        u16::from_le_bytes([self.byte(), self.byte()])
    }

    /// The next four bytes, little-endian.
    pub fn u32(&mut self) -> u32 {
        u32::from_le_bytes([self.byte(), self.byte(), self.byte(), self.byte()])
    }

    /// The next sixteen bytes, little-endian.
    pub fn u128(&mut self) -> u128 {
        let mut b = [0u8; 16];
        for v in &mut b {
            *v = self.byte();
        }
        u128::from_le_bytes(b)
    }

    /// A payload of up to 255 bytes, its length given by the next byte.
    pub fn bytes(&mut self) -> &'a [u8] {
        let n = usize::from(self.byte()).min(self.data.len());
        let (head, rest) = self.data.split_at(n);
        self.data = rest;
        head
    }

    /// As [`Cursor::bytes`], cut back to its longest valid UTF-8 prefix.
    pub fn text(&mut self) -> &'a str {
        utf8_prefix(self.bytes())
    }

    /// Everything left.
    pub fn rest(self) -> &'a [u8] {
        self.data
    }

    /// Everything left, cut back to its longest valid UTF-8 prefix.
    pub fn rest_text(self) -> &'a str {
        utf8_prefix(self.data)
    }
}

fn utf8_prefix(b: &[u8]) -> &str {
    match core::str::from_utf8(b) {
        Ok(s) => s,
        Err(e) => core::str::from_utf8(b.get(..e.valid_up_to()).unwrap_or(&[])).unwrap_or(""),
    }
}
