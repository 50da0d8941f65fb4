//! Shortest encodation: a shortest-path search over (position, latched code set) with every
//! shift, latch, lock-in, 2/3 Shift A and Numeric Shift as an edge.

use super::charset::{
    A, B, C, LATCH_63, LATCH_A_CDE, NS, SETS_OF, SHIFT_2A, SHIFT_3A, SHIFT_AB, SHIFT_C, value,
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

impl Step {
    fn code(self) -> u32 {
        match self {
            Step::Plain => 0,
            Step::Shift(t) => 0x10 | u32::from(t),
            Step::Latch(t) => 0x20 | u32::from(t),
            Step::ShiftA(k) => 0x30 | u32::from(k),
            Step::Numeric => 0x40,
        }
    }

    fn from_code(code: u32) -> Step {
        let arg = (code & 0xf) as u8;
        match code >> 4 {
            0 => Step::Plain,
            1 => Step::Shift(arg),
            2 => Step::Latch(arg),
            3 => Step::ShiftA(arg),
            _ => Step::Numeric,
        }
    }
}

/// The best way found to a (position, set), packed so a fresh table is a plain fill: the cost
/// in bits 16–31, the set the step came from in 12–15, the characters it consumed in 8–11 and
/// the step's code in 0–7. [`UNREACHED`] has cost `u16::MAX`.
#[derive(Clone, Copy)]
struct Node(u32);

impl Node {
    fn new(cost: u16, prev_set: usize, step: Step, len: usize) -> Node {
        Node(u32::from(cost) << 16 | (prev_set as u32) << 12 | (len as u32) << 8 | step.code())
    }
    fn cost(self) -> u16 {
        (self.0 >> 16) as u16
    }
    fn prev_set(self) -> usize {
        (self.0 >> 12 & 0xf) as usize
    }
    fn len(self) -> usize {
        (self.0 >> 8 & 0xf) as usize
    }
    fn step(self) -> Step {
        Step::from_code(self.0 & 0xff)
    }
}

const UNREACHED: u16 = u16::MAX;

/// Positions the search keeps on the stack: every message that can fit is shorter.
const STACK_NODES: usize = 160;

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
    let unreached = Node(u32::MAX);
    // Messages that can fit are at most `MAX_BYTES` long; the stack array serves those, the
    // heap anything longer.
    let mut stack = [[unreached; 5]; STACK_NODES];
    let mut heap = Vec::new();
    let nodes: &mut [[Node; 5]] = if n < STACK_NODES {
        &mut stack[..=n]
    } else {
        heap.resize(n + 1, [unreached; 5]);
        &mut heap
    };
    nodes[0][A] = Node::new(0, A, Step::Plain, 0);
    // Digits and set-A characters in a row from the end back to each position.
    let mut digit_run = 0usize;
    let mut a_run = 0usize;
    let mut runs = [(0u8, 0u8); STACK_NODES];
    let mut runs_heap = Vec::new();
    let runs: &mut [(u8, u8)] = if n < STACK_NODES {
        &mut runs[..n]
    } else {
        runs_heap.resize(n, (0, 0));
        &mut runs_heap
    };
    for i in (0..n).rev() {
        digit_run = if msg[i].is_ascii_digit() {
            digit_run + 1
        } else {
            0
        };
        a_run = if SETS_OF[usize::from(msg[i])] & 1 << A != 0 {
            a_run + 1
        } else {
            0
        };
        runs[i] = (digit_run.min(9) as u8, a_run.min(3) as u8);
    }
    for i in 0..n {
        let byte = msg[i];
        let sets = SETS_OF[usize::from(byte)];
        let (digits, a_run) = runs[i];
        let digits9 = digits >= 9;
        let (cur, rest) = nodes[i..]
            .split_first_mut()
            .unwrap_or_else(|| unreachable!());
        for (s, node) in cur.iter().enumerate() {
            let base = node.cost();
            if base == UNREACHED {
                continue;
            }
            let mut relax = |to: usize, set: usize, cost: u16, step: Step, len: usize| {
                let node = &mut rest[to - i - 1][set];
                if base + cost < node.cost() {
                    *node = Node::new(base + cost, s, step, len);
                }
            };
            if sets & 1 << s != 0 {
                relax(i + 1, s, 1, Step::Plain, 1);
            }
            let mut others = sets & !(1 << s);
            while others != 0 {
                let t = others.trailing_zeros() as usize;
                others &= others - 1;
                if can_shift(s, t) {
                    relax(i + 1, s, 2, Step::Shift(t as u8), 1);
                }
                relax(i + 1, t, 1 + latch_cost(t), Step::Latch(t as u8), 1);
            }
            if digits9 {
                relax(i + 9, s, 6, Step::Numeric, 9);
            }
            if s == B {
                for k in 2..=3usize {
                    if usize::from(a_run) >= k {
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
            let c = nodes[n][s].cost();
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
        steps.push((node.prev_set(), node.step(), i - node.len()));
        s = node.prev_set();
        i -= node.len();
    }
    let mut out = Vec::with_capacity(usize::from(nodes[n][end].cost()));
    for &(from, step, at) in steps.iter().rev() {
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
