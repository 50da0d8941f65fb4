//! Code 93 (ANSI/AIM BC5-1995): 47 symbol characters of 9 modules (three bars, three spaces),
//! two check characters C and K, and full ASCII through four dedicated shift characters.

use crate::{EncodeError, Linear, Matrix, Shape, Symbol, SymbolMeta, Symbology, TextRun};

/// Options for [`encode`].
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(default, deny_unknown_fields))]
#[non_exhaustive]
pub struct Code93Options {
    /// Accepted for symmetry with Code 39 and has no effect: Code 93 spells the other ASCII
    /// characters with its own shift characters, which no native character can be mistaken for,
    /// so every ASCII byte is always encodable (as in zint) and readers always expand them.
    pub full_ascii: bool,
    /// Print the two check characters after the data in the human-readable text (zint
    /// `--vers=1`); they are always encoded.
    pub show_check_digits: bool,
}

/// Longest data zint 2.11 accepts, in symbol characters after full-ASCII expansion.
pub const MAX_CHARS: usize = 107;

/// The 43 native characters in value order; values 43–46 are the shift characters
/// ($) (%) (/) (+).
const CHARSET: &[u8; 43] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-. $/+%";

/// Modules of each symbol character, first module in bit 8 (AIM BC5 Table 1).
const PATTERNS: [u16; 47] = [
    0x114, 0x148, 0x144, 0x142, 0x128, 0x124, 0x122, 0x150, 0x112, 0x10A, 0x1A8, 0x1A4, 0x1A2,
    0x194, 0x192, 0x18A, 0x168, 0x164, 0x162, 0x134, 0x11A, 0x158, 0x14C, 0x146, 0x12C, 0x116,
    0x1B4, 0x1B2, 0x1AC, 0x1A6, 0x196, 0x19A, 0x16C, 0x166, 0x136, 0x13A, 0x12E, 0x1D4, 0x1D2,
    0x1CA, 0x16E, 0x176, 0x1AE, 0x126, 0x1DA, 0x1D6, 0x132,
];
/// The start character; the stop character is the same followed by a one-module bar.
const START: u16 = 0x15E;

// Stand-ins for the shift characters while spelling full ASCII (never native characters).
const SHIFT_DOLLAR: u8 = 1;
const SHIFT_PERCENT: u8 = 2;
const SHIFT_SLASH: u8 = 3;
const SHIFT_PLUS: u8 = 4;

fn value(c: u8) -> Option<u8> {
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
        SHIFT_DOLLAR => 43,
        SHIFT_PERCENT => 44,
        SHIFT_SLASH => 45,
        SHIFT_PLUS => 46,
        _ => return None,
    })
}

/// The one or two symbol characters that spell ASCII `c` (the Code 39 full-ASCII table with
/// Code 93's shift characters; `$ % / +` are native here so they stand for themselves).
fn spell(c: u8) -> Option<(u8, Option<u8>)> {
    let (a, b) = match c {
        b'$' | b'%' | b'/' | b'+' => (c, 0),
        0 => (SHIFT_PERCENT, b'U'),
        1..=26 => (SHIFT_DOLLAR, c - 1 + b'A'),
        27..=31 => (SHIFT_PERCENT, c - 27 + b'A'),
        b' ' | b'-' | b'.' | b'0'..=b'9' | b'A'..=b'Z' => (c, 0),
        33..=47 => (SHIFT_SLASH, c - 33 + b'A'),
        b':' => (SHIFT_SLASH, b'Z'),
        b';'..=b'?' => (SHIFT_PERCENT, c - b';' + b'F'),
        b'@' => (SHIFT_PERCENT, b'V'),
        b'['..=b'_' => (SHIFT_PERCENT, c - b'[' + b'K'),
        b'`' => (SHIFT_PERCENT, b'W'),
        b'a'..=b'z' => (SHIFT_PLUS, c - b'a' + b'A'),
        b'{'..=127 => (SHIFT_PERCENT, c - b'{' + b'P'),
        _ => return None,
    };
    Some((value(a)?, if b == 0 { None } else { value(b) }))
}

/// Weighted sum mod 47 of `values`, weights 1.. from the right wrapping after `max_weight`.
fn check(values: &[u8], max_weight: u32) -> u8 {
    let mut sum = 0u32;
    for (i, &v) in values.iter().rev().enumerate() {
        sum += (i as u32 % max_weight + 1) * u32::from(v);
    }
    (sum % 47) as u8
}

/// Encodes `data` (any ASCII bytes) as Code 93 with its two check characters.
///
/// At most [`MAX_CHARS`] symbol characters after full-ASCII expansion (zint's limit). The
/// human-readable text is the data with control characters shown as spaces.
///
/// [`SymbolMeta::data_bits`] is 8 × the symbol characters of data and checks, `capacity_bits`
/// 8 × ([`MAX_CHARS`] + 2).
pub fn encode(data: &[u8], options: &Code93Options) -> Result<Symbol, EncodeError> {
    if data.is_empty() {
        return Err(EncodeError::data(
            "Code 93 data",
            "is empty: give at least one character",
        ));
    }
    let mut values: Vec<u8> = Vec::with_capacity(data.len() * 2 + 2);
    for (i, &c) in data.iter().enumerate() {
        let (a, b) = spell(c).ok_or_else(|| {
            EncodeError::data(
                format!("Code 93 character {} at {i}", describe(c)),
                "is not ASCII: Code 93 encodes bytes 0-127 only",
            )
        })?;
        values.push(a);
        values.extend(b);
    }
    if values.len() > MAX_CHARS {
        return Err(EncodeError::DataTooLong {
            needed_bits: values.len() * 8,
            capacity_bits: MAX_CHARS * 8,
            symbol: format!(
                "Code 93 ({MAX_CHARS} symbol characters; this data needs {})",
                values.len()
            ),
        });
    }
    let c = check(&values, 20);
    values.push(c);
    let k = check(&values, 15);
    values.push(k);

    // Start, characters, stop (9 modules each) and the terminating bar.
    let width = 9 * (values.len() + 2) + 1;
    let mut cells = Vec::with_capacity(width);
    let mut put = |p: u16| {
        for i in (0..9).rev() {
            cells.push(if p >> i & 1 != 0 { 0x80 } else { 0 });
        }
    };
    put(START);
    for &v in &values {
        put(PATTERNS[usize::from(v)]);
    }
    put(START);
    cells.push(0x80);
    let matrix = Matrix::from_cells(width, 1, cells);

    let mut text: String = data
        .iter()
        .map(|&c| {
            if c >= b' ' && c != 0x7F {
                c as char
            } else {
                ' '
            }
        })
        .collect();
    if options.show_check_digits {
        for v in [c, k] {
            text.push(*CHARSET.get(usize::from(v)).unwrap_or(&b' ') as char);
        }
    }
    let n = values.len();
    Ok(Symbol {
        quiet_zone: 10,
        shape: Shape::Linear(Box::new(Linear {
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
        })),
        meta: SymbolMeta {
            symbology: Symbology::Code93,
            version: String::new(),
            ecc: None,
            mask: None,
            data_bits: n * 8,
            capacity_bits: (MAX_CHARS + 2) * 8,
        },
        matrix,
    })
}

fn describe(c: u8) -> String {
    if c.is_ascii_graphic() || c == b' ' {
        format!("'{}'", c as char)
    } else {
        format!("\\x{c:02X}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_characters_of_the_aim_example() {
        // AIM BC5 example "TEST93": C = '+' (41), K = '6'.
        let values: Vec<u8> = b"TEST93".iter().map(|&c| value(c).unwrap()).collect();
        let c = check(&values, 20);
        let mut with_c = values.clone();
        with_c.push(c);
        assert_eq!((c, check(&with_c, 15)), (41, 6));
    }

    #[test]
    fn widths() {
        let s = encode(b"A", &Code93Options::default()).unwrap();
        assert_eq!(s.matrix.width(), 9 * 5 + 1);
        let s = encode(b"a", &Code93Options::default()).unwrap();
        assert_eq!(s.matrix.width(), 9 * 6 + 1);
    }

    #[test]
    fn non_ascii_refused() {
        let e = encode("é".as_bytes(), &Code93Options::default()).unwrap_err();
        assert!(e.to_string().contains("\\xC3 at 0"), "{e}");
    }
}
