//! Splitting the units into Han Xin modes with the shortest possible bit stream, and writing it.
//!
//! Mode costs (ISO/IEC 20830 5.4): every mode starts with a 4-bit indicator; numeric packs three
//! digits in 10 bits and ends with a 10-bit terminator that says how full the last group is;
//! text spends 6 bits a character plus 6 for each switch between its two submodes and 6 for the
//! terminator; binary has a 13-bit byte count and no terminator; Region 1 / Region 2 Chinese
//! take 12 bits a character and a 12-bit terminator, which can switch straight into the other
//! region without an indicator; double-byte takes 15 bits a character and a 15-bit terminator;
//! each four-byte character is its own 4 + 21 bits.
//!
//! The segmenter is an exact dynamic program over (mode, numeric group fill, text submode)
//! states, so the stream is the shortest the modes allow; zint 2.11 prices numeric runs by
//! averages and its text submode greedily, so it can be a few bits longer.

use super::input::Unit;

/// An encoding mode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Mode {
    Numeric,
    Text,
    Binary,
    Region1,
    Region2,
    DoubleByte,
    FourByte,
}

/// A run of units encoded in one mode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Segment {
    pub mode: Mode,
    pub start: usize,
    pub end: usize,
}

/// The text submode a byte needs (1: digits and letters, 2: controls and punctuation), if any.
#[inline]
fn text_submode(u: Unit) -> u8 {
    match (u.len, u.value) {
        (1, 0x30..=0x39 | 0x41..=0x5a | 0x61..=0x7a) => 1,
        (1, 0..=27 | 0x20..=0x2f | 0x3a..=0x40 | 0x5b..=0x60 | 0x7b..=0x7f) => 2,
        _ => 0,
    }
}

/// Text value of a byte in its submode (ISO/IEC 20830 Tables 3 and 4).
fn text_value(b: u8) -> u32 {
    let b = u32::from(b);
    match b {
        0x30..=0x39 => b - 0x30,
        0x41..=0x5a => b - 0x41 + 10,
        0x61..=0x7a => b - 0x61 + 36,
        0..=27 => b,
        0x20..=0x2f => b - 0x20 + 28,
        0x3a..=0x40 => b - 0x3a + 44,
        0x5b..=0x60 => b - 0x5b + 51,
        _ => b - 0x7b + 57,
    }
}

#[inline]
fn is_digit(u: Unit) -> bool {
    u.len == 1 && (0x30..=0x39).contains(&u.value)
}

/// The 12-bit Region 1 value of a GB 2312 character (ISO/IEC 20830 5.4.5): rows 0xB0–0xD7
/// first, then symbol rows 0xA1–0xA3, then 0xA8A1–0xA8C0.
fn region1(u: Unit) -> Option<u32> {
    if u.len != 2 {
        return None;
    }
    let (b1, b2) = (u.value >> 8, u.value & 0xff);
    if !(0xa1..=0xfe).contains(&b2) {
        return None;
    }
    match b1 {
        0xb0..=0xd7 => Some(0x5e * (b1 - 0xb0) + (b2 - 0xa1)),
        0xa1..=0xa3 => Some(0x5e * (b1 - 0xa1) + (b2 - 0xa1) + 0xeb0),
        0xa8 if b2 <= 0xc0 => Some(b2 - 0xa1 + 0xfca),
        _ => None,
    }
}

/// The 12-bit Region 2 value (rows 0xD8–0xF7).
fn region2(u: Unit) -> Option<u32> {
    let (b1, b2) = (u.value >> 8, u.value & 0xff);
    (u.len == 2 && (0xd8..=0xf7).contains(&b1) && (0xa1..=0xfe).contains(&b2))
        .then(|| 0x5e * (b1 - 0xd8) + (b2 - 0xa1))
}

/// The 15-bit double-byte value (ISO/IEC 20830 5.4.7).
fn double_byte(u: Unit) -> Option<u32> {
    let (b1, b2) = (u.value >> 8, u.value & 0xff);
    if u.len != 2 || !(0x81..=0xfe).contains(&b1) {
        return None;
    }
    match b2 {
        0x40..=0x7e => Some(0xbe * (b1 - 0x81) + (b2 - 0x40)),
        0x80..=0xfe => Some(0xbe * (b1 - 0x81) + (b2 - 0x41)),
        _ => None,
    }
}

/// The 21-bit four-byte value (ISO/IEC 20830 5.4.8).
fn four_byte(u: Unit) -> u32 {
    let [b1, b2, b3, b4] = u.value.to_be_bytes().map(u32::from);
    0x3138 * (b1 - 0x81) + 0x4ec * (b2 - 0x30) + 0x0a * (b3 - 0x81) + (b4 - 0x30)
}

// DP states: numeric with the last group full / holding 1 / holding 2 digits, text in submode
// 1 / 2, binary, Region 1, Region 2, double-byte, four-byte.
const N0: usize = 0;
const N1: usize = 1;
const N2: usize = 2;
const T1: usize = 3;
const T2: usize = 4;
const B: usize = 5;
const R1: usize = 6;
const R2: usize = 7;
const D: usize = 8;
const F: usize = 9;
const STATES: usize = 10;
const STATE_MODE: [Mode; STATES] = [
    Mode::Numeric,
    Mode::Numeric,
    Mode::Numeric,
    Mode::Text,
    Mode::Text,
    Mode::Binary,
    Mode::Region1,
    Mode::Region2,
    Mode::DoubleByte,
    Mode::FourByte,
];
/// Terminator bits that close a segment in each state.
const TERM: [u32; STATES] = [10, 10, 10, 6, 6, 0, 12, 12, 15, 0];
const START: u8 = STATES as u8;
const INF: u32 = u32::MAX / 4;

/// The shortest segmentation of `units` and its length in bits (mode indicators, data and
/// terminators).
pub(crate) fn segment(units: &[Unit]) -> (Vec<Segment>, usize) {
    let n = units.len();
    if n == 0 {
        return (Vec::new(), 0);
    }
    let mut cost = [INF; STATES];
    let mut back = vec![[START; STATES]; n];
    for (i, &u) in units.iter().enumerate() {
        let mut next = [INF; STATES];
        let from = &mut back[i];
        let mut relax = |state: usize, c: u32, prev: u8, next: &mut [u32; STATES]| {
            if c < next[state] {
                next[state] = c;
                from[state] = prev;
            }
        };
        // Cheapest way to close the current segment and open one in `mode` (its indicator not
        // included); Region 1 and 2 close into each other with a terminator and no indicator.
        let open = |mode: Mode| -> (u8, u32, u32) {
            if i == 0 {
                return (START, 0, 4);
            }
            let mut best = (START, INF, 4);
            for (s, &c) in cost.iter().enumerate() {
                if STATE_MODE[s] == mode && mode != Mode::FourByte || c >= INF {
                    continue;
                }
                let indicator = match (STATE_MODE[s], mode) {
                    (Mode::Region1, Mode::Region2) | (Mode::Region2, Mode::Region1) => 0,
                    _ => 4,
                };
                let total = c + TERM[s] + indicator;
                if total < best.1 + best.2 {
                    best = (s as u8, c + TERM[s], indicator);
                }
            }
            best
        };
        let open_cost = |mode: Mode| {
            let (p, c, ind) = open(mode);
            (p, c.saturating_add(ind))
        };

        if is_digit(u) {
            let steps = [(N0, N1, 10), (N1, N2, 0), (N2, N0, 0)];
            for (s, t, add) in steps {
                if cost[s] < INF {
                    relax(t, cost[s] + add, s as u8, &mut next);
                }
            }
            let (p, c) = open_cost(Mode::Numeric);
            relax(N1, c.saturating_add(10), p, &mut next);
        }
        let sub = text_submode(u);
        if sub != 0 {
            let (same, other) = if sub == 1 { (T1, T2) } else { (T2, T1) };
            if cost[same] < INF {
                relax(same, cost[same] + 6, same as u8, &mut next);
            }
            if cost[other] < INF {
                relax(same, cost[other] + 12, other as u8, &mut next);
            }
            let (p, c) = open_cost(Mode::Text);
            relax(
                same,
                c.saturating_add(if sub == 1 { 6 } else { 12 }),
                p,
                &mut next,
            );
        }
        let bytes = 8 * u32::from(u.len);
        if cost[B] < INF {
            relax(B, cost[B] + bytes, B as u8, &mut next);
        }
        let (p, c) = open_cost(Mode::Binary);
        relax(B, c.saturating_add(13 + bytes), p, &mut next);
        if u.len == 4 {
            // Every four-byte character carries its own indicator.
            let (p, c) = open_cost(Mode::FourByte);
            relax(F, c.saturating_add(21), p, &mut next);
        }
        if double_byte(u).is_some() {
            for (state, mode, fits) in [
                (R1, Mode::Region1, region1(u).is_some()),
                (R2, Mode::Region2, region2(u).is_some()),
                (D, Mode::DoubleByte, true),
            ] {
                if !fits {
                    continue;
                }
                let add = if mode == Mode::DoubleByte { 15 } else { 12 };
                if cost[state] < INF {
                    relax(state, cost[state] + add, state as u8, &mut next);
                }
                let (p, c) = open_cost(mode);
                relax(state, c.saturating_add(add), p, &mut next);
            }
        }
        cost = next;
    }

    let (mut state, total) = (0..STATES)
        .map(|s| (s, cost[s].saturating_add(TERM[s])))
        .min_by_key(|&(s, c)| (c, s))
        .unwrap_or((B, INF));
    // Walk back: a link to another state (or to a restart of four-byte) starts a segment.
    let mut starts = vec![false; n];
    let mut modes = vec![Mode::Binary; n];
    for i in (0..n).rev() {
        modes[i] = STATE_MODE[state];
        let prev = back[i][state];
        let same_segment = prev != START
            && STATE_MODE[usize::from(prev)] == STATE_MODE[state]
            && STATE_MODE[state] != Mode::FourByte;
        starts[i] = !same_segment;
        state = usize::from(prev).min(STATES - 1);
    }
    // Consecutive four-byte characters share one segment (each still has its indicator).
    let mut segments: Vec<Segment> = Vec::new();
    for i in 0..n {
        match segments.last_mut() {
            Some(last)
                if !starts[i] || (modes[i] == Mode::FourByte && last.mode == Mode::FourByte) =>
            {
                last.end = i + 1;
            }
            _ => segments.push(Segment {
                mode: modes[i],
                start: i,
                end: i + 1,
            }),
        }
    }
    (segments, total as usize)
}

/// An append-only big-endian bit buffer.
#[derive(Default)]
pub(crate) struct BitWriter {
    pub bytes: Vec<u8>,
    pub len: usize,
}

impl BitWriter {
    /// Appends the low `n` bits of `value`, most significant first (`n` ≤ 24).
    #[inline]
    pub(crate) fn push(&mut self, value: u32, n: u32) {
        for k in (0..n).rev() {
            if self.len % 8 == 0 {
                self.bytes.push(0);
            }
            if value >> k & 1 != 0 {
                let last = self.bytes.len() - 1;
                self.bytes[last] |= 0x80 >> (self.len % 8);
            }
            self.len += 1;
        }
    }
}

/// The ECI header: indicator 1000 and the designator in 8, 16 or 24 bits (ISO/IEC 20830 5.4.9).
pub(crate) fn eci_bits(eci: u32) -> usize {
    4 + match eci {
        0..=127 => 8,
        128..=16383 => 16,
        _ => 24,
    }
}

pub(crate) fn write_eci(w: &mut BitWriter, eci: u32) {
    w.push(0b1000, 4);
    match eci {
        0..=127 => w.push(eci, 8),
        128..=16383 => w.push(0b10 << 14 | eci, 16),
        _ => w.push(0b110 << 21 | eci, 24),
    }
}

/// Writes the segments (indicators, data and terminators) to `w`.
pub(crate) fn write_segments(w: &mut BitWriter, units: &[Unit], segments: &[Segment]) {
    for (k, s) in segments.iter().enumerate() {
        let prev = k.checked_sub(1).map(|p| segments[p].mode);
        let next = segments.get(k + 1).map(|s| s.mode);
        let run = &units[s.start..s.end];
        match s.mode {
            Mode::Numeric => {
                w.push(0b0001, 4);
                let mut last = 3;
                for group in run.chunks(3) {
                    let v = group.iter().fold(0, |acc, u| acc * 10 + (u.value - 0x30));
                    w.push(v, 10);
                    last = group.len() as u32;
                }
                // 1021/1022/1023: the last group held 1, 2 or 3 digits.
                w.push(1020 + last, 10);
            }
            Mode::Text => {
                w.push(0b0010, 4);
                let mut submode = 1;
                for u in run {
                    let sub = text_submode(*u);
                    if sub != submode {
                        w.push(62, 6);
                        submode = sub;
                    }
                    w.push(text_value(u.value as u8), 6);
                }
                w.push(63, 6);
            }
            Mode::Binary => {
                w.push(0b0011, 4);
                let count: u32 = run.iter().map(|u| u32::from(u.len)).sum();
                w.push(count.min(0x1fff), 13);
                for u in run {
                    for b in u.bytes() {
                        w.push(u32::from(b), 8);
                    }
                }
            }
            Mode::Region1 | Mode::Region2 => {
                let (this, other, indicator) = if s.mode == Mode::Region1 {
                    (region1 as fn(Unit) -> Option<u32>, Mode::Region2, 0b0100)
                } else {
                    (region2 as fn(Unit) -> Option<u32>, Mode::Region1, 0b0101)
                };
                if prev != Some(other) {
                    w.push(indicator, 4);
                }
                for u in run {
                    w.push(this(*u).unwrap_or(0), 12);
                }
                // 4094 switches straight into the other region; 4095 ends the mode.
                w.push(if next == Some(other) { 4094 } else { 4095 }, 12);
            }
            Mode::DoubleByte => {
                w.push(0b0110, 4);
                for u in run {
                    w.push(double_byte(*u).unwrap_or(0), 15);
                }
                w.push(0x7fff, 15);
            }
            Mode::FourByte => {
                for u in run {
                    w.push(0b0111, 4);
                    w.push(four_byte(*u), 21);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bytes(s: &str) -> Vec<Unit> {
        s.bytes()
            .map(|b| Unit {
                value: u32::from(b),
                len: 1,
            })
            .collect()
    }

    fn modes(units: &[Unit]) -> (Vec<(Mode, usize)>, usize) {
        let (segs, bits) = segment(units);
        let mut w = BitWriter::default();
        write_segments(&mut w, units, &segs);
        assert_eq!(w.len, bits, "cost model and writer agree");
        (
            segs.iter().map(|s| (s.mode, s.end - s.start)).collect(),
            bits,
        )
    }

    #[test]
    fn single_modes() {
        assert_eq!(
            modes(&bytes("1234567890")),
            (vec![(Mode::Numeric, 10)], 4 + 40 + 10)
        );
        assert_eq!(modes(&bytes("Hello")), (vec![(Mode::Text, 5)], 4 + 30 + 6));
        assert_eq!(modes(&bytes("\u{7f}\u{1f}")).0, vec![(Mode::Binary, 2)]);
    }

    #[test]
    fn iso_k3_example_modes() {
        // ISO/IEC 20830 K.3 encodes the ten digits in numeric mode (4 + 40 + 10 bits); the tenth
        // digit alone costs a 10-bit group there but 6 bits in text mode, so nine digits in
        // numeric and the rest in text is 4 bits shorter.
        let (segs, bits) = modes(&bytes("1234567890ABCDEFGabcdefg,Han Xin Code"));
        assert_eq!(segs, vec![(Mode::Numeric, 9), (Mode::Text, 28)]);
        assert_eq!(bits, 44 + 4 + 28 * 6 + 6 * 6 + 6);
        assert_eq!(bits + 4, 54 + 4 + 27 * 6 + 6 * 6 + 6);
    }

    #[test]
    fn numeric_terminator_counts_last_group() {
        let units = bytes("12345");
        let (segs, _) = segment(&units);
        let mut w = BitWriter::default();
        write_segments(&mut w, &units, &segs);
        // 0001 0001111011 (123) 0000101101 (45) 1111111110 (1022: two digits)
        let bits: String = (0..w.len)
            .map(|i| {
                if w.bytes[i / 8] & (0x80 >> (i % 8)) != 0 {
                    '1'
                } else {
                    '0'
                }
            })
            .collect();
        assert_eq!(bits, "0001000111101100001011011111111110");
    }

    #[test]
    fn regions_switch_without_indicator() {
        // 汉 B7BA is in Region 1, D8A1 is the first Region 2 character.
        let r1 = Unit {
            value: 0xb7ba,
            len: 2,
        };
        let r2 = Unit {
            value: 0xd8a1,
            len: 2,
        };
        let units = [r1, r1, r1, r2, r2, r2, r1, r1, r1];
        let (segs, bits) = modes(&units);
        assert_eq!(
            segs,
            vec![(Mode::Region1, 3), (Mode::Region2, 3), (Mode::Region1, 3)]
        );
        assert_eq!(bits, 4 + 12 * 9 + 12 * 3);
    }

    #[test]
    fn four_byte_and_double_byte() {
        let units = [
            Unit {
                value: 0x9532_8236,
                len: 4,
            },
            Unit {
                value: 0x8140,
                len: 2,
            },
            Unit {
                value: 0x8141,
                len: 2,
            },
            Unit {
                value: 0x8142,
                len: 2,
            },
        ];
        let (segs, bits) = modes(&units);
        assert_eq!(segs, vec![(Mode::FourByte, 1), (Mode::DoubleByte, 3)]);
        assert_eq!(bits, 25 + 4 + 45 + 15);
    }

    /// The modes that can carry `u`.
    fn feasible(u: Unit) -> Vec<Mode> {
        let mut m = vec![Mode::Binary];
        if is_digit(u) {
            m.push(Mode::Numeric);
        }
        if text_submode(u) != 0 {
            m.push(Mode::Text);
        }
        if region1(u).is_some() {
            m.push(Mode::Region1);
        }
        if region2(u).is_some() {
            m.push(Mode::Region2);
        }
        if double_byte(u).is_some() {
            m.push(Mode::DoubleByte);
        }
        if u.len == 4 {
            m.push(Mode::FourByte);
        }
        m
    }

    fn written_bits(units: &[Unit], modes: &[Mode]) -> usize {
        let mut segs: Vec<Segment> = Vec::new();
        for (i, &mode) in modes.iter().enumerate() {
            match segs.last_mut() {
                Some(last) if last.mode == mode => last.end = i + 1,
                _ => segs.push(Segment {
                    mode,
                    start: i,
                    end: i + 1,
                }),
            }
        }
        let mut w = BitWriter::default();
        write_segments(&mut w, units, &segs);
        w.len
    }

    #[test]
    fn dp_equals_exhaustive_search() {
        // Every assignment of modes to up to 6 units drawn from a mixed alphabet.
        let alphabet = [
            Unit {
                value: u32::from(b'7'),
                len: 1,
            },
            Unit {
                value: u32::from(b'a'),
                len: 1,
            },
            Unit {
                value: u32::from(b','),
                len: 1,
            },
            Unit {
                value: 0xe9,
                len: 1,
            },
            Unit {
                value: 0xbaba,
                len: 2,
            },
            Unit {
                value: 0xd8a1,
                len: 2,
            },
            Unit {
                value: 0x8140,
                len: 2,
            },
            Unit {
                value: 0x9532_8236,
                len: 4,
            },
        ];
        let mut seed = 20830u64;
        for _ in 0..400 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let n = 1 + (seed >> 60) as usize % 6;
            let units: Vec<Unit> = (0..n)
                .map(|i| alphabet[(seed >> (8 * i + 3)) as usize % alphabet.len()])
                .collect();
            let options: Vec<Vec<Mode>> = units.iter().map(|&u| feasible(u)).collect();
            let mut best = usize::MAX;
            let mut idx = vec![0usize; n];
            loop {
                let modes: Vec<Mode> = idx.iter().zip(&options).map(|(&k, o)| o[k]).collect();
                best = best.min(written_bits(&units, &modes));
                let mut d = 0;
                while d < n {
                    idx[d] += 1;
                    if idx[d] < options[d].len() {
                        break;
                    }
                    idx[d] = 0;
                    d += 1;
                }
                if d == n {
                    break;
                }
            }
            let (segs, bits) = segment(&units);
            let mut w = BitWriter::default();
            write_segments(&mut w, &units, &segs);
            assert_eq!((bits, w.len), (best, best), "{units:x?}");
        }
    }
}
