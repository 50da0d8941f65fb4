//! The previous planner (six-state DP with per-step cost functions), kept as the reference the
//! optimised planner must match plan for plan.

#![allow(dead_code)]

/// Atom for FNC1 (GS1 leading character and separator, or `\^1`).
const FNC1: u16 = 0x100;
/// Atom for FNC2 (message append).
const FNC2: u16 = 0x101;
/// Atom for FNC3 (reader initialisation).
const FNC3: u16 = 0x102;

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
const STATES: usize = 6;

/// Costs are symbol characters in the high bits and latches (code set changes, extended-mode
/// toggles) in the low bits, so among equally short plans the one with fewer switches wins.
const SYMBOL: u32 = 1 << 10;
const LATCH: u32 = 1;
const UNREACHABLE: u32 = u32::MAX / 4;

#[inline]
fn set_of(state: usize) -> usize {
    state >> 1
}

#[inline]
fn ext_of(state: usize) -> bool {
    state & 1 == 1
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
#[inline]
fn switch_cost(from: usize, to: usize) -> u32 {
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

/// Cost of encoding the atom(s) at `i` in `state`, and how many atoms it consumes (0: cannot).
#[inline]
fn consume(atoms: &[u16], i: usize, state: usize) -> (u32, usize) {
    let Some(&atom) = atoms.get(i) else {
        return (UNREACHABLE, 0);
    };
    let set = set_of(state);
    if set == C {
        return if atom == FNC1 {
            (SYMBOL, 1)
        } else if is_digit(atom) && atoms.get(i + 1).is_some_and(|&a| is_digit(a)) {
            (SYMBOL, 2)
        } else {
            (UNREACHABLE, 0)
        };
    }
    if atom > 0xff {
        return (SYMBOL, 1);
    }
    let byte = atom as u8;
    let mut cost = SYMBOL;
    if (byte >= 0x80) != ext_of(state) {
        cost += SYMBOL; // single FNC4
    }
    if !in_set(set, byte & 0x7f) {
        cost += SYMBOL; // SHIFT
    }
    (cost, 1)
}

/// Preference order of target states from `state`: stay, then other sets (C, B, A) keeping the
/// extended mode, then the same with it toggled.
fn preferences(state: usize) -> [usize; STATES] {
    let e = state & 1;
    let mut out = [state; STATES];
    let mut k = 1;
    for toggle in [0, 1] {
        for set in [C, B, A] {
            let s = set << 1 | (e ^ toggle);
            if s != state {
                out[k] = s;
                k += 1;
            }
        }
    }
    out
}

/// Reused buffers of the planner.
#[derive(Default)]
pub(crate) struct Planner {
    best: Vec<u32>,
}

impl Planner {
    /// Appends the symbol character values for `atoms` (start character first, no check
    /// character) to `out`. `atoms` must not be empty.
    pub(crate) fn plan(&mut self, atoms: &[u16], out: &mut Vec<u8>) {
        let n = atoms.len();
        self.best.clear();
        self.best.resize((n + 1) * STATES, UNREACHABLE);
        let best = &mut self.best;
        best[n * STATES..].fill(0);
        for i in (0..n).rev() {
            // Cost from each state after its switch at i: the consume cost plus the rest.
            let mut after = [UNREACHABLE; STATES];
            for (st, slot) in after.iter_mut().enumerate() {
                let (c, used) = consume(atoms, i, st);
                if used > 0 {
                    *slot = c + best[(i + used) * STATES + st];
                }
            }
            for st in 0..STATES {
                let mut m = UNREACHABLE;
                for (to, a) in after.iter().enumerate() {
                    m = m.min(switch_cost(st, to).saturating_add(*a));
                }
                best[i * STATES + st] = m;
            }
        }

        // Start character: C first (digit runs), then B, then A; always ext off.
        let mut state = B << 1;
        let mut total = UNREACHABLE;
        for set in [C, B, A] {
            let st = set << 1;
            if best[st] < total {
                total = best[st];
                state = st;
            }
        }
        out.push(START[set_of(state)]);

        let mut i = 0;
        while i < n {
            let here = best[i * STATES + state];
            let mut chosen = None;
            for to in preferences(state) {
                let (c, used) = consume(atoms, i, to);
                if used == 0 {
                    continue;
                }
                let cost = switch_cost(state, to)
                    .saturating_add(c)
                    .saturating_add(best[(i + used) * STATES + to]);
                if cost == here {
                    chosen = Some((to, used));
                    break;
                }
            }
            // A shortest path always exists (every atom fits some state), so `chosen` is set.
            let Some((to, used)) = chosen else { break };
            emit_switch(state, to, out);
            state = to;
            emit_atoms(&atoms[i..i + used], state, out);
            i += used;
        }
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

fn emit_switch(from: usize, to: usize, out: &mut Vec<u8>) {
    let (s1, s2) = (set_of(from), set_of(to));
    let toggle = ext_of(from) != ext_of(to);
    if toggle && s1 != C {
        out.extend_from_slice(&[fnc4(s1); 2]);
        if s1 != s2 {
            out.push(latch(s2));
        }
    } else {
        if s1 != s2 {
            out.push(latch(s2));
        }
        if toggle {
            out.extend_from_slice(&[fnc4(s2); 2]);
        }
    }
}

fn emit_atoms(atoms: &[u16], state: usize, out: &mut Vec<u8>) {
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
