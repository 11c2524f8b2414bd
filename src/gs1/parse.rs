//! Parsers for every input form: bracketed `(01)…`, unbracketed `^01…`, GS-separated bytes, scanner
//! output with an AIM symbology identifier, and the `data` entry point that also recognises Digital
//! Link URIs and plain (non-AI) data.

use alloc::string::String;
use alloc::vec::Vec;

use super::ai::{Resolved, resolve_exact, resolve_prefix};
use super::element::{ElementString, GS, RawElement};
use super::error::{AiCode, Gs1Error};
use super::validate::{MAX_DATA, check_value_length, lint_value};
use super::{Message, Options};

impl ElementString {
    /// Parse and validate a bracketed element string such as `(01)09506000134352(10)ABC`.
    ///
    /// `\(` writes a `(` inside a value; a `|` separates a composite (2D) part.
    ///
    /// # Errors
    /// Any [`Gs1Error`]: syntax, unknown AI, value length, component check or message-level rule.
    pub fn parse_bracketed(input: &str, opts: &Options) -> Result<Self, Gs1Error> {
        let mut es = Self::new();
        es.parse_bracketed_into(input, opts)?;
        Ok(es)
    }

    /// As [`Self::parse_bracketed`], reusing `self`'s buffers (no allocation once they are large enough).
    ///
    /// # Errors
    /// As [`Self::parse_bracketed`]; `self` is left in an unspecified but safe state.
    // SAFETY-ish reason: positions are byte offsets into the input (< len <= isize::MAX), and
    // every sum adds at most another offset or 1, so nothing can reach usize::MAX; `q - 1` and
    // `val_start - ai_start` are guarded (q > 0, val_start pushed after ai_start).
    #[allow(clippy::arithmetic_side_effects)]
    pub fn parse_bracketed_into(&mut self, input: &str, opts: &Options) -> Result<(), Gs1Error> {
        self.clear();
        match input.find('|') {
            Some(bar) => {
                self.bracketed_part(input.get(..bar).unwrap_or(""), 0, opts)?;
                self.lint_items(0)?;
                let first_cc = self.items.len();
                if first_cc + 1 > super::validate::MAX_AIS {
                    return Err(Gs1Error::TooManyAis {
                        max: super::validate::MAX_AIS,
                    });
                }
                self.composite_at = Some(first_cc);
                self.data.push('|');
                self.bracketed_part(input.get(bar + 1..).unwrap_or(""), bar + 1, opts)?;
                self.lint_items(first_cc)?;
            }
            None => {
                self.bracketed_part(input, 0, opts)?;
                self.lint_items(0)?;
            }
        }
        self.validate_associations(opts)
    }

    // SAFETY-ish reason: positions are byte offsets into the input (< len <= isize::MAX), and
    // every sum adds at most another offset or 1, so nothing can reach usize::MAX; `q - 1` and
    // `val_start - ai_start` are guarded (q > 0, val_start pushed after ai_start).
    #[allow(clippy::arithmetic_side_effects)]
    fn bracketed_part(&mut self, s: &str, base: usize, opts: &Options) -> Result<(), Gs1Error> {
        let b = s.as_bytes();
        let mut p = 0usize;
        let mut fnc1 = true;
        let fail = |at: usize| Gs1Error::ParseFailed { offset: base + at };
        while p < b.len() {
            if b.get(p) != Some(&b'(') {
                return Err(fail(p));
            }
            p += 1;
            let close = b
                .get(p..)
                .and_then(|r| r.iter().position(|&c| c == b')'))
                .ok_or(fail(p))?
                + p;
            let ai_bytes = b.get(p..close).unwrap_or(&[]);
            let entry = match resolve_exact(ai_bytes, opts) {
                Resolved::Entry(e) => e,
                Resolved::None => {
                    return Err(Gs1Error::UnrecognisedAi {
                        ai: AiCode::from_bytes(ai_bytes),
                    });
                }
            };
            if fnc1 {
                self.data.push('^');
            }
            let ai_start = self.data.len();
            self.data.push_str(s.get(p..close).unwrap_or(""));
            fnc1 = entry.fnc1_required;
            let mut r = close + 1;
            if r >= b.len() {
                return Err(fail(r));
            }
            let val_start = self.data.len();
            loop {
                let next = b
                    .get(r..)
                    .and_then(|t| t.iter().position(|&c| c == b'('))
                    .map(|i| i + r);
                match next {
                    Some(q) if q > 0 && b.get(q - 1) == Some(&b'\\') => {
                        self.data.push_str(s.get(r..q - 1).unwrap_or(""));
                        self.data.push('(');
                        r = q + 1;
                    }
                    Some(q) => {
                        self.data.push_str(s.get(r..q).unwrap_or(""));
                        p = q;
                        break;
                    }
                    None => {
                        self.data.push_str(s.get(r..).unwrap_or(""));
                        p = b.len();
                        break;
                    }
                }
            }
            let ai = self.data.get(ai_start..val_start).unwrap_or("");
            let value = self.data.as_bytes().get(val_start..).unwrap_or(&[]);
            check_value_length(ai, entry, value)?;
            let val_len = value.len();
            self.push_item(entry, ai_start, val_start - ai_start, val_start, val_len)?;
        }
        Ok(())
    }

    fn lint_items(&self, from: usize) -> Result<(), Gs1Error> {
        for e in self.elements().skip(from) {
            lint_value(e.ai, e.entry, e.value.as_bytes())?;
        }
        Ok(())
    }

    /// Parse and validate unbracketed AI data where `^` is FNC1 (`^0109506000134352^10ABC`), as
    /// given to the engine's `data` entry point. The text is kept verbatim as [`Self::data_str`].
    ///
    /// # Errors
    /// Any [`Gs1Error`]; [`Gs1Error::MissingFnc1`] when the data does not start with `^`.
    pub fn parse_unbracketed(input: &str, opts: &Options) -> Result<Self, Gs1Error> {
        let mut es = Self::new();
        es.parse_unbracketed_into(input, opts)?;
        Ok(es)
    }

    /// As [`Self::parse_unbracketed`], reusing `self`'s buffers.
    ///
    /// # Errors
    /// As [`Self::parse_unbracketed`].
    pub fn parse_unbracketed_into(&mut self, input: &str, opts: &Options) -> Result<(), Gs1Error> {
        if input.len() > MAX_DATA {
            return Err(Gs1Error::DataTooLong {
                len: input.len(),
                max: MAX_DATA,
            });
        }
        self.clear();
        self.data.push_str(input);
        self.extract_unbracketed(opts)?;
        self.validate_associations(opts)
    }

    /// Split `self.data` (already holding a `^` message, maybe with `|`) into elements.
    // SAFETY-ish reason: positions are byte offsets into the input (< len <= isize::MAX), and
    // every sum adds at most another offset or 1, so nothing can reach usize::MAX; `q - 1` and
    // `val_start - ai_start` are guarded (q > 0, val_start pushed after ai_start).
    #[allow(clippy::arithmetic_side_effects)]
    pub(crate) fn extract_unbracketed(&mut self, opts: &Options) -> Result<(), Gs1Error> {
        let data = core::mem::take(&mut self.data);
        let res = (|| match data.find('|') {
            Some(bar) => {
                if data.starts_with('^') {
                    self.unbracketed_part(&data, 0, bar, opts)?;
                }
                if self.items.len() + 1 > super::validate::MAX_AIS {
                    return Err(Gs1Error::TooManyAis {
                        max: super::validate::MAX_AIS,
                    });
                }
                self.composite_at = Some(self.items.len());
                self.unbracketed_part(&data, bar + 1, data.len(), opts)
            }
            None => self.unbracketed_part(&data, 0, data.len(), opts),
        })();
        self.data = data;
        res
    }

    // SAFETY-ish reason: positions are byte offsets into the input (< len <= isize::MAX), and
    // every sum adds at most another offset or 1, so nothing can reach usize::MAX; `q - 1` and
    // `val_start - ai_start` are guarded (q > 0, val_start pushed after ai_start).
    #[allow(clippy::arithmetic_side_effects)]
    fn unbracketed_part(
        &mut self,
        data: &str,
        start: usize,
        end: usize,
        opts: &Options,
    ) -> Result<(), Gs1Error> {
        let b = data.as_bytes().get(..end).unwrap_or(&[]);
        if b.get(start) != Some(&b'^') {
            return Err(Gs1Error::MissingFnc1);
        }
        let mut p = start + 1;
        if p >= b.len() {
            return Err(Gs1Error::EmptyAiData);
        }
        while p < b.len() {
            let rest = b.get(p..).unwrap_or(&[]);
            let Some((entry, ai_len)) = resolve_prefix(rest, opts) else {
                let n = rest.len().min(4);
                return Err(Gs1Error::NoAiForPrefix {
                    prefix: AiCode::from_bytes(rest.get(..n).unwrap_or(&[])),
                });
            };
            let ai = data.get(p..p + ai_len).unwrap_or("");
            let vstart = p + ai_len;
            let vend = b
                .get(vstart..)
                .and_then(|t| t.iter().position(|&c| c == b'^'))
                .map_or(b.len(), |i| i + vstart);
            let used = lint_value(ai, entry, b.get(vstart..vend).unwrap_or(&[]))?;
            let ai_code = AiCode::new(ai);
            self.push_item(entry, p, ai_len, vstart, used)?;
            p = vstart + used;
            if entry.fnc1_required && p < b.len() && b.get(p) != Some(&b'^') {
                return Err(Gs1Error::DataNotTerminated { ai: ai_code });
            }
            if b.get(p) == Some(&b'^') {
                p += 1;
            }
        }
        Ok(())
    }

    /// Parse AI data as a DataMatrix carries it: GS (0x1D) or `^` separators, with or without the
    /// leading FNC1 (the inverse of [`Self::to_gs_separated`]).
    ///
    /// # Errors
    /// Any [`Gs1Error`].
    pub fn from_gs_separated(data: &[u8], opts: &Options) -> Result<Self, Gs1Error> {
        let body = match data.first() {
            Some(&GS) | Some(&b'^') => data.get(1..).unwrap_or(&[]),
            _ => data,
        };
        if body.len() >= MAX_DATA {
            return Err(Gs1Error::DataTooLong {
                len: body.len().saturating_add(1),
                max: MAX_DATA,
            });
        }
        let mut es = Self::new();
        es.data.reserve(body.len().saturating_add(1));
        es.data.push('^');
        let text = core::str::from_utf8(body).map_err(|e| Gs1Error::ParseFailed {
            offset: e.valid_up_to(),
        })?;
        es.data
            .extend(text.chars().map(|c| if c == '\u{1d}' { '^' } else { c }));
        // Symbol data has no composite separator: a `|` is just a (non-CSET 82) character.
        es.unbracketed_whole(opts)?;
        es.validate_associations(opts)?;
        Ok(es)
    }

    /// Build and validate from (AI, value) pairs in message order: the entry point for forms whose
    /// elements arrive already split (Digital Link URIs, decoders, the [`super::Builder`]).
    ///
    /// Runs exactly the checks of bracketed input: AI known, value length and no `^` (per element, in
    /// order), then the component checks, then the message-level rules.
    ///
    /// # Errors
    /// Any [`Gs1Error`].
    pub fn from_ai_values<'a, I>(pairs: I, opts: &Options) -> Result<Self, Gs1Error>
    where
        I: IntoIterator<Item = (&'a str, &'a [u8])>,
    {
        let mut es = Self::new();
        let mut buf: Vec<u8> = Vec::new();
        let mut fnc1 = true;
        for (ai, value) in pairs {
            let entry = match resolve_exact(ai.as_bytes(), opts) {
                Resolved::Entry(e) => e,
                Resolved::None => {
                    return Err(Gs1Error::UnrecognisedAi {
                        ai: AiCode::new(ai),
                    });
                }
            };
            check_value_length(ai, entry, value)?;
            if fnc1 {
                buf.push(b'^');
            }
            fnc1 = entry.fnc1_required;
            let ai_start = buf.len();
            buf.extend_from_slice(ai.as_bytes());
            let val_start = buf.len();
            buf.extend_from_slice(value);
            es.push_item(entry, ai_start, ai.len(), val_start, value.len())?;
        }
        for (it, i) in es.items.iter().zip(0..) {
            let _ = i;
            let a = it.ai_start as usize;
            let v = it.val_start as usize;
            let ai = core::str::from_utf8(
                buf.get(a..a.saturating_add(usize::from(it.ai_len)))
                    .unwrap_or(&[]),
            )
            .unwrap_or("");
            lint_value(
                ai,
                it.entry,
                buf.get(v..v.saturating_add(it.val_len as usize))
                    .unwrap_or(&[]),
            )?;
        }
        es.data = String::from_utf8(buf).map_err(|e| Gs1Error::ParseFailed {
            offset: e.utf8_error().valid_up_to(),
        })?;
        es.validate_associations(opts)?;
        Ok(es)
    }
}

impl ElementString {
    /// Build from elements whose entries are already resolved, then run the component checks (in
    /// order) and the message-level rules. Value lengths are not re-checked here: callers run
    /// [`super::validate::check_value_length`] while reading each pair, as the engine does.
    ///
    /// # Errors
    /// [`Gs1Error::TooManyAis`], [`Gs1Error::DataEmpty`], [`Gs1Error::IncorrectLength`],
    /// [`Gs1Error::Lint`] or a message-level rule.
    pub fn from_resolved(elems: &[RawElement<'_>], opts: &Options) -> Result<Self, Gs1Error> {
        let mut es = Self::new();
        let mut buf: Vec<u8> = Vec::new();
        let mut fnc1 = true;
        for e in elems {
            if fnc1 {
                buf.push(b'^');
            }
            fnc1 = e.entry.fnc1_required;
            let ai_start = buf.len();
            buf.extend_from_slice(e.ai.as_bytes());
            let val_start = buf.len();
            buf.extend_from_slice(e.value);
            es.push_item(e.entry, ai_start, e.ai.len(), val_start, e.value.len())?;
            if let Some(last) = es.items.last_mut() {
                last.dl_path = e.dl_path_order;
            }
        }
        for e in elems {
            lint_value(e.ai, e.entry, e.value)?;
        }
        es.data = String::from_utf8(buf).map_err(|e| Gs1Error::ParseFailed {
            offset: e.utf8_error().valid_up_to(),
        })?;
        es.validate_associations(opts)?;
        Ok(es)
    }
}

fn is_dl_scheme(s: &str) -> bool {
    ["https://", "HTTPS://", "http://", "HTTP://"]
        .iter()
        .any(|p| s.starts_with(p))
}

/// Parse input given to the engine's `data` entry point: `^` unbracketed AI data, a GS1 Digital Link
/// URI (`http://`/`https://`, lower or upper case), or plain non-AI data.
///
/// # Errors
/// Any [`Gs1Error`].
pub fn parse_data(input: &str, opts: &Options) -> Result<Message, Gs1Error> {
    if input.len() > MAX_DATA {
        return Err(Gs1Error::DataTooLong {
            len: input.len(),
            max: MAX_DATA,
        });
    }
    if is_dl_scheme(input) {
        return super::dl_parse(input, opts);
    }
    if input.starts_with('^') || input.contains('|') {
        let mut es = ElementString::new();
        es.data.push_str(input);
        es.extract_unbracketed(opts)?;
        es.validate_associations(opts)?;
        if es.items.is_empty() && es.composite_at.is_none() {
            return Ok(Message::Plain(String::from(input)));
        }
        return Ok(Message::Ai(es));
    }
    Ok(Message::Plain(String::from(input)))
}

/// Parse scanner output that starts with an AIM symbology identifier: `]d2`, `]Q3`, `]C1`, `]e0`
/// carry AI data with GS separators; `]d1`, `]Q1` carry plain data or a Digital Link URI;
/// `]E0`/`]E4` carry an EAN-13/EAN-8 (optionally `|]e0` and a composite).
///
/// # Errors
/// [`Gs1Error::MissingSymbologyId`], [`Gs1Error::UnsupportedSymbologyId`] or any validation error.
pub fn parse_scan(input: &str, opts: &Options) -> Result<Message, Gs1Error> {
    let b = input.as_bytes();
    if b.first() != Some(&b']') || b.len() < 3 {
        return Err(Gs1Error::MissingSymbologyId);
    }
    let id = b.get(1..3).unwrap_or(&[]);
    let rest = input.get(3..).ok_or(Gs1Error::UnsupportedSymbologyId)?;
    if rest.len() >= MAX_DATA {
        return Err(Gs1Error::DataTooLong {
            len: rest.len().saturating_add(1),
            max: MAX_DATA,
        });
    }
    match id {
        b"d2" | b"Q3" | b"C1" | b"e0" => {
            if rest.contains('^') {
                return Err(Gs1Error::ScanIllegalCaret);
            }
            let mut es = ElementString::new();
            es.data.push('^');
            es.data
                .extend(rest.chars().map(|c| if c == '\u{1d}' { '^' } else { c }));
            // AI data from a scanner has no composite separator: '|' is data here.
            es.unbracketed_whole(opts)?;
            es.validate_associations(opts)?;
            Ok(Message::Ai(es))
        }
        b"d1" | b"Q1" => {
            if rest.starts_with("https://") || rest.starts_with("http://") {
                return super::dl_parse(rest, opts);
            }
            let mut s = String::with_capacity(rest.len().saturating_add(1));
            if rest.trim_start_matches('\\').starts_with('^') {
                s.push('\\');
            }
            s.push_str(rest);
            Ok(Message::Plain(s))
        }
        b"E0" | b"E4" => {
            let n = if id == b"E0" { 13 } else { 8 };
            let primary = rest.get(..n).ok_or(Gs1Error::ParseFailed { offset: 3 })?;
            if !primary.bytes().all(|c| c.is_ascii_digit())
                || super::lint::Linter::Csum.check(primary.as_bytes()).is_err()
            {
                return Err(Gs1Error::ParseFailed { offset: 3 });
            }
            match rest.get(n..) {
                Some("") | None => Ok(Message::Plain(String::from(primary))),
                Some(cc) => {
                    let cc = cc.strip_prefix("|]e0").ok_or(Gs1Error::ParseFailed {
                        offset: n.saturating_add(3),
                    })?;
                    let mut es = ElementString::new();
                    es.data.push_str(primary);
                    es.data.push_str("|^");
                    es.data
                        .extend(cc.chars().map(|c| if c == '\u{1d}' { '^' } else { c }));
                    es.extract_unbracketed(opts)?;
                    es.validate_associations(opts)?;
                    Ok(Message::Ai(es))
                }
            }
        }
        _ => Err(Gs1Error::UnsupportedSymbologyId),
    }
}

impl ElementString {
    fn unbracketed_whole(&mut self, opts: &Options) -> Result<(), Gs1Error> {
        let data = core::mem::take(&mut self.data);
        let len = data.len();
        let res = self.unbracketed_part(&data, 0, len, opts);
        self.data = data;
        res
    }
}
