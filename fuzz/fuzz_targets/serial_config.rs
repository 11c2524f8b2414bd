//! Fuzz the serial configuration (alphabet, length, prefix, GTIN, shard, key) and state-file
//! parsing: no input may panic, and every accepted configuration must round-trip a serial.
#![no_main]

use arbitrary::Arbitrary;
use gs1_datamatrix::serial::state::SerialState;
use gs1_datamatrix::serial::{Alphabet, Generator, Gtin, MasterKey, Prf, SerialFormat, Shard};
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug)]
struct Input<'a> {
    alphabet: &'a str,
    length: u8,
    prefix: &'a [u8],
    gtin: Option<&'a str>,
    shard: &'a str,
    key: &'a str,
    index: u128,
    state: &'a str,
    chacha: bool,
    run: u8,
}

fuzz_target!(|input: Input| {
    if let Ok(state) = SerialState::parse(input.state) {
        assert_eq!(SerialState::parse(&state.to_text()), Ok(state));
    }
    let _ = Shard::parse(input.shard);
    let key = MasterKey::from_hex(input.key).unwrap_or_else(|_| MasterKey::from_bytes([0; 32]));
    let Ok(alphabet) = Alphabet::parse(input.alphabet) else { return };
    let Ok(format) = SerialFormat::new(alphabet, usize::from(input.length)) else { return };
    let Ok(format) = format.with_prefix(input.prefix) else { return };
    let gtin = match input.gtin.map(Gtin::parse) {
        Some(Err(_)) => return,
        Some(Ok(g)) => Some(g),
        None => None,
    };
    let prf = if input.chacha { Prf::ChaCha8 } else { Prf::Aes256 };
    let g = Generator::with_prf(&key, gtin.as_ref(), format, prf);
    let index = input.index % g.space();
    let s = g.serial(index).expect("index in space");
    assert_eq!(g.index_of(s.as_bytes()), Ok(index));
    // The bulk path into a caller buffer agrees with the single path, or refuses past the end.
    let line = format.total_len() + 1;
    let mut buf = vec![0u8; line * usize::from(input.run % 40)];
    match g.write_lines_into(index, 1, &mut buf) {
        Ok(n) => {
            for (k, l) in buf.chunks_exact(line).take(n as usize).enumerate() {
                let want = g.serial(index + k as u128).expect("index in space");
                assert_eq!(&l[..line - 1], want.as_bytes());
                assert_eq!(l[line - 1], b'\n');
            }
        }
        Err(_) => assert!(index + u128::from(input.run % 40) > g.space()),
    }
    let _ = g.index_of(input.prefix);
});
