//! EPC identifiers: GS1 element strings <-> EPC Tag Data Standard pure-identity URNs, Digital Link, tags.
//!
//! Sits after the GS1 layer (`gs1`) and feeds `epcis`: a pack's `(01)(21)` becomes
//! `urn:epc:id:sgtin:CP.IR.SER`, its case's `(00)` an SSCC URN, a location's `(414)(254)` an SGLN.
//! Rules follow GS1 EPC Tag Data Standard (TDS) 1.13: section 6/7 (element string <-> URI),
//! Table A-1 (URN escapes), section 14 (SGTIN-96, SGTIN-198, SSCC-96 and their partition tables).
//!
//! The GS1 Company Prefix length is not in an element string: pass it ([`GcpLength`]) or look it
//! up in a caller-supplied [`GcpPrefixTable`] (GS1's published list format); it is never guessed.
//!
//! ```
//! use gs1_datamatrix::epc::{Epc, GcpLength};
//! let epc = Epc::from_ais(&[("01", "80614141123458"), ("21", "6789")], GcpLength::new(7)?)?;
//! assert_eq!(epc.to_urn(), "urn:epc:id:sgtin:0614141.812345.6789");
//! assert_eq!(Epc::from_urn("urn:epc:id:sgtin:0614141.812345.6789")?, epc);
//! assert_eq!(epc.to_bracketed(), "(01)80614141123458(21)6789");
//! # Ok::<(), gs1_datamatrix::epc::EpcError>(())
//! ```

mod dl;
mod error;
mod escape;
mod gcp;
mod tag;
mod urn;

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

use crate::gs1::{ElementString, Gs1Error};

pub use dl::CANONICAL_STEM;
pub use error::{Component, EpcError, heapless_key::KeyStart};
pub use escape::{gs1_check_digit, is_cset82};
pub use gcp::{GcpLength, GcpLengthProvider, GcpPrefixTable};
pub use tag::TagEncoding;

/// An EPC scheme (or the two GTIN-level class/pattern forms).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Scheme {
    /// Serialised GTIN: (01) + (21).
    Sgtin,
    /// Serial Shipping Container Code: (00).
    Sscc,
    /// GLN with or without extension: (414) [+ (254)].
    Sgln,
    /// Returnable asset: (8003) with serial.
    Grai,
    /// Individual asset: (8004).
    Giai,
    /// Service relation, recipient: (8018).
    Gsrn,
    /// Service relation, provider: (8017).
    Gsrnp,
    /// Document type with serial: (253).
    Gdti,
    /// GTIN + batch/lot class: `urn:epc:class:lgtin:` from (01) + (10).
    Lgtin,
    /// All serials of one GTIN: `urn:epc:idpat:sgtin:CP.IR.*` from (01).
    SgtinIdPattern,
}

impl Scheme {
    /// The scheme's name as in the shared vectors and URNs (`sgtin`, `sscc`, ..., `lgtin`, `sgtin_idpat`).
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Scheme::Sgtin => "sgtin",
            Scheme::Sscc => "sscc",
            Scheme::Sgln => "sgln",
            Scheme::Grai => "grai",
            Scheme::Giai => "giai",
            Scheme::Gsrn => "gsrn",
            Scheme::Gsrnp => "gsrnp",
            Scheme::Gdti => "gdti",
            Scheme::Lgtin => "lgtin",
            Scheme::SgtinIdPattern => "sgtin_idpat",
        }
    }

    /// Looks a scheme up by [`Scheme::name`].
    #[must_use]
    pub fn from_name(name: &str) -> Option<Scheme> {
        ALL_SCHEMES.iter().copied().find(|s| s.name() == name)
    }

    /// The primary-key AI the scheme is built from.
    #[must_use]
    pub fn primary_ai(self) -> &'static str {
        match self {
            Scheme::Sgtin | Scheme::Lgtin | Scheme::SgtinIdPattern => "01",
            Scheme::Sscc => "00",
            Scheme::Sgln => "414",
            Scheme::Grai => "8003",
            Scheme::Giai => "8004",
            Scheme::Gsrn => "8018",
            Scheme::Gsrnp => "8017",
            Scheme::Gdti => "253",
        }
    }
}

impl fmt::Display for Scheme {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Scheme::Sgtin => "SGTIN",
            Scheme::Sscc => "SSCC",
            Scheme::Sgln => "SGLN",
            Scheme::Grai => "GRAI",
            Scheme::Giai => "GIAI",
            Scheme::Gsrn => "GSRN",
            Scheme::Gsrnp => "GSRNP",
            Scheme::Gdti => "GDTI",
            Scheme::Lgtin => "LGTIN class",
            Scheme::SgtinIdPattern => "SGTIN id pattern",
        })
    }
}

const ALL_SCHEMES: [Scheme; 10] = [
    Scheme::Sgtin,
    Scheme::Sscc,
    Scheme::Sgln,
    Scheme::Grai,
    Scheme::Giai,
    Scheme::Gsrn,
    Scheme::Gsrnp,
    Scheme::Gdti,
    Scheme::Lgtin,
    Scheme::SgtinIdPattern,
];

/// An EPC (or GTIN-level class/pattern), split into the components of its URN.
///
/// Values are stored unescaped (as in the element string); numeric references keep their leading
/// zeros, and the GS1 Company Prefix length is the length of `company_prefix`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Epc {
    /// `urn:epc:id:sgtin:CP.IR.SER` (`item_reference` starts with the GTIN's indicator digit).
    Sgtin {
        /// GS1 Company Prefix digits.
        company_prefix: String,
        /// Indicator digit + item reference digits (13 - GCP length digits).
        item_reference: String,
        /// Serial (AI 21), 1..=20 characters of set 82.
        serial: String,
    },
    /// `urn:epc:id:sscc:CP.SR` (`serial_reference` starts with the extension digit).
    Sscc {
        /// GS1 Company Prefix digits.
        company_prefix: String,
        /// Extension digit + serial reference digits (17 - GCP length digits).
        serial_reference: String,
    },
    /// `urn:epc:id:sgln:CP.LR.EXT` (extension `0` = no AI 254).
    Sgln {
        /// GS1 Company Prefix digits.
        company_prefix: String,
        /// Location reference digits (12 - GCP length, may be empty).
        location_reference: String,
        /// Extension (AI 254), or `0` when absent.
        extension: String,
    },
    /// `urn:epc:id:grai:CP.AT.SER`.
    Grai {
        /// GS1 Company Prefix digits.
        company_prefix: String,
        /// Asset type digits (12 - GCP length, may be empty).
        asset_type: String,
        /// Serial, 1..=16 characters of set 82.
        serial: String,
    },
    /// `urn:epc:id:giai:CP.IAR`.
    Giai {
        /// GS1 Company Prefix digits.
        company_prefix: String,
        /// Individual asset reference (set 82; whole GIAI at most 30 characters).
        asset_reference: String,
    },
    /// `urn:epc:id:gsrn:CP.SR`.
    Gsrn {
        /// GS1 Company Prefix digits.
        company_prefix: String,
        /// Service reference digits (17 - GCP length).
        service_reference: String,
    },
    /// `urn:epc:id:gsrnp:CP.SR`.
    Gsrnp {
        /// GS1 Company Prefix digits.
        company_prefix: String,
        /// Service reference digits (17 - GCP length).
        service_reference: String,
    },
    /// `urn:epc:id:gdti:CP.DT.SER`.
    Gdti {
        /// GS1 Company Prefix digits.
        company_prefix: String,
        /// Document type digits (12 - GCP length, may be empty).
        document_type: String,
        /// Serial, 1..=17 characters of set 82.
        serial: String,
    },
    /// `urn:epc:class:lgtin:CP.IR.LOT`.
    Lgtin {
        /// GS1 Company Prefix digits.
        company_prefix: String,
        /// Indicator digit + item reference digits.
        item_reference: String,
        /// Batch/lot (AI 10), 1..=20 characters of set 82.
        lot: String,
    },
    /// `urn:epc:idpat:sgtin:CP.IR.*`.
    SgtinPattern {
        /// GS1 Company Prefix digits.
        company_prefix: String,
        /// Indicator digit + item reference digits.
        item_reference: String,
    },
}

/// Max serial lengths (GS1 General Specifications: AI 21 X..20, 10 X..20, 254 X..20, 8003 serial
/// X..16, 8004 X..30 in all, 253 serial X..17).
const MAX_SERIAL: usize = 20;
const MAX_GRAI_SERIAL: usize = 16;
const MAX_GIAI: usize = 30;
const MAX_GDTI_SERIAL: usize = 17;

fn find_ai<'a>(ais: &[(&str, &'a str)], ai: &str) -> Option<&'a str> {
    ais.iter().find(|(a, _)| *a == ai).map(|(_, v)| *v)
}

/// Splits `key` (all digits, checked) at `at`, returning both parts.
fn split_digits(key: &str, at: usize, component: Component) -> Result<(&str, &str), EpcError> {
    key.split_at_checked(at).ok_or(EpcError::WrongLength {
        component,
        found: key.len(),
        expected: at,
    })
}

/// Checks a fixed-length all-digit key with a check digit at the end.
fn check_key(value: &str, len: usize, component: Component) -> Result<(), EpcError> {
    escape::check_digits(value, component)?;
    if value.len() != len {
        return Err(EpcError::WrongLength {
            component,
            found: value.len(),
            expected: len,
        });
    }
    escape::verify_check_digit(value, component)
}

fn check_qualifier(
    scheme: Scheme,
    value: Option<&str>,
    max: usize,
    component: Component,
) -> Result<String, EpcError> {
    let value = value.unwrap_or("");
    if value.is_empty() {
        return Err(EpcError::MissingSerial { scheme, component });
    }
    escape::check_cset82(value, max, component)?;
    Ok(String::from(value))
}

impl Epc {
    /// Builds the EPC an element string identifies, inferring the scheme from its AIs:
    /// (01)+(21) SGTIN, else (01)+(10) LGTIN class, (00) SSCC, (414) SGLN, (8003) GRAI, (8004) GIAI,
    /// (8018) GSRN, (8017) GSRNP, (253) GDTI. A GTIN alone is not an EPC (ask for
    /// [`Scheme::SgtinIdPattern`] with [`Epc::from_ais_as`]). Other AIs (expiry, ...) are ignored.
    ///
    /// # Errors
    /// Any [`EpcError`] naming the AI component that is wrong.
    pub fn from_ais(ais: &[(&str, &str)], gcp: GcpLength) -> Result<Epc, EpcError> {
        Self::from_ais_as(Self::infer_scheme(ais)?, ais, gcp)
    }

    /// Like [`Epc::from_ais`], with the GCP length looked up in `table` by the key's digits.
    ///
    /// # Errors
    /// [`EpcError::GcpLengthMissing`] when the table has no entry; otherwise as [`Epc::from_ais`].
    pub fn from_ais_with(
        ais: &[(&str, &str)],
        table: &dyn GcpLengthProvider,
    ) -> Result<Epc, EpcError> {
        let scheme = Self::infer_scheme(ais)?;
        let gcp = Self::lookup_gcp(scheme, ais, table)?;
        Self::from_ais_as(scheme, ais, gcp)
    }

    /// Looks up the GCP length for `scheme`'s key in `ais` with `table`.
    ///
    /// # Errors
    /// [`EpcError::MissingAi`], [`EpcError::GcpLengthMissing`], [`EpcError::GcpLengthOutOfRange`].
    pub fn lookup_gcp(
        scheme: Scheme,
        ais: &[(&str, &str)],
        table: &dyn GcpLengthProvider,
    ) -> Result<GcpLength, EpcError> {
        let ai = scheme.primary_ai();
        let key = find_ai(ais, ai).ok_or(EpcError::MissingAi { scheme, ai })?;
        // The GCP starts after the indicator / extension / padding digit for these keys.
        let skip = usize::from(matches!(
            scheme,
            Scheme::Sgtin | Scheme::Lgtin | Scheme::SgtinIdPattern | Scheme::Sscc | Scheme::Grai
        ));
        let digits = key.get(skip..).unwrap_or("");
        match table.gcp_length(digits) {
            Some(n) => GcpLength::new(usize::from(n)),
            None => Err(EpcError::GcpLengthMissing {
                key_start: KeyStart::new(digits),
            }),
        }
    }

    /// The scheme [`Epc::from_ais`] picks for these AIs.
    ///
    /// # Errors
    /// [`EpcError::MissingSerial`] for a GTIN without (21) or (10); [`EpcError::MissingAi`] when no
    /// primary key is present.
    pub fn infer_scheme(ais: &[(&str, &str)]) -> Result<Scheme, EpcError> {
        for (ai, _) in ais {
            let scheme = match *ai {
                "01" => {
                    if find_ai(ais, "21").is_some() {
                        Scheme::Sgtin
                    } else if find_ai(ais, "10").is_some() {
                        Scheme::Lgtin
                    } else {
                        return Err(EpcError::MissingSerial {
                            scheme: Scheme::Sgtin,
                            component: Component::Serial,
                        });
                    }
                }
                "00" => Scheme::Sscc,
                "414" => Scheme::Sgln,
                "8003" => Scheme::Grai,
                "8004" => Scheme::Giai,
                "8018" => Scheme::Gsrn,
                "8017" => Scheme::Gsrnp,
                "253" => Scheme::Gdti,
                _ => continue,
            };
            return Ok(scheme);
        }
        Err(EpcError::MissingAi {
            scheme: Scheme::Sgtin,
            ai: "01",
        })
    }

    /// Builds an EPC of the given scheme from an element string's (AI, value) pairs.
    ///
    /// # Errors
    /// [`EpcError::MissingAi`], [`EpcError::WrongLength`], [`EpcError::NonNumeric`],
    /// [`EpcError::BadCheckDigit`], [`EpcError::MissingSerial`], [`EpcError::SerialTooLong`],
    /// [`EpcError::InvalidCharacter`].
    pub fn from_ais_as(
        scheme: Scheme,
        ais: &[(&str, &str)],
        gcp: GcpLength,
    ) -> Result<Epc, EpcError> {
        let ai = scheme.primary_ai();
        let key = find_ai(ais, ai).ok_or(EpcError::MissingAi { scheme, ai })?;
        let l = gcp.get();
        match scheme {
            Scheme::Sgtin | Scheme::Lgtin | Scheme::SgtinIdPattern => {
                check_key(key, 14, Component::Gtin)?;
                let (ind, rest) = split_digits(key, 1, Component::Gtin)?;
                let (cp, item) = split_digits(rest, l, Component::Gtin)?;
                let item = item.get(..item.len().saturating_sub(1)).unwrap_or("");
                let mut item_reference = String::with_capacity(14usize.saturating_sub(l));
                item_reference.push_str(ind);
                item_reference.push_str(item);
                let company_prefix = String::from(cp);
                Ok(match scheme {
                    Scheme::Sgtin => Epc::Sgtin {
                        company_prefix,
                        item_reference,
                        serial: check_qualifier(
                            scheme,
                            find_ai(ais, "21"),
                            MAX_SERIAL,
                            Component::Serial,
                        )?,
                    },
                    Scheme::Lgtin => Epc::Lgtin {
                        company_prefix,
                        item_reference,
                        lot: check_qualifier(
                            scheme,
                            find_ai(ais, "10"),
                            MAX_SERIAL,
                            Component::Lot,
                        )?,
                    },
                    _ => Epc::SgtinPattern {
                        company_prefix,
                        item_reference,
                    },
                })
            }
            Scheme::Sscc => {
                check_key(key, 18, Component::Sscc)?;
                let (ext, rest) = split_digits(key, 1, Component::Sscc)?;
                let (cp, ser) = split_digits(rest, l, Component::Sscc)?;
                let ser = ser.get(..ser.len().saturating_sub(1)).unwrap_or("");
                let mut serial_reference = String::from(ext);
                serial_reference.push_str(ser);
                Ok(Epc::Sscc {
                    company_prefix: String::from(cp),
                    serial_reference,
                })
            }
            Scheme::Sgln => {
                check_key(key, 13, Component::Gln)?;
                let (cp, loc) = split_digits(key, l, Component::Gln)?;
                let loc = loc.get(..loc.len().saturating_sub(1)).unwrap_or("");
                let extension = match find_ai(ais, "254") {
                    None => String::from("0"),
                    Some(e) => check_qualifier(scheme, Some(e), MAX_SERIAL, Component::Extension)?,
                };
                Ok(Epc::Sgln {
                    company_prefix: String::from(cp),
                    location_reference: String::from(loc),
                    extension,
                })
            }
            Scheme::Grai => {
                let head = key.get(..14).ok_or(EpcError::WrongLength {
                    component: Component::Grai,
                    found: key.len(),
                    expected: 14,
                })?;
                check_key(head, 14, Component::Grai)?;
                let serial = key.get(14..).unwrap_or("");
                let serial =
                    check_qualifier(scheme, Some(serial), MAX_GRAI_SERIAL, Component::Serial)
                        .map_err(|e| shift_pos(e, 14))?;
                let (cp, at) = split_digits(head.get(1..13).unwrap_or(""), l, Component::Grai)?;
                Ok(Epc::Grai {
                    company_prefix: String::from(cp),
                    asset_type: String::from(at),
                    serial,
                })
            }
            Scheme::Giai => {
                escape::check_cset82(key, MAX_GIAI, Component::Giai)?;
                let (cp, iar) = split_digits(key, l, Component::Giai)?;
                escape::check_digits(cp, Component::CompanyPrefix)?;
                if iar.is_empty() {
                    return Err(EpcError::MissingSerial {
                        scheme,
                        component: Component::AssetReference,
                    });
                }
                Ok(Epc::Giai {
                    company_prefix: String::from(cp),
                    asset_reference: String::from(iar),
                })
            }
            Scheme::Gsrn | Scheme::Gsrnp => {
                check_key(key, 18, Component::Gsrn)?;
                let (cp, sr) = split_digits(key, l, Component::Gsrn)?;
                let sr = String::from(sr.get(..sr.len().saturating_sub(1)).unwrap_or(""));
                let company_prefix = String::from(cp);
                Ok(if scheme == Scheme::Gsrn {
                    Epc::Gsrn {
                        company_prefix,
                        service_reference: sr,
                    }
                } else {
                    Epc::Gsrnp {
                        company_prefix,
                        service_reference: sr,
                    }
                })
            }
            Scheme::Gdti => {
                let head = key.get(..13).ok_or(EpcError::WrongLength {
                    component: Component::Gdti,
                    found: key.len(),
                    expected: 13,
                })?;
                check_key(head, 13, Component::Gdti)?;
                let serial = key.get(13..).unwrap_or("");
                let serial =
                    check_qualifier(scheme, Some(serial), MAX_GDTI_SERIAL, Component::Serial)
                        .map_err(|e| shift_pos(e, 13))?;
                let (cp, dt) = split_digits(head.get(..12).unwrap_or(""), l, Component::Gdti)?;
                Ok(Epc::Gdti {
                    company_prefix: String::from(cp),
                    document_type: String::from(dt),
                    serial,
                })
            }
        }
    }

    /// The scheme of this EPC.
    #[must_use]
    pub fn scheme(&self) -> Scheme {
        match self {
            Epc::Sgtin { .. } => Scheme::Sgtin,
            Epc::Sscc { .. } => Scheme::Sscc,
            Epc::Sgln { .. } => Scheme::Sgln,
            Epc::Grai { .. } => Scheme::Grai,
            Epc::Giai { .. } => Scheme::Giai,
            Epc::Gsrn { .. } => Scheme::Gsrn,
            Epc::Gsrnp { .. } => Scheme::Gsrnp,
            Epc::Gdti { .. } => Scheme::Gdti,
            Epc::Lgtin { .. } => Scheme::Lgtin,
            Epc::SgtinPattern { .. } => Scheme::SgtinIdPattern,
        }
    }

    /// The GS1 Company Prefix.
    #[must_use]
    pub fn company_prefix(&self) -> &str {
        match self {
            Epc::Sgtin { company_prefix, .. }
            | Epc::Sscc { company_prefix, .. }
            | Epc::Sgln { company_prefix, .. }
            | Epc::Grai { company_prefix, .. }
            | Epc::Giai { company_prefix, .. }
            | Epc::Gsrn { company_prefix, .. }
            | Epc::Gsrnp { company_prefix, .. }
            | Epc::Gdti { company_prefix, .. }
            | Epc::Lgtin { company_prefix, .. }
            | Epc::SgtinPattern { company_prefix, .. } => company_prefix,
        }
    }

    /// The GS1 Company Prefix length (6..=12).
    #[must_use]
    pub fn gcp_length(&self) -> usize {
        self.company_prefix().len()
    }

    /// The element string's (AI, value) pairs, in canonical order (primary key first; SGLN
    /// extension `0` gives no (254)). Check digits are recomputed.
    #[must_use]
    pub fn to_ais(&self) -> Vec<(&'static str, String)> {
        let with_check = |prefix: &str, a: &str, b: &str| {
            let mut s = String::with_capacity(18);
            s.push_str(prefix);
            s.push_str(a);
            s.push_str(b);
            let c = gs1_check_digit(s.as_bytes());
            s.push(char::from_digit(u32::from(c), 10).unwrap_or('0'));
            s
        };
        let gtin = |cp: &str, ir: &str| {
            let (ind, item) = ir.split_at_checked(1).unwrap_or(("0", ""));
            let mut s = String::from(ind);
            s.push_str(cp);
            s.push_str(item);
            let c = gs1_check_digit(s.as_bytes());
            s.push(char::from_digit(u32::from(c), 10).unwrap_or('0'));
            s
        };
        match self {
            Epc::Sgtin {
                company_prefix,
                item_reference,
                serial,
            } => {
                alloc::vec![
                    ("01", gtin(company_prefix, item_reference)),
                    ("21", serial.clone())
                ]
            }
            Epc::Lgtin {
                company_prefix,
                item_reference,
                lot,
            } => {
                alloc::vec![
                    ("01", gtin(company_prefix, item_reference)),
                    ("10", lot.clone())
                ]
            }
            Epc::SgtinPattern {
                company_prefix,
                item_reference,
            } => {
                alloc::vec![("01", gtin(company_prefix, item_reference))]
            }
            Epc::Sscc {
                company_prefix,
                serial_reference,
            } => {
                alloc::vec![("00", gtin(company_prefix, serial_reference))]
            }
            Epc::Sgln {
                company_prefix,
                location_reference,
                extension,
            } => {
                let mut v =
                    alloc::vec![("414", with_check("", company_prefix, location_reference))];
                if extension != "0" {
                    v.push(("254", extension.clone()));
                }
                v
            }
            Epc::Grai {
                company_prefix,
                asset_type,
                serial,
            } => {
                let mut s = with_check("0", company_prefix, asset_type);
                s.push_str(serial);
                alloc::vec![("8003", s)]
            }
            Epc::Giai {
                company_prefix,
                asset_reference,
            } => {
                let mut s = company_prefix.clone();
                s.push_str(asset_reference);
                alloc::vec![("8004", s)]
            }
            Epc::Gsrn {
                company_prefix,
                service_reference,
            } => {
                alloc::vec![("8018", with_check("", company_prefix, service_reference))]
            }
            Epc::Gsrnp {
                company_prefix,
                service_reference,
            } => {
                alloc::vec![("8017", with_check("", company_prefix, service_reference))]
            }
            Epc::Gdti {
                company_prefix,
                document_type,
                serial,
            } => {
                let mut s = with_check("", company_prefix, document_type);
                s.push_str(serial);
                alloc::vec![("253", s)]
            }
        }
    }

    /// The bracketed element string (`(01)...(21)...`), with `(` inside values written as `\(`.
    #[must_use]
    pub fn to_bracketed(&self) -> String {
        let mut out = String::new();
        for (ai, value) in self.to_ais() {
            out.push('(');
            out.push_str(ai);
            out.push(')');
            for ch in value.chars() {
                if ch == '(' {
                    out.push('\\');
                }
                out.push(ch);
            }
        }
        out
    }
}

fn shift_pos(e: EpcError, by: usize) -> EpcError {
    match e {
        EpcError::InvalidCharacter {
            component,
            pos,
            byte,
        } => EpcError::InvalidCharacter {
            component,
            pos: pos.saturating_add(by),
            byte,
        },
        other => other,
    }
}

impl fmt::Display for Epc {
    /// Writes the canonical URN.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_urn())
    }
}

impl core::str::FromStr for Epc {
    type Err = EpcError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Epc::from_urn(s)
    }
}

impl Epc {
    /// [`Epc::from_ais`] over a parsed (and GS1-validated) [`ElementString`].
    ///
    /// # Errors
    /// As [`Epc::from_ais`].
    pub fn from_element_string(es: &ElementString, gcp: GcpLength) -> Result<Epc, EpcError> {
        Self::from_ais(&pairs(es), gcp)
    }

    /// [`Epc::from_ais_as`] over an [`ElementString`].
    ///
    /// # Errors
    /// As [`Epc::from_ais_as`].
    pub fn from_element_string_as(
        scheme: Scheme,
        es: &ElementString,
        gcp: GcpLength,
    ) -> Result<Epc, EpcError> {
        Self::from_ais_as(scheme, &pairs(es), gcp)
    }

    /// [`Epc::from_ais_with`] over an [`ElementString`] (GCP length from a prefix table).
    ///
    /// # Errors
    /// As [`Epc::from_ais_with`].
    pub fn from_element_string_with(
        es: &ElementString,
        table: &dyn GcpLengthProvider,
    ) -> Result<Epc, EpcError> {
        Self::from_ais_with(&pairs(es), table)
    }

    /// The canonical element string, built and validated by the GS1 layer.
    ///
    /// # Errors
    /// A [`Gs1Error`] if the GS1 layer rejects it (cannot happen for an `Epc` built by this module,
    /// whose parts are already checked).
    pub fn to_element_string(&self) -> Result<ElementString, Gs1Error> {
        let ais = self.to_ais();
        ElementString::from_ai_values(
            ais.iter().map(|(ai, v)| (*ai, v.as_bytes())),
            &crate::gs1::Options::default(),
        )
    }
}

fn pairs(es: &ElementString) -> Vec<(&str, &str)> {
    es.elements().map(|e| (e.ai, e.value)).collect()
}
