//! GS1 parser options from one fuzz byte (shared by the GS1 harnesses).

use gs1_datamatrix::gs1::Options;

/// Bits 0..3 of `flags` switch the four options.
pub fn options(flags: u8) -> Options {
    Options {
        permit_unknown_ais: flags & 1 != 0,
        permit_zero_suppressed_gtin_in_dl_uris: flags & 2 != 0,
        validate_requisite_ais: flags & 4 == 0,
        validate_unknown_ai_not_dl_attr: flags & 8 == 0,
    }
}
