//! Dot-peen marks drawn here, independently of the corpus and of the reader's own test
//! renderer, and read back through the public reader.
//!
//! Set `DOT_LATTICE_DUMP` to write each drawing as a PGM into the temporary directory.
//!
//! Each case encodes a random GS1 element string with this crate's encoder, then draws every
//! dark module as a round dot (diameter 0.42..0.67 module, varying from dot to dot in size and
//! depth (35..70 grey levels, each dot 65..100% of that), each nudged up to 0.15 module off its
//! centre) on a grey "metal" ground with smooth low-frequency
//! texture and pixel noise, at an arbitrary rotation, pitch and quiet zone. Invariants:
//! - at least 90% of the cases read, each with exactly the encoded bytes;
//! - no case reads anything else (zero misreads);
//! - a ground of texture and scattered dots without a symbol returns nothing.

use gs1_datamatrix::matrix::ModuleGrid;
use gs1_datamatrix::read::{ImageView, Reader, ReaderOptions};
use gs1_datamatrix::symbol::ShapePolicy;

/// splitmix64: a small deterministic generator for the drawings.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in [lo, hi).
    fn range(&mut self, lo: f32, hi: f32) -> f32 {
        lo + (hi - lo) * ((self.next() >> 40) as f32 / (1u64 << 24) as f32)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// Smooth value noise: random levels on a lattice of `cell` pixels, bilinearly blended.
struct Texture {
    cell: f32,
    gw: usize,
    vals: Vec<f32>,
}

impl Texture {
    fn new(rng: &mut Rng, side: usize, cell: f32, amp: f32) -> Self {
        let gw = (side as f32 / cell) as usize + 3;
        let vals = (0..gw * gw).map(|_| rng.range(-amp, amp)).collect();
        Texture { cell, gw, vals }
    }
    fn at(&self, x: f32, y: f32) -> f32 {
        let (fx, fy) = (x / self.cell, y / self.cell);
        let (x0, y0) = (fx.floor() as usize, fy.floor() as usize);
        let (ax, ay) = (fx - x0 as f32, fy - y0 as f32);
        // Smoothstep for a softer, blob-like texture.
        let (ax, ay) = (ax * ax * (3.0 - 2.0 * ax), ay * ay * (3.0 - 2.0 * ay));
        let v = |i: usize, j: usize| self.vals[(j.min(self.gw - 1)) * self.gw + i.min(self.gw - 1)];
        let top = v(x0, y0) * (1.0 - ax) + v(x0 + 1, y0) * ax;
        let bot = v(x0, y0 + 1) * (1.0 - ax) + v(x0 + 1, y0 + 1) * ax;
        top * (1.0 - ay) + bot * ay
    }
}

/// One drawn dot: centre in pixels, radius in pixels, depth in grey levels.
struct Dot {
    x: f32,
    y: f32,
    r: f32,
    depth: f32,
}

/// Draws `dots` on a textured ground of `side` x `side` pixels.
fn draw(rng: &mut Rng, side: usize, dots: &[Dot], metal: f32) -> Vec<u8> {
    let (c1, c2) = (rng.range(6.0, 11.0), rng.range(2.5, 4.0));
    let t1 = Texture::new(rng, side, c1, 14.0);
    let t2 = Texture::new(rng, side, c2, 5.0);
    let mut px: Vec<f32> = (0..side * side)
        .map(|i| {
            let (x, y) = ((i % side) as f32 + 0.5, (i / side) as f32 + 0.5);
            metal + t1.at(x, y) + t2.at(x, y) + rng.range(-4.0, 4.0)
        })
        .collect();
    for d in dots {
        let reach = d.r + 2.0;
        let (x0, x1) = (
            (d.x - reach).max(0.0) as usize,
            ((d.x + reach) as usize).min(side - 1),
        );
        let (y0, y1) = (
            (d.y - reach).max(0.0) as usize,
            ((d.y + reach) as usize).min(side - 1),
        );
        for y in y0..=y1 {
            for x in x0..=x1 {
                let (dx, dy) = (x as f32 + 0.5 - d.x, y as f32 + 0.5 - d.y);
                let dist = (dx * dx + dy * dy).sqrt();
                // A crater: full depth inside, a soft one-pixel rim.
                let cover = (d.r + 0.5 - dist).clamp(0.0, 1.0);
                let shade = 1.0 - 0.25 * (dist / d.r.max(0.5)).min(1.0);
                let p = &mut px[y * side + x];
                *p -= d.depth * cover * shade;
            }
        }
    }
    px.iter().map(|&v| v.clamp(0.0, 255.0) as u8).collect()
}

/// A random GS1 pharma element string (GTIN, expiry, batch, serial) as raw bytes.
fn element_string(rng: &mut Rng) -> Vec<u8> {
    let mut gtin: Vec<u8> = (0..13).map(|_| b'0' + rng.below(10) as u8).collect();
    // Check digit (GS1 mod 10, weights 3,1 from the right).
    let sum: u32 = gtin
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| u32::from(d - b'0') * if i % 2 == 0 { 3 } else { 1 })
        .sum();
    gtin.push(b'0' + ((10 - sum % 10) % 10) as u8);
    let mut s = b"01".to_vec();
    s.extend(&gtin);
    s.extend(
        format!(
            "17{:02}{:02}{:02}",
            25 + rng.below(10),
            1 + rng.below(12),
            1 + rng.below(28)
        )
        .bytes(),
    );
    s.extend(b"10");
    let alnum = b"ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
    for _ in 0..3 + rng.below(6) {
        s.push(alnum[rng.below(alnum.len() as u64) as usize]);
    }
    s.push(0x1d);
    s.extend(b"21");
    for _ in 0..6 + rng.below(9) {
        s.push(alnum[rng.below(alnum.len() as u64) as usize]);
    }
    s
}

/// Draws `data` as a dot-peen mark; returns (pixels, side).
fn mark(rng: &mut Rng, data: &[u8], shape: ShapePolicy) -> (Vec<u8>, usize) {
    mark_as(rng, data, shape, false, false)
}

/// As [`mark`]; `light` draws raised light dots on dark metal, `mirror` flips the drawing
/// left to right (a mark read through a mirror or from behind).
fn mark_as(
    rng: &mut Rng,
    data: &[u8],
    shape: ShapePolicy,
    light: bool,
    mirror: bool,
) -> (Vec<u8>, usize) {
    let sym = gs1_datamatrix::Encoder::new()
        .gs1(true)
        .shape(shape)
        .encode(data)
        .expect("encodes");
    let (rows, cols) = (sym.rows(), sym.cols());
    let pitch = rng.range(4.4, 9.0);
    let quiet = 1.0 + rng.below(4) as f32;
    let angle = rng.range(0.0, std::f32::consts::TAU);
    let (sa, ca) = angle.sin_cos();
    let diam = rng.range(0.42, 0.67);
    let mut depth = rng.range(35.0, 70.0);
    let mut metal = rng.range(140.0, 190.0);
    if light {
        depth = -depth;
        metal -= 90.0;
    }
    let span = rows.max(cols) as f32 + 2.0 * quiet;
    let side = (span * pitch * std::f32::consts::SQRT_2 + 4.0 * pitch) as usize;
    let c = side as f32 * 0.5;
    let mut dots = Vec::new();
    for r in 0..rows {
        for col in 0..cols {
            if !sym.dark(r, col) {
                continue;
            }
            let mx = col as f32 + 0.5 - cols as f32 * 0.5 + rng.range(-0.15, 0.15);
            let my = r as f32 + 0.5 - rows as f32 * 0.5 + rng.range(-0.15, 0.15);
            dots.push(Dot {
                x: c + pitch * (ca * mx - sa * my),
                y: c + pitch * (sa * mx + ca * my),
                r: 0.5 * pitch * diam * rng.range(0.8, 1.15),
                depth: depth * rng.range(0.65, 1.0),
            });
        }
    }
    let mut px = draw(rng, side, &dots, metal);
    if mirror {
        for row in px.chunks_exact_mut(side) {
            row.reverse();
        }
    }
    (px, side)
}

fn read(px: &[u8], side: usize) -> Vec<Vec<u8>> {
    let img = ImageView::packed(px, side, side).expect("view");
    Reader::new()
        .read(&img, &ReaderOptions::default())
        .expect("read")
        .into_iter()
        .map(|s| s.content.data.bytes)
        .collect()
}

#[test]
fn dot_peen_marks_read_at_any_rotation_pitch_and_dot_size() {
    let mut rng = Rng(0x00D0_7EE7);
    let n = 40;
    let (mut ok, mut failed, mut misread) = (0, Vec::new(), Vec::new());
    for case in 0..n {
        let data = element_string(&mut rng);
        // Every fourth mark rectangular.
        let shape = if case % 4 == 3 {
            ShapePolicy::Rectangular
        } else {
            ShapePolicy::Square
        };
        let (px, side) = mark(&mut rng, &data, shape);
        let got = read(&px, side);
        if got.iter().any(|g| g != &data) {
            misread.push(case);
        }
        if got.contains(&data) {
            ok += 1;
        } else {
            failed.push(case);
        }
        if std::env::var_os("DOT_LATTICE_DUMP").is_some() {
            let name = format!("dotcase-{case:02}.pgm");
            let mut f = format!("P5 {side} {side} 255\n").into_bytes();
            f.extend(&px);
            std::fs::write(std::env::temp_dir().join(name), f).expect("dump");
        }
    }
    println!("{ok}/{n} read; failed {failed:?}");
    assert!(misread.is_empty(), "misreads in cases {misread:?}");
    assert!(ok * 10 >= n * 9, "{ok}/{n} read; failed cases {failed:?}");
}

#[test]
fn light_and_mirrored_dot_peen_marks_read() {
    let mut rng = Rng(0x0111_6e7d);
    for (light, mirror) in [(true, false), (false, true), (true, true), (false, true)] {
        let data = element_string(&mut rng);
        let (px, side) = mark_as(&mut rng, &data, ShapePolicy::Square, light, mirror);
        let img = ImageView::packed(&px, side, side).expect("view");
        let got = Reader::new()
            .read(&img, &ReaderOptions::default())
            .expect("read");
        assert_eq!(got.len(), 1, "light {light} mirror {mirror}");
        let s = &got[0];
        assert_eq!(s.content.data.bytes, data, "light {light} mirror {mirror}");
        assert_eq!(s.mirrored, mirror, "light {light} mirror {mirror}");
    }
}

#[test]
fn scattered_dots_without_a_symbol_read_nothing() {
    let mut rng = Rng(0x5CA7_7E12);
    for _ in 0..4 {
        let side = 360;
        let pitch = rng.range(5.0, 8.0);
        // A dot population on a lattice (every cell a coin flip), no finder or timing.
        let mut dots = Vec::new();
        for r in 0..24 {
            for col in 0..24 {
                if rng.below(2) == 0 {
                    dots.push(Dot {
                        x: 80.0 + pitch * col as f32,
                        y: 80.0 + pitch * r as f32,
                        r: 0.3 * pitch,
                        depth: 80.0,
                    });
                }
            }
        }
        let px = draw(&mut rng, side, &dots, 160.0);
        assert!(read(&px, side).is_empty());
    }
    // Dots strewn at random, dense and sparse.
    for count in [300, 1500] {
        let side = 300;
        let dots: Vec<Dot> = (0..count)
            .map(|_| Dot {
                x: rng.range(0.0, side as f32),
                y: rng.range(0.0, side as f32),
                r: rng.range(1.0, 3.5),
                depth: rng.range(30.0, 90.0),
            })
            .collect();
        let px = draw(&mut rng, side, &dots, 150.0);
        assert!(read(&px, side).is_empty());
    }
}
