//! From the line: packs + case + location + time -> commissioning and aggregation events.

use alloc::string::String;
use alloc::vec::Vec;

use super::EpcisError;
use super::model::{AggregationEvent, Event, EventId, ObjectEvent};
use super::time::{EventTime, gs1_date_to_iso};
use crate::epc::{Epc, GcpLengthProvider, Scheme};
use crate::gs1::ElementString;

/// Turns one line run into EPCIS events: one commissioning `ObjectEvent` per (lot, expiry) group
/// of `packs` (lot from AI 10 and expiry from AI 17 in ILMD), and, when `case` (an SSCC) is given,
/// a commissioning event for the case and a packing `AggregationEvent` of all packs into it.
///
/// `packs` are the packs' element strings (`(01)(17)(10)(21)`); SGTINs are built with the GCP length from
/// `gcp` (a [`crate::epc::GcpLength`] or a prefix table). `location` (an SGLN) is both read point
/// and business location. When `rng` is given each event gets a `urn:uuid:` v4 event ID.
///
/// # Errors
/// [`EpcisError::Epc`] naming the pack index (or `packs.len()` for the case), [`EpcisError::NotSgln`],
/// [`EpcisError::BadDate`], and the builders' errors (duplicates, no packs).
pub fn line_events<R: rand_core::RngCore + ?Sized>(
    packs: &[ElementString],
    case: Option<&Epc>,
    location: &Epc,
    time: &EventTime,
    gcp: &dyn GcpLengthProvider,
    mut rng: Option<&mut R>,
) -> Result<Vec<Event>, EpcisError> {
    // (lot, expiry) -> SGTINs, in first-seen order.
    let mut groups: Vec<(Option<String>, Option<String>, Vec<Epc>)> = Vec::new();
    let mut all: Vec<Epc> = Vec::with_capacity(packs.len());
    for (index, es) in packs.iter().enumerate() {
        let ais: Vec<(&str, &str)> = es.elements().map(|e| (e.ai, e.value)).collect();
        let ais = ais.as_slice();
        let wrap = |source| EpcisError::Epc { index, source };
        let g = Epc::lookup_gcp(Scheme::Sgtin, ais, gcp).map_err(wrap)?;
        let epc = Epc::from_ais_as(Scheme::Sgtin, ais, g).map_err(wrap)?;
        let lot = ais
            .iter()
            .find(|(a, _)| *a == "10")
            .map(|(_, v)| String::from(*v));
        let expiry = match ais.iter().find(|(a, _)| *a == "17") {
            Some((_, v)) => Some(gs1_date_to_iso(v, time.year())?),
            None => None,
        };
        match groups
            .iter_mut()
            .find(|(l, e, _)| *l == lot && *e == expiry)
        {
            Some((_, _, list)) => list.push(epc.clone()),
            None => groups.push((lot, expiry, alloc::vec![epc.clone()])),
        }
        all.push(epc);
    }
    let mut events = Vec::with_capacity(groups.len().saturating_add(2));
    for (lot, expiry, list) in &groups {
        let mut b = ObjectEvent::commissioning(time.clone())
            .epcs(list)
            .read_point(location)?
            .biz_location(location)?;
        if let Some(lot) = lot {
            b = b.lot(lot.as_str());
        }
        if let Some(expiry) = expiry {
            b = b.expiry(expiry.as_str());
        }
        if let Some(r) = rng.as_deref_mut() {
            b = b.event_id(EventId::uuid_v4(r));
        }
        events.push(Event::Object(b.build()?));
    }
    if let Some(case) = case {
        if case.scheme() != Scheme::Sscc {
            return Err(EpcisError::Epc {
                index: packs.len(),
                source: crate::epc::EpcError::MissingAi {
                    scheme: Scheme::Sscc,
                    ai: "00",
                },
            });
        }
        let mut c = ObjectEvent::commissioning(time.clone())
            .epc(case)
            .read_point(location)?
            .biz_location(location)?;
        if let Some(r) = rng.as_deref_mut() {
            c = c.event_id(EventId::uuid_v4(r));
        }
        events.push(Event::Object(c.build()?));
        let mut a = AggregationEvent::packing(time.clone(), case)
            .children(&all)
            .read_point(location)?
            .biz_location(location)?;
        if let Some(r) = rng {
            a = a.event_id(EventId::uuid_v4(r));
        }
        events.push(Event::Aggregation(a.build()?));
    }
    Ok(events)
}
