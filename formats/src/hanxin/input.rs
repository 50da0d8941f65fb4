//! The data as Han Xin units: single bytes, GB 18030 double-byte characters and four-byte
//! characters.
//!
//! Text is converted the way zint 2.11 does it, so that the same input gives the same symbol:
//! without an ECI, text that fits ISO/IEC 8859-1 (the Han Xin default character set) is encoded
//! as those bytes and anything else as GB 18030; with ECI 32 (GB 18030) or 29/31 (GB 2312, GBK)
//! the text becomes that character set's multi-byte characters; any other ECI converts the text
//! into its character set byte for byte. Bytes that are not UTF-8, ECI 26/899 and
//! `binary` take the bytes as given.

use super::HanXinOptions;
use crate::EncodeError;

/// One encodable unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Unit {
    /// A byte (`len` 1), a double-byte code `b1 << 8 | b2` (`len` 2) or a four-byte code
    /// `b1 << 24 | b2 << 16 | b3 << 8 | b4` (`len` 4).
    pub value: u32,
    /// Bytes of the unit in its character set.
    pub len: u8,
}

impl Unit {
    fn byte(b: u8) -> Unit {
        Unit {
            value: u32::from(b),
            len: 1,
        }
    }

    /// The unit's bytes, most significant first, as binary mode writes them.
    pub(crate) fn bytes(self) -> impl Iterator<Item = u8> {
        (0..self.len)
            .rev()
            .map(move |i| (self.value >> (8 * u32::from(i))) as u8)
    }
}

/// Splits `data` into units as `options` asks.
pub(crate) fn units(data: &[u8], options: &HanXinOptions) -> Result<Vec<Unit>, EncodeError> {
    let text = if options.binary {
        None
    } else {
        std::str::from_utf8(data).ok()
    };
    let Some(text) = text else {
        return Ok(data.iter().map(|&b| Unit::byte(b)).collect());
    };
    match options.eci {
        None => {
            if text.chars().all(|c| u32::from(c) <= 0xff) {
                Ok(text
                    .chars()
                    .map(|c| Unit::byte(u32::from(c) as u8))
                    .collect())
            } else {
                Ok(multibyte_units(&gb_encode(text, encoding_rs::GB18030, 32)?))
            }
        }
        Some(32) => Ok(multibyte_units(&gb_encode(text, encoding_rs::GB18030, 32)?)),
        // encoding_rs has no GB 2312 encoder; GBK is its superset.
        Some(eci @ (29 | 31)) => Ok(multibyte_units(&gb_encode(text, encoding_rs::GBK, eci)?)),
        Some(26 | 899) => Ok(data.iter().map(|&b| Unit::byte(b)).collect()),
        Some(eci) => Ok(eci_bytes(text, eci)?.into_iter().map(Unit::byte).collect()),
    }
}

/// Text into the bytes of the character set `eci` names (one unit per byte).
#[cfg(feature = "qr")]
fn eci_bytes(text: &str, eci: u32) -> Result<Vec<u8>, EncodeError> {
    if crate::qr::eci_charset_name(eci).is_none() {
        // An ECI without a known character set: the bytes as given (as zint does).
        return Ok(text.as_bytes().to_vec());
    }
    crate::qr::encode_text_for_eci(text, eci)
}

#[cfg(not(feature = "qr"))]
fn eci_bytes(text: &str, eci: u32) -> Result<Vec<u8>, EncodeError> {
    if text.is_ascii() && eci != 25 && !(33..=35).contains(&eci) {
        return Ok(text.as_bytes().to_vec());
    }
    if eci == 1 || eci == 3 {
        return text
            .char_indices()
            .map(|(i, c)| {
                u8::try_from(u32::from(c)).map_err(|_| EncodeError::CharNotInCharset {
                    eci,
                    charset: "ISO-8859-1",
                    position: i,
                    character: c.to_string(),
                })
            })
            .collect();
    }
    if (4..=35).contains(&eci) || eci == 170 {
        return Err(EncodeError::invalid(
            "eci",
            eci,
            "without the qr feature Han Xin converts text only for ECI 3, 26, 29, 31 and 32: \
             pass the converted bytes with binary",
        ));
    }
    Ok(text.as_bytes().to_vec())
}

fn gb_encode(
    text: &str,
    encoding: &'static encoding_rs::Encoding,
    eci: u32,
) -> Result<Vec<u8>, EncodeError> {
    let mut encoder = encoding.new_encoder();
    let max = encoder
        .max_buffer_length_from_utf8_without_replacement(text.len())
        .unwrap_or(text.len() * 4);
    let mut out = vec![0u8; max];
    let (result, read, written) =
        encoder.encode_from_utf8_without_replacement(text, &mut out, true);
    match result {
        encoding_rs::EncoderResult::Unmappable(c) => Err(EncodeError::CharNotInCharset {
            eci,
            charset: if eci == 32 { "GB 18030" } else { "GBK" },
            position: read - c.len_utf8(),
            character: c.to_string(),
        }),
        _ => {
            out.truncate(written);
            Ok(out)
        }
    }
}

/// GB 18030 bytes as units: a lead byte 0x81–0xFE with a trail 0x40–0x7E or 0x80–0xFE makes a
/// double-byte unit, with 0x30–0x39 and then another such pair a four-byte unit (GB 18030 6.3).
fn multibyte_units(bytes: &[u8]) -> Vec<Unit> {
    let mut units = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let b1 = bytes[i];
        let lead = (0x81..=0xfe).contains(&b1);
        match bytes.get(i + 1..) {
            Some(&[b2, ..]) if lead && matches!(b2, 0x40..=0x7e | 0x80..=0xfe) => {
                units.push(Unit {
                    value: u32::from(b1) << 8 | u32::from(b2),
                    len: 2,
                });
                i += 2;
            }
            Some(&[b2 @ 0x30..=0x39, b3 @ 0x81..=0xfe, b4 @ 0x30..=0x39, ..]) if lead => {
                units.push(Unit {
                    value: u32::from_be_bytes([b1, b2, b3, b4]),
                    len: 4,
                });
                i += 4;
            }
            _ => {
                units.push(Unit::byte(b1));
                i += 1;
            }
        }
    }
    units
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(eci: Option<u32>) -> HanXinOptions {
        HanXinOptions {
            eci,
            ..HanXinOptions::default()
        }
    }

    #[test]
    fn latin1_text_stays_bytes() {
        let u = units("é1".as_bytes(), &opts(None)).unwrap();
        assert_eq!(u, [Unit::byte(0xe9), Unit::byte(b'1')]);
    }

    #[test]
    fn chinese_text_becomes_gb18030() {
        // 汉 = BABA, é = A8A6 in GB 18030; 𠀀 (U+20000) = 95 32 82 36.
        let u = units("汉é𠀀a".as_bytes(), &opts(None)).unwrap();
        assert_eq!(
            u,
            [
                Unit {
                    value: 0xbaba,
                    len: 2
                },
                Unit {
                    value: 0xa8a6,
                    len: 2
                },
                Unit {
                    value: 0x9532_8236,
                    len: 4
                },
                Unit::byte(b'a'),
            ]
        );
        assert_eq!(u[2].bytes().collect::<Vec<_>>(), [0x95, 0x32, 0x82, 0x36]);
    }

    #[test]
    fn utf8_eci_and_invalid_utf8_are_bytes() {
        assert_eq!(units("汉".as_bytes(), &opts(Some(26))).unwrap().len(), 3);
        assert_eq!(units(&[0xff, 0xb7, 0xba], &opts(None)).unwrap().len(), 3);
    }
}
