//! The optimal encodation planner: a shortest path over (position, mode, pending values) that
//! finds, for a given symbol capacity, an encodation with the fewest data codewords.
//!
//! # Model
//! Nodes are `(i, state)`: the first `i` input units are encoded and the encoder is in `state`.
//! States are ASCII; C40, Text and X12 with 0, 1 or 2 values waiting for a full triple; EDIFACT
//! with 0..=3 values waiting for a full group; and the end of a Base 256 segment (one- or
//! two-codeword length field). Edges consume one unit (two digits for an ASCII digit pair),
//! latch out of ASCII, or return to ASCII (`254`, EDIFACT unlatch value 31 with its partial group,
//! or the end of a Base 256 segment, which needs no codeword). Base 256 segments are relaxed with a
//! sliding-window minimum, so the whole pass is linear in the input length.
//!
//! Because the cheapest prefix into each node is kept, the end-of-data rules of ISO/IEC 16022
//! (5.2.5.2, 5.2.7.2, 5.2.8.2, 5.2.9) can be checked exactly against one capacity `C`:
//! - ASCII, or C40/Text/X12/EDIFACT at a triple/group boundary, or a closed Base 256 segment: fits
//!   when the cost is `<= C` (a final unlatch is written only when at least two codewords remain;
//!   with one or two left the decoder returns to ASCII by itself and reads pads);
//! - C40/Text with two values pending: padded with Shift 1 into a last triple (`== C - 2` with no
//!   unlatch, or `<= C - 3` followed by an unlatch);
//! - C40/Text/X12 at a triple boundary with exactly one codeword left, followed by a one-codeword
//!   ASCII tail without unlatch; EDIFACT at a group boundary with one or two codewords left, followed
//!   by an ASCII tail of at most that many codewords without unlatch;
//! - a final Base 256 segment longer than 249 bytes that fills the symbol exactly uses the
//!   one-codeword length 0 ("to the end of the symbol").
//!
//! Every encodation that decoders accept is a path in this graph plus one of these endings, so the
//! minimum over them is the minimum codeword count for that capacity; the caller asks for each
//! candidate size in order and keeps the first that fits.
//!
//! Shift padding in the middle of the data (C40/Text with two values pending, completed by a
//! Shift 1 pad value, then unlatched) is deliberately not an edge: it never makes an encodation
//! shorter. Let `B` be the last triple boundary at which a character starts (the latch is one),
//! and `t` the number of complete triples after it, so `V = 3t + 2` values follow `B` and padding
//! costs `2(t + 1) + 1` codewords after `B`. Each of the `t` later boundaries falls inside a
//! distinct character of 2 to 4 values (a character spans at most one boundary), and such a
//! character costs at least one ASCII codeword less than its value count (2 -> 1, 3 -> 2, 4 -> 2),
//! while a one-value character costs one. So the characters after `B` cost at most
//! `V - t = 2t + 2` ASCII codewords, and unlatching at `B` instead costs at most `2t + 3`: never
//! more, and it also ends in ASCII at the same position.
//!
//! # Speed and memory
//! The pass is "pull" shaped: the costs of position `i + 1` are computed from those of `i` (and
//! `i - 1` for a digit pair) in a 16-entry array on the stack. Consuming one unit in C40, Text,
//! X12 or EDIFACT permutes the pending-value states, so each state has exactly one predecessor
//! and needs no comparison. Only the last five rows of costs are kept (the endings look back at
//! most four units); the path is recovered from one back-pointer byte per node (20 bytes per
//! position, Base 256 segment starts included), so the planner needs [`scratch_bytes`] bytes of
//! caller memory and no allocation ([`super::encode_into_buffers`]).

#![allow(clippy::arithmetic_side_effects)]
// SAFETY-ish reason: costs stay below 2^29 (INF = 2^28 plus at most 3 per unit over at most
// MAX_INPUT = 3,200 units), positions and table offsets below (MAX_INPUT + 1) * 20; C40/EDIFACT
// value arithmetic works on values < 64.

use alloc::vec::Vec;

use super::{ascii, base256, c40, edifact, x12};

/// Which encodation modes the planner may use (ASCII is always allowed).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Modes {
    /// Allow C40.
    pub c40: bool,
    /// Allow Text.
    pub text: bool,
    /// Allow ANSI X12.
    pub x12: bool,
    /// Allow EDIFACT.
    pub edifact: bool,
    /// Allow Base 256.
    pub base256: bool,
}

impl Modes {
    /// Every mode.
    pub const ALL: Modes = Modes {
        c40: true,
        text: true,
        x12: true,
        edifact: true,
        base256: true,
    };
    /// ASCII only.
    pub const ASCII_ONLY: Modes = Modes {
        c40: false,
        text: false,
        x12: false,
        edifact: false,
        base256: false,
    };
}

impl Default for Modes {
    fn default() -> Self {
        Modes::ALL
    }
}

const ASC: usize = 0;
const C40: usize = 1; // 1..=3
const TXT: usize = 4; // 4..=6
const X12: usize = 7; // 7..=9
const EDF: usize = 10; // 10..=13
const B256S: usize = 14;
const B256L: usize = 15;
const S: usize = 16;
/// Unreachable. Real costs stay below 10,000 and every edge adds at most 3, so values derived
/// from `INF` over the longest input stay far below `u32::MAX` and above `INF`.
const INF: u32 = 1 << 28;

/// Back-pointer byte: predecessor state in the low nibble, edge kind in bits 4-5.
const NONE: u8 = 0xff;
const K_SAME: u8 = 0x00;
const K_ONE: u8 = 0x10;
const K_PAIR: u8 = 0x20;
const K_B256: u8 = 0x30;

/// Bytes of the back-pointer table per position: one per state, then the start positions of the
/// short and the long Base 256 segment ending there (`u16`, little endian).
const ROW_BYTES: usize = S + 4;

/// The group GS (0x1D) becomes FNC1 in GS1 mode.
const GS: u8 = 0x1d;

/// Scratch bytes the planner needs for an input of `n` units: the back-pointer table
/// (`(n + 1) * 20` bytes) and the chosen path (at most three nodes per position, two bytes each).
pub const fn scratch_bytes(n: usize) -> usize {
    back_bytes(n) + path_bytes(n)
}

pub(crate) const fn back_bytes(n: usize) -> usize {
    (n + 1) * ROW_BYTES
}

pub(crate) const fn path_bytes(n: usize) -> usize {
    (3 * (n + 1) + 1) * 2
}

/// The input the planner encodes: bytes, with GS read as FNC1 when `gs_is_fnc1`.
#[derive(Debug, Clone, Copy)]
pub struct Input<'a> {
    /// The data bytes.
    pub data: &'a [u8],
    /// Whether each GS byte stands for FNC1 (GS1 separators).
    pub gs_is_fnc1: bool,
}

impl Input<'_> {
    #[inline]
    fn unit(&self, i: usize) -> (u8, bool) {
        let b = self.data.get(i).copied().unwrap_or(0);
        (b, self.gs_is_fnc1 && b == GS)
    }
}

/// How the chosen encodation ends (see the module docs).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum End {
    /// Ends in `state` at the end of the input.
    Plain(usize),
    /// C40/Text with two values pending, padded with Shift 1.
    Pad(usize),
    /// In `state` at a boundary at input position `pos`, the rest in ASCII without unlatch.
    Tail(usize, usize),
    /// A final long Base 256 segment with length 0 ("to the end").
    Base256Fill,
    /// The whole input in ASCII (digit pairs greedily), chosen by [`ascii_shortcut`] without a
    /// pass: no back pointers are read.
    Ascii,
}

/// A plan for one capacity: where the path ends and how.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Plan {
    end: End,
    capacity: u32,
}

impl Plan {
    /// The plan "everything in ASCII" for `capacity` (see [`ascii_shortcut`]).
    pub(crate) fn ascii(capacity: u32) -> Self {
        Plan {
            end: End::Ascii,
            capacity,
        }
    }

    /// The capacity (data codewords, header included) this plan fills.
    pub fn capacity(&self) -> u32 {
        self.capacity
    }
}

/// The result of one planner pass: the costs of the last five positions and the ASCII cost of
/// the last few units (everything the endings look at).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Costs {
    n: usize,
    /// `rows[k]`: costs at position `n - k` (k <= n).
    rows: [[u32; S]; 5],
    /// ASCII cost of `data[n-k..]` for k = 0..=4 (`INF` when k > n).
    tail: [u32; 5],
}

#[allow(clippy::indexing_slicing)]
// SAFETY-ish reason: state constants < S = 16 into `[_; 16]` rows, `rows[k]`/`tail[k]` with
// k <= 4 into `[_; 5]`.
impl Costs {
    /// The costs of no pass, for an input of `n` units (all unreachable): what an
    /// [`End::Ascii`] plan carries, as its emission reads only `n`.
    pub(crate) fn unplanned(n: usize) -> Self {
        Costs {
            n,
            rows: [[INF; S]; 5],
            tail: [INF; 5],
        }
    }

    /// The fewest codewords any ending needs if the symbol were unbounded (a lower bound for every
    /// capacity, and the `needed` figure of a too-long error).
    pub(crate) fn min_cost(&self) -> u32 {
        let r = &self.rows[0];
        let mut best = r[ASC];
        for s in [C40, TXT, X12, EDF, B256S, B256L] {
            best = best.min(r[s]);
        }
        for s in [C40 + 2, TXT + 2] {
            best = best.min(r[s].saturating_add(2));
        }
        best
    }

    /// A plan that fits `capacity` data codewords, or `None`.
    pub(crate) fn fit(&self, capacity: u32) -> Option<Plan> {
        let n = self.n;
        let cap = capacity;
        let plan = |end| Some(Plan { end, capacity });
        // Implicit unlatch to an ASCII tail.
        for k in 1..=4usize.min(n) {
            let t = self.tail[k];
            if t > 2 {
                continue;
            }
            let i = n - k;
            let row = &self.rows[k];
            if t == 1 {
                for m in [C40, TXT, X12] {
                    if row[m] + 1 == cap {
                        return plan(End::Tail(i, m));
                    }
                }
            }
            let e = row[EDF];
            if e < INF && cap >= e && cap - e <= 2 && e + t <= cap {
                return plan(End::Tail(i, EDF));
            }
        }
        let r = &self.rows[0];
        for m in [C40 + 2, TXT + 2] {
            let c = r[m];
            if c < INF && (c + 2 == cap || c + 3 <= cap) {
                return plan(End::Pad(m));
            }
        }
        for s in [ASC, C40, TXT, X12, EDF, B256S, B256L] {
            if r[s] <= cap {
                return plan(End::Plain(s));
            }
        }
        let l = r[B256L];
        if l < INF && l - 1 == cap {
            return plan(End::Base256Fill);
        }
        None
    }
}

/// The ASCII shortcut: the exact cost of encoding all of `input` in ASCII (greedy digit pairs, as
/// [`End::Ascii`] emits it) after `base` header codewords, and a lower bound on the cost of every
/// encodation of it in any modes. When the smallest size holding the ASCII cost is also the
/// smallest whose capacity reaches the bound, no size before it can fit any encodation, so the
/// pass is not needed: the choice of size is the planner's, only the codewords differ.
/// `None` when a byte is above 127 (Base 256 would need its own state; such inputs take the pass).
///
/// The bound is a relaxed shortest path in twelfths of a codeword over four states, ASCII, C40
/// (or X12), Text and EDIFACT, with no pending values: every character costs in each state no more
/// than it does in that mode of a real encodation, amortised over full triples or groups, and every
/// switch costs no more than the real one.
/// - ASCII: 12 per character (FNC1 included), 12 per digit pair;
/// - C40/Text: 8 per value (a triple of values is two codewords; padding a partial triple only
///   adds), X12 characters 8 in the C40 state;
/// - EDIFACT: 9 per value (four values are three codewords);
/// - latching from ASCII costs 12; returning costs 12 from C40/Text (unlatch 254) and 9 from
///   EDIFACT (value 31 with `k` values pending fills `ceil(6(k + 1) / 8)` codewords, at least
///   `9/12` beyond the `9k/12` already counted), and nothing within the last four units, where the
///   end-of-data rules may omit the unlatch (an ASCII tail of at most two codewords);
/// - switching between C40, Text and EDIFACT goes through ASCII, as in the symbol.
///
/// A relaxed path is never dearer than the real encodation it relaxes, so the minimum over the
/// states at the end, rounded up to whole codewords, is at most the fewest codewords any
/// encodation (any ending of [`Costs::fit`]) needs.
#[allow(clippy::indexing_slicing)]
// SAFETY-ish reason: `SHORT` is indexed by a byte (256 entries). After each position's switches
// every state is at most the ASCII state + 12, so costs stay below 24 * MAX_INPUT + 3 * FAR.
pub(crate) fn ascii_shortcut(input: Input<'_>, base: u32) -> Option<(u32, u32)> {
    let data = input.data;
    let (high, lower) = data.iter().fold((false, false), |(h, l), &b| {
        (h | (b >= 128), l | b.is_ascii_lowercase())
    });
    if high {
        return None;
    }
    // Without lower-case letters every character costs at least as much in Text as in C40, and
    // both switch alike, so the Text state never goes below the C40 one: it is left out.
    Some(if lower {
        relaxed::<true>(input, base)
    } else {
        relaxed::<false>(input, base)
    })
}

/// The relaxed pass of [`ascii_shortcut`], with or without the Text state.
fn relaxed<const TXT_ON: bool>(input: Input<'_>, base: u32) -> (u32, u32) {
    let data = input.data;
    // Positions from `n - 4` on may end in an ASCII tail without unlatch: the byte before that
    // position is the first of the "near" steps.
    let near = data.len().saturating_sub(4);
    let (head, tail) = data.split_at(near.saturating_sub(1));
    let mut st = Relaxed::new(base);
    st.close::<false, TXT_ON>(near == 0);
    for &b in head {
        st.step::<false, TXT_ON>(b, input.gs_is_fnc1);
    }
    for &b in tail {
        st.step::<true, TXT_ON>(b, input.gs_is_fnc1);
    }
    (st.ascii, st.a.min(st.c).min(st.t).min(st.e).div_ceil(12))
}

/// Not a cost: "this state cannot take this character" in the relaxed pass (far above any real
/// cost, and small enough that a few of them still add up without overflow).
const FAR: u32 = 1 << 24;

/// Per byte for the relaxed pass: C40-or-X12 cost (bits 0-7), Text cost (8-15), EDIFACT cost
/// (16-23, 0 = none), digit (bit 24); in twelfths of a codeword.
static SHORT: [u32; 256] = short_costs();

#[allow(clippy::indexing_slicing)]
// SAFETY-ish reason: evaluated at compile time (an out-of-range index fails the build), indices
// bounded by the loop conditions.
const fn short_costs() -> [u32; 256] {
    let mut t = [0u32; 256];
    let mut b = 0usize;
    while b < 256 {
        let cls = CLASS[b];
        let cv = if cls & X12_OK != 0 {
            8
        } else {
            (cls & 7) as u32 * 8
        };
        let tv = (cls >> 3 & 7) as u32 * 8;
        let ev = if cls & EDF_OK != 0 { 9 } else { 0 };
        t[b] = cv | tv << 8 | ev << 16 | if cls & DIGIT != 0 { 1 << 24 } else { 0 };
        b += 1;
    }
    t
}

/// FNC1 in the relaxed pass: two C40 or Text values, no EDIFACT, not a digit.
const SHORT_FNC1: u32 = 16 | 16 << 8;

/// The state of [`ascii_shortcut`]'s relaxed pass (costs in twelfths) and its greedy ASCII count.
struct Relaxed {
    a: u32,
    c: u32,
    t: u32,
    e: u32,
    prev_a: u32,
    last_digit: bool,
    ascii: u32,
    open: bool,
}

impl Relaxed {
    fn new(base: u32) -> Self {
        Relaxed {
            a: base * 12,
            c: FAR,
            t: FAR,
            e: FAR,
            prev_a: FAR,
            last_digit: false,
            ascii: base,
            open: false,
        }
    }

    /// The switches at one position: back to ASCII (free near the end), then latches.
    #[inline(always)]
    fn close<const NEAR: bool, const TXT_ON: bool>(&mut self, near: bool) {
        let (uc, ue) = if NEAR || near { (0, 0) } else { (12, 9) };
        let mut a = self.a.min(self.c + uc).min(self.e + ue);
        if TXT_ON {
            a = a.min(self.t + uc);
            self.t = self.t.min(a + 12);
        }
        self.a = a;
        self.c = self.c.min(a + 12);
        self.e = self.e.min(a + 12);
    }

    /// Consumes one byte, then closes the position.
    #[inline(always)]
    #[allow(clippy::indexing_slicing)]
    // SAFETY-ish reason: `SHORT` has 256 entries, indexed by a byte.
    fn step<const NEAR: bool, const TXT_ON: bool>(&mut self, b: u8, gs_is_fnc1: bool) {
        let k = if gs_is_fnc1 && b == GS {
            SHORT_FNC1
        } else {
            SHORT[usize::from(b)]
        };
        let digit = k >> 24 != 0;
        let pair = digit && self.open;
        self.ascii += u32::from(!pair);
        self.open = digit && !pair;
        let from = if digit && self.last_digit {
            self.a.min(self.prev_a)
        } else {
            self.a
        };
        self.last_digit = digit;
        self.prev_a = self.a;
        self.a = from + 12;
        self.c += k & 0xff;
        if TXT_ON {
            self.t += k >> 8 & 0xff;
        }
        let ev = k >> 16 & 0xff;
        self.e = if ev != 0 { self.e + ev } else { FAR };
        self.close::<NEAR, TXT_ON>(false);
    }
}

/// Drops modes that provably cannot beat another allowed mode on this input (a pure speed-up;
/// the minimum is unchanged):
/// - Base 256 without any byte above 127: a segment costs its length + 2 or 3, while ASCII costs at
///   most its length for the same bytes and ends in the same state;
/// - Text without lower-case letters (also behind Upper Shift), when C40 is allowed: every
///   character then needs at least as many Text values as C40 values, and both share the packing
///   and the end-of-data rules;
/// - X12 without CR, `*` or `>`, when C40 is allowed: every other X12 character is one C40 basic
///   value, with the same packing and end rules (C40's are a superset).
fn prune(data: &[u8], mut modes: Modes) -> Modes {
    let (mut high, mut lower, mut x12_special) = (false, false, false);
    for &b in data {
        high |= b >= 128;
        lower |= (b & 0x7f).is_ascii_lowercase();
        x12_special |= matches!(b, 13 | b'*' | b'>');
    }
    modes.base256 &= high;
    if modes.c40 {
        modes.text &= lower;
        modes.x12 &= x12_special;
    }
    modes
}

/// Byte class bits: C40 value count (bits 0-2), Text value count (bits 3-5), X12, EDIFACT, digit,
/// two-codeword ASCII (Upper Shift).
const X12_OK: u16 = 1 << 6;
const EDF_OK: u16 = 1 << 7;
const DIGIT: u16 = 1 << 8;
const HIGH: u16 = 1 << 9;
/// FNC1: two values in C40 and Text, one ASCII codeword, nothing else.
const FNC1_CLASS: u16 = 2 | (2 << 3);

/// Per-byte classes, computed at compile time.
static CLASS: [u16; 256] = classes();

#[allow(clippy::indexing_slicing)]
// SAFETY-ish reason: evaluated at compile time (an out-of-range index fails the build), indices
// bounded by the loop conditions.
const fn classes() -> [u16; 256] {
    let mut t = [0u16; 256];
    let mut b = 0usize;
    while b < 256 {
        let x = b as u8;
        let mut v = c40::const_value_count(x, false) as u16
            | ((c40::const_value_count(x, true) as u16) << 3);
        if x12::value(x).is_some() {
            v |= X12_OK;
        }
        if edifact::value(x).is_some() {
            v |= EDF_OK;
        }
        if x.is_ascii_digit() {
            v |= DIGIT;
        }
        if x >= 128 {
            v |= HIGH;
        }
        t[b] = v;
        b += 1;
    }
    t
}

/// `PERM[v][j]`: for a C40/Text unit of `v` values, the pending-value state `k` that leads to
/// state `j`, and the codewords the completed triples cost on the way (`(k, 2 * ((k + v) / 3))`).
static PERM: [[(u8, u8); 3]; 8] = perm();

#[allow(clippy::indexing_slicing)]
// SAFETY-ish reason: evaluated at compile time (an out-of-range index fails the build), indices
// bounded by the loop conditions.
const fn perm() -> [[(u8, u8); 3]; 8] {
    let mut t = [[(0u8, 0u8); 3]; 8];
    let mut v = 0usize;
    while v < 8 {
        let mut j = 0usize;
        while j < 3 {
            let k = (j + 3 - v % 3) % 3;
            t[v][j] = (k as u8, (2 * ((k + v) / 3)) as u8);
            j += 1;
        }
        v += 1;
    }
    t
}

/// EDIFACT unlatch cost with `k` values pending.
const EDF_UNLATCH: [u32; 4] = [
    edifact::unlatch_cost(0),
    edifact::unlatch_cost(1),
    edifact::unlatch_cost(2),
    edifact::unlatch_cost(3),
];

/// Sliding-window state of the Base 256 relaxation.
struct B256 {
    /// Candidate short-segment starts `(s, ascii cost at s)`, increasing `cost + n - s` from the
    /// front (a monotone deque in a ring).
    win: [(u32, u32); 256],
    head: usize,
    len: usize,
    /// ASCII cost at each of the last 256 positions (for long segments, start `e - 250`).
    asc: [u32; 256],
    /// Best long-segment start so far: `(cost + n - s, s, cost)`.
    long_best: Option<(u32, usize, u32)>,
    /// First position a segment ending later may start at (after the last FNC1).
    floor: usize,
}

impl B256 {
    fn new() -> Self {
        B256 {
            win: [(0, 0); 256],
            head: 0,
            len: 0,
            asc: [INF; 256],
            long_best: None,
            floor: 0,
        }
    }

    /// Registers position `i` as a segment start (ASCII cost `a` there; `fnc1` when unit `i` is
    /// FNC1, which no segment may contain), then writes the best segments ending at `i + 1`.
    #[inline]
    fn advance(
        &mut self,
        i: usize,
        a: u32,
        fnc1: bool,
        n: usize,
        nx: &mut [u32; S],
        nb: &mut [u8; ROW_BYTES],
    ) {
        if let Some(slot) = self.asc.get_mut(i & 255) {
            *slot = a;
        }
        if fnc1 {
            self.len = 0;
            self.long_best = None;
            self.floor = i + 1;
        } else if a < INF {
            let key = a + (n - i) as u32;
            while self.len > 0 {
                let (s, c) = self
                    .win
                    .get((self.head + self.len - 1) & 255)
                    .copied()
                    .unwrap_or((0, INF));
                if c + (n as u32 - s) >= key {
                    self.len -= 1;
                } else {
                    break;
                }
            }
            if self.len < 256 {
                if let Some(slot) = self.win.get_mut((self.head + self.len) & 255) {
                    *slot = (i as u32, a);
                }
                self.len += 1;
            }
        }
        let e = i + 1;
        while self.len > 0 {
            let (s, _) = self.win.get(self.head & 255).copied().unwrap_or((0, INF));
            if e - s as usize > base256::SHORT_MAX {
                self.head = (self.head + 1) & 255;
                self.len -= 1;
            } else {
                break;
            }
        }
        if self.len > 0 {
            let (s, c) = self.win.get(self.head & 255).copied().unwrap_or((0, INF));
            nx[B256S] = c + 2 + (e - s as usize) as u32;
            nb[B256S] = ASC as u8 | K_B256;
            nb[S..S + 2].copy_from_slice(&(s as u16).to_le_bytes());
        }
        if e >= 250 {
            let s = e - 250;
            let c = self.asc.get(s & 255).copied().unwrap_or(INF);
            if s >= self.floor && c < INF {
                let key = c + (n - s) as u32;
                if self.long_best.is_none_or(|(k, _, _)| key < k) {
                    self.long_best = Some((key, s, c));
                }
            }
        }
        if let Some((_, s, c)) = self.long_best {
            nx[B256L] = c + 3 + (e - s) as u32;
            nb[B256L] = ASC as u8 | K_B256;
            nb[S + 2..S + 4].copy_from_slice(&(s as u16).to_le_bytes());
        }
    }
}

/// The same-position edges of a freshly computed row: unlatches to ASCII, then latches out of it
/// (`lat[m]` is 1 for an allowed mode, `INF` otherwise). The const parameters drop the states of
/// modes the pass does not use (they stay `INF`).
#[inline(always)]
#[allow(clippy::indexing_slicing)]
// SAFETY-ish reason: state constants < S = 16 into `[_; 16]` rows.
fn close_row<const TXT_ON: bool, const X12_ON: bool, const EDF_ON: bool, const B256_ON: bool>(
    nx: &mut [u32; S],
    nb: &mut [u8; ROW_BYTES],
    lat: &[u32; 4],
) {
    let mut a = nx[ASC];
    let mut ab = nb[ASC];
    let mut unlatch = |c: u32, from: usize| {
        if c < a {
            a = c;
            ab = from as u8 | K_SAME;
        }
    };
    unlatch(nx[C40] + 1, C40);
    if TXT_ON {
        unlatch(nx[TXT] + 1, TXT);
    }
    if X12_ON {
        unlatch(nx[X12] + 1, X12);
    }
    if EDF_ON {
        for (k, &u) in EDF_UNLATCH.iter().enumerate() {
            unlatch(nx[EDF + k] + u, EDF + k);
        }
    }
    if B256_ON {
        unlatch(nx[B256S], B256S);
        unlatch(nx[B256L], B256L);
    }
    nx[ASC] = a;
    nb[ASC] = ab;
    let mut latch = |m: usize, l: u32| {
        let c = a + l;
        if c < nx[m] {
            nx[m] = c;
            nb[m] = ASC as u8 | K_SAME;
        }
    };
    latch(C40, lat[0]);
    if TXT_ON {
        latch(TXT, lat[1]);
    }
    if X12_ON {
        latch(X12, lat[2]);
    }
    if EDF_ON {
        latch(EDF, lat[3]);
    }
}

/// One planner pass over `input` (at most [`super::MAX_INPUT`] units, checked by the callers),
/// starting in ASCII after `base` header codewords. With `back` (at least
/// `(n + 1) * 20` bytes) the back pointers are recorded for [`emit_core`]; without, only the costs
/// are computed.
pub(crate) fn run_core(
    input: Input<'_>,
    modes: Modes,
    base: u32,
    back: Option<&mut [u8]>,
) -> Costs {
    let modes = prune(input.data, modes);
    // Monomorphised passes for the common mode sets after pruning (GS1 data: C40 and EDIFACT,
    // plus Text with lower case; digits and upper case: C40 only); every other set runs the general pass, whose states of
    // disallowed modes simply stay unreachable.
    match (modes.text, modes.x12, modes.edifact, modes.base256) {
        (false, false, true, false) => pass::<false, false, true, false>(input, modes, base, back),
        (true, false, true, false) => pass::<true, false, true, false>(input, modes, base, back),
        (false, false, false, false) => {
            pass::<false, false, false, false>(input, modes, base, back)
        }
        _ => pass::<true, true, true, true>(input, modes, base, back),
    }
}

#[allow(clippy::indexing_slicing)]
// SAFETY-ish reason: every index below is a state constant < S = 16 into a `[_; 16]` row, a
// `PERM`/`CLASS` lookup by a masked value (< 8) or a byte, or `rows[k]` with k <= 4.
fn pass<const TXT_ON: bool, const X12_ON: bool, const EDF_ON: bool, const B256_ON: bool>(
    input: Input<'_>,
    modes: Modes,
    base: u32,
    mut back: Option<&mut [u8]>,
) -> Costs {
    let n = input.data.len();
    let lat = |on: bool| if on { 1 } else { INF };
    let lat = [
        lat(modes.c40),
        lat(modes.text),
        lat(modes.x12),
        lat(modes.edifact),
    ];
    let mut b256 = (B256_ON && modes.base256).then(B256::new);
    let mut rows = [[INF; S]; 5];
    let mut cur = [INF; S];
    let mut cb = [NONE; ROW_BYTES];
    cur[ASC] = base;
    close_row::<TXT_ON, X12_ON, EDF_ON, B256_ON>(&mut cur, &mut cb, &lat);
    if let Some(row) = back.as_deref_mut().and_then(|b| b.get_mut(..ROW_BYTES)) {
        row.copy_from_slice(&cb);
    }
    if n <= 4 {
        rows[n] = cur;
    }
    let mut prev_asc = INF;
    let mut last_digit = false;
    for (i, &byte) in input.data.iter().enumerate() {
        let fnc1 = input.gs_is_fnc1 && byte == GS;
        let cls = if fnc1 {
            FNC1_CLASS
        } else {
            CLASS[usize::from(byte)]
        };
        let mut nx = [INF; S];
        let mut nb = [NONE; ROW_BYTES];
        // ASCII: one unit, or a digit pair ending here.
        nx[ASC] = cur[ASC] + 1 + u32::from(cls & HIGH != 0);
        nb[ASC] = ASC as u8 | K_ONE;
        let digit = cls & DIGIT != 0;
        if digit && last_digit {
            let c = prev_asc + 1;
            if c < nx[ASC] {
                nx[ASC] = c;
                nb[ASC] = ASC as u8 | K_PAIR;
            }
        }
        last_digit = digit;
        // C40 and Text: the unit's values permute the pending-value states.
        let pc = &PERM[usize::from(cls & 7)];
        for j in 0..3 {
            let (k, add) = pc[j];
            nx[C40 + j] = cur[C40 + usize::from(k)] + u32::from(add);
            nb[C40 + j] = (C40 as u8 + k) | K_ONE;
        }
        if TXT_ON {
            let pt = &PERM[usize::from(cls >> 3 & 7)];
            for j in 0..3 {
                let (k, add) = pt[j];
                nx[TXT + j] = cur[TXT + usize::from(k)] + u32::from(add);
                nb[TXT + j] = (TXT as u8 + k) | K_ONE;
            }
        }
        if X12_ON && cls & X12_OK != 0 {
            nx[X12] = cur[X12 + 2] + 2;
            nx[X12 + 1] = cur[X12];
            nx[X12 + 2] = cur[X12 + 1];
            nb[X12] = (X12 + 2) as u8 | K_ONE;
            nb[X12 + 1] = X12 as u8 | K_ONE;
            nb[X12 + 2] = (X12 + 1) as u8 | K_ONE;
        }
        if EDF_ON && cls & EDF_OK != 0 {
            nx[EDF] = cur[EDF + 3] + 3;
            nx[EDF + 1] = cur[EDF];
            nx[EDF + 2] = cur[EDF + 1];
            nx[EDF + 3] = cur[EDF + 2];
            nb[EDF] = (EDF + 3) as u8 | K_ONE;
            nb[EDF + 1] = EDF as u8 | K_ONE;
            nb[EDF + 2] = (EDF + 1) as u8 | K_ONE;
            nb[EDF + 3] = (EDF + 2) as u8 | K_ONE;
        }
        if let Some(w) = b256.as_mut() {
            w.advance(i, cur[ASC], fnc1, n, &mut nx, &mut nb);
        }
        close_row::<TXT_ON, X12_ON, EDF_ON, B256_ON>(&mut nx, &mut nb, &lat);
        let e = i + 1;
        if let Some(row) = back
            .as_deref_mut()
            .and_then(|b| b.get_mut(e * ROW_BYTES..(e + 1) * ROW_BYTES))
        {
            row.copy_from_slice(&nb);
        }
        if e + 4 >= n {
            rows[n - e] = nx;
        }
        prev_asc = cur[ASC];
        cur = nx;
    }
    // ASCII cost of the last few units, for the implicit-unlatch tails.
    let mut tail = [INF; 5];
    for (k, t) in tail.iter_mut().enumerate().take(n.min(4) + 1) {
        let mut c = 0u32;
        let mut j = n - k;
        while j < n {
            let (b, f) = input.unit(j);
            let (b2, f2) = input.unit(j + 1);
            if !f && j + 1 < n && !f2 && ascii::is_digit(b) && ascii::is_digit(b2) {
                c += 1;
                j += 2;
            } else {
                c += if f { 1 } else { ascii::byte_cost(b) };
                j += 1;
            }
        }
        *t = c;
    }
    Costs { n, rows, tail }
}

/// Writes the codewords of `plan` for `input` into `out[start..plan.capacity()]` (the header is
/// already in `out[..start]`), padding included, and returns the end (`plan.capacity()`, or less
/// only if `out` is too short, which the callers rule out). `back` is the table [`run_core`]
/// filled for this `input`; `path` is scratch of at least `path_bytes(n)` bytes.
pub(crate) fn emit_core(
    input: Input<'_>,
    costs: &Costs,
    plan: Plan,
    back: &[u8],
    path: &mut [u8],
    out: &mut [u8],
    start: usize,
) -> usize {
    let n = costs.n;
    let cap = plan.capacity as usize;
    let (end_pos, end_state) = match plan.end {
        End::Plain(s) | End::Pad(s) => (n, s),
        End::Tail(i, s) => (i, s),
        End::Base256Fill => (n, B256L),
        End::Ascii => {
            let mut em = Emitter {
                out,
                len: start,
                vals: [0; 8],
                nv: 0,
                edf: [0; 4],
                ne: 0,
                cap,
            };
            em.ascii_run(input, 0, n);
            em.pad();
            return em.len;
        }
    };
    // Collect the path backwards (node = pos << 4 | state).
    let mut nodes = 0usize;
    let (mut pos, mut state) = (end_pos, end_state);
    loop {
        let packed = ((pos << 4) | state) as u16;
        let Some(slot) = path.get_mut(nodes * 2..nodes * 2 + 2) else {
            break;
        };
        slot.copy_from_slice(&packed.to_le_bytes());
        nodes += 1;
        let row = pos * ROW_BYTES;
        let b = back.get(row + state).copied().unwrap_or(NONE);
        if b == NONE {
            break;
        }
        let pred = usize::from(b & 15);
        pos = match b & 0x30 {
            K_SAME => pos,
            K_ONE => pos.saturating_sub(1),
            K_PAIR => pos.saturating_sub(2),
            _ => {
                let at = row + S + if state == B256L { 2 } else { 0 };
                let lo = back.get(at).copied().unwrap_or(0);
                let hi = back.get(at + 1).copied().unwrap_or(0);
                usize::from(u16::from_le_bytes([lo, hi]))
            }
        };
        state = pred;
    }
    let node = |k: usize| {
        let lo = path.get(k * 2).copied().unwrap_or(0);
        let hi = path.get(k * 2 + 1).copied().unwrap_or(0);
        let v = usize::from(u16::from_le_bytes([lo, hi]));
        (v >> 4, v & 15)
    };
    let mut em = Emitter {
        out,
        len: start,
        vals: [0; 8],
        nv: 0,
        edf: [0; 4],
        ne: 0,
        cap,
    };
    let mut k = nodes.saturating_sub(1);
    while k > 0 {
        let from = node(k);
        let to = node(k - 1);
        em.step(input, from, to, plan.end == End::Base256Fill && to.0 == n);
        k -= 1;
    }
    match plan.end {
        End::Plain(s) => em.finish(s),
        End::Pad(_) => {
            em.push_vals(&[0]);
            if em.len < cap {
                em.push(c40::UNLATCH);
            }
        }
        End::Tail(i, _) => {
            // The decoder returns to ASCII by itself: no unlatch.
            em.ascii_run(input, i, n);
        }
        End::Base256Fill | End::Ascii => {}
    }
    em.pad();
    em.len
}

/// Reusable planner with its own (growing) scratch: repeated runs do not allocate once the
/// scratch has reached the longest input's size.
#[derive(Debug, Clone)]
pub struct Planner {
    scratch: Vec<u8>,
    costs: Costs,
}

impl Default for Planner {
    fn default() -> Self {
        Self::new()
    }
}

impl Planner {
    /// An empty planner.
    pub fn new() -> Self {
        Planner {
            scratch: Vec::new(),
            costs: Costs {
                n: 0,
                rows: [[INF; S]; 5],
                tail: [INF; 5],
            },
        }
    }

    /// Runs the shortest-path pass over `input`, starting in ASCII after `base` header codewords.
    ///
    /// `input.data` must be at most [`super::MAX_INPUT`] bytes (the caller checks).
    pub fn run(&mut self, input: Input<'_>, modes: Modes, base: u32) {
        let n = input.data.len();
        let need = scratch_bytes(n);
        if self.scratch.len() < need {
            self.scratch.resize(need, 0);
        }
        self.costs = run_core(input, modes, base, self.scratch.get_mut(..back_bytes(n)));
    }

    /// The fewest codewords any ending needs if the symbol were unbounded (a lower bound for every
    /// capacity, and the `needed` figure of a too-long error).
    pub fn min_cost(&self) -> u32 {
        self.costs.min_cost()
    }

    /// A plan that fits `capacity` data codewords, or `None`.
    pub fn fit(&self, capacity: u32) -> Option<Plan> {
        self.costs.fit(capacity)
    }

    /// Writes the codewords of `plan` for `input` after the header already in `out`, then pads to
    /// the plan's capacity. `input` must be the one given to [`Planner::run`].
    pub fn emit(&mut self, input: Input<'_>, plan: Plan, out: &mut Vec<u8>) {
        let start = out.len();
        let cap = plan.capacity as usize;
        out.resize(cap.max(start), 0);
        let n = self.costs.n;
        let split = back_bytes(n).min(self.scratch.len());
        let (back, path) = self.scratch.split_at_mut(split);
        let end = emit_core(input, &self.costs, plan, back, path, out, start);
        out.truncate(end);
    }
}

/// Writes codewords while walking a plan.
struct Emitter<'o> {
    out: &'o mut [u8],
    len: usize,
    vals: [u8; 8],
    nv: usize,
    edf: [u8; 4],
    ne: usize,
    cap: usize,
}

impl Emitter<'_> {
    #[inline]
    fn push(&mut self, c: u8) {
        if let Some(slot) = self.out.get_mut(self.len) {
            *slot = c;
            self.len += 1;
        }
    }

    fn push_vals(&mut self, v: &[u8]) {
        for &x in v {
            if let Some(slot) = self.vals.get_mut(self.nv) {
                *slot = x;
                self.nv += 1;
            }
            if self.nv == 3 {
                let [a, b] = c40::pack([self.vals[0], self.vals[1], self.vals[2]]);
                self.push(a);
                self.push(b);
                self.nv = 0;
            }
        }
    }

    fn ascii_run(&mut self, input: Input<'_>, from: usize, to: usize) {
        // GS is not a digit, so a digit pair never swallows an FNC1.
        let mut rest = input.data.get(from..to).unwrap_or(&[]);
        loop {
            match rest {
                [a @ b'0'..=b'9', b @ b'0'..=b'9', tail @ ..] => {
                    self.push(ascii::digit_pair(*a, *b));
                    rest = tail;
                }
                [b, tail @ ..] => {
                    if input.gs_is_fnc1 && *b == GS {
                        self.push(ascii::FNC1);
                    } else if *b < 128 {
                        self.push(b + 1);
                    } else {
                        self.push(ascii::UPPER_SHIFT);
                        self.push(b - 127);
                    }
                    rest = tail;
                }
                [] => break,
            }
        }
    }

    fn step(&mut self, input: Input<'_>, from: (usize, usize), to: (usize, usize), to_end: bool) {
        let ((p0, s0), (p1, s1)) = (from, to);
        if s1 == B256S || s1 == B256L {
            // A Base 256 segment p0..p1, entered from ASCII.
            self.push(ascii::LATCH_BASE256);
            let len = p1.saturating_sub(p0);
            let (field, nf) = base256::length_field(if to_end { 0 } else { len });
            for &f in field.iter().take(nf) {
                let pos = self.len + 1;
                self.push(base256::randomise(f, pos));
            }
            for &b in input.data.get(p0..p1).unwrap_or(&[]) {
                let pos = self.len + 1;
                self.push(base256::randomise(b, pos));
            }
            return;
        }
        if p0 == p1 {
            // A switch at one position.
            match (s0, s1) {
                (ASC, C40) => self.push(ascii::LATCH_C40),
                (ASC, TXT) => self.push(ascii::LATCH_TEXT),
                (ASC, X12) => self.push(ascii::LATCH_X12),
                (ASC, EDF) => self.push(ascii::LATCH_EDIFACT),
                // With one codeword left the decoder is back in ASCII anyway.
                (C40 | TXT | X12, ASC) if self.cap.saturating_sub(self.len) >= 2 => {
                    self.push(c40::UNLATCH);
                }
                (s, ASC) if (EDF..EDF + 4).contains(&s) => self.edifact_unlatch(),
                _ => {} // end of a Base 256 segment
            }
            return;
        }
        match s0 {
            ASC => self.ascii_run(input, p0, p1),
            C40..=9 => {
                let (b, f) = input.unit(p0);
                if s0 >= X12 {
                    self.push_vals(&[x12::value(b).unwrap_or(0)]);
                } else {
                    let mut v = [0u8; 4];
                    let nv = c40::values(b, f, s0 >= TXT, &mut v);
                    self.push_vals(v.get(..nv).unwrap_or(&[]));
                }
            }
            _ => {
                let (b, _) = input.unit(p0);
                if let Some(slot) = self.edf.get_mut(self.ne) {
                    *slot = edifact::value(b).unwrap_or(0);
                    self.ne += 1;
                }
                if self.ne == 4 {
                    self.pack_edifact(4);
                    self.ne = 0;
                }
            }
        }
    }

    fn pack_edifact(&mut self, n: usize) {
        let mut tmp = [0u8; 3];
        let mut k = 0usize;
        edifact::pack(&self.edf, n, &mut |c| {
            if let Some(slot) = tmp.get_mut(k) {
                *slot = c;
                k += 1;
            }
        });
        for &c in tmp.iter().take(k) {
            self.push(c);
        }
    }

    fn edifact_unlatch(&mut self) {
        let left = self.cap.saturating_sub(self.len);
        if self.ne == 0 && left <= 2 {
            // The decoder returns to ASCII by itself when at most two codewords remain.
            return;
        }
        if self.ne == 1 && left == 2 {
            // One value + unlatch would be read as ASCII: write the character in ASCII instead.
            let v = self.edf[0];
            let b = if v < 32 { v + 64 } else { v };
            self.push(b + 1);
            self.ne = 0;
            return;
        }
        if let Some(slot) = self.edf.get_mut(self.ne) {
            *slot = edifact::UNLATCH;
        }
        let n = self.ne + 1;
        for slot in self.edf.iter_mut().skip(n) {
            *slot = 0;
        }
        self.pack_edifact(n);
        self.ne = 0;
    }

    /// Closes a plain ending in `state`.
    fn finish(&mut self, state: usize) {
        let left = self.cap.saturating_sub(self.len);
        match state {
            C40 | TXT | X12 if left >= 2 => self.push(c40::UNLATCH),
            EDF if left >= 3 => self.push(edifact::UNLATCH << 2),
            _ => {}
        }
    }

    fn pad(&mut self) {
        if self.len < self.cap {
            self.push(ascii::PAD);
        }
        while self.len < self.cap && self.len < self.out.len() {
            let pos = self.len + 1;
            self.push(ascii::randomised_pad(pos));
        }
    }
}

#[cfg(test)]
mod tests {
    //! The monomorphised passes are fast paths of the general pass: on every input whose pruned
    //! mode set selects one, they give exactly the same costs (all 16 states of the last five
    //! positions, hence the same minimum and the same fits) and the same back pointers.
    use super::*;
    use proptest::prelude::*;

    fn general(input: Input<'_>, modes: Modes, base: u32, back: &mut [u8]) -> Costs {
        let modes = prune(input.data, modes);
        pass::<true, true, true, true>(input, modes, base, Some(back))
    }

    fn same(d: &[u8], gs1: bool, modes: Modes, base: u32) {
        let input = Input {
            data: d,
            gs_is_fnc1: gs1,
        };
        let mut b1 = alloc::vec![0u8; back_bytes(d.len())];
        let mut b2 = b1.clone();
        let fast = run_core(input, modes, base, Some(&mut b1));
        let slow = general(input, modes, base, &mut b2);
        // Unreachable states are `>= INF` (the general pass lets them drift above it).
        let norm = |c: &Costs| c.rows.map(|r| r.map(|v| v.min(INF)));
        assert_eq!(norm(&fast), norm(&slow), "{d:?} {modes:?}");
        assert_eq!(fast.tail, slow.tail);
        // Back pointers of reachable states agree (unreachable ones may differ: INF either way).
        for (i, (r1, r2)) in b1.chunks(ROW_BYTES).zip(b2.chunks(ROW_BYTES)).enumerate() {
            for s in 0..S {
                if r2[s] != NONE && r1[s] != NONE {
                    assert_eq!(r1[s], r2[s], "pos {i} state {s} of {d:?}");
                }
            }
        }
    }

    fn modes() -> impl Strategy<Value = Modes> {
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

    proptest! {
        #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]
        #[test]
        fn fast_passes_equal_the_general_pass(
            d in prop_oneof![
                // GS1-like without lower case: C40 + EDIFACT, or C40 only
                prop::collection::vec(prop::sample::select(b"0123456789\x1dAZ-./ ".to_vec()), 0..90),
                prop::collection::vec(prop::sample::select(b"0123456789AZ ".to_vec()), 0..90),
                // lower case without X12 specials: C40 + Text + EDIFACT
                prop::collection::vec(prop::sample::select(b"0123456789\x1dAZaz-./ ".to_vec()), 0..90),
            ],
            gs1 in any::<bool>(),
            m in modes(),
            base in 0u32..4,
        ) {
            same(&d, gs1, m, base);
        }
    }
}
