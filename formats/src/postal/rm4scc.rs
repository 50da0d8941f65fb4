//! Royal Mail 4-State Customer Code (RM4SCC): each of `0-9 A-Z` as four bars, two with an
//! ascender and two with a descender, then a check character from the row and column sums,
//! between an ascender start bar and a full stop bar.
//!
//! The matrix has zint's three rows (ascender, tracker, descender) and a bar in every even
//! column.

use crate::{EncodeError, Matrix, ModuleRole, Shape, Symbol, SymbolMeta, Symbology};

/// Options for [`encode`] (none yet; kept for the uniform encoder signature).
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(default, deny_unknown_fields))]
#[non_exhaustive]
pub struct Rm4sccOptions {}

/// Longest input zint 2.11 accepts.
pub const MAX_CHARS: usize = 50;

/// Which two of the four bars carry the half (first bar in bit 3) for row or column value
/// index 0–5: the six 2-of-4 patterns in ascending order. A character's ascenders come from its
/// row, its descenders from its column (Royal Mail CBC specification, character table).
const PAIRS: [u8; 6] = [0b0011, 0b0101, 0b0110, 0b1001, 0b1010, 0b1100];

/// Row and column index (0–5) of a character: `0-9 A-Z` fill the 6 × 6 table row by row.
fn position(c: u8) -> Option<(u8, u8)> {
    let v = match c {
        b'0'..=b'9' => c - b'0',
        b'A'..=b'Z' => c - b'A' + 10,
        _ => return None,
    };
    Some((v / 6, v % 6))
}

/// Encodes up to [`MAX_CHARS`] characters of `0-9 A-Z` (lowercase is taken as uppercase, as
/// zint does), e.g. a postcode and delivery point `SN34RD1A`.
///
/// [`SymbolMeta::data_bits`] is 8 × the characters (check included), `capacity_bits`
/// 8 × ([`MAX_CHARS`] + 1).
pub fn encode(data: &[u8], _options: &Rm4sccOptions) -> Result<Symbol, EncodeError> {
    if data.is_empty() {
        return Err(EncodeError::data(
            "RM4SCC data",
            "is empty: give a postcode and delivery point, e.g. SN34RD1A",
        ));
    }
    if data.len() > MAX_CHARS {
        return Err(EncodeError::DataTooLong {
            needed_bits: data.len() * 8,
            capacity_bits: MAX_CHARS * 8,
            symbol: format!(
                "RM4SCC ({MAX_CHARS} characters; this data has {})",
                data.len()
            ),
        });
    }
    let mut chars: Vec<(u8, u8)> = Vec::with_capacity(data.len() + 1);
    let (mut top, mut bottom) = (0u32, 0u32);
    for (i, &c) in data.iter().enumerate() {
        let (r, col) = position(c.to_ascii_uppercase()).ok_or_else(|| {
            let shown = if c.is_ascii_graphic() || c == b' ' {
                format!("'{}'", c as char)
            } else {
                format!("\\x{c:02X}")
            };
            EncodeError::data(
                format!("RM4SCC character {shown} at {i}"),
                "is not in RM4SCC: letters A-Z and digits 0-9 only (no spaces)",
            )
        })?;
        // Row and column values run 1 2 3 4 5 0.
        top += (u32::from(r) + 1) % 6;
        bottom += (u32::from(col) + 1) % 6;
        chars.push((r, col));
    }
    chars.push((((top + 5) % 6) as u8, ((bottom + 5) % 6) as u8));

    let bars = 4 * chars.len() + 2;
    let mut m = Matrix::new(2 * bars - 1, 3);
    let mut x = 0;
    let mut bar = |asc: bool, desc: bool| {
        m.set(x, 0, asc, ModuleRole::Data);
        m.set(x, 1, true, ModuleRole::Data);
        m.set(x, 2, desc, ModuleRole::Data);
        x += 2;
    };
    bar(true, false);
    for &(r, c) in &chars {
        let (a, d) = (PAIRS[usize::from(r)], PAIRS[usize::from(c)]);
        for i in (0..4).rev() {
            bar(a >> i & 1 != 0, d >> i & 1 != 0);
        }
    }
    bar(true, true);
    Ok(Symbol {
        matrix: m,
        // Royal Mail: 2 mm clear space around; a column is about 0.6 mm.
        quiet_zone: 4,
        shape: Shape::Postal,
        meta: SymbolMeta {
            symbology: Symbology::Rm4scc,
            version: String::new(),
            ecc: None,
            mask: None,
            data_bits: chars.len() * 8,
            capacity_bits: (MAX_CHARS + 1) * 8,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_characters() {
        let e = encode(b"SN3 4RD", &Rm4sccOptions::default()).unwrap_err();
        assert!(e.to_string().contains("' ' at 3"), "{e}");
    }

    #[test]
    fn lowercase_is_uppercase() {
        let o = Rm4sccOptions::default();
        assert_eq!(
            encode(b"sn34rd1a", &o).unwrap(),
            encode(b"SN34RD1A", &o).unwrap()
        );
    }
}
