//! `SerialError`: everything that can go wrong configuring, drawing, checking or resuming serials.

/// An error of the serial layer. Numbers, positions and bytes are in the variant.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SerialError {
    /// An alphabet needs at least two distinct characters.
    #[error("alphabet has {size} character(s); at least 2 are needed")]
    AlphabetTooSmall {
        /// Number of characters given.
        size: usize,
    },
    /// An alphabet character appears twice.
    #[error("alphabet character {byte:#04x} at position {second} repeats position {first}")]
    AlphabetDuplicate {
        /// The repeated byte.
        byte: u8,
        /// Position of its first occurrence.
        first: usize,
        /// Position of the repeat.
        second: usize,
    },
    /// A character outside GS1 CSET 82 (the character set of AI 21).
    #[error("byte {byte:#04x} at position {pos} is not in GS1 CSET 82")]
    NotCset82 {
        /// The offending byte.
        byte: u8,
        /// Its position in the alphabet or prefix.
        pos: usize,
    },
    /// The random part must be 1 to 20 characters long.
    #[error("serial length {length} is outside 1..=20")]
    LengthOutOfRange {
        /// Requested length.
        length: usize,
    },
    /// Prefix plus random part exceed the 20 characters of AI 21.
    #[error("prefix of {prefix} plus {length} random characters exceed the 20 characters of AI 21")]
    TooLong {
        /// Prefix length.
        prefix: usize,
        /// Random part length.
        length: usize,
    },
    /// A key is not exactly 64 hexadecimal digits.
    #[error("key has {len} hex digits; exactly 64 are needed")]
    KeyLength {
        /// Number of non-whitespace characters found.
        len: usize,
    },
    /// A key contains a byte that is not a hexadecimal digit.
    #[error("key byte {byte:#04x} at position {pos} is not a hex digit")]
    KeyDigit {
        /// The offending byte.
        byte: u8,
        /// Its position.
        pos: usize,
    },
    /// A GTIN must have 8, 12, 13 or 14 digits.
    #[error("GTIN has {len} characters; 8, 12, 13 or 14 digits are needed")]
    GtinLength {
        /// Length found.
        len: usize,
    },
    /// A GTIN contains a non-digit.
    #[error("GTIN byte {byte:#04x} at position {pos} is not a digit")]
    GtinDigit {
        /// The offending byte.
        byte: u8,
        /// Its position.
        pos: usize,
    },
    /// A GTIN's check digit is wrong.
    #[error("GTIN check digit is {found}, expected {expected}")]
    GtinCheckDigit {
        /// The check digit the other digits give.
        expected: u8,
        /// The check digit found.
        found: u8,
    },
    /// An index lies outside the serial space.
    #[error("index {index} is outside the serial space of {space}")]
    IndexOutOfSpace {
        /// The index.
        index: u128,
        /// The number of distinct serials.
        space: u128,
    },
    /// A shard is not written `i/n` with `0 <= i < n`.
    #[error("shard {index}/{count} is invalid: need 0 <= i < n and n >= 1")]
    ShardOutOfRange {
        /// Shard number.
        index: u64,
        /// Number of shards.
        count: u64,
    },
    /// A shard, index or count is not a decimal number in range.
    #[error("{what} is not a valid number")]
    Number {
        /// Which field.
        what: &'static str,
    },
    /// Issuing would pass the configured bound.
    #[error(
        "issuing up to index {end} passes the bound of {bound} serials (use force to override)"
    )]
    BoundExceeded {
        /// Index one past the last serial that would be issued (this stream).
        end: u128,
        /// The bound.
        bound: u128,
    },
    /// A serial to look up has the wrong length.
    #[error("serial has {found} characters, the format has {expected}")]
    SerialLength {
        /// Length of the format (prefix included).
        expected: usize,
        /// Length found.
        found: usize,
    },
    /// A serial to look up has a character outside the format (or a wrong prefix).
    #[error("serial byte {byte:#04x} at position {pos} does not fit the format")]
    SerialChar {
        /// The offending byte.
        byte: u8,
        /// Its position.
        pos: usize,
    },
    /// A state file line could not be parsed.
    #[error("state file line {line}: {kind}")]
    State {
        /// 1-based line number (0: the file as a whole).
        line: usize,
        /// What is wrong.
        kind: StateErrorKind,
    },
    /// The state file belongs to another key, GTIN, format or shard.
    #[error("state file was written for a different {field}")]
    StateMismatch {
        /// The field that differs: `key-id`, `gtin`, `format`, `shard` or `prf`.
        field: &'static str,
    },
    /// A PRF name other than `aes256` or `chacha8`.
    #[error("unknown PRF (expected aes256 or chacha8)")]
    UnknownPrf,
    /// A file operation failed (feature `std`).
    #[cfg(feature = "std")]
    #[error("{op} failed: {kind}")]
    Io {
        /// What was being done.
        op: &'static str,
        /// The I/O error kind.
        kind: std::io::ErrorKind,
    },
}

/// What is wrong with a state file line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum StateErrorKind {
    /// The first line is not the expected header.
    #[error("not a gs1dm serial state file (bad header)")]
    Header,
    /// A line is not `name value`, or the name is unknown.
    #[error("unknown or malformed field")]
    Field,
    /// A field appears twice.
    #[error("duplicate field")]
    Duplicate,
    /// A required field is missing.
    #[error("missing field {0}")]
    Missing(&'static str),
    /// A value is malformed.
    #[error("malformed value")]
    Value,
    /// `next` is greater than `reserved`.
    #[error("next index lies beyond the reserved index")]
    Order,
    /// The file is larger than any valid state file.
    #[error("file too large")]
    TooLarge,
}
