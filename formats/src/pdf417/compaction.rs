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
const INF: u64 = u64::MAX / 4;
/// One text value (half a codeword); costs carry mode switches in their low 16 bits so that of
/// two equally short paths the one with fewer mode switches wins.
const HALF: u64 = 1 << 16;
/// A mode latch or byte shift: one codeword, and one switch.
const SWITCH: u64 = 2 * HALF + 1;
const NONE: u8 = u8::MAX;

// Consumption actions, stored beside the predecessor state.
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

#[inline]
const fn text_state(sub: usize, parity: usize) -> usize {
    sub * 2 + parity
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
    let n = data.len();
    // back[i * STATES + s]: how state s at position i (before latches) was reached from i - 1.
    let mut back = vec![(NONE, 0u8); (n + 1) * STATES];
    // latch[i * STATES + s]: the state at position i that latched into s there, if any.
    let mut latch = vec![NONE; (n + 1) * STATES];
    let mut cur = [INF; STATES];
    let mut next = [INF; STATES];
    cur[text_state(ALPHA, 0)] = 0;

    for i in 0..=n {
        let b = data.get(i).copied();
        let tc = b.and_then(text::text_char);
        let digit = b.is_some_and(|b| b.is_ascii_digit());
        if !text_only {
            relax_latches(
                &mut cur,
                &mut latch[i * STATES..(i + 1) * STATES],
                tc,
                digit,
                b,
            );
        }
        if b.is_none() {
            break;
        }
        next.fill(INF);
        let bk = &mut back[(i + 1) * STATES..(i + 2) * STATES];
        let mut relax = |to: usize, c: u64, from: usize, act: u8| {
            if c < next[to] {
                next[to] = c;
                bk[to] = (from as u8, act);
            }
        };
        for (sub, latches) in LATCH.iter().enumerate() {
            for parity in 0..2 {
                let from = text_state(sub, parity);
                let c = cur[from];
                if c >= INF {
                    continue;
                }
                if let Some((mask, _)) = tc {
                    if mask & 1 << sub != 0 {
                        relax(text_state(sub, parity ^ 1), c + HALF, from, ACT_VALUE);
                    } else {
                        let shift = (sub != PUNCT && mask & 1 << PUNCT != 0)
                            || (sub == LOWER && mask & 1 << ALPHA != 0);
                        if shift {
                            relax(from, c + 2 * HALF, from, ACT_SHIFT);
                        }
                        for (to, values) in latches.iter().enumerate() {
                            if mask & 1 << to != 0 {
                                let len = values.len() + 1;
                                relax(
                                    text_state(to, (parity + len) & 1),
                                    c + len as u64 * HALF + 1,
                                    from,
                                    ACT_LATCH,
                                );
                            }
                        }
                    }
                }
                if !text_only {
                    // Pad an odd value count (value 29), then 913 and the byte.
                    let to = if sub == PUNCT && parity == 1 {
                        ALPHA
                    } else {
                        sub
                    };
                    relax(
                        text_state(to, 0),
                        c + parity as u64 * HALF + 2 * HALF + SWITCH,
                        from,
                        ACT_BYTE_SHIFT,
                    );
                }
            }
        }
        if !text_only {
            for k in 0..6 {
                let c = cur[BYTE0 + k];
                if c < INF {
                    relax(
                        BYTE0 + (k + 1) % 6,
                        c + if k < 5 { 2 * HALF } else { 0 },
                        BYTE0 + k,
                        ACT_BYTE,
                    );
                }
            }
            if digit {
                for r in 0..44 {
                    let c = cur[NUM0 + r];
                    if c < INF {
                        let add = u64::from(NUM_CW[r + 1] - NUM_CW[r]) * 2 * HALF;
                        relax(NUM0 + (r + 1) % 44, c + add, NUM0 + r, ACT_DIGIT);
                    }
                }
            }
        }
        std::mem::swap(&mut cur, &mut next);
    }

    // Ties go to numeric, then text, then byte compaction (as zint for pure digits and for a
    // single byte after text).
    let final_cost = |s: usize| {
        cur[s]
            + if s < TEXT_STATES {
                (s & 1) as u64 * HALF
            } else {
                0
            }
    };
    let order = (NUM0..STATES).chain(0..TEXT_STATES).chain(BYTE0..NUM0);
    let mut best = text_state(ALPHA, 0);
    let mut best_cost = INF;
    for s in order {
        if final_cost(s) < best_cost {
            best_cost = final_cost(s);
            best = s;
        }
    }

    // Walk back: for each position the state after its latch, the state before it, the action.
    let mut path = vec![(0u8, 0u8, 0u8); n + 1];
    let mut s = best;
    for i in (0..=n).rev() {
        let post = s;
        let l = latch[i * STATES + s];
        if l != NONE {
            s = usize::from(l);
        }
        let (prev, act) = back[i * STATES + s];
        path[i] = (post as u8, s as u8, act);
        if i > 0 {
            s = usize::from(prev);
        }
    }
    emit(data, &path, out);
    Ok(())
}

/// Mode latches at one position, before its byte: into text Alpha (900), into byte compaction
/// (901/924) and into numeric compaction (902), each from the cheapest state of another mode.
fn relax_latches(
    cur: &mut [u64; STATES],
    latch: &mut [u8],
    tc: Option<(u8, u8)>,
    digit: bool,
    b: Option<u8>,
) {
    let mut text = (INF, 0usize);
    for (s, &c) in cur.iter().enumerate().take(TEXT_STATES) {
        let c = c.saturating_add((s & 1) as u64 * HALF);
        if c < text.0 {
            text = (c, s);
        }
    }
    let min_of = |range: std::ops::Range<usize>| {
        range.fold(
            (INF, 0),
            |best, s| if cur[s] < best.0 { (cur[s], s) } else { best },
        )
    };
    let byte = min_of(BYTE0..NUM0);
    let num = min_of(NUM0..STATES);
    let mut set = |to: usize, (c, from): (u64, usize)| {
        if c + SWITCH < cur[to] {
            cur[to] = c + SWITCH;
            latch[to] = from as u8;
        }
    };
    if b.is_none() {
        return;
    }
    if tc.is_some() {
        set(
            text_state(ALPHA, 0),
            if byte.0 <= num.0 { byte } else { num },
        );
    }
    set(BYTE0, if text.0 <= num.0 { text } else { num });
    if digit {
        set(NUM0, if text.0 <= byte.0 { text } else { byte });
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
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
    let mut mode = Mode::Text;
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
                Mode::Numeric => {
                    out.push(NUMERIC_LATCH);
                    encode_numeric(&data[run_start..i], out);
                }
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
