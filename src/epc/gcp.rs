//! GS1 Company Prefix lengths: a checked length, and a caller-supplied prefix -> length table.

use alloc::collections::BTreeMap;
use alloc::string::String;

use super::EpcError;

/// A GS1 Company Prefix length, 6..=12 digits (TDS 1.13 section 7.1: the URN splits the key there).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct GcpLength(u8);

impl GcpLength {
    /// Checks that `len` is 6..=12.
    ///
    /// # Errors
    /// [`EpcError::GcpLengthOutOfRange`].
    pub fn new(len: usize) -> Result<GcpLength, EpcError> {
        match u8::try_from(len) {
            Ok(n @ 6..=12) => Ok(GcpLength(n)),
            _ => Err(EpcError::GcpLengthOutOfRange { length: len }),
        }
    }

    /// The length in digits.
    #[must_use]
    pub fn get(self) -> usize {
        usize::from(self.0)
    }
}

/// Where to find the GS1 Company Prefix length of a key.
pub trait GcpLengthProvider {
    /// The GCP length for a key whose company prefix starts at the first digit of `key_digits`
    /// (GTIN and SSCC without their first digit; GLN, GIAI, GSRN, GDTI as they are; GRAI without its
    /// leading `0`), or `None` when unknown.
    fn gcp_length(&self, key_digits: &str) -> Option<u8>;
}

impl GcpLengthProvider for GcpLength {
    fn gcp_length(&self, _key_digits: &str) -> Option<u8> {
        Some(self.0)
    }
}

/// A prefix -> GCP length table, matched by longest prefix (GS1's "GCP length" list).
///
/// Load GS1's published JSON (`{"GCPPrefixFormatList": {"entry": [{"prefix": "...", "gcpLength": N}, ...]}}`)
/// with [`GcpPrefixTable::from_gs1_json`] (feature `epcis`), or add entries with [`GcpPrefixTable::insert`].
/// The list is not bundled: GS1 publishes it monthly under its own terms.
#[derive(Clone, Debug, Default)]
pub struct GcpPrefixTable {
    entries: BTreeMap<String, u8>,
    max_prefix: usize,
}

impl GcpPrefixTable {
    /// An empty table (every lookup gives `None`).
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds `prefix` (1..=12 digits) with GCP length `gcp_length`. Lengths outside 6..=12 are kept,
    /// so a lookup hitting them reports [`EpcError::GcpLengthOutOfRange`] rather than guessing.
    ///
    /// # Errors
    /// [`EpcError::BadPrefixList`] when `prefix` is empty, longer than 12 or not all digits.
    pub fn insert(&mut self, prefix: &str, gcp_length: u8) -> Result<(), EpcError> {
        if prefix.is_empty() || prefix.len() > 12 || !prefix.bytes().all(|b| b.is_ascii_digit()) {
            return Err(EpcError::BadPrefixList {
                entry: self.entries.len(),
            });
        }
        self.max_prefix = self.max_prefix.max(prefix.len());
        self.entries.insert(String::from(prefix), gcp_length);
        Ok(())
    }

    /// Number of entries.
    #[must_use]
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the table is empty.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Parses GS1's published GCP length list (JSON). Entries whose `prefix` or `gcpLength` is
    /// malformed are an error (the list is trusted data, but never silently half-loaded).
    ///
    /// # Errors
    /// [`EpcError::BadPrefixList`] naming the entry index (0 for a wrong overall structure).
    #[cfg(feature = "epcis")]
    pub fn from_gs1_json(json: &str) -> Result<Self, EpcError> {
        let v: serde_json::Value =
            serde_json::from_str(json).map_err(|_| EpcError::BadPrefixList { entry: 0 })?;
        let entries = v
            .get("GCPPrefixFormatList")
            .and_then(|l| l.get("entry"))
            .and_then(|e| e.as_array())
            .ok_or(EpcError::BadPrefixList { entry: 0 })?;
        let mut table = GcpPrefixTable::new();
        for (i, e) in entries.iter().enumerate() {
            let prefix = e.get("prefix").and_then(|p| p.as_str());
            let len = e.get("gcpLength").and_then(|n| match n {
                serde_json::Value::Number(n) => n.as_u64(),
                serde_json::Value::String(s) => s.parse().ok(),
                _ => None,
            });
            let (Some(prefix), Some(len)) = (prefix, len) else {
                return Err(EpcError::BadPrefixList { entry: i });
            };
            let len = u8::try_from(len).map_err(|_| EpcError::BadPrefixList { entry: i })?;
            table
                .insert(prefix, len)
                .map_err(|_| EpcError::BadPrefixList { entry: i })?;
        }
        Ok(table)
    }
}

impl GcpLengthProvider for GcpPrefixTable {
    fn gcp_length(&self, key_digits: &str) -> Option<u8> {
        let longest = self.max_prefix.min(key_digits.len());
        (1..=longest)
            .rev()
            .filter_map(|n| key_digits.get(..n))
            .find_map(|p| self.entries.get(p).copied())
    }
}
