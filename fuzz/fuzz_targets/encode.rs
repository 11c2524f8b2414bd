//! Fuzz the encoder with arbitrary bytes and options: it must never panic, and whatever it
//! encodes must decode back (our decoder) to the same bytes with the same GS1 flag.
#![no_main]

use arbitrary::Arbitrary;
use gs1_datamatrix::encode::{Encoder, Macro, Modes, ShapePolicy, StructuredAppend, SymbolSize};
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
    let Ok(sym) = enc.encode(&c.data) else { return };
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
