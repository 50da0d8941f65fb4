//! Structured append: one message over up to 16 linked QR symbols (ISO/IEC 18004 8).

use super::{QrOptions, StructuredAppend, encode_qr};
use crate::{EncodeError, Symbol};

/// Splits `data` over the fewest QR symbols (2–16) that hold it, all of one version.
///
/// With `options.version` pinned every symbol has that version; otherwise the smallest version
/// that lets every part fit. Parts break at character boundaries when the data is UTF-8, and
/// every symbol carries the sequence's parity (XOR of all data bytes) so readers can tell
/// sequences apart. Data that fits one symbol comes back as one plain symbol.
pub fn encode_structured_append(
    data: &[u8],
    options: &QrOptions,
) -> Result<Vec<Symbol>, EncodeError> {
    if options.structured_append.is_some() {
        return Err(EncodeError::invalid(
            "structured_append",
            "set",
            "leave it unset: the sequence header of each symbol is filled in here",
        ));
    }
    match encode_qr(data, options) {
        Ok(single) => return Ok(vec![single]),
        Err(EncodeError::DataTooLong { .. }) => {}
        Err(other) => return Err(other),
    }
    let parity = data.iter().fold(0u8, |acc, b| acc ^ b);
    let boundaries = char_boundaries(data);
    let mut last_err = None;
    for count in 2..=16u8 {
        let parts = split(data, &boundaries, usize::from(count));
        let attempt: Result<Vec<Symbol>, EncodeError> = parts
            .iter()
            .enumerate()
            .map(|(i, part)| {
                encode_qr(
                    part,
                    &with_header(options, i, count, parity, options.version),
                )
            })
            .collect();
        match attempt {
            Ok(symbols) => {
                // Re-encode at one version so the printed sequence is uniform.
                let max = symbols
                    .iter()
                    .filter_map(|s| s.meta.version.parse::<u8>().ok())
                    .max();
                if options.version.is_some()
                    || symbols.iter().all(|s| s.meta.version.parse().ok() == max)
                {
                    return Ok(symbols);
                }
                return parts
                    .iter()
                    .enumerate()
                    .map(|(i, part)| encode_qr(part, &with_header(options, i, count, parity, max)))
                    .collect();
            }
            Err(e @ EncodeError::DataTooLong { .. }) => last_err = Some(e),
            Err(other) => return Err(other),
        }
    }
    Err(match last_err {
        Some(EncodeError::DataTooLong {
            needed_bits,
            capacity_bits,
            symbol,
        }) => EncodeError::DataTooLong {
            needed_bits,
            capacity_bits,
            symbol: format!("each of 16 symbols of a structured-append sequence ({symbol})"),
        },
        Some(other) => other,
        None => EncodeError::invalid("structured_append", "", "no split found"),
    })
}

fn with_header(
    options: &QrOptions,
    i: usize,
    count: u8,
    parity: u8,
    version: Option<u8>,
) -> QrOptions {
    QrOptions {
        structured_append: Some(StructuredAppend {
            index: i as u8 + 1,
            count,
            parity,
        }),
        version,
        ..options.clone()
    }
}

/// Byte offsets where a part may end: every char boundary of UTF-8 text, else every byte.
fn char_boundaries(data: &[u8]) -> Vec<usize> {
    match std::str::from_utf8(data) {
        Ok(text) => text
            .char_indices()
            .map(|(i, _)| i)
            .skip(1)
            .chain([data.len()])
            .collect(),
        Err(_) => (1..=data.len()).collect(),
    }
}

/// Splits into `count` parts of near-equal length at allowed boundaries.
fn split<'a>(data: &'a [u8], boundaries: &[usize], count: usize) -> Vec<&'a [u8]> {
    let mut parts = Vec::with_capacity(count);
    let mut start = 0;
    for k in 1..=count {
        let target = data.len() * k / count;
        let end = if k == count {
            data.len()
        } else {
            let i = boundaries.partition_point(|&b| b < target);
            boundaries.get(i).copied().unwrap_or(data.len()).max(start)
        };
        parts.push(&data[start..end]);
        start = end;
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::qr::EcLevel;

    #[test]
    fn splits_over_uniform_symbols() {
        let data: Vec<u8> = (0..5000u32).map(|i| b'a' + (i % 26) as u8).collect();
        let opts = QrOptions {
            ecc: EcLevel::M,
            boost: false,
            version: Some(20),
            ..QrOptions::default()
        };
        let symbols = encode_structured_append(&data, &opts).unwrap();
        assert!(symbols.len() >= 2 && symbols.len() <= 16);
        assert!(symbols.iter().all(|s| s.meta.version == "20"));
    }

    #[test]
    fn utf8_parts_are_whole_characters() {
        let text = "日本語テキスト".repeat(40);
        let b = char_boundaries(text.as_bytes());
        for part in split(text.as_bytes(), &b, 5) {
            assert!(std::str::from_utf8(part).is_ok());
        }
    }

    #[test]
    fn too_long_for_sixteen() {
        let data = vec![0xffu8; 16 * 300];
        let opts = QrOptions {
            version: Some(10),
            boost: false,
            ..QrOptions::default()
        };
        let e = encode_structured_append(&data, &opts).unwrap_err();
        assert!(e.to_string().contains("each of 16 symbols"), "{e}");
    }

    #[test]
    fn small_data_is_one_plain_symbol() {
        let s = encode_structured_append(b"HELLO", &QrOptions::default()).unwrap();
        assert_eq!(s.len(), 1);
    }
}
