//! The EPC layer's error type: what is wrong with an element string, URN, Digital Link or tag.

use core::fmt;

/// The part of an identifier an [`EpcError`] points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Component {
    /// The GS1 Company Prefix.
    CompanyPrefix,
    /// A GTIN (AI 01).
    Gtin,
    /// An SSCC (AI 00).
    Sscc,
    /// A GLN (AI 414).
    Gln,
    /// A GRAI (AI 8003).
    Grai,
    /// A GIAI (AI 8004).
    Giai,
    /// A GSRN (AI 8018) or GSRN provider (AI 8017).
    Gsrn,
    /// A GDTI (AI 253).
    Gdti,
    /// The item reference (with the GTIN's indicator digit in front).
    ItemReference,
    /// The SSCC serial reference (with the extension digit in front).
    SerialReference,
    /// The SGLN location reference.
    LocationReference,
    /// The SGLN extension (AI 254).
    Extension,
    /// The GRAI asset type.
    AssetType,
    /// The GIAI individual asset reference.
    AssetReference,
    /// The GSRN service reference.
    ServiceReference,
    /// The GDTI document type.
    DocumentType,
    /// A serial number (AI 21, or the serial part of GRAI/GDTI).
    Serial,
    /// A batch/lot number (AI 10).
    Lot,
    /// The filter value of a tag encoding.
    Filter,
    /// The hex of a binary tag encoding.
    Hex,
}

impl fmt::Display for Component {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Component::CompanyPrefix => "GS1 Company Prefix",
            Component::Gtin => "GTIN (01)",
            Component::Sscc => "SSCC (00)",
            Component::Gln => "GLN (414)",
            Component::Grai => "GRAI (8003)",
            Component::Giai => "GIAI (8004)",
            Component::Gsrn => "GSRN (8017/8018)",
            Component::Gdti => "GDTI (253)",
            Component::ItemReference => "item reference",
            Component::SerialReference => "serial reference",
            Component::LocationReference => "location reference",
            Component::Extension => "extension (254)",
            Component::AssetType => "asset type",
            Component::AssetReference => "individual asset reference",
            Component::ServiceReference => "service reference",
            Component::DocumentType => "document type",
            Component::Serial => "serial",
            Component::Lot => "lot (10)",
            Component::Filter => "filter value",
            Component::Hex => "tag hex",
        })
    }
}

/// Why an EPC conversion failed. [`EpcError::kind`] gives a stable short name.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum EpcError {
    /// The GS1 Company Prefix length is outside 6..=12.
    #[error("GS1 Company Prefix length {length} is outside 6..=12")]
    GcpLengthOutOfRange {
        /// The length given or found.
        length: usize,
    },
    /// No GS1 Company Prefix length was given and the prefix table has no entry for the key.
    #[error("no GS1 Company Prefix length known for key starting {key_start:?}")]
    GcpLengthMissing {
        /// The first digits of the key that were looked up (up to 12).
        key_start: heapless_key::KeyStart,
    },
    /// A check digit does not match.
    #[error("{component}: check digit is {found}, expected {expected}")]
    BadCheckDigit {
        /// The key whose check digit is wrong.
        component: Component,
        /// The digit in the input.
        found: u8,
        /// The digit computed from the other digits.
        expected: u8,
    },
    /// A component has the wrong number of characters.
    #[error("{component}: {found} characters, expected {expected}")]
    WrongLength {
        /// The component.
        component: Component,
        /// Its length in the input.
        found: usize,
        /// The length required.
        expected: usize,
    },
    /// A component that must be all digits is not.
    #[error("{component}: non-digit at byte {pos}")]
    NonNumeric {
        /// The component.
        component: Component,
        /// Byte offset of the first non-digit inside the input.
        pos: usize,
    },
    /// The scheme needs a serial (or other key qualifier) that is absent or empty.
    #[error("{scheme} needs a {component}, which is missing or empty")]
    MissingSerial {
        /// The scheme asked for.
        scheme: super::Scheme,
        /// The missing part.
        component: Component,
    },
    /// A component is longer than the scheme allows.
    #[error("{component}: {found} characters, at most {max} allowed")]
    SerialTooLong {
        /// The component.
        component: Component,
        /// Its length.
        found: usize,
        /// The maximum.
        max: usize,
    },
    /// A character outside GS1 character set 82, or one that a URN must escape given literally.
    #[error("{component}: character {byte:#04x} at byte {pos} is not allowed")]
    InvalidCharacter {
        /// The component.
        component: Component,
        /// Byte offset inside the input.
        pos: usize,
        /// The offending byte (after unescaping, when it came from `%HH`).
        byte: u8,
    },
    /// A `%` not followed by two hex digits.
    #[error("bad percent escape at byte {pos}")]
    BadPercentEscape {
        /// Byte offset of the `%`.
        pos: usize,
    },
    /// A URN has the wrong number of dot-separated components.
    #[error("{scheme} URN has {found} dot-separated components, expected {expected}")]
    WrongComponentCount {
        /// The scheme.
        scheme: super::Scheme,
        /// Components found.
        found: usize,
        /// Components required.
        expected: usize,
    },
    /// The input is not a URN of a supported EPC scheme (`urn:epc:id:sgtin:` ...).
    #[error("not a supported EPC URN (byte {pos})")]
    UnknownScheme {
        /// Byte offset where the scheme name was expected.
        pos: usize,
    },
    /// The element string has no AI that an EPC can be built from (or lacks the one asked for).
    #[error("element string has no AI ({ai}), needed for {scheme}")]
    MissingAi {
        /// The scheme.
        scheme: super::Scheme,
        /// The primary key AI needed.
        ai: &'static str,
    },
    /// A Digital Link URI is not in the constrained form EPCIS accepts.
    #[error("not a constrained GS1 Digital Link EPC URI (byte {pos})")]
    BadDigitalLink {
        /// Byte offset of the problem.
        pos: usize,
    },
    /// The identifier cannot be put in the requested binary tag encoding.
    #[error("{component} cannot be encoded in {encoding:?}")]
    NotEncodable {
        /// The tag encoding.
        encoding: super::TagEncoding,
        /// What does not fit.
        component: Component,
    },
    /// The filter value is above 7.
    #[error("filter value {value} is above 7")]
    FilterOutOfRange {
        /// The value given.
        value: u8,
    },
    /// A GCP prefix-length list is malformed.
    #[error("malformed GS1 Company Prefix length list (entry {entry})")]
    BadPrefixList {
        /// Index of the bad entry (0 when the structure itself is wrong).
        entry: usize,
    },
}

impl EpcError {
    /// A stable short name for the error kind, as used by the shared test vectors
    /// (`gcp_length_out_of_range`, `bad_check_digit`, `invalid_character`, ...).
    #[must_use]
    pub fn kind(&self) -> &'static str {
        match self {
            EpcError::GcpLengthOutOfRange { .. } => "gcp_length_out_of_range",
            EpcError::GcpLengthMissing { .. } => "gcp_length_missing",
            EpcError::BadCheckDigit { .. } => "bad_check_digit",
            EpcError::WrongLength { .. } => "wrong_length",
            EpcError::NonNumeric { .. } => "non_numeric",
            EpcError::MissingSerial { .. } => "missing_serial",
            EpcError::SerialTooLong { .. } => "serial_too_long",
            EpcError::InvalidCharacter { .. } => "invalid_character",
            EpcError::BadPercentEscape { .. } => "bad_percent_escape",
            EpcError::WrongComponentCount { .. } => "wrong_component_count",
            EpcError::UnknownScheme { .. } => "unknown_scheme",
            EpcError::MissingAi { .. } => "missing_ai",
            EpcError::BadDigitalLink { .. } => "bad_digital_link",
            EpcError::NotEncodable { .. } => "not_encodable",
            EpcError::FilterOutOfRange { .. } => "filter_out_of_range",
            EpcError::BadPrefixList { .. } => "bad_prefix_list",
        }
    }
}

/// A small fixed-capacity copy of the start of a key, so errors stay `String`-free.
pub mod heapless_key {
    use core::fmt;

    /// Up to the first 12 ASCII characters of a key that was looked up.
    #[derive(Clone, Copy, PartialEq, Eq, Hash)]
    pub struct KeyStart {
        buf: [u8; 12],
        len: u8,
    }

    impl KeyStart {
        /// Copies the first (up to) 12 ASCII bytes of `key`; other bytes become `?`.
        #[must_use]
        pub fn new(key: &str) -> Self {
            let mut buf = [0u8; 12];
            let mut len = 0u8;
            for (slot, b) in buf.iter_mut().zip(key.bytes()) {
                *slot = if b.is_ascii_graphic() { b } else { b'?' };
                len = len.saturating_add(1);
            }
            KeyStart { buf, len }
        }

        /// The stored characters.
        #[must_use]
        pub fn as_str(&self) -> &str {
            let bytes = self.buf.get(..usize::from(self.len)).unwrap_or(&[]);
            core::str::from_utf8(bytes).unwrap_or("")
        }
    }

    impl fmt::Debug for KeyStart {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            fmt::Debug::fmt(self.as_str(), f)
        }
    }
}
