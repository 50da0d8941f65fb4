//! Splitting data into mode segments with the shortest possible bit stream, and writing them.
//!
//! The segmenter is an exact dynamic program: its states track the mode and how many characters
//! of the current numeric (mod 3) or alphanumeric (mod 2) group are pending, so partial groups
//! are costed exactly rather than by averages (ISO/IEC 18004 Annex J only approximates this).

use super::{Mode, bits::BitWriter};
use crate::EncodeError;

/// How one symbol version writes segment headers.
#[derive(Clone, Copy, Debug)]
pub(crate) struct ModeSpec {
    /// Length of the mode indicator in bits (0 for Micro QR M1).
    pub indicator_len: u32,
    /// Mode indicator values, indexed by `Mode as usize`.
    pub indicators: [u32; 4],
    /// Character count indicator lengths; 0 means the mode is not available.
    pub cci_len: [u32; 4],
}

impl ModeSpec {
    #[inline]
    fn header(&self, mode: Mode) -> u32 {
        self.indicator_len + self.cci_len[mode as usize]
    }

    #[inline]
    pub(crate) fn allows(&self, mode: Mode) -> bool {
        self.cci_len[mode as usize] != 0
    }
}

/// One encodable unit: a byte, or a character that Kanji mode can carry.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Unit {
    /// The byte value, or the Shift JIS code of a Kanji unit.
    value: u16,
    kanji: bool,
    /// Offset and length of the unit's bytes in the source.
    start: u32,
    len: u8,
}

/// The data to encode, split into units.
pub(crate) struct Input<'a> {
    src: &'a [u8],
    units: Vec<Unit>,
    gs1: bool,
}

/// A run of units encoded in one mode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Segment {
    pub mode: Mode,
    pub start: usize,
    pub end: usize,
}

const ALNUM_CHARS: &[u8; 45] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

const fn alnum_table() -> [u8; 128] {
    let mut t = [0xffu8; 128];
    let mut i = 0;
    while i < 45 {
        t[ALNUM_CHARS[i] as usize] = i as u8;
        i += 1;
    }
    t
}
static ALNUM: [u8; 128] = alnum_table();
const GS: u16 = 0x1d;
const PERCENT: u8 = 38;

impl<'a> Input<'a> {
    pub(crate) fn new(src: &'a [u8], kanji: bool, gs1: bool) -> Input<'a> {
        let mut units = Vec::with_capacity(src.len());
        let kanji_text = if kanji && !src.is_ascii() {
            std::str::from_utf8(src).ok()
        } else {
            None
        };
        match kanji_text {
            Some(text) => {
                for (start, ch) in text.char_indices() {
                    let len = ch.len_utf8();
                    if let Some(code) = sjis_kanji(ch) {
                        units.push(Unit {
                            value: code,
                            kanji: true,
                            start: start as u32,
                            len: len as u8,
                        });
                    } else {
                        for (k, &b) in src.iter().enumerate().skip(start).take(len) {
                            units.push(Unit {
                                value: u16::from(b),
                                kanji: false,
                                start: k as u32,
                                len: 1,
                            });
                        }
                    }
                }
            }
            None => units.extend(src.iter().enumerate().map(|(i, &b)| Unit {
                value: u16::from(b),
                kanji: false,
                start: i as u32,
                len: 1,
            })),
        }
        Input { src, units, gs1 }
    }

    pub(crate) fn len(&self) -> usize {
        self.units.len()
    }

    #[inline]
    fn is_numeric(&self, u: Unit) -> bool {
        !u.kanji && (b'0' as u16..=b'9' as u16).contains(&u.value)
    }

    /// How many alphanumeric characters the unit takes (0 = not encodable).
    #[inline]
    fn alnum_weight(&self, u: Unit) -> u32 {
        if u.kanji || u.value >= 128 {
            return 0;
        }
        if self.gs1 {
            if u.value == GS {
                return 1;
            }
            if u.value == u16::from(b'%') {
                return 2;
            }
        }
        u32::from(ALNUM[u.value as usize] != 0xff)
    }

    fn can_encode(&self, u: Unit, mode: Mode) -> bool {
        match mode {
            Mode::Numeric => self.is_numeric(u),
            Mode::Alphanumeric => self.alnum_weight(u) > 0,
            Mode::Byte => true,
            Mode::Kanji => u.kanji,
        }
    }

    fn char_error(&self, u: Unit, mode: Mode) -> EncodeError {
        let s = u.start as usize;
        let bytes = &self.src[s..s + usize::from(u.len)];
        let character = match std::str::from_utf8(bytes) {
            Ok(c) if !c.is_empty() => c.to_string(),
            _ => format!("\\x{:02X}", bytes[0]),
        };
        // A lone byte of a multi-byte character: name the whole character.
        let character = if u.len == 1 && bytes[0] >= 0x80 {
            utf8_char_at(self.src, s).unwrap_or(character)
        } else {
            character
        };
        EncodeError::CharNotInMode {
            mode: mode.name(),
            charset: mode.charset(),
            position: s,
            character,
        }
    }

    /// Count written in the character count indicator for units `a..b` in `mode`.
    fn char_count(&self, mode: Mode, a: usize, b: usize) -> usize {
        match mode {
            Mode::Numeric | Mode::Kanji => b - a,
            Mode::Alphanumeric => self.units[a..b]
                .iter()
                .map(|&u| self.alnum_weight(u) as usize)
                .sum(),
            Mode::Byte => self.units[a..b].iter().map(|u| usize::from(u.len)).sum(),
        }
    }
}

fn utf8_char_at(src: &[u8], pos: usize) -> Option<String> {
    let mut start = pos;
    while start > 0 && src[start] & 0xc0 == 0x80 && pos - start < 3 {
        start -= 1;
    }
    let end = (start + 4).min(src.len());
    (start + 1..=end).find_map(|e| std::str::from_utf8(&src[start..e]).ok().map(str::to_string))
}

/// The Shift JIS code of `ch` when Kanji mode can carry it (0x8140–0x9FFC, 0xE040–0xEBBF).
#[cfg(feature = "kanji")]
fn sjis_kanji(ch: char) -> Option<u16> {
    let mut buf = [0u8; 4];
    let (bytes, _, had_errors) = encoding_rs::SHIFT_JIS.encode(ch.encode_utf8(&mut buf));
    if had_errors || bytes.len() != 2 {
        return None;
    }
    let code = u16::from(bytes[0]) << 8 | u16::from(bytes[1]);
    ((0x8140..=0x9ffc).contains(&code) || (0xe040..=0xebbf).contains(&code)).then_some(code)
}

#[cfg(not(feature = "kanji"))]
fn sjis_kanji(_ch: char) -> Option<u16> {
    None
}

#[inline]
fn alnum_bits(count: u32) -> u32 {
    11 * (count / 2) + 6 * (count % 2)
}

// DP states: numeric with count ≡ 0/1/2 (mod 3), alphanumeric with count ≡ 0/1 (mod 2), byte, kanji.
const STATES: usize = 7;
const STATE_MODE: [Mode; STATES] = [
    Mode::Numeric,
    Mode::Numeric,
    Mode::Numeric,
    Mode::Alphanumeric,
    Mode::Alphanumeric,
    Mode::Byte,
    Mode::Kanji,
];
const START: u8 = STATES as u8;
const INF: u32 = u32::MAX / 4;

/// Splits `input` into segments with the fewest bits under `spec`, or in the one `forced` mode.
pub(crate) fn segment(
    input: &Input,
    spec: &ModeSpec,
    forced: Option<Mode>,
) -> Result<Vec<Segment>, EncodeError> {
    let n = input.len();
    if n == 0 {
        return Ok(Vec::new());
    }
    if let Some(mode) = forced {
        if !spec.allows(mode) {
            return Err(EncodeError::invalid(
                "mode",
                mode.name(),
                "this symbol version does not offer that mode",
            ));
        }
        if let Some(&u) = input.units.iter().find(|&&u| !input.can_encode(u, mode)) {
            return Err(input.char_error(u, mode));
        }
        return Ok(split_long(
            input,
            spec,
            vec![Segment {
                mode,
                start: 0,
                end: n,
            }],
        ));
    }

    let mut cost = [INF; STATES];
    let mut back = vec![[START; STATES]; n];
    let headers: [u32; 4] = Mode::ALL.map(|m| if spec.allows(m) { spec.header(m) } else { INF });

    for (i, &u) in input.units.iter().enumerate() {
        let mut next = [INF; STATES];
        let from = &mut back[i];
        // The cheapest state to start a new segment from (ties: lowest state).
        let (mut best_prev, mut best_cost) = (START, if i == 0 { 0 } else { INF });
        if i > 0 {
            for (s, &c) in cost.iter().enumerate() {
                if c < best_cost {
                    best_cost = c;
                    best_prev = s as u8;
                }
            }
        }
        let mut relax = |state: usize, c: u32, prev: u8, next: &mut [u32; STATES]| {
            if c < next[state] {
                next[state] = c;
                from[state] = prev;
            }
        };
        // Best start for a new segment in `mode`: cheapest state of a different mode.
        let start_for = |mode: Mode| -> (u8, u32) {
            if i == 0 {
                return (START, 0);
            }
            if STATE_MODE[best_prev as usize] != mode {
                return (best_prev, best_cost);
            }
            let mut best = (START, INF);
            for (s, &c) in cost.iter().enumerate() {
                if STATE_MODE[s] != mode && c < best.1 {
                    best = (s as u8, c);
                }
            }
            best
        };

        if input.is_numeric(u) && headers[0] < INF {
            for (m, &c) in cost.iter().enumerate().take(3) {
                if c < INF {
                    relax(
                        (m + 1) % 3,
                        c + if m == 0 { 4 } else { 3 },
                        m as u8,
                        &mut next,
                    );
                }
            }
            let (p, c) = start_for(Mode::Numeric);
            relax(1, c.saturating_add(headers[0] + 4), p, &mut next);
        }
        let w = input.alnum_weight(u);
        if w > 0 && headers[1] < INF {
            for parity in 0..2u32 {
                let s = 3 + parity as usize;
                if cost[s] < INF {
                    let add = alnum_bits(parity + w) - alnum_bits(parity);
                    relax(
                        3 + ((parity + w) % 2) as usize,
                        cost[s] + add,
                        s as u8,
                        &mut next,
                    );
                }
            }
            let (p, c) = start_for(Mode::Alphanumeric);
            relax(
                3 + (w % 2) as usize,
                c.saturating_add(headers[1] + alnum_bits(w)),
                p,
                &mut next,
            );
        }
        if headers[2] < INF {
            let add = 8 * u32::from(u.len);
            if cost[5] < INF {
                relax(5, cost[5] + add, 5, &mut next);
            }
            let (p, c) = start_for(Mode::Byte);
            relax(5, c.saturating_add(headers[2] + add), p, &mut next);
        }
        if u.kanji && headers[3] < INF {
            if cost[6] < INF {
                relax(6, cost[6] + 13, 6, &mut next);
            }
            let (p, c) = start_for(Mode::Kanji);
            relax(6, c.saturating_add(headers[3] + 13), p, &mut next);
        }
        cost = next;
        if cost.iter().all(|&c| c >= INF) {
            // No available mode carries this unit (Micro QR M1/M2 with letters or bytes).
            let mode = Mode::ALL
                .into_iter()
                .rev()
                .find(|&m| spec.allows(m))
                .unwrap_or(Mode::Numeric);
            return Err(input.char_error(u, mode));
        }
    }

    let mut state = (0..STATES).min_by_key(|&s| (cost[s], s)).unwrap_or(0) as u8;
    let mut modes = vec![Mode::Byte; n];
    for i in (0..n).rev() {
        modes[i] = STATE_MODE[state as usize];
        state = back[i][state as usize];
        // A START link ends the walk only at i == 0; any other start is a segment boundary.
        if state == START {
            debug_assert_eq!(i, 0);
        }
    }
    let mut segments = Vec::new();
    let mut start = 0;
    for i in 1..=n {
        if i == n || modes[i] != modes[start] {
            segments.push(Segment {
                mode: modes[start],
                start,
                end: i,
            });
            start = i;
        }
    }
    Ok(split_long(input, spec, segments))
}

/// Splits segments whose character count overflows the count indicator.
fn split_long(input: &Input, spec: &ModeSpec, segments: Vec<Segment>) -> Vec<Segment> {
    let mut out = Vec::with_capacity(segments.len());
    for seg in segments {
        let max = (1usize << spec.cci_len[seg.mode as usize]) - 1;
        if input.char_count(seg.mode, seg.start, seg.end) <= max {
            out.push(seg);
            continue;
        }
        let mut start = seg.start;
        let mut count = 0;
        for i in seg.start..seg.end {
            let c = input.char_count(seg.mode, i, i + 1);
            if count + c > max {
                out.push(Segment {
                    mode: seg.mode,
                    start,
                    end: i,
                });
                start = i;
                count = 0;
            }
            count += c;
        }
        out.push(Segment {
            mode: seg.mode,
            start,
            end: seg.end,
        });
    }
    out
}

/// Exact bits the segments take (headers and data).
pub(crate) fn segments_bits(input: &Input, spec: &ModeSpec, segments: &[Segment]) -> usize {
    segments
        .iter()
        .map(|s| {
            let count = input.char_count(s.mode, s.start, s.end);
            let data = match s.mode {
                Mode::Numeric => 10 * (count / 3) + [0, 4, 7][count % 3],
                Mode::Alphanumeric => alnum_bits(count as u32) as usize,
                Mode::Byte => 8 * count,
                Mode::Kanji => 13 * count,
            };
            spec.header(s.mode) as usize + data
        })
        .sum()
}

/// Writes the segments (mode indicators, counts and data) to `w`.
pub(crate) fn write_segments(
    w: &mut BitWriter,
    input: &Input,
    spec: &ModeSpec,
    segments: &[Segment],
) {
    for s in segments {
        let count = input.char_count(s.mode, s.start, s.end);
        w.push(spec.indicators[s.mode as usize], spec.indicator_len);
        w.push(count as u32, spec.cci_len[s.mode as usize]);
        let units = &input.units[s.start..s.end];
        match s.mode {
            Mode::Numeric => {
                for group in units.chunks(3) {
                    let v = group.iter().fold(0u32, |acc, u| {
                        acc * 10 + u32::from(u.value - u16::from(b'0'))
                    });
                    w.push(v, [0, 4, 7, 10][group.len()]);
                }
            }
            Mode::Alphanumeric => {
                let mut pending: Option<u32> = None;
                let mut emit = |code: u32, w: &mut BitWriter| match pending.take() {
                    Some(first) => w.push(first * 45 + code, 11),
                    None => pending = Some(code),
                };
                for &u in units {
                    if input.gs1 && u.value == GS {
                        emit(u32::from(PERCENT), w);
                    } else if input.gs1 && u.value == u16::from(b'%') {
                        emit(u32::from(PERCENT), w);
                        emit(u32::from(PERCENT), w);
                    } else {
                        emit(u32::from(ALNUM[u.value as usize]), w);
                    }
                }
                if let Some(last) = pending {
                    w.push(last, 6);
                }
            }
            Mode::Byte => {
                let a = units[0].start as usize;
                let last = units[units.len() - 1];
                w.push_bytes(&input.src[a..last.start as usize + usize::from(last.len)]);
            }
            Mode::Kanji => {
                for u in units {
                    let v = if u.value <= 0x9ffc {
                        u.value - 0x8140
                    } else {
                        u.value - 0xc140
                    };
                    w.push(u32::from(v >> 8) * 0xc0 + u32::from(v & 0xff), 13);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const QR_SMALL: ModeSpec = ModeSpec {
        indicator_len: 4,
        indicators: [1, 2, 4, 8],
        cci_len: [10, 9, 8, 8],
    };

    fn seg(data: &str) -> (Vec<(Mode, usize)>, usize) {
        let input = Input::new(data.as_bytes(), true, false);
        let s = segment(&input, &QR_SMALL, None).unwrap();
        let bits = segments_bits(&input, &QR_SMALL, &s);
        (s.iter().map(|s| (s.mode, s.end - s.start)).collect(), bits)
    }

    #[test]
    fn single_modes() {
        assert_eq!(seg("01234567"), (vec![(Mode::Numeric, 8)], 4 + 10 + 27));
        assert_eq!(seg("AC-42"), (vec![(Mode::Alphanumeric, 5)], 4 + 9 + 28));
        assert_eq!(seg("hello"), (vec![(Mode::Byte, 5)], 4 + 8 + 40));
    }

    #[test]
    fn mixed_is_shorter_than_any_single_mode() {
        let (segs, bits) = seg("HTTPS://EXAMPLE.COM/12345678901234567890");
        assert!(segs.len() >= 2, "{segs:?}");
        assert!(bits < 4 + 9 + alnum_bits(40) as usize);
    }

    #[test]
    #[cfg(feature = "kanji")]
    fn kanji_units() {
        let (segs, bits) = seg("点茗");
        assert_eq!(segs, vec![(Mode::Kanji, 2)]);
        assert_eq!(bits, 4 + 8 + 26);
    }

    #[test]
    fn forced_mode_names_bad_char() {
        let input = Input::new("12a4".as_bytes(), true, false);
        let err = segment(&input, &QR_SMALL, Some(Mode::Numeric)).unwrap_err();
        assert!(
            err.to_string().contains("character \"a\" at byte 2"),
            "{err}"
        );
    }

    #[test]
    fn writes_iso_example() {
        // ISO/IEC 18004 7.4.3 example: "01234567" → 0001 0000001000 0000001100 0101011001 1000011
        let input = Input::new(b"01234567", false, false);
        let s = segment(&input, &QR_SMALL, None).unwrap();
        let mut w = BitWriter::default();
        write_segments(&mut w, &input, &QR_SMALL, &s);
        let bits: String = (0..w.len())
            .map(|i| if w.bit(i) { '1' } else { '0' })
            .collect();
        assert_eq!(bits, "00010000001000000000110001010110011000011");
    }
}
