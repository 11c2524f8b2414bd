//! `gs1dm encode`: a bracketed GS1 element string (or raw bytes) -> a DataMatrix symbol as PNG,
//! SVG, PBM, text or JSON; `--batch` encodes one input per line.

use std::fs::File;
use std::io::{BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use gs1_datamatrix::encode::{Encoder, ShapePolicy, Symbol, SymbolSize};
use gs1_datamatrix::gs1::{self, ElementString};
use gs1_datamatrix::matrix::{ModuleGrid, placement};
use gs1_datamatrix::render::{self, Layout, Pbm, Render, Svg, Text, TextStyle};

/// Arguments of `gs1dm encode`.
#[derive(clap::Args)]
pub struct EncodeArgs {
    /// Bracketed GS1 element string, e.g. "(01)09506000134352(10)ABC"; plain bytes with --raw.
    #[arg(required_unless_present = "batch")]
    data: Option<String>,
    /// Output file; the format follows the extension (.png, .svg, .pbm, .txt).
    #[arg(short = 'o', long = "output")]
    output: Option<PathBuf>,
    /// Which symbol sizes may be chosen.
    #[arg(long, value_enum, default_value = "square")]
    shape: Shape,
    /// Exact symbol size as ROWSxCOLS (e.g. 24x24, 16x48, 8x64).
    #[arg(long)]
    size: Option<String>,
    /// Pixels (dots) per module for image output (default 4).
    #[arg(long, conflicts_with_all = ["dpi", "x_dim"])]
    module_px: Option<u32>,
    /// Printer resolution in dots per inch (with --x-dim).
    #[arg(long, requires = "x_dim")]
    dpi: Option<u32>,
    /// Wanted X-dimension (module size) in millimetres (with --dpi); rounded to whole dots.
    #[arg(long = "x-dim", requires = "dpi")]
    x_dim: Option<f64>,
    /// Quiet zone in modules on every side.
    #[arg(long, default_value_t = 1)]
    quiet_zone: u32,
    /// DATA is plain bytes, not a GS1 element string (no FNC1).
    #[arg(long)]
    raw: bool,
    /// Print a JSON object (rows, cols, size, data_codewords, modules, ...) instead of text.
    #[arg(long)]
    json: bool,
    /// Encode each line of FILE ("-" = stdin): with --json one object per line on stdout,
    /// otherwise one file per line into --out-dir.
    #[arg(long, value_name = "FILE")]
    batch: Option<PathBuf>,
    /// Directory for --batch output files (named after the line number).
    #[arg(long, value_name = "DIR")]
    out_dir: Option<PathBuf>,
    /// Output format for --batch files and stdout (default: from -o, else txt / png in --out-dir).
    #[arg(long, value_enum)]
    format: Option<Format>,
    /// Draw light modules dark and dark light.
    #[arg(long)]
    invert: bool,
    /// In GS1 mode, keep GS characters literal instead of FNC1 separators.
    #[arg(long)]
    literal_gs: bool,
    /// ECI designator to put in front of the data.
    #[arg(long)]
    eci: Option<u32>,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Shape {
    Square,
    Rect,
    SquareOrRect,
    Dmre,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    Png,
    Svg,
    Pbm,
    Txt,
    /// Unicode half blocks for a terminal.
    Blocks,
}

impl Format {
    fn from_path(p: &Path) -> Option<Format> {
        match p.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "png" => Some(Format::Png),
            "svg" => Some(Format::Svg),
            "pbm" => Some(Format::Pbm),
            "txt" => Some(Format::Txt),
            _ => None,
        }
    }
    fn ext(self) -> &'static str {
        match self {
            Format::Png => "png",
            Format::Svg => "svg",
            Format::Pbm => "pbm",
            Format::Txt | Format::Blocks => "txt",
        }
    }
}

/// Everything that stays the same for every input of one run.
struct Job {
    encoder: Encoder,
    raw: bool,
    gs1_opts: gs1::Options,
    es: ElementString,
    layout: Layout,
    x_um: Option<u32>,
    json: bool,
    /// Cached size-dependent JSON fields, one entry per size seen.
    heads: Vec<(SymbolSize, Vec<u8>)>,
    /// Cached JSON templates of the `--batch --json` fast path, one per size seen.
    json_maps: Vec<JsonMap>,
    /// Where the fast path draws a symbol's JSON body: indexable by any `u16`.
    canvas: Box<[u8; 1 << 16]>,
}

/// The `--json` text of one size, built once: the size-dependent head, the
/// `,"modules":["…",…]}` tail with pattern modules drawn and data modules `0`, and for each codeword
/// bit (codeword `cw`, bit `7 - k` at `pos[cw][k]`) the offset of its character in the tail.
struct JsonMap {
    size: SymbolSize,
    head: Vec<u8>,
    body: Vec<u8>,
    pos: Vec<[u16; 8]>,
}

impl JsonMap {
    fn new(size: SymbolSize, head: Vec<u8>) -> Self {
        let (rows, cols) = (size.rows(), size.cols());
        let mut body = Vec::with_capacity(rows * (cols + 3) + 16);
        body.extend_from_slice(b",\"modules\":[");
        let first = body.len();
        let stride = cols + 3; // "…",
        for r in 0..rows {
            body.push(b'"');
            body.extend((0..cols).map(|c| {
                if placement::pattern_module(size, r, c) == Some(true) {
                    b'1'
                } else {
                    b'0'
                }
            }));
            body.push(b'"');
            if r + 1 < rows {
                body.push(b',');
            }
        }
        body.extend_from_slice(b"]}");
        let at = |r: usize, c: usize| first + r * stride + 1 + c;
        if let Some(dark) = placement::fixed_corner(size) {
            for (r, c) in dark {
                if let Some(m) = body.get_mut(at(r, c)) {
                    *m = b'1';
                }
            }
        }
        // Offsets stay below 144 * 147 + 16 (the largest size), so they fit a u16.
        let mut pos = vec![[u16::MAX; 8]; size.total_codewords()];
        placement::for_each_module(size, |cw, bit, r, c| {
            if let Some(p) = pos
                .get_mut(cw)
                .and_then(|b| b.get_mut(7 - usize::from(bit & 7)))
            {
                *p = at(r, c) as u16;
            }
        });
        JsonMap {
            size,
            head,
            body,
            pos,
        }
    }
}

/// Reused buffers of the batch fast path (JSON without files): no per-line allocation.
#[derive(Default)]
struct Scratch {
    codewords: Vec<u8>,
    modules: Vec<u8>,
}

/// One input's failure, already worded for the user.
struct Failure(String);

impl Job {
    fn encode(&mut self, input: &str) -> Result<Symbol, Failure> {
        if self.raw {
            return self
                .encoder
                .encode(input.as_bytes())
                .map_err(|e| Failure(e.to_string()));
        }
        self.es
            .parse_bracketed_into(input, &self.gs1_opts)
            .map_err(|e| Failure(describe_gs1(&e)))?;
        self.encoder
            .encode_element_string(&self.es)
            .map_err(|e| Failure(e.to_string()))
    }

    /// Encodes `input` into `scratch.codewords` without building a [`Symbol`] or its modules.
    fn encode_fast(&mut self, input: &str, scratch: &mut Scratch) -> Result<SymbolSize, Failure> {
        let size = if self.raw {
            self.encoder
                .encode_into(input.as_bytes(), &mut scratch.codewords)
        } else {
            self.es
                .parse_bracketed_into(input, &self.gs1_opts)
                .map_err(|e| Failure(describe_gs1(&e)))?;
            scratch.modules.clear();
            self.es.write_gs_separated(&mut scratch.modules);
            self.encoder
                .encode_into(&scratch.modules, &mut scratch.codewords)
        }
        .map_err(|e| Failure(e.to_string()))?;
        Ok(size)
    }

    /// Appends the JSON object (one line, no newline) of a `size` symbol holding `codewords` to
    /// `out` through the cached [`JsonMap`] of the size: one copy of the text template, then one
    /// store per codeword bit.
    fn write_json_codewords(
        &mut self,
        size: SymbolSize,
        codewords: &[u8],
        line: usize,
        out: &mut Vec<u8>,
    ) {
        let idx = match self.json_maps.iter().position(|m| m.size == size) {
            Some(i) => i,
            None => {
                let mut head = Vec::new();
                self.write_json_head(size, &mut head);
                self.json_maps.push(JsonMap::new(size, head));
                self.json_maps.len() - 1
            }
        };
        let Some(map) = self.json_maps.get(idx) else {
            return;
        };
        out.extend_from_slice(b"{\"line\":");
        push_decimal(out, line);
        out.push(b',');
        out.extend_from_slice(&map.head);
        // The modules are drawn on a 64 KiB canvas, which every `u16` offset is inside of, so the
        // stores need no bounds check; then the body is appended in one copy.
        let canvas = &mut *self.canvas;
        let len = map.body.len().min(canvas.len());
        if let (Some(dst), Some(src)) = (canvas.get_mut(..len), map.body.get(..len)) {
            dst.copy_from_slice(src);
        }
        for (&cw, bits) in codewords.iter().zip(map.pos.iter()) {
            // The eight characters of the codeword, most significant bit in the low byte.
            let mut chars = BIT_CHARS[usize::from(cw)];
            for &p in bits {
                canvas[usize::from(p)] = chars as u8;
                chars >>= 8;
            }
        }
        out.extend_from_slice(canvas.get(..len).unwrap_or(&[]));
    }

    /// Appends the JSON object of `sym` (one line, no newline) to `out`.
    fn write_json(
        &mut self,
        sym: &Symbol,
        line: Option<usize>,
        file: Option<&Path>,
        out: &mut Vec<u8>,
    ) {
        let cols = sym.cols();
        let mut modules = Vec::with_capacity(sym.rows() * cols);
        for r in 0..sym.rows() {
            modules.extend((0..cols).map(|c| u8::from(sym.dark(r, c))));
        }
        self.write_json_modules(sym.size(), &modules, line, file, out);
    }

    /// Appends the size-dependent part of a JSON object (`"rows"` up to `x_dim_mm`) to `out`.
    fn write_json_head(&self, size: SymbolSize, out: &mut Vec<u8>) {
        let _ = write!(
            out,
            "\"rows\":{},\"cols\":{},\"size\":\"{}x{}\",\"data_codewords\":{},\"ecc_codewords\":{},\"module_px\":{},\"quiet_zone\":{}",
            size.rows(),
            size.cols(),
            size.rows(),
            size.cols(),
            size.data_codewords(),
            size.ecc_codewords(),
            self.layout.module_dots,
            self.layout.quiet_zone
        );
        if let Some(x) = self.x_um {
            let _ = write!(out, ",\"x_dim_mm\":{}", f64::from(x) / 1000.0);
        }
    }

    /// Appends the JSON object of a `size` symbol with 0/1 `modules` (row-major) to `out`.
    fn write_json_modules(
        &mut self,
        size: SymbolSize,
        modules: &[u8],
        line: Option<usize>,
        file: Option<&Path>,
        out: &mut Vec<u8>,
    ) {
        out.push(b'{');
        if let Some(n) = line {
            out.extend_from_slice(b"\"line\":");
            push_decimal(out, n);
            out.push(b',');
        }
        if let Some((_, head)) = self.heads.iter().find(|(s, _)| *s == size) {
            out.extend_from_slice(head);
        } else {
            let mut head = Vec::new();
            self.write_json_head(size, &mut head);
            out.extend_from_slice(&head);
            self.heads.push((size, head));
        }
        if let Some(f) = file {
            out.extend_from_slice(b",\"file\":");
            let _ = serde_json::to_writer(&mut *out, &f.to_string_lossy());
        }
        out.extend_from_slice(b",\"modules\":[");
        let cols = size.cols().max(1);
        out.reserve(modules.len() + 3 * size.rows() + 2);
        for (r, row) in modules.chunks(cols).enumerate() {
            if r > 0 {
                out.push(b',');
            }
            out.push(b'"');
            let start = out.len();
            out.extend_from_slice(row);
            // 0/1 -> '0'/'1' in one pass over the row (vectorised).
            for m in out.iter_mut().skip(start) {
                *m |= b'0';
            }
            out.push(b'"');
        }
        out.extend_from_slice(b"]}");
    }
}

/// For each codeword value, its bits as the characters `0`/`1`, most significant bit first, in the
/// bytes of a `u64` from the lowest up (one load per codeword in the JSON fast path).
static BIT_CHARS: [u64; 256] = bit_chars();

const fn bit_chars() -> [u64; 256] {
    let mut t = [0u64; 256];
    let mut v = 0usize;
    while v < 256 {
        let mut k = 0;
        let mut x = 0u64;
        while k < 8 {
            x |= ((b'0' | ((v >> (7 - k)) & 1) as u8) as u64) << (8 * k);
            k += 1;
        }
        t[v] = x;
        v += 1;
    }
    t
}

/// Appends the decimal digits of `n` to `out` (per line, so no formatting machinery).
fn push_decimal(out: &mut Vec<u8>, mut n: usize) {
    let mut digits = [0u8; 20];
    let mut k = digits.len();
    loop {
        k -= 1;
        if let Some(d) = digits.get_mut(k) {
            *d = b'0' + (n % 10) as u8;
        }
        n /= 10;
        if n == 0 || k == 0 {
            break;
        }
    }
    out.extend_from_slice(digits.get(k..).unwrap_or(&[]));
}

/// The GS1 layer's message already names the AI and the byte span inside its value, e.g.
/// "AI (17): the month is not 01-12 (value bytes 2..4)".
fn describe_gs1(e: &gs1::Gs1Error) -> String {
    e.to_string()
}

fn parse_size(s: &str) -> Option<SymbolSize> {
    let (r, c) = s.split_once(['x', 'X'])?;
    SymbolSize::from_dimensions(r.trim().parse().ok()?, c.trim().parse().ok()?)
}

fn render_to(
    sym: &Symbol,
    format: Format,
    layout: &Layout,
    out: &mut Vec<u8>,
) -> Result<(), String> {
    let r = match format {
        Format::Svg => Svg.render(sym, layout, out),
        Format::Pbm => Pbm.render(sym, layout, out),
        Format::Txt => Text {
            style: TextStyle::Binary,
        }
        .render(sym, layout, out),
        Format::Blocks => Text {
            style: TextStyle::Blocks,
        }
        .render(sym, layout, out),
        Format::Png => render::Png.render(sym, layout, out),
    };
    r.map_err(|e| e.to_string())
}

pub fn run(args: EncodeArgs) -> ExitCode {
    match setup(&args) {
        Ok(job) => {
            if let Some(batch) = &args.batch {
                run_batch(job, &args, batch)
            } else {
                run_one(job, &args)
            }
        }
        Err(msg) => {
            eprintln!("gs1dm encode: {msg}");
            ExitCode::from(2)
        }
    }
}

fn setup(args: &EncodeArgs) -> Result<Job, String> {
    let shape = match args.shape {
        Shape::Square => ShapePolicy::Square,
        Shape::Rect => ShapePolicy::Rectangular,
        Shape::SquareOrRect => ShapePolicy::SquareOrRectangular,
        Shape::Dmre => ShapePolicy::WithDmre,
    };
    let mut encoder = Encoder::new()
        .shape(shape)
        .gs1(!args.raw)
        .literal_gs(args.literal_gs)
        .eci(args.eci);
    if let Some(s) = &args.size {
        let size = parse_size(s)
            .ok_or_else(|| format!("--size {s}: not a DataMatrix size (e.g. 24x24, 16x48)"))?;
        encoder = encoder.size(size);
    }
    let mut layout = Layout {
        module_dots: args.module_px.unwrap_or(4).max(1),
        quiet_zone: args.quiet_zone,
        invert: args.invert,
    };
    let mut x_um = None;
    if let (Some(dpi), Some(x)) = (args.dpi, args.x_dim) {
        if !(x.is_finite() && x > 0.0 && x < 100.0) {
            return Err(format!(
                "--x-dim {x}: expected a size in mm between 0 and 100"
            ));
        }
        let p = Layout::for_print(dpi, (x * 1000.0).round() as u32).map_err(|e| e.to_string())?;
        layout.module_dots = p.module_dots;
        x_um = Some(p.x_um);
        if args.batch.is_none() {
            eprintln!(
                "{} dots per module at {dpi} dpi: X-dimension printed {:.4} mm (asked {x} mm)",
                p.module_dots,
                f64::from(p.x_um) / 1000.0
            );
        }
    }
    Ok(Job {
        encoder,
        raw: args.raw,
        gs1_opts: gs1::Options::default(),
        es: ElementString::new(),
        layout,
        x_um,
        json: args.json,
        heads: Vec::new(),
        json_maps: Vec::new(),
        canvas: Box::new([0; 1 << 16]),
    })
}

fn run_one(mut job: Job, args: &EncodeArgs) -> ExitCode {
    let data = args.data.as_deref().unwrap_or("");
    let sym = match job.encode(data) {
        Ok(s) => s,
        Err(Failure(msg)) => {
            eprintln!("gs1dm encode: {msg}");
            return ExitCode::from(1);
        }
    };
    let mut buf = Vec::new();
    if let Some(path) = &args.output {
        let format = args
            .format
            .or_else(|| Format::from_path(path))
            .unwrap_or(Format::Png);
        if let Err(e) = render_to(&sym, format, &job.layout, &mut buf)
            .and_then(|()| std::fs::write(path, &buf).map_err(|e| e.to_string()))
        {
            eprintln!("gs1dm encode: {}: {e}", path.display());
            return ExitCode::from(1);
        }
        buf.clear();
    }
    if job.json {
        job.write_json(&sym, None, args.output.as_deref(), &mut buf);
        buf.push(b'\n');
    } else if args.output.is_none()
        && let Err(e) = render_to(
            &sym,
            args.format.unwrap_or(Format::Txt),
            &job.layout,
            &mut buf,
        )
    {
        eprintln!("gs1dm encode: {e}");
        return ExitCode::from(1);
    }
    let mut stdout = std::io::stdout().lock();
    if stdout
        .write_all(&buf)
        .and_then(|()| stdout.flush())
        .is_err()
    {
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}

fn run_batch(mut job: Job, args: &EncodeArgs, batch: &Path) -> ExitCode {
    let mut reader: Box<dyn Read> = if batch.as_os_str() == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        match File::open(batch) {
            Ok(f) => Box::new(f),
            Err(e) => {
                eprintln!("gs1dm encode: {}: {e}", batch.display());
                return ExitCode::from(2);
            }
        }
    };
    let format = args.format.unwrap_or(if cfg!(feature = "image") {
        Format::Png
    } else {
        Format::Svg
    });
    if !job.json {
        let Some(dir) = &args.out_dir else {
            eprintln!("gs1dm encode: --batch needs --json or --out-dir DIR");
            return ExitCode::from(2);
        };
        if let Err(e) = std::fs::create_dir_all(dir) {
            eprintln!("gs1dm encode: {}: {e}", dir.display());
            return ExitCode::from(2);
        }
    }
    let mut batcher = Batcher {
        stdout: BufWriter::with_capacity(1 << 16, std::io::stdout().lock()),
        buf: Vec::with_capacity(1 << 14),
        path: PathBuf::new(),
        failed: 0,
        n: 0,
        scratch: Scratch::default(),
        format,
    };
    // Lines are split out of large blocks read straight from the input: no per-line read call,
    // copy or allocation. A partial last line moves to the front before the next read.
    let mut block: Vec<u8> = vec![0; BLOCK];
    let mut filled = 0usize;
    let mut eof = false;
    while !eof || filled > 0 {
        if !eof && filled < block.len() {
            match reader.read(block.get_mut(filled..).unwrap_or(&mut [])) {
                Ok(0) => eof = true,
                Ok(k) => filled += k,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    eprintln!("gs1dm encode: {}: {e}", batch.display());
                    batcher.failed += 1;
                    eof = true;
                }
            }
        }
        let data = block.get(..filled).unwrap_or(&[]);
        let mut used = 0usize;
        while let Some(nl) = data
            .get(used..)
            .and_then(|rest| rest.iter().position(|&b| b == b'\n'))
        {
            let line = data.get(used..used + nl).unwrap_or(&[]);
            used += nl + 1;
            if !batcher.line(&mut job, args, line) {
                return ExitCode::from(1);
            }
        }
        if used == 0 && (eof || filled == block.len()) && filled > 0 {
            // The last line has no newline, or a line is longer than the block: take it whole.
            if filled == block.len() && !eof {
                block.resize(block.len() * 2, 0);
                continue;
            }
            if !batcher.line(&mut job, args, data) {
                return ExitCode::from(1);
            }
            used = filled;
        }
        block.copy_within(used..filled, 0);
        filled -= used;
    }
    if batcher.stdout.flush().is_err() || batcher.failed > 0 {
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}

/// Bytes read at once by `--batch`.
const BLOCK: usize = 1 << 20;

/// The state of one `--batch` run across its lines.
struct Batcher<'a> {
    stdout: BufWriter<std::io::StdoutLock<'a>>,
    buf: Vec<u8>,
    path: PathBuf,
    failed: usize,
    n: usize,
    scratch: Scratch,
    format: Format,
}

impl Batcher<'_> {
    /// Encodes one input line (newline excluded) and writes its result; `false` when stdout
    /// failed (the run stops).
    fn line(&mut self, job: &mut Job, args: &EncodeArgs, raw: &[u8]) -> bool {
        self.n += 1;
        let n = self.n;
        let mut raw = raw;
        while let Some(r) = raw.strip_suffix(b"\r") {
            raw = r;
        }
        let buf = &mut self.buf;
        buf.clear();
        let Ok(input) = std::str::from_utf8(raw) else {
            self.failed += 1;
            let msg = "the line is not UTF-8";
            eprintln!("gs1dm encode: line {n}: {msg}");
            if job.json {
                let input = String::from_utf8_lossy(raw);
                let obj = serde_json::json!({ "line": n, "input": input, "error": msg });
                let _ = serde_json::to_writer(&mut *buf, &obj);
                buf.push(b'\n');
            }
            return self.stdout.write_all(buf).is_ok();
        };
        if args.out_dir.is_none() {
            // --json only: the allocation-free path.
            match job.encode_fast(input, &mut self.scratch) {
                Ok(size) => {
                    job.write_json_codewords(size, &self.scratch.codewords, n, buf);
                    buf.push(b'\n');
                }
                Err(Failure(msg)) => {
                    self.failed += 1;
                    eprintln!("gs1dm encode: line {n}: {msg}");
                    let obj = serde_json::json!({ "line": n, "input": input, "error": msg });
                    let _ = serde_json::to_writer(&mut *buf, &obj);
                    buf.push(b'\n');
                }
            }
            return self.stdout.write_all(buf).is_ok();
        }
        match job.encode(input) {
            Ok(sym) => {
                let mut file = None;
                if let Some(dir) = &args.out_dir {
                    let path = &mut self.path;
                    path.clear();
                    path.push(dir);
                    path.push(format!("{n:05}.{}", self.format.ext()));
                    if let Err(e) = render_to(&sym, self.format, &job.layout, buf)
                        .and_then(|()| std::fs::write(&*path, &*buf).map_err(|e| e.to_string()))
                    {
                        eprintln!("gs1dm encode: line {n}: {}: {e}", path.display());
                        self.failed += 1;
                        return true;
                    }
                    buf.clear();
                    file = Some(path.as_path());
                }
                if job.json {
                    job.write_json(&sym, Some(n), file, buf);
                    buf.push(b'\n');
                }
            }
            Err(Failure(msg)) => {
                self.failed += 1;
                eprintln!("gs1dm encode: line {n}: {msg}");
                if job.json {
                    let obj = serde_json::json!({ "line": n, "input": input, "error": msg });
                    let _ = serde_json::to_writer(&mut *buf, &obj);
                    buf.push(b'\n');
                }
            }
        }
        self.stdout.write_all(buf).is_ok()
    }
}
