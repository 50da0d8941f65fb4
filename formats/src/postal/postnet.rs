//! USPS POSTNET: each digit as five bars of which two are tall, weights 7 4 2 1 0 (zero is
//! 7 + 4), then a mod-10 check digit, between tall frame bars.
//!
//! The matrix has zint's two rows (upper half: tall bars only; lower half: every bar) and a bar
//! in every even column.

use crate::{EncodeError, Matrix, ModuleRole, Shape, Symbol, SymbolMeta, Symbology};

/// Options for [`encode`] (none yet; kept for the uniform encoder signature).
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(default, deny_unknown_fields))]
#[non_exhaustive]
pub struct PostnetOptions {}

/// Tall bars of each digit, first bar in bit 4: the two positions whose weights (7 4 2 1 0)
/// add up to the digit, 0 being 7 + 4 = 11 (USPS DMM 708.4.2).
const PATTERNS: [u8; 10] = {
    const W: [u8; 5] = [7, 4, 2, 1, 0];
    let mut t = [0u8; 10];
    let mut i = 0;
    while i < 5 {
        let mut j = i + 1;
        while j < 5 {
            let d = (W[i] + W[j]) % 11;
            t[d as usize] = (0x10 >> i) | (0x10 >> j);
            j += 1;
        }
        i += 1;
    }
    t
};

/// Encodes a ZIP (5 digits), ZIP+4 (9) or delivery-point code (11), given without or with
/// (6, 10, 12 digits: verified) the check digit. Hyphens and spaces are not accepted.
///
/// [`SymbolMeta::data_bits`] is 5 bits a digit (check digit included), `capacity_bits` 5 × 12.
pub fn encode(data: &[u8], _options: &PostnetOptions) -> Result<Symbol, EncodeError> {
    if let Some(i) = data.iter().position(|c| !c.is_ascii_digit()) {
        let c = data[i];
        let shown = if c.is_ascii_graphic() {
            format!("'{}'", c as char)
        } else {
            format!("\\x{c:02X}")
        };
        return Err(EncodeError::data(
            format!("POSTNET character {shown} at {i}"),
            "is not a digit: give 5, 9 or 11 digits without separators",
        ));
    }
    let body = match data.len() {
        5 | 9 | 11 => data,
        6 | 10 | 12 => &data[..data.len() - 1],
        n => {
            return Err(EncodeError::data(
                "POSTNET data",
                format!(
                    "has {n} digits, needs 5 (ZIP), 9 (ZIP+4) or 11 (delivery point), optionally \
                     followed by the check digit"
                ),
            ));
        }
    };
    let sum: u32 = body.iter().map(|&d| u32::from(d - b'0')).sum();
    let check = ((10 - sum % 10) % 10) as u8;
    if data.len() != body.len() && data[body.len()] - b'0' != check {
        return Err(EncodeError::data(
            "POSTNET check digit",
            format!(
                "is {}, should be {check}: correct it or leave it out",
                data[body.len()] as char
            ),
        ));
    }
    let bars = 5 * (body.len() + 1) + 2;
    let mut m = Matrix::new(2 * bars - 1, 2);
    let mut x = 0;
    let mut bar = |tall: bool| {
        m.set(x, 0, tall, ModuleRole::Data);
        m.set(x, 1, true, ModuleRole::Data);
        x += 2;
    };
    bar(true);
    for d in body.iter().map(|&d| d - b'0').chain([check]) {
        let p = PATTERNS[usize::from(d)];
        for i in (0..5).rev() {
            bar(p >> i & 1 != 0);
        }
    }
    bar(true);
    Ok(Symbol {
        matrix: m,
        // DMM 708.4.2: 1/8 in clear zone left and right (about 6 columns at 43 per inch).
        quiet_zone: 6,
        shape: Shape::Postal,
        meta: SymbolMeta {
            symbology: Symbology::Postnet,
            version: String::new(),
            ecc: None,
            mask: None,
            data_bits: (body.len() + 1) * 5,
            capacity_bits: 12 * 5,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digit_patterns() {
        // 0 = ||... 1 = ...|| 9 = |.|.. (tall bars marked |).
        assert_eq!(PATTERNS[0], 0b11000);
        assert_eq!(PATTERNS[1], 0b00011);
        assert_eq!(PATTERNS[7], 0b10001);
        assert_eq!(PATTERNS[9], 0b10100);
    }

    #[test]
    fn check_digit() {
        let o = PostnetOptions::default();
        // 1+2+3+4+5 = 15, check 5.
        assert_eq!(
            encode(b"123455", &o).unwrap(),
            encode(b"12345", &o).unwrap()
        );
        let e = encode(b"123454", &o).unwrap_err().to_string();
        assert!(e.contains("is 4, should be 5"), "{e}");
        let e = encode(b"1234", &o).unwrap_err().to_string();
        assert!(e.contains("has 4 digits"), "{e}");
    }
}
