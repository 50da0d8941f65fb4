//! Codabar (BS EN 798): digits and `- $ : / . +` between start and stop characters A–D, which
//! the data carries itself (as zint and most readers expect). Wide elements are two modules
//! (zint's 2:1 ratio) with a one-module gap between characters.

use crate::{EncodeError, Linear, Matrix, Shape, Symbol, SymbolMeta, Symbology, TextRun};

/// Options for [`encode`].
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(default, deny_unknown_fields))]
#[non_exhaustive]
pub struct CodabarOptions {
    /// Add a mod-16 check character before the stop character (zint `--vers=1`; BS EN 798
    /// leaves the check to applications, this is the common one of BWIPP, TEC-IT and zint).
    pub check_digit: bool,
    /// Print the check character in the human-readable text (zint `--vers=2`).
    pub show_check_digit: bool,
}

/// Longest input zint 2.11 accepts, start and stop included.
pub const MAX_CHARS: usize = 60;

/// Characters in value order (BS EN 798 Table 1); the value is the index.
const CHARSET: &[u8; 20] = b"0123456789-$:/.+ABCD";

/// Wide elements of each character's 7 bars and spaces, first element in bit 6 (BS EN 798
/// Table 1).
const PATTERNS: [u8; 20] = [
    0b0000011, 0b0000110, 0b0001001, 0b1100000, 0b0010010, 0b1000010, 0b0100001, 0b0100100,
    0b0110000, 0b1001000, 0b0001100, 0b0011000, 0b1000101, 0b1010001, 0b1010100, 0b0010101,
    0b0011010, 0b0101001, 0b0001011, 0b0001110,
];

fn value(c: u8) -> Option<u8> {
    CHARSET.iter().position(|&x| x == c).map(|p| p as u8)
}

fn describe(c: u8) -> String {
    if c.is_ascii_graphic() || c == b' ' {
        format!("'{}'", c as char)
    } else {
        format!("\\x{c:02X}")
    }
}

/// Encodes Codabar data that starts and ends with one of `A B C D` (lowercase is taken as
/// uppercase, as zint does), e.g. `A40156B`. 3 to [`MAX_CHARS`] characters.
///
/// [`SymbolMeta::data_bits`] is 8 × the symbol characters (start, stop and check included),
/// `capacity_bits` 8 × ([`MAX_CHARS`] + 1).
pub fn encode(data: &[u8], options: &CodabarOptions) -> Result<Symbol, EncodeError> {
    let n = data.len();
    if n < 3 {
        return Err(EncodeError::data(
            "Codabar data",
            format!(
                "has {n} characters: give a start character A-D, at least one data character \
                 and a stop character A-D, e.g. A123B"
            ),
        ));
    }
    if n > MAX_CHARS {
        return Err(EncodeError::DataTooLong {
            needed_bits: n * 8,
            capacity_bits: MAX_CHARS * 8,
            symbol: format!("Codabar ({MAX_CHARS} characters with start and stop; this has {n})"),
        });
    }
    let mut values: Vec<u8> = Vec::with_capacity(n + 1);
    for (i, &raw) in data.iter().enumerate() {
        let c = raw.to_ascii_uppercase();
        let edge = i == 0 || i == n - 1;
        let v = value(c).filter(|&v| (v >= 16) == edge);
        let Some(v) = v else {
            let (field, reason) = if i == 0 {
                ("start character", "must be A, B, C or D (e.g. A123B)")
            } else if i == n - 1 {
                ("stop character", "must be A, B, C or D (e.g. A123B)")
            } else if value(c).is_some() {
                (
                    "character",
                    "is a start/stop character: A-D may appear only first and last",
                )
            } else {
                (
                    "character",
                    "is not in Codabar (digits and - $ : / . + between A-D start/stop)",
                )
            };
            return Err(EncodeError::data(
                format!("Codabar {field} {} at {i}", describe(raw)),
                reason,
            ));
        };
        values.push(v);
    }
    let mut check = None;
    if options.check_digit {
        let sum: u32 = values.iter().map(|&v| u32::from(v)).sum();
        let c = ((16 - sum % 16) % 16) as u8;
        values.insert(n - 1, c);
        check = Some(c);
    }

    let mut cells: Vec<u8> = Vec::with_capacity(values.len() * 10);
    for &v in &values {
        let p = PATTERNS[usize::from(v)];
        for bit in (0..7).rev() {
            let c = if bit % 2 == 0 { 0x80 } else { 0 };
            let w = if p >> bit & 1 != 0 { 2 } else { 1 };
            for _ in 0..w {
                cells.push(c);
            }
        }
        cells.push(0);
    }
    cells.pop();
    let width = cells.len();
    let matrix = Matrix::from_cells(width, 1, cells);

    let mut text: String = data
        .iter()
        .map(|c| c.to_ascii_uppercase() as char)
        .collect();
    if let (Some(c), true) = (check, options.show_check_digit) {
        text.insert(text.len() - 1, CHARSET[usize::from(c)] as char);
    }
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
            symbology: Symbology::Codabar,
            version: String::new(),
            ecc: None,
            mask: None,
            data_bits: values.len() * 8,
            capacity_bits: (MAX_CHARS + 1) * 8,
        },
        matrix,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_character() {
        // A(16) 1 2 3 B(17) = 39; 39 mod 16 = 7, check = 9.
        let s = encode(
            b"A123B",
            &CodabarOptions {
                check_digit: true,
                show_check_digit: true,
            },
        )
        .unwrap();
        match s.shape {
            Shape::Linear(l) => assert_eq!(l.text[0].text, "A1239B"),
            _ => panic!(),
        }
    }

    #[test]
    fn needs_start_stop() {
        let e = encode(b"1234", &CodabarOptions::default()).unwrap_err();
        assert!(e.to_string().contains("start character '1' at 0"), "{e}");
        let e = encode(b"A1234", &CodabarOptions::default()).unwrap_err();
        assert!(e.to_string().contains("stop character '4' at 4"), "{e}");
        let e = encode(b"A1C4B", &CodabarOptions::default()).unwrap_err();
        assert!(e.to_string().contains("'C' at 2"), "{e}");
    }
}
