//! Builders for the pharma events: they fill the CBV defaults and check what the schema cannot.

use alloc::collections::BTreeSet;
use alloc::string::String;
use alloc::vec::Vec;

use super::EpcisError;
use super::cbv::{BizStep, BizTransactionType, Disposition, SourceDestType};
use super::model::{
    Action, AggregationEvent, BizTransaction, EventCommon, EventId, ObjectEvent, SourceDest,
};
use super::time::EventTime;
use crate::epc::{Epc, Scheme};

fn sgln(epc: &Epc, field: &'static str) -> Result<String, EpcisError> {
    if epc.scheme() == Scheme::Sgln {
        Ok(epc.to_urn())
    } else {
        Err(EpcisError::NotSgln { field })
    }
}

fn check_unique(list: &[String]) -> Result<(), EpcisError> {
    let mut seen = BTreeSet::new();
    for (index, e) in list.iter().enumerate() {
        if !seen.insert(e.as_str()) {
            return Err(EpcisError::DuplicateEpc { index });
        }
    }
    Ok(())
}

fn is_curie_or_uri(key: &str) -> bool {
    match key.split_once(':') {
        Some((prefix, rest)) => {
            !prefix.is_empty()
                && !rest.is_empty()
                && prefix
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'))
                && !key.contains(char::is_whitespace)
        }
        None => false,
    }
}

/// The what/where/why setters both builders share (their events have the same members for these).
macro_rules! shared_setters {
    () => {
        /// Sets the business step.
        pub fn biz_step(mut self, step: BizStep) -> Self {
            self.event.biz_step = Some(step);
            self
        }

        /// Sets the disposition.
        pub fn disposition(mut self, disposition: Disposition) -> Self {
            self.event.disposition = Some(disposition);
            self
        }

        /// Sets the read point (an SGLN).
        ///
        /// # Errors
        /// [`EpcisError::NotSgln`].
        pub fn read_point(mut self, sgln_epc: &Epc) -> Result<Self, EpcisError> {
            self.event.read_point = Some(sgln(sgln_epc, "readPoint")?);
            Ok(self)
        }

        /// Sets the business location (an SGLN).
        ///
        /// # Errors
        /// [`EpcisError::NotSgln`].
        pub fn biz_location(mut self, sgln_epc: &Epc) -> Result<Self, EpcisError> {
            self.event.biz_location = Some(sgln(sgln_epc, "bizLocation")?);
            Ok(self)
        }

        /// Sets the event ID.
        pub fn event_id(mut self, id: EventId) -> Self {
            self.event.common.event_id = Some(id);
            self
        }
    };
}

fn common(time: EventTime) -> EventCommon {
    EventCommon {
        time_zone_offset: time.offset(),
        event_time: time,
        event_id: None,
        record_time: None,
    }
}

/// Builds an [`ObjectEvent`]; start from [`ObjectEvent::commissioning`] and friends.
#[derive(Clone, Debug)]
#[must_use]
pub struct ObjectEventBuilder {
    event: ObjectEvent,
}

impl ObjectEvent {
    /// Any object event with `action` at `time` (fill bizStep/disposition yourself).
    pub fn builder(action: Action, time: EventTime) -> ObjectEventBuilder {
        ObjectEventBuilder {
            event: ObjectEvent {
                common: common(time),
                action,
                epc_list: Some(Vec::new()),
                biz_step: None,
                disposition: None,
                read_point: None,
                biz_location: None,
                biz_transactions: Vec::new(),
                sources: Vec::new(),
                destinations: Vec::new(),
                ilmd: None,
                extra: Vec::new(),
            },
        }
    }

    /// Commissioning: ADD, `commissioning`, `active` (add lot/expiry with the builder).
    pub fn commissioning(time: EventTime) -> ObjectEventBuilder {
        Self::builder(Action::Add, time)
            .biz_step(BizStep::Commissioning)
            .disposition(Disposition::Active)
    }

    /// Shipping: OBSERVE, `shipping`, `in_transit`.
    pub fn shipping(time: EventTime) -> ObjectEventBuilder {
        Self::builder(Action::Observe, time)
            .biz_step(BizStep::Shipping)
            .disposition(Disposition::InTransit)
    }

    /// Receiving: OBSERVE, `receiving`, `in_progress`.
    pub fn receiving(time: EventTime) -> ObjectEventBuilder {
        Self::builder(Action::Observe, time)
            .biz_step(BizStep::Receiving)
            .disposition(Disposition::InProgress)
    }

    /// Decommissioning: DELETE, `decommissioning`, `inactive`.
    pub fn decommissioning(time: EventTime) -> ObjectEventBuilder {
        Self::builder(Action::Delete, time)
            .biz_step(BizStep::Decommissioning)
            .disposition(Disposition::Inactive)
    }

    /// Destroying: DELETE, `destroying`, `destroyed`.
    pub fn destroying(time: EventTime) -> ObjectEventBuilder {
        Self::builder(Action::Delete, time)
            .biz_step(BizStep::Destroying)
            .disposition(Disposition::Destroyed)
    }
}

impl ObjectEventBuilder {
    /// Adds one EPC (as its URN).
    pub fn epc(mut self, epc: &Epc) -> Self {
        self.event
            .epc_list
            .get_or_insert_with(Vec::new)
            .push(epc.to_urn());
        self
    }

    /// Adds EPCs (as URNs).
    pub fn epcs<'a>(mut self, epcs: impl IntoIterator<Item = &'a Epc>) -> Self {
        let list = self.event.epc_list.get_or_insert_with(Vec::new);
        list.extend(epcs.into_iter().map(Epc::to_urn));
        self
    }

    /// Adds an identifier given as text (a URN or constrained Digital Link URI), used as is.
    pub fn epc_uri(mut self, uri: impl Into<String>) -> Self {
        self.event
            .epc_list
            .get_or_insert_with(Vec::new)
            .push(uri.into());
        self
    }

    shared_setters!();

    /// Adds a business transaction (`po`, `desadv`, ...).
    pub fn biz_transaction(mut self, kind: BizTransactionType, id: impl Into<String>) -> Self {
        self.event.biz_transactions.push(BizTransaction {
            kind: Some(kind),
            id: id.into(),
        });
        self
    }

    /// Adds a source.
    pub fn source(mut self, kind: SourceDestType, id: impl Into<String>) -> Self {
        self.event.sources.push(SourceDest {
            kind,
            id: id.into(),
        });
        self
    }

    /// Adds a destination.
    pub fn destination(mut self, kind: SourceDestType, id: impl Into<String>) -> Self {
        self.event.destinations.push(SourceDest {
            kind,
            id: id.into(),
        });
        self
    }

    /// Adds an ILMD entry (`key` a CURIE such as `cbvmda:lotNumber`).
    pub fn ilmd(mut self, key: impl Into<String>, value: impl Into<String>) -> Self {
        self.event
            .ilmd
            .get_or_insert_with(Vec::new)
            .push((key.into(), value.into()));
        self
    }

    /// ILMD `cbvmda:lotNumber`.
    pub fn lot(self, lot: impl Into<String>) -> Self {
        self.ilmd("cbvmda:lotNumber", lot)
    }

    /// ILMD `cbvmda:itemExpirationDate` (`YYYY-MM-DD`).
    pub fn expiry(self, date: impl Into<String>) -> Self {
        self.ilmd("cbvmda:itemExpirationDate", date)
    }

    /// Checks and returns the event.
    ///
    /// # Errors
    /// [`EpcisError::NoEpcs`], [`EpcisError::DuplicateEpc`], [`EpcisError::IlmdNotAdd`],
    /// [`EpcisError::BadIlmdKey`].
    pub fn build(self) -> Result<ObjectEvent, EpcisError> {
        let e = self.event;
        let epcs = e.epc_list.as_deref().unwrap_or(&[]);
        if epcs.is_empty() {
            return Err(EpcisError::NoEpcs);
        }
        check_unique(epcs)?;
        if let Some(ilmd) = &e.ilmd {
            if e.action != Action::Add {
                return Err(EpcisError::IlmdNotAdd { action: e.action });
            }
            if let Some(index) = ilmd.iter().position(|(k, _)| !is_curie_or_uri(k)) {
                return Err(EpcisError::BadIlmdKey { index });
            }
        }
        Ok(e)
    }
}

/// Builds an [`AggregationEvent`]; start from [`AggregationEvent::packing`] or `unpacking`.
#[derive(Clone, Debug)]
#[must_use]
pub struct AggregationEventBuilder {
    event: AggregationEvent,
}

impl AggregationEvent {
    /// Any aggregation event with `action` at `time`.
    pub fn builder(action: Action, time: EventTime) -> AggregationEventBuilder {
        AggregationEventBuilder {
            event: AggregationEvent {
                common: common(time),
                action,
                parent_id: None,
                child_epcs: None,
                biz_step: None,
                disposition: None,
                read_point: None,
                biz_location: None,
                biz_transactions: Vec::new(),
                sources: Vec::new(),
                destinations: Vec::new(),
                extra: Vec::new(),
            },
        }
    }

    /// Packing children into `parent` (an SSCC case): ADD, `packing`, `in_progress`.
    pub fn packing(time: EventTime, parent: &Epc) -> AggregationEventBuilder {
        Self::builder(Action::Add, time)
            .parent(parent)
            .biz_step(BizStep::Packing)
            .disposition(Disposition::InProgress)
    }

    /// Unpacking `parent`: DELETE, `unpacking` (no children = everything).
    pub fn unpacking(time: EventTime, parent: &Epc) -> AggregationEventBuilder {
        Self::builder(Action::Delete, time)
            .parent(parent)
            .biz_step(BizStep::Unpacking)
    }
}

impl AggregationEventBuilder {
    /// Sets the parent (`parentID`).
    pub fn parent(mut self, parent: &Epc) -> Self {
        self.event.parent_id = Some(parent.to_urn());
        self
    }

    /// Adds a child EPC.
    pub fn child(mut self, epc: &Epc) -> Self {
        self.event
            .child_epcs
            .get_or_insert_with(Vec::new)
            .push(epc.to_urn());
        self
    }

    /// Adds children.
    pub fn children<'a>(mut self, epcs: impl IntoIterator<Item = &'a Epc>) -> Self {
        let list = self.event.child_epcs.get_or_insert_with(Vec::new);
        list.extend(epcs.into_iter().map(Epc::to_urn));
        self
    }

    shared_setters!();

    /// Checks and returns the event.
    ///
    /// # Errors
    /// [`EpcisError::MissingParent`] (ADD/DELETE without parent), [`EpcisError::NoChildren`]
    /// (ADD/OBSERVE without children), [`EpcisError::DuplicateEpc`].
    pub fn build(self) -> Result<AggregationEvent, EpcisError> {
        let e = self.event;
        if e.parent_id.is_none() && e.action != Action::Observe {
            return Err(EpcisError::MissingParent { action: e.action });
        }
        let children = e.child_epcs.as_deref().unwrap_or(&[]);
        if children.is_empty() && e.action != Action::Delete {
            return Err(EpcisError::NoChildren { action: e.action });
        }
        check_unique(children)?;
        Ok(e)
    }
}
