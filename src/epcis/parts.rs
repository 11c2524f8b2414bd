//! Event members as a reader collects them: the one value checker the JSON and XML readers share.
//!
//! Both readers walk their syntax and hand each member's text to [`EventParts`], which checks the
//! values (times, offset, action) the same way for both, then [`EventParts::finish`] checks that
//! the required members are there and builds the typed event.

use alloc::string::String;
use alloc::vec::Vec;

use serde_json::Value;

use super::EpcisError;
use super::cbv::{BizStep, Disposition};
use super::model::{
    Action, AggregationEvent, BizTransaction, Event, EventCommon, EventId, ObjectEvent, SourceDest,
};
use super::time::{EventTime, TimeZoneOffset};

/// A required event member that a document left out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Missing {
    /// `eventTime`.
    EventTime,
    /// `eventTimeZoneOffset`.
    TimeZoneOffset,
    /// `action`.
    Action,
}

impl Missing {
    /// The member's name in both syntaxes.
    pub(super) fn member(self) -> &'static str {
        match self {
            Missing::EventTime => "eventTime",
            Missing::TimeZoneOffset => "eventTimeZoneOffset",
            Missing::Action => "action",
        }
    }

    /// What the XML reader reports.
    pub(super) fn xml_what(self) -> &'static str {
        match self {
            Missing::EventTime => "no eventTime",
            Missing::TimeZoneOffset => "no eventTimeZoneOffset",
            Missing::Action => "no action",
        }
    }
}

/// The members of an Object or Aggregation event, filled in document order: each field is the
/// member of the same name (`epcs` is `epcList` of an object event, `childEPCs` of an aggregation;
/// `extra` keeps everything else in document order).
#[derive(Debug, Default)]
pub(super) struct EventParts {
    event_time: Option<EventTime>,
    time_zone_offset: Option<TimeZoneOffset>,
    record_time: Option<EventTime>,
    action: Option<Action>,
    pub event_id: Option<EventId>,
    pub epcs: Option<Vec<String>>,
    pub parent_id: Option<String>,
    pub biz_step: Option<BizStep>,
    pub disposition: Option<Disposition>,
    pub read_point: Option<String>,
    pub biz_location: Option<String>,
    pub biz_transactions: Vec<BizTransaction>,
    pub sources: Vec<SourceDest>,
    pub destinations: Vec<SourceDest>,
    pub ilmd: Option<Vec<(String, String)>>,
    pub extra: Vec<(String, Value)>,
}

impl EventParts {
    /// The members whose values are checked here, by their name in both syntaxes.
    pub(super) const CHECKED: [&'static str; 4] =
        ["eventTime", "eventTimeZoneOffset", "recordTime", "action"];

    /// Checks and stores one of the [`Self::CHECKED`] members: `eventTime` and `recordTime` are
    /// RFC 3339 with `Z` or an offset, `eventTimeZoneOffset` is `±HH:MM` within ±14:00, `action`
    /// is `ADD`, `OBSERVE` or `DELETE`. Other names are ignored.
    pub(super) fn checked(&mut self, member: &str, text: &str) -> Result<(), EpcisError> {
        match member {
            "eventTime" => self.event_time = Some(EventTime::parse_any(text)?),
            "recordTime" => self.record_time = Some(EventTime::parse_any(text)?),
            "eventTimeZoneOffset" => self.time_zone_offset = Some(TimeZoneOffset::parse(text)?),
            "action" => self.action = Some(Action::parse(text)?),
            _ => {}
        }
        Ok(())
    }

    /// Whether two kept members have the same name (possible in XML, where an element can repeat;
    /// JSON has one value per member, so such an event could not be written back).
    pub(super) fn has_repeated_extra(&self) -> bool {
        let mut seen = alloc::collections::BTreeSet::new();
        !self.extra.iter().all(|(k, _)| seen.insert(k.as_str()))
    }

    /// Checks that `eventTime`, `eventTimeZoneOffset` and `action` were given and builds the
    /// event (an `ObjectEvent` when `is_object`, else an `AggregationEvent`).
    ///
    /// # Errors
    /// The first required member that is missing.
    pub(super) fn finish(self, is_object: bool) -> Result<Event, Missing> {
        let common = EventCommon {
            event_time: self.event_time.ok_or(Missing::EventTime)?,
            time_zone_offset: self.time_zone_offset.ok_or(Missing::TimeZoneOffset)?,
            event_id: self.event_id,
            record_time: self.record_time,
        };
        let action = self.action.ok_or(Missing::Action)?;
        Ok(if is_object {
            Event::Object(ObjectEvent {
                common,
                action,
                epc_list: self.epcs,
                biz_step: self.biz_step,
                disposition: self.disposition,
                read_point: self.read_point,
                biz_location: self.biz_location,
                biz_transactions: self.biz_transactions,
                sources: self.sources,
                destinations: self.destinations,
                ilmd: self.ilmd,
                extra: self.extra,
            })
        } else {
            Event::Aggregation(AggregationEvent {
                common,
                action,
                parent_id: self.parent_id,
                child_epcs: self.epcs,
                biz_step: self.biz_step,
                disposition: self.disposition,
                read_point: self.read_point,
                biz_location: self.biz_location,
                biz_transactions: self.biz_transactions,
                sources: self.sources,
                destinations: self.destinations,
                extra: self.extra,
            })
        })
    }
}
