//! `pcenc`: every `%` starts a valid `%hh` percent-encoding (names and addresses in 43xx, 725x).

use super::{LintError, LintResult};

pub(crate) fn check(comp: &[u8]) -> LintResult {
    let mut i = 0;
    while i < comp.len() {
        if comp.get(i) == Some(&b'%') {
            let h1 = comp.get(i.saturating_add(1)).copied();
            let h2 = comp.get(i.saturating_add(2)).copied();
            let ok = matches!((h1, h2), (Some(a), Some(b)) if a.is_ascii_hexdigit() && b.is_ascii_hexdigit());
            if !ok {
                let len = comp.len().saturating_sub(i).min(3);
                return Err((LintError::InvalidPercentSequence, i, len));
            }
            i = i.saturating_add(3);
        } else {
            i = i.saturating_add(1);
        }
    }
    Ok(())
}
