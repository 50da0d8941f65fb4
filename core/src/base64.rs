//! Standard base64 (RFC 4648 §4) for `data_base64` in requests and artifact bytes in JSON.
//!
//! Encoding always pads. Decoding accepts padded or unpadded input and nothing else: no
//! whitespace, no URL-safe alphabet, no trailing garbage.

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Encodes bytes as padded standard base64.
pub fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
        let sextets = [n >> 18, n >> 12, n >> 6, n];
        for (i, s) in sextets.iter().enumerate() {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[(s & 0x3f) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

fn value(c: u8) -> Option<u32> {
    match c {
        b'A'..=b'Z' => Some(u32::from(c - b'A')),
        b'a'..=b'z' => Some(u32::from(c - b'a') + 26),
        b'0'..=b'9' => Some(u32::from(c - b'0') + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    }
}

/// Decodes standard base64; on failure returns the byte offset of the first offending character
/// (or the input length when the input ends too early).
pub fn decode(text: &str) -> Result<Vec<u8>, usize> {
    let input = text.as_bytes();
    let unpadded = input.len()
        - input
            .iter()
            .rev()
            .take(2)
            .take_while(|&&c| c == b'=')
            .count();
    let padding = input.len() - unpadded;
    if padding > 0 && input.len() % 4 != 0 {
        return Err(input.len());
    }
    let data = &input[..unpadded];
    if let Some(bad) = data.iter().position(|&c| value(c).is_none()) {
        return Err(bad);
    }
    if data.len() % 4 == 1 {
        return Err(data.len());
    }
    let mut out = Vec::with_capacity(data.len() / 4 * 3 + 2);
    for (chunk_index, chunk) in data.chunks(4).enumerate() {
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            n |= value(c).ok_or(chunk_index * 4 + i)? << (18 - 6 * i);
        }
        let bytes = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        let take = chunk.len() - 1;
        // Reject non-canonical trailing bits (e.g. "QR==" instead of "QQ==").
        if take < 3 && bytes[take..].iter().any(|&b| b != 0) {
            return Err(chunk_index * 4 + chunk.len() - 1);
        }
        out.extend_from_slice(&bytes[..take]);
    }
    Ok(out)
}

/// `#[serde(with = "crate::base64::serde_bytes")]`: bytes as a base64 string in JSON.
pub(crate) mod serde_bytes {
    use serde::{Deserialize, Deserializer, Serializer, de::Error as _};

    pub fn serialize<S: Serializer>(bytes: &[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&super::encode(bytes))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
        let text = String::deserialize(d)?;
        super::decode(&text)
            .map_err(|at| D::Error::custom(format!("invalid base64 at character {at}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc4648_vectors() {
        let cases = [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ];
        for (plain, encoded) in cases {
            assert_eq!(encode(plain.as_bytes()), encoded);
            assert_eq!(decode(encoded).unwrap(), plain.as_bytes());
            assert_eq!(
                decode(encoded.trim_end_matches('=')).unwrap(),
                plain.as_bytes()
            );
        }
    }

    #[test]
    fn all_bytes_round_trip() {
        let bytes: Vec<u8> = (0..=255).collect();
        assert_eq!(decode(&encode(&bytes)).unwrap(), bytes);
    }

    #[test]
    fn rejects_bad_input() {
        assert_eq!(decode("Zm9v!"), Err(4));
        assert_eq!(decode("Z"), Err(1));
        assert_eq!(decode("Zg="), Err(3));
        assert_eq!(decode("Zh=="), Err(1));
        assert_eq!(decode("Zm 9v"), Err(2));
        assert_eq!(decode("===="), Err(0));
        assert_eq!(decode("Zg=a"), Err(2));
    }
}
