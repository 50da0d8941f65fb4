//! Text into the character set an ECI designator names (AIM ECI registry), for byte mode.

use crate::EncodeError;

/// How one ECI's character set is produced.
#[derive(Clone, Copy)]
enum Charset {
    Latin1,
    Ascii,
    /// ISO/IEC 646 invariant: ASCII without `#$@[\]^`{|}~`.
    Iso646Invariant,
    Utf8,
    Utf16Be,
    Utf16Le,
    Utf32Be,
    Utf32Le,
    /// A WHATWG encoding by label; `c1_forbidden` for ISO sets served by a Windows superset.
    #[cfg_attr(not(feature = "charsets"), allow(dead_code))]
    Whatwg {
        label: &'static str,
        c1_forbidden: bool,
    },
}

fn charset(eci: u32) -> Option<(&'static str, Charset)> {
    use Charset::*;
    let w = |label| Whatwg {
        label,
        c1_forbidden: false,
    };
    Some(match eci {
        1 | 3 => ("ISO-8859-1", Latin1),
        4 => ("ISO-8859-2", w("iso-8859-2")),
        5 => ("ISO-8859-3", w("iso-8859-3")),
        6 => ("ISO-8859-4", w("iso-8859-4")),
        7 => ("ISO-8859-5", w("iso-8859-5")),
        8 => ("ISO-8859-6", w("iso-8859-6")),
        9 => ("ISO-8859-7", w("iso-8859-7")),
        10 => ("ISO-8859-8", w("iso-8859-8")),
        11 => (
            "ISO-8859-9",
            Whatwg {
                label: "windows-1254",
                c1_forbidden: true,
            },
        ),
        12 => ("ISO-8859-10", w("iso-8859-10")),
        13 => (
            "ISO-8859-11",
            Whatwg {
                label: "windows-874",
                c1_forbidden: true,
            },
        ),
        15 => ("ISO-8859-13", w("iso-8859-13")),
        16 => ("ISO-8859-14", w("iso-8859-14")),
        17 => ("ISO-8859-15", w("iso-8859-15")),
        18 => ("ISO-8859-16", w("iso-8859-16")),
        20 => ("Shift JIS", w("shift_jis")),
        21 => ("Windows-1250", w("windows-1250")),
        22 => ("Windows-1251", w("windows-1251")),
        23 => ("Windows-1252", w("windows-1252")),
        24 => ("Windows-1256", w("windows-1256")),
        25 => ("UTF-16BE", Utf16Be),
        26 | 899 => ("UTF-8", Utf8),
        27 => ("US-ASCII", Ascii),
        28 => ("Big5", w("big5")),
        29 | 31 => ("GBK", w("gbk")),
        30 => ("EUC-KR", w("euc-kr")),
        32 => ("GB 18030", w("gb18030")),
        33 => ("UTF-16LE", Utf16Le),
        34 => ("UTF-32BE", Utf32Be),
        35 => ("UTF-32LE", Utf32Le),
        170 => ("ISO/IEC 646 invariant", Iso646Invariant),
        _ => return None,
    })
}

/// The character set an ECI designator names, if CodeVault can convert text into it.
pub fn eci_charset_name(eci: u32) -> Option<&'static str> {
    charset(eci).map(|(name, _)| name)
}

/// Converts `text` into the bytes of the character set `eci` names, so that a reader honouring
/// the ECI shows the same text. ECI 899 (binary) and 26 take the UTF-8 bytes as they are.
///
/// ```
/// use codevault_formats::qr::encode_text_for_eci;
///
/// assert_eq!(encode_text_for_eci("é", 3).unwrap(), [0xe9]);
/// assert_eq!(encode_text_for_eci("Ж", 7).unwrap(), [0xb6]);
/// assert!(encode_text_for_eci("€", 3).is_err());
/// ```
pub fn encode_text_for_eci(text: &str, eci: u32) -> Result<Vec<u8>, EncodeError> {
    let Some((name, set)) = charset(eci) else {
        return Err(EncodeError::invalid(
            "eci",
            eci,
            "no text conversion for this ECI: pass the data as bytes, or use ECI 26 (UTF-8)",
        ));
    };
    let fail = |position: usize, ch: char| EncodeError::CharNotInCharset {
        eci,
        charset: name,
        position,
        character: ch.to_string(),
    };
    let per_char = |limit: u32, excluded: &str| -> Result<Vec<u8>, EncodeError> {
        text.char_indices()
            .map(|(i, c)| {
                if (c as u32) < limit && !excluded.contains(c) {
                    Ok(c as u8)
                } else {
                    Err(fail(i, c))
                }
            })
            .collect()
    };
    match set {
        Charset::Latin1 => per_char(0x100, ""),
        Charset::Ascii => per_char(0x80, ""),
        Charset::Iso646Invariant => per_char(0x80, "#$@[\\]^`{|}~"),
        Charset::Utf8 => Ok(text.as_bytes().to_vec()),
        Charset::Utf16Be => Ok(text.encode_utf16().flat_map(u16::to_be_bytes).collect()),
        Charset::Utf16Le => Ok(text.encode_utf16().flat_map(u16::to_le_bytes).collect()),
        Charset::Utf32Be => Ok(text
            .chars()
            .flat_map(|c| (c as u32).to_be_bytes())
            .collect()),
        Charset::Utf32Le => Ok(text
            .chars()
            .flat_map(|c| (c as u32).to_le_bytes())
            .collect()),
        Charset::Whatwg {
            label,
            c1_forbidden,
        } => whatwg(text, label, c1_forbidden, fail),
    }
}

#[cfg(feature = "charsets")]
fn whatwg(
    text: &str,
    label: &str,
    c1_forbidden: bool,
    fail: impl Fn(usize, char) -> EncodeError,
) -> Result<Vec<u8>, EncodeError> {
    let encoding = encoding_rs::Encoding::for_label(label.as_bytes()).unwrap_or(encoding_rs::UTF_8);
    let mut out = Vec::with_capacity(text.len());
    let mut buf = [0u8; 4];
    for (i, c) in text.char_indices() {
        let (bytes, _, had_errors) = encoding.encode(c.encode_utf8(&mut buf));
        let c1 = c1_forbidden && bytes.iter().any(|b| (0x80..=0x9f).contains(b));
        if had_errors || c1 {
            return Err(fail(i, c));
        }
        out.extend_from_slice(&bytes);
    }
    Ok(out)
}

#[cfg(not(feature = "charsets"))]
fn whatwg(
    _text: &str,
    label: &str,
    _c1_forbidden: bool,
    _fail: impl Fn(usize, char) -> EncodeError,
) -> Result<Vec<u8>, EncodeError> {
    Err(EncodeError::invalid(
        "eci",
        label,
        "this build has no `charsets` feature: pass bytes",
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conversions() {
        assert_eq!(encode_text_for_eci("Grüße", 3).unwrap(), b"Gr\xfc\xdfe");
        assert_eq!(encode_text_for_eci("€", 17).unwrap(), [0xa4]);
        assert_eq!(encode_text_for_eci("点", 20).unwrap(), [0x93, 0x5f]);
        assert_eq!(
            encode_text_for_eci("A€", 25).unwrap(),
            [0, 0x41, 0x20, 0xac]
        );
        assert_eq!(encode_text_for_eci("A", 35).unwrap(), [0x41, 0, 0, 0]);
        assert_eq!(encode_text_for_eci("ü", 26).unwrap(), "ü".as_bytes());
    }

    #[test]
    fn refusals_name_the_character() {
        let e = encode_text_for_eci("ab€", 3).unwrap_err();
        assert_eq!(
            e.to_string(),
            "character \"€\" at byte 2 is not in ISO-8859-1 (ECI 3): use ECI 26 (UTF-8) or remove \
             the character"
        );
        assert!(encode_text_for_eci("a#", 170).is_err());
        // ISO-8859-9 via its Windows superset must not emit C1 bytes.
        assert!(encode_text_for_eci("€", 11).is_err());
        assert!(
            encode_text_for_eci("x", 2)
                .unwrap_err()
                .to_string()
                .starts_with("invalid eci 2")
        );
    }
}
