//! The serial configuration (alphabet, length, prefix, GTIN, shard, key): never panic, and every
//! accepted configuration round-trips a serial through `serial` and `index_of`.
//!
//! Input: length-prefixed alphabet, prefix, GTIN, shard and key texts, a length byte, a GTIN flag,
//! a 16-byte index.

use super::cursor::Cursor;
use gs1_datamatrix::serial::{Alphabet, Generator, Gtin, MasterKey, SerialFormat, Shard};

/// Runs one input.
pub fn run(data: &[u8]) {
    let mut c = Cursor::new(data);
    let alphabet = c.text();
    let prefix = c.bytes();
    let gtin = c.text();
    let shard = c.text();
    let key = c.text();
    let length = usize::from(c.byte());
    let use_gtin = c.byte() & 1 == 1;
    let index = c.u128();
    let _ = Shard::parse(shard);
    let key = MasterKey::from_hex(key).unwrap_or_else(|_| MasterKey::from_bytes([0; 32]));
    let Ok(alphabet) = Alphabet::parse(alphabet) else {
        return;
    };
    let Ok(format) = SerialFormat::new(alphabet, length) else {
        return;
    };
    let Ok(format) = format.with_prefix(prefix) else {
        return;
    };
    let gtin = if use_gtin {
        match Gtin::parse(gtin) {
            Ok(g) => Some(g),
            Err(_) => return,
        }
    } else {
        None
    };
    let g = Generator::new(&key, gtin.as_ref(), format);
    let index = index % g.space();
    let s = g.serial(index).expect("index in space");
    assert_eq!(g.index_of(s.as_bytes()), Ok(index));
    let _ = g.index_of(prefix);
}
