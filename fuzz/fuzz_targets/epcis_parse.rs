//! Fuzz the EPCIS readers (JSON-LD and XML). Whatever parses must re-serialise and parse back
//! to the same document.
#![no_main]

use gs1_datamatrix::epcis::Document;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(doc) = Document::from_json(text) {
        let again = Document::from_json(&doc.to_json()).expect("own JSON parses");
        assert_eq!(again, doc);
    }
    if let Ok(doc) = Document::from_xml(text) {
        if let Ok(xml) = doc.to_xml() {
            let again = Document::from_xml(&xml).expect("own XML parses");
            assert_eq!(again, doc);
        }
    }
});
