//! The EPC readers: URN, Digital Link (GCP 6..12) and tag hex. Never panic; whatever parses
//! round-trips through its canonical URN and element string.
//!
//! Input: the text (its first byte also picks the GCP length for the Digital Link reader).

use gs1_datamatrix::epc::{Epc, GcpLength};

/// Runs one input.
pub fn run(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(epc) = Epc::from_urn(text) {
        let again = Epc::from_urn(&epc.to_urn()).expect("canonical URN parses");
        assert_eq!(again, epc);
        let pairs = epc.to_ais();
        let borrowed: Vec<(&str, &str)> = pairs.iter().map(|(a, v)| (*a, v.as_str())).collect();
        let gcp = GcpLength::new(epc.gcp_length()).expect("URN GCP length is valid");
        assert_eq!(
            Epc::from_ais_as(epc.scheme(), &borrowed, gcp).expect("own element string"),
            epc
        );
    }
    let gcp = GcpLength::new(6 + usize::from(data.first().copied().unwrap_or(0) % 7))
        .expect("6..=12 is a GCP length");
    if let Ok(epc) = Epc::from_digital_link(text, gcp) {
        assert_eq!(
            Epc::from_digital_link(&epc.to_digital_link(), gcp).expect("own DL"),
            epc
        );
    }
    let _ = Epc::from_tag_hex(text);
}
