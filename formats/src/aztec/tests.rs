//! Unit tests for the Aztec encoder.

use super::*;

#[test]
fn sizes() {
    for (compact, layers, side, total) in [
        (true, 1, 15, 17),
        (true, 4, 27, 76),
        (false, 1, 19, 21),
        (false, 4, 31, 88),
        (false, 5, 37, 120),
        (false, 22, 109, 1020),
        (false, 23, 113, 920),
        (false, 32, 151, 1664),
    ] {
        let s = select::Size::new(compact, layers);
        assert_eq!(layout::size(compact, usize::from(layers)), side, "{s:?}");
        assert_eq!(s.total_codewords(), total, "{s:?}");
    }
}

#[test]
fn stuffing() {
    let mut out = Vec::new();
    // 00000 gets a 1 appended; 11111 a 0; the rest padded with 1s.
    let len = stuff_bits("000001111100", 6, &mut out);
    assert_eq!(len, 14);
    assert_eq!(out, vec![0b000001, 0b111110, 0b001111]);
}

fn stuff_bits(s: &str, cw: usize, out: &mut Vec<u16>) -> usize {
    let mut bits = super::bits::Bits::default();
    for b in s.bytes() {
        bits.push(u32::from(b - b'0'), 1);
    }
    select::stuff(&bits, cw, out)
}

#[test]
fn bad_versions() {
    for v in ["C0", "C5", "0", "33", "x", ""] {
        let o = AztecOptions {
            version: Some(v.into()),
            ..AztecOptions::default()
        };
        assert!(matches!(
            encode(b"A", &o),
            Err(EncodeError::InvalidOption {
                option: "version",
                ..
            })
        ));
    }
}
