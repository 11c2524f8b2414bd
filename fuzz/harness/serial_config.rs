//! The serial configuration (alphabet, length, prefix, GTIN, shard, key): never panic, and every
//! accepted configuration round-trips a serial through `serial` and `index_of`.
//!
//! Input: length-prefixed alphabet, prefix, GTIN, shard and key texts, a length byte, a flags byte
//! (bit 0 GTIN, bit 1 ChaCha8 instead of AES-256, bits 2-7 a bulk run length), a 16-byte index.

use super::cursor::Cursor;
use gs1_datamatrix::serial::{Alphabet, Generator, Gtin, MasterKey, Prf, SerialFormat, Shard};

/// Runs one input.
pub fn run(data: &[u8]) {
    let mut c = Cursor::new(data);
    let alphabet = c.text();
    let prefix = c.bytes();
    let gtin = c.text();
    let shard = c.text();
    let key = c.text();
    let length = usize::from(c.byte());
    let flags = c.byte();
    let use_gtin = flags & 1 == 1;
    // Bit 1 picks the PRF; bits 2.. a run length for the caller-buffer bulk path.
    let prf = if flags & 2 != 0 {
        Prf::ChaCha8
    } else {
        Prf::Aes256
    };
    let run = u128::from(flags >> 2);
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
    let g = Generator::with_prf(&key, gtin.as_ref(), format, prf);
    let index = index % g.space();
    let s = g.serial(index).expect("index in space");
    assert_eq!(g.index_of(s.as_bytes()), Ok(index));
    // The bulk path into a caller buffer agrees with the single path, or refuses past the end.
    let line = format.total_len() + 1;
    let mut buf = vec![0u8; line * run as usize];
    match g.write_lines_into(index, 1, &mut buf) {
        Ok(n) => {
            for (k, l) in buf.chunks_exact(line).take(n as usize).enumerate() {
                let want = g.serial(index + k as u128).expect("index in space");
                assert_eq!(&l[..line - 1], want.as_bytes());
                assert_eq!(l[line - 1], b'\n');
            }
        }
        Err(_) => assert!(index + run > g.space()),
    }
    let _ = g.index_of(prefix);
}
