//! `ElementString`: an ordered list of (AI, value) elements and the engine's canonical outputs.

use alloc::string::String;
use alloc::vec::Vec;

use super::Options;
use super::ai::AiEntry;
use super::error::Gs1Error;
use super::validate::{self, ElemRef, MAX_AIS};

/// ASCII GS (group separator), how FNC1 is transmitted inside AI data.
pub const GS: u8 = 0x1d;

/// One element of an [`ElementString`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Element<'a> {
    /// The AI digits, e.g. `"01"`.
    pub ai: &'a str,
    /// The value.
    pub value: &'a str,
    /// The AI's dictionary entry (a pseudo entry for unknown AIs permitted by the options).
    pub entry: &'static AiEntry,
    /// Position in a Digital Link URI path (0 = primary key), when read from a URI path.
    pub dl_path_order: Option<u8>,
}

/// An element whose AI entry is already resolved, as a Digital Link parser produces it
/// (input of [`ElementString::from_resolved`]). Values may be any bytes (e.g. after percent-decoding).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RawElement<'a> {
    /// The AI digits.
    pub ai: &'a str,
    /// Its table entry (from [`super::ai_table::lookup`] or a permitted unknown-AI entry).
    pub entry: &'static AiEntry,
    /// The value bytes.
    pub value: &'a [u8],
    /// Position in a Digital Link URI path (0 = primary key), `None` elsewhere.
    pub dl_path_order: Option<u8>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Item {
    pub entry: &'static AiEntry,
    pub ai_start: u32,
    pub ai_len: u8,
    pub val_start: u32,
    pub val_len: u32,
    pub dl_path: Option<u8>,
}

/// A validated GS1 element string: AIs and values in message order.
///
/// Built by the parsers ([`ElementString::parse_bracketed`], [`ElementString::parse_unbracketed`],
/// [`ElementString::from_gs_separated`], [`super::parse_data`], [`super::parse_scan`]), by
/// [`ElementString::from_ai_values`] or by [`super::Builder`]; every constructor runs the same
/// validation, so an `ElementString` always satisfies the dictionary's rules for its options.
///
/// ```
/// use gs1_datamatrix::gs1::{ElementString, Options};
/// let es = ElementString::parse_bracketed("(01)09506000134352(10)ABC(17)261231", &Options::default())?;
/// assert_eq!(es.data_str(), "^010950600013435210ABC^17261231");
/// assert_eq!(es.to_gs_separated(), b"010950600013435210ABC\x1d17261231");
/// assert_eq!(es.hri(), ["(01) 09506000134352", "(10) ABC", "(17) 261231"]);
/// # Ok::<(), gs1_datamatrix::gs1::Gs1Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ElementString {
    /// The message in `^` form (FNC1 = `^`), possibly with a `|` composite separator.
    pub(crate) data: String,
    pub(crate) items: Vec<Item>,
    /// Index of the first element of the composite (2D) part, if the message has one.
    pub(crate) composite_at: Option<usize>,
}

impl ElementString {
    /// An empty element string (useful as a reusable buffer for the `*_into` parsers).
    pub fn new() -> Self {
        Self::default()
    }

    pub(crate) fn clear(&mut self) {
        self.data.clear();
        self.items.clear();
        self.composite_at = None;
    }

    /// Number of elements.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// True when there are no elements.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    fn element(&self, it: &Item) -> Element<'_> {
        let a = it.ai_start as usize;
        let v = it.val_start as usize;
        Element {
            ai: self
                .data
                .get(a..a.saturating_add(usize::from(it.ai_len)))
                .unwrap_or(""),
            value: self
                .data
                .get(v..v.saturating_add(it.val_len as usize))
                .unwrap_or(""),
            entry: it.entry,
            dl_path_order: it.dl_path,
        }
    }

    /// The elements in message order.
    pub fn elements(&self) -> impl Iterator<Item = Element<'_>> + '_ {
        self.items.iter().map(move |it| self.element(it))
    }

    /// The value of the first element with this AI.
    pub fn get(&self, ai: &str) -> Option<&str> {
        self.elements().find(|e| e.ai == ai).map(|e| e.value)
    }

    /// Index of the first element of the composite part (`|` in the input), if any.
    pub fn composite_at(&self) -> Option<usize> {
        self.composite_at
    }

    /// The message in the engine's `^` form: `^` = FNC1, leading `^`, then `^` after each
    /// variable-length value followed by another AI. Unbracketed input is kept as given.
    pub fn data_str(&self) -> &str {
        &self.data
    }

    /// Canonical bracketed form, `(` inside values written `\(`; `|` before a composite part.
    pub fn to_bracketed(&self) -> String {
        let mut out = String::with_capacity(
            self.data
                .len()
                .saturating_add(self.items.len().saturating_mul(3)),
        );
        for (i, e) in self.elements().enumerate() {
            if Some(i) == self.composite_at {
                out.push('|');
            }
            out.push('(');
            out.push_str(e.ai);
            out.push(')');
            for c in e.value.chars() {
                if c == '(' {
                    out.push('\\');
                }
                out.push(c);
            }
        }
        out
    }

    /// Human readable interpretation: one `(AI) value` line per element.
    pub fn hri(&self) -> Vec<String> {
        self.elements()
            .map(|e| {
                let mut s = String::with_capacity(
                    e.ai.len().saturating_add(e.value.len()).saturating_add(3),
                );
                s.push('(');
                s.push_str(e.ai);
                s.push_str(") ");
                s.push_str(e.value);
                s
            })
            .collect()
    }

    /// The AI data as a DataMatrix carries it after the leading FNC1: GS (0x1D) after each
    /// variable-length value that is followed by another AI; a composite part is not included.
    pub fn to_gs_separated(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.data.len());
        self.write_gs_separated(&mut out);
        out
    }

    /// Append [`Self::to_gs_separated`] to `out` (no allocation when `out` has room).
    pub fn write_gs_separated(&self, out: &mut Vec<u8>) {
        let linear = self.data.split('|').next().unwrap_or("");
        let body = linear.strip_prefix('^').unwrap_or(linear);
        let body = body.strip_suffix('^').unwrap_or(body);
        out.extend(body.bytes().map(|b| if b == b'^' { GS } else { b }));
    }

    /// What a DataMatrix reader transmits: `]d2` + [`Self::to_gs_separated`].
    pub fn scan_data(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.data.len().saturating_add(3));
        out.extend_from_slice(b"]d2");
        self.write_gs_separated(&mut out);
        out
    }

    fn elem_ref(&self, i: usize) -> ElemRef<'_> {
        match self.items.get(i) {
            Some(it) => {
                let e = self.element(it);
                ElemRef {
                    ai: e.ai,
                    value: e.value.as_bytes(),
                    entry: e.entry,
                }
            }
            None => ElemRef {
                ai: "",
                value: &[],
                entry: &super::ai_table::ENTRIES[0],
            },
        }
    }

    /// Message-level checks over all elements.
    pub(crate) fn validate_associations(&self, opts: &Options) -> Result<(), Gs1Error> {
        validate::validate_associations(self.items.len(), |i| self.elem_ref(i), opts)
    }

    pub(crate) fn push_item(
        &mut self,
        entry: &'static AiEntry,
        ai_start: usize,
        ai_len: usize,
        val_start: usize,
        val_len: usize,
    ) -> Result<(), Gs1Error> {
        if self
            .items
            .len()
            .saturating_add(usize::from(self.composite_at.is_some()))
            >= MAX_AIS
        {
            return Err(Gs1Error::TooManyAis { max: MAX_AIS });
        }
        self.items.push(Item {
            entry,
            ai_start: ai_start as u32,
            ai_len: ai_len as u8,
            val_start: val_start as u32,
            val_len: val_len as u32,
            dl_path: None,
        });
        Ok(())
    }
}
