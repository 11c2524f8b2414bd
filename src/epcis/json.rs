//! JSON-LD: write documents with the standard context (key order as in GS1's examples), read them back.

use alloc::string::String;
use alloc::vec::Vec;

use serde_json::{Map, Value};

use super::EpcisError;
use super::cbv::{BizStep, BizTransactionType, Disposition, SourceDestType};
use super::model::{
    AggregationEvent, BizTransaction, Document, Event, EventCommon, EventId, ObjectEvent,
    SourceDest,
};
use super::parts::EventParts;
use super::time::EventTime;

/// Largest JSON document [`Document::from_json`] accepts (64 MiB).
pub const MAX_JSON: usize = crate::limits::MAX_EPCIS_DOCUMENT;

fn s(v: &str) -> Value {
    Value::String(String::from(v))
}

fn obj(members: Vec<(&str, Value)>) -> Value {
    let mut m = Map::new();
    for (k, v) in members {
        m.insert(String::from(k), v);
    }
    Value::Object(m)
}

/// An ordered object under construction (serde_json's map is sorted; we print in our own order).
struct Ordered(Vec<(String, Item)>);

/// A member value: JSON to print, or text already rendered at the right indent.
enum Item {
    Val(Value),
    Raw(String),
}

impl Ordered {
    fn new() -> Self {
        Ordered(Vec::new())
    }
    fn put(&mut self, k: &str, v: Value) {
        self.0.push((String::from(k), Item::Val(v)));
    }
    fn put_raw(&mut self, k: &str, text: String) {
        self.0.push((String::from(k), Item::Raw(text)));
    }
}

fn write_value(out: &mut String, v: &Value, indent: usize) {
    match v {
        Value::Object(m) => {
            let items: Vec<(String, Item)> = m
                .iter()
                .map(|(k, v)| (k.clone(), Item::Val(v.clone())))
                .collect();
            write_object(out, &items, indent);
        }
        Value::Array(a) if !a.is_empty() => {
            out.push_str("[\n");
            for (i, item) in a.iter().enumerate() {
                push_indent(out, indent.saturating_add(1));
                write_value(out, item, indent.saturating_add(1));
                if i.saturating_add(1) < a.len() {
                    out.push(',');
                }
                out.push('\n');
            }
            push_indent(out, indent);
            out.push(']');
        }
        other => out.push_str(&serde_json::to_string(other).unwrap_or_default()),
    }
}

fn push_indent(out: &mut String, n: usize) {
    for _ in 0..n {
        out.push_str("  ");
    }
}

fn write_object(out: &mut String, items: &[(String, Item)], indent: usize) {
    if items.is_empty() {
        out.push_str("{}");
        return;
    }
    out.push_str("{\n");
    for (i, (k, v)) in items.iter().enumerate() {
        push_indent(out, indent.saturating_add(1));
        out.push_str(&serde_json::to_string(k.as_str()).unwrap_or_default());
        out.push_str(": ");
        match v {
            Item::Raw(text) => out.push_str(text),
            Item::Val(v) => write_value(out, v, indent.saturating_add(1)),
        }
        if i.saturating_add(1) < items.len() {
            out.push(',');
        }
        out.push('\n');
    }
    push_indent(out, indent);
    out.push('}');
}

fn render_ordered(o: Ordered, indent: usize) -> String {
    let mut out = String::new();
    write_object(&mut out, &o.0, indent);
    out
}

fn put_common(o: &mut Ordered, kind: &str, c: &EventCommon) {
    o.put("type", s(kind));
    o.put("eventTime", s(c.event_time.as_str()));
    o.put("eventTimeZoneOffset", s(c.time_zone_offset.as_str()));
    if let Some(id) = &c.event_id {
        o.put("eventID", s(&id.0));
    }
    if let Some(t) = &c.record_time {
        o.put("recordTime", s(t.as_str()));
    }
}

#[allow(clippy::too_many_arguments)] // one writer for the members Object and Aggregation share
fn put_where_why(
    o: &mut Ordered,
    biz_step: Option<&BizStep>,
    disposition: Option<&Disposition>,
    read_point: Option<&str>,
    biz_location: Option<&str>,
    txs: &[BizTransaction],
    sources: &[SourceDest],
    dests: &[SourceDest],
) {
    if let Some(b) = biz_step {
        o.put("bizStep", s(b.term()));
    }
    if let Some(d) = disposition {
        o.put("disposition", s(d.term()));
    }
    if let Some(r) = read_point {
        o.put("readPoint", obj(alloc::vec![("id", s(r))]));
    }
    if let Some(l) = biz_location {
        o.put("bizLocation", obj(alloc::vec![("id", s(l))]));
    }
    if !txs.is_empty() {
        let list = txs
            .iter()
            .map(|t| {
                let mut m = Vec::new();
                if let Some(k) = &t.kind {
                    m.push(("type", s(k.term())));
                }
                m.push(("bizTransaction", s(&t.id)));
                obj(m)
            })
            .collect();
        o.put("bizTransactionList", Value::Array(list));
    }
    for (key, member, list) in [
        ("sourceList", "source", sources),
        ("destinationList", "destination", dests),
    ] {
        if !list.is_empty() {
            let items = list
                .iter()
                .map(|sd| {
                    obj(alloc::vec![
                        ("type", s(sd.kind.term())),
                        (member, s(&sd.id))
                    ])
                })
                .collect();
            o.put(key, Value::Array(items));
        }
    }
}

fn strings(list: &[String]) -> Value {
    Value::Array(list.iter().map(|e| s(e)).collect())
}

fn object_event_json(e: &ObjectEvent) -> Ordered {
    let mut o = Ordered::new();
    put_common(&mut o, "ObjectEvent", &e.common);
    if let Some(list) = &e.epc_list {
        o.put("epcList", strings(list));
    }
    o.put("action", s(e.action.as_str()));
    put_where_why(
        &mut o,
        e.biz_step.as_ref(),
        e.disposition.as_ref(),
        e.read_point.as_deref(),
        e.biz_location.as_deref(),
        &e.biz_transactions,
        &e.sources,
        &e.destinations,
    );
    if let Some(ilmd) = &e.ilmd {
        let mut m = Ordered::new();
        for (k, v) in ilmd {
            m.put(k, s(v));
        }
        o.put_raw("ilmd", render_ordered(m, 4));
    }
    for (k, v) in &e.extra {
        o.put(k, v.clone());
    }
    o
}

fn aggregation_event_json(e: &AggregationEvent) -> Ordered {
    let mut o = Ordered::new();
    put_common(&mut o, "AggregationEvent", &e.common);
    if let Some(p) = &e.parent_id {
        o.put("parentID", s(p));
    }
    if let Some(list) = &e.child_epcs {
        o.put("childEPCs", strings(list));
    }
    o.put("action", s(e.action.as_str()));
    put_where_why(
        &mut o,
        e.biz_step.as_ref(),
        e.disposition.as_ref(),
        e.read_point.as_deref(),
        e.biz_location.as_deref(),
        &e.biz_transactions,
        &e.sources,
        &e.destinations,
    );
    for (k, v) in &e.extra {
        o.put(k, v.clone());
    }
    o
}

impl Document {
    /// The document as pretty-printed JSON-LD (members in the order of GS1's examples; CBV values
    /// as bare terms).
    #[must_use]
    pub fn to_json(&self) -> String {
        // Indent levels: document 0, epcisBody 1, eventList items 3 (or deeper in a query doc).
        let event_indent = if self.query_results.is_some() { 5 } else { 3 };
        let events: Vec<String> = self
            .events
            .iter()
            .map(|e| match e {
                Event::Object(o) => render_ordered(object_event_json(o), event_indent),
                Event::Aggregation(a) => render_ordered(aggregation_event_json(a), event_indent),
                Event::Other(v) => {
                    let mut out = String::new();
                    write_value(&mut out, v, event_indent);
                    out
                }
            })
            .collect();
        let mut list = String::from("[");
        if !events.is_empty() {
            list.push('\n');
            for (i, ev) in events.iter().enumerate() {
                push_indent(&mut list, event_indent);
                list.push_str(ev);
                if i.saturating_add(1) < events.len() {
                    list.push(',');
                }
                list.push('\n');
            }
            push_indent(&mut list, event_indent.saturating_sub(1));
        }
        list.push(']');
        let body = match &self.query_results {
            None => {
                let mut b = Ordered::new();
                b.put_raw("eventList", list);
                render_ordered(b, 1)
            }
            Some(q) => {
                let mut qr = Ordered::new();
                let mut rb = Ordered::new();
                if let Value::Object(m) = q {
                    for (k, v) in m {
                        if k == "resultsBody" {
                            if let Value::Object(rm) = v {
                                for (rk, rv) in rm {
                                    rb.put(rk, rv.clone());
                                }
                            }
                        } else {
                            qr.put(k, v.clone());
                        }
                    }
                }
                rb.put_raw("eventList", list);
                qr.put_raw("resultsBody", render_ordered(rb, 3));
                let mut b = Ordered::new();
                b.put_raw("queryResults", render_ordered(qr, 2));
                render_ordered(b, 1)
            }
        };
        let mut d = Ordered::new();
        d.put("@context", self.context.clone());
        d.put("type", s(&self.doc_type));
        d.put("schemaVersion", s(&self.schema_version));
        d.put("creationDate", s(self.creation_date.as_str()));
        if let Some(id) = &self.id {
            d.put("id", s(id));
        }
        for (k, v) in &self.extra {
            d.put(k, v.clone());
        }
        d.put_raw("epcisBody", body);
        let mut out = render_ordered(d, 0);
        out.push('\n');
        out
    }

    /// The document as a `serde_json::Value` (for validation or embedding).
    #[must_use]
    pub fn to_json_value(&self) -> Value {
        serde_json::from_str(&self.to_json()).unwrap_or(Value::Null)
    }

    /// Reads an `EPCISDocument` or `EPCISQueryDocument` from JSON(-LD). Object and Aggregation
    /// events are typed; other event types and members this crate does not type are kept as JSON.
    ///
    /// # Errors
    /// [`EpcisError::Json`], [`EpcisError::Structure`], [`EpcisError::BadTime`],
    /// [`EpcisError::BadTimeZoneOffset`], [`EpcisError::BadAction`], [`EpcisError::TooLarge`].
    pub fn from_json(text: &str) -> Result<Document, EpcisError> {
        if text.len() > MAX_JSON {
            return Err(EpcisError::TooLarge { limit: MAX_JSON });
        }
        let v: Value = serde_json::from_str(text).map_err(|e| EpcisError::Json {
            line: e.line(),
            column: e.column(),
        })?;
        Self::from_json_value(v)
    }

    /// Like [`Document::from_json`], from a parsed value.
    ///
    /// # Errors
    /// As [`Document::from_json`].
    pub fn from_json_value(v: Value) -> Result<Document, EpcisError> {
        let Value::Object(mut m) = v else {
            return Err(EpcisError::Structure { field: "document" });
        };
        let context = m
            .shift_remove("@context")
            .ok_or(EpcisError::Structure { field: "@context" })?;
        let doc_type = take_str(&mut m, "type")?;
        let schema_version = take_str(&mut m, "schemaVersion")?;
        let creation_date = EventTime::parse_any(&take_str(&mut m, "creationDate")?)?;
        let id = match m.shift_remove("id") {
            Some(Value::String(s)) => Some(s),
            Some(_) => return Err(EpcisError::Structure { field: "id" }),
            None => None,
        };
        let Some(Value::Object(mut body)) = m.shift_remove("epcisBody") else {
            return Err(EpcisError::Structure { field: "epcisBody" });
        };
        let (list, query_results) = match body.shift_remove("eventList") {
            Some(list) => (list, None),
            None => {
                let Some(Value::Object(mut qr)) = body.shift_remove("queryResults") else {
                    return Err(EpcisError::Structure { field: "eventList" });
                };
                let Some(Value::Object(mut rb)) = qr.shift_remove("resultsBody") else {
                    return Err(EpcisError::Structure {
                        field: "resultsBody",
                    });
                };
                let list = rb
                    .shift_remove("eventList")
                    .ok_or(EpcisError::Structure { field: "eventList" })?;
                qr.insert(String::from("resultsBody"), Value::Object(rb));
                (list, Some(Value::Object(qr)))
            }
        };
        if !body.is_empty() {
            return Err(EpcisError::Structure { field: "epcisBody" });
        }
        let Value::Array(items) = list else {
            return Err(EpcisError::Structure { field: "eventList" });
        };
        let events = items
            .into_iter()
            .map(parse_event)
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Document {
            context,
            doc_type,
            schema_version,
            creation_date,
            id,
            events,
            extra: m.into_iter().collect(),
            query_results,
        })
    }
}

fn take_str(m: &mut Map<String, Value>, field: &'static str) -> Result<String, EpcisError> {
    match m.shift_remove(field) {
        Some(Value::String(s)) => Ok(s),
        _ => Err(EpcisError::Structure { field }),
    }
}

/// Removes `key` when `parse` accepts its value; otherwise leaves it (it stays in `extra`).
fn take_if<T>(
    m: &mut Map<String, Value>,
    key: &str,
    parse: impl Fn(&Value) -> Option<T>,
) -> Option<T> {
    let t = m.get(key).and_then(parse)?;
    m.shift_remove(key);
    Some(t)
}

fn string_list(v: &Value) -> Option<Vec<String>> {
    v.as_array()?
        .iter()
        .map(|e| e.as_str().map(String::from))
        .collect()
}

fn id_object(v: &Value) -> Option<String> {
    let m = v.as_object()?;
    if m.len() != 1 {
        return None;
    }
    m.get("id")?.as_str().map(String::from)
}

fn tx_list(v: &Value) -> Option<Vec<BizTransaction>> {
    // An empty list we would not write back stays in `extra`, so the round trip is exact.
    v.as_array()
        .filter(|a| !a.is_empty())?
        .iter()
        .map(|t| {
            let m = t.as_object()?;
            let id = m.get("bizTransaction")?.as_str()?;
            let kind = match m.get("type") {
                Some(Value::String(k)) => Some(BizTransactionType::from_term(k)),
                Some(_) => return None,
                None => None,
            };
            (m.len() == usize::from(kind.is_some()).saturating_add(1)).then(|| BizTransaction {
                kind,
                id: String::from(id),
            })
        })
        .collect()
}

fn sd_list(member: &'static str) -> impl Fn(&Value) -> Option<Vec<SourceDest>> {
    move |v: &Value| {
        v.as_array()
            .filter(|a| !a.is_empty())?
            .iter()
            .map(|t| {
                let m = t.as_object()?;
                (m.len() == 2).then_some(())?;
                Some(SourceDest {
                    kind: SourceDestType::from_term(m.get("type")?.as_str()?),
                    id: String::from(m.get(member)?.as_str()?),
                })
            })
            .collect()
    }
}

fn ilmd_pairs(v: &Value) -> Option<Vec<(String, String)>> {
    v.as_object()?
        .iter()
        .map(|(k, v)| Some((k.clone(), String::from(v.as_str()?))))
        .collect()
}

fn parse_event(v: Value) -> Result<Event, EpcisError> {
    let kind = v
        .get("type")
        .and_then(Value::as_str)
        .ok_or(EpcisError::Structure { field: "type" })?;
    let is_object = kind == "ObjectEvent";
    if !is_object && kind != "AggregationEvent" {
        return Ok(Event::Other(v));
    }
    let Value::Object(mut m) = v else {
        return Err(EpcisError::Structure { field: "event" });
    };
    m.shift_remove("type");
    let mut p = EventParts::default();
    let text = |m: &mut Map<String, Value>, key| take_if(m, key, |v| v.as_str().map(String::from));
    for member in EventParts::CHECKED {
        if let Some(t) = text(&mut m, member) {
            p.checked(member, &t)?;
        }
    }
    p.event_id = text(&mut m, "eventID").map(EventId);
    p.biz_step = take_if(&mut m, "bizStep", |v| v.as_str().map(BizStep::from_term));
    p.disposition = take_if(&mut m, "disposition", |v| {
        v.as_str().map(Disposition::from_term)
    });
    p.read_point = take_if(&mut m, "readPoint", id_object);
    p.biz_location = take_if(&mut m, "bizLocation", id_object);
    p.biz_transactions = take_if(&mut m, "bizTransactionList", tx_list).unwrap_or_default();
    p.sources = take_if(&mut m, "sourceList", sd_list("source")).unwrap_or_default();
    p.destinations = take_if(&mut m, "destinationList", sd_list("destination")).unwrap_or_default();
    if is_object {
        p.epcs = take_if(&mut m, "epcList", string_list);
        p.ilmd = take_if(&mut m, "ilmd", ilmd_pairs);
    } else {
        p.parent_id = text(&mut m, "parentID");
        p.epcs = take_if(&mut m, "childEPCs", string_list);
    }
    p.extra = m.into_iter().collect();
    p.finish(is_object)
        .map_err(|missing| EpcisError::Structure {
            field: missing.member(),
        })
}
