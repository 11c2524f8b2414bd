//! Shards: disjoint, interleaved shares of one index space for lines and sites that never talk.
//!
//! Shard `i/n` owns the global indices `i, i + n, i + 2n, ...`: local index `j` is global index
//! `j * n + i`. Two shards of the same `n` can never share an index, so they never share a serial,
//! and none of them needs to know how far the others are.

use super::SerialError;

/// Shard `index` of `count` (`0 <= index < count`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Shard {
    index: u64,
    count: u64,
}

impl Default for Shard {
    fn default() -> Self {
        Shard { index: 0, count: 1 }
    }
}

impl core::fmt::Display for Shard {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "{}/{}", self.index, self.count)
    }
}

/// Parses a decimal `u64` with no sign, spaces or leading `+`.
pub(crate) fn parse_u64(s: &str, what: &'static str) -> Result<u64, SerialError> {
    if s.is_empty() || s.len() > 20 || !s.bytes().all(|c| c.is_ascii_digit()) {
        return Err(SerialError::Number { what });
    }
    s.parse().map_err(|_| SerialError::Number { what })
}

/// Parses a decimal `u128` with no sign, spaces or leading `+`.
pub(crate) fn parse_u128(s: &str, what: &'static str) -> Result<u128, SerialError> {
    if s.is_empty() || s.len() > 39 || !s.bytes().all(|c| c.is_ascii_digit()) {
        return Err(SerialError::Number { what });
    }
    s.parse().map_err(|_| SerialError::Number { what })
}

impl Shard {
    /// Shard `index` of `count`.
    ///
    /// # Errors
    /// [`SerialError::ShardOutOfRange`] unless `index < count` and `count <= 2^32 - 1`.
    pub fn new(index: u64, count: u64) -> Result<Self, SerialError> {
        if index >= count || count > u64::from(u32::MAX) {
            return Err(SerialError::ShardOutOfRange { index, count });
        }
        Ok(Shard { index, count })
    }

    /// Parses `i/n`.
    ///
    /// # Errors
    /// [`SerialError::Number`] for malformed numbers, [`SerialError::ShardOutOfRange`] as in
    /// [`Shard::new`].
    pub fn parse(s: &str) -> Result<Self, SerialError> {
        let (i, n) = s
            .split_once('/')
            .ok_or(SerialError::Number { what: "shard" })?;
        Self::new(parse_u64(i, "shard")?, parse_u64(n, "shard")?)
    }

    /// This shard's number.
    pub fn index(&self) -> u64 {
        self.index
    }

    /// Number of shards.
    pub fn count(&self) -> u64 {
        self.count
    }

    /// The global index of local index `local`, if it fits in `u128`.
    pub fn global(&self, local: u128) -> Option<u128> {
        local
            .checked_mul(u128::from(self.count))?
            .checked_add(u128::from(self.index))
    }

    /// How many local indices map into a space of `space` global indices.
    pub fn local_space(&self, space: u128) -> u128 {
        let n = u128::from(self.count);
        let i = u128::from(self.index);
        if space <= i {
            0
        } else {
            space.saturating_sub(i).div_ceil(n)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_and_map() {
        let s = Shard::parse("2/5").unwrap();
        assert_eq!(s.global(3), Some(17));
        assert_eq!(s.local_space(17), 3);
        assert_eq!(s.local_space(18), 4);
        assert!(Shard::parse("5/5").is_err());
        assert!(Shard::parse("0/0").is_err());
        assert!(Shard::parse("1").is_err());
        assert!(Shard::parse("-1/2").is_err());
        assert!(Shard::parse("1/ 2").is_err());
    }
}
