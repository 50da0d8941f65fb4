//! The one error type of the symbology encoders.

use std::fmt;

/// Why an encoder refused its input. Every variant says whose fault it is and what would fix it.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum EncodeError {
    /// The caller's data does not fit the largest symbol the options allow.
    #[error(
        "data needs {} bits ({} bytes); {symbol} holds {} bits ({} bytes): shorten the data, \
         lower the error correction level or allow a larger symbol",
        Thousands(*needed_bits), Thousands(needed_bits.div_ceil(8)),
        Thousands(*capacity_bits), Thousands(capacity_bits / 8)
    )]
    DataTooLong {
        /// Bits the data stream needs (mode headers and data).
        needed_bits: usize,
        /// Data bits of the largest allowed symbol.
        capacity_bits: usize,
        /// The largest allowed symbol, e.g. `QR 40-L` or `QR 5-H (pinned)`.
        symbol: String,
    },
    /// The caller forced a mode (or symbol) that cannot carry one of the characters.
    #[error(
        "character {character:?} at byte {position} cannot be encoded in {mode} mode \
         ({charset}): remove the forced mode or the character"
    )]
    CharNotInMode {
        /// The forced mode, e.g. `numeric`.
        mode: &'static str,
        /// What that mode can carry, e.g. `digits 0-9`.
        charset: &'static str,
        /// Byte offset of the character in the input.
        position: usize,
        /// The offending character (or `\xNN` for a lone byte).
        character: String,
    },
    /// The caller's text has a character that the character set of the chosen ECI lacks.
    #[error(
        "character {character:?} at byte {position} is not in {charset} (ECI {eci}): use ECI 26 \
         (UTF-8) or remove the character"
    )]
    CharNotInCharset {
        /// The ECI designator.
        eci: u32,
        /// Its character set, e.g. `ISO-8859-1`.
        charset: &'static str,
        /// Byte offset of the character in the UTF-8 input.
        position: usize,
        /// The offending character.
        character: String,
    },
    /// The caller asked for an option value the symbology does not have.
    #[error("invalid {option} {value}: {expected}")]
    InvalidOption {
        /// Which option, e.g. `mask`, `version`, `ecc`.
        option: &'static str,
        /// The value given.
        value: String,
        /// What is allowed instead.
        expected: String,
    },
    /// The caller's data breaks a rule of the symbology or of a standard it carries: a wrong
    /// check digit, a character the symbology lacks, a field of the wrong length, a GS1 element
    /// that fails validation.
    #[error("invalid {field}: {reason}")]
    InvalidData {
        /// What was wrong, naming the field: `EAN-13 check digit`, `GS1 AI (17) expiry date`,
        /// `IMb tracking code`, `Code 39 character 'a' at 3`.
        field: String,
        /// Why, and what would fix it: `is 7, should be 3`.
        reason: String,
    },
}

impl EncodeError {
    /// An [`EncodeError::InvalidData`].
    pub(crate) fn data(field: impl Into<String>, reason: impl Into<String>) -> Self {
        EncodeError::InvalidData {
            field: field.into(),
            reason: reason.into(),
        }
    }

    pub(crate) fn invalid(
        option: &'static str,
        value: impl fmt::Display,
        expected: impl Into<String>,
    ) -> Self {
        EncodeError::InvalidOption {
            option,
            value: value.to_string(),
            expected: expected.into(),
        }
    }
}

/// Formats an integer with thousands separators (3120 → "3,120").
pub(crate) struct Thousands(pub usize);

impl fmt::Display for Thousands {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let digits = self.0.to_string();
        let mut out = String::with_capacity(digits.len() + digits.len() / 3);
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(c);
        }
        f.write_str(&out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands() {
        assert_eq!(Thousands(0).to_string(), "0");
        assert_eq!(Thousands(999).to_string(), "999");
        assert_eq!(Thousands(3120).to_string(), "3,120");
        assert_eq!(Thousands(1234567).to_string(), "1,234,567");
    }

    #[test]
    fn too_long_message() {
        let e = EncodeError::DataTooLong {
            needed_bits: 24960,
            capacity_bits: 23648,
            symbol: "QR 40-L".into(),
        };
        assert_eq!(
            e.to_string(),
            "data needs 24,960 bits (3,120 bytes); QR 40-L holds 23,648 bits (2,956 bytes): shorten \
             the data, lower the error correction level or allow a larger symbol"
        );
    }
}
