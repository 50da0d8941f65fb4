//! Property tests of GS1 element-string parsing: no input panics, whatever parses survives the
//! raw (FNC1) and HRI forms unchanged, and check digits are always verified.

use codevault_formats::EncodeError;
use codevault_formats::gs1::{ElementString, check_digit};
use proptest::prelude::*;

/// AIs of every shape: fixed/variable, ranges, multi-component, linted.
const AIS: &[&str] = &[
    "00", "01", "02", "10", "11", "17", "20", "21", "235", "253", "3103", "3922", "3932", "37",
    "422", "423", "4300", "4307", "4309", "4330", "7003", "7007", "7030", "7040", "8001", "8003",
    "8006", "8007", "8008", "8010", "8011", "8013", "8110", "8112", "90", "99", "23", "3106",
];

fn roundtrip(es: &ElementString) {
    let raw = es.to_fnc1_data();
    let again = ElementString::parse_with(&raw, false).expect("FNC1 data of a valid string parses");
    assert_eq!(&again, es);
    let hri = es.to_hri();
    let from_hri = ElementString::parse_with(hri.as_bytes(), false);
    // Values may hold "(dd)" which parenthesis syntax reads as an AI; otherwise HRI round-trips.
    if !es.elements.iter().any(|e| e.value.contains('(')) {
        assert_eq!(from_hri.as_ref(), Ok(es));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(data in proptest::collection::vec(any::<u8>(), 0..120)) {
        if let Ok(es) = ElementString::parse(&data) {
            roundtrip(&es);
        }
    }

    #[test]
    fn bracketed_elements_never_panic(
        parts in proptest::collection::vec(
            (proptest::sample::select(AIS), "[ -~\\x1d]{0,24}"), 1..5),
        parens in any::<bool>(),
        associations in any::<bool>(),
    ) {
        let mut input = String::new();
        for (ai, value) in &parts {
            if parens { input.push_str(&format!("({ai}){value}")) }
            else { input.push_str(&format!("[{ai}]{value}")) }
        }
        match ElementString::parse_with(input.as_bytes(), associations) {
            Ok(es) => roundtrip(&es),
            Err(EncodeError::InvalidData { field, reason }) => {
                prop_assert!(!field.is_empty() && !reason.is_empty());
            }
            Err(e) => prop_assert!(false, "unexpected error kind {e:?}"),
        }
    }

    #[test]
    fn numeric_values_never_panic(ai in proptest::sample::select(AIS), value in "[0-9]{1,40}") {
        let input = format!("[01]09521234543213[{ai}]{value}");
        if let Ok(es) = ElementString::parse_with(input.as_bytes(), false) {
            roundtrip(&es);
        }
    }

    #[test]
    fn gtin_check_digit_is_verified(body in "[0-9]{13}", wrong in 1u8..10) {
        let good = check_digit(body.as_bytes()).unwrap();
        let es = ElementString::parse(format!("[01]{body}{good}").as_bytes()).unwrap();
        prop_assert_eq!(es.elements[0].value.len(), 14);
        let bad = (good + wrong) % 10;
        let err = ElementString::parse(format!("[01]{body}{bad}").as_bytes()).unwrap_err();
        prop_assert_eq!(err, EncodeError::InvalidData {
            field: "GS1 AI (01) GTIN check digit".into(),
            reason: format!("is {bad}, should be {good}"),
        });
    }
}

#[test]
fn fnc1_data_separators() {
    // GS only after variable-length values that are not last; none after predefined lengths.
    let es = ElementString::parse(b"[01]09521234543213[3103]000123[10]AB[21]XY").unwrap();
    assert_eq!(es.to_fnc1_data(), b"0109521234543213310300012310AB\x1d21XY");
    let es = ElementString::parse(b"[01]09521234543213[21]XY[17]250101").unwrap();
    assert_eq!(es.to_fnc1_data(), b"010952123454321321XY\x1d17250101");
    // Fixed-length-but-not-predefined AIs (e.g. 422 N3) still take a separator.
    let es = ElementString::parse(b"[01]09521234543213[422]276[10]A").unwrap();
    assert_eq!(es.to_fnc1_data(), b"0109521234543213422276\x1d10A");
}
