//! `gs1dm decode`: decode DataMatrix symbols from pure images (`--pure`) or text module
//! matrices (`--matrix`), printing text or one JSON object per file (`--json`).

use std::path::PathBuf;
use std::process::ExitCode;

use gs1_datamatrix::decode::{DecodedSymbol, decode_grid};
use gs1_datamatrix::matrix::BitMatrix;

/// Arguments of `gs1dm decode`.
#[derive(clap::Args)]
pub struct DecodeArgs {
    /// Files to decode (images, or text grids with --matrix).
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Images are clean and axis-aligned (generated files, flat scans): sample the module grid
    /// directly from the finder and timing pattern.
    #[arg(long, conflicts_with = "matrix")]
    pure: bool,
    /// Files are text grids of `0`/`1` rows (`1` = dark), finder pattern included.
    #[arg(long)]
    matrix: bool,
    /// Print one JSON object per file.
    #[arg(long)]
    json: bool,
}

/// Decodes one file into its symbols, or a message saying why it could not be read.
fn decode_file(path: &PathBuf, args: &DecodeArgs) -> Result<Vec<DecodedSymbol>, String> {
    if args.matrix {
        let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read: {e}"))?;
        let grid = BitMatrix::from_text(&text).map_err(|e| e.to_string())?;
        return decode_grid(&grid)
            .map(|s| vec![s])
            .map_err(|e| e.to_string());
    }
    if args.pure {
        return decode_pure(path);
    }
    // Non-pure images go through `read_file` (see `run`).
    Err("internal: camera images are read by read_file".into())
}

// ---- image reader (read/): camera images without --pure; each symbol also gets `corners` ----

/// One symbol and, when it came from the image reader, its corners in image pixels.
type Found = (DecodedSymbol, Option<[[f32; 2]; 4]>);

/// Reads every symbol of a camera image with the image reader.
#[cfg(feature = "image")]
fn read_file(path: &PathBuf) -> Result<Vec<Found>, String> {
    use gs1_datamatrix::read::{ImageView, Reader, ReaderOptions};
    let img = image::open(path)
        .map_err(|e| format!("cannot open image: {e}"))?
        .to_luma8();
    let view = ImageView::from(&img);
    let syms = Reader::new()
        .read(&view, &ReaderOptions::default())
        .map_err(|e| e.to_string())?;
    if syms.is_empty() {
        return Err("no DataMatrix symbol found".into());
    }
    Ok(syms
        .into_iter()
        .map(|s| (s.content, Some(s.corners.map(|p| [p.x, p.y]))))
        .collect())
}

#[cfg(not(feature = "image"))]
fn read_file(_path: &PathBuf) -> Result<Vec<Found>, String> {
    Err("this build has no image support (feature `image`)".into())
}

fn decode_or_read(path: &PathBuf, args: &DecodeArgs) -> Result<Vec<Found>, String> {
    if args.pure || args.matrix {
        decode_file(path, args).map(|v| v.into_iter().map(|s| (s, None)).collect())
    } else {
        read_file(path)
    }
}

fn found_json((s, corners): &Found) -> serde_json::Value {
    let mut v = symbol_json(s);
    if let (Some(c), Some(obj)) = (corners, v.as_object_mut()) {
        let round = |x: f32| (f64::from(x) * 10.0).round() / 10.0;
        let pts: Vec<[f64; 2]> = c.iter().map(|p| [round(p[0]), round(p[1])]).collect();
        obj.insert("corners".into(), serde_json::json!(pts));
    }
    v
}
// ---- end image reader ----

#[cfg(feature = "image")]
fn decode_pure(path: &PathBuf) -> Result<Vec<DecodedSymbol>, String> {
    use gs1_datamatrix::matrix::pure::{LumaView, sample_pure_all};
    let img = image::open(path)
        .map_err(|e| format!("cannot open image: {e}"))?
        .to_luma8();
    let (w, h) = (img.width() as usize, img.height() as usize);
    let view = LumaView::new(img.as_raw(), w, h, w).map_err(|e| e.to_string())?;
    let mut first_err = None;
    for invert in [false, true] {
        match sample_pure_all(&view, invert) {
            Ok(grids) => {
                for g in grids {
                    match decode_grid(&g) {
                        Ok(s) => return Ok(vec![s]),
                        Err(e) => {
                            first_err.get_or_insert(e.to_string());
                        }
                    }
                }
            }
            Err(e) => {
                first_err.get_or_insert(e.to_string());
            }
        }
    }
    Err(first_err.unwrap_or_default())
}

#[cfg(not(feature = "image"))]
fn decode_pure(_path: &PathBuf) -> Result<Vec<DecodedSymbol>, String> {
    Err("this build has no image support (feature `image`)".into())
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn symbol_json(s: &DecodedSymbol) -> serde_json::Value {
    serde_json::json!({
        "text": s.text(),
        "bytes_hex": hex(s.bytes()),
        "symbology_id": s.symbology_id(),
        "gs1": s.is_gs1(),
        "hri": s.hri(),
        "size": format!("{}x{}", s.size.rows(), s.size.cols()),
        "uec": (s.uec() * 1000.0).round() / 1000.0,
        "corrected": s.corrections.corrected(),
        "mirrored": s.mirrored,
        "gs1_error": match &s.gs1 { Some(Err(e)) => Some(e.to_string()), _ => None },
        // Why `text` is only a lossy display (unknown ECI, unsupported or invalid text); null
        // when `text` is the exact conversion of the ECI segments to UTF-8.
        "text_error": s.utf8().err().map(|e| e.to_string()),
    })
}

/// Runs `gs1dm decode`: exit 0 when every file gave a symbol, 1 otherwise.
pub fn run(args: DecodeArgs) -> ExitCode {
    let mut all_ok = true;
    for path in &args.files {
        let result = decode_or_read(path, &args);
        let name = path.display().to_string();
        if args.json {
            let obj = match &result {
                Ok(syms) => {
                    serde_json::json!({ "file": name, "symbols": syms.iter().map(found_json).collect::<Vec<_>>() })
                }
                Err(e) => serde_json::json!({ "file": name, "symbols": [], "error": e }),
            };
            println!("{obj}");
        } else {
            match &result {
                Ok(syms) => {
                    for (s, _) in syms {
                        let shown = s
                            .hri()
                            .unwrap_or_else(|| s.text().escape_debug().to_string());
                        println!(
                            "{name}: {} {shown} [{}x{}, uec {:.2}, corrected {}]",
                            s.symbology_id(),
                            s.size.rows(),
                            s.size.cols(),
                            s.uec(),
                            s.corrections.corrected()
                        );
                    }
                }
                Err(e) => eprintln!("{name}: {e}"),
            }
        }
        all_ok &= result.is_ok_and(|s| !s.is_empty());
    }
    if all_ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
