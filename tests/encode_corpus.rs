//! The shared encode corpus: for every string and every shape policy, our symbol is never larger
//! (by area) than the smallest symbol any peer produced. Prints the worst cases and how many of
//! ours are strictly smaller.

use gs1_datamatrix::encode::{Encoder, ShapePolicy};

const CORPUS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/data/encode/corpus.tsv"
);

fn hex(s: &str) -> Vec<u8> {
    (0..s.len() / 2)
        .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).expect("hex"))
        .collect()
}

fn area(rc: &str) -> Option<usize> {
    let (r, c) = rc.split_once('x')?;
    Some(r.parse::<usize>().ok()? * c.parse::<usize>().ok()?)
}

#[test]
fn never_larger_than_best_peer() {
    let text =
        std::fs::read_to_string(CORPUS).unwrap_or_else(|e| panic!("{CORPUS} is required: {e}"));
    let policies = [
        ("square", 4, ShapePolicy::Square),
        ("rect", 6, ShapePolicy::Rectangular),
        ("square-or-rect", 8, ShapePolicy::SquareOrRectangular),
        ("dmre", 10, ShapePolicy::WithDmre),
    ];
    let mut encoders: Vec<Encoder> = policies
        .iter()
        .map(|p| Encoder::new().gs1(true).shape(p.2))
        .collect();
    let mut larger = Vec::new();
    let mut rows = 0;
    for line in text.lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        assert!(f.len() >= 13, "bad corpus line {line}");
        rows += 1;
        let data = hex(f[3]);
        for (k, &(name, col, _)) in policies.iter().enumerate() {
            let best = f[col];
            let ours = encoders[k].encode(&data);
            match (area(best), ours) {
                (Some(b), Ok(sym)) => {
                    let a = sym.rows() * sym.cols();
                    larger.push((
                        name,
                        f[1],
                        a as i64 - b as i64,
                        best.to_string(),
                        sym.size().to_string(),
                        a < b,
                    ));
                }
                (Some(_), Err(e)) => panic!("{} {name}: peers fit {best}, we failed: {e}", f[1]),
                (None, _) => {} // no peer fitted this shape: nothing to beat
            }
        }
    }
    assert_eq!(rows, 2100, "corpus rows");
    let mut summary = String::new();
    for &(name, _, _) in &policies {
        let of: Vec<_> = larger.iter().filter(|r| r.0 == name).collect();
        let smaller = of.iter().filter(|r| r.5).count();
        let worse = of.iter().filter(|r| r.2 > 0).count();
        summary += &format!(
            "{name}: {} strings, {smaller} strictly smaller, {worse} larger\n",
            of.len()
        );
    }
    println!("{summary}");
    let mut bad: Vec<_> = larger.iter().filter(|r| r.2 > 0).collect();
    bad.sort_by_key(|r| -r.2);
    for r in bad.iter().take(20) {
        println!("LARGER {} {}: ours {} vs best {}", r.0, r.1, r.4, r.3);
    }
    assert!(
        bad.is_empty(),
        "{} symbols larger than the best peer\n{summary}",
        bad.len()
    );
}
