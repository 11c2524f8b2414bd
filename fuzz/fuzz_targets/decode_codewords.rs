//! Fuzz: arbitrary data codewords -> data decoding must never panic or hang, and the
//! transmitted bytes must be the payload unless ECI escapes were added.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(d) = gs1_datamatrix::decode::decode_codewords(data) {
        if !d.eci {
            assert_eq!(d.bytes, d.payload);
        }
        let _ = d.text();
        let _ = d.symbology_id_str();
    }
});
