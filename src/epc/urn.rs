//! Pure-identity URNs (TDS 1.13 section 6.3): format and strict parse, canonicalising escapes.

use alloc::string::String;

use super::escape::{check_digits, urn_escape_into, urn_unescape};
use super::{Component, Epc, EpcError, GcpLength, Scheme};

/// Longest URN accepted (the longest real one, SGTIN with a 20-character all-escaped serial, is ~100).
const MAX_URN: usize = crate::limits::MAX_EPC_URN;

impl Epc {
    /// The canonical URN: `urn:epc:id:...`, `urn:epc:class:lgtin:...` or `urn:epc:idpat:sgtin:...`,
    /// with TDS Table A-1 escapes in upper-case hex.
    #[must_use]
    pub fn to_urn(&self) -> String {
        let mut s = String::with_capacity(64);
        let mut parts = |head: &str, cp: &str, mid: Option<&str>, last: &str, escape_last: bool| {
            s.push_str(head);
            s.push_str(cp);
            s.push('.');
            if let Some(m) = mid {
                s.push_str(m);
                s.push('.');
            }
            if escape_last {
                urn_escape_into(last, &mut s);
            } else {
                s.push_str(last);
            }
        };
        match self {
            Epc::Sgtin {
                company_prefix,
                item_reference,
                serial,
            } => {
                parts(
                    "urn:epc:id:sgtin:",
                    company_prefix,
                    Some(item_reference),
                    serial,
                    true,
                );
            }
            Epc::Sscc {
                company_prefix,
                serial_reference,
            } => {
                parts(
                    "urn:epc:id:sscc:",
                    company_prefix,
                    None,
                    serial_reference,
                    false,
                );
            }
            Epc::Sgln {
                company_prefix,
                location_reference,
                extension,
            } => {
                parts(
                    "urn:epc:id:sgln:",
                    company_prefix,
                    Some(location_reference),
                    extension,
                    true,
                );
            }
            Epc::Grai {
                company_prefix,
                asset_type,
                serial,
            } => {
                parts(
                    "urn:epc:id:grai:",
                    company_prefix,
                    Some(asset_type),
                    serial,
                    true,
                );
            }
            Epc::Giai {
                company_prefix,
                asset_reference,
            } => {
                parts(
                    "urn:epc:id:giai:",
                    company_prefix,
                    None,
                    asset_reference,
                    true,
                );
            }
            Epc::Gsrn {
                company_prefix,
                service_reference,
            } => {
                parts(
                    "urn:epc:id:gsrn:",
                    company_prefix,
                    None,
                    service_reference,
                    false,
                );
            }
            Epc::Gsrnp {
                company_prefix,
                service_reference,
            } => {
                parts(
                    "urn:epc:id:gsrnp:",
                    company_prefix,
                    None,
                    service_reference,
                    false,
                );
            }
            Epc::Gdti {
                company_prefix,
                document_type,
                serial,
            } => {
                parts(
                    "urn:epc:id:gdti:",
                    company_prefix,
                    Some(document_type),
                    serial,
                    true,
                );
            }
            Epc::Lgtin {
                company_prefix,
                item_reference,
                lot,
            } => {
                parts(
                    "urn:epc:class:lgtin:",
                    company_prefix,
                    Some(item_reference),
                    lot,
                    true,
                );
            }
            Epc::SgtinPattern {
                company_prefix,
                item_reference,
            } => {
                parts(
                    "urn:epc:idpat:sgtin:",
                    company_prefix,
                    Some(item_reference),
                    "*",
                    false,
                );
            }
        }
        s
    }

    /// Parses an EPC URN (pure identity, LGTIN class or SGTIN id pattern). Escapes are accepted in
    /// either case and canonicalised; a character Table A-1 requires escaped (`/`, ...) given
    /// literally is rejected; serials may contain dots (split on the first two dots only; GIAI on
    /// the first).
    ///
    /// # Errors
    /// [`EpcError::UnknownScheme`], [`EpcError::WrongComponentCount`], [`EpcError::WrongLength`],
    /// [`EpcError::NonNumeric`], [`EpcError::GcpLengthOutOfRange`], [`EpcError::MissingSerial`],
    /// [`EpcError::SerialTooLong`], [`EpcError::InvalidCharacter`], [`EpcError::BadPercentEscape`].
    pub fn from_urn(urn: &str) -> Result<Epc, EpcError> {
        if urn.len() > MAX_URN {
            return Err(EpcError::SerialTooLong {
                component: Component::Serial,
                found: urn.len(),
                max: MAX_URN,
            });
        }
        const HEADS: [(&str, Scheme); 10] = [
            ("urn:epc:id:sgtin:", Scheme::Sgtin),
            ("urn:epc:id:sscc:", Scheme::Sscc),
            ("urn:epc:id:sgln:", Scheme::Sgln),
            ("urn:epc:id:grai:", Scheme::Grai),
            ("urn:epc:id:giai:", Scheme::Giai),
            ("urn:epc:id:gsrn:", Scheme::Gsrn),
            ("urn:epc:id:gsrnp:", Scheme::Gsrnp),
            ("urn:epc:id:gdti:", Scheme::Gdti),
            ("urn:epc:class:lgtin:", Scheme::Lgtin),
            ("urn:epc:idpat:sgtin:", Scheme::SgtinIdPattern),
        ];
        let (head, scheme) = HEADS
            .iter()
            .find(|(h, _)| urn.starts_with(h))
            .ok_or(EpcError::UnknownScheme { pos: 0 })?;
        let body = urn.get(head.len()..).unwrap_or("");
        let base = head.len();
        let three = matches!(
            scheme,
            Scheme::Sgtin
                | Scheme::Sgln
                | Scheme::Grai
                | Scheme::Gdti
                | Scheme::Lgtin
                | Scheme::SgtinIdPattern
        );
        let (cp, mid, last) = if three {
            let mut it = body.splitn(3, '.');
            match (it.next(), it.next(), it.next()) {
                (Some(a), Some(b), Some(c)) => (a, Some(b), c),
                (a, b, _) => {
                    let found = [a.is_some(), b.is_some()]
                        .into_iter()
                        .filter(|&x| x)
                        .count();
                    return Err(EpcError::WrongComponentCount {
                        scheme: *scheme,
                        found,
                        expected: 3,
                    });
                }
            }
        } else {
            match body.split_once('.') {
                // Only the GIAI's last component (an alphanumeric reference) may contain dots.
                Some((_, c)) if *scheme != Scheme::Giai && c.contains('.') => {
                    return Err(EpcError::WrongComponentCount {
                        scheme: *scheme,
                        found: c.matches('.').count().saturating_add(2),
                        expected: 2,
                    });
                }
                Some((a, c)) => (a, None, c),
                None => {
                    return Err(EpcError::WrongComponentCount {
                        scheme: *scheme,
                        found: 1,
                        expected: 2,
                    });
                }
            }
        };
        check_digits(cp, Component::CompanyPrefix).map_err(|e| offset(e, base))?;
        let gcp = GcpLength::new(cp.len())?;
        let mid_base = base.saturating_add(cp.len()).saturating_add(1);
        let last_base = mid_base.saturating_add(mid.map_or(0, |m| m.len().saturating_add(1)));
        // Fixed-length numeric middle parts: `total` digits together with the company prefix.
        let numeric = |s: &str, component: Component, total: usize, at: usize| {
            check_digits(s, component).map_err(|e| offset(e, at))?;
            if s.len().saturating_add(gcp.get()) != total {
                return Err(EpcError::WrongLength {
                    component,
                    found: s.len(),
                    expected: total.saturating_sub(gcp.get()),
                });
            }
            Ok(String::from(s))
        };
        let text = |s: &str, component: Component, max: usize| {
            let v = urn_unescape(s, last_base, component)?;
            if v.is_empty() {
                return Err(EpcError::MissingSerial {
                    scheme: *scheme,
                    component,
                });
            }
            if v.len() > max {
                return Err(EpcError::SerialTooLong {
                    component,
                    found: v.len(),
                    max,
                });
            }
            Ok(v)
        };
        let company_prefix = String::from(cp);
        let mid = mid.unwrap_or("");
        Ok(match scheme {
            Scheme::Sgtin => Epc::Sgtin {
                company_prefix,
                item_reference: numeric(mid, Component::ItemReference, 13, mid_base)?,
                serial: text(last, Component::Serial, 20)?,
            },
            Scheme::Lgtin => Epc::Lgtin {
                company_prefix,
                item_reference: numeric(mid, Component::ItemReference, 13, mid_base)?,
                lot: text(last, Component::Lot, 20)?,
            },
            Scheme::SgtinIdPattern => {
                let item_reference = numeric(mid, Component::ItemReference, 13, mid_base)?;
                if last != "*" {
                    return Err(EpcError::InvalidCharacter {
                        component: Component::Serial,
                        pos: last_base,
                        byte: last.bytes().next().unwrap_or(0),
                    });
                }
                Epc::SgtinPattern {
                    company_prefix,
                    item_reference,
                }
            }
            Scheme::Sscc => Epc::Sscc {
                company_prefix,
                serial_reference: numeric(last, Component::SerialReference, 17, last_base)?,
            },
            Scheme::Sgln => Epc::Sgln {
                company_prefix,
                location_reference: numeric(mid, Component::LocationReference, 12, mid_base)?,
                extension: text(last, Component::Extension, 20)?,
            },
            Scheme::Grai => Epc::Grai {
                company_prefix,
                asset_type: numeric(mid, Component::AssetType, 12, mid_base)?,
                serial: text(last, Component::Serial, 16)?,
            },
            Scheme::Giai => {
                let asset_reference = text(last, Component::AssetReference, 30)?;
                if asset_reference.len().saturating_add(gcp.get()) > 30 {
                    return Err(EpcError::SerialTooLong {
                        component: Component::AssetReference,
                        found: asset_reference.len(),
                        max: 30usize.saturating_sub(gcp.get()),
                    });
                }
                Epc::Giai {
                    company_prefix,
                    asset_reference,
                }
            }
            Scheme::Gsrn => Epc::Gsrn {
                company_prefix,
                service_reference: numeric(last, Component::ServiceReference, 17, last_base)?,
            },
            Scheme::Gsrnp => Epc::Gsrnp {
                company_prefix,
                service_reference: numeric(last, Component::ServiceReference, 17, last_base)?,
            },
            Scheme::Gdti => Epc::Gdti {
                company_prefix,
                document_type: numeric(mid, Component::DocumentType, 12, mid_base)?,
                serial: text(last, Component::Serial, 17)?,
            },
        })
    }
}

fn offset(e: EpcError, by: usize) -> EpcError {
    match e {
        EpcError::NonNumeric { component, pos } => EpcError::NonNumeric {
            component,
            pos: pos.saturating_add(by),
        },
        other => other,
    }
}
