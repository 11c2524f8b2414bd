//! The encoder with arbitrary bytes and options, then every renderer with arbitrary layouts:
//! never panic; whatever it encodes decodes back (our decoder) to the same bytes with the same
//! GS1 flag; renderers refuse oversized layouts instead of allocating them.
//!
//! Input: option bytes (flags, shape, exact size, modes, ECI, macro, structured append, layout),
//! then the data.

use super::cursor::Cursor;
use gs1_datamatrix::encode::{
    EncodeError, Encoder, Macro, Modes, ShapePolicy, StructuredAppend, SymbolSize,
    encode_into_buffers,
};
use gs1_datamatrix::matrix::ModuleGrid;
use gs1_datamatrix::render::{self, Layout, PackedRows, Pbm, Render, Svg, Text, TextStyle};

/// Runs one input.
pub fn run(data: &[u8]) {
    let mut c = Cursor::new(data);
    let flags = c.byte();
    let shape = match c.byte() % 4 {
        0 => ShapePolicy::Square,
        1 => ShapePolicy::Rectangular,
        2 => ShapePolicy::SquareOrRectangular,
        _ => ShapePolicy::WithDmre,
    };
    let exact = c.byte();
    let modes = c.byte();
    let eci = c.u32();
    let sa = (c.byte(), c.byte(), [c.byte(), c.byte()]);
    let (dots, quiet, dpi, x_um) = (c.u32(), c.u32(), c.u32(), c.u32());
    let payload = c.rest();
    let gs1 = flags & 1 != 0;
    let literal_gs = flags & 2 != 0;
    let eci = (flags & 4 != 0).then_some(eci);
    let macro_ = (flags & 8 != 0).then_some(flags & 16 != 0);
    let sa = (flags & 32 != 0).then_some(sa);
    let mut enc = Encoder::new()
        .shape(shape)
        .gs1(gs1)
        .literal_gs(literal_gs)
        .modes(Modes {
            c40: modes & 1 != 0,
            text: modes & 2 != 0,
            x12: modes & 4 != 0,
            edifact: modes & 8 != 0,
            base256: modes & 16 != 0,
        })
        .eci(eci)
        .macro_header(macro_.map(|m| if m { Macro::Format05 } else { Macro::Format06 }))
        .structured_append(sa.map(|(position, count, file_id)| StructuredAppend {
            position,
            count,
            file_id,
        }))
        .reader_programming(flags & 64 != 0);
    if flags & 128 != 0 {
        let all = SymbolSize::all();
        enc = enc.size(all[usize::from(exact) % all.len()]);
    }
    // The no-heap encoder, with buffer lengths taken from the layout words (no extra input bytes,
    // so saved inputs keep their meaning): the same symbol as `Encoder`, or a buffer error.
    let mut scratch = vec![0u8; (dpi as usize) % 180_000];
    let mut modules = vec![0u8; (x_um as usize) % 70_000];
    let no_heap = encode_into_buffers(payload, enc.options(), &mut scratch, &mut modules);
    let sym = enc.encode(payload);
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
    let plain = eci.is_none() && macro_.is_none() && !literal_gs;
    match gs1_datamatrix::decode::decode_grid(sym.matrix()) {
        Ok(d) => {
            assert_eq!(d.size, sym.size());
            if plain {
                assert_eq!(d.bytes(), payload);
                assert_eq!(d.is_gs1(), gs1);
            }
        }
        Err(e) => panic!("our symbol does not decode: {:?}: {e}", sym.size()),
    }
    // Layouts straight from the input must be checked, never allocated blindly.
    let raw = Layout {
        module_dots: dots,
        quiet_zone: quiet,
        invert: flags & 1 != 0,
    };
    let _ = raw.check(sym.matrix());
    let _ = Layout::for_print(dpi, x_um);
    let candidates = [
        (sym.size().rows(), sym.size().cols()),
        (usize::from(exact), 0),
    ];
    let _ = render::fit(&candidates, dpi, x_um, dpi % 2400, x_um % 1000, quiet % 8);
    // Render at a small scale (a full-size 20,000-dot page per input would stall the fuzzer).
    let layout = Layout {
        module_dots: dots % 4,
        quiet_zone: quiet % 6,
        invert: flags & 2 != 0,
    };
    let mut out = Vec::new();
    let _ = Svg.render(sym.matrix(), &layout, &mut out);
    let _ = Pbm.render(sym.matrix(), &layout, &mut out);
    let _ = PackedRows.render(sym.matrix(), &layout, &mut out);
    for style in [TextStyle::Binary, TextStyle::Blocks] {
        let _ = Text { style }.render(sym.matrix(), &layout, &mut out);
    }
}
