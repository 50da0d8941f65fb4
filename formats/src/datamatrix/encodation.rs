//! Optimal encodation: the shortest codeword sequence for the data over all mixes of ASCII, C40,
//! Text, X12, EDIFACT and Base256 (ISO/IEC 16022 §5.2), found as a shortest path.
//!
//! A node is (input position, encodation state). C40/Text/X12 states also carry how many values
//! of an unfinished triplet are buffered (0–2) and EDIFACT how many of a quadruplet (0–3), so
//! every edge costs a whole number of codewords and the path costs are exact. Only the end of
//! data depends on the symbol's capacity (implicit unlatches, the Shift 1 pad, the EDIFACT ASCII
//! tail, Base256's "to the end" length), so the graph is searched once and each candidate size is
//! then checked against the end nodes.

/// Encodation modes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Mode {
    Ascii,
    C40,
    Text,
    X12,
    Edifact,
    Base256,
}

pub(crate) const LATCH_C40: u8 = 230;
pub(crate) const LATCH_B256: u8 = 231;
pub(crate) const FNC1: u8 = 232;
pub(crate) const UPPER_SHIFT: u8 = 235;
pub(crate) const LATCH_X12: u8 = 238;
pub(crate) const LATCH_TEXT: u8 = 239;
pub(crate) const LATCH_EDIFACT: u8 = 240;
pub(crate) const UNLATCH: u8 = 254;
pub(crate) const PAD: u8 = 129;

// Node states.
const ASCII: usize = 0;
const C40: usize = 1; // + buffered values 0..=2
const TEXT: usize = 4;
const X12: usize = 7;
const EDF: usize = 10; // + buffered values 0..=3
const B256: usize = 14; // segment shorter than 250 bytes so far (one length codeword)
const B256_LONG: usize = 15; // two length codewords
const STATES: usize = 16;

/// Codewords that leaving EDIFACT costs with 0–3 values buffered: the unlatch value fills the
/// buffer and the last partial codeword is zero-padded.
const EDF_UNLATCH: [u32; 4] = [1, 2, 3, 3];

fn mode_of(state: usize) -> Mode {
    match state {
        ASCII => Mode::Ascii,
        1..=3 => Mode::C40,
        4..=6 => Mode::Text,
        7..=9 => Mode::X12,
        10..=13 => Mode::Edifact,
        _ => Mode::Base256,
    }
}

/// How a node was reached.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Step {
    Start,
    /// One input byte in the node's mode.
    Char,
    /// Two digits as one ASCII codeword.
    Pair,
    /// Latch from ASCII into the node's mode.
    Latch,
    /// Back to ASCII from the previous node's mode.
    Unlatch,
}

#[derive(Clone, Copy)]
struct Node {
    cost: u32,
    prev: u32,
    step: Step,
    /// Base256 bytes so far in this segment (state [`B256`] only).
    count: u16,
}

const UNSEEN: Node = Node {
    cost: u32::MAX,
    prev: 0,
    step: Step::Start,
    count: 0,
};

/// C40 value sets (ISO/IEC 16022 Table 10): (shift set 0 = basic / 1–3, value).
pub(crate) const fn ctx_char(text: bool, c: u8) -> (u8, u8) {
    match c {
        0..=31 => (1, c),
        b' ' => (0, 3),
        b'0'..=b'9' => (0, c - b'0' + 4),
        33..=47 => (2, c - 33),
        58..=64 => (2, c - 58 + 15),
        b'A'..=b'Z' if !text => (0, c - b'A' + 14),
        b'A'..=b'Z' => (3, c - 64),
        91..=95 => (2, c - 91 + 22),
        b'a'..=b'z' if text => (0, c - b'a' + 14),
        96..=127 => (3, c - 96),
        _ => (0, 0),
    }
}

/// Number of C40 (or Text) values byte `c` takes: upper shift for 128–255, shift for sets 1–3.
const fn ctx_len_table(text: bool) -> [u8; 256] {
    let mut t = [0u8; 256];
    let mut c = 0;
    while c < 256 {
        let low = (c & 0x7f) as u8;
        let mut n = if ctx_char(text, low).0 == 0 { 1 } else { 2 };
        if c >= 128 {
            n += 2;
        }
        t[c] = n;
        c += 1;
    }
    t
}

const C40_LEN: [u8; 256] = ctx_len_table(false);
const TEXT_LEN: [u8; 256] = ctx_len_table(true);

pub(crate) fn is_x12(c: u8) -> bool {
    matches!(c, 13 | b'*' | b'>' | b' ' | b'0'..=b'9' | b'A'..=b'Z')
}

pub(crate) fn is_edifact(c: u8) -> bool {
    (32..=94).contains(&c)
}

/// Where the encodation ends, for a given capacity.
#[derive(Clone, Copy, Debug)]
pub(crate) struct End {
    /// Codewords of the whole encodation (before padding).
    pub total: u32,
    /// Last node of the path.
    pub node: usize,
    /// The data after the node's position is written in ASCII without an unlatch (the symbol
    /// ends within one or two codewords).
    pub ascii_tail: bool,
}

/// The searched graph for one input.
pub(crate) struct Graph<'a> {
    data: &'a [u8],
    gs1: bool,
    nodes: Vec<Node>,
}

impl<'a> Graph<'a> {
    /// Whether byte `i` stands for FNC1 (a GS1 separator).
    #[inline]
    pub fn is_fnc1(&self, i: usize) -> bool {
        self.gs1 && self.data[i] == crate::gs1::GS
    }

    pub fn data(&self) -> &'a [u8] {
        self.data
    }

    fn digit_pair(&self, i: usize) -> bool {
        i + 1 < self.data.len()
            && self.data[i].is_ascii_digit()
            && self.data[i + 1].is_ascii_digit()
    }

    #[inline]
    fn relax(&mut self, to: usize, cost: u32, prev: usize, step: Step, count: u16) {
        let n = &mut self.nodes[to];
        if cost < n.cost || (cost == n.cost && to % STATES == B256 && count < n.count) {
            *n = Node {
                cost,
                prev: prev as u32,
                step,
                count,
            };
        }
    }

    /// Searches every encodation of `data` (in GS1 mode the GS byte is FNC1).
    #[allow(clippy::needless_range_loop)] // i also indexes the nodes of position i
    pub fn search(data: &'a [u8], gs1: bool) -> Graph<'a> {
        let n = data.len();
        let mut g = Graph {
            data,
            gs1,
            nodes: vec![UNSEEN; (n + 1) * STATES],
        };
        g.nodes[ASCII].cost = 0;
        for i in 0..=n {
            let base = i * STATES;
            // Leave C40/Text/X12 at a triplet boundary, EDIFACT anywhere, Base256 for free.
            for (s, extra) in [(C40, 1), (TEXT, 1), (X12, 1), (B256, 0), (B256_LONG, 0)]
                .into_iter()
                .chain((0..4).map(|p| (EDF + p, EDF_UNLATCH[p])))
            {
                let c = g.nodes[base + s].cost;
                if c != u32::MAX {
                    g.relax(base + ASCII, c + extra, base + s, Step::Unlatch, 0);
                }
            }
            let a = g.nodes[base + ASCII].cost;
            if a != u32::MAX {
                for s in [C40, TEXT, X12, EDF] {
                    g.relax(base + s, a + 1, base + ASCII, Step::Latch, 0);
                }
                g.relax(base + B256, a + 2, base + ASCII, Step::Latch, 0);
            }
            if i == n {
                break;
            }
            let c = data[i];
            let fnc1 = g.is_fnc1(i);
            let next = base + STATES;
            if a != u32::MAX {
                if g.digit_pair(i) {
                    g.relax(next + STATES + ASCII, a + 1, base, Step::Pair, 0);
                } else {
                    let cost = if c >= 128 && !fnc1 { 2 } else { 1 };
                    g.relax(next + ASCII, a + cost, base, Step::Char, 0);
                }
            }
            for (mode, len) in [(C40, &C40_LEN), (TEXT, &TEXT_LEN)] {
                let k = if fnc1 {
                    2
                } else {
                    u32::from(len[usize::from(c)])
                };
                for p in 0..3 {
                    let cost = g.nodes[base + mode + p].cost;
                    if cost != u32::MAX {
                        let t = p as u32 + k;
                        let to = next + mode + (t % 3) as usize;
                        g.relax(to, cost + 2 * (t / 3), base + mode + p, Step::Char, 0);
                    }
                }
            }
            if fnc1 {
                continue;
            }
            if is_x12(c) {
                for p in 0..3 {
                    let cost = g.nodes[base + X12 + p].cost;
                    if cost != u32::MAX {
                        let (to, add) = if p == 2 { (X12, 2) } else { (X12 + p + 1, 0) };
                        g.relax(next + to, cost + add, base + X12 + p, Step::Char, 0);
                    }
                }
            }
            if is_edifact(c) {
                for p in 0..4 {
                    let cost = g.nodes[base + EDF + p].cost;
                    if cost != u32::MAX {
                        let (to, add) = if p == 3 { (EDF, 3) } else { (EDF + p + 1, 0) };
                        g.relax(next + to, cost + add, base + EDF + p, Step::Char, 0);
                    }
                }
            }
            let short = g.nodes[base + B256];
            if short.cost != u32::MAX {
                if short.count < 249 {
                    g.relax(
                        next + B256,
                        short.cost + 1,
                        base + B256,
                        Step::Char,
                        short.count + 1,
                    );
                } else {
                    // The 250th byte needs a second length codeword.
                    g.relax(next + B256_LONG, short.cost + 2, base + B256, Step::Char, 0);
                }
            }
            let long = g.nodes[base + B256_LONG].cost;
            if long != u32::MAX {
                g.relax(next + B256_LONG, long + 1, base + B256_LONG, Step::Char, 0);
            }
        }
        g
    }

    /// Codewords `data[from..]` takes in ASCII, if every byte is below 128.
    fn ascii_len(&self, from: usize) -> Option<u32> {
        let mut i = from;
        let mut k = 0;
        while i < self.data.len() {
            if self.digit_pair(i) {
                i += 2;
            } else if self.data[i] >= 128 && !self.is_fnc1(i) {
                return None;
            } else {
                i += 1;
            }
            k += 1;
        }
        Some(k)
    }

    /// The shortest way to end the encodation in a symbol of `cap` data codewords, if any fits.
    pub fn end(&self, cap: u32) -> Option<End> {
        let n = self.data.len();
        let base = n * STATES;
        let mut best: Option<End> = None;
        let mut offer = |total: u32, node: usize, ascii_tail: bool| {
            if total <= cap && best.is_none_or(|b| total < b.total) {
                best = Some(End {
                    total,
                    node,
                    ascii_tail,
                });
            }
        };
        let cost = |s: usize| self.nodes[base + s].cost;
        offer(cost(ASCII), base + ASCII, false);
        for s in [C40, TEXT, X12] {
            let c = cost(s);
            if c != u32::MAX {
                // No unlatch needed when the data fills the symbol exactly.
                offer(if c == cap { c } else { c + 1 }, base + s, false);
            }
        }
        for s in [C40 + 2, TEXT + 2] {
            // Two values left and two codewords left: pad the triplet with Shift 1.
            let c = cost(s);
            if c != u32::MAX && c + 2 == cap {
                offer(cap, base + s, false);
            }
        }
        for (p, unlatch) in EDF_UNLATCH.into_iter().enumerate() {
            let c = cost(EDF + p);
            if c != u32::MAX {
                // At a codeword boundary with at most two codewords left, readers return to
                // ASCII by themselves.
                let total = if p == 0 && c <= cap && cap - c <= 2 {
                    c
                } else {
                    c + unlatch
                };
                offer(total, base + EDF + p, false);
            }
        }
        offer(cost(B256), base + B256, false);
        let long = cost(B256_LONG);
        if long != u32::MAX {
            // A Base256 field that runs to the end of the symbol has the one-codeword length 0.
            offer(
                if long - 1 == cap { cap } else { long },
                base + B256_LONG,
                false,
            );
        }
        for j in n.saturating_sub(4)..n {
            let Some(k) = self.ascii_len(j) else {
                continue;
            };
            let at = j * STATES;
            if k == 1 {
                for s in [C40, TEXT, X12] {
                    let c = self.nodes[at + s].cost;
                    if c != u32::MAX && c + 1 == cap {
                        offer(cap, at + s, true);
                    }
                }
            }
            let c = self.nodes[at + EDF].cost;
            if k <= 2 && c != u32::MAX && c + k <= cap && cap - c <= 2 {
                offer(c + k, at + EDF, true);
            }
        }
        best
    }

    /// The path to `node` as (node index, how it was reached), from the start.
    pub fn path(&self, node: usize) -> Vec<(usize, Step)> {
        let mut out = Vec::new();
        let mut at = node;
        loop {
            let n = self.nodes[at];
            if n.step == Step::Start {
                break;
            }
            out.push((at, n.step));
            at = n.prev as usize;
        }
        out.reverse();
        out
    }
}

/// Position and mode of a node.
pub(crate) fn node_info(node: usize) -> (usize, Mode, usize) {
    let s = node % STATES;
    let buffered = match s {
        1..=3 => s - C40,
        4..=6 => s - TEXT,
        7..=9 => s - X12,
        10..=13 => s - EDF,
        _ => 0,
    };
    (node / STATES, mode_of(s), buffered)
}
