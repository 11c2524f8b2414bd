//! The verdict of one input, field for field as `gs1dm check` reports it (and as GS1's Barcode
//! Syntax Engine reports it in the shared vectors).

use alloc::string::{String, ToString};
use alloc::vec::Vec;

use super::{ElementString, Gs1Error, Message, Options, parse_data, parse_scan};

/// Which engine entry point an input goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Api {
    /// Bracketed element string.
    Ai,
    /// `^` unbracketed AI data, a Digital Link URI, or plain data.
    Data,
    /// Scanner output with an AIM symbology identifier.
    Scan,
}

impl Api {
    /// `ai` when the input starts with `(`, else `data` (the `gs1dm check` default).
    pub fn default_for(input: &str) -> Api {
        if input.starts_with('(') {
            Api::Ai
        } else {
            Api::Data
        }
    }

    /// From the JSON name (`ai`, `data`, `scan`).
    pub fn from_name(name: &str) -> Option<Api> {
        match name {
            "ai" => Some(Api::Ai),
            "data" => Some(Api::Data),
            "scan" => Some(Api::Scan),
            _ => None,
        }
    }
}

/// Everything reported about one input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict {
    /// The parsed message, or the error.
    pub result: Result<Message, Gs1Error>,
    /// Digital Link URI for the stem (accepted AI data with a primary key).
    pub dl_uri: Option<String>,
    /// Why no Digital Link URI could be made (accepted data only).
    pub dl_err: Option<String>,
}

impl Verdict {
    /// Accepted?
    pub fn ok(&self) -> bool {
        self.result.is_ok()
    }

    /// `data_str` of an accepted input.
    pub fn data_str(&self) -> Option<&str> {
        self.result.as_ref().ok().map(Message::data_str)
    }

    /// `ai_str` of accepted AI data.
    pub fn ai_str(&self) -> Option<String> {
        self.result.as_ref().ok().and_then(Message::ai_str)
    }

    /// HRI lines of an accepted input.
    pub fn hri(&self) -> Option<Vec<String>> {
        self.result.as_ref().ok().map(Message::hri)
    }

    /// `scan_data_dm` of an accepted input (GS as ASCII 29).
    pub fn scan_data_dm(&self) -> Option<String> {
        self.result
            .as_ref()
            .ok()
            .map(|m| String::from_utf8_lossy(&m.scan_data_dm()).into_owned())
    }

    /// The error, if rejected.
    pub fn error(&self) -> Option<&Gs1Error> {
        self.result.as_ref().err()
    }
}

/// Parse, validate and render one input the way `gs1dm check` does.
pub fn check(input: &str, api: Api, opts: &Options, dl_stem: &str) -> Verdict {
    let result = match api {
        Api::Ai => ElementString::parse_bracketed(input, opts).map(Message::Ai),
        Api::Data => parse_data(input, opts),
        Api::Scan => parse_scan(input, opts),
    };
    let (dl_uri, dl_err) = match &result {
        Ok(m) => match m.elements() {
            Some(es) => match super::dl_emit(es, dl_stem, opts) {
                Ok(u) => (Some(u), None),
                Err(e) => (None, Some(e.to_string())),
            },
            None => (None, None),
        },
        Err(_) => (None, None),
    };
    Verdict {
        result,
        dl_uri,
        dl_err,
    }
}
