//! Codewords from a chosen encodation path: values packed into C40/Text/X12 triplets and EDIFACT
//! quadruplets, Base256 fields with their length and 255-state randomising, the end of data and
//! the 253-state randomised padding (ISO/IEC 16022 §5.2, Annex B).

use super::encodation::{
    End, FNC1, Graph, LATCH_B256, LATCH_C40, LATCH_EDIFACT, LATCH_TEXT, LATCH_X12, Mode, PAD, Step,
    UNLATCH, UPPER_SHIFT, ctx_char, node_info,
};

struct Writer<'g, 'a> {
    g: &'g Graph<'a>,
    out: Vec<u8>,
    vals: [u8; 8],
    nvals: usize,
    b256_start: usize,
}

impl Writer<'_, '_> {
    fn push_val(&mut self, v: u8) {
        self.vals[self.nvals] = v;
        self.nvals += 1;
        if self.nvals == 3 {
            let packed = 1600 * u16::from(self.vals[0])
                + 40 * u16::from(self.vals[1])
                + u16::from(self.vals[2])
                + 1;
            self.out.extend_from_slice(&packed.to_be_bytes());
            self.nvals = 0;
        }
    }

    /// Packs the buffered EDIFACT values (6 bits each) into codewords, zero-filling the last.
    fn flush_edifact(&mut self) {
        let mut acc: u32 = 0;
        for &v in &self.vals[..self.nvals] {
            acc = (acc << 6) | u32::from(v);
        }
        let bits = 6 * self.nvals;
        let bytes = bits.div_ceil(8);
        acc <<= bytes * 8 - bits;
        for k in (0..bytes).rev() {
            self.out.push((acc >> (8 * k)) as u8);
        }
        self.nvals = 0;
    }

    fn push_edifact(&mut self, v: u8) {
        self.vals[self.nvals] = v & 0x3f;
        self.nvals += 1;
        if self.nvals == 4 {
            self.flush_edifact();
        }
    }

    fn ctx(&mut self, text: bool, i: usize) {
        if self.g.is_fnc1(i) {
            self.push_val(1);
            self.push_val(27);
            return;
        }
        let mut c = self.g.data()[i];
        if c >= 128 {
            self.push_val(1);
            self.push_val(30);
            c -= 128;
        }
        let (set, v) = ctx_char(text, c);
        if set > 0 {
            self.push_val(set - 1);
        }
        self.push_val(v);
    }

    fn ascii(&mut self, i: usize) {
        let c = self.g.data()[i];
        if self.g.is_fnc1(i) {
            self.out.push(FNC1);
        } else if c >= 128 {
            self.out.push(UPPER_SHIFT);
            self.out.push(c - 127);
        } else {
            self.out.push(c + 1);
        }
    }

    fn pair(&mut self, i: usize) {
        let d = self.g.data();
        self.out.push(130 + 10 * (d[i] - b'0') + (d[i + 1] - b'0'));
    }

    /// Writes the Base256 field started at `b256_start` with its length and randomises it.
    fn close_b256(&mut self, to_end: bool) {
        let start = self.b256_start;
        let len = self.out.len() - start;
        let field: &[u8] = if to_end {
            &[0]
        } else if len <= 249 {
            &[len as u8]
        } else {
            &[(249 + len / 250) as u8, (len % 250) as u8]
        };
        self.out.splice(start..start, field.iter().copied());
        for (k, b) in self.out.iter_mut().enumerate().skip(start) {
            *b = b.wrapping_add(randomise_255(k + 1));
        }
    }

    /// Writes `data[from..]` in ASCII (digit pairs where possible).
    fn ascii_run(&mut self, from: usize) {
        let d = self.g.data();
        let mut i = from;
        while i < d.len() {
            if i + 1 < d.len() && d[i].is_ascii_digit() && d[i + 1].is_ascii_digit() {
                self.pair(i);
                i += 2;
            } else {
                self.ascii(i);
                i += 1;
            }
        }
    }
}

/// The 255-state randomising value for the codeword at 1-based position `pos` (Annex B.1).
fn randomise_255(pos: usize) -> u8 {
    ((149 * pos) % 255 + 1) as u8
}

/// Appends the codewords of `end`'s path to `out` (which holds any header codewords), then
/// pads to `cap` codewords.
pub(crate) fn write(g: &Graph<'_>, end: End, cap: usize, out: Vec<u8>) -> Vec<u8> {
    let header = out.len();
    let mut w = Writer {
        g,
        out,
        vals: [0; 8],
        nvals: 0,
        b256_start: 0,
    };
    let mut mode = Mode::Ascii;
    let mut pos = 0;
    for (node, step) in g.path(end.node) {
        let (at, to_mode, _) = node_info(node);
        match step {
            Step::Start => {}
            Step::Latch => {
                w.out.push(match to_mode {
                    Mode::C40 => LATCH_C40,
                    Mode::Text => LATCH_TEXT,
                    Mode::X12 => LATCH_X12,
                    Mode::Edifact => LATCH_EDIFACT,
                    Mode::Base256 | Mode::Ascii => LATCH_B256,
                });
                w.b256_start = w.out.len();
            }
            Step::Unlatch => match mode {
                Mode::Edifact => {
                    w.push_edifact(31);
                    if w.nvals > 0 {
                        w.flush_edifact();
                    }
                }
                Mode::Base256 => {
                    // At the end of the data a field that fills the symbol has length 0.
                    let to_end = at == g.data().len() && w.out.len() + 1 == cap;
                    w.close_b256(to_end);
                }
                _ => w.out.push(UNLATCH),
            },
            Step::Pair => w.pair(pos),
            Step::Char => match to_mode {
                Mode::Ascii => w.ascii(pos),
                Mode::C40 => w.ctx(false, pos),
                Mode::Text => w.ctx(true, pos),
                Mode::X12 => w.push_val(x12_value(g.data()[pos])),
                Mode::Edifact => w.push_edifact(g.data()[pos]),
                Mode::Base256 => w.out.push(g.data()[pos]),
            },
        }
        mode = to_mode;
        pos = at;
    }
    let (at, _, buffered) = node_info(end.node);
    let total = header + end.total as usize;
    if end.ascii_tail {
        w.ascii_run(at);
    } else {
        match mode {
            Mode::Ascii => {}
            Mode::C40 | Mode::Text if buffered == 2 => w.push_val(0),
            Mode::C40 | Mode::Text | Mode::X12 => {
                if w.out.len() < total {
                    w.out.push(UNLATCH);
                }
            }
            Mode::Edifact => {
                if buffered > 0 || w.out.len() + 2 < cap {
                    w.push_edifact(31);
                    if w.nvals > 0 {
                        w.flush_edifact();
                    }
                }
            }
            Mode::Base256 => {
                let to_end = w.out.len() + 1 == cap;
                w.close_b256(to_end);
            }
        }
    }
    debug_assert_eq!(w.out.len(), total);
    let mut out = w.out;
    if out.len() < cap {
        out.push(PAD);
        while out.len() < cap {
            let pos = out.len() + 1;
            let v = u16::from(PAD) + ((149 * pos) % 253) as u16 + 1;
            out.push(if v > 254 { (v - 254) as u8 } else { v as u8 });
        }
    }
    out
}

fn x12_value(c: u8) -> u8 {
    match c {
        13 => 0,
        b'*' => 1,
        b'>' => 2,
        b' ' => 3,
        b'0'..=b'9' => c - b'0' + 4,
        _ => c.wrapping_sub(b'A').wrapping_add(14),
    }
}
