//! EPCIS 2.0 events: typed builders for the pharma flows, JSON-LD and XML out and back in.
//!
//! The last step of the flow: what the line serialised (element strings -> [`crate::epc`] URNs) is
//! reported as EPCIS 2.0 events. [`ObjectEvent`] covers commissioning (lot and expiry in ILMD),
//! shipping, receiving, decommissioning and destroying; [`AggregationEvent`] packing into an SSCC
//! case and unpacking; [`Document`] is the envelope. [`line_events`] turns one line run into the
//! commissioning + aggregation events. Builders enforce what GS1's JSON schema does not
//! (`parentID` on ADD/DELETE aggregations, ILMD only on ADD, a `±HH:MM` offset on `eventTime`).
//!
//! Event IDs are `urn:uuid:` version-4 UUIDs drawn from a caller-provided RNG ([`EventId::uuid_v4`]);
//! the CBV 2.0 event-hash ID is not implemented.
//!
//! ```
//! use gs1_datamatrix::epc::{Epc, GcpLength};
//! use gs1_datamatrix::epcis::{Document, EventTime, ObjectEvent};
//! let gcp = GcpLength::new(7)?;
//! let pack = Epc::from_ais(&[("01", "04012345123456"), ("21", "100001")], gcp)?;
//! let site = Epc::from_urn("urn:epc:id:sgln:4012345.00000.0")?;
//! let time = EventTime::parse("2024-03-05T10:15:00.000+01:00")?;
//! let event = ObjectEvent::commissioning(time.clone())
//!     .epc(&pack)
//!     .read_point(&site)?
//!     .biz_location(&site)?
//!     .lot("LOT2024A")
//!     .expiry("2026-12-31")
//!     .build()?;
//! let doc = Document::new(time, vec![event.into()]);
//! let json = doc.to_json();
//! assert_eq!(Document::from_json(&json)?, doc);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod build;
mod cbv;
mod json;
mod line;
mod model;
mod parts;
mod time;
mod xml;

pub use build::{AggregationEventBuilder, ObjectEventBuilder};
pub use cbv::{BizStep, BizTransactionType, Disposition, ErrorReason, SourceDestType};
pub use line::line_events;
pub use model::{
    Action, AggregationEvent, BizTransaction, Document, EPCIS_CONTEXT, Event, EventCommon, EventId,
    ObjectEvent, SourceDest,
};
pub use time::{EventTime, TimeZoneOffset, gs1_date_to_iso};

use crate::epc::EpcError;

/// Why building, reading or writing an EPCIS document failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum EpcisError {
    /// A date-time is not RFC 3339 with an offset (builders also refuse `Z`).
    #[error("bad date-time at byte {pos} (need YYYY-MM-DDTHH:MM:SS[.fff]±HH:MM)")]
    BadTime {
        /// Byte offset of the problem.
        pos: usize,
    },
    /// An `eventTimeZoneOffset` is not `±HH:MM` within ±14:00.
    #[error("bad eventTimeZoneOffset (need ±HH:MM within ±14:00)")]
    BadTimeZoneOffset,
    /// A GS1 date (AI 17) is not a real `YYMMDD` date.
    #[error("bad GS1 date (need YYMMDD)")]
    BadDate,
    /// An ADD or DELETE aggregation has no `parentID`.
    #[error("an AggregationEvent with action {action:?} needs a parentID")]
    MissingParent {
        /// The event's action.
        action: Action,
    },
    /// An ADD or OBSERVE aggregation has no children.
    #[error("an AggregationEvent with action {action:?} needs at least one child")]
    NoChildren {
        /// The event's action.
        action: Action,
    },
    /// An object event has neither EPCs nor quantities.
    #[error("an ObjectEvent needs at least one EPC")]
    NoEpcs,
    /// ILMD given on an event whose action is not ADD.
    #[error("ILMD is only allowed on ADD events, not {action:?}")]
    IlmdNotAdd {
        /// The event's action.
        action: Action,
    },
    /// An ILMD key is not a CURIE or URI (`cbvmda:lotNumber`).
    #[error("ILMD key number {index} is not a CURIE/URI")]
    BadIlmdKey {
        /// Index of the key in the ILMD.
        index: usize,
    },
    /// The same EPC appears twice in one list.
    #[error("EPC number {index} appears twice in the same list")]
    DuplicateEpc {
        /// Index of the second occurrence.
        index: usize,
    },
    /// A read point or business location is not an SGLN.
    #[error("{field} must be an SGLN (urn:epc:id:sgln:...)")]
    NotSgln {
        /// `readPoint` or `bizLocation`.
        field: &'static str,
    },
    /// An identifier (element string, URN) was rejected by the EPC layer.
    #[error("item {index}: {source}")]
    Epc {
        /// Index of the item (pack number, line number) it came from.
        index: usize,
        /// What the EPC layer said.
        #[source]
        source: EpcError,
    },
    /// The JSON text is not JSON.
    #[error("invalid JSON at line {line}, column {column}")]
    Json {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
    /// A required member is missing or has the wrong type.
    #[error("member {field} is missing or has the wrong type")]
    Structure {
        /// The member's name.
        field: &'static str,
    },
    /// An `action` value is not ADD, OBSERVE or DELETE.
    #[error("action must be ADD, OBSERVE or DELETE")]
    BadAction,
    /// XML is malformed or not an EPCIS document.
    #[error("XML error at byte {pos}: {what}")]
    Xml {
        /// Byte offset of the problem.
        pos: usize,
        /// What is wrong.
        what: &'static str,
    },
    /// The event carries content this crate only keeps as JSON and cannot write as XML.
    #[error("event {index}: {field} cannot be written as XML")]
    NotXmlRepresentable {
        /// Index of the event.
        index: usize,
        /// The JSON member (or `event type`).
        field: &'static str,
    },
    /// An input exceeds a size cap.
    #[error("input too large (limit {limit})")]
    TooLarge {
        /// The limit that was hit.
        limit: usize,
    },
}
