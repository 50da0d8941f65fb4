//! Aztec Runes (ISO/IEC 24778 Annex A): an 11×11 compact core whose mode message carries one
//! value 0–255.

use super::{layout, nibbles_with_checks};
use crate::{EncodeError, Matrix, ModuleRole, Symbol, SymbolMeta, Symbology};

/// Encodes the rune for `value`.
pub fn encode_rune(value: u8) -> Symbol {
    let data = [u16::from(value >> 4), u16::from(value & 0xf)];
    let mut bits = nibbles_with_checks(&data, 5);
    // Runes invert every other bit of the mode message (the first, third, …) so no reader takes
    // one for a compact symbol.
    for b in bits.iter_mut().step_by(2) {
        *b ^= 1;
    }
    let mut m = Matrix::new(11, 11);
    layout::draw_core(
        &mut |x, y, dark, role: ModuleRole| m.set((5 + x) as usize, (5 + y) as usize, dark, role),
        true,
        &bits,
    );
    Symbol::matrix(
        m,
        0,
        SymbolMeta {
            symbology: Symbology::AztecRune,
            version: "rune".into(),
            ecc: None,
            mask: None,
            data_bits: 8,
            capacity_bits: 8,
        },
    )
}

/// Encodes a rune from its value written in decimal (`"0"`–`"255"`, at most 3 digits), as
/// zint takes it.
pub fn encode_rune_text(data: &[u8]) -> Result<Symbol, EncodeError> {
    if data.is_empty() || data.len() > 3 {
        return Err(EncodeError::data(
            "Aztec Rune value",
            format!(
                "has {} characters: write the value 0-255 in 1 to 3 decimal digits",
                data.len()
            ),
        ));
    }
    if let Some(p) = data.iter().position(|b| !b.is_ascii_digit()) {
        return Err(EncodeError::data(
            "Aztec Rune value",
            format!(
                "character {:?} at {p} is not a digit: write the value 0-255 in decimal",
                char::from(data[p])
            ),
        ));
    }
    let value = data.iter().fold(0u32, |v, &d| v * 10 + u32::from(d - b'0'));
    let value = u8::try_from(value).map_err(|_| {
        EncodeError::data("Aztec Rune value", format!("is {value}: runes carry 0-255"))
    })?;
    Ok(encode_rune(value))
}
