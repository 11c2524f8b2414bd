//! The constrained GS1 Digital Link URI form that EPCIS 2.0 / CBV 2.0 accept in place of an EPC URN.
//!
//! Only the primary key and the key qualifiers that make up the EPC (`/01/{gtin}/21/{serial}`,
//! `/00/{sscc}`, `/414/{gln}/254/{ext}`, `/01/{gtin}/10/{lot}` for the LGTIN class, ...) with no
//! query string; values percent-encoded outside `A-Z a-z 0-9 - . _ ~` (GS1 Digital Link 1.x).

use alloc::string::String;
use alloc::vec::Vec;

use super::escape::{dl_escape_into, dl_unescape};
use super::{Component, Epc, EpcError, GcpLength, Scheme};

/// The canonical Digital Link domain.
pub const CANONICAL_STEM: &str = "https://id.gs1.org";

impl Epc {
    /// The Digital Link URI on the canonical stem `https://id.gs1.org`.
    #[must_use]
    pub fn to_digital_link(&self) -> String {
        self.to_digital_link_with_stem(CANONICAL_STEM)
    }

    /// The Digital Link URI on `stem` (scheme + host [+ path], no trailing `/`).
    #[must_use]
    pub fn to_digital_link_with_stem(&self, stem: &str) -> String {
        let mut s = String::from(stem.trim_end_matches('/'));
        for (ai, value) in self.to_ais() {
            s.push('/');
            s.push_str(ai);
            s.push('/');
            dl_escape_into(&value, &mut s);
        }
        s
    }

    /// Parses a constrained Digital Link URI (any `http`/`https` stem; path ends in the primary key
    /// and its EPC qualifier; no query or fragment) with the given GCP length.
    ///
    /// # Errors
    /// [`EpcError::BadDigitalLink`] for a URI that is not in the constrained form; otherwise as
    /// [`Epc::from_ais_as`].
    pub fn from_digital_link(uri: &str, gcp: GcpLength) -> Result<Epc, EpcError> {
        const MAX_DL: usize = 512;
        if uri.len() > MAX_DL {
            return Err(EpcError::BadDigitalLink { pos: MAX_DL });
        }
        let rest = uri
            .strip_prefix("https://")
            .or_else(|| uri.strip_prefix("http://"))
            .ok_or(EpcError::BadDigitalLink { pos: 0 })?;
        let base = uri.len().saturating_sub(rest.len());
        if let Some(p) = uri.find(['?', '#']) {
            return Err(EpcError::BadDigitalLink { pos: p });
        }
        let path_start = rest
            .find('/')
            .ok_or(EpcError::BadDigitalLink { pos: uri.len() })?;
        if path_start == 0 {
            return Err(EpcError::BadDigitalLink { pos: base });
        }
        // (segment, byte offset) of every path segment after the host.
        let mut segs: Vec<(&str, usize)> = Vec::new();
        let mut off = base.saturating_add(path_start).saturating_add(1);
        for seg in rest
            .get(path_start.saturating_add(1)..)
            .unwrap_or("")
            .split('/')
        {
            if segs.len() >= 64 {
                return Err(EpcError::BadDigitalLink { pos: off });
            }
            segs.push((seg, off));
            off = off.saturating_add(seg.len()).saturating_add(1);
        }
        // The key is the last 2 segments (/AI/value) or the last 4 (/AI/value/qualifier/value).
        let n = segs.len();
        let pick = |k: usize| segs.get(n.wrapping_sub(k)..).filter(|_| n >= k);
        let four = pick(4).filter(|s| {
            matches!(
                (s.first().map(|x| x.0), s.get(2).map(|x| x.0)),
                (Some("01"), Some("21" | "10")) | (Some("414"), Some("254"))
            )
        });
        let pairs = match four {
            Some(p) => p,
            None => pick(2).ok_or(EpcError::BadDigitalLink { pos: uri.len() })?,
        };
        let mut ais: Vec<(&str, String)> = Vec::with_capacity(2);
        for pair in pairs.chunks(2) {
            let (Some(&(ai, ai_pos)), Some(&(val, val_pos))) = (pair.first(), pair.get(1)) else {
                return Err(EpcError::BadDigitalLink { pos: uri.len() });
            };
            let component = match ai {
                "01" => Component::Gtin,
                "00" => Component::Sscc,
                "414" => Component::Gln,
                "8003" => Component::Grai,
                "8004" => Component::Giai,
                "8018" | "8017" => Component::Gsrn,
                "253" => Component::Gdti,
                "21" => Component::Serial,
                "10" => Component::Lot,
                "254" => Component::Extension,
                _ => return Err(EpcError::BadDigitalLink { pos: ai_pos }),
            };
            ais.push((ai, dl_unescape(val, val_pos, component)?));
        }
        let scheme = match (ais.first().map(|a| a.0), ais.get(1).map(|a| a.0)) {
            (Some("01"), None) => Scheme::SgtinIdPattern,
            (Some("01"), Some("21")) => Scheme::Sgtin,
            (Some("01"), Some("10")) => Scheme::Lgtin,
            (Some("00"), None) => Scheme::Sscc,
            (Some("414"), _) => Scheme::Sgln,
            (Some("8003"), None) => Scheme::Grai,
            (Some("8004"), None) => Scheme::Giai,
            (Some("8018"), None) => Scheme::Gsrn,
            (Some("8017"), None) => Scheme::Gsrnp,
            (Some("253"), None) => Scheme::Gdti,
            _ => {
                return Err(EpcError::BadDigitalLink {
                    pos: base.saturating_add(path_start),
                });
            }
        };
        let borrowed: Vec<(&str, &str)> = ais.iter().map(|(a, v)| (*a, v.as_str())).collect();
        Epc::from_ais_as(scheme, &borrowed, gcp)
    }
}
