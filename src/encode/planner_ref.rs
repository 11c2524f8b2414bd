//! Reference planner (tests only): the session-1 shortest-path planner with full cost and back
//! tables, kept to check that the compact planner in `planner.rs` finds exactly the same minimum
//! for every capacity.
//!
//! Original description: the optimal encodation planner: a shortest path over (position, mode, pending values) that
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

#![allow(dead_code)]

use alloc::vec::Vec;

use super::planner::{Input, Modes};
use super::{ascii, base256, c40, edifact, x12};

const ASC: usize = 0;
const C40: usize = 1; // 1..=3
const TXT: usize = 4; // 4..=6
const X12: usize = 7; // 7..=9
const EDF: usize = 10; // 10..=13
const B256S: usize = 14;
const B256L: usize = 15;
const S: usize = 16;
const INF: u32 = u32::MAX / 4;
const NONE: u32 = u32::MAX;

/// The group GS (0x1D) becomes FNC1 in GS1 mode.
const GS: u8 = 0x1d;

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
}

/// A plan for one capacity: where the path ends and how.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Plan {
    end: End,
    capacity: u32,
}

/// Reusable planner: holds its tables between calls so repeated encodes do not allocate.
#[derive(Debug, Default, Clone)]
pub struct Planner {
    cost: Vec<u32>,
    back: Vec<u32>,
    steps: Vec<u32>,
    n: usize,
    /// ASCII cost of `data[n-k..]` for k = 0..=4 (None when more than 2).
    tail: [u32; 5],
    gs_is_fnc1: bool,
}

/// Window of candidate Base 256 segment starts (positions), minimum of `A[s] - s` at the front.
struct Window {
    idx: [u32; 256],
    head: usize,
    len: usize,
}

impl Window {
    fn new() -> Self {
        Window {
            idx: [0; 256],
            head: 0,
            len: 0,
        }
    }
    fn clear(&mut self) {
        self.len = 0;
    }
    fn front(&self) -> Option<usize> {
        (self.len > 0).then(|| self.idx[self.head & 255] as usize)
    }
    fn back(&self) -> Option<usize> {
        (self.len > 0).then(|| self.idx[(self.head + self.len - 1) & 255] as usize)
    }
    fn pop_front(&mut self) {
        if self.len > 0 {
            self.head = (self.head + 1) & 255;
            self.len -= 1;
        }
    }
    fn pop_back(&mut self) {
        self.len = self.len.saturating_sub(1);
    }
    fn push(&mut self, s: usize) {
        if self.len < 256 {
            self.idx[(self.head + self.len) & 255] = s as u32;
            self.len += 1;
        }
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

#[inline(always)]
fn relax(
    cost: &mut [u32; S],
    back: &mut [u32; S],
    s: usize,
    c: u32,
    from_pos: usize,
    from_state: usize,
) {
    if let (Some(slot), Some(b)) = (cost.get_mut(s), back.get_mut(s))
        && c < *slot
    {
        *slot = c;
        *b = pack_back(from_pos, from_state);
    }
}

/// Byte class bits: C40 value count (bits 0-2), Text value count (bits 3-5), X12, EDIFACT, digit.
const X12_OK: u16 = 1 << 6;
const EDF_OK: u16 = 1 << 7;
const DIGIT: u16 = 1 << 8;
/// FNC1: two values in C40 and Text, nothing else.
const FNC1_CLASS: u16 = 2 | (2 << 3);

/// Per-byte classes, computed at compile time.
static CLASS: [u16; 256] = classes();

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
        t[b] = v;
        b += 1;
    }
    t
}

#[inline]
fn pack_back(pos: usize, state: usize) -> u32 {
    ((pos as u32) << 4) | state as u32
}

impl Planner {
    /// An empty planner.
    pub fn new() -> Self {
        Self::default()
    }

    /// Number of `u32` cells each of the planner's two tables (costs, back pointers) holds for an
    /// input of `input_len` bytes: the scratch a caller-provided-buffer (no-heap) variant needs.
    /// For the largest input ([`super::MAX_INPUT`]) this is 51,216 cells (200 KiB per table).
    pub const fn table_cells(input_len: usize) -> usize {
        (input_len + 1) * S
    }

    #[inline]
    fn at(&self, i: usize, s: usize) -> u32 {
        self.cost.get(i * S + s).copied().unwrap_or(INF)
    }

    /// Runs the shortest-path pass over `input`, starting in ASCII after `base` header codewords.
    ///
    /// `input.data` must be at most [`super::MAX_INPUT`] bytes (the caller checks).
    pub fn run(&mut self, input: Input<'_>, modes: Modes, base: u32) {
        let modes = prune(input.data, modes);
        let n = input.data.len();
        self.n = n;
        self.gs_is_fnc1 = input.gs_is_fnc1;
        self.cost.clear();
        self.cost.resize((n + 1) * S, INF);
        self.back.clear();
        self.back.resize((n + 1) * S, NONE);
        if let Some(c) = self.cost.first_mut() {
            *c = base;
        }
        let mut short = Window::new();
        // Long segments: best start s <= i - 250 since the last FNC1, as (key, s).
        let mut long_best: Option<(u32, usize)> = None;
        let mut seg_floor = 0usize; // first position a segment ending here may start at
        for i in 0..=n {
            let (done, rest) = self.cost.split_at_mut(i * S);
            let (_, brest) = self.back.split_at_mut(i * S);
            let (Some((cur, after)), Some((bcur, bafter))) = (
                rest.split_first_chunk_mut::<S>(),
                brest.split_first_chunk_mut::<S>(),
            ) else {
                break;
            };
            let asc_at = |s: usize| done.get(s * S).copied().unwrap_or(INF);
            // Base 256 segments ending at i (covering s..i, all plain bytes).
            if modes.base256 && i > 0 {
                while short.front().is_some_and(|s| i - s > base256::SHORT_MAX) {
                    short.pop_front();
                }
                if let Some(s) = short.front() {
                    relax(cur, bcur, B256S, asc_at(s) + 2 + (i - s) as u32, s, ASC);
                }
                if i >= 250 {
                    let s = i - 250;
                    let a = asc_at(s);
                    if s >= seg_floor && a < INF {
                        let key = a + (n - s) as u32;
                        if long_best.is_none_or(|(k, _)| key < k) {
                            long_best = Some((key, s));
                        }
                    }
                }
                if let Some((_, s)) = long_best {
                    relax(cur, bcur, B256L, asc_at(s) + 3 + (i - s) as u32, s, ASC);
                }
            }
            // Back to ASCII (states of disallowed modes are never reached: skip them).
            for (m, on) in [(C40, modes.c40), (TXT, modes.text), (X12, modes.x12)] {
                if on {
                    let c = cur[m] + 1;
                    relax(cur, bcur, ASC, c, i, m);
                }
            }
            if modes.edifact {
                for k in 0..4 {
                    let c = cur[EDF + k] + edifact::unlatch_cost(k as u32);
                    relax(cur, bcur, ASC, c, i, EDF + k);
                }
            }
            if modes.base256 {
                for m in [B256S, B256L] {
                    let c = cur[m];
                    relax(cur, bcur, ASC, c, i, m);
                }
            }
            // Latches out of ASCII.
            let a = cur[ASC];
            if modes.c40 {
                relax(cur, bcur, C40, a + 1, i, ASC);
            }
            if modes.text {
                relax(cur, bcur, TXT, a + 1, i, ASC);
            }
            if modes.x12 {
                relax(cur, bcur, X12, a + 1, i, ASC);
            }
            if modes.edifact {
                relax(cur, bcur, EDF, a + 1, i, ASC);
            }
            if i == n {
                break;
            }
            let cur = *cur;
            let (b, fnc1) = unit(&input, i);
            // Base 256 starts at i.
            if modes.base256 {
                if fnc1 {
                    short.clear();
                    long_best = None;
                    seg_floor = i + 1;
                } else if a < INF {
                    let ka = a + (n - i) as u32;
                    while short
                        .back()
                        .is_some_and(|s| asc_at(s) + (n - s) as u32 >= ka)
                    {
                        short.pop_back();
                    }
                    short.push(i);
                }
            }
            let cls = if fnc1 { FNC1_CLASS } else { CLASS[b as usize] };
            let (Some((next, after2)), Some((bnext, bafter2))) = (
                after.split_first_chunk_mut::<S>(),
                bafter.split_first_chunk_mut::<S>(),
            ) else {
                break;
            };
            // ASCII.
            if a < INF {
                if cls & DIGIT != 0 {
                    let (_, f2) = unit(&input, i + 1);
                    let d2 = input.data.get(i + 1).is_some_and(u8::is_ascii_digit);
                    if d2
                        && !f2
                        && let (Some(n2), Some(bn2)) = (
                            after2.first_chunk_mut::<S>(),
                            bafter2.first_chunk_mut::<S>(),
                        )
                    {
                        relax(n2, bn2, ASC, a + 1, i, ASC);
                    }
                }
                let c = if fnc1 { 1 } else { ascii::byte_cost(b) };
                relax(next, bnext, ASC, a + c, i, ASC);
            }
            // C40 and Text.
            for (m, on, v) in [
                (C40, modes.c40, u32::from(cls & 7)),
                (TXT, modes.text, u32::from(cls >> 3 & 7)),
            ] {
                if !on {
                    continue;
                }
                for k in 0..3u32 {
                    let c = cur[m + k as usize];
                    if c < INF {
                        let t = k + v;
                        relax(
                            next,
                            bnext,
                            m + (t % 3) as usize,
                            c + 2 * (t / 3),
                            i,
                            m + k as usize,
                        );
                    }
                }
            }
            if modes.x12 && cls & X12_OK != 0 {
                for k in 0..3usize {
                    let c = cur[X12 + k];
                    if c < INF {
                        let (nk, add) = if k == 2 { (0, 2) } else { (k + 1, 0) };
                        relax(next, bnext, X12 + nk, c + add, i, X12 + k);
                    }
                }
            }
            if modes.edifact && cls & EDF_OK != 0 {
                for k in 0..4usize {
                    let c = cur[EDF + k];
                    if c < INF {
                        let (nk, add) = if k == 3 { (0, 3) } else { (k + 1, 0) };
                        relax(next, bnext, EDF + nk, c + add, i, EDF + k);
                    }
                }
            }
        }
        // ASCII cost of the last few units, for the implicit-unlatch tails.
        self.tail = [INF; 5];
        for k in 0..=4usize.min(n) {
            let mut c = 0u32;
            let mut j = n - k;
            while j < n {
                let (b, f) = unit(&input, j);
                let (b2, f2) = unit(&input, j + 1);
                if !f && j + 1 < n && !f2 && ascii::is_digit(b) && ascii::is_digit(b2) {
                    c += 1;
                    j += 2;
                } else {
                    c += if f { 1 } else { ascii::byte_cost(b) };
                    j += 1;
                }
            }
            self.tail[k] = c;
        }
    }

    /// The fewest codewords any ending needs if the symbol were unbounded (a lower bound for every
    /// capacity, and the `needed` figure of a too-long error).
    pub fn min_cost(&self) -> u32 {
        let n = self.n;
        let mut best = self.at(n, ASC);
        for s in [C40, TXT, X12, EDF, B256S, B256L] {
            best = best.min(self.at(n, s));
        }
        for s in [C40 + 2, TXT + 2] {
            best = best.min(self.at(n, s).saturating_add(2));
        }
        best
    }

    /// A plan that fits `capacity` data codewords, or `None`.
    pub fn fit(&self, capacity: u32) -> Option<Plan> {
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
            if t == 1 {
                for m in [C40, TXT, X12] {
                    if self.at(i, m) + 1 == cap {
                        return plan(End::Tail(i, m));
                    }
                }
            }
            let e = self.at(i, EDF);
            if e < INF && cap >= e && cap - e <= 2 && e + t <= cap {
                return plan(End::Tail(i, EDF));
            }
        }
        for m in [C40 + 2, TXT + 2] {
            let c = self.at(n, m);
            if c < INF && (c + 2 == cap || c + 3 <= cap) {
                return plan(End::Pad(m));
            }
        }
        for s in [ASC, C40, TXT, X12, EDF, B256S, B256L] {
            if self.at(n, s) <= cap {
                return plan(End::Plain(s));
            }
        }
        let l = self.at(n, B256L);
        if l < INF && l - 1 == cap {
            return plan(End::Base256Fill);
        }
        None
    }

    /// Writes the codewords of `plan` for `input` after the header already in `out`, then pads to
    /// the plan's capacity. `input` must be the one given to [`Planner::run`].
    pub fn emit(&mut self, input: Input<'_>, plan: Plan, out: &mut Vec<u8>) {
        let cap = plan.capacity as usize;
        let (end_pos, end_state) = match plan.end {
            End::Plain(s) | End::Pad(s) => (self.n, s),
            End::Tail(i, s) => (i, s),
            End::Base256Fill => (self.n, B256L),
        };
        // Collect the path backwards.
        self.steps.clear();
        let mut cur = pack_back(end_pos, end_state);
        let mut guard = 0usize;
        while cur != NONE && guard <= self.back.len() {
            self.steps.push(cur);
            let (p, s) = ((cur >> 4) as usize, (cur & 15) as usize);
            cur = self.back.get(p * S + s).copied().unwrap_or(NONE);
            guard += 1;
        }
        let mut em = Emitter {
            out,
            vals: [0; 8],
            nv: 0,
            edf: [0; 4],
            ne: 0,
            cap,
        };
        let steps = core::mem::take(&mut self.steps);
        let mut it = steps.iter().rev();
        let mut prev = it.next().copied().unwrap_or(0);
        for &st in it {
            let (p0, s0) = ((prev >> 4) as usize, (prev & 15) as usize);
            let (p1, s1) = ((st >> 4) as usize, (st & 15) as usize);
            em.step(
                input,
                (p0, s0),
                (p1, s1),
                plan.end == End::Base256Fill && p1 == self.n,
            );
            prev = st;
        }
        self.steps = steps;
        match plan.end {
            End::Plain(s) => em.finish(s),
            End::Pad(_) => {
                em.push_vals(&[0]);
                if em.out.len() < cap {
                    em.out.push(c40::UNLATCH);
                }
            }
            End::Tail(i, _) => {
                // The decoder returns to ASCII by itself: no unlatch.
                em.ascii_run(input, i, self.n);
            }
            End::Base256Fill => {}
        }
        em.pad();
    }
}

/// Writes codewords while walking a plan.
struct Emitter<'o> {
    out: &'o mut Vec<u8>,
    vals: [u8; 8],
    nv: usize,
    edf: [u8; 4],
    ne: usize,
    cap: usize,
}

impl Emitter<'_> {
    fn push_vals(&mut self, v: &[u8]) {
        for &x in v {
            if let Some(slot) = self.vals.get_mut(self.nv) {
                *slot = x;
                self.nv += 1;
            }
            if self.nv == 3 {
                let cw = c40::pack([self.vals[0], self.vals[1], self.vals[2]]);
                self.out.extend_from_slice(&cw);
                self.nv = 0;
            }
        }
    }

    fn ascii_run(&mut self, input: Input<'_>, from: usize, to: usize) {
        let mut j = from;
        while j < to {
            let (b, f) = unit(&input, j);
            let (b2, f2) = unit(&input, j + 1);
            if !f && j + 1 < to && !f2 && ascii::is_digit(b) && ascii::is_digit(b2) {
                self.out.push(ascii::digit_pair(b, b2));
                j += 2;
            } else {
                if f {
                    self.out.push(ascii::FNC1);
                } else {
                    ascii::push_byte(b, &mut |c| self.out.push(c));
                }
                j += 1;
            }
        }
    }

    fn step(&mut self, input: Input<'_>, from: (usize, usize), to: (usize, usize), to_end: bool) {
        let ((p0, s0), (p1, s1)) = (from, to);
        if s1 == B256S || s1 == B256L {
            // A Base 256 segment p0..p1, entered from ASCII.
            self.out.push(ascii::LATCH_BASE256);
            let len = p1.saturating_sub(p0);
            let (field, nf) = base256::length_field(if to_end { 0 } else { len });
            for &f in field.iter().take(nf) {
                let pos = self.out.len() + 1;
                self.out.push(base256::randomise(f, pos));
            }
            for &b in input.data.get(p0..p1).unwrap_or(&[]) {
                let pos = self.out.len() + 1;
                self.out.push(base256::randomise(b, pos));
            }
            return;
        }
        if p0 == p1 {
            // A switch at one position.
            match (s0, s1) {
                (ASC, C40) => self.out.push(ascii::LATCH_C40),
                (ASC, TXT) => self.out.push(ascii::LATCH_TEXT),
                (ASC, X12) => self.out.push(ascii::LATCH_X12),
                (ASC, EDF) => self.out.push(ascii::LATCH_EDIFACT),
                // With one codeword left the decoder is back in ASCII anyway.
                (C40 | TXT | X12, ASC) if self.cap.saturating_sub(self.out.len()) >= 2 => {
                    self.out.push(c40::UNLATCH);
                }
                (s, ASC) if (EDF..EDF + 4).contains(&s) => self.edifact_unlatch(),
                _ => {} // end of a Base 256 segment
            }
            return;
        }
        match s0 {
            ASC => self.ascii_run(input, p0, p1),
            C40..=9 => {
                let (b, f) = unit(&input, p0);
                if s0 >= X12 {
                    self.push_vals(&[x12::value(b).unwrap_or(0)]);
                } else {
                    let mut v = [0u8; 4];
                    let nv = c40::values(b, f, s0 >= TXT, &mut v);
                    self.push_vals(v.get(..nv).unwrap_or(&[]));
                }
            }
            _ => {
                let (b, _) = unit(&input, p0);
                if let Some(slot) = self.edf.get_mut(self.ne) {
                    *slot = edifact::value(b).unwrap_or(0);
                    self.ne += 1;
                }
                if self.ne == 4 {
                    let out = &mut *self.out;
                    edifact::pack(&self.edf, 4, &mut |c| out.push(c));
                    self.ne = 0;
                }
            }
        }
    }

    fn edifact_unlatch(&mut self) {
        let left = self.cap.saturating_sub(self.out.len());
        if self.ne == 0 && left <= 2 {
            // The decoder returns to ASCII by itself when at most two codewords remain.
            return;
        }
        if self.ne == 1 && left == 2 {
            // One value + unlatch would be read as ASCII: write the character in ASCII instead.
            let v = self.edf[0];
            let b = if v < 32 { v + 64 } else { v };
            self.out.push(b + 1);
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
        let out = &mut *self.out;
        edifact::pack(&self.edf, n, &mut |c| out.push(c));
        self.ne = 0;
    }

    /// Closes a plain ending in `state`.
    fn finish(&mut self, state: usize) {
        let left = self.cap.saturating_sub(self.out.len());
        match state {
            C40 | TXT | X12 if left >= 2 => self.out.push(c40::UNLATCH),
            EDF if left >= 3 => self.out.push(edifact::UNLATCH << 2),
            _ => {}
        }
    }

    fn pad(&mut self) {
        if self.out.len() < self.cap {
            self.out.push(ascii::PAD);
        }
        while self.out.len() < self.cap {
            let pos = self.out.len() + 1;
            self.out.push(ascii::randomised_pad(pos));
        }
    }
}

#[inline]
fn unit(input: &Input<'_>, i: usize) -> (u8, bool) {
    let b = input.data.get(i).copied().unwrap_or(0);
    (b, input.gs_is_fnc1 && b == GS)
}
