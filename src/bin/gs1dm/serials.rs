//! `gs1dm serials`: draw collision-free serials for AI 21, or make a fresh key (`--new-key`).
//!
//! Serials go to stdout, one per line, in large buffered writes. `--report` writes the audit
//! JSON (one line) to stderr after the serials, so stdout stays a clean list of serials; with
//! `--count 0` (an audit of a stream without issuing) it goes to stdout instead, for scripts.
//! Every input (key file, alphabet, GTIN, shard, bound, PRF, state file) is checked before
//! anything is written, so an error leaves stdout empty and the state file untouched (exit
//! code 1).

use std::fs::{File, OpenOptions};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use gs1_datamatrix::serial::state::{SerialState, StateFile};
use gs1_datamatrix::serial::{
    Alphabet, Audit, Generator, Gtin, MasterKey, Prf, SerialError, SerialFormat, Shard,
};

/// Arguments of `gs1dm serials` (boxed: keeps the subcommand enum small).
#[derive(clap::Args)]
pub struct SerialsArgs {
    #[command(flatten)]
    opts: Box<Opts>,
}

/// The options of `gs1dm serials`.
#[derive(clap::Args)]
struct Opts {
    /// Write a fresh 256-bit key (64 hex digits, mode 0600) to this file and exit; never
    /// overwrites an existing file.
    #[arg(long, value_name = "F", conflicts_with_all = ["count", "key_file", "state", "start"])]
    new_key: Option<PathBuf>,
    /// Number of serials to write.
    #[arg(long, value_name = "N", required_unless_present = "new_key")]
    count: Option<u64>,
    /// Random characters per serial (1-20, prefix not counted).
    #[arg(long, value_name = "L", required_unless_present = "new_key")]
    length: Option<usize>,
    /// `numeric`, `alnum` (0-9A-Z), `cset82` (0-9A-Za-z, the market-safe CSET 82 subset), or
    /// the characters themselves in digit order.
    #[arg(
        long,
        value_name = "numeric|alnum|cset82|CHARS",
        required_unless_present = "new_key"
    )]
    alphabet: Option<String>,
    /// File with the 256-bit master key as 64 hex digits.
    #[arg(long, value_name = "F", required_unless_present = "new_key")]
    key_file: Option<PathBuf>,
    /// GTIN of the stream (each GTIN gets its own key derived from the master key).
    #[arg(long, value_name = "G")]
    gtin: Option<String>,
    /// First (per-shard) index to issue.
    #[arg(long, value_name = "I", conflicts_with = "state")]
    start: Option<String>,
    /// State file: resume after the last reserved block and record progress crash-safely.
    #[arg(long, value_name = "FILE")]
    state: Option<PathBuf>,
    /// Shard `i/n`: issue only indices `i, i+n, i+2n, ...` (disjoint from every other shard).
    #[arg(long, value_name = "i/n")]
    shard: Option<String>,
    /// Write the audit report (one JSON line) to stderr after the serials; with `--count 0`
    /// to stdout.
    #[arg(long)]
    report: bool,
    /// Round function: `aes256` (default for new streams) or `chacha8` (the first release's).
    /// With `--state` the default is the state file's own PRF.
    #[arg(long, value_name = "aes256|chacha8")]
    prf: Option<String>,
    /// Fixed prefix in front of every serial (prefix + length <= 20).
    #[arg(long, value_name = "P", default_value = "")]
    prefix: String,
    /// Most serials the whole stream may issue (default: the most with P(guess) < 1/10,000).
    #[arg(long, value_name = "N")]
    bound: Option<String>,
    /// Issue past the bound.
    #[arg(long)]
    force: bool,
    /// Serials reserved per state-file update (with `--state`).
    #[arg(long, value_name = "N", default_value_t = 1_000_000, hide = true)]
    reserve_block: u64,
}

/// Serials rendered per write to stdout (about 0.5-1.3 MB per write, reused: constant memory).
const CHUNK: u64 = 1 << 16;
/// Largest key file read.
const MAX_KEY_FILE: u64 = 4096;

/// Why the command failed (printed on stderr, exit code 1).
enum Failure {
    Serial(SerialError),
    Io(&'static str, PathBuf, std::io::Error),
    Usage(&'static str),
}

impl From<SerialError> for Failure {
    fn from(e: SerialError) -> Self {
        Failure::Serial(e)
    }
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Failure::Serial(e) => write!(f, "{e}"),
            Failure::Io(op, path, e) => write!(f, "{op} {}: {e}", path.display()),
            Failure::Usage(m) => f.write_str(m),
        }
    }
}

pub fn run(args: SerialsArgs) -> ExitCode {
    let args = *args.opts;
    let result = match &args.new_key {
        Some(path) => new_key(path),
        None => issue(&args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("gs1dm serials: {e}");
            ExitCode::from(1)
        }
    }
}

/// Reads 32 bytes from the operating system's CSPRNG.
///
/// `/dev/urandom` rather than `getrandom` through `rand_core`'s `os_rng` feature: no new
/// dependency, and on the Linux and Unix hosts that run packaging lines it is the same kernel
/// CSPRNG (`getrandom(2)` only adds blocking before the pool is first seeded at early boot,
/// which a user-run command never meets). Other platforms get a clear error.
fn os_random() -> Result<[u8; 32], Failure> {
    let path = Path::new("/dev/urandom");
    let mut key = [0u8; 32];
    File::open(path)
        .and_then(|mut f| f.read_exact(&mut key))
        .map_err(|e| Failure::Io("reading", path.to_path_buf(), e))?;
    if key.iter().all(|&b| b == 0) {
        return Err(Failure::Usage("the OS random source returned zeros"));
    }
    Ok(key)
}

fn new_key(path: &Path) -> Result<(), Failure> {
    let key = MasterKey::from_bytes(os_random()?);
    let mut opts = OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut opts, 0o600);
    let mut f = opts
        .open(path)
        .map_err(|e| Failure::Io("creating key file", path.to_path_buf(), e))?;
    let mut text = key.to_hex().to_vec();
    text.push(b'\n');
    f.write_all(&text)
        .and_then(|()| f.sync_all())
        .map_err(|e| Failure::Io("writing key file", path.to_path_buf(), e))?;
    eprintln!(
        "gs1dm serials: wrote a new key to {} (key id {})",
        path.display(),
        key.key_id()
    );
    Ok(())
}

fn read_key(path: &Path) -> Result<MasterKey, Failure> {
    let mut text = String::new();
    File::open(path)
        .and_then(|f| f.take(MAX_KEY_FILE).read_to_string(&mut text))
        .map_err(|e| Failure::Io("reading key file", path.to_path_buf(), e))?;
    Ok(MasterKey::from_hex(&text)?)
}

fn parse_u128(s: &str, what: &'static str) -> Result<u128, Failure> {
    if s.is_empty() || !s.bytes().all(|c| c.is_ascii_digit()) {
        return Err(SerialError::Number { what }.into());
    }
    s.parse().map_err(|_| SerialError::Number { what }.into())
}

fn issue(args: &Opts) -> Result<(), Failure> {
    let (Some(count), Some(length), Some(alphabet), Some(key_file)) = (
        args.count,
        args.length,
        args.alphabet.as_deref(),
        args.key_file.as_deref(),
    ) else {
        return Err(Failure::Usage(
            "--count, --length, --alphabet and --key-file are required",
        ));
    };
    // Everything is validated before anything is written.
    let format = SerialFormat::new(Alphabet::parse(alphabet)?, length)?
        .with_prefix(args.prefix.as_bytes())?;
    let key = read_key(key_file)?;
    let gtin = args.gtin.as_deref().map(Gtin::parse).transpose()?;
    let shard = args
        .shard
        .as_deref()
        .map(Shard::parse)
        .transpose()?
        .unwrap_or_default();
    let explicit_prf = args.prf.as_deref().map(Prf::parse).transpose()?;
    // An existing state file fixes the PRF unless one is named (then they must agree).
    let existing = match &args.state {
        Some(path) => StateFile::read(path)?,
        None => None,
    };
    let prf = explicit_prf.or(existing.map(|s| s.prf)).unwrap_or_default();
    let generator = Generator::with_prf(&key, gtin.as_ref(), format, prf);
    let space = generator.space();
    let bound = match args.bound.as_deref() {
        Some(b) => parse_u128(b, "bound")?,
        None => Audit::default_bound(space),
    };
    // Each shard may use its share of the bound, so all shards together stay within it.
    let shard_bound = bound / u128::from(shard.count());
    let mut state = match &args.state {
        Some(path) => Some(StateFile::open(
            path,
            SerialState {
                prf,
                ..SerialState::new(key.key_id(), gtin, &format, shard)
            },
        )?),
        None => None,
    };
    let first = match (&state, args.start.as_deref()) {
        (Some(s), _) => s.resume_index(),
        (None, Some(s)) => parse_u128(s, "start")?,
        (None, None) => 0,
    };
    let end = first
        .checked_add(u128::from(count))
        .ok_or(SerialError::Number { what: "count" })?;
    let local_space = shard.local_space(space);
    if end > local_space {
        return Err(SerialError::IndexOutOfSpace {
            index: end.saturating_sub(1),
            space: local_space,
        }
        .into());
    }
    let audit_before = Audit {
        space,
        issued: end.saturating_mul(u128::from(shard.count())),
        bound,
    };
    Audit {
        bound: shard_bound,
        ..audit_before
    }
    .check(end, args.force)?;
    if args.reserve_block == 0 {
        return Err(Failure::Usage("--reserve-block must be at least 1"));
    }

    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut buf = Vec::with_capacity(
        usize::try_from(CHUNK.min(count)).unwrap_or(0) * (format.total_len() + 1),
    );
    let mut local = first;
    while local < end {
        let block_end = end.min(local.saturating_add(u128::from(args.reserve_block)));
        if let Some(s) = state.as_mut() {
            // Durable before any serial of the block leaves this process.
            s.reserve(local, block_end)?;
        }
        while local < block_end {
            let n = (block_end - local).min(u128::from(CHUNK)) as u64;
            let start = shard
                .global(local)
                .ok_or(SerialError::Number { what: "start" })?;
            buf.clear();
            generator.write_lines(start, shard.count(), n, &mut buf)?;
            out.write_all(&buf)
                .map_err(|e| Failure::Io("writing", PathBuf::from("stdout"), e))?;
            local += u128::from(n);
        }
    }
    out.flush()
        .map_err(|e| Failure::Io("writing", PathBuf::from("stdout"), e))?;
    if let Some(s) = state.as_mut() {
        s.finish(end)?;
    }
    if args.report {
        let j = |s: &str| serde_json::to_string(s).unwrap_or_default();
        let audit = audit_before;
        let report = format!(
            "{{\"space\":{},\"issued\":{},\"p_guess\":{},\"meets_1_in_10000\":{},\"bound\":{},\"forced\":{},\
             \"count\":{},\"first_index\":{},\"next_index\":{},\"shard\":{},\"key_id\":{},\"gtin\":{},\
             \"alphabet_size\":{},\"length\":{},\"prefix\":{},\"prf\":{}}}",
            audit.space,
            audit.issued,
            serde_json::to_string(&audit.p_guess()).unwrap_or_default(),
            audit.meets_limit(),
            audit.bound,
            args.force,
            count,
            first,
            end,
            j(&shard.to_string()),
            j(&key.key_id().to_string()),
            gtin.as_ref()
                .map_or_else(|| "null".to_string(), |g| j(g.as_str())),
            format.alphabet().len(),
            format.length(),
            j(&args.prefix),
            j(prf.name()),
        );
        if count == 0 {
            let mut out = std::io::stdout().lock();
            writeln!(out, "{report}")
                .and_then(|()| out.flush())
                .map_err(|e| Failure::Io("writing", PathBuf::from("stdout"), e))?;
        } else {
            eprintln!("{report}");
        }
    }
    Ok(())
}
