//! Interleaved 2 of 5 (ISO/IEC 16390) and ITF-14 (GS1 General Specifications §5.3): digit pairs,
//! the first digit in the bars and the second in the spaces, wide elements three modules wide
//! (zint's 3:1 ratio).

use crate::{Bearer, EncodeError, Linear, Matrix, Shape, Symbol, SymbolMeta, Symbology, TextRun};

/// Bearer bars for [`ItfOptions::bearer`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum ItfBearer {
    /// No bearer bars.
    #[default]
    None,
    /// Bars above and below the symbol.
    Horizontal,
    /// A frame around symbol and quiet zones (ITF-14's default per GS1).
    Frame,
}

impl From<ItfBearer> for Bearer {
    fn from(b: ItfBearer) -> Bearer {
        match b {
            ItfBearer::None => Bearer::None,
            ItfBearer::Horizontal => Bearer::Horizontal,
            ItfBearer::Frame => Bearer::Frame,
        }
    }
}

/// Options for [`encode_itf`] and [`encode_itf14`].
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(default, deny_unknown_fields))]
#[non_exhaustive]
pub struct ItfOptions {
    /// ITF: append a GS1 mod-10 check digit (zint `--vers=1`; a leading zero is added first
    /// when the data has an even digit count). ITF-14 always has its check digit.
    pub check_digit: bool,
    /// Bearer bars; `None` means the default: none for ITF, a frame for ITF-14 (GS1).
    pub bearer: Option<ItfBearer>,
}

/// Longest ITF input zint 2.11 accepts, in digits.
pub const MAX_DIGITS: usize = 90;

/// Wide elements of each digit's five bars (or spaces), first element in bit 4 (ISO/IEC 16390
/// Table 1: two of five are wide).
const PATTERNS: [u8; 10] = [0x06, 0x11, 0x09, 0x18, 0x05, 0x14, 0x0C, 0x03, 0x12, 0x0A];

/// GS1 mod-10 check digit of `digits` (ASCII): weights 3, 1, 3, … from the right.
pub(crate) fn gs1_check(digits: &[u8]) -> u8 {
    let mut sum = 0u32;
    for (i, &d) in digits.iter().rev().enumerate() {
        let w = if i % 2 == 0 { 3 } else { 1 };
        sum += w * u32::from(d - b'0');
    }
    b'0' + ((10 - sum % 10) % 10) as u8
}

fn digits_only(data: &[u8], name: &str) -> Result<(), EncodeError> {
    if let Some(i) = data.iter().position(|c| !c.is_ascii_digit()) {
        let c = data[i];
        let shown = if c.is_ascii_graphic() || c == b' ' {
            format!("'{}'", c as char)
        } else {
            format!("\\x{c:02X}")
        };
        return Err(EncodeError::data(
            format!("{name} character {shown} at {i}"),
            "is not a digit: this symbology encodes digits 0-9 only",
        ));
    }
    Ok(())
}

/// Encodes digits as Interleaved 2 of 5.
///
/// An odd digit count gets a leading zero (as zint does); with [`ItfOptions::check_digit`] the
/// GS1 mod-10 check digit is appended (zero-padding first so the total stays even). At most
/// [`MAX_DIGITS`] digits. The text is the encoded digits, check digit included.
///
/// [`SymbolMeta::data_bits`] is 8 × the encoded digits, `capacity_bits` 8 × ([`MAX_DIGITS`] + 2).
pub fn encode_itf(data: &[u8], options: &ItfOptions) -> Result<Symbol, EncodeError> {
    if data.is_empty() {
        return Err(EncodeError::data(
            "ITF data",
            "is empty: give at least one digit",
        ));
    }
    if data.len() > MAX_DIGITS {
        return Err(EncodeError::DataTooLong {
            needed_bits: data.len() * 8,
            capacity_bits: MAX_DIGITS * 8,
            symbol: format!("ITF ({MAX_DIGITS} digits; this data has {})", data.len()),
        });
    }
    digits_only(data, "ITF")?;
    let mut digits = Vec::with_capacity(data.len() + 2);
    if (data.len() % 2 == 1) != options.check_digit {
        digits.push(b'0');
    }
    digits.extend_from_slice(data);
    if options.check_digit {
        digits.push(gs1_check(&digits));
    }
    let bearer = options.bearer.unwrap_or(ItfBearer::None);
    Ok(build(
        &digits,
        Symbology::Itf,
        bearer.into(),
        (MAX_DIGITS + 2) * 8,
    ))
}

/// Encodes a GTIN-14 as ITF-14: 13 digits get their check digit appended; 14 digits have it
/// verified. Shorter input is zero-padded on the left to 13 digits, as zint does. Bearer bars
/// default to a frame (GS1 General Specifications §5.3.2.4); quiet zones are 10 modules.
///
/// [`SymbolMeta::data_bits`] and `capacity_bits` are both 14 × 8.
pub fn encode_itf14(data: &[u8], options: &ItfOptions) -> Result<Symbol, EncodeError> {
    if data.is_empty() || data.len() > 14 {
        return Err(EncodeError::data(
            "ITF-14 data",
            format!(
                "has {} digits: give 13 digits (the check digit is added) or 14 (it is verified)",
                data.len()
            ),
        ));
    }
    digits_only(data, "ITF-14")?;
    let mut digits = [b'0'; 14];
    let body = &data[..data.len().min(13)];
    digits[13 - body.len()..13].copy_from_slice(body);
    let check = gs1_check(&digits[..13]);
    if data.len() == 14 && data[13] != check {
        return Err(EncodeError::data(
            "ITF-14 check digit",
            format!(
                "is {}, should be {}: correct it or give the first 13 digits only",
                data[13] as char, check as char
            ),
        ));
    }
    digits[13] = check;
    let bearer = options.bearer.unwrap_or(ItfBearer::Frame);
    Ok(build(&digits, Symbology::Itf14, bearer.into(), 14 * 8))
}

/// Bars of an even number of ASCII digits, with start (four narrow) and stop (wide, narrow,
/// narrow) patterns.
fn build(digits: &[u8], symbology: Symbology, bearer: Bearer, capacity_bits: usize) -> Symbol {
    // Each pair: 2 × (3 × 1 + 2 × 3) = 18 modules; start 4; stop 5.
    let width = 18 * (digits.len() / 2) + 4 + 5;
    let mut cells: Vec<u8> = Vec::with_capacity(width);
    let mut put = |dark: bool, w: u8| {
        for _ in 0..w {
            cells.push(if dark { 0x80 } else { 0 });
        }
    };
    for i in 0..4 {
        put(i % 2 == 0, 1);
    }
    for pair in digits.chunks_exact(2) {
        let bars = PATTERNS[usize::from(pair[0] - b'0')];
        let spaces = PATTERNS[usize::from(pair[1] - b'0')];
        for bit in (0..5).rev() {
            put(true, if bars >> bit & 1 != 0 { 3 } else { 1 });
            put(false, if spaces >> bit & 1 != 0 { 3 } else { 1 });
        }
    }
    put(true, 3);
    put(false, 1);
    put(true, 1);
    let matrix = Matrix::from_cells(width, 1, cells);
    let text: String = digits.iter().map(|&d| d as char).collect();
    Symbol {
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
            bearer,
            ..Linear::default()
        })),
        meta: SymbolMeta {
            symbology,
            version: String::new(),
            ecc: None,
            mask: None,
            data_bits: digits.len() * 8,
            capacity_bits,
        },
        matrix,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gs1_check_digit() {
        // GS1 General Specifications example GTIN-14 1 0614141 00001 9... check of
        // "1061414100001" is 9 (weights 3,1 from the right).
        assert_eq!(gs1_check(b"1061414100001"), b'9');
        assert_eq!(gs1_check(b"0000000000000"), b'0');
    }

    #[test]
    fn odd_is_padded() {
        let s = encode_itf(b"123", &ItfOptions::default()).unwrap();
        assert_eq!(s.matrix.width(), 18 * 2 + 9);
    }

    #[test]
    fn itf14_verifies() {
        assert!(encode_itf14(b"10614141000019", &ItfOptions::default()).is_ok());
        let e = encode_itf14(b"10614141000018", &ItfOptions::default()).unwrap_err();
        assert_eq!(
            e.to_string(),
            "invalid ITF-14 check digit: is 8, should be 9: correct it or give the first 13 \
             digits only"
        );
    }

    #[test]
    fn itf14_frame_default() {
        let s = encode_itf14(b"1234567890123", &ItfOptions::default()).unwrap();
        match s.shape {
            Shape::Linear(l) => assert_eq!(l.bearer, Bearer::Frame),
            _ => panic!(),
        }
    }
}
