//! High-level encoding (ISO/IEC 24778 §7.3): bytes into the shortest sequence of Upper, Lower,
//! Mixed, Punct and Digit characters, latches, shifts and Binary Shift runs.
//!
//! A shortest-path search over (position, latched mode): every character can be taken in its
//! latched mode, through P/S or U/S (staying latched), as one of the Punct pairs (CR LF, `. `,
//! `, `, `: `), or inside a Binary Shift run; after each position the latches are closed over
//! (the latch table below already holds the cheapest latch sequence between any two modes).
//! Binary runs are relaxed with a window minimum per start mode, so the search stays linear.
//! zint 2.11's heuristic takes the same moves, so this is never longer than zint.

use super::bits::Bits;

const U: usize = 0;
const L: usize = 1;
const M: usize = 2;
const P: usize = 3;
const D: usize = 4;
const MODES: usize = 5;
const NONE: u8 = 0xff;
const INF: u32 = u32::MAX / 4;

/// Longest Binary Shift run: the 11-bit long form counts 32 ..= 2047 + 31 bytes.
const MAX_BINARY_RUN: usize = 2078;
/// Runs up to this length use the 5-bit short length.
const SHORT_BINARY_RUN: usize = 31;

/// Bits per character in each mode (Digit is 4, the rest 5).
const WIDTH: [u32; MODES] = [5, 5, 5, 5, 4];

/// Cheapest latch sequence from one mode to another: (code, width) pairs, ISO/IEC 24778
/// Table 2 (L→U goes through Digit, D→P through Upper and Mixed).
const LATCH: [[&[(u32, u32)]; MODES]; MODES] = [
    // from Upper
    [&[], &[(28, 5)], &[(29, 5)], &[(29, 5), (30, 5)], &[(30, 5)]],
    // from Lower
    [
        &[(30, 5), (14, 4)],
        &[],
        &[(29, 5)],
        &[(29, 5), (30, 5)],
        &[(30, 5)],
    ],
    // from Mixed
    [&[(29, 5)], &[(28, 5)], &[], &[(30, 5)], &[(29, 5), (30, 5)]],
    // from Punct
    [
        &[(31, 5)],
        &[(31, 5), (28, 5)],
        &[(31, 5), (29, 5)],
        &[],
        &[(31, 5), (30, 5)],
    ],
    // from Digit
    [
        &[(14, 4)],
        &[(14, 4), (28, 5)],
        &[(14, 4), (29, 5)],
        &[(14, 4), (29, 5), (30, 5)],
        &[],
    ],
];

const fn latch_costs() -> [[u32; MODES]; MODES] {
    let mut out = [[0u32; MODES]; MODES];
    let mut a = 0;
    while a < MODES {
        let mut b = 0;
        while b < MODES {
            let seq = LATCH[a][b];
            let mut i = 0;
            while i < seq.len() {
                out[a][b] += seq[i].1;
                i += 1;
            }
            b += 1;
        }
        a += 1;
    }
    out
}

const LATCH_COST: [[u32; MODES]; MODES] = latch_costs();

/// Character values per mode (ISO/IEC 24778 Table 2), `NONE` where the mode lacks the byte.
const fn code_table() -> [[u8; 128]; MODES] {
    let mut t = [[NONE; 128]; MODES];
    t[U][b' ' as usize] = 1;
    t[L][b' ' as usize] = 1;
    t[M][b' ' as usize] = 1;
    t[D][b' ' as usize] = 1;
    let mut i = 0u8;
    while i < 26 {
        t[U][(b'A' + i) as usize] = i + 2;
        t[L][(b'a' + i) as usize] = i + 2;
        i += 1;
    }
    // Mixed: ^A..^M, ESC..US, then @ \ ^ _ ` | ~ DEL.
    let mut c = 1u8;
    while c <= 13 {
        t[M][c as usize] = c + 1;
        c += 1;
    }
    c = 27;
    while c <= 31 {
        t[M][c as usize] = c - 12;
        c += 1;
    }
    let mixed = b"@\\^_`|~\x7f";
    i = 0;
    while i < 8 {
        t[M][mixed[i as usize] as usize] = 20 + i;
        i += 1;
    }
    // Punct: CR, then ! " # $ % & ' ( ) * + , - . / : ; < = > ? [ ] { } from code 6.
    t[P][13] = 1;
    let punct = b"!\"#$%&'()*+,-./:;<=>?[]{}";
    i = 0;
    while i < 25 {
        t[P][punct[i as usize] as usize] = 6 + i;
        i += 1;
    }
    i = 0;
    while i < 10 {
        t[D][(b'0' + i) as usize] = i + 2;
        i += 1;
    }
    t[D][b',' as usize] = 12;
    t[D][b'.' as usize] = 13;
    t
}

const CODES: [[u8; 128]; MODES] = code_table();

#[inline]
fn code(mode: usize, b: u8) -> u8 {
    if b < 128 {
        CODES[mode][usize::from(b)]
    } else {
        NONE
    }
}

/// The Punct code of a two-byte pair (CR LF 2, `. ` 3, `, ` 4, `: ` 5).
#[inline]
fn pair_code(a: u8, b: u8) -> Option<u32> {
    match (a, b) {
        (b'\r', b'\n') => Some(2),
        (b'.', b' ') => Some(3),
        (b',', b' ') => Some(4),
        (b':', b' ') => Some(5),
        _ => None,
    }
}

/// How a state (position, latched mode) was reached.
#[derive(Clone, Copy)]
enum Step {
    Unreached,
    Start,
    /// One character in the latched mode (FNC1 as FLG(0) in Punct).
    Char,
    /// A Punct pair while latched in Punct.
    Pair,
    /// P/S and one Punct character (or FNC1).
    ShiftP,
    /// P/S and a Punct pair.
    ShiftPPair,
    /// U/S and one Upper character.
    ShiftU,
    /// A Binary Shift run starting at this position.
    Binary(u32),
}

/// Reusable search state.
#[derive(Default)]
pub(crate) struct Encoder {
    /// Cost after the characters that reach (position, mode), before latching.
    arrived: Vec<[u32; MODES]>,
    how: Vec<[Step; MODES]>,
    /// Cost after latching at the position, and the mode latched from.
    closed: Vec<[u32; MODES]>,
    latched_from: Vec<[u8; MODES]>,
    /// Window minima over Binary Shift run starts: short and long windows for Upper, Lower
    /// and Mixed, as monotone deques of positions.
    window: [std::collections::VecDeque<usize>; 6],
    path: Vec<PathItem>,
}

#[derive(Clone, Copy)]
enum PathItem {
    /// Latch sequence from one mode to another.
    Latch(usize, usize),
    /// The step reaching (position, mode).
    Step(usize, usize),
}

impl Encoder {
    /// Appends the shortest encoding of `data` (starting latched in Upper) to `out`. With `gs1`,
    /// GS bytes (0x1D) are FNC1 (FLG(0)). With `end_upper` the encoding finishes latched in
    /// Upper.
    pub(crate) fn encode(&mut self, data: &[u8], gs1: bool, end_upper: bool, out: &mut Bits) {
        let n = data.len();
        self.search(data, gs1);
        // Choose the cheapest end state (lowest mode on ties).
        let mut end = U;
        if !end_upper {
            for m in 0..MODES {
                if self.arrived[n][m] < self.arrived[n][end] {
                    end = m;
                }
            }
        }
        // Walk back from the end state, collecting latches and steps.
        self.path.clear();
        let (mut pos, mut mode, mut closed) = (n, end, end_upper);
        loop {
            if closed {
                let from = usize::from(self.latched_from[pos][mode]);
                if from != mode {
                    self.path.push(PathItem::Latch(from, mode));
                }
                mode = from;
            }
            let from = match self.how[pos][mode] {
                Step::Start | Step::Unreached => break,
                Step::Char | Step::ShiftP | Step::ShiftU => pos - 1,
                Step::Pair | Step::ShiftPPair => pos - 2,
                Step::Binary(s) => s as usize,
            };
            self.path.push(PathItem::Step(pos, mode));
            pos = from;
            closed = true;
        }
        for item in self.path.iter().rev() {
            match *item {
                PathItem::Latch(from, to) => {
                    for &(c, w) in LATCH[from][to] {
                        out.push(c, w);
                    }
                }
                PathItem::Step(pos, mode) => emit(data, gs1, pos, mode, self.how[pos][mode], out),
            }
        }
    }

    fn search(&mut self, data: &[u8], gs1: bool) {
        let n = data.len();
        self.arrived.clear();
        self.arrived.resize(n + 1, [INF; MODES]);
        self.how.clear();
        self.how.resize(n + 1, [Step::Unreached; MODES]);
        self.closed.clear();
        self.closed.resize(n + 1, [INF; MODES]);
        self.latched_from.clear();
        self.latched_from.resize(n + 1, [0; MODES]);
        for w in &mut self.window {
            w.clear();
        }
        self.arrived[0][U] = 0;
        self.how[0][U] = Step::Start;
        // Binary runs may not swallow an FNC1: starts must be after the last one.
        let mut first_start = 0usize;
        for j in 0..=n {
            if j > 0 {
                self.binary_runs(j, first_start);
            }
            self.close(j);
            if j == n {
                break;
            }
            let b = data[j];
            let fnc1 = gs1 && b == 0x1d;
            if fnc1 {
                first_start = j + 1;
            }
            self.relax_chars(data, j, fnc1);
        }
    }

    /// Latches at position `j`: closed[m] = min over m' of arrived[m'] + latch(m' → m).
    fn close(&mut self, j: usize) {
        let arrived = self.arrived[j];
        for to in 0..MODES {
            let (mut best, mut from) = (arrived[to], to);
            for (m, &a) in arrived.iter().enumerate() {
                let c = a.saturating_add(LATCH_COST[m][to]);
                if c < best {
                    best = c;
                    from = m;
                }
            }
            self.closed[j][to] = best;
            self.latched_from[j][to] = from as u8;
        }
    }

    fn relax(&mut self, pos: usize, mode: usize, cost: u32, step: Step) {
        if cost < self.arrived[pos][mode] {
            self.arrived[pos][mode] = cost;
            self.how[pos][mode] = step;
        }
    }

    /// Characters starting at position `j` from each closed state.
    fn relax_chars(&mut self, data: &[u8], j: usize, fnc1: bool) {
        let b = data[j];
        let pair = data.get(j + 1).and_then(|&b2| pair_code(b, b2));
        for (m, &width) in WIDTH.iter().enumerate() {
            let base = self.closed[j][m];
            if base >= INF {
                continue;
            }
            if fnc1 {
                if m == P {
                    self.relax(j + 1, m, base + 8, Step::Char);
                } else {
                    self.relax(j + 1, m, base + width + 8, Step::ShiftP);
                }
                continue;
            }
            if code(m, b) != NONE {
                self.relax(j + 1, m, base + width, Step::Char);
            }
            if pair.is_some() {
                if m == P {
                    self.relax(j + 2, m, base + 5, Step::Pair);
                } else {
                    self.relax(j + 2, m, base + width + 5, Step::ShiftPPair);
                }
            }
            if m != P && code(P, b) != NONE {
                self.relax(j + 1, m, base + width + 5, Step::ShiftP);
            }
            if (m == L || m == D) && code(U, b) != NONE {
                self.relax(j + 1, m, base + width + 5, Step::ShiftU);
            }
        }
    }

    /// Binary Shift runs ending at position `j` (from Upper, Lower or Mixed, which stay latched):
    /// B/S + 5-bit length + 8 bits a byte for up to 31 bytes, B/S + 00000 + 11-bit length for
    /// 32 ..= 2078. Two short runs back to back cover 32 ..= 62 more cheaply than the long form;
    /// the search finds that by chaining runs.
    fn binary_runs(&mut self, j: usize, first_start: usize) {
        for (w, m) in [U, L, M].into_iter().enumerate() {
            let (mut best, mut start) = (INF, 0);
            // Short runs start at j − 31 ..= j − 1, long ones at j − 2078 ..= j − 32.
            for (k, (newest, longest, overhead)) in [
                (1, SHORT_BINARY_RUN, 10),
                (SHORT_BINARY_RUN + 1, MAX_BINARY_RUN, 21),
            ]
            .into_iter()
            .enumerate()
            {
                let window = &mut self.window[2 * w + k];
                if let Some(i) = j.checked_sub(newest)
                    && i >= first_start
                    && self.closed[i][m] < INF
                {
                    // Keep starts by increasing closed[i] − 8i (the earliest of equals first).
                    let key = |i: usize| i64::from(self.closed[i][m]) - 8 * i as i64;
                    while window.back().is_some_and(|&b| key(b) > key(i)) {
                        window.pop_back();
                    }
                    window.push_back(i);
                }
                while window
                    .front()
                    .is_some_and(|&f| f < first_start || j - f > longest)
                {
                    window.pop_front();
                }
                if let Some(&i) = window.front() {
                    let c = self.closed[i][m] + overhead + 8 * (j - i) as u32;
                    if c < best {
                        best = c;
                        start = i;
                    }
                }
            }
            if best < INF {
                self.relax(j, m, best, Step::Binary(start as u32));
            }
        }
    }
}

/// Writes the characters of one step ending at `pos` in latched `mode`.
fn emit(data: &[u8], gs1: bool, pos: usize, mode: usize, step: Step, out: &mut Bits) {
    let fnc1 = |b: u8| gs1 && b == 0x1d;
    match step {
        Step::Char => {
            let b = data[pos - 1];
            if fnc1(b) {
                out.push(0, 5); // FLG(n)
                out.push(0, 3); // n = 0: FNC1
            } else {
                out.push(u32::from(code(mode, b)), WIDTH[mode]);
            }
        }
        Step::Pair => {
            out.push(pair_code(data[pos - 2], data[pos - 1]).unwrap_or(0), 5);
        }
        Step::ShiftP => {
            out.push(0, WIDTH[mode]);
            let b = data[pos - 1];
            if fnc1(b) {
                out.push(0, 5);
                out.push(0, 3);
            } else {
                out.push(u32::from(code(P, b)), 5);
            }
        }
        Step::ShiftPPair => {
            out.push(0, WIDTH[mode]);
            out.push(pair_code(data[pos - 2], data[pos - 1]).unwrap_or(0), 5);
        }
        Step::ShiftU => {
            out.push(if mode == D { 15 } else { 28 }, WIDTH[mode]);
            out.push(u32::from(code(U, data[pos - 1])), 5);
        }
        Step::Binary(start) => {
            let run = &data[start as usize..pos];
            out.push(31, 5);
            if run.len() <= SHORT_BINARY_RUN {
                out.push(run.len() as u32, 5);
            } else {
                out.push(0, 5);
                out.push((run.len() - SHORT_BINARY_RUN) as u32, 11);
            }
            for &b in run {
                out.push(u32::from(b), 8);
            }
        }
        Step::Start | Step::Unreached => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bits(data: &[u8]) -> String {
        let mut out = Bits::default();
        Encoder::default().encode(data, false, false, &mut out);
        out.bits.iter().map(|b| char::from(b'0' + b)).collect()
    }

    #[test]
    fn upper_lower_digits() {
        // "A" = 00010; "a" = L/L 11100 + 00010; "1" = D/L 11110 + 0011.
        assert_eq!(bits(b"A"), "00010");
        assert_eq!(bits(b"a"), "1110000010");
        assert_eq!(bits(b"1"), "111100011");
    }

    #[test]
    fn punct_pairs_are_one_codeword() {
        // P/S + ". " (3) from Upper.
        assert_eq!(bits(b". "), "0000000011");
        // CR LF twice: M/L P/L then two pairs (20) beats two P/S pairs (20): equal, both fine.
        assert_eq!(bits(b"\r\n\r\n").len(), 20);
    }

    #[test]
    fn binary_runs() {
        // B/S, length 1, the byte.
        assert_eq!(bits(&[0x80]), "11111000011000 0000".replace(' ', ""));
        // 40 bytes: two short runs (31 + 9) = 20 + 320 bits; the long form would be 341.
        assert_eq!(bits(&[0xff; 40]).len(), 340);
        // 100 bytes: the long form.
        assert_eq!(bits(&[0xff; 100]).len(), 21 + 800);
    }

    #[test]
    fn shifts_stay_latched() {
        // Lower, U/S for one capital: L/L a U/S B c.
        assert_eq!(bits(b"aBc").len(), 5 + 5 + 10 + 5);
    }

    #[test]
    fn fnc1_in_gs1() {
        let mut out = Bits::default();
        Encoder::default().encode(b"1\x1d2", true, false, &mut out);
        // D/L 1, P/S FLG(0) (4+8), 2.
        assert_eq!(out.bits.len(), 5 + 4 + 12 + 4);
    }
}
