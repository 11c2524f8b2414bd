//! The EPCIS 2.0 data model this crate types: document, Object and Aggregation events.

use alloc::string::String;
use alloc::vec::Vec;

use serde_json::Value;

use super::cbv::{BizStep, BizTransactionType, Disposition, SourceDestType};
use super::time::{EventTime, TimeZoneOffset};

/// The standard EPCIS 2.0 JSON-LD context URL.
pub const EPCIS_CONTEXT: &str = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld";

/// An event's `action`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Action {
    /// `ADD`: objects created / added (commissioning, packing).
    Add,
    /// `OBSERVE`: objects seen (shipping, receiving).
    Observe,
    /// `DELETE`: objects removed / ended (decommissioning, unpacking).
    Delete,
}

impl Action {
    /// `ADD`, `OBSERVE` or `DELETE`.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Add => "ADD",
            Action::Observe => "OBSERVE",
            Action::Delete => "DELETE",
        }
    }

    /// Parses `ADD`, `OBSERVE` or `DELETE` (upper case only, as the schema requires).
    ///
    /// # Errors
    /// [`super::EpcisError::BadAction`].
    pub fn parse(s: &str) -> Result<Self, super::EpcisError> {
        match s {
            "ADD" => Ok(Action::Add),
            "OBSERVE" => Ok(Action::Observe),
            "DELETE" => Ok(Action::Delete),
            _ => Err(super::EpcisError::BadAction),
        }
    }
}

/// An event ID (`eventID`): a URI, normally `urn:uuid:<v4 UUID>`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct EventId(pub String);

impl EventId {
    /// A random (version 4) UUID URN, `urn:uuid:xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx`, drawn from `rng`.
    pub fn uuid_v4<R: rand_core::RngCore + ?Sized>(rng: &mut R) -> Self {
        let mut b = [0u8; 16];
        rng.fill_bytes(&mut b);
        b[6] = (b[6] & 0x0f) | 0x40;
        b[8] = (b[8] & 0x3f) | 0x80;
        let mut s = String::with_capacity(45);
        s.push_str("urn:uuid:");
        for (i, byte) in b.iter().enumerate() {
            if matches!(i, 4 | 6 | 8 | 10) {
                s.push('-');
            }
            s.push_str(&alloc::format!("{byte:02x}"));
        }
        EventId(s)
    }
}

/// Members every event has.
#[derive(Clone, Debug, PartialEq)]
pub struct EventCommon {
    /// `eventTime`.
    pub event_time: EventTime,
    /// `eventTimeZoneOffset`.
    pub time_zone_offset: TimeZoneOffset,
    /// `eventID`.
    pub event_id: Option<EventId>,
    /// `recordTime` (set by repositories; capture clients leave it out).
    pub record_time: Option<EventTime>,
}

/// A business transaction reference (`bizTransactionList` entry).
#[derive(Clone, Debug, PartialEq)]
pub struct BizTransaction {
    /// Its type (`po`, `desadv`, ...), if given.
    pub kind: Option<BizTransactionType>,
    /// The transaction URI.
    pub id: String,
}

/// A source or destination (`sourceList` / `destinationList` entry).
#[derive(Clone, Debug, PartialEq)]
pub struct SourceDest {
    /// `owning_party`, `possessing_party`, `location` or a custom URI.
    pub kind: SourceDestType,
    /// The party or location identifier (PGLN / SGLN URN).
    pub id: String,
}

/// An `ObjectEvent`.
#[derive(Clone, Debug, PartialEq)]
pub struct ObjectEvent {
    /// Time and ID.
    pub common: EventCommon,
    /// `action`.
    pub action: Action,
    /// `epcList` (`None` = absent).
    pub epc_list: Option<Vec<String>>,
    /// `bizStep`.
    pub biz_step: Option<BizStep>,
    /// `disposition`.
    pub disposition: Option<Disposition>,
    /// `readPoint.id`.
    pub read_point: Option<String>,
    /// `bizLocation.id`.
    pub biz_location: Option<String>,
    /// `bizTransactionList`.
    pub biz_transactions: Vec<BizTransaction>,
    /// `sourceList`.
    pub sources: Vec<SourceDest>,
    /// `destinationList`.
    pub destinations: Vec<SourceDest>,
    /// `ilmd` as ordered (CURIE key, text value) pairs (`None` = absent).
    pub ilmd: Option<Vec<(String, String)>>,
    /// Other members, kept as JSON in document order (quantities, sensor data, extensions, ...).
    pub extra: Vec<(String, Value)>,
}

/// An `AggregationEvent`.
#[derive(Clone, Debug, PartialEq)]
pub struct AggregationEvent {
    /// Time and ID.
    pub common: EventCommon,
    /// `action`.
    pub action: Action,
    /// `parentID`.
    pub parent_id: Option<String>,
    /// `childEPCs` (`None` = absent).
    pub child_epcs: Option<Vec<String>>,
    /// `bizStep`.
    pub biz_step: Option<BizStep>,
    /// `disposition`.
    pub disposition: Option<Disposition>,
    /// `readPoint.id`.
    pub read_point: Option<String>,
    /// `bizLocation.id`.
    pub biz_location: Option<String>,
    /// `bizTransactionList`.
    pub biz_transactions: Vec<BizTransaction>,
    /// `sourceList`.
    pub sources: Vec<SourceDest>,
    /// `destinationList`.
    pub destinations: Vec<SourceDest>,
    /// Other members, kept as JSON in document order.
    pub extra: Vec<(String, Value)>,
}

/// One event of a document.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum Event {
    /// An `ObjectEvent`.
    Object(ObjectEvent),
    /// An `AggregationEvent`.
    Aggregation(AggregationEvent),
    /// Another event type (Transformation, Association, Transaction, ...), kept as JSON.
    Other(Value),
}

impl From<ObjectEvent> for Event {
    fn from(e: ObjectEvent) -> Self {
        Event::Object(e)
    }
}

impl From<AggregationEvent> for Event {
    fn from(e: AggregationEvent) -> Self {
        Event::Aggregation(e)
    }
}

/// An EPCIS 2.0 document (`EPCISDocument`, or a received `EPCISQueryDocument`).
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    /// `@context` as JSON: the standard context URL (an array with it first, then any extension
    /// prefixes, or the URL alone).
    pub context: Value,
    /// `type`: `EPCISDocument` (or `EPCISQueryDocument` when read).
    pub doc_type: String,
    /// `schemaVersion` (`2.0`).
    pub schema_version: String,
    /// `creationDate`.
    pub creation_date: EventTime,
    /// `id` of the document, if any.
    pub id: Option<String>,
    /// The events.
    pub events: Vec<Event>,
    /// Other top-level members (`epcisHeader`, `sender`, ...), kept as JSON.
    pub extra: Vec<(String, Value)>,
    /// For a query document: `epcisBody.queryResults` without its event list.
    pub query_results: Option<Value>,
}

impl Document {
    /// A new `EPCISDocument` (schema version 2.0, the standard context) created at `creation_date`.
    #[must_use]
    pub fn new(creation_date: EventTime, events: Vec<Event>) -> Self {
        Document {
            context: Value::Array(alloc::vec![Value::String(String::from(EPCIS_CONTEXT))]),
            doc_type: String::from("EPCISDocument"),
            schema_version: String::from("2.0"),
            creation_date,
            id: None,
            events,
            extra: Vec::new(),
            query_results: None,
        }
    }
}
