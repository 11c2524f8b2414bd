//! `gs1dm epcis`: EPCIS 2.0 documents (JSON-LD, or XML with --xml) for what a line produced.

use std::io::{BufRead, Read};
use std::path::PathBuf;
use std::process::ExitCode;

use gs1_datamatrix::epc::{Epc, GcpLengthProvider, Scheme};
use gs1_datamatrix::epcis::{AggregationEvent, Document, EventId, EventTime, line_events};
use rand_chacha::ChaCha20Rng;
use rand_core::SeedableRng;

use crate::epc::{gcp_source, parse_element_string};

/// Arguments of `gs1dm epcis`.
#[derive(clap::Args)]
pub struct EpcisArgs {
    #[command(subcommand)]
    command: EpcisCommand,
}

#[derive(clap::Subcommand)]
enum EpcisCommand {
    /// Commissioning events (lot and expiry in ILMD) for the packs read from stdin, one element
    /// string per line; with --case also the case's commissioning and the packing aggregation.
    Commission(CommissionArgs),
    /// A packing AggregationEvent: the children read from stdin (element strings or URNs, one per
    /// line) into --parent.
    Aggregate(AggregateArgs),
}

#[derive(clap::Args)]
struct Shared {
    /// Read point and business location: an SGLN URN (urn:epc:id:sgln:CP.LR.EXT).
    #[arg(long, value_name = "SGLN")]
    location: String,
    /// GS1 Company Prefix length (6..12) of the element strings.
    #[arg(long, value_name = "N")]
    gcp_length: Option<usize>,
    /// GS1 Company Prefix length list (GS1 JSON format) instead of --gcp-length.
    #[arg(long, value_name = "FILE")]
    gcp_table: Option<PathBuf>,
    /// Event time with offset, e.g. 2024-03-05T10:15:00.000+01:00 (default: now, UTC); also the
    /// document's creationDate.
    #[arg(long, value_name = "T")]
    time: Option<String>,
    /// Write EPCIS 2.0 XML instead of JSON-LD.
    #[arg(long)]
    xml: bool,
    /// Seed for the random (UUID v4) event IDs, for reproducible output (default: from the OS).
    #[arg(long)]
    seed: Option<u64>,
}

#[derive(clap::Args)]
struct CommissionArgs {
    #[command(flatten)]
    shared: Shared,
    /// Also commission this SSCC case and pack every pack into it (element string or URN).
    #[arg(long, value_name = "SSCC")]
    case: Option<String>,
}

#[derive(clap::Args)]
struct AggregateArgs {
    #[command(flatten)]
    shared: Shared,
    /// The parent case: an SSCC element string `(00)...` or URN `urn:epc:id:sscc:...`.
    #[arg(long, value_name = "SSCC")]
    parent: String,
    /// Unpack (action DELETE, bizStep unpacking) instead of pack.
    #[arg(long)]
    unpack: bool,
}

const MAX_STDIN: u64 = 256 << 20;
const MAX_LINES: usize = 1_000_000;

fn fail(msg: impl std::fmt::Display) -> ExitCode {
    eprintln!("gs1dm epcis: error: {msg}");
    ExitCode::from(1)
}

fn stdin_lines() -> Result<Vec<(usize, String)>, String> {
    let mut text = String::new();
    std::io::stdin()
        .lock()
        .take(MAX_STDIN)
        .read_to_string(&mut text)
        .map_err(|e| format!("cannot read stdin: {e}"))?;
    let mut out = Vec::new();
    for (i, line) in std::io::Cursor::new(text).lines().enumerate() {
        let line = line.map_err(|e| format!("stdin line {}: {e}", i + 1))?;
        let t = line.trim();
        if !t.is_empty() {
            if out.len() >= MAX_LINES {
                return Err(format!("more than {MAX_LINES} lines on stdin"));
            }
            out.push((i + 1, t.to_owned()));
        }
    }
    if out.is_empty() {
        return Err("no element strings on stdin (one per line)".into());
    }
    Ok(out)
}

fn now() -> EventTime {
    let d = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    EventTime::from_unix_utc(d.as_secs(), d.subsec_millis())
}

fn rng(seed: Option<u64>) -> ChaCha20Rng {
    match seed {
        Some(s) => ChaCha20Rng::seed_from_u64(s),
        None => {
            let mut bytes = [0u8; 32];
            let from_os =
                std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut bytes));
            if from_os.is_err() {
                let d = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .unwrap_or_default();
                bytes[..16].copy_from_slice(&d.as_nanos().to_le_bytes());
                bytes[16..20].copy_from_slice(&std::process::id().to_le_bytes());
            }
            ChaCha20Rng::from_seed(bytes)
        }
    }
}

/// An identifier given as a URN, or as an element string (needs the GCP length).
fn identifier(text: &str, gcp: Option<&dyn GcpLengthProvider>, what: &str) -> Result<Epc, String> {
    let text = text.trim();
    if text.starts_with("urn:") {
        return Epc::from_urn(text).map_err(|e| format!("{what}: invalid EPC URN {text:?}: {e}"));
    }
    let es = parse_element_string(text).map_err(|e| format!("{what}: {e}"))?;
    let gcp = gcp.ok_or_else(|| {
        format!(
            "{what}: an element string needs --gcp-length N or --gcp-table FILE (or give a URN)"
        )
    })?;
    Epc::from_element_string_with(&es, gcp).map_err(|e| format!("{what}: {e} [{}]", e.kind()))
}

struct Setup {
    location: Epc,
    time: EventTime,
    gcp: Option<Box<dyn GcpLengthProvider>>,
}

fn setup(s: &Shared) -> Result<Setup, String> {
    let gcp = gcp_source(s.gcp_length, s.gcp_table.as_ref())?;
    let location = Epc::from_urn(s.location.trim())
        .map_err(|e| format!("--location: invalid SGLN URN {:?}: {e}", s.location))?;
    if location.scheme() != Scheme::Sgln {
        return Err(format!(
            "--location must be an SGLN URN (urn:epc:id:sgln:...), got {:?}",
            s.location
        ));
    }
    let time = match &s.time {
        Some(t) => EventTime::parse(t.trim()).map_err(|e| format!("--time {t:?}: {e}"))?,
        None => now(),
    };
    Ok(Setup {
        location,
        time,
        gcp,
    })
}

fn emit(doc: &Document, xml: bool) -> ExitCode {
    if xml {
        match doc.to_xml() {
            Ok(x) => print!("{x}"),
            Err(e) => return fail(e),
        }
    } else {
        print!("{}", doc.to_json());
    }
    ExitCode::SUCCESS
}

fn commission(args: CommissionArgs) -> Result<Document, String> {
    let st = setup(&args.shared)?;
    let gcp = st
        .gcp
        .as_deref()
        .ok_or("commissioning needs --gcp-length N (6..12) or --gcp-table FILE")?;
    let lines = stdin_lines()?;
    let mut packs = Vec::with_capacity(lines.len());
    for (n, line) in &lines {
        packs.push(parse_element_string(line).map_err(|e| format!("stdin line {n}: {e}"))?);
    }
    let case = match &args.case {
        Some(c) => Some(identifier(c, Some(gcp), "--case")?),
        None => None,
    };
    let mut rng = rng(args.shared.seed);
    let events = line_events(
        &packs,
        case.as_ref(),
        &st.location,
        &st.time,
        gcp,
        Some(&mut rng),
    )
    .map_err(|e| match e {
        gs1_datamatrix::epcis::EpcisError::Epc { index, source } if index < lines.len() => {
            format!(
                "stdin line {}: {source} [{}]",
                lines[index].0,
                source.kind()
            )
        }
        other => other.to_string(),
    })?;
    Ok(Document::new(st.time, events))
}

fn aggregate(args: AggregateArgs) -> Result<Document, String> {
    let st = setup(&args.shared)?;
    let parent = identifier(&args.parent, st.gcp.as_deref(), "--parent")?;
    if parent.scheme() != Scheme::Sscc {
        return Err(format!(
            "--parent must be an SSCC, got a {} identifier",
            parent.scheme().name()
        ));
    }
    let lines = if args.unpack {
        stdin_lines().unwrap_or_default()
    } else {
        stdin_lines()?
    };
    let mut children = Vec::with_capacity(lines.len());
    for (n, line) in &lines {
        children.push(identifier(
            line,
            st.gcp.as_deref(),
            &format!("stdin line {n}"),
        )?);
    }
    let b = if args.unpack {
        AggregationEvent::unpacking(st.time.clone(), &parent)
    } else {
        AggregationEvent::packing(st.time.clone(), &parent)
    };
    let mut rng = rng(args.shared.seed);
    let event = b
        .children(&children)
        .read_point(&st.location)
        .and_then(|b| b.biz_location(&st.location))
        .map(|b| b.event_id(EventId::uuid_v4(&mut rng)))
        .and_then(|b| b.build())
        .map_err(|e| e.to_string())?;
    Ok(Document::new(st.time, vec![event.into()]))
}

pub fn run(args: EpcisArgs) -> ExitCode {
    let (result, xml) = match args.command {
        EpcisCommand::Commission(a) => {
            let xml = a.shared.xml;
            (commission(a), xml)
        }
        EpcisCommand::Aggregate(a) => {
            let xml = a.shared.xml;
            (aggregate(a), xml)
        }
    };
    match result {
        Ok(doc) => emit(&doc, xml),
        Err(e) => fail(e),
    }
}
