//! `hyphen`: the component may only contain `-` (the optional sign of AIs 4330-4333).

use super::{LintError, LintResult};

pub(crate) fn check(comp: &[u8]) -> LintResult {
    match comp.iter().position(|&b| b != b'-') {
        Some(p) => Err((LintError::NotHyphen, p, 1)),
        None => Ok(()),
    }
}
