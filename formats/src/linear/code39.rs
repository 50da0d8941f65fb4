//! Code 39 (ISO/IEC 16388): 43 characters between `*` start/stop characters, an optional mod-43
//! check character and the full-ASCII extension (Annex A) that spells the other 85 ASCII
//! characters as two-character sequences.
//!
//! Bars are drawn with a 2:1 wide:narrow ratio and a one-module gap between characters, as zint
//! does (ISO/IEC 16388 allows 2.0–3.0).

use crate::{EncodeError, Linear, Matrix, Shape, Symbol, SymbolMeta, Symbology, TextRun};

/// Options for [`encode`].
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(default, deny_unknown_fields))]
#[non_exhaustive]
pub struct Code39Options {
    /// Append the mod-43 check character (zint `--vers=1`).
    pub check_digit: bool,
    /// Code 39 Extended: encode any ASCII character (0–127), lowercase and controls as `$`, `%`,
    /// `/`, `+` pairs (zint's `EXCODE39`). Without it lowercase is refused rather than folded to
    /// uppercase, because a full-ASCII reader would read it back differently.
    pub full_ascii: bool,
}

impl Code39Options {
    /// Options with the check character and full ASCII as given.
    pub fn new(check_digit: bool, full_ascii: bool) -> Self {
        Code39Options {
            check_digit,
            full_ascii,
        }
    }
}

/// The 43 data characters in value order (ISO/IEC 16388 Table 1); the value is the index.
pub(crate) const CHARSET: &[u8; 43] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-. $/+%";

/// Wide elements of each character's 9 bars and spaces, first element in bit 8 (ISO/IEC 16388
/// Table 1; three of the nine are wide).
const PATTERNS: [u16; 43] = [
    0x034, 0x121, 0x061, 0x160, 0x031, 0x130, 0x070, 0x025, 0x124, 0x064, 0x109, 0x049, 0x148,
    0x019, 0x118, 0x058, 0x00D, 0x10C, 0x04C, 0x01C, 0x103, 0x043, 0x142, 0x013, 0x112, 0x052,
    0x007, 0x106, 0x046, 0x016, 0x181, 0x0C1, 0x1C0, 0x091, 0x190, 0x0D0, 0x085, 0x184, 0x0C4,
    0x0A8, 0x0A2, 0x08A, 0x02A,
];
/// The start/stop character `*`.
const START_STOP: u16 = 0x094;

/// Longest input zint 2.11 accepts (data characters before any full-ASCII expansion, and the
/// expansion itself).
pub const MAX_CHARS: usize = 85;

/// Value (0–42) of a Code 39 character.
#[inline]
pub(crate) fn value(c: u8) -> Option<u8> {
    Some(match c {
        b'0'..=b'9' => c - b'0',
        b'A'..=b'Z' => c - b'A' + 10,
        b'-' => 36,
        b'.' => 37,
        b' ' => 38,
        b'$' => 39,
        b'/' => 40,
        b'+' => 41,
        b'%' => 42,
        _ => return None,
    })
}

/// The full-ASCII spelling of `c` (ISO/IEC 16388 Table A.2) as one or two Code 39 characters,
/// with `shift` standing in for the four shift characters `$ % / +` (Code 93 reuses it with its
/// own shift characters). Returns `(first, second)`; `second` is 0 for a single character.
#[inline]
pub(crate) fn full_ascii_pair(c: u8, shifts: [u8; 4]) -> Option<(u8, u8)> {
    let [dollar, percent, slash, plus] = shifts;
    Some(match c {
        0 => (percent, b'U'),
        1..=26 => (dollar, c - 1 + b'A'),
        27..=31 => (percent, c - 27 + b'A'),
        b' ' | b'-' | b'.' | b'0'..=b'9' | b'A'..=b'Z' => (c, 0),
        33..=47 => (slash, c - 33 + b'A'),
        b':' => (slash, b'Z'),
        b';'..=b'?' => (percent, c - b';' + b'F'),
        b'@' => (percent, b'V'),
        b'['..=b'_' => (percent, c - b'[' + b'K'),
        b'`' => (percent, b'W'),
        b'a'..=b'z' => (plus, c - b'a' + b'A'),
        b'{'..=127 => (percent, c - b'{' + b'P'),
        _ => return None,
    })
}

/// Describes a byte for error messages.
pub(crate) fn describe(c: u8) -> String {
    if c.is_ascii_graphic() || c == b' ' {
        format!("'{}'", c as char)
    } else {
        format!("\\x{c:02X}")
    }
}

/// Encodes `data` as Code 39 with `*` start/stop characters.
///
/// Without [`Code39Options::full_ascii`] the data may hold `0-9 A-Z - . space $ / + %`; with it
/// any ASCII byte. At most [`MAX_CHARS`] symbol characters (zint's limit). The human-readable
/// text is zint's: `*DATA*` (with the check character, `_` for a space check character) for plain
/// Code 39, the data itself for full ASCII.
///
/// [`SymbolMeta::data_bits`] is 8 × the number of data symbol characters (check included) and
/// `capacity_bits` 8 × [`MAX_CHARS`].
pub fn encode(data: &[u8], options: &Code39Options) -> Result<Symbol, EncodeError> {
    if data.is_empty() {
        return Err(EncodeError::data(
            "Code 39 data",
            "is empty: give at least one character",
        ));
    }
    if data.len() > MAX_CHARS {
        return Err(too_long(data.len()));
    }
    // Symbol character values, without start/stop.
    let mut values: Vec<u8> = Vec::with_capacity(data.len() + 1);
    if options.full_ascii {
        for (i, &c) in data.iter().enumerate() {
            let (a, b) = full_ascii_pair(c, [b'$', b'%', b'/', b'+']).ok_or_else(|| {
                EncodeError::data(
                    format!("Code 39 character {} at {i}", describe(c)),
                    "is not ASCII: full ASCII Code 39 encodes bytes 0-127 only",
                )
            })?;
            values.extend(value(a));
            if b != 0 {
                values.extend(value(b));
            }
        }
        if values.len() > MAX_CHARS {
            return Err(too_long(values.len()));
        }
    } else {
        for (i, &c) in data.iter().enumerate() {
            let v = value(c).ok_or_else(|| {
                let hint = if c.is_ascii() {
                    "is not in Code 39 (0-9 A-Z space - . $ / + %): set full_ascii to encode \
                     every ASCII character"
                } else {
                    "is not in Code 39 (0-9 A-Z space - . $ / + %) and not ASCII"
                };
                EncodeError::data(format!("Code 39 character {} at {i}", describe(c)), hint)
            })?;
            values.push(v);
        }
    }
    let mut check = None;
    if options.check_digit {
        let sum: u32 = values.iter().map(|&v| u32::from(v)).sum();
        let v = (sum % 43) as u8;
        values.push(v);
        check = Some(CHARSET[usize::from(v)]);
    }

    // 13 modules a character plus its gap; the stop character has no gap after it.
    let width = 13 * (values.len() + 2) - 1;
    let mut row = Row::with_capacity(width);
    row.char(START_STOP);
    for &v in &values {
        row.char(PATTERNS[usize::from(v)]);
    }
    row.char(START_STOP);
    let matrix = row.finish();

    let text = if options.full_ascii {
        data.iter()
            .map(|&c| {
                if c >= b' ' && c != 0x7F {
                    c as char
                } else {
                    ' '
                }
            })
            .collect()
    } else {
        let mut t = String::with_capacity(data.len() + 3);
        t.push('*');
        t.extend(data.iter().map(|&c| c as char));
        if let Some(c) = check {
            t.push(if c == b' ' { '_' } else { c as char });
        }
        t.push('*');
        t
    };
    Ok(linear_symbol(
        matrix,
        text,
        Symbology::Code39,
        values.len() * 8,
        MAX_CHARS * 8,
    ))
}

fn too_long(chars: usize) -> EncodeError {
    EncodeError::DataTooLong {
        needed_bits: chars * 8,
        capacity_bits: MAX_CHARS * 8,
        symbol: format!("Code 39 ({MAX_CHARS} symbol characters; this data needs {chars})"),
    }
}

/// A row of modules built from Code 39 characters, written straight into matrix cells.
struct Row(Vec<u8>);

impl Row {
    fn with_capacity(n: usize) -> Self {
        Row(Vec::with_capacity(n + 1))
    }

    /// Appends a character (bar, space, … bar) and the one-module gap after it.
    fn char(&mut self, wide: u16) {
        for i in 0..9 {
            let cell = if i % 2 == 0 { 0x80 } else { 0 };
            self.0.push(cell);
            if wide & (0x100 >> i) != 0 {
                self.0.push(cell);
            }
        }
        self.0.push(0);
    }

    fn finish(mut self) -> Matrix {
        self.0.pop();
        Matrix::from_cells(self.0.len(), 1, self.0)
    }
}

/// A linear symbol with one text run under the whole width and 10-module quiet zones.
pub(crate) fn linear_symbol(
    matrix: Matrix,
    text: String,
    symbology: Symbology,
    data_bits: usize,
    capacity_bits: usize,
) -> Symbol {
    let width = matrix.width();
    let linear = Linear {
        text: vec![TextRun {
            text,
            start: 0,
            width: width as u32,
            above: false,
            small: false,
        }],
        quiet_left: 10,
        quiet_right: 10,
        ..Linear::default()
    };
    Symbol {
        matrix,
        quiet_zone: 10,
        shape: Shape::Linear(Box::new(linear)),
        meta: SymbolMeta {
            symbology,
            version: String::new(),
            ecc: None,
            mask: None,
            data_bits,
            capacity_bits,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(data: &[u8], o: &Code39Options) -> String {
        encode(data, o).unwrap().matrix.to_text_rows()
    }

    #[test]
    fn start_stop_and_width() {
        let s = encode(b"A", &Code39Options::default()).unwrap();
        assert_eq!(s.matrix.width(), 38);
        assert!(rows(b"A", &Code39Options::default()).starts_with("1001011011010"));
    }

    #[test]
    fn check_character() {
        // "CODE39": C12 O24 D13 E14 3 3 9 = 75, 75 mod 43 = 32 = 'W'.
        let s = encode(b"CODE39", &Code39Options::new(true, false)).unwrap();
        match s.shape {
            Shape::Linear(l) => assert_eq!(l.text[0].text, "*CODE39W*"),
            _ => panic!(),
        }
    }

    #[test]
    fn full_ascii_table() {
        let sh = [b'$', b'%', b'/', b'+'];
        assert_eq!(full_ascii_pair(0, sh), Some((b'%', b'U')));
        assert_eq!(full_ascii_pair(b'a', sh), Some((b'+', b'A')));
        assert_eq!(full_ascii_pair(b'$', sh), Some((b'/', b'D')));
        assert_eq!(full_ascii_pair(b',', sh), Some((b'/', b'L')));
        assert_eq!(full_ascii_pair(b'/', sh), Some((b'/', b'O')));
        assert_eq!(full_ascii_pair(127, sh), Some((b'%', b'T')));
        assert_eq!(full_ascii_pair(b'~', sh), Some((b'%', b'S')));
        assert_eq!(full_ascii_pair(128, sh), None);
    }

    #[test]
    fn lowercase_needs_full_ascii() {
        let e = encode(b"ABc", &Code39Options::default()).unwrap_err();
        let msg = e.to_string();
        assert!(
            msg.contains("'c' at 2") && msg.contains("full_ascii"),
            "{msg}"
        );
    }
}
