//! Data compaction with the fewest codewords: a shortest path over text (four sub-modes, shifts
//! and latches, ISO/IEC 15438 5.4.1), byte (5.4.3) and numeric (5.4.4) compaction.
//!
//! Costs are counted in half codewords, so a text value costs 1 and a codeword 2. The states at
//! each position are: text in each sub-mode with an even or odd number of values written (an odd
//! count needs a pad value before a mode change or a byte shift); byte compaction with 0–5 bytes
//! of the current 6-byte group written (a group's sixth byte is free: 6 bytes → 5 codewords);
//! numeric compaction with 0–43 digits of the current 44-digit group written.

use super::text::{self, ALPHA, AS, LATCH, LOWER, PS, PUNCT};

/// Latch to text compaction (and the pad codeword).
pub(super) const TEXT_LATCH: u16 = 900;
/// Latch to byte compaction, byte count not a multiple of 6.
pub(super) const BYTE_LATCH: u16 = 901;
/// Latch to numeric compaction.
pub(super) const NUMERIC_LATCH: u16 = 902;
/// Shift one byte from text compaction.
const BYTE_SHIFT: u16 = 913;
/// Latch to byte compaction, byte count a multiple of 6.
pub(super) const BYTE_LATCH_6: u16 = 924;

const TEXT_STATES: usize = 8;
const BYTE0: usize = TEXT_STATES;
const NUM0: usize = BYTE0 + 6;
const STATES: usize = NUM0 + 44;
/// Costs are packed: half codewords from bit 24, mode switches in bits 8–23 (so that of two
/// equally short paths the one with fewer mode switches wins), and in the low 8 bits a key that
/// names the transition or state, so that `min` keeps the first of equal candidates.
const INF: u64 = 1 << 62;
/// One text value (half a codeword).
const HALF: u64 = 1 << 24;
/// One mode switch.
const ONE_SWITCH: u64 = 1 << 8;
/// A mode latch or byte shift: one codeword, and one switch.
const SWITCH: u64 = 2 * HALF + ONE_SWITCH;
/// The cost without its key.
const COST: u64 = !0xff;
const NONE: u8 = u8::MAX;

// Consumption actions, stored beside the predecessor state (in the order ties are broken).
const ACT_VALUE: u8 = 0;
const ACT_SHIFT: u8 = 1;
const ACT_LATCH: u8 = 2;
const ACT_BYTE_SHIFT: u8 = 3;
const ACT_BYTE: u8 = 4;
const ACT_DIGIT: u8 = 5;

/// Codewords a numeric group of `r` digits takes: base 900 digits of `1` followed by the digits
/// (the count never depends on the digits themselves for r ≤ 44).
pub(super) const NUM_CW: [u8; 45] = [
    0, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4, 5, 5, 5, 6, 6, 6, 7, 7, 7, 8, 8, 8, 9, 9, 9, 10, 10, 10,
    11, 11, 11, 12, 12, 12, 13, 13, 13, 14, 14, 14, 15, 15, 15,
];

/// Cost of the digit that takes a numeric group from `r` to `r + 1` digits.
const NUM_STEP: [u64; 44] = {
    let mut t = [0u64; 44];
    let mut r = 0;
    while r < 44 {
        t[r] = (NUM_CW[r + 1] - NUM_CW[r]) as u64 * 2 * HALF;
        r += 1;
    }
    t
};

#[inline]
const fn text_state(sub: usize, parity: usize) -> usize {
    sub * 2 + parity
}

/// A text compaction transition over one byte: from text state `from` to `to`, adding `add`
/// (a cost whose key is `from << 3 | action`, which orders the candidates of one target as
/// the standard's preference: earlier state, then value, shift, latch, byte shift).
#[derive(Clone, Copy)]
struct Edge {
    from: u8,
    to: u8,
    /// The first transition into `to`.
    first: bool,
    /// The cost and key, less 255 (the sum is taken with the source's key bits set); below
    /// 2^32 (at most 5 half codewords and a switch).
    add: u32,
}

const MAX_EDGES: usize = 40;

/// `EDGES[text_only][mask]`: the transitions over a byte held by the sub-modes of `mask` (0:
/// none). From each state, a character of its sub-mode is written as it is; else by a shift (to
/// Punctuation, or Lower to Alpha), or a latch to each sub-mode holding it; unless `text_only`,
/// any byte can also be shifted (913), after a pad value when the value count is odd.
const EDGES: [[([Edge; MAX_EDGES], u8); 16]; 2] = [edges(false), edges(true)];

const fn edges(text_only: bool) -> [([Edge; MAX_EDGES], u8); 16] {
    const NO_EDGE: Edge = Edge {
        from: 0,
        to: 0,
        first: false,
        add: 0,
    };
    let mut t = [([NO_EDGE; MAX_EDGES], 0u8); 16];
    let mut mask = 0;
    while mask < 16 {
        let (list, count) = &mut t[mask];
        let mut from = 0;
        while from < TEXT_STATES {
            let (sub, parity) = (from / 2, from % 2);
            // (to sub-mode, values written, action)
            let mut steps = [(0usize, 0u64, 0u8); 5];
            let mut n = 0;
            if mask & 1 << sub != 0 {
                steps[0] = (sub, 1, ACT_VALUE);
                n = 1;
            } else if mask != 0 {
                if (sub != PUNCT && mask & 1 << PUNCT != 0)
                    || (sub == LOWER && mask & 1 << ALPHA != 0)
                {
                    steps[n] = (sub, 2, ACT_SHIFT);
                    n += 1;
                }
                let mut to = 0;
                while to < 4 {
                    if mask & 1 << to != 0 {
                        steps[n] = (to, LATCH[sub][to].len() as u64 + 1, ACT_LATCH);
                        n += 1;
                    }
                    to += 1;
                }
            }
            let mut k = 0;
            while k < n {
                let (to, values, act) = steps[k];
                let switch = if act == ACT_LATCH { ONE_SWITCH } else { 0 };
                list[*count as usize] = Edge {
                    from: from as u8,
                    to: text_state(to, parity ^ (values as usize & 1)) as u8,
                    first: false,
                    add: (values * HALF + switch + ((from as u64) << 3 | act as u64) - 0xff) as u32,
                };
                *count += 1;
                k += 1;
            }
            if !text_only {
                // Pad an odd value count (value 29: from Punctuation a latch to Alpha), then
                // 913 and the byte.
                let to = if sub == PUNCT && parity == 1 {
                    ALPHA
                } else {
                    sub
                };
                list[*count as usize] = Edge {
                    from: from as u8,
                    to: text_state(to, 0) as u8,
                    first: false,
                    add: (parity as u64 * HALF
                        + 2 * HALF
                        + SWITCH
                        + ((from as u64) << 3)
                        + ACT_BYTE_SHIFT as u64
                        - 0xff) as u32,
                };
                *count += 1;
            }
            from += 1;
        }
        let mut seen = [false; TEXT_STATES];
        let mut k = 0;
        while k < *count as usize {
            let to = list[k].to as usize;
            list[k].first = !seen[to];
            seen[to] = true;
            k += 1;
        }
        mask += 1;
    }
    t
}

/// The text states' costs after a byte held by the sub-modes of `mask`, with the key of the
/// transition that reached each (the first of equal ones).
#[inline]
fn text_step<const TEXT_ONLY: bool>(mask: u8, cost: &[u64; TEXT_STATES]) -> [u64; TEXT_STATES] {
    // One copy per mask, so that the transitions are constants and the loop unrolls.
    macro_rules! by_mask {
        ($($m:literal)*) => {
            match mask {
                $($m => text_step_of::<TEXT_ONLY, $m>(cost),)*
                _ => unreachable!("text masks have four bits"),
            }
        };
    }
    by_mask!(0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15)
}

#[inline]
fn text_step_of<const TEXT_ONLY: bool, const MASK: usize>(
    cost: &[u64; TEXT_STATES],
) -> [u64; TEXT_STATES] {
    let (list, count) = &EDGES[TEXT_ONLY as usize][MASK];
    let keyed = cost.map(|c| c | 0xff);
    let mut next = [INF; TEXT_STATES];
    for e in &list[..usize::from(*count)] {
        let c = keyed[usize::from(e.from)] + u64::from(e.add);
        let t = &mut next[usize::from(e.to)];
        *t = if e.first { c } else { (*t).min(c) };
    }
    next
}

/// The first cheapest of `costs` with its state number (`base` + index) as key, `INF` when all
/// are `INF`.
#[inline]
fn cheapest(costs: &[u64], base: usize) -> u64 {
    costs
        .iter()
        .enumerate()
        .fold(INF | 0xff, |best, (s, &c)| best.min(c | (base + s) as u64))
}

/// The search's state before the data: every state's cost, as after some prefix.
#[derive(Clone, Copy)]
pub(super) struct Start {
    text: [u64; TEXT_STATES],
    byte: [u64; 6],
    num: [u64; 44],
    num_live: usize,
    /// The state (before any latch) the data's path must leave the prefix in, if any.
    expect: Option<u8>,
}

impl Start {
    /// Where every PDF417 symbol starts: text compaction's Alpha sub-mode, nothing written.
    pub(super) const PDF417: Start = {
        let mut text = [INF; TEXT_STATES];
        text[text_state(ALPHA, 0)] = 0;
        Start {
            text,
            byte: [INF; 6],
            num: [INF; 44],
            num_live: 0,
            expect: None,
        }
    };

    /// The state after PDF417's search over `prefix`: searching `data` from it finds the same
    /// path as searching `prefix` + `data`, cut at the prefix's end. Only paths that leave the
    /// prefix at the first state of `mode` are taken (see [`compact_from`]).
    pub(super) fn after(prefix: &[u8], mode: Mode) -> Start {
        let (end, _, _) = forward(prefix, false, &Start::PDF417);
        Start {
            expect: Some(match mode {
                Mode::Text => text_state(ALPHA, 0),
                Mode::Byte => BYTE0,
                Mode::Numeric => NUM0,
            } as u8),
            ..end
        }
    }
}

/// Appends the codewords of `data` to `out`, starting in text compaction's Alpha sub-mode (where
/// every PDF417 symbol starts). With `text_only`, byte and numeric compaction are not used and
/// the first byte text compaction lacks is returned as the error.
pub(super) fn compact(data: &[u8], text_only: bool, out: &mut Vec<u16>) -> Result<(), usize> {
    if text_only {
        if let Some(bad) = data.iter().position(|&b| text::text_char(b).is_none()) {
            return Err(bad);
        }
    }
    search(data, text_only, &Start::PDF417, out);
    Ok(())
}

/// Appends the codewords of `data` to `out` as PDF417's search over a prefix and `data` writes
/// them after the prefix's, from [`Start::after`] that prefix: a run of the prefix's last mode
/// that carries on into the data starts with that mode's latch (901/924 as the whole run's byte
/// count says), else the data begins with the next mode's latch. Returns false (and appends
/// nothing) when the best path leaves the prefix in another state than the start expects.
pub(super) fn compact_from(data: &[u8], start: &Start, out: &mut Vec<u16>) -> bool {
    search(data, false, start, out)
}

/// The costs of every state after `data` from `start`, with the back pointers of the text
/// states (per position) and the latches taken (per position, the last one for the end).
#[allow(clippy::type_complexity)]
#[inline]
fn forward(
    data: &[u8],
    text_only: bool,
    start: &Start,
) -> (Start, Vec<[u8; TEXT_STATES]>, Vec<[u8; 3]>) {
    let n = data.len();
    // The states' costs (at least INF: unreachable): text (sub-mode × parity, with the key of
    // the transition that reached them), byte (bytes of the current group written), numeric
    // (digits of the current group written; only the first `num_live` can be reached).
    let mut text_cost = start.text;
    let mut byte_cost = start.byte;
    let mut num_cost = start.num;
    let mut num_live = start.num_live;
    // back[i * 8 + s]: text state s at position i was reached from text state `v >> 3` by
    // action `v & 7` (byte and numeric states have a single predecessor each).
    let mut back: Vec<[u8; TEXT_STATES]> = Vec::with_capacity(n + 1);
    back.push([0; TEXT_STATES]);
    // latch[i]: the states at position i that latched into text Alpha, byte and numeric
    // compaction there, if any.
    let mut latch: Vec<[u8; 3]> = Vec::with_capacity(n + 1);

    for &b in data {
        let mask = text::TEXT.get(usize::from(b)).map_or(0, |&(mask, _)| mask);
        let digit = b.is_ascii_digit();
        if text_only {
            latch.push([NONE; 3]);
        } else {
            // Mode latches before the byte: into text Alpha (900), byte (901/924) and numeric
            // (902) compaction, each from the cheapest state of another mode (text, then byte,
            // then numeric on a tie; an odd text value count needs a pad).
            let text = text_cost
                .iter()
                .enumerate()
                .fold(INF | 0xff, |best, (s, &c)| {
                    best.min(((c & COST) + (s & 1) as u64 * HALF) | s as u64)
                });
            let byte = cheapest(&byte_cost, BYTE0);
            let num = cheapest(&num_cost[..num_live], NUM0);
            let mut l = [NONE; 3];
            let set = |cost: &mut u64, slot: &mut u8, from: u64| {
                let c = (from & COST) + SWITCH;
                if c < *cost & COST {
                    *cost = c;
                    *slot = from as u8;
                }
            };
            if mask != 0 {
                set(&mut text_cost[0], &mut l[0], byte.min(num));
            }
            set(&mut byte_cost[0], &mut l[1], text.min(num));
            if digit {
                num_live = num_live.max(1);
                set(&mut num_cost[0], &mut l[2], text.min(byte));
            }
            latch.push(l);
        }

        // Text compaction.
        let next = if text_only {
            text_step::<true>(mask, &text_cost)
        } else {
            text_step::<false>(mask, &text_cost)
        };
        back.push(next.map(|c| c as u8));
        text_cost = next;

        if !text_only {
            // Byte compaction: a group's sixth byte is free.
            let last = byte_cost[5];
            for k in (0..5).rev() {
                byte_cost[k + 1] = byte_cost[k] + 2 * HALF;
            }
            byte_cost[0] = last;
            // Numeric compaction.
            if digit {
                let wrap = if num_live == 44 {
                    num_cost[43] + NUM_STEP[43]
                } else {
                    INF
                };
                for r in (0..num_live.min(43)).rev() {
                    num_cost[r + 1] = num_cost[r] + NUM_STEP[r];
                }
                num_cost[0] = wrap;
                num_live = (num_live + 1).min(44);
            } else {
                num_cost[..num_live].fill(INF);
                num_live = 0;
            }
        }
    }
    latch.push([NONE; 3]);
    let end = Start {
        text: text_cost,
        byte: byte_cost,
        num: num_cost,
        num_live,
        expect: start.expect,
    };
    (end, back, latch)
}

/// The search proper: the forward pass, the cheapest end state and the walk back.
fn search(data: &[u8], text_only: bool, start: &Start, out: &mut Vec<u16>) -> bool {
    let n = data.len();
    let (
        Start {
            text: text_cost,
            byte: byte_cost,
            num: num_cost,
            ..
        },
        back,
        latch,
    ) = forward(data, text_only, start);

    // Ties go to numeric, then text, then byte compaction (as zint for pure digits and for a
    // single byte after text).
    let cost = |s: usize| match s {
        s if s < BYTE0 => (text_cost[s] & COST) + (s & 1) as u64 * HALF,
        s if s < NUM0 => byte_cost[s - BYTE0],
        s => num_cost[s - NUM0],
    };
    let order = (NUM0..STATES).chain(0..TEXT_STATES).chain(BYTE0..NUM0);
    let mut best = text_state(ALPHA, 0);
    let mut best_cost = INF;
    for s in order {
        if cost(s) < best_cost {
            best_cost = cost(s);
            best = s;
        }
    }

    // Walk back: for each position the state after its latch, the state before it, the action.
    let mut path = vec![(0u8, 0u8, 0u8); n + 1];
    let mut s = best;
    for i in (0..=n).rev() {
        let post = s;
        let slot = match s {
            0 => 0,
            BYTE0 => 1,
            NUM0 => 2,
            _ => 3,
        };
        if slot < 3 && latch[i][slot] != NONE {
            s = usize::from(latch[i][slot]);
        }
        let (prev, act) = if s < BYTE0 {
            let v = back[i][s];
            (usize::from(v >> 3), v & 7)
        } else if s < NUM0 {
            (BYTE0 + (s - BYTE0 + 5) % 6, ACT_BYTE)
        } else {
            (NUM0 + (s - NUM0 + 43) % 44, ACT_DIGIT)
        };
        path[i] = (post as u8, s as u8, act);
        if i > 0 {
            s = prev;
        }
    }
    if start
        .expect
        .is_some_and(|e| path.first().is_some_and(|p| p.1 != e))
    {
        return false;
    }
    emit(data, &path, out);
    true
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Mode {
    Text,
    Byte,
    Numeric,
}

fn mode_of(state: u8) -> Mode {
    match usize::from(state) {
        s if s < BYTE0 => Mode::Text,
        s if s < NUM0 => Mode::Byte,
        _ => Mode::Numeric,
    }
}

/// Replays the chosen path, writing codewords.
fn emit(data: &[u8], path: &[(u8, u8, u8)], out: &mut Vec<u16>) {
    let mut values: Vec<u8> = Vec::with_capacity(data.len() * 2);
    // The mode the path leaves the start in (text, unless after a prefix).
    let mut mode = path.first().map_or(Mode::Text, |p| mode_of(p.1));
    let mut run_start = 0;
    for (i, &(post, pre, _)) in path.iter().enumerate() {
        if i > 0 {
            // Consume byte i - 1 (the action that led into `pre` at position i).
            let from = path[i - 1].0;
            let act = path[i].2;
            let b = data[i - 1];
            let sub = usize::from(from) / 2;
            let value = text::text_char(b).map_or(0, |(_, v)| v);
            match act {
                ACT_VALUE => values.push(value),
                ACT_SHIFT => {
                    values.push(
                        if sub == LOWER && text::text_char(b).is_some_and(|(m, _)| m & 1 != 0) {
                            AS
                        } else {
                            PS
                        },
                    );
                    values.push(value);
                }
                ACT_LATCH => {
                    values.extend_from_slice(LATCH[sub][usize::from(pre) / 2]);
                    values.push(value);
                }
                ACT_BYTE_SHIFT => {
                    flush_text(&mut values, out);
                    out.push(BYTE_SHIFT);
                    out.push(u16::from(b));
                }
                _ => {} // bytes and digits are written when their run ends
            }
        }
        if post != pre || i == path.len() - 1 {
            // A latch at position i (or the end): finish the run that ends here.
            match mode {
                Mode::Text => flush_text(&mut values, out),
                Mode::Byte => encode_bytes(&data[run_start..i], out),
                Mode::Numeric if i > run_start => {
                    out.push(NUMERIC_LATCH);
                    encode_numeric(&data[run_start..i], out);
                }
                Mode::Numeric => {} // an empty run at the start
            }
            mode = mode_of(post);
            run_start = i;
            if mode == Mode::Text && post != pre {
                out.push(TEXT_LATCH);
            }
        }
    }
}

/// Packs text values two to a codeword, padding an odd count with 29.
fn flush_text(values: &mut Vec<u8>, out: &mut Vec<u16>) {
    if values.len() % 2 == 1 {
        values.push(PS);
    }
    out.extend(
        values
            .chunks_exact(2)
            .map(|p| u16::from(p[0]) * 30 + u16::from(p[1])),
    );
    values.clear();
}

/// A byte compaction run with its latch: 924 when the count is a multiple of 6, else 901; each
/// 6 bytes → 5 base-900 codewords, a final shorter group one codeword per byte.
fn encode_bytes(bytes: &[u8], out: &mut Vec<u16>) {
    if bytes.is_empty() {
        return;
    }
    out.push(if bytes.len() % 6 == 0 {
        BYTE_LATCH_6
    } else {
        BYTE_LATCH
    });
    let mut groups = bytes.chunks_exact(6);
    for g in &mut groups {
        let mut v = g.iter().fold(0u64, |v, &b| v << 8 | u64::from(b));
        let mut cw = [0u16; 5];
        for c in cw.iter_mut().rev() {
            *c = (v % 900) as u16;
            v /= 900;
        }
        out.extend_from_slice(&cw);
    }
    out.extend(groups.remainder().iter().map(|&b| u16::from(b)));
}

/// Numeric compaction without its latch: groups of 44 digits, each `1` + digits in base 900.
pub(super) fn encode_numeric(digits: &[u8], out: &mut Vec<u16>) {
    for group in digits.chunks(44) {
        // Base-900 limbs, least significant first; 15 hold any 45-digit number.
        let mut limbs = [0u32; 16];
        let mut used = 1;
        limbs[0] = 1;
        for &d in group {
            let mut carry = u32::from(d - b'0');
            for l in limbs.iter_mut().take(used) {
                let v = *l * 10 + carry;
                *l = v % 900;
                carry = v / 900;
            }
            if carry > 0 {
                limbs[used] = carry;
                used += 1;
            }
        }
        out.extend(limbs[..used].iter().rev().map(|&l| l as u16));
    }
}

/// Codewords of a text-only run (macro fields): values in sub-modes, padded, starting in Alpha.
pub(super) fn compact_text(data: &[u8], out: &mut Vec<u16>) -> Result<(), usize> {
    compact(data, true, out)
}
