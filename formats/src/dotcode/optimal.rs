//! The shortest encodation: a search over (position, code set) with codeword costs, where
//! binary mode also tracks how full its current group of five bytes is (a group of k bytes
//! costs k + 1 codewords, so the first byte of a group costs 2 and the others 1).
//!
//! States: 0 = Code Set C, 1 = B, 2 = A, 3 + g = binary with g (0–4) bytes in the open group.

use super::text::{
    CW_FNC1, Set, Text, Writer, a_value, b_value, is_lead_special, upper_shift, write_run,
};

const C: usize = 0;
const B: usize = 1;
const A: usize = 2;
const X0: usize = 3;
const STATES: usize = 8;
const INF: u32 = u32::MAX;

/// How a state was reached.
#[derive(Clone, Copy, Default)]
struct Edge {
    from_pos: u32,
    from_state: u8,
    step: Step,
}

#[derive(Clone, Copy, Default, PartialEq, Eq)]
enum Step {
    #[default]
    None,
    /// Latch (or binary terminator) to the state, no symbol consumed.
    Latch,
    /// One codeword in the current set: a digit pair, a character, CR LF or FNC1.
    Char,
    /// Code Set C's 100: `17`, six digits, `10`.
    SeventeenTen,
    /// Upper shift and a byte 128–255.
    Upper,
    /// Shift A and one character (from B).
    ShiftA,
    /// n Shift B and n characters (from C: 1–4, from A: 1–6).
    ShiftB(u8),
    /// n Shift C and n digit pairs (from A and B: 2–4; from binary: 2–7).
    ShiftC(u8),
    /// A byte in binary mode.
    Byte,
}

fn set_of(state: usize) -> Set {
    match state {
        C => Set::C,
        B => Set::B,
        A => Set::A,
        _ => Set::Binary,
    }
}

/// The shortest codewords for `text[start..]` from code set `set`, appended to `out`; returns
/// the final code set.
pub(crate) fn encode(text: &Text, set: Set, start: usize, out: &mut Writer) -> Set {
    let n = text.len();
    let mut cost = vec![[INF; STATES]; n + 1];
    let mut back = vec![[Edge::default(); STATES]; n + 1];
    let first = match set {
        Set::C => C,
        Set::B => B,
        Set::A => A,
        Set::Binary => X0,
    };
    cost[start][first] = 0;
    let mut relax = |cost: &mut Vec<[u32; STATES]>, to: usize, st: usize, c: u32, e: Edge| {
        if to <= n && c < cost[to][st] {
            cost[to][st] = c;
            back[to][st] = e;
        }
    };
    for i in start..=n {
        // Latches first: binary terminators, then among C, B and A and into binary. One pass
        // each is enough, as every latch costs one codeword and every set reaches every other
        // directly.
        for x in X0..STATES {
            let c = cost[i][x];
            if c != INF {
                for to in [C, B, A] {
                    let e = edge(i, x, Step::Latch);
                    relax(&mut cost, i, to, c + 1, e);
                }
            }
        }
        for from in [C, B, A] {
            let c = cost[i][from];
            if c != INF {
                for to in [C, B, A, X0] {
                    if to != from {
                        relax(&mut cost, i, to, c + 1, edge(i, from, Step::Latch));
                    }
                }
            }
        }
        if i == n {
            break;
        }
        let s = text.at(i).unwrap_or(0);
        let bw = if i == 0 && is_lead_special(s) {
            0
        } else {
            text.datum_b(i)
        };
        for st in 0..STATES {
            let c = cost[i][st];
            if c == INF {
                continue;
            }
            let mut go = |to: usize, st2: usize, add: u32, step: Step| {
                relax(&mut cost, to, st2, c + add, edge(i, st, step));
            };
            if st >= X0 {
                let g = st - X0;
                if s <= 255 {
                    go(
                        i + 1,
                        X0 + (g + 1) % 5,
                        if g == 0 { 2 } else { 1 },
                        Step::Byte,
                    );
                }
                for k in 2..=7 {
                    if text.ahead_c(i) < k {
                        break;
                    }
                    go(i + 2 * k, X0, 1 + k as u32, Step::ShiftC(k as u8));
                }
                continue;
            }
            if text.binary(i) {
                go(i + 1, st, 2, Step::Upper);
            }
            if s == super::text::FNC1 {
                go(i + 1, st, 1, Step::Char);
            }
            match st {
                C => {
                    if text.pair(i) {
                        go(i + 2, C, 1, Step::Char);
                    }
                    if text.seventeen_ten(i) {
                        go(i + 10, C, 4, Step::SeventeenTen);
                    }
                    shift_b_runs(text, i, bw, 4, &mut go);
                }
                B => {
                    if bw > 0 && s != super::text::FNC1 {
                        go(i + bw, B, 1, Step::Char);
                    }
                    if a_value(s).is_some() && s != super::text::FNC1 {
                        go(i + 1, B, 2, Step::ShiftA);
                    }
                    shift_c_runs(text, i, st, &mut go);
                }
                _ => {
                    if a_value(s).is_some() && s != super::text::FNC1 {
                        go(i + 1, A, 1, Step::Char);
                    }
                    shift_b_runs(text, i, bw, 6, &mut go);
                    shift_c_runs(text, i, st, &mut go);
                }
            }
        }
    }
    // Cheapest final state, then walk the edges back.
    let mut best = C;
    for st in 0..STATES {
        if cost[n][st] < cost[n][best] {
            best = st;
        }
    }
    let mut path = Vec::with_capacity(n + 4);
    let (mut pos, mut st) = (n, best);
    while pos != start || st != first {
        let e = back[pos][st];
        path.push((e.from_pos as usize, usize::from(e.from_state), st, e.step));
        pos = e.from_pos as usize;
        st = usize::from(e.from_state);
        if e.step == Step::None {
            break; // unreachable: every reached state has an edge
        }
    }
    for &(i, from, to, step) in path.iter().rev() {
        write_step(text, i, from, to, step, out);
    }
    let end = set_of(best);
    if end == Set::Binary {
        out.flush();
    }
    end
}

fn edge(i: usize, st: usize, step: Step) -> Edge {
    Edge {
        from_pos: i as u32,
        from_state: st as u8,
        step,
    }
}

/// Shift B runs of 1..=`max` Code Set B characters from `i` (not FNC1, not a macro character
/// in the first position).
fn shift_b_runs(
    text: &Text,
    i: usize,
    first_width: usize,
    max: usize,
    go: &mut impl FnMut(usize, usize, u32, Step),
) {
    let (mut end, mut width) = (i, first_width);
    for k in 1..=max {
        if width == 0 || text.at(end) == Some(super::text::FNC1) {
            break;
        }
        end += width;
        go(
            end,
            if max == 4 { C } else { A },
            1 + k as u32,
            Step::ShiftB(k as u8),
        );
        width = text.datum_b(end);
    }
}

/// Shift C runs of 2–4 digit pairs from Code Set A or B.
fn shift_c_runs(text: &Text, i: usize, st: usize, go: &mut impl FnMut(usize, usize, u32, Step)) {
    let pairs = text.ahead_c(i).min(4);
    for k in 2..=pairs {
        go(i + 2 * k, st, 1 + k as u32, Step::ShiftC(k as u8));
    }
}

fn write_step(text: &Text, i: usize, from: usize, to: usize, step: Step, out: &mut Writer) {
    let s = text.at(i).unwrap_or(0);
    match step {
        Step::None => {}
        Step::Latch => {
            if from >= X0 {
                out.flush();
            }
            if let Some(cw) = set_of(from).latch(set_of(to)) {
                out.push(cw);
            }
        }
        Step::Char => match from {
            _ if s == super::text::FNC1 => out.push(CW_FNC1),
            C => out.push(text.pair_value(i)),
            B if s == 13 => out.push(96),
            B => out.push(b_value(s).unwrap_or(0)),
            _ => out.push(a_value(s).unwrap_or(0)),
        },
        Step::SeventeenTen => {
            out.push(100);
            for k in 0..3 {
                out.push(text.pair_value(i + 2 + 2 * k));
            }
        }
        Step::Upper => out.extend(&upper_shift(s)),
        Step::ShiftA => {
            out.push(101);
            out.push(a_value(s).unwrap_or(0));
        }
        Step::ShiftB(k) => {
            out.push(if from == C { 101 + k } else { 95 + k });
            write_run(text, Set::B, i, usize::from(k), out);
        }
        Step::ShiftC(k) => {
            if from >= X0 {
                out.flush();
                out.push(101 + k);
            } else {
                out.push(103 + (k - 2));
            }
            for p in 0..usize::from(k) {
                out.push(text.pair_value(i + 2 * p));
            }
        }
        Step::Byte => out.byte(s),
    }
}
