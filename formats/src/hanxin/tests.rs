//! Unit tests against the worked examples of ISO/IEC 20830:2021 Annex K and error cases.

use super::*;

fn rows(symbol: &Symbol) -> Vec<String> {
    symbol
        .matrix
        .to_text_rows()
        .lines()
        .map(str::to_string)
        .collect()
}

fn pinned(version: &str, level: u8, mask: Option<u8>) -> HanXinOptions {
    HanXinOptions {
        version: Some(version.into()),
        ecc_level: Some(level),
        mask,
        ..HanXinOptions::default()
    }
}

/// ISO/IEC 20830:2021 K.2, Figure K.8: "1234567890", version 1, L1; the penalty picks mask 01.
const K2_FIGURE_K8: [&str; 23] = [
    "11111110001000001111111",
    "10000000110001100000001",
    "10111110001010101111101",
    "10100000111011100000101",
    "10101110010000101110101",
    "10101110110101001110101",
    "10101110001100001110101",
    "00000000011101100000000",
    "00010101001010011000000",
    "01001101111101010101110",
    "10101010101010100101101",
    "01010010111101010101010",
    "10101010101010101010100",
    "10000011010101000011110",
    "00000011001010010101000",
    "00000000110100000000000",
    "11111110011110001110101",
    "00000010010101101110101",
    "11111010101010001110101",
    "00001010110010100000101",
    "11101010100010001111101",
    "11101010110101100000001",
    "11101010001010001111111",
];

/// ISO/IEC 20830:2021 K.2, Figure K.4: the same data with mask 00 (no masking).
const K2_FIGURE_K4: [&str; 23] = [
    "11111110100010101111111",
    "10000000000100100000001",
    "10111110000000101111101",
    "10100000001110000000101",
    "10101110111010101110101",
    "10101110000000001110101",
    "10101110000110001110101",
    "00000000001000100000000",
    "00010101000000100000000",
    "00011000101000000000100",
    "00000000000000001111000",
    "00000111101000000000000",
    "00000000000000000000001",
    "11010110000000010110100",
    "00000000100000010101000",
    "00000000100001000000000",
    "11111110010100001110101",
    "00000010000000001110101",
    "11111010100000101110101",
    "00001010000111000000101",
    "11101010101000001111101",
    "11101010100000000000001",
    "11101010100000101111111",
];

#[test]
fn iso_k2_numeric_example() {
    let auto = encode(b"1234567890", &pinned("1", 1, None)).unwrap();
    assert_eq!(auto.meta.mask, Some(1));
    assert_eq!(rows(&auto), K2_FIGURE_K8);
    let unmasked = encode(b"1234567890", &pinned("1", 1, Some(0))).unwrap();
    assert_eq!(rows(&unmasked), K2_FIGURE_K4);
    // 0001, three full groups and one digit, terminator 1021: 4 + 40 + 10 bits.
    assert_eq!(auto.meta.data_bits, 54);
    assert_eq!(auto.meta.capacity_bits, 21 * 8);
}

#[test]
fn default_level_is_raised_to_fit_the_version() {
    let s = encode(b"1234567890", &HanXinOptions::default()).unwrap();
    assert_eq!(s.meta.version, "1");
    assert_eq!(s.meta.ecc.as_deref(), Some("L4"));
    assert_eq!(s.quiet_zone, 3);
    let exact = encode(b"1234567890", &pinned("3", 2, None)).unwrap();
    assert_eq!(exact.meta.ecc.as_deref(), Some("L2"));
    assert_eq!(exact.matrix.width(), 27);
}

#[test]
fn largest_symbol() {
    let digits = vec![b'7'; 7827];
    let s = encode(&digits, &HanXinOptions::default()).unwrap();
    assert_eq!((s.meta.version.as_str(), s.matrix.width()), ("84", 189));
    let err = encode(&vec![b'7'; 7828], &HanXinOptions::default()).unwrap_err();
    match err {
        EncodeError::DataTooLong {
            needed_bits,
            capacity_bits,
            symbol,
        } => {
            assert_eq!(capacity_bits, 3264 * 8);
            assert!(needed_bits > capacity_bits);
            assert_eq!(symbol, "Han Xin 84-L1");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn bad_options() {
    let e = |o: HanXinOptions| encode(b"1", &o).unwrap_err().to_string();
    let v = |s: &str| HanXinOptions {
        version: Some(s.into()),
        ..HanXinOptions::default()
    };
    assert!(
        e(v("0")).contains("Han Xin versions are 1-84"),
        "{}",
        e(v("0"))
    );
    assert!(e(v("85")).contains("invalid version 85"));
    assert!(e(v("x")).contains("invalid version x"));
    let l = HanXinOptions {
        ecc_level: Some(5),
        ..HanXinOptions::default()
    };
    assert!(e(l).contains("invalid ecc_level 5"));
    let m = HanXinOptions {
        mask: Some(4),
        ..HanXinOptions::default()
    };
    assert!(e(m).contains("Han Xin masks are 0-3"));
    let eci = HanXinOptions {
        eci: Some(1_000_000),
        ..HanXinOptions::default()
    };
    assert!(e(eci).contains("invalid eci 1000000"));
}

#[test]
fn pinned_version_too_small() {
    let err = encode(&[b'a'; 40], &pinned("1", 4, None)).unwrap_err();
    assert_eq!(
        err,
        EncodeError::DataTooLong {
            needed_bits: 4 + 40 * 6 + 6,
            capacity_bits: 9 * 8,
            symbol: "Han Xin 1-L4 (pinned version)".into(),
        }
    );
}

#[test]
fn eci_and_empty() {
    let s = encode(b"", &HanXinOptions::default()).unwrap();
    assert_eq!(s.meta.data_bits, 0);
    let eci = HanXinOptions {
        eci: Some(20_000),
        ..HanXinOptions::default()
    };
    assert_eq!(encode(b"", &eci).unwrap().meta.data_bits, 28);
}

#[test]
fn reads_back_its_own_symbols() {
    for (data, v, l, m) in [
        ("1234567890", "1", 1, 1),
        ("汉信码 Han Xin Code", "7", 3, 2),
        ("x", "40", 4, 0),
    ] {
        let s = encode(data.as_bytes(), &pinned(v, l, Some(m))).unwrap();
        let r = read_back(&s.matrix).unwrap();
        assert_eq!(
            (r.version.to_string(), r.ecc_level, r.mask),
            (v.to_string(), l, m)
        );
        assert_eq!(r.data_codewords.len() * 8, s.meta.capacity_bits);
    }
    assert_eq!(read_back(&Matrix::new(24, 24)), None);
}
