//! The message as DotCode sees it, the codeword values of each code set (AIM ISS DotCode
//! rev 4.0 §5.2, Tables 3–5), the look-ahead counts of the Annex F encoding rules, and the
//! codeword writer with its base-259 → base-103 binary packing.

/// FNC1 in GS1 data (a GS separator of the element string); never a byte value.
pub(crate) const FNC1: u16 = 256;

// Codewords shared by Code Sets A, B and C.
pub(crate) const CW_FNC1: u8 = 107;
pub(crate) const CW_FNC2: u8 = 108;
pub(crate) const CW_FNC3: u8 = 109;
pub(crate) const CW_UPPER_A: u8 = 110;
pub(crate) const CW_UPPER_B: u8 = 111;
pub(crate) const CW_BIN_LATCH: u8 = 112;

/// The code sets (and binary mode) an encoder is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Set {
    A,
    B,
    C,
    Binary,
}

impl Set {
    /// The codeword that latches from `self` to `to` (`None` for staying put). Leaving binary
    /// mode uses its terminators (Table 6): 109 → A, 110 → B, 111 → C.
    pub(crate) fn latch(self, to: Set) -> Option<u8> {
        Some(match (self, to) {
            (Set::C, Set::A) => 101,
            (Set::C, Set::B) | (Set::B, Set::C) | (Set::A, Set::C) => 106,
            (Set::B, Set::A) | (Set::A, Set::B) => 102,
            (Set::Binary, Set::A) => 109,
            (Set::Binary, Set::B) => 110,
            (Set::Binary, Set::C) => 111,
            (Set::Binary, Set::Binary) => return None,
            (_, Set::Binary) => CW_BIN_LATCH,
            _ => return None,
        })
    }
}

/// Code Set A value of a message symbol: ASCII 32–95 → 0–63, 0–31 → 64–95.
pub(crate) fn a_value(s: u16) -> Option<u8> {
    match s {
        0..=31 => Some(s as u8 + 64),
        32..=95 => Some(s as u8 - 32),
        FNC1 => Some(CW_FNC1),
        _ => None,
    }
}

/// Code Set B value of one symbol (CR alone has none: B only has the CR LF pair, 96).
pub(crate) fn b_value(s: u16) -> Option<u8> {
    match s {
        32..=127 => Some(s as u8 - 32),
        9 => Some(97),
        28 => Some(98),
        29 => Some(99),
        30 => Some(100),
        FNC1 => Some(CW_FNC1),
        _ => None,
    }
}

/// HT, FS, GS and RS: their Code Set B values (97–100) are macros in the first data position.
pub(crate) fn is_lead_special(s: u16) -> bool {
    matches!(s, 9 | 28 | 29 | 30)
}

/// The two codewords of an upper shift for a byte 128–255: through Code Set A for 128–159,
/// through Code Set B above.
pub(crate) fn upper_shift(b: u16) -> [u8; 2] {
    let low = (b - 128) as u8;
    if low < 32 {
        [CW_UPPER_A, low + 64]
    } else {
        [CW_UPPER_B, low - 32]
    }
}

/// The message (bytes, and [`FNC1`] in GS1 data) with the look-ahead counts of Annex F,
/// computed once from the right so every rule is a table lookup.
pub(crate) struct Text<'a> {
    pub(crate) s: &'a [u16],
    /// Digit pairs that follow back to back from each position.
    ahead_c: Vec<u16>,
    /// Characters Code Set A can take from each position before digits worth a Code Set C
    /// run (two pairs or more) begin.
    ahead_a: Vec<u16>,
    /// As `ahead_a` for Code Set B: (symbols consumed, characters; CR LF is one character).
    ahead_b: Vec<(u16, u16)>,
}

impl<'a> Text<'a> {
    pub(crate) fn new(s: &'a [u16]) -> Text<'a> {
        let n = s.len();
        let mut t = Text {
            s,
            ahead_c: vec![0; n + 2],
            ahead_a: vec![0; n + 2],
            ahead_b: vec![(0, 0); n + 3],
        };
        for i in (0..n).rev() {
            if t.pair(i) {
                t.ahead_c[i] = 1 + t.ahead_c[i + 2];
            }
        }
        for i in (0..n).rev() {
            let c_run = t.try_c(i) >= 2;
            if !c_run && t.datum_a(i) {
                t.ahead_a[i] = 1 + t.ahead_a[i + 1];
            }
            let step = t.datum_b(i);
            if !c_run && step > 0 {
                let (used, chars) = t.ahead_b[i + step];
                t.ahead_b[i] = (used + step as u16, chars + 1);
            }
        }
        t
    }

    pub(crate) fn len(&self) -> usize {
        self.s.len()
    }

    pub(crate) fn at(&self, i: usize) -> Option<u16> {
        self.s.get(i).copied()
    }

    pub(crate) fn digit(&self, i: usize) -> bool {
        self.at(i).is_some_and(|c| (48..=57).contains(&c))
    }

    /// Two digits at `i`: one Code Set C codeword.
    pub(crate) fn pair(&self, i: usize) -> bool {
        self.digit(i) && self.digit(i + 1)
    }

    /// The Code Set C value of the digit pair at `i`.
    pub(crate) fn pair_value(&self, i: usize) -> u8 {
        let d = |k: usize| self.at(k).map_or(0, |c| c.saturating_sub(48) as u8);
        d(i) * 10 + d(i + 1)
    }

    /// Code Set A can take the symbol at `i` (FNC1 counts, as in every code set).
    pub(crate) fn datum_a(&self, i: usize) -> bool {
        self.at(i).is_some_and(|c| c <= 95 || c == FNC1)
    }

    /// Symbols one Code Set B codeword takes at `i`: 1, 2 for CR LF, 0 when B cannot.
    pub(crate) fn datum_b(&self, i: usize) -> usize {
        match self.at(i) {
            Some(c) if b_value(c).is_some() => 1,
            Some(13) if self.at(i + 1) == Some(10) => 2,
            _ => 0,
        }
    }

    /// A byte 128–255.
    pub(crate) fn binary(&self, i: usize) -> bool {
        self.at(i).is_some_and(|c| (128..=255).contains(&c))
    }

    /// Digit pairs a Code Set C run starting at `i` would take, when starting at `i` (not one
    /// later) is what makes them pair up; else 0.
    pub(crate) fn try_c(&self, i: usize) -> usize {
        if !self.digit(i) {
            return 0;
        }
        let here = self.ahead_c[i];
        if here > self.ahead_c.get(i + 1).copied().unwrap_or(0) {
            usize::from(here)
        } else {
            0
        }
    }

    pub(crate) fn ahead_c(&self, i: usize) -> usize {
        usize::from(self.ahead_c.get(i).copied().unwrap_or(0))
    }

    pub(crate) fn ahead_a(&self, i: usize) -> usize {
        usize::from(self.ahead_a.get(i).copied().unwrap_or(0))
    }

    /// (symbols, characters) of the Code Set B run from `i`.
    pub(crate) fn ahead_b(&self, i: usize) -> (usize, usize) {
        let (u, c) = self.ahead_b.get(i).copied().unwrap_or((0, 0));
        (usize::from(u), usize::from(c))
    }

    /// `17` + six digits + `10` (GS1 expiry date then batch): one Code Set C codeword, 100,
    /// and three pairs.
    pub(crate) fn seventeen_ten(&self, i: usize) -> bool {
        i + 9 < self.len()
            && self.at(i) == Some(u16::from(b'1'))
            && self.at(i + 1) == Some(u16::from(b'7'))
            && self.at(i + 8) == Some(u16::from(b'1'))
            && self.at(i + 9) == Some(u16::from(b'0'))
            && (i + 2..i + 8).all(|k| self.digit(k))
    }
}

/// Codewords as they are written, with the binary buffer: up to five bytes (and ECI markers
/// 256–258) taken as one base-259 number and written as one more base-103 digit than bytes.
#[derive(Default)]
pub(crate) struct Writer {
    pub(crate) cw: Vec<u8>,
    buf: u64,
    held: u8,
}

impl Writer {
    pub(crate) fn push(&mut self, v: u8) {
        self.cw.push(v);
    }

    pub(crate) fn extend(&mut self, v: &[u8]) {
        self.cw.extend_from_slice(v);
    }

    /// A byte in binary mode.
    pub(crate) fn byte(&mut self, b: u16) {
        self.buf = self.buf * 259 + u64::from(b);
        self.held += 1;
        if self.held == 5 {
            self.flush();
        }
    }

    /// Writes out the bytes held (a group ends at any codeword 103–112 and at the end).
    pub(crate) fn flush(&mut self) {
        if self.held == 0 {
            return;
        }
        let n = usize::from(self.held) + 1;
        let start = self.cw.len();
        self.cw.resize(start + n, 0);
        let mut v = self.buf;
        for slot in self.cw[start..].iter_mut().rev() {
            *slot = (v % 103) as u8;
            v /= 103;
        }
        self.buf = 0;
        self.held = 0;
    }
}

/// A Code Set B or A run of `chars` characters from `pos`, as codewords in set `set`; returns
/// the symbols consumed. CR LF is one Code Set B character.
pub(crate) fn write_run(
    text: &Text,
    set: Set,
    pos: usize,
    chars: usize,
    out: &mut Writer,
) -> usize {
    let mut i = pos;
    for _ in 0..chars {
        let c = text.at(i).unwrap_or(32);
        let v = match set {
            Set::A => a_value(c),
            _ if c == 13 => {
                i += 1;
                Some(96)
            }
            _ => b_value(c),
        };
        out.push(v.unwrap_or(0));
        i += 1;
    }
    i - pos
}
