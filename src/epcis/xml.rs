//! EPCIS 2.0 XML: a small writer (XSD element order, CBV values as URNs) and a strict reader.
//!
//! The reader is a minimal XML 1.0 parser (elements, attributes, text, comments, processing
//! instructions, CDATA, the five predefined entities and character references; no DTDs), with
//! caps on input size, depth and element count. It types Object and Aggregation events; any other
//! element it does not understand is an error rather than silently dropped.

use alloc::string::String;
use alloc::vec::Vec;

use serde_json::Value;

use super::EpcisError;
use super::cbv::{BizStep, BizTransactionType, Disposition, SourceDestType};
use super::model::{
    BizTransaction, Document, EPCIS_CONTEXT, Event, EventCommon, EventId, SourceDest,
};
use super::parts::EventParts;
use super::time::EventTime;

/// The EPCIS 2.0 XML namespace.
pub const EPCIS_XML_NS: &str = "urn:epcglobal:epcis:xsd:2";
/// The CBV master-data attribute namespace (`cbvmda:`).
pub const CBVMDA_NS: &str = "urn:epcglobal:cbv:mda";

const MAX_XML: usize = crate::limits::MAX_EPCIS_DOCUMENT;
const MAX_DEPTH: usize = crate::limits::MAX_EPCIS_XML_DEPTH;
const MAX_NODES: usize = crate::limits::MAX_EPCIS_XML_NODES;

fn esc(out: &mut String, text: &str) {
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
}

fn leaf(out: &mut String, indent: usize, name: &str, text: &str) {
    pad(out, indent);
    out.push('<');
    out.push_str(name);
    out.push('>');
    esc(out, text);
    out.push_str("</");
    out.push_str(name);
    out.push_str(">\n");
}

fn pad(out: &mut String, indent: usize) {
    for _ in 0..indent {
        out.push_str("  ");
    }
}

fn list(out: &mut String, indent: usize, name: &str, items: &[String]) {
    pad(out, indent);
    out.push('<');
    out.push_str(name);
    out.push_str(">\n");
    for e in items {
        leaf(out, indent.saturating_add(1), "epc", e);
    }
    pad(out, indent);
    out.push_str("</");
    out.push_str(name);
    out.push_str(">\n");
}

fn typed_list<'a>(
    out: &mut String,
    indent: usize,
    name: &str,
    member: &str,
    items: impl Iterator<Item = (Option<String>, &'a str)>,
) {
    pad(out, indent);
    out.push('<');
    out.push_str(name);
    out.push_str(">\n");
    for (kind, id) in items {
        pad(out, indent.saturating_add(1));
        out.push('<');
        out.push_str(member);
        if let Some(k) = kind {
            out.push_str(" type=\"");
            esc(out, &k);
            out.push('"');
        }
        out.push('>');
        esc(out, id);
        out.push_str("</");
        out.push_str(member);
        out.push_str(">\n");
    }
    pad(out, indent);
    out.push_str("</");
    out.push_str(name);
    out.push_str(">\n");
}

/// Whether `p` can be declared as an extension namespace prefix in our XML: an XML name, not
/// reserved (`xml...`), and not one of the two prefixes the writer always binds itself.
fn declarable_prefix(p: &str) -> bool {
    p != "cbvmda"
        && p != "epcis"
        && !p.to_ascii_lowercase().starts_with("xml")
        && p.bytes()
            .next()
            .is_some_and(|b| b.is_ascii_alphabetic() || b == b'_')
        && p.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'))
}

/// Extension prefixes declared in a JSON-LD `@context` (`{"prefix": "namespace"}` objects).
fn context_prefixes(ctx: &Value) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let items: Vec<&Value> = match ctx {
        Value::Array(a) => a.iter().collect(),
        other => alloc::vec![other],
    };
    for item in items {
        if let Value::Object(m) = item {
            for (k, v) in m {
                if let Value::String(ns) = v {
                    out.push((k.clone(), ns.clone()));
                }
            }
        }
    }
    out
}

fn where_why(
    out: &mut String,
    biz_step: Option<&BizStep>,
    disposition: Option<&Disposition>,
    read_point: Option<&str>,
    biz_location: Option<&str>,
    txs: &[BizTransaction],
) {
    if let Some(b) = biz_step {
        leaf(out, 4, "bizStep", &b.to_xml());
    }
    if let Some(d) = disposition {
        leaf(out, 4, "disposition", &d.to_xml());
    }
    for (name, id) in [("readPoint", read_point), ("bizLocation", biz_location)] {
        if let Some(id) = id {
            pad(out, 4);
            out.push('<');
            out.push_str(name);
            out.push_str("><id>");
            esc(out, id);
            out.push_str("</id></");
            out.push_str(name);
            out.push_str(">\n");
        }
    }
    if !txs.is_empty() {
        typed_list(
            out,
            4,
            "bizTransactionList",
            "bizTransaction",
            txs.iter().map(|t| {
                (
                    t.kind.as_ref().map(BizTransactionType::to_xml),
                    t.id.as_str(),
                )
            }),
        );
    }
}

fn sources_dests(out: &mut String, sources: &[SourceDest], dests: &[SourceDest]) {
    if !sources.is_empty() {
        typed_list(
            out,
            4,
            "sourceList",
            "source",
            sources
                .iter()
                .map(|s| (Some(s.kind.to_xml()), s.id.as_str())),
        );
    }
    if !dests.is_empty() {
        typed_list(
            out,
            4,
            "destinationList",
            "destination",
            dests.iter().map(|s| (Some(s.kind.to_xml()), s.id.as_str())),
        );
    }
}

/// Checks that every untyped member has an XML form: the standard members below, or a CURIE
/// extension whose prefix is declared; on failure returns what cannot be written.
fn check_extras(
    extra: &[(String, Value)],
    prefixes: &[(String, String)],
    quantities: &'static str,
) -> Result<(), &'static str> {
    for (k, v) in extra {
        let ok = match k.as_str() {
            "errorDeclaration" | "persistentDisposition" => v.is_object(),
            "certificationInfo" => v.is_string(),
            q if q == quantities => v.is_array(),
            _ => is_extension_value(k, v, prefixes),
        };
        if !ok {
            return Err("untyped event member");
        }
    }
    Ok(())
}

fn is_extension_value(key: &str, v: &Value, prefixes: &[(String, String)]) -> bool {
    let declared = key.split_once(':').is_some_and(|(p, local)| {
        prefixes.iter().any(|(q, _)| q == p)
            && !local.is_empty()
            && local
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'))
    });
    declared
        && match v {
            Value::String(_) => true,
            Value::Object(m) => {
                !m.is_empty() && m.iter().all(|(k, v)| is_extension_value(k, v, prefixes))
            }
            _ => false,
        }
}

fn text_of(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Writes the standard untyped members named in `keys`, in that order.
fn write_extras(out: &mut String, extra: &[(String, Value)], keys: &[&str]) {
    for key in keys {
        let Some((_, v)) = extra.iter().find(|(k, _)| k == key) else {
            continue;
        };
        match *key {
            "certificationInfo" => leaf(out, 4, key, &text_of(v)),
            "errorDeclaration" => {
                out.push_str("        <errorDeclaration>\n");
                if let Some(t) = v.get("declarationTime") {
                    leaf(out, 5, "declarationTime", &text_of(t));
                }
                if let Some(r) = v.get("reason").and_then(Value::as_str) {
                    leaf(
                        out,
                        5,
                        "reason",
                        &super::cbv::ErrorReason::from_term(r).to_xml(),
                    );
                }
                if let Some(Value::Array(ids)) = v.get("correctiveEventIDs") {
                    out.push_str("          <correctiveEventIDs>\n");
                    for id in ids {
                        leaf(out, 6, "correctiveEventID", &text_of(id));
                    }
                    out.push_str("          </correctiveEventIDs>\n");
                }
                out.push_str("        </errorDeclaration>\n");
            }
            "persistentDisposition" => {
                out.push_str("        <persistentDisposition>\n");
                for part in ["unset", "set"] {
                    if let Some(Value::Array(items)) = v.get(part) {
                        for d in items {
                            leaf(out, 5, part, &Disposition::from_term(&text_of(d)).to_xml());
                        }
                    }
                }
                out.push_str("        </persistentDisposition>\n");
            }
            _ => {
                // quantityList / childQuantityList
                pad(out, 4);
                out.push('<');
                out.push_str(key);
                out.push_str(">\n");
                for q in v.as_array().map(Vec::as_slice).unwrap_or(&[]) {
                    out.push_str("          <quantityElement>\n");
                    for member in ["epcClass", "quantity", "uom"] {
                        if let Some(x) = q.get(member) {
                            leaf(out, 6, member, &text_of(x));
                        }
                    }
                    out.push_str("          </quantityElement>\n");
                }
                pad(out, 4);
                out.push_str("</");
                out.push_str(key);
                out.push_str(">\n");
            }
        }
    }
}

/// Writes CURIE extension members (already checked by `check_extras`) as namespaced elements.
fn write_extensions(out: &mut String, extra: &[(String, Value)]) {
    fn one(out: &mut String, indent: usize, key: &str, v: &Value) {
        match v {
            Value::Object(m) => {
                pad(out, indent);
                out.push('<');
                out.push_str(key);
                out.push_str(">\n");
                for (k, v) in m {
                    one(out, indent.saturating_add(1), k, v);
                }
                pad(out, indent);
                out.push_str("</");
                out.push_str(key);
                out.push_str(">\n");
            }
            other => leaf(out, indent, key, &text_of(other)),
        }
    }
    for (k, v) in extra {
        if k.contains(':') {
            one(out, 4, k, v);
        }
    }
}

fn common(out: &mut String, c: &EventCommon) {
    leaf(out, 4, "eventTime", c.event_time.as_str());
    if let Some(t) = &c.record_time {
        leaf(out, 4, "recordTime", t.as_str());
    }
    leaf(out, 4, "eventTimeZoneOffset", c.time_zone_offset.as_str());
    if let Some(id) = &c.event_id {
        leaf(out, 4, "eventID", &id.0);
    }
}

impl Document {
    /// The document as EPCIS 2.0 XML (namespace `urn:epcglobal:epcis:xsd:2`, XSD element order,
    /// CBV values as `urn:epcglobal:cbv:...` URNs, ILMD as `cbvmda:` elements).
    ///
    /// # Errors
    /// [`EpcisError::NotXmlRepresentable`] for content only kept as JSON (other event types,
    /// untyped members, ILMD keys without a declared prefix).
    pub fn to_xml(&self) -> Result<String, EpcisError> {
        let mut prefixes = context_prefixes(&self.context);
        prefixes.retain(|(p, _)| declarable_prefix(p));
        let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.push_str("<epcis:EPCISDocument xmlns:epcis=\"");
        out.push_str(EPCIS_XML_NS);
        out.push_str("\" xmlns:cbvmda=\"");
        out.push_str(CBVMDA_NS);
        out.push('"');
        for (p, ns) in &prefixes {
            out.push_str(" xmlns:");
            out.push_str(p);
            out.push_str("=\"");
            esc(&mut out, ns);
            out.push('"');
        }
        out.push_str(" schemaVersion=\"");
        esc(&mut out, &self.schema_version);
        out.push_str("\" creationDate=\"");
        esc(&mut out, self.creation_date.as_str());
        out.push_str("\">\n  <EPCISBody>\n    <EventList>\n");
        if self.doc_type != "EPCISDocument"
            || self.query_results.is_some()
            || !self.extra.is_empty()
        {
            return Err(EpcisError::NotXmlRepresentable {
                index: 0,
                field: "document member",
            });
        }
        for (index, event) in self.events.iter().enumerate() {
            let not = move |field| EpcisError::NotXmlRepresentable { index, field };
            match event {
                Event::Object(e) => {
                    check_extras(&e.extra, &prefixes, "quantityList").map_err(not)?;
                    out.push_str("      <ObjectEvent>\n");
                    common(&mut out, &e.common);
                    write_extras(
                        &mut out,
                        &e.extra,
                        &["errorDeclaration", "certificationInfo"],
                    );
                    if let Some(l) = &e.epc_list {
                        list(&mut out, 4, "epcList", l);
                    }
                    leaf(&mut out, 4, "action", e.action.as_str());
                    where_why(
                        &mut out,
                        e.biz_step.as_ref(),
                        e.disposition.as_ref(),
                        e.read_point.as_deref(),
                        e.biz_location.as_deref(),
                        &e.biz_transactions,
                    );
                    write_extras(&mut out, &e.extra, &["quantityList"]);
                    sources_dests(&mut out, &e.sources, &e.destinations);
                    write_extras(&mut out, &e.extra, &["persistentDisposition"]);
                    if let Some(ilmd) = &e.ilmd {
                        out.push_str("        <ilmd>\n");
                        for (k, v) in ilmd {
                            let known = k.split_once(':').is_some_and(|(p, local)| {
                                (p == "cbvmda" || prefixes.iter().any(|(q, _)| q == p))
                                    && !local.is_empty()
                                    && local.bytes().all(|b| {
                                        b.is_ascii_alphanumeric()
                                            || b == b'_'
                                            || b == b'-'
                                            || b == b'.'
                                    })
                            });
                            if !known {
                                return Err(not("ilmd key"));
                            }
                            leaf(&mut out, 5, k, v);
                        }
                        out.push_str("        </ilmd>\n");
                    }
                    write_extensions(&mut out, &e.extra);
                    out.push_str("      </ObjectEvent>\n");
                }
                Event::Aggregation(e) => {
                    check_extras(&e.extra, &prefixes, "childQuantityList").map_err(not)?;
                    out.push_str("      <AggregationEvent>\n");
                    common(&mut out, &e.common);
                    write_extras(
                        &mut out,
                        &e.extra,
                        &["errorDeclaration", "certificationInfo"],
                    );
                    if let Some(p) = &e.parent_id {
                        leaf(&mut out, 4, "parentID", p);
                    }
                    if let Some(l) = &e.child_epcs {
                        list(&mut out, 4, "childEPCs", l);
                    }
                    leaf(&mut out, 4, "action", e.action.as_str());
                    where_why(
                        &mut out,
                        e.biz_step.as_ref(),
                        e.disposition.as_ref(),
                        e.read_point.as_deref(),
                        e.biz_location.as_deref(),
                        &e.biz_transactions,
                    );
                    write_extras(&mut out, &e.extra, &["childQuantityList"]);
                    sources_dests(&mut out, &e.sources, &e.destinations);
                    write_extras(&mut out, &e.extra, &["persistentDisposition"]);
                    write_extensions(&mut out, &e.extra);
                    out.push_str("      </AggregationEvent>\n");
                }
                Event::Other(_) => return Err(not("event type")),
            }
        }
        out.push_str("    </EventList>\n  </EPCISBody>\n</epcis:EPCISDocument>\n");
        Ok(out)
    }

    /// Reads an EPCIS 2.0 (or 1.2-style, with `extension` wrappers) XML document holding Object
    /// and Aggregation events.
    ///
    /// # Errors
    /// [`EpcisError::Xml`] (malformed XML, or an element this crate does not type, with its
    /// offset), [`EpcisError::TooLarge`], and the time/action errors of the JSON reader.
    pub fn from_xml(text: &str) -> Result<Document, EpcisError> {
        if text.len() > MAX_XML {
            return Err(EpcisError::TooLarge { limit: MAX_XML });
        }
        let root = Parser {
            s: text.as_bytes(),
            text,
            i: 0,
            nodes: 0,
        }
        .document()?;
        if root.local() != "EPCISDocument" {
            return Err(EpcisError::Xml {
                pos: root.pos,
                what: "root is not EPCISDocument",
            });
        }
        let attr = |n: &str| {
            root.attrs
                .iter()
                .find(|(k, _)| k == n)
                .map(|(_, v)| v.as_str())
        };
        let schema_version = String::from(attr("schemaVersion").unwrap_or("2.0"));
        let creation_date = EventTime::parse_any(attr("creationDate").ok_or(EpcisError::Xml {
            pos: root.pos,
            what: "no creationDate",
        })?)?;
        // Namespaces declared on the root, for ILMD element names.
        let ns: Vec<(String, String)> = root
            .attrs
            .iter()
            .filter_map(|(k, v)| {
                k.strip_prefix("xmlns:")
                    .map(|p| (String::from(p), v.clone()))
            })
            .collect();
        // The writer binds `epcis` and `cbvmda` itself: refuse documents that bind them elsewhere.
        for (p, uri) in &ns {
            let standard = match p.as_str() {
                "epcis" => EPCIS_XML_NS,
                "cbvmda" => CBVMDA_NS,
                _ => continue,
            };
            if uri != standard {
                return Err(EpcisError::Xml {
                    pos: root.pos,
                    what: "epcis/cbvmda prefix bound to another namespace",
                });
            }
        }
        let mut extra_ctx: Vec<(String, String)> = Vec::new();
        let mut events = Vec::new();
        for child in &root.children {
            match child.local() {
                "EPCISBody" => {
                    for list in &child.children {
                        if list.local() != "EventList" {
                            return Err(EpcisError::Xml {
                                pos: list.pos,
                                what: "unsupported element in EPCISBody",
                            });
                        }
                        for ev in &list.children {
                            events.push(read_event(ev, &ns, &mut extra_ctx)?);
                        }
                    }
                }
                _ => {
                    return Err(EpcisError::Xml {
                        pos: child.pos,
                        what: "unsupported element (EPCISHeader, extension)",
                    });
                }
            }
        }
        let mut ctx = alloc::vec![Value::String(String::from(EPCIS_CONTEXT))];
        for (p, uri) in extra_ctx {
            let mut m = serde_json::Map::new();
            m.insert(p, Value::String(uri));
            ctx.push(Value::Object(m));
        }
        Ok(Document {
            context: Value::Array(ctx),
            doc_type: String::from("EPCISDocument"),
            schema_version,
            creation_date,
            id: None,
            events,
            extra: Vec::new(),
            query_results: None,
        })
    }
}

fn read_event(
    ev: &Node,
    ns: &[(String, String)],
    extra_ctx: &mut Vec<(String, String)>,
) -> Result<Event, EpcisError> {
    let is_object = match ev.local() {
        "ObjectEvent" => true,
        "AggregationEvent" => false,
        _ => {
            return Err(EpcisError::Xml {
                pos: ev.pos,
                what: "unsupported event type",
            });
        }
    };
    // Flatten 1.x-style `extension` wrappers.
    let mut fields: Vec<&Node> = Vec::new();
    let mut stack: Vec<&Node> = ev.children.iter().rev().collect();
    while let Some(n) = stack.pop() {
        if n.local() == "extension" {
            stack.extend(n.children.iter().rev());
        } else {
            fields.push(n);
        }
    }
    let mut p = EventParts::default();
    for f in fields {
        let unsupported = EpcisError::Xml {
            pos: f.pos,
            what: "unsupported event member",
        };
        match f.local() {
            m if EventParts::CHECKED.contains(&m) => p.checked(m, f.text.trim())?,
            "eventID" => p.event_id = Some(EventId(String::from(f.text.trim()))),
            "epcList" | "childEPCs" => {
                if (f.local() == "epcList") != is_object {
                    return Err(unsupported);
                }
                let mut l = Vec::new();
                for e in &f.children {
                    if e.local() != "epc" {
                        return Err(EpcisError::Xml {
                            pos: e.pos,
                            what: "expected <epc>",
                        });
                    }
                    l.push(String::from(e.text.trim()));
                }
                p.epcs = Some(l);
            }
            "parentID" if !is_object => p.parent_id = Some(String::from(f.text.trim())),
            "bizStep" => p.biz_step = Some(BizStep::from_xml(f.text.trim())),
            "disposition" => p.disposition = Some(Disposition::from_xml(f.text.trim())),
            "readPoint" | "bizLocation" => {
                let id = match f.children.as_slice() {
                    [one] if one.local() == "id" => String::from(one.text.trim()),
                    _ => return Err(unsupported),
                };
                if f.local() == "readPoint" {
                    p.read_point = Some(id);
                } else {
                    p.biz_location = Some(id);
                }
            }
            "bizTransactionList" => {
                for t in &f.children {
                    let kind = t.attr("type").map(BizTransactionType::from_xml);
                    p.biz_transactions.push(BizTransaction {
                        kind,
                        id: String::from(t.text.trim()),
                    });
                }
            }
            "sourceList" | "destinationList" => {
                for t in &f.children {
                    let kind = SourceDestType::from_xml(t.attr("type").ok_or(EpcisError::Xml {
                        pos: t.pos,
                        what: "no type attribute",
                    })?);
                    let sd = SourceDest {
                        kind,
                        id: String::from(t.text.trim()),
                    };
                    if f.local() == "sourceList" {
                        p.sources.push(sd)
                    } else {
                        p.destinations.push(sd)
                    }
                }
            }
            "ilmd" if is_object => {
                let mut pairs = Vec::new();
                for m in &f.children {
                    if !m.children.is_empty() {
                        return Err(EpcisError::Xml {
                            pos: m.pos,
                            what: "structured ILMD value",
                        });
                    }
                    let (prefix, local) = m.name.split_once(':').ok_or(EpcisError::Xml {
                        pos: m.pos,
                        what: "ILMD element without namespace",
                    })?;
                    let uri = ns
                        .iter()
                        .find(|(p, _)| p == prefix)
                        .map(|(_, u)| u.as_str())
                        .ok_or(EpcisError::Xml {
                            pos: m.pos,
                            what: "undeclared namespace prefix",
                        })?;
                    let key = if uri == CBVMDA_NS {
                        alloc::format!("cbvmda:{local}")
                    } else if !declarable_prefix(prefix) {
                        return Err(EpcisError::Xml {
                            pos: m.pos,
                            what: "ILMD namespace prefix cannot be kept",
                        });
                    } else {
                        if !extra_ctx.iter().any(|(p, _)| p == prefix) {
                            extra_ctx.push((String::from(prefix), String::from(uri)));
                        }
                        alloc::format!("{prefix}:{local}")
                    };
                    pairs.push((key, String::from(m.text.trim())));
                }
                p.ilmd = Some(pairs);
            }
            "certificationInfo" => {
                p.extra.push((
                    String::from("certificationInfo"),
                    Value::String(String::from(f.text.trim())),
                ));
            }
            "errorDeclaration" => p
                .extra
                .push((String::from("errorDeclaration"), error_declaration(f)?)),
            "quantityList" if is_object => p
                .extra
                .push((String::from("quantityList"), quantity_list(f)?)),
            "childQuantityList" if !is_object => {
                p.extra
                    .push((String::from("childQuantityList"), quantity_list(f)?));
            }
            "persistentDisposition" => {
                let mut m = serde_json::Map::new();
                for c in &f.children {
                    let key = c.local();
                    if key != "set" && key != "unset" {
                        return Err(EpcisError::Xml {
                            pos: c.pos,
                            what: "expected <set> or <unset>",
                        });
                    }
                    let term = Disposition::from_xml(c.text.trim()).term().into();
                    match m
                        .entry(String::from(key))
                        .or_insert_with(|| Value::Array(Vec::new()))
                    {
                        Value::Array(a) => a.push(Value::String(term)),
                        _ => return Err(unsupported),
                    }
                }
                p.extra
                    .push((String::from("persistentDisposition"), Value::Object(m)));
            }
            _ => {
                // A user extension: a namespaced element outside EPCIS, kept as a CURIE member.
                let (prefix, key, value) = extension(f, ns).ok_or(unsupported)?;
                if let Some(uri) = ns.iter().find(|(p, _)| *p == prefix).map(|(_, u)| u)
                    && !extra_ctx.iter().any(|(p, _)| *p == prefix)
                {
                    extra_ctx.push((prefix, uri.clone()));
                }
                p.extra.push((key, value));
            }
        }
    }
    if p.has_repeated_extra() {
        return Err(EpcisError::Xml {
            pos: ev.pos,
            what: "event member given twice",
        });
    }
    p.finish(is_object).map_err(|missing| EpcisError::Xml {
        pos: ev.pos,
        what: missing.xml_what(),
    })
}

fn error_declaration(f: &Node) -> Result<Value, EpcisError> {
    let mut m = serde_json::Map::new();
    for c in &f.children {
        match c.local() {
            "declarationTime" => {
                m.insert(
                    "declarationTime".into(),
                    Value::String(String::from(c.text.trim())),
                );
            }
            "reason" => {
                let r = super::cbv::ErrorReason::from_xml(c.text.trim());
                m.insert("reason".into(), Value::String(String::from(r.term())));
            }
            "correctiveEventIDs" => {
                let ids = c
                    .children
                    .iter()
                    .map(|i| Value::String(String::from(i.text.trim())))
                    .collect();
                m.insert("correctiveEventIDs".into(), Value::Array(ids));
            }
            _ => {
                return Err(EpcisError::Xml {
                    pos: c.pos,
                    what: "unsupported errorDeclaration member",
                });
            }
        }
    }
    Ok(Value::Object(m))
}

fn quantity_list(f: &Node) -> Result<Value, EpcisError> {
    let mut items = Vec::new();
    for q in &f.children {
        let mut m = serde_json::Map::new();
        for c in &q.children {
            let text = c.text.trim();
            let v = match c.local() {
                "epcClass" | "uom" => Value::String(String::from(text)),
                "quantity" => match serde_json::from_str::<Value>(text) {
                    Ok(n @ Value::Number(_)) => n,
                    _ => {
                        return Err(EpcisError::Xml {
                            pos: c.pos,
                            what: "quantity is not a number",
                        });
                    }
                },
                _ => {
                    return Err(EpcisError::Xml {
                        pos: c.pos,
                        what: "unsupported quantityElement member",
                    });
                }
            };
            m.insert(String::from(c.local()), v);
        }
        items.push(Value::Object(m));
    }
    Ok(Value::Array(items))
}

/// A namespaced extension element -> (prefix, CURIE key, JSON value: text, or an object of its
/// children). `None` when it is not a declared, non-EPCIS namespace or has attributes/duplicates.
fn extension(f: &Node, ns: &[(String, String)]) -> Option<(String, String, Value)> {
    let (prefix, local) = f.name.split_once(':')?;
    let uri = ns
        .iter()
        .find(|(p, _)| p == prefix)
        .map(|(_, u)| u.as_str())?;
    if uri == EPCIS_XML_NS || !declarable_prefix(prefix) || !f.attrs.is_empty() || local.is_empty()
    {
        return None;
    }
    let value = if f.children.is_empty() {
        Value::String(String::from(f.text.trim()))
    } else {
        let mut m = serde_json::Map::new();
        for c in &f.children {
            let (_, key, v) = extension(c, ns)?;
            if m.insert(key, v).is_some() {
                return None;
            }
        }
        Value::Object(m)
    };
    Some((
        String::from(prefix),
        alloc::format!("{prefix}:{local}"),
        value,
    ))
}

/// One parsed element.
#[derive(Debug)]
struct Node {
    name: String,
    pos: usize,
    attrs: Vec<(String, String)>,
    children: Vec<Node>,
    text: String,
}

impl Node {
    fn local(&self) -> &str {
        self.name.rsplit(':').next().unwrap_or("")
    }
    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

struct Parser<'a> {
    s: &'a [u8],
    text: &'a str,
    i: usize,
    nodes: usize,
}

// SAFETY-ish reason: the document is at most MAX_XML (64 MiB) bytes (checked in `from_xml` before a
// Parser exists) and `i` only moves forward to offsets found inside it, so `i + n` for the small
// `n` used here cannot overflow; `nodes` stops at MAX_NODES and `depth` at MAX_DEPTH.
#[allow(clippy::arithmetic_side_effects)]
impl Parser<'_> {
    fn err(&self, what: &'static str) -> EpcisError {
        EpcisError::Xml { pos: self.i, what }
    }

    fn starts(&self, p: &str) -> bool {
        self.s
            .get(self.i..)
            .is_some_and(|r| r.starts_with(p.as_bytes()))
    }

    /// Skips to just past `end`.
    fn skip_past(&mut self, end: &str) -> Result<(), EpcisError> {
        let rest = self.text.get(self.i..).ok_or(self.err("bad offset"))?;
        let at = rest.find(end).ok_or(self.err("unterminated markup"))?;
        self.i += at + end.len();
        Ok(())
    }

    fn skip_ws(&mut self) {
        while self.s.get(self.i).is_some_and(u8::is_ascii_whitespace) {
            self.i += 1;
        }
    }

    /// Skips whitespace, comments and processing instructions between elements.
    fn misc(&mut self) -> Result<(), EpcisError> {
        loop {
            self.skip_ws();
            if self.starts("<?") {
                self.skip_past("?>")?;
            } else if self.starts("<!--") {
                self.skip_past("-->")?;
            } else if self.starts("<!DOCTYPE") {
                // A bare `<!DOCTYPE name>` is skipped; internal subsets (entities) are refused.
                let rest = self.text.get(self.i..).unwrap_or("");
                let end = rest.find('>').ok_or(self.err("unterminated DOCTYPE"))?;
                if rest.get(..end).is_some_and(|d| d.contains('[')) {
                    return Err(self.err("DTD internal subsets are not supported"));
                }
                self.i += end + 1;
            } else if self.starts("<!") {
                return Err(self.err("unsupported markup declaration"));
            } else {
                return Ok(());
            }
        }
    }

    fn document(mut self) -> Result<Node, EpcisError> {
        if self.starts("\u{feff}") {
            self.i += 3;
        }
        self.misc()?;
        let root = self.element(0)?;
        self.misc()?;
        if self.i != self.s.len() {
            return Err(self.err("content after the root element"));
        }
        Ok(root)
    }

    fn name(&mut self) -> Result<String, EpcisError> {
        let start = self.i;
        while self.s.get(self.i).is_some_and(|&b| {
            b.is_ascii_alphanumeric() || matches!(b, b':' | b'_' | b'-' | b'.') || b >= 0x80
        }) {
            self.i += 1;
        }
        if start == self.i {
            return Err(self.err("expected a name"));
        }
        self.text
            .get(start..self.i)
            .map(String::from)
            .ok_or(self.err("bad name"))
    }

    fn element(&mut self, depth: usize) -> Result<Node, EpcisError> {
        if depth > MAX_DEPTH {
            return Err(self.err("nesting too deep"));
        }
        self.nodes += 1;
        if self.nodes > MAX_NODES {
            return Err(EpcisError::TooLarge { limit: MAX_NODES });
        }
        let pos = self.i;
        if self.s.get(self.i) != Some(&b'<') {
            return Err(self.err("expected '<'"));
        }
        self.i += 1;
        let name = self.name()?;
        let mut attrs = Vec::new();
        loop {
            self.skip_ws();
            match self.s.get(self.i) {
                Some(b'/') => {
                    if self.s.get(self.i + 1) != Some(&b'>') {
                        return Err(self.err("expected '/>'"));
                    }
                    self.i += 2;
                    return Ok(Node {
                        name,
                        pos,
                        attrs,
                        children: Vec::new(),
                        text: String::new(),
                    });
                }
                Some(b'>') => {
                    self.i += 1;
                    break;
                }
                Some(_) => {
                    let k = self.name()?;
                    self.skip_ws();
                    if self.s.get(self.i) != Some(&b'=') {
                        return Err(self.err("expected '='"));
                    }
                    self.i += 1;
                    self.skip_ws();
                    let q = *self.s.get(self.i).ok_or(self.err("unexpected end"))?;
                    if q != b'"' && q != b'\'' {
                        return Err(self.err("expected a quote"));
                    }
                    self.i += 1;
                    let start = self.i;
                    while self.s.get(self.i).is_some_and(|&b| b != q) {
                        if self.s.get(self.i) == Some(&b'<') {
                            return Err(self.err("'<' in attribute value"));
                        }
                        self.i += 1;
                    }
                    if self.i >= self.s.len() {
                        return Err(self.err("unterminated attribute"));
                    }
                    let raw = self
                        .text
                        .get(start..self.i)
                        .ok_or(self.err("bad attribute"))?;
                    let v = unescape(raw).map_err(|off| EpcisError::Xml {
                        pos: start + off,
                        what: "bad entity",
                    })?;
                    self.i += 1;
                    attrs.push((k, v));
                }
                None => return Err(self.err("unexpected end")),
            }
        }
        let mut children = Vec::new();
        let mut text = String::new();
        loop {
            let start = self.i;
            while self.s.get(self.i).is_some_and(|&b| b != b'<') {
                self.i += 1;
            }
            if self.i > start {
                let raw = self.text.get(start..self.i).ok_or(self.err("bad text"))?;
                text.push_str(&unescape(raw).map_err(|off| EpcisError::Xml {
                    pos: start + off,
                    what: "bad entity",
                })?);
            }
            if self.i >= self.s.len() {
                return Err(self.err("unclosed element"));
            }
            if self.starts("</") {
                self.i += 2;
                let end = self.name()?;
                if end != name {
                    return Err(self.err("mismatched end tag"));
                }
                self.skip_ws();
                if self.s.get(self.i) != Some(&b'>') {
                    return Err(self.err("expected '>'"));
                }
                self.i += 1;
                if !children.is_empty() && !text.trim().is_empty() {
                    return Err(EpcisError::Xml {
                        pos,
                        what: "mixed content",
                    });
                }
                return Ok(Node {
                    name,
                    pos,
                    attrs,
                    children,
                    text,
                });
            } else if self.starts("<!--") {
                self.skip_past("-->")?;
            } else if self.starts("<![CDATA[") {
                self.i += 9;
                let rest = self.text.get(self.i..).ok_or(self.err("bad offset"))?;
                let at = rest.find("]]>").ok_or(self.err("unterminated CDATA"))?;
                text.push_str(rest.get(..at).unwrap_or(""));
                self.i += at + 3;
            } else if self.starts("<?") {
                self.skip_past("?>")?;
            } else {
                children.push(self.element(depth + 1)?);
            }
        }
    }
}

/// Decodes the predefined entities and character references; `Err` gives the offset of a bad one.
// SAFETY-ish reason: `off`, `amp` and `semi` are byte offsets into `raw` (< len <= MAX_XML), and
// `consumed` is at most the rest of `raw`, so no sum can overflow.
#[allow(clippy::arithmetic_side_effects)]
fn unescape(raw: &str) -> Result<String, usize> {
    if !raw.contains('&') {
        return Ok(String::from(raw));
    }
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    let mut off = 0usize;
    while let Some(amp) = rest.find('&') {
        out.push_str(rest.get(..amp).unwrap_or(""));
        let after = rest.get(amp + 1..).unwrap_or("");
        let semi = after.find(';').filter(|&n| n <= 10).ok_or(off + amp)?;
        let ent = after.get(..semi).unwrap_or("");
        let ch = match ent {
            "lt" => '<',
            "gt" => '>',
            "amp" => '&',
            "quot" => '"',
            "apos" => '\'',
            _ => {
                let code = if let Some(h) = ent.strip_prefix("#x") {
                    u32::from_str_radix(h, 16).ok()
                } else if let Some(d) = ent.strip_prefix('#') {
                    d.parse().ok()
                } else {
                    None
                };
                code.and_then(char::from_u32).ok_or(off + amp)?
            }
        };
        out.push(ch);
        let consumed = amp + 1 + semi + 1;
        off += consumed;
        rest = rest.get(consumed..).unwrap_or("");
    }
    out.push_str(rest);
    Ok(out)
}
