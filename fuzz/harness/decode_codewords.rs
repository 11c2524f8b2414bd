//! Data codewords -> data, single symbols and structured append sequences (up to 16 symbols):
//! never panic or hang; without ECI the transmitted bytes are the payload.
//!
//! Input: one byte `n` (n % 17 > 0: also cut the rest into that many symbols and join them as a
//! structured append sequence), then the codewords.

use super::cursor::Cursor;
use gs1_datamatrix::decode::{DecodedData, decode_codewords, merge_structured_append};

/// Runs one input.
pub fn run(data: &[u8]) {
    let mut c = Cursor::new(data);
    let parts = usize::from(c.byte() % 17);
    let data = c.rest();
    if let Ok(d) = decode_codewords(data) {
        if !d.eci {
            assert_eq!(d.bytes, d.payload);
        }
        let _ = d.text();
        let _ = d.symbology_id_str();
    }
    if parts > 0 {
        let chunk = data.len().div_ceil(parts).max(1);
        let decoded: Vec<DecodedData> = data
            .chunks(chunk)
            .filter_map(|cw| decode_codewords(cw).ok())
            .collect();
        let refs: Vec<&DecodedData> = decoded.iter().collect();
        if let Ok(joined) = merge_structured_append(&refs) {
            let total: usize = decoded.iter().map(|d| d.payload.len()).sum();
            assert!(joined.len() <= total, "joined more than the parts carry");
        }
    }
}
