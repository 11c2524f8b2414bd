//! Fuzz: the no-heap decoders agree with the allocating ones. Arbitrary module grids (real
//! symbol sizes or any shape up to 150x150, with confidences) through `decode_grid_into` with
//! caller buffers of fuzzer-chosen length, and the raw bytes as data codewords through
//! `decode_codewords_into`: never a panic; the same bytes and details as `decode_grid` /
//! `decode_codewords` when the buffers are big enough, a typed too-small error otherwise.

use super::decode_grid::Grid;
use gs1_datamatrix::decode::{
    DECODE_SCRATCH_MAX, DECODED_MAX, DecodeError, DecodeOptions, decode_codewords,
    decode_codewords_into, decode_grid, decode_grid_into, max_decoded_len,
};

/// Runs one input.
pub fn run(data: &[u8]) {
    if data.len() < 4 {
        return;
    }
    // Data codewords: both decoders agree (errors included) given the output the contract asks
    // for, `max_decoded_len(n)` for n codewords. The input may be longer than any symbol's data
    // (1,558 codewords), so `DECODED_MAX` is not always enough here (the fuzzer found 3,546
    // codewords decoding to 8,219 bytes).
    let mut out = vec![0u8; max_decoded_len(data.len())];
    match (
        decode_codewords(data),
        decode_codewords_into(data, &mut out),
    ) {
        (Ok(a), Ok((info, n))) => {
            assert_eq!(&out[..n], &a.bytes[..]);
            assert_eq!(info, a.info());
        }
        (Err(a), Err(b)) => assert_eq!(a, b),
        (a, b) => panic!("{a:?} vs {b:?}"),
    }
    let sizes = gs1_datamatrix::symbol::SymbolSize::all();
    let (rows, cols) = match sizes.get(usize::from(data[0]) % (sizes.len() + 8)) {
        Some(s) if data[1] & 1 == 0 => (s.rows(), s.cols()),
        Some(s) => (s.cols(), s.rows()),
        None => (usize::from(data[0]) % 150, usize::from(data[1]) % 150),
    };
    // Byte 3 shrinks the output buffer now and then.
    let out_len = if data[3] < 32 {
        usize::from(data[3])
    } else {
        DECODED_MAX
    };
    let rest = &data[4..];
    let split = (usize::from(data[2]) * rest.len() / 256).min(rest.len());
    let (bits, conf) = rest.split_at(rest.len() - split);
    let grid = Grid {
        rows,
        cols,
        bits,
        conf,
    };
    let mut out = vec![0u8; DECODED_MAX];
    let mut scratch = vec![0u8; DECODE_SCRATCH_MAX];
    let opts = DecodeOptions::default();
    let into = decode_grid_into(&grid, &opts, &mut scratch, &mut out[..out_len]);
    match (decode_grid(&grid), into) {
        // With a full-size output both take the same orientation (a short one may make the
        // first orientation fail and a later one succeed).
        (Ok(a), Ok(d)) if out_len == DECODED_MAX => {
            assert_eq!(&out[..d.len], a.bytes());
            assert_eq!(
                (a.size, a.corrections, a.erasures),
                (d.size, d.corrections, d.erasures)
            );
        }
        (Ok(_), Err(DecodeError::OutputTooSmall { needed, capacity })) => {
            assert!(needed > capacity && capacity == out_len);
        }
        (Ok(_), Ok(_)) | (Err(_), Err(_)) => {}
        (a, b) => panic!("{a:?} vs {b:?}"),
    }
}
