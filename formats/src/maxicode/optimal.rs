//! Shortest encodation: a shortest-path search over (position, latched code set) with every
//! shift, latch, lock-in, 2/3 Shift A and Numeric Shift as an edge.

use super::charset::{
    A, B, C, LATCH_63, LATCH_A_CDE, NS, SHIFT_2A, SHIFT_3A, SHIFT_AB, SHIFT_C, value,
};

/// How a step from one (position, set) to the next encodes its characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Step {
    /// One character in the current set.
    Plain,
    /// Shift to a set for one character.
    Shift(u8),
    /// Latch (A, B) or lock in (C, D, E) to a set, then one character in it.
    Latch(u8),
    /// 2 Shift A (2) or 3 Shift A (3) from set B.
    ShiftA(u8),
    /// Numeric Shift: nine digits in six codewords.
    Numeric,
}

#[derive(Clone, Copy)]
struct Node {
    cost: u16,
    prev_set: u8,
    step: Step,
    /// Characters the step consumed.
    len: u8,
}

const UNREACHED: u16 = u16::MAX;

/// Codewords to switch from latched set `from` to `to` for good (Latch A/B: 1, Lock-in: 2).
fn latch_cost(to: usize) -> u16 {
    if to <= B { 1 } else { 2 }
}

/// Whether set `from` has a single-character shift to `to`.
fn can_shift(from: usize, to: usize) -> bool {
    match to {
        A => from == B,
        B => from == A,
        _ => from != to,
    }
}

/// The shortest codeword sequence for `msg` starting latched in set A, and the set it ends in.
/// Ties go to plain characters, then shifts, then latches, which mostly matches zint.
pub(crate) fn encode(msg: &[u8]) -> (Vec<u8>, usize) {
    let n = msg.len();
    let mut nodes = vec![
        [Node {
            cost: UNREACHED,
            prev_set: 0,
            step: Step::Plain,
            len: 0,
        }; 5];
        n + 1
    ];
    nodes[0][A].cost = 0;
    for i in 0..n {
        let byte = msg[i];
        let digits9 = i + 9 <= n && msg[i..i + 9].iter().all(u8::is_ascii_digit);
        for s in 0..5 {
            let base = nodes[i][s].cost;
            if base == UNREACHED {
                continue;
            }
            let mut relax = |to: usize, set: usize, cost: u16, step: Step, len: usize| {
                let node = &mut nodes[to][set];
                if base + cost < node.cost {
                    *node = Node {
                        cost: base + cost,
                        prev_set: s as u8,
                        step,
                        len: len as u8,
                    };
                }
            };
            if value(s, byte).is_some() {
                relax(i + 1, s, 1, Step::Plain, 1);
            }
            for t in 0..5 {
                if t != s && value(t, byte).is_some() {
                    if can_shift(s, t) {
                        relax(i + 1, s, 2, Step::Shift(t as u8), 1);
                    }
                    relax(i + 1, t, 1 + latch_cost(t), Step::Latch(t as u8), 1);
                }
            }
            if digits9 {
                relax(i + 9, s, 6, Step::Numeric, 9);
            }
            if s == B {
                for k in 2..=3usize {
                    if i + k <= n && msg[i..i + k].iter().all(|&b| value(A, b).is_some()) {
                        relax(i + k, B, 1 + k as u16, Step::ShiftA(k as u8), k);
                    }
                }
            }
        }
    }
    // End where the message is shortest, counting the Latch A a locked C/D/E end needs before
    // padding.
    let end = (0..5)
        .min_by_key(|&s| {
            let c = nodes[n][s].cost;
            if c == UNREACHED {
                u32::MAX
            } else {
                u32::from(c) + u32::from(s > B)
            }
        })
        .unwrap_or(A);
    // Walk back, then emit forwards.
    let mut steps = Vec::with_capacity(n);
    let (mut i, mut s) = (n, end);
    while i > 0 {
        let node = nodes[i][s];
        steps.push((node.prev_set, node.step, i - usize::from(node.len)));
        s = usize::from(node.prev_set);
        i -= usize::from(node.len);
    }
    let mut out = Vec::with_capacity(usize::from(nodes[n][end].cost));
    for &(from, step, at) in steps.iter().rev() {
        let from = usize::from(from);
        let byte = msg[at];
        match step {
            Step::Plain => out.push(value(from, byte).unwrap_or(0)),
            Step::Shift(t) => {
                let t = usize::from(t);
                out.push(if t <= B {
                    SHIFT_AB
                } else {
                    SHIFT_C + (t - C) as u8
                });
                out.push(value(t, byte).unwrap_or(0));
            }
            Step::Latch(t) => {
                let t = usize::from(t);
                match t {
                    A => out.push(if from == B { LATCH_63 } else { LATCH_A_CDE }),
                    B => out.push(LATCH_63),
                    _ => {
                        let code = SHIFT_C + (t - C) as u8;
                        out.extend([code, code]);
                    }
                }
                out.push(value(t, byte).unwrap_or(0));
            }
            Step::ShiftA(k) => {
                out.push(if k == 2 { SHIFT_2A } else { SHIFT_3A });
                for &b in &msg[at..at + usize::from(k)] {
                    out.push(value(A, b).unwrap_or(0));
                }
            }
            Step::Numeric => {
                let v = msg[at..at + 9]
                    .iter()
                    .fold(0u32, |v, &d| v * 10 + u32::from(d - b'0'));
                out.push(NS);
                for shift in [24, 18, 12, 6, 0] {
                    out.push(((v >> shift) & 0x3f) as u8);
                }
            }
        }
    }
    (out, end)
}
