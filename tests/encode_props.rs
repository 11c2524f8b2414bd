//! Property tests of the encoder. Invariants:
//! 1. planner cost == emitted length: the cheapest plan fits a capacity of exactly its cost, and the
//!    emitted codewords are exactly that many (no padding) and decode back to the input;
//! 2. at any capacity the planner accepts, emission fills exactly that capacity and decodes back;
//! 3. allowing more modes never grows the encodation or the symbol;
//! 4. round trip: data -> Symbol -> module matrix -> codewords (placement read back) -> data.
//!
//! Decoding uses the `datamatrix` crate's independent data decoder (plain data; it cannot read FNC1
//! inside C40/Text, so GS1 round trips are covered by the rxing and zxing-cpp interop tests).

use gs1_datamatrix::encode::planner::{Input, Planner};
use gs1_datamatrix::encode::{Encoder, Modes, ShapePolicy};
use gs1_datamatrix::matrix::placement;
use proptest::prelude::*;

fn data_strategy() -> impl Strategy<Value = Vec<u8>> {
    let alphabet: Vec<u8> =
        b"0123456789ABCDEFXYZ abcxyz*>\r.-/:;?@[]^_!\"#%&'()+,{}~`\x1d\x00\x7f\x80\xa9\xe9\xff"
            .to_vec();
    prop::collection::vec(prop::sample::select(alphabet), 0..90)
}

fn modes_strategy() -> impl Strategy<Value = Modes> {
    (
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(c40, text, x12, edifact, base256)| Modes {
            c40,
            text,
            x12,
            edifact,
            base256,
        })
}

fn decode(cw: &[u8]) -> Vec<u8> {
    datamatrix::data::decode_data(cw).unwrap_or_else(|e| panic!("{e:?} for {cw:?}"))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 600, ..ProptestConfig::default() })]

    #[test]
    fn planner_cost_is_emitted_length(data in data_strategy(), modes in modes_strategy(), extra in 0u32..5) {
        let mut p = Planner::new();
        let input = Input { data: &data, gs_is_fnc1: false };
        p.run(input, modes, 0);
        let min = p.min_cost();
        let plan = p.fit(min);
        prop_assert!(plan.is_some(), "min cost {} does not fit itself", min);
        let mut out = Vec::new();
        p.emit(input, plan.unwrap(), &mut out);
        prop_assert_eq!(out.len() as u32, min);
        prop_assert_eq!(decode(&out), data.clone());
        // any larger capacity: exactly filled, same data
        let cap = min + extra;
        let plan = p.fit(cap).expect("larger capacity fits");
        out.clear();
        p.emit(input, plan, &mut out);
        prop_assert_eq!(out.len() as u32, cap);
        prop_assert_eq!(decode(&out), data);
    }

    #[test]
    fn more_modes_never_grow(data in data_strategy(), modes in modes_strategy()) {
        let mut p = Planner::new();
        let input = Input { data: &data, gs_is_fnc1: true };
        p.run(input, modes, 1);
        let fewer = p.min_cost();
        p.run(input, Modes::ALL, 1);
        let all = p.min_cost();
        prop_assert!(all <= fewer, "all modes {} > subset {}", all, fewer);
        let a = Encoder::new().gs1(true).modes(Modes::ALL).shape(ShapePolicy::WithDmre).encode(&data);
        let b = Encoder::new().gs1(true).modes(modes).shape(ShapePolicy::WithDmre).encode(&data);
        if let (Ok(a), Ok(b)) = (&a, &b) {
            prop_assert!(a.rows() * a.cols() <= b.rows() * b.cols());
        }
        prop_assert!(!(a.is_err() && b.is_ok()));
    }

    #[test]
    fn symbol_round_trip(data in data_strategy(), shape in prop::sample::select(vec![
        ShapePolicy::Square, ShapePolicy::SquareOrRectangular, ShapePolicy::WithDmre,
    ])) {
        let sym = Encoder::new().shape(shape).encode(&data).expect("short data fits");
        let size = sym.size();
        let mut cw = vec![0u8; size.total_codewords()];
        placement::read_codewords(sym.matrix(), size, &mut cw).expect("read back");
        prop_assert_eq!(&cw[..], sym.codewords());
        prop_assert_eq!(decode(&cw[..size.data_codewords()]), data);
    }
}
