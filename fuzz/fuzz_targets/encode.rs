//! Fuzz the encoder with arbitrary bytes and options: it must never panic, and whatever it
//! encodes must decode back (our decoder) to the same bytes with the same GS1 flag. The no-heap
//! `encode_into_buffers` (with fuzzed buffer lengths) must give the same symbol or a buffer error.
#![no_main]

use arbitrary::Arbitrary;
use gs1_datamatrix::encode::{
    EncodeError, Encoder, Macro, Modes, ShapePolicy, StructuredAppend, SymbolSize,
    encode_into_buffers,
};
use gs1_datamatrix::matrix::ModuleGrid;
use libfuzzer_sys::fuzz_target;

#[derive(Debug, Arbitrary)]
struct Case {
    data: Vec<u8>,
    gs1: bool,
    literal_gs: bool,
    shape: u8,
    exact: Option<u8>,
    modes: [bool; 5],
    eci: Option<u32>,
    macro_: Option<bool>,
    sa: Option<(u8, u8, [u8; 2])>,
    reader_programming: bool,
    /// Buffer lengths for the no-heap encoder (`u16::MAX` and up: the largest).
    buffers: (u16, u16),
}

fuzz_target!(|c: Case| {
    let shape = match c.shape % 4 {
        0 => ShapePolicy::Square,
        1 => ShapePolicy::Rectangular,
        2 => ShapePolicy::SquareOrRectangular,
        _ => ShapePolicy::WithDmre,
    };
    let [c40, text, x12, edifact, base256] = c.modes;
    let mut enc = Encoder::new()
        .shape(shape)
        .gs1(c.gs1)
        .literal_gs(c.literal_gs)
        .modes(Modes { c40, text, x12, edifact, base256 })
        .eci(c.eci)
        .macro_header(c.macro_.map(|m| if m { Macro::Format05 } else { Macro::Format06 }))
        .structured_append(c.sa.map(|(position, count, file_id)| StructuredAppend { position, count, file_id }))
        .reader_programming(c.reader_programming);
    if let Some(i) = c.exact {
        let all = SymbolSize::all();
        enc = enc.size(all[i as usize % all.len()]);
    }
    let mut scratch = vec![0u8; usize::from(c.buffers.0).min(90_000) * 2];
    let mut modules = vec![0u8; usize::from(c.buffers.1)];
    let no_heap = encode_into_buffers(&c.data, enc.options(), &mut scratch, &mut modules);
    let sym = enc.encode(&c.data);
    match (&no_heap, &sym) {
        (Ok(info), Ok(sym)) => {
            assert_eq!(info.size, sym.size());
            let cw = &scratch[info.codewords_at..info.codewords_at + info.total_codewords];
            assert_eq!(cw, sym.codewords());
            for r in 0..info.rows {
                for col in 0..info.cols {
                    assert_eq!(modules[r * info.cols + col] == 1, sym.matrix().dark(r, col));
                }
            }
        }
        (Err(EncodeError::BufferTooSmall { needed, got, .. }), _) => assert!(needed > got),
        (Err(a), Err(b)) => assert_eq!(a, b),
        (a, b) => panic!("no-heap {a:?} vs encoder {b:?}"),
    }
    let Ok(sym) = sym else { return };
    let plain = c.eci.is_none() && c.macro_.is_none() && !c.literal_gs;
    if let Ok(d) = gs1_datamatrix::decode::decode_grid(sym.matrix()) {
        assert_eq!(d.size, sym.size());
        if plain {
            assert_eq!(d.bytes(), &c.data[..]);
            assert_eq!(d.is_gs1(), c.gs1);
        }
    } else {
        panic!("our symbol does not decode: {:?}", sym.size());
    }
});
