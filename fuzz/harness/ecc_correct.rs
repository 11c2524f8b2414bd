//! Reed-Solomon correction: a block encoded here, damaged as the input says, must come back
//! exactly whenever `2 * errors + erasures <= ecc`; beyond that `correct_block` may refuse or
//! miscorrect but never panics. Also whole symbols of arbitrary codewords through `ecc::correct`.
//!
//! Input: ECC length byte (1..=68), data length byte, symbol size byte, then the data bytes, then
//! damage as (position, xor, erased) byte triples.

use super::cursor::Cursor;
use gs1_datamatrix::ecc::encode::{Block144Order, encode_block};
use gs1_datamatrix::ecc::{correct, correct::correct_block};
use gs1_datamatrix::symbol::SymbolSize;

/// Runs one input.
pub fn run(data: &[u8]) {
    let mut c = Cursor::new(data);
    let n = 1 + usize::from(c.byte()) % 68;
    let nd = usize::from(c.byte()) % (256 - n);
    let size_pick = c.byte();
    let mut block: Vec<u8> = (0..nd).map(|_| c.byte()).collect();
    let mut ecc = vec![0u8; n];
    encode_block(&block, &mut ecc).expect("n in 1..=68 and block <= 255");
    block.extend_from_slice(&ecc);
    let good = block.clone();
    let len = block.len();
    let mut erasures = Vec::new();
    let mut damage = c.rest().chunks_exact(3);
    for d in damage.by_ref().take(300) {
        let pos = usize::from(d[0]) % len;
        block[pos] ^= d[1];
        if d[2] & 1 == 1 && !erasures.contains(&pos) {
            erasures.push(pos);
        }
    }
    let errors = (0..len)
        .filter(|&i| block[i] != good[i] && !erasures.contains(&i))
        .count();
    let mut fixed = block.clone();
    let res = correct_block(&mut fixed, n, &erasures);
    if 2 * errors + erasures.len() <= n {
        let rep = res.unwrap_or_else(|e| {
            panic!(
                "within capacity ({errors} errors, {} erasures, {n} ecc): {e}",
                erasures.len()
            )
        });
        assert_eq!(fixed, good);
        assert_eq!(rep.errors, errors);
    }
    // A whole symbol of whatever bytes the damaged block holds, and the erasures as given.
    let sizes = SymbolSize::all();
    let size = sizes[usize::from(size_pick) % sizes.len()];
    let mut symbol: Vec<u8> = block
        .iter()
        .copied()
        .cycle()
        .take(size.total_codewords())
        .collect();
    for order in [Block144Order::Iso, Block144Order::Continuous] {
        if let Ok(rep) = correct(size, order, &mut symbol, &erasures) {
            assert!(rep.uec() >= 0.0 && rep.uec() <= 1.0);
        }
    }
}
