//! The EPCIS readers (JSON-LD and XML). Never panic; whatever parses re-serialises and parses
//! back to the same document.
//!
//! Input: the document text.

use gs1_datamatrix::epcis::Document;

/// Runs one input.
pub fn run(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(doc) = Document::from_json(text) {
        let again = Document::from_json(&doc.to_json()).expect("own JSON parses");
        assert_eq!(again, doc);
    }
    if let Ok(doc) = Document::from_xml(text)
        && let Ok(xml) = doc.to_xml()
    {
        let again = Document::from_xml(&xml).expect("own XML parses");
        assert_eq!(again, doc);
    }
}
