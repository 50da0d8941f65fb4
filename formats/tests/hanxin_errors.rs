//! Han Xin bad input: every refusal is a typed error naming the option or character and the fix.

use codevault_formats::{EncodeError, hanxin};

fn with(f: impl FnOnce(&mut hanxin::HanXinOptions)) -> hanxin::HanXinOptions {
    let mut o = hanxin::HanXinOptions::default();
    f(&mut o);
    o
}

fn err(data: &[u8], o: &hanxin::HanXinOptions) -> EncodeError {
    hanxin::encode(data, o).unwrap_err()
}

#[test]
fn option_ranges() {
    for bad in ["0", "85", "", "v3", "-1", "300"] {
        let o = with(|o| o.version = Some(bad.into()));
        assert_eq!(
            err(b"1", &o),
            EncodeError::InvalidOption {
                option: "version",
                value: bad.into(),
                expected: "Han Xin versions are 1-84".into()
            }
        );
    }
    for level in [0, 5, 255] {
        let o = with(|o| o.ecc_level = Some(level));
        assert!(matches!(
            err(b"1", &o),
            EncodeError::InvalidOption {
                option: "ecc_level",
                ..
            }
        ));
    }
    let o = with(|o| o.mask = Some(4));
    assert_eq!(
        err(b"1", &o).to_string(),
        "invalid mask 4: Han Xin masks are 0-3"
    );
    let o = with(|o| o.eci = Some(1_000_000));
    assert!(matches!(
        err(b"1", &o),
        EncodeError::InvalidOption { option: "eci", .. }
    ));
}

#[test]
fn too_long_for_the_largest_symbol() {
    let default = hanxin::HanXinOptions::default();
    // 7827 digits fill version 84 at L1; one more needs another 10-bit group.
    assert!(hanxin::encode(&[b'1'; 7827], &default).is_ok());
    let e = err(&[b'1'; 7828], &default);
    assert_eq!(
        e.to_string(),
        "data needs 26,114 bits (3,265 bytes); Han Xin 84-L1 holds 26,112 bits (3,264 bytes): \
         shorten the data, lower the error correction level or allow a larger symbol"
    );
    // 3261 bytes in binary mode at L1; at L4 far fewer.
    let bytes = vec![0xffu8; 3262];
    assert!(matches!(
        err(&bytes, &default),
        EncodeError::DataTooLong {
            capacity_bits: 26112,
            ..
        }
    ));
    let l4 = with(|o| o.ecc_level = Some(4));
    assert!(matches!(
        err(&bytes[..2000], &l4),
        EncodeError::DataTooLong {
            capacity_bits: 12432,
            ..
        }
    ));
}

#[test]
fn too_long_for_a_pinned_version() {
    let o = with(|o| {
        o.version = Some("2".into());
        o.ecc_level = Some(2);
    });
    // Version 2-L2 holds 25 codewords: 4 + 10·20 + 10 = 214 bits of 60 digits do not fit.
    match err(&[b'5'; 60], &o) {
        EncodeError::DataTooLong {
            needed_bits,
            capacity_bits,
            symbol,
        } => {
            assert_eq!((needed_bits, capacity_bits), (214, 200));
            assert_eq!(symbol, "Han Xin 2-L2 (pinned version)");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn characters_outside_an_eci_character_set() {
    let eci = |e| with(|o| o.eci = Some(e));
    assert_eq!(
        err("ab汉".as_bytes(), &eci(3)),
        EncodeError::CharNotInCharset {
            eci: 3,
            charset: "ISO-8859-1",
            position: 2,
            character: "汉".into()
        }
    );
    // GBK has no CJK Extension B characters.
    match err("中𠀀".as_bytes(), &eci(31)) {
        EncodeError::CharNotInCharset {
            eci: 31,
            position: 3,
            character,
            ..
        } => assert_eq!(character, "𠀀"),
        other => panic!("{other:?}"),
    }
    // GB 18030 and UTF-8 carry everything.
    assert!(hanxin::encode("中𠀀".as_bytes(), &eci(32)).is_ok());
    assert!(hanxin::encode("中𠀀".as_bytes(), &eci(26)).is_ok());
}

#[test]
fn any_bytes_encode() {
    // Bytes that are not UTF-8 go through binary mode; nothing panics.
    for data in [&b""[..], b"\xff\xfe", b"\xc3", b"\x81\x30\x81", b"\x00"] {
        let s = hanxin::encode(data, &hanxin::HanXinOptions::default()).unwrap();
        assert_eq!(s.meta.version, "1");
    }
}
