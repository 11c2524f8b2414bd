//! `gs1dm epc`: element string + GS1 Company Prefix length <-> EPC URN (and Digital Link, tag URI, hex).

use std::path::PathBuf;
use std::process::ExitCode;

use gs1_datamatrix::epc::{Epc, GcpLength, GcpLengthProvider, GcpPrefixTable, Scheme, TagEncoding};
use gs1_datamatrix::gs1::{self, ElementString, Options};
use serde_json::{Value, json};

/// Arguments of `gs1dm epc`.
#[derive(clap::Args)]
#[command(
    after_help = "Examples:\n  gs1dm epc --gcp-length 7 '(01)80614141123458(21)6789'\n  \
                        gs1dm epc --from urn:epc:id:sgtin:0614141.812345.6789"
)]
pub struct EpcArgs {
    /// GS1 Company Prefix length (6..12): it is not in the element string, so it must be given
    /// (or looked up with --gcp-table).
    #[arg(long, value_name = "N")]
    gcp_length: Option<usize>,
    /// GS1 Company Prefix length list in GS1's JSON format ({"GCPPrefixFormatList":{"entry":[...]}}).
    #[arg(long, value_name = "FILE")]
    gcp_table: Option<PathBuf>,
    /// Convert this EPC URN back to an element string (a Digital Link URI also works, with --gcp-length).
    #[arg(long, value_name = "URN", conflicts_with = "data")]
    from: Option<String>,
    /// The scheme to build (sgtin, sscc, sgln, grai, giai, gsrn, gsrnp, gdti, lgtin, sgtin_idpat);
    /// default: inferred from the AIs.
    #[arg(long)]
    scheme: Option<String>,
    /// Filter value (0..7) of the tag URI and hex.
    #[arg(long, default_value_t = 3)]
    filter: u8,
    /// The element string: bracketed `(01)...(21)...`, `^`-separated, or a Digital Link URI.
    #[arg(value_name = "DATA", required_unless_present = "from")]
    data: Option<String>,
}

fn fail(msg: impl std::fmt::Display) -> ExitCode {
    eprintln!("gs1dm epc: error: {msg}");
    ExitCode::from(1)
}

/// Loads the GCP length source: a table file, a fixed length, or none.
pub(crate) fn gcp_source(
    length: Option<usize>,
    table: Option<&PathBuf>,
) -> Result<Option<Box<dyn GcpLengthProvider>>, String> {
    if let Some(path) = table {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read GCP length list {}: {e}", path.display()))?;
        let t = GcpPrefixTable::from_gs1_json(&text)
            .map_err(|e| format!("GCP length list {}: {e}", path.display()))?;
        return Ok(Some(Box::new(t)));
    }
    match length {
        Some(n) => GcpLength::new(n)
            .map(|g| Some(Box::new(g) as Box<dyn GcpLengthProvider>))
            .map_err(|e| format!("--gcp-length: {e}")),
        None => Ok(None),
    }
}

/// Parses an element string in any of the GS1 layer's text forms.
pub(crate) fn parse_element_string(input: &str) -> Result<ElementString, String> {
    let opts = Options::default();
    let input = input.trim();
    let parsed = if input.starts_with('(') {
        ElementString::parse_bracketed(input, &opts)
    } else {
        gs1::parse_data(input, &opts).and_then(|m| match m.elements() {
            Some(es) => Ok(es.clone()),
            None => ElementString::parse_bracketed(input, &opts),
        })
    };
    parsed.map_err(|e| format!("invalid element string {input:?}: {e}"))
}

fn tag_fields(epc: &Epc, filter: u8) -> (Value, Value, Value, Value) {
    let (first, second) = match epc.scheme() {
        Scheme::Sgtin => (Some(TagEncoding::Sgtin96), Some(TagEncoding::Sgtin198)),
        Scheme::Sscc => (Some(TagEncoding::Sscc96), None),
        _ => (None, None),
    };
    let pick = |enc: Option<TagEncoding>| {
        enc.and_then(|e| {
            Some((
                epc.to_tag_uri(e, filter).ok()?,
                epc.to_tag_hex(e, filter).ok()?,
            ))
        })
    };
    // The preferred tag: SGTIN-96 where the serial fits, else SGTIN-198.
    let preferred = pick(first).or_else(|| pick(second));
    let s198 = if epc.scheme() == Scheme::Sgtin {
        pick(second)
    } else {
        None
    };
    let v = |o: Option<String>| o.map_or(Value::Null, Value::String);
    (
        v(preferred.as_ref().map(|p| p.0.clone())),
        v(preferred.map(|p| p.1)),
        v(s198.as_ref().map(|p| p.0.clone())),
        v(s198.map(|p| p.1)),
    )
}

pub fn run(args: EpcArgs) -> ExitCode {
    if args.filter > 7 {
        return fail(format_args!("--filter {} is above 7", args.filter));
    }
    let gcp = match gcp_source(args.gcp_length, args.gcp_table.as_ref()) {
        Ok(g) => g,
        Err(e) => return fail(e),
    };
    let epc = if let Some(from) = &args.from {
        let from = from.trim();
        let parsed = if from.starts_with("http://") || from.starts_with("https://") {
            match args.gcp_length.map(GcpLength::new) {
                Some(Ok(g)) => Epc::from_digital_link(from, g),
                Some(Err(e)) => Err(e),
                None => return fail("a Digital Link URI needs --gcp-length"),
            }
        } else {
            Epc::from_urn(from)
        };
        match parsed {
            Ok(e) => e,
            Err(e) => return fail(format_args!("invalid EPC URN {from:?}: {e} [{}]", e.kind())),
        }
    } else {
        let data = args.data.as_deref().unwrap_or("");
        let es = match parse_element_string(data) {
            Ok(es) => es,
            Err(e) => return fail(e),
        };
        let Some(gcp) = gcp else {
            return fail(
                "the GS1 Company Prefix length is not in the element string: give --gcp-length N (6..12) or --gcp-table FILE",
            );
        };
        let pairs: Vec<(&str, &str)> = es.elements().map(|e| (e.ai, e.value)).collect();
        let scheme = match args.scheme.as_deref() {
            Some(name) => match Scheme::from_name(name) {
                Some(s) => s,
                None => return fail(format_args!("unknown --scheme {name:?}")),
            },
            None => match Epc::infer_scheme(&pairs) {
                Ok(s) => s,
                Err(e) => {
                    let hint = if e.kind() == "missing_serial" {
                        " (a GTIN alone is not an EPC: --scheme sgtin_idpat gives its id pattern)"
                    } else {
                        ""
                    };
                    return fail(format_args!("{e} [{}]{hint}", e.kind()));
                }
            },
        };
        let built = Epc::lookup_gcp(scheme, &pairs, gcp.as_ref())
            .and_then(|g| Epc::from_ais_as(scheme, &pairs, g));
        match built {
            Ok(e) => e,
            Err(e) => return fail(format_args!("{e} [{}]", e.kind())),
        }
    };
    let element_string = match epc.to_element_string() {
        Ok(es) => es.to_bracketed(),
        Err(e) => return fail(e),
    };
    let (tag_uri, hex, tag_uri_198, hex_198) = tag_fields(&epc, args.filter);
    let out = if args.from.is_some() {
        json!({
            "element_string": element_string,
            "gcp_length": epc.gcp_length(),
            "urn": epc.to_urn(),
            "scheme": epc.scheme().name(),
            "dl_uri": epc.to_digital_link(),
        })
    } else {
        json!({
            "urn": epc.to_urn(),
            "dl_uri": epc.to_digital_link(),
            "tag_uri": tag_uri,
            "hex": hex,
            "tag_uri_198": tag_uri_198,
            "hex_198": hex_198,
            "scheme": epc.scheme().name(),
            "gcp_length": epc.gcp_length(),
            "element_string": element_string,
        })
    };
    println!("{out}");
    ExitCode::SUCCESS
}
