//! Every hard limit on untrusted input, in one place: lengths, pixel counts, sequence sizes.
//!
//! Each limit is enforced where the input enters (the constant named in its docs) and exceeding it
//! is an error, never a truncation, a panic or an allocation of the requested size. The modules
//! re-export or reuse these values; change a limit here.

/// Longest GS1 element string in bytes (the GS1 Barcode Syntax Engine's `MAX_DATA`): bracketed,
/// unbracketed (`^`), GS-separated, scanner data and Digital Link URIs are all refused above it
/// (`Gs1Error::DataTooLong`, enforced by `gs1::validate::MAX_DATA` users).
pub const MAX_ELEMENT_STRING_LEN: usize = 8191;

/// Most AIs in one element string (`Gs1Error::TooManyAis`).
pub const MAX_AIS: usize = 64;

/// Longest encoder input in bytes: more than the largest symbol holds even as digit pairs
/// (1,558 data codewords), so anything longer cannot fit (`encode::MAX_INPUT`).
pub const MAX_ENCODE_INPUT: usize = 3200;

/// Largest symbol side in modules (144x144); grids are clamped to it (`matrix::grid::MAX_SIDE`).
pub const MAX_MODULE_SIDE: usize = 144;

/// Most codewords of any symbol (144x144: 1,558 data + 620 error correction).
pub const MAX_CODEWORDS: usize = 2178;

/// Largest image the readers accept, in pixels (64 Mpx; `read::image_view::MAX_PIXELS` and the
/// pure sampler's `matrix::pure::MAX_PIXELS`). `ImageView::new` / `LumaView::new` refuse larger
/// images and buffers shorter than `(height - 1) * stride + width` before anything is allocated.
pub const MAX_IMAGE_PIXELS: usize = 1 << 26;

/// Most candidate regions the image reader examines per pass, which also bounds the symbols one
/// frame can report (`ReaderOptions::max_symbols` stops earlier; default 8).
pub const MAX_SYMBOLS_PER_FRAME: usize = 48;

/// Candidate regions the pure-image sampler tries (`matrix::pure::MAX_CANDIDATES`).
pub const MAX_PURE_CANDIDATES: usize = 12;

/// Most symbols in a structured append sequence (ISO/IEC 16022 clause 5.6: positions 1..=16).
pub const MAX_STRUCTURED_APPEND: usize = 16;

/// The reader's time budget: `ReaderOptions::time_budget_us` (microseconds per frame, checked
/// between candidate regions through the `Clock` passed to `Reader::read_with_clock`). `None`
/// (the default) means no time limit beyond the work bounds above; a line controller should set
/// it to its frame period. This is the budget a scanner loop typically uses (one 30 fps frame).
pub const SUGGESTED_READ_BUDGET_US: u64 = 33_000;

/// Largest rendered output side in dots (`render::MAX_SIDE_DOTS`): layouts above it are refused
/// by `Layout::check` before a buffer is sized.
pub const MAX_RENDER_SIDE_DOTS: usize = 20_000;

/// Most serials one `serial::Generator::write_lines` call appends (about 88 MB of 20-character
/// lines); larger runs go through several calls or `write_lines_into` with the caller's buffer.
pub const MAX_SERIAL_LINES_PER_CALL: u64 = 1 << 22;

/// Longest serial state file in bytes (`serial::state::MAX_STATE_LEN`).
pub const MAX_SERIAL_STATE_LEN: usize = 1024;

/// Largest EPCIS document in bytes, JSON-LD or XML (`EpcisError::TooLarge`).
pub const MAX_EPCIS_DOCUMENT: usize = 64 << 20;

/// Deepest element nesting the EPCIS XML reader follows.
pub const MAX_EPCIS_XML_DEPTH: usize = 64;

/// Most elements the EPCIS XML reader builds for one document.
pub const MAX_EPCIS_XML_NODES: usize = 4_000_000;

/// Longest EPC pure-identity URN in bytes.
pub const MAX_EPC_URN: usize = 256;

/// Hard ceiling on the scan normaliser's work per scan: value checks plus search nodes
/// (`normalize::NormalizeOptions::max_steps` is clamped to it). The best-first search holds at
/// most two nodes (28 bytes each with their queue entry) per step: about 110 MB at this ceiling,
/// 17 MB at the default of 300,000.
pub const MAX_NORMALIZE_STEPS: u32 = 2_000_000;

/// Most readings the scan normaliser holds per scan (`NormalizeOptions::max_readings` and
/// `max_candidates` are clamped to it); each holds its element string.
pub const MAX_NORMALIZE_READINGS: usize = 4096;

#[cfg(test)]
mod tests {
    use super::*;

    /// The modules' own constants are these limits (until they all reuse them directly).
    #[test]
    fn modules_agree() {
        assert_eq!(crate::gs1::validate::MAX_DATA, MAX_ELEMENT_STRING_LEN);
        assert_eq!(crate::gs1::validate::MAX_AIS, MAX_AIS);
        assert_eq!(crate::encode::MAX_INPUT, MAX_ENCODE_INPUT);
        assert_eq!(
            crate::symbol::SymbolSize::Square144.total_codewords(),
            MAX_CODEWORDS
        );
        assert_eq!(crate::read::image_view::MAX_PIXELS, MAX_IMAGE_PIXELS);
        assert_eq!(crate::matrix::pure::MAX_PIXELS, MAX_IMAGE_PIXELS);
        assert_eq!(crate::matrix::pure::MAX_CANDIDATES, MAX_PURE_CANDIDATES);
        assert_eq!(crate::render::MAX_SIDE_DOTS, MAX_RENDER_SIDE_DOTS);
        assert_eq!(crate::serial::state::MAX_STATE_LEN, MAX_SERIAL_STATE_LEN);
    }
}
