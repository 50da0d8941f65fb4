//! Bad input to the EAN/UPC encoders: typed errors that name the field and the fix, and no panic
//! on any bytes or options.

use codevault_formats::EncodeError;
use codevault_formats::linear::ean::{self, EanOptions};
use proptest::prelude::*;

fn data_error(r: Result<codevault_formats::Symbol, EncodeError>) -> (String, String) {
    match r {
        Err(EncodeError::InvalidData { field, reason }) => (field, reason),
        other => panic!("expected InvalidData, got {other:?}"),
    }
}

#[test]
fn wrong_check_digits() {
    let o = EanOptions::default();
    let cases: [(Encoder, &str, &str, &str); 5] = [
        (
            ean::encode_ean13,
            "4006381333932",
            "EAN-13 check digit",
            "is 2, should be 1",
        ),
        (
            ean::encode_ean8,
            "96385070",
            "EAN-8 check digit",
            "is 0, should be 4",
        ),
        (
            ean::encode_upca,
            "036000291459",
            "UPC-A check digit",
            "is 9, should be 2",
        ),
        (
            ean::encode_upce,
            "04252611",
            "UPC-E check digit",
            "is 1, should be 4",
        ),
        // A UPC-A given to UPC-E has its check digit verified too.
        (
            ean::encode_upce,
            "042100005261",
            "UPC-E check digit",
            "is 1, should be 4",
        ),
    ];
    for (f, data, field, reason) in cases {
        assert_eq!(
            data_error(f(data.as_bytes(), &o)),
            (field.to_string(), reason.to_string()),
            "{data}"
        );
    }
    // With an add-on the main check digit is still checked.
    assert_eq!(
        data_error(ean::encode_ean13(b"4006381333932+12", &o)).0,
        "EAN-13 check digit"
    );
}

type Encoder = fn(&[u8], &EanOptions) -> Result<codevault_formats::Symbol, EncodeError>;

#[test]
fn addon_lengths() {
    for n in [1, 3, 4, 6, 7] {
        let addon = "1".repeat(n);
        for f in [
            ean::encode_ean13 as Encoder,
            ean::encode_ean8,
            ean::encode_upca,
            ean::encode_upce,
        ] {
            let (field, reason) = data_error(f(
                format!("123456+{addon}").as_bytes(),
                &EanOptions::default(),
            ));
            assert!(field.ends_with(" add-on"), "{field}");
            assert_eq!(
                reason,
                format!("has {n} digits; an add-on is 2 digits (EAN-2) or 5 digits (EAN-5)")
            );
        }
    }
}

#[test]
fn upca_not_compressible_to_upce() {
    for upca in ["01234567890", "012345678905", "10000100000", "01234000050"] {
        let (field, reason) = data_error(ean::encode_upce(upca.as_bytes(), &EanOptions::default()));
        assert_eq!(field, "UPC-E data");
        assert!(
            reason.contains("has no zero-suppressed UPC-E form"),
            "{reason}"
        );
        assert!(reason.ends_with("encode it as UPC-A"), "{reason}");
    }
    // Number systems 2-9 have no UPC-E at all.
    let (field, _) = data_error(ean::encode_upce(b"31200000345", &EanOptions::default()));
    assert_eq!(field, "UPC-E number system");
}

#[test]
fn non_digits_name_their_position() {
    let o = EanOptions::default();
    for (data, field) in [
        (&b" 59012341234"[..], "EAN-13 character ' ' at byte 0"),
        (b"5901234-23457", "EAN-13 character '-' at byte 7"),
        (b"590123412345+1b", "EAN-13 character 'b' at byte 14"),
        (b"59012\x003", "EAN-13 character '\\0' at byte 5"),
    ] {
        assert_eq!(data_error(ean::encode_ean13(data, &o)).0, field);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn never_panics(
        data in proptest::collection::vec(prop_oneof![
            8 => b'0'..=b'9', 1 => Just(b'+'), 1 => any::<u8>()
        ], 0..22),
        addon in proptest::option::of("[0-9a+]{0,7}"),
        gap in proptest::option::of(0u8..20),
        markers in any::<bool>(),
    ) {
        let mut o = EanOptions::default();
        o.addon = addon;
        o.addon_gap = gap;
        o.quiet_zone_markers = markers;
        for f in [ean::encode_ean13 as Encoder, ean::encode_ean8, ean::encode_upca, ean::encode_upce] {
            if let Ok(s) = f(&data, &o) {
                prop_assert_eq!(s.matrix.height(), 1);
                prop_assert!(s.matrix.width() >= 51);
            }
        }
    }
}
