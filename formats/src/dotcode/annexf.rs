//! The message header (reader initialisation, FNC1, macros, ECI) and the rule-based encodation
//! of AIM ISS DotCode rev 4.0 Annex F as zint 2.11 applies it. The rules are a good guess but
//! not always the shortest; [`super::optimal`] searches for the shortest, and the encoder keeps
//! these rules' codewords whenever they are no longer (so symbols match zint's where zint is
//! already optimal).

use super::text::{
    CW_FNC1, CW_FNC2, CW_FNC3, Set, Text, Writer, a_value, b_value, is_lead_special, upper_shift,
    write_run,
};

/// Where the header leaves the encoder: the codewords so far, the code set, and the message
/// range still to encode (macros drop their trailer).
pub(crate) struct Start {
    pub(crate) header: Vec<u8>,
    pub(crate) set: Set,
    pub(crate) pos: usize,
    pub(crate) end: usize,
}

const RS: u16 = 30;
const GS: u16 = 29;
const EOT: u16 = 4;

/// The header codewords (§5.2.1, §5.2.4): FNC3 for reader initialisation; else FNC1 in front
/// of non-GS1 data starting with two digits (DotCode reads leading digits as GS1 AIs); else a
/// leading HT/FS/GS/RS through Code Set A (in B they would be macros); else a `[)>RS05GS`,
/// `06`, `12` or `[)>RSnn` macro header when the message ends as the macro says; then any ECI
/// (FNC2 and its value). This order is zint's.
pub(crate) fn header(s: &[u16], gs1: bool, eci: Option<u32>, reader_init: bool) -> Start {
    let n = s.len();
    let mut st = Start {
        header: Vec::with_capacity(8),
        set: Set::C,
        pos: 0,
        end: n,
    };
    let digit = |i: usize| s.get(i).is_some_and(|c| (48..=57).contains(c));
    if reader_init {
        st.header.push(CW_FNC3);
    } else if !gs1 && eci.is_none() && n > 2 && digit(0) && digit(1) {
        st.header.push(CW_FNC1);
    } else if s.first().is_some_and(|&c| is_lead_special(c)) {
        st.header.push(101); // Latch A from C
        st.header.push(a_value(s[0]).unwrap_or(0));
        st.set = Set::A;
        st.pos = 1;
    } else if n > 5 && s[..4] == [91, 41, 62, RS] && s[n - 1] == EOT {
        let f = (s[4], s[5]);
        let known = matches!(f, (48, 53) | (48, 54) | (49, 50)); // 05, 06, 12
        if known && n > 6 && s[6] == GS && s[n - 2] == RS {
            st.header.push(106); // Latch B
            st.header.push(match f.1 {
                53 => 97,
                54 => 98,
                _ => 99,
            });
            (st.set, st.pos, st.end) = (Set::B, 7, n - 2);
        } else if !known && digit(4) && digit(5) {
            st.header
                .extend_from_slice(&[106, 100, (s[4] - 32) as u8, (s[5] - 32) as u8]);
            (st.set, st.pos, st.end) = (Set::B, 6, n - 1);
        }
    }
    if let Some(eci) = eci {
        st.header.push(CW_FNC2);
        if eci <= 39 {
            st.header.push(eci as u8);
        } else {
            // Three codewords a, b, c for (a − 40)·113² + b·113 + c + 40 (§5.2.1).
            let v = eci - 40;
            st.header.push((v / 12769 + 40) as u8);
            st.header.push((v / 113 % 113) as u8);
            st.header.push((v % 113) as u8);
        }
    }
    st
}

/// Encodes `text[start.pos..]` (a view already cut at `start.end`) by the Annex F rules,
/// appending to `out`; returns the final code set.
pub(crate) fn encode(text: &Text, start_set: Set, start_pos: usize, out: &mut Writer) -> Set {
    let n = text.len();
    let mut set = start_set;
    let mut i = start_pos;
    while i < n {
        let c = text.at(i).unwrap_or(0);
        match set {
            Set::C => {
                if text.seventeen_ten(i) {
                    out.push(100);
                    for k in 0..3 {
                        out.push(text.pair_value(i + 2 + 2 * k));
                    }
                    i += 10;
                } else if text.pair(i) {
                    out.push(text.pair_value(i));
                    i += 2;
                } else if c == super::text::FNC1 {
                    out.push(CW_FNC1);
                    i += 1;
                } else if text.binary(i) {
                    if text.digit(i + 1) {
                        out.extend(&upper_shift(c));
                        i += 1;
                    } else {
                        out.push(super::text::CW_BIN_LATCH);
                        set = Set::Binary;
                    }
                } else {
                    let m = text.ahead_a(i);
                    let (used, chars) = text.ahead_b(i);
                    if m > used {
                        out.push(101);
                        set = Set::A;
                    } else if (1..=4).contains(&chars) {
                        out.push(101 + chars as u8);
                        i += write_run(text, Set::B, i, chars, out);
                    } else {
                        out.push(106);
                        set = Set::B;
                    }
                }
            }
            Set::B | Set::A => {
                let pairs = text.try_c(i);
                if pairs >= 2 {
                    if pairs <= 4 {
                        out.push(103 + (pairs - 2) as u8);
                        for k in 0..pairs {
                            out.push(text.pair_value(i + 2 * k));
                        }
                        i += 2 * pairs;
                    } else {
                        out.push(106);
                        set = Set::C;
                    }
                    continue;
                }
                if set == Set::B {
                    i = step_b(text, i, c, &mut set, out);
                } else {
                    i = step_a(text, i, c, &mut set, out);
                }
            }
            Set::Binary => {
                let pairs = text.try_c(i);
                if pairs >= 2 {
                    out.flush();
                    if pairs <= 7 {
                        out.push(101 + pairs as u8);
                        for k in 0..pairs {
                            out.push(text.pair_value(i + 2 * k));
                        }
                        i += 2 * pairs;
                    } else {
                        out.push(111);
                        set = Set::C;
                    }
                } else if (i..i + 4).any(|k| text.binary(k)) {
                    out.byte(c);
                    i += 1;
                } else {
                    out.flush();
                    set = if text.ahead_a(i) > text.ahead_b(i).0 {
                        Set::A
                    } else {
                        Set::B
                    };
                    out.push(Set::Binary.latch(set).unwrap_or(110));
                }
            }
        }
    }
    if set == Set::Binary {
        out.flush();
    }
    set
}

/// One Code Set B step (after the Code Set C test); returns the new position.
fn step_b(text: &Text, i: usize, c: u16, set: &mut Set, out: &mut Writer) -> usize {
    let width = text.datum_b(i);
    if width > 0 && !(i == 0 && is_lead_special(c)) {
        out.push(if width == 2 {
            96
        } else {
            b_value(c).unwrap_or(0)
        });
        return i + width;
    }
    if text.binary(i) {
        if text.datum_b(i + 1) > 0 {
            out.extend(&upper_shift(c));
            return i + 1;
        }
        out.push(super::text::CW_BIN_LATCH);
        *set = Set::Binary;
        return i;
    }
    if text.ahead_a(i) == 1 {
        out.push(101); // Shift A
        out.push(a_value(c).unwrap_or(0));
        return i + 1;
    }
    out.push(102);
    *set = Set::A;
    i
}

/// One Code Set A step (after the Code Set C test); returns the new position.
fn step_a(text: &Text, i: usize, c: u16, set: &mut Set, out: &mut Writer) -> usize {
    if let Some(v) = a_value(c) {
        out.push(v);
        return i + 1;
    }
    if text.binary(i) {
        if text.datum_a(i + 1) {
            out.extend(&upper_shift(c));
            return i + 1;
        }
        out.push(super::text::CW_BIN_LATCH);
        *set = Set::Binary;
        return i;
    }
    let (_, chars) = text.ahead_b(i);
    if (1..=6).contains(&chars) {
        out.push(95 + chars as u8);
        return i + write_run(text, Set::B, i, chars, out);
    }
    out.push(102);
    *set = Set::B;
    i
}
