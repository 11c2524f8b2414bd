//! The line loop's camera frames (`src/sim`), checked against an independent reader, and the
//! loop's safety invariant for ours.
//!
//! Invariants:
//! - The simulated frames are readable: rxing (an independent implementation) reads at least 90%
//!   of them back to exactly the data we encoded (so the simulator makes sane camera images).
//! - Our reader never misreads a loop frame: whatever it returns equals what was printed, field
//!   by field, and it reads at least 80% of them (91% measured when written; issue 7 tracks the
//!   rest, which zxing-cpp reads).
//! - The same seed gives the same frame (the loop's figures are repeatable).

use gs1_datamatrix::encode::Encoder;
use gs1_datamatrix::gs1::{ElementString, Options};
use gs1_datamatrix::read::{ImageView, Polarity, Reader, ReaderOptions};
use gs1_datamatrix::render::{self, Layout};
use gs1_datamatrix::serial::{Alphabet, Generator, Gtin, MasterKey, SerialFormat};
use gs1_datamatrix::sim::{Camera, CameraParams, PrintBitmap};
use rxing::{BarcodeFormat, DecodeHints};

const UNITS: u64 = 60;

struct Unit {
    es: ElementString,
    frame: Vec<u8>,
    width: usize,
    height: usize,
    rows: usize,
    cols: usize,
}

fn units() -> Vec<Unit> {
    let key = MasterKey::from_bytes([0x5a; 32]);
    let format = SerialFormat::new(Alphabet::alnum(), 12).unwrap();
    let generator = Generator::new(&key, Some(&Gtin::parse("09506000134352").unwrap()), format);
    let print = Layout::for_print(600, 300).unwrap();
    assert_eq!(print.module_dots, 7, "600 dpi, X = 0.3 mm");
    let layout = Layout::with_module_dots(print.module_dots);
    let mut enc = Encoder::new();
    let mut camera = Camera::new(CameraParams::default());
    (0..UNITS)
        .map(|i| {
            let serial = generator.serial(u128::from(i)).unwrap();
            let text = format!(
                "(01)09506000134352(17)281231(10)L2611A(21){}",
                serial.as_str()
            );
            let es = ElementString::parse_bracketed(&text, &Options::default()).unwrap();
            let symbol = enc.encode_element_string(&es).unwrap();
            let mut bitmap = Vec::new();
            render::rows::rows(symbol.matrix(), &layout, |r| bitmap.extend_from_slice(r)).unwrap();
            let (w, h) = layout.dims(symbol.matrix());
            let shot = camera.shoot(&PrintBitmap::new(&bitmap, w, h).unwrap(), i);
            Unit {
                frame: shot.frame.to_vec(),
                width: shot.width,
                height: shot.height,
                rows: symbol.rows(),
                cols: symbol.cols(),
                es,
            }
        })
        .collect()
}

#[test]
fn rxing_reads_the_simulated_frames() {
    let units = units();
    let mut read = 0;
    for u in &units {
        let r = rxing::helpers::detect_in_luma_with_hints(
            u.frame.clone(),
            u.width as u32,
            u.height as u32,
            Some(BarcodeFormat::DATA_MATRIX),
            &mut DecodeHints::default(),
        );
        if let Ok(r) = r {
            assert_eq!(
                r.getText().as_bytes(),
                u.es.to_gs_separated().as_slice(),
                "rxing misread a frame"
            );
            read += 1;
        }
    }
    eprintln!("rxing read {read} of {} simulated frames", units.len());
    assert!(
        read * 10 >= units.len() * 9,
        "rxing read only {read} of {} simulated frames",
        units.len()
    );
}

#[test]
fn our_reader_never_misreads_a_loop_frame() {
    let units = units();
    let mut reader = Reader::new();
    let opts = ReaderOptions {
        polarity: Polarity::DarkOnLight,
        mirrored: false,
        max_symbols: 1,
        ..ReaderOptions::default()
    };
    let mut read = 0;
    for (i, u) in units.iter().enumerate() {
        let view = ImageView::packed(&u.frame, u.width, u.height).unwrap();
        let found = reader.read(&view, &opts).unwrap();
        assert!(found.len() <= 1, "unit {i}: one symbol per frame");
        let Some(s) = found.first() else { continue };
        assert_eq!((s.rows, s.cols), (u.rows, u.cols), "unit {i}: size");
        let es = s.content.gs1.as_ref().unwrap().as_ref().unwrap();
        for ai in ["01", "17", "10", "21"] {
            assert_eq!(es.get(ai), u.es.get(ai), "unit {i}: AI {ai}");
        }
        assert_eq!(es.data_str(), u.es.data_str(), "unit {i}: data");
        read += 1;
    }
    eprintln!("our reader read {read} of {} loop frames", units.len());
    assert!(
        read * 10 >= units.len() * 8,
        "our reader read only {read} of {} loop frames",
        units.len()
    );
}

#[test]
fn same_seed_same_frame() {
    let a = units();
    let b = units();
    assert!(a.iter().zip(&b).all(|(x, y)| x.frame == y.frame));
    assert_ne!(a[0].frame, a[1].frame);
}
