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
/// Unreached. Real costs stay far below (7972 bytes at most 8 bits and a few overheads each),
/// and INF × 8 plus a packed latch (see [`Encoder::close`]) still fits an `i32`.
const INF: u32 = 1 << 27;

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

/// Modes holding each byte: bit m set when `CODES[m]` has it, bit [`PAIR_FIRST`] when the byte
/// can start a Punct pair.
const fn class_table() -> [u8; 256] {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let mut m = 0;
        while m < MODES {
            if CODES[m][b] != NONE {
                t[b] |= 1 << m;
            }
            m += 1;
        }
        b += 1;
    }
    t[b'\r' as usize] |= 1 << PAIR_FIRST;
    t[b'.' as usize] |= 1 << PAIR_FIRST;
    t[b',' as usize] |= 1 << PAIR_FIRST;
    t[b':' as usize] |= 1 << PAIR_FIRST;
    t
}

const PAIR_FIRST: usize = 7;
const CLASS: [u8; 256] = class_table();

/// How a state (position, latched mode) was reached, packed in a `u32`: the low 3 bits are the
/// kind, a Binary Shift run keeps its start position above them.
#[derive(Clone, Copy, PartialEq, Eq)]
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

const UNREACHED: u32 = 0;
const START: u32 = 1;
const CHAR: u32 = 2;
const PAIR: u32 = 3;
const SHIFT_P: u32 = 4;
const SHIFT_P_PAIR: u32 = 5;
const SHIFT_U: u32 = 6;
const BINARY: u32 = 7;

impl Step {
    #[inline]
    fn unpack(packed: u32) -> Step {
        match packed & 7 {
            UNREACHED => Step::Unreached,
            START => Step::Start,
            CHAR => Step::Char,
            PAIR => Step::Pair,
            SHIFT_P => Step::ShiftP,
            SHIFT_P_PAIR => Step::ShiftPPair,
            SHIFT_U => Step::ShiftU,
            _ => Step::Binary(packed >> 3),
        }
    }
}

/// A monotone deque of Binary Shift run starts: positions with increasing keys
/// closed[i][m] − 8i (the earliest of equals first), so the front is the cheapest start.
/// Positions only enter at the back, in increasing order, and leave at the front once too old,
/// so a ring of `N` (a power of two) slots holds it as long as the span from the oldest allowed
/// start to the newest is under `N`: [`Window::expire`] before every push.
#[derive(Clone)]
struct Window<const N: usize> {
    pos: [u32; N],
    key: [i32; N],
    /// Slot counters (taken mod N): live entries are head..tail.
    head: usize,
    tail: usize,
}

impl<const N: usize> Default for Window<N> {
    fn default() -> Self {
        Window {
            pos: [0; N],
            key: [0; N],
            head: 0,
            tail: 0,
        }
    }
}

impl<const N: usize> Window<N> {
    fn clear(&mut self) {
        self.head = 0;
        self.tail = 0;
    }

    /// Drops the starts older than `oldest`.
    #[inline]
    fn expire(&mut self, oldest: usize) {
        while self.head != self.tail && (self.pos[self.head % N] as usize) < oldest {
            self.head += 1;
        }
    }

    /// Adds start `i` with `key`, dropping the starts it beats.
    #[inline]
    fn push(&mut self, i: usize, key: i32) {
        while self.tail != self.head && self.key[(self.tail - 1) % N] > key {
            self.tail -= 1;
        }
        self.pos[self.tail % N] = i as u32;
        self.key[self.tail % N] = key;
        self.tail += 1;
    }

    /// The cheapest start, with its key.
    #[inline]
    fn front(&self) -> Option<(u32, i32)> {
        (self.head != self.tail).then(|| (self.pos[self.head % N], self.key[self.head % N]))
    }
}

/// Ring sizes: short starts span at most 31 positions, long ones 2078 − 63.
const SHORT_RING: usize = 32;
const LONG_RING: usize = 2048;

/// Reusable search state.
#[derive(Default)]
pub(crate) struct Encoder {
    /// Cost after the characters that reach (position, mode), before latching.
    arrived: Vec<[u32; MODES]>,
    /// The packed [`Step`] that reached it.
    how: Vec<[u32; MODES]>,
    /// Cost after latching at the position, and the mode latched from.
    closed: Vec<[u32; MODES]>,
    latched_from: Vec<[u8; MODES]>,
    /// Window minima over Binary Shift run starts for Upper, Lower and Mixed: short runs, and
    /// long ones (allocated for the first input long enough to use them).
    short: [Window<SHORT_RING>; 3],
    long: Vec<Window<LONG_RING>>,
    /// No start has entered any window since the last clear.
    windows_empty: bool,
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
            let from = match Step::unpack(self.how[pos][mode]) {
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
                PathItem::Step(pos, mode) => {
                    emit(data, gs1, pos, mode, Step::unpack(self.how[pos][mode]), out)
                }
            }
        }
    }

    fn search(&mut self, data: &[u8], gs1: bool) {
        let n = data.len();
        // One spare position so a pair's target (j + 2) is always in bounds.
        self.arrived.clear();
        self.arrived.resize(n + 2, [INF; MODES]);
        self.how.clear();
        self.how.resize(n + 2, [UNREACHED; MODES]);
        self.closed.clear();
        self.closed.resize(n + 1, [INF; MODES]);
        self.latched_from.clear();
        self.latched_from.resize(n + 1, [0; MODES]);
        if n > 2 * SHORT_BINARY_RUN && self.long.is_empty() {
            self.long = vec![Window::default(); 3];
        }
        self.clear_windows();
        self.arrived[0][U] = 0;
        self.how[0][U] = START;
        // Binary runs may not swallow an FNC1: starts must be after the last one.
        let mut first_start = 0usize;
        for j in 0..=n {
            if j > 0 {
                self.binary_runs(data, j, first_start);
            }
            self.close(j);
            if j == n {
                break;
            }
            let b = data[j];
            let fnc1 = gs1 && b == 0x1d;
            if fnc1 {
                first_start = j + 1;
                // No run may start at or before an FNC1.
                self.clear_windows();
            }
            let pair = CLASS[usize::from(b)] & (1 << PAIR_FIRST) != 0
                && data
                    .get(j + 1)
                    .is_some_and(|&b2| pair_code(b, b2).is_some());
            self.relax_chars(j, b, pair, fnc1);
        }
    }

    fn clear_windows(&mut self) {
        for w in &mut self.short {
            w.clear();
        }
        for w in &mut self.long {
            w.clear();
        }
        self.windows_empty = true;
    }

    /// Latches at position `j`: closed[m] = min over m' of arrived[m'] + latch(m' → m), staying
    /// in m on ties, else the lowest m'. Branch-free and lane-parallel: each candidate is packed
    /// as cost × 8 + rank (0 for m itself, m' + 1 otherwise) and the smallest wins; the eight
    /// lanes (five used) vectorise.
    #[inline]
    fn close(&mut self, j: usize) {
        /// Per source mode m', lane m: latch(m' → m) × 8 + rank.
        const ADD: [[i32; 8]; MODES] = {
            let mut t = [[0i32; 8]; MODES];
            let mut from = 0;
            while from < MODES {
                let mut to = 0;
                while to < MODES {
                    let rank = if from == to { 0 } else { from + 1 };
                    t[from][to] = (LATCH_COST[from][to] * 8) as i32 + rank as i32;
                    to += 1;
                }
                from += 1;
            }
            t
        };
        let arrived = self.arrived[j];
        let mut best = [i32::MAX; 8];
        for (m, add) in ADD.iter().enumerate() {
            let a = (arrived[m] as i32) << 3;
            for (b, &d) in best.iter_mut().zip(add) {
                *b = (*b).min(a + d);
            }
        }
        let mut closed = [0u32; MODES];
        let mut latched_from = [0u8; MODES];
        for to in 0..MODES {
            let rank = (best[to] & 7) as usize;
            closed[to] = (best[to] >> 3) as u32;
            latched_from[to] = if rank == 0 { to } else { rank - 1 } as u8;
        }
        self.closed[j] = closed;
        self.latched_from[j] = latched_from;
    }

    /// Characters starting at position `j` (byte `b`, `pair` when it starts a Punct pair) from
    /// each closed state.
    #[inline]
    fn relax_chars(&mut self, j: usize, b: u8, pair: bool, fnc1: bool) {
        let class = CLASS[usize::from(b)];
        let in_p = class & (1 << P) != 0;
        let in_u = class & (1 << U) != 0;
        let closed = self.closed[j];
        let (a1, a2) = match &mut self.arrived[j + 1..j + 3] {
            [a1, a2] => (a1, a2),
            _ => unreachable!(),
        };
        let (h1, h2) = match &mut self.how[j + 1..j + 3] {
            [h1, h2] => (h1, h2),
            _ => unreachable!(),
        };
        let relax = |a: &mut [u32; MODES], h: &mut [u32; MODES], m: usize, cost, step| {
            if cost < a[m] {
                a[m] = cost;
                h[m] = step;
            }
        };
        for (m, &width) in WIDTH.iter().enumerate() {
            let base = closed[m];
            if base >= INF {
                continue;
            }
            if fnc1 {
                if m == P {
                    relax(a1, h1, m, base + 8, CHAR);
                } else {
                    relax(a1, h1, m, base + width + 8, SHIFT_P);
                }
                continue;
            }
            if class & (1 << m) != 0 {
                relax(a1, h1, m, base + width, CHAR);
            }
            if pair {
                if m == P {
                    relax(a2, h2, m, base + 5, PAIR);
                } else {
                    relax(a2, h2, m, base + width + 5, SHIFT_P_PAIR);
                }
            }
            if m != P && in_p {
                relax(a1, h1, m, base + width + 5, SHIFT_P);
            }
            if (m == L || m == D) && in_u {
                relax(a1, h1, m, base + width + 5, SHIFT_U);
            }
        }
    }

    /// Binary Shift runs ending at position `j` (from Upper, Lower or Mixed, which stay latched):
    /// B/S + 5-bit length + 8 bits a byte for up to 31 bytes, B/S + 00000 + 11-bit length for
    /// 32 ..= 2078. Two short runs back to back cover 32 ..= 62 more cheaply than the long form;
    /// the search finds that by chaining runs, so long runs only need starts 63 or more back
    /// (a shorter long run always costs more than the chain through j − 31, which the short
    /// window offers).
    ///
    /// Runs that begin or end with a byte of their own mode m are never optimal, so they are
    /// left out. Such a run [i, j) costs strictly more than taking that byte as a 5-bit
    /// character in m and running over the other k − 1 bytes (k − 1 = 0: the character alone;
    /// ≤ 30: one short run, 3 bits less; 62: two short runs, 4 less; ≥ 63: the long form, 3
    /// less). That cheaper path lies in the search graph, so the run is never the strict
    /// improvement a relaxation needs. Leaving the start i out of m's windows, and skipping m's
    /// query at j when data[j − 1] is in m, thus changes no arrived cost and no chosen step: a
    /// window's front is then the minimum over fewer starts, and when the full minimum was a
    /// left-out start, neither it nor the new front (no cheaper) improves the state.
    #[inline]
    fn binary_runs(&mut self, data: &[u8], j: usize, first_start: usize) {
        const LONG_FROM: usize = 2 * SHORT_BINARY_RUN + 1;
        // Starts enter when they come in range: j − 1 for short runs, j − 63 for long ones.
        // Keys are closed[i] − 8i; a run's cost is its key + 8j + the overhead.
        let newest = j - 1;
        // Modes (bits) whose windows take the newest start: those lacking its byte.
        let short_modes = if newest >= first_start {
            !CLASS[usize::from(data[newest])]
        } else {
            0
        };
        let long_start = j.checked_sub(LONG_FROM).filter(|&i| i >= first_start);
        let long_modes = long_start.map_or(0, |i| !CLASS[usize::from(data[i])]);
        // Every window is empty until a start enters it.
        if (short_modes | long_modes) & 7 == 0 && self.windows_empty {
            return;
        }
        self.windows_empty = false;
        let short_oldest = j.saturating_sub(SHORT_BINARY_RUN);
        // Long starts only expire once runs can exceed the longest form.
        let long_expires = j > MAX_BINARY_RUN;
        let long_oldest = j.saturating_sub(MAX_BINARY_RUN);
        let base = 8 * j as i32;
        // Long windows exist whenever j ≥ 63 can be (upper, lower, mixed).
        if let Some(i) = long_start {
            let closed = self.closed[i];
            for (m, w) in self.long.iter_mut().enumerate() {
                if long_modes & (1 << m) != 0 && closed[m] < INF {
                    if long_expires {
                        w.expire(long_oldest);
                    }
                    w.push(i, closed[m] as i32 - 8 * i as i32);
                }
            }
        }
        let short_closed = self.closed[newest];
        let arrived = &mut self.arrived[j];
        let how = &mut self.how[j];
        // Upper, Lower and Mixed are modes 0, 1 and 2.
        for (m, short) in self.short.iter_mut().enumerate() {
            // A run ending on a byte of m is never optimal (see above): no query.
            if short_modes & (1 << m) == 0 {
                continue;
            }
            short.expire(short_oldest);
            if short_closed[m] < INF {
                short.push(newest, short_closed[m] as i32 - 8 * newest as i32);
            }
            let (mut best, mut start) = (INF, 0);
            if let Some((i, key)) = short.front() {
                best = (key + base) as u32 + 10;
                start = i;
            }
            if let Some(w) = self.long.get_mut(m) {
                if long_expires {
                    w.expire(long_oldest);
                }
                if let Some((i, key)) = w.front() {
                    let c = (key + base) as u32 + 21;
                    if c < best {
                        best = c;
                        start = i;
                    }
                }
            }
            if best < arrived[m] {
                arrived[m] = best;
                how[m] = BINARY | (start << 3);
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
        out.to_vec().iter().map(|&b| char::from(b'0' + b)).collect()
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
        assert_eq!(out.len(), 5 + 4 + 12 + 4);
    }
}
