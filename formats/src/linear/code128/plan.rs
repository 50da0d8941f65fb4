//! Minimal code-set planning: the fewest symbol characters for a message, over code sets A, B
//! and C, the single SHIFT, and FNC4 for bytes 128–255 (single FNC4 per character, or a double
//! FNC4 latching extended mode until the next double FNC4).
//!
//! A message is a sequence of atoms: bytes 0–255 and the function characters FNC1–FNC3. The
//! planner runs a shortest-path DP backwards over six states (code set × extended-latch), then
//! walks forwards taking, at each step, the most preferred choice that stays on a shortest path.
//! The preferences (stay in the current state, shift rather than latch for one character, start
//! in C for leading digits, B over A) reproduce zint's choices wherever they are also minimal.
//!
//! Without bytes 128–255 the extended states are never on a shortest path (entering one costs a
//! double FNC4 and every character there would need a single FNC4 back), so such messages —
//! almost all — run the same DP over the three plain states only; the plan is identical.

/// Atom for FNC1 (GS1 leading character and separator, or `\^1`).
pub(super) const FNC1: u16 = 0x100;
/// Atom for FNC2 (message append).
pub(super) const FNC2: u16 = 0x101;
/// Atom for FNC3 (reader initialisation).
pub(super) const FNC3: u16 = 0x102;

// Symbol character values shared by code sets A and B (ISO/IEC 15417 Table 1).
const V_FNC3: u8 = 96;
const V_FNC2: u8 = 97;
const V_SHIFT: u8 = 98;
const V_CODE_C: u8 = 99;
/// Code B in sets A and C; FNC4 in set B.
const V_100: u8 = 100;
/// Code A in sets B and C; FNC4 in set A.
const V_101: u8 = 101;
const V_FNC1: u8 = 102;
const START: [u8; 3] = [103, 104, 105];

const A: usize = 0;
const B: usize = 1;
const C: usize = 2;
/// States are `ext * 3 + set`: the plain states 0–2 first, so the three-state DP is a prefix.
const STATES: usize = 6;
const PLAIN: usize = 3;

/// Costs are symbol characters in the high bits and latches (code set changes, extended-mode
/// toggles) in the low bits, so among equally short plans the one with fewer switches wins.
const SYMBOL: u32 = 1 << 10;
const LATCH: u32 = 1;
/// Large enough to lose every comparison, small enough that two of them plus any finite cost
/// cannot overflow (so plain additions replace saturating ones).
const UNREACHABLE: u32 = u32::MAX / 4;

#[inline]
const fn set_of(state: usize) -> usize {
    state % 3
}

#[inline]
const fn ext_of(state: usize) -> bool {
    state >= 3
}

/// Whether ASCII `c` (0–127) is in code set `set` (A: 0–95, B: 32–127).
#[inline]
fn in_set(set: usize, c: u8) -> bool {
    if set == A { c < 96 } else { c >= 32 }
}

#[inline]
fn is_digit(atom: u16) -> bool {
    (u16::from(b'0')..=u16::from(b'9')).contains(&atom)
}

/// Cost of going from state `from` to state `to` between two atoms.
const fn switch_cost(from: usize, to: usize) -> u32 {
    let (s1, s2) = (set_of(from), set_of(to));
    let mut cost = 0;
    if s1 != s2 {
        cost += SYMBOL + LATCH;
    }
    if ext_of(from) != ext_of(to) {
        // FNC4 FNC4 exists only in A and B; toggling within C would need two latches more,
        // which a plan through A or B always beats.
        if s1 == C && s2 == C {
            return UNREACHABLE;
        }
        cost += 2 * SYMBOL + LATCH;
    }
    cost
}

/// [`switch_cost`] for every pair of states.
const SWITCH: [[u32; STATES]; STATES] = {
    let mut t = [[0; STATES]; STATES];
    let mut from = 0;
    while from < STATES {
        let mut to = 0;
        while to < STATES {
            t[from][to] = switch_cost(from, to);
            to += 1;
        }
        from += 1;
    }
    t
};

/// Preference order of target states from each state: stay, then other sets (C, B, A) keeping
/// the extended mode, then the same with it toggled. Restricted to the plain states, the plain
/// rows keep their order (the toggled states are simply never reached).
const PREFERENCES: [[usize; STATES]; STATES] = {
    let mut t = [[0; STATES]; STATES];
    let mut state = 0;
    while state < STATES {
        let e = state / 3;
        t[state][0] = state;
        let mut k = 1;
        let mut toggle = 0;
        while toggle < 2 {
            let sets = [C, B, A];
            let mut j = 0;
            while j < 3 {
                let s = (e ^ toggle) * 3 + sets[j];
                if s != state {
                    t[state][k] = s;
                    k += 1;
                }
                j += 1;
            }
            toggle += 1;
        }
        state += 1;
    }
    t
};

/// Per byte: bit 0 set when code set A lacks it (a SHIFT to B carries it there), bit 1 when B
/// lacks it, bit 2 for bytes 128–255 (FNC4 outside extended mode).
const BYTE_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = (b & 0x7f) as u8;
        let mut k = 0;
        if c >= 96 {
            k |= 1;
        }
        if c < 32 {
            k |= 2;
        }
        if b >= 0x80 {
            k |= 4;
        }
        t[b] = k;
        b += 1;
    }
    t
};

/// What encoding the atom(s) at `i` costs in each state of `0..N`, and how many atoms that
/// consumes (0: cannot).
#[inline(always)]
fn step<const N: usize>(atoms: &[u16], i: usize) -> ([u32; N], [u8; N]) {
    let atom = atoms[i];
    let mut cost = [SYMBOL; N];
    let mut used = [1u8; N];
    if atom > 0xff {
        // FNC1 fits every state; FNC2 and FNC3 only A and B.
        if atom != FNC1 {
            for st in 0..N {
                if set_of(st) == C {
                    cost[st] = UNREACHABLE;
                    used[st] = 0;
                }
            }
        }
        return (cost, used);
    }
    let class = u32::from(BYTE_CLASS[usize::from(atom)]);
    // Code set C: a pair of digits.
    let pair = is_digit(atom) && atoms.get(i + 1).is_some_and(|&a| is_digit(a));
    for st in 0..N {
        let set = set_of(st);
        if set == C {
            if pair {
                used[st] = 2;
            } else {
                cost[st] = UNREACHABLE;
                used[st] = 0;
            }
            continue;
        }
        // A SHIFT when the set lacks the character, a single FNC4 when its high bit differs
        // from the extended mode.
        let shift = class >> set & 1;
        let fnc4 = (class >> 2 & 1) ^ u32::from(ext_of(st));
        cost[st] += (shift + fnc4) * SYMBOL;
    }
    (cost, used)
}

/// The cheapest switch from each plain state given `after` (the cost from each state after its
/// switch), picking among equals the first in preference order: stay, then C, B, A.
#[inline(always)]
fn relax_plain(after: [u32; PLAIN]) -> ([u32; PLAIN], [u8; PLAIN]) {
    let sl = SYMBOL + LATCH;
    // The preferred cheapest of two other sets: the earlier one on a tie.
    let first = |x: usize, y: usize| if after[x] <= after[y] { x } else { y };
    let mut cost = [0; PLAIN];
    let mut next = [0; PLAIN];
    for (st, other) in [(A, first(C, B)), (B, first(C, A)), (C, first(B, A))] {
        let via = after[other] + sl;
        if after[st] <= via {
            cost[st] = after[st];
            next[st] = st as u8;
        } else {
            cost[st] = via;
            next[st] = other as u8;
        }
    }
    (cost, next)
}

/// Symbol character values as the planner emits them: the first `CAP` are kept, the rest only
/// counted (a plan longer than a symbol allows is refused by its length alone).
pub(super) struct Values<const CAP: usize> {
    buf: [u8; CAP],
    len: usize,
}

impl<const CAP: usize> Values<CAP> {
    pub(super) fn new() -> Self {
        Values {
            buf: [0; CAP],
            len: 0,
        }
    }

    #[inline]
    pub(super) fn push(&mut self, v: u8) {
        if let Some(slot) = self.buf.get_mut(self.len) {
            *slot = v;
        }
        self.len += 1;
    }

    /// How many values were pushed (kept or not).
    pub(super) fn len(&self) -> usize {
        self.len
    }

    /// The kept values (all of them while `len() <= CAP`).
    pub(super) fn as_slice(&self) -> &[u8] {
        &self.buf[..self.len.min(CAP)]
    }
}

/// One DP position: the cheapest cost from each state, the state to switch to from it (the
/// most preferred among the cheapest) and how many atoms each state consumes here.
#[derive(Clone, Copy)]
struct Row<const N: usize> {
    cost: [u32; N],
    next: [u8; N],
    used: [u8; N],
}

impl<const N: usize> Row<N> {
    const END: Row<N> = Row {
        cost: [0; N],
        next: [0; N],
        used: [0; N],
    };
}

/// Messages up to this many atoms plan with their DP rows on the stack.
const STACK_ROWS: usize = 64;

/// Plans `atoms` (not empty) and pushes the symbol character values, start character first and
/// no check character, to `out`.
pub(super) fn plan<const CAP: usize>(atoms: &[u16], out: &mut Values<CAP>) {
    let extended = atoms.iter().any(|&a| (0x80..=0xff).contains(&a));
    let n = atoms.len();
    if extended {
        plan_n::<STATES, CAP>(atoms, n, out);
    } else {
        plan_n::<PLAIN, CAP>(atoms, n, out);
    }
}

fn plan_n<const N: usize, const CAP: usize>(atoms: &[u16], n: usize, out: &mut Values<CAP>) {
    if n < STACK_ROWS {
        let mut rows = [Row::<N>::END; STACK_ROWS];
        plan_in(atoms, &mut rows[..=n], out);
    } else {
        plan_in(atoms, &mut vec![Row::<N>::END; n + 1], out);
    }
}

/// The DP over states `0..N` (`N` is [`PLAIN`] or [`STATES`]); `rows` has `atoms.len() + 1`
/// entries, the last the end of the message (cost 0).
fn plan_in<const N: usize, const CAP: usize>(
    atoms: &[u16],
    rows: &mut [Row<N>],
    out: &mut Values<CAP>,
) {
    let n = atoms.len();
    rows[n] = Row::END;
    for i in (0..n).rev() {
        let (cost, used) = step::<N>(atoms, i);
        // Cost from each state after its switch at i: the consume cost plus the rest.
        let mut after = [UNREACHABLE; N];
        for st in 0..N {
            if used[st] > 0 {
                after[st] = cost[st] + rows[i + usize::from(used[st])].cost[st];
            }
        }
        let mut row = Row {
            cost: [UNREACHABLE; N],
            next: [0; N],
            used,
        };
        if N == PLAIN {
            let (c, nx) = relax_plain([after[0], after[1], after[2]]);
            row.cost[..PLAIN].copy_from_slice(&c);
            row.next[..PLAIN].copy_from_slice(&nx);
        } else {
            for st in 0..N {
                // The first state in preference order that reaches the minimum, as the
                // forward walk of a shortest path would pick it.
                let mut m = u32::MAX;
                let mut pick = st;
                for &to in &PREFERENCES[st] {
                    let c = SWITCH[st][to] + after[to];
                    if c < m {
                        m = c;
                        pick = to;
                    }
                }
                row.cost[st] = m.min(UNREACHABLE);
                row.next[st] = pick as u8;
            }
        }
        rows[i] = row;
    }

    // Start character: C first (digit runs), then B, then A; always ext off.
    let mut state = B;
    let mut total = UNREACHABLE;
    for set in [C, B, A] {
        if rows[0].cost[set] < total {
            total = rows[0].cost[set];
            state = set;
        }
    }
    out.push(START[state]);

    let mut i = 0;
    while i < n {
        let row = &rows[i];
        let to = usize::from(row.next[state]);
        let used = usize::from(row.used[to]);
        // A shortest path always exists (every atom fits some state), so `used` is positive.
        if used == 0 {
            break;
        }
        emit_switch(state, to, out);
        state = to;
        emit_atoms(&atoms[i..i + used], state, out);
        i += used;
    }
}

/// The FNC4 value of code set A or B.
#[inline]
fn fnc4(set: usize) -> u8 {
    if set == A { V_101 } else { V_100 }
}

/// The latch value into `to` (from any other set).
#[inline]
fn latch(to: usize) -> u8 {
    match to {
        A => V_101,
        B => V_100,
        _ => V_CODE_C,
    }
}

#[inline]
fn emit_switch<const CAP: usize>(from: usize, to: usize, out: &mut Values<CAP>) {
    let (s1, s2) = (set_of(from), set_of(to));
    let toggle = ext_of(from) != ext_of(to);
    if toggle && s1 != C {
        out.push(fnc4(s1));
        out.push(fnc4(s1));
        if s1 != s2 {
            out.push(latch(s2));
        }
    } else {
        if s1 != s2 {
            out.push(latch(s2));
        }
        if toggle {
            out.push(fnc4(s2));
            out.push(fnc4(s2));
        }
    }
}

#[inline]
fn emit_atoms<const CAP: usize>(atoms: &[u16], state: usize, out: &mut Values<CAP>) {
    let set = set_of(state);
    match *atoms {
        [FNC1, ..] => out.push(V_FNC1),
        [FNC2, ..] => out.push(V_FNC2),
        [FNC3, ..] => out.push(V_FNC3),
        [d1, d2] => out.push(((d1 - u16::from(b'0')) * 10 + (d2 - u16::from(b'0'))) as u8),
        [byte] => {
            let byte = byte as u8;
            if (byte >= 0x80) != ext_of(state) {
                out.push(fnc4(set));
            }
            let c = byte & 0x7f;
            let target = if in_set(set, c) {
                set
            } else {
                out.push(V_SHIFT);
                if set == A { B } else { A }
            };
            // A: 32–95 → 0–63, 0–31 → 64–95; B: 32–127 → 0–95.
            out.push(if c < 32 && target == A {
                c + 64
            } else {
                c - 32
            });
        }
        _ => {}
    }
}

#[cfg(test)]
mod reference;

#[cfg(test)]
mod tests {
    use super::*;

    fn plan_bytes(data: &[u8]) -> Vec<u8> {
        let atoms: Vec<u16> = data.iter().map(|&b| u16::from(b)).collect();
        run(&atoms)
    }

    fn run(atoms: &[u16]) -> Vec<u8> {
        let mut out = Values::<4096>::new();
        plan(atoms, &mut out);
        assert!(out.len() <= 4096);
        out.as_slice().to_vec()
    }

    #[test]
    fn digits() {
        assert_eq!(plan_bytes(b"1234"), [105, 12, 34]);
        assert_eq!(plan_bytes(b"12345"), [105, 12, 34, 100, 21]);
        assert_eq!(plan_bytes(b"123"), [104, 17, 18, 19]);
        assert_eq!(plan_bytes(b"1"), [104, 17]);
    }

    #[test]
    fn shift_and_latch() {
        // 'a' then NUL then 'b': one SHIFT beats two latches.
        assert_eq!(plan_bytes(b"a\0b"), [104, 65, 98, 64, 66]);
        // Two control characters at the start: Start A.
        assert_eq!(plan_bytes(b"\x01\x02AB"), [103, 65, 66, 33, 34]);
    }

    #[test]
    fn extended() {
        // One high byte: FNC4 then the character.
        assert_eq!(plan_bytes(b"\xe9"), [104, 100, 0xe9 - 128 - 32]);
        // Many high bytes: double FNC4 latch.
        assert_eq!(
            plan_bytes(b"\xe9\xe9\xe9\xe9"),
            [104, 100, 100, 73, 73, 73, 73]
        );
    }

    #[test]
    fn fnc1_first_in_c() {
        assert_eq!(run(&[FNC1, 0x30, 0x31]), [105, 102, 1]);
    }

    /// A small deterministic generator (xorshift), so the comparison needs no extra crates.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
    }

    /// Atoms drawn from classes that stress every choice: digits (runs for C), upper case,
    /// lower case, control characters (A only), high bytes (FNC4) and FNC1–FNC3.
    fn random_atoms(rng: &mut Rng, high: bool) -> Vec<u16> {
        // Mostly short; some past the stack rows (64) to cover the heap path.
        let max = if rng.next() % 8 == 0 { 150 } else { 40 };
        let len = 1 + (rng.next() % max) as usize;
        (0..len)
            .map(|_| {
                let r = rng.next();
                let class = r % if high { 9 } else { 7 };
                let pick = |s: &[u8]| u16::from(s[(r >> 8) as usize % s.len()]);
                match class {
                    0..=2 => pick(b"0123456789"),
                    3 => pick(b"AZ@_ "),
                    4 => pick(b"az`{~\x7f"),
                    5 => pick(b"\x00\x01\x1f\x1d"),
                    6 => [FNC1, FNC1, FNC2, FNC3][(r >> 8) as usize % 4],
                    7 => pick(b"\x80\x9f\xa0\xe9\xff"),
                    _ => pick(b"\xb0\xb9\xc1\xe1\x81"),
                }
            })
            .collect()
    }

    #[test]
    fn matches_the_reference_planner() {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        for k in 0..60_000 {
            let atoms = random_atoms(&mut rng, k % 2 == 1);
            let ours = run(&atoms);
            let mut want = Vec::new();
            reference::Planner::default().plan(&atoms, &mut want);
            assert_eq!(ours, want, "atoms {atoms:?}");
        }
        // Every single byte and every pair of byte classes.
        for a in 0..=255u16 {
            for b in [
                0u16, 0x1d, 0x30, 0x39, 0x41, 0x61, 0x7f, 0x80, 0xe9, FNC1, FNC3,
            ] {
                for atoms in [vec![a], vec![a, b], vec![b, a, b], vec![a, a, a, b, a]] {
                    let ours = run(&atoms);
                    let mut want = Vec::new();
                    reference::Planner::default().plan(&atoms, &mut want);
                    assert_eq!(ours, want, "atoms {atoms:?}");
                }
            }
        }
    }
}
