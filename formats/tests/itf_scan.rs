//! Interleaved 2 of 5 and ITF-14 read back by rxing, and their refusals of bad input.

mod support;

use codevault_formats::linear::itf::{self, ItfBearer, ItfOptions};
use codevault_formats::{Bearer, EncodeError, Shape};
use proptest::prelude::*;
use rxing::BarcodeFormat;

fn opts(check_digit: bool, bearer: Option<ItfBearer>) -> ItfOptions {
    let mut o = ItfOptions::default();
    o.check_digit = check_digit;
    o.bearer = bearer;
    o
}

fn gs1_check(d: &str) -> char {
    let s: u32 = d
        .bytes()
        .rev()
        .enumerate()
        .map(|(i, c)| u32::from(c - b'0') * if i % 2 == 0 { 3 } else { 1 })
        .sum();
    char::from(b'0' + ((10 - s % 10) % 10) as u8)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    // rxing reads ITF of 6-14 even digits or more than 14, so lengths start at 6.
    #[test]
    fn itf_round_trips(data in "[0-9]{6,40}", check: bool) {
        let sym = itf::encode_itf(data.as_bytes(), &opts(check, None)).unwrap();
        let mut want = data.clone();
        if (want.len() % 2 == 1) != check {
            want.insert(0, '0');
        }
        if check {
            let c = gs1_check(&want);
            want.push(c);
        }
        prop_assert_eq!(support::decode_as(&sym, BarcodeFormat::ITF), Ok(want));
    }

    #[test]
    fn itf14_round_trips(data in "[0-9]{13}") {
        let sym = itf::encode_itf14(data.as_bytes(), &ItfOptions::default()).unwrap();
        let want = format!("{data}{}", gs1_check(&data));
        prop_assert_eq!(support::decode_as(&sym, BarcodeFormat::ITF), Ok(want.clone()));
        // Given with its check digit, the same symbol.
        prop_assert_eq!(itf::encode_itf14(want.as_bytes(), &ItfOptions::default()).unwrap(), sym);
    }

    #[test]
    fn never_panics(data in prop::collection::vec(any::<u8>(), 0..100), check: bool) {
        let _ = itf::encode_itf(&data, &opts(check, None));
        let _ = itf::encode_itf14(&data, &opts(check, None));
    }
}

#[test]
fn bearers() {
    let bearer = |o: &ItfOptions, f: fn(&[u8], &ItfOptions) -> _| match f(b"1234567890123", o) {
        Ok(codevault_formats::Symbol {
            shape: Shape::Linear(l),
            ..
        }) => l.bearer,
        other => panic!("{other:?}"),
    };
    assert_eq!(bearer(&opts(false, None), itf::encode_itf14), Bearer::Frame);
    assert_eq!(bearer(&opts(false, None), itf::encode_itf), Bearer::None);
    assert_eq!(
        bearer(&opts(false, Some(ItfBearer::Horizontal)), itf::encode_itf14),
        Bearer::Horizontal
    );
    assert_eq!(
        bearer(&opts(false, Some(ItfBearer::None)), itf::encode_itf14),
        Bearer::None
    );
}

#[test]
fn bad_input() {
    let o = ItfOptions::default();
    let msg = |r: Result<_, EncodeError>| r.unwrap_err().to_string();
    assert_eq!(
        msg(itf::encode_itf(b"12-34", &o)),
        "invalid ITF character '-' at 2: is not a digit: this symbology encodes digits 0-9 only"
    );
    assert!(msg(itf::encode_itf(b"", &o)).contains("empty"));
    assert!(matches!(
        itf::encode_itf(&[b'1'; 91], &o),
        Err(EncodeError::DataTooLong { .. })
    ));
    assert_eq!(
        msg(itf::encode_itf14(b"12345678901234", &o)),
        "invalid ITF-14 check digit: is 4, should be 1: correct it or give the first 13 digits \
         only"
    );
    assert!(msg(itf::encode_itf14(b"123456789012345", &o)).contains("has 15 digits"));
    assert!(msg(itf::encode_itf14(b"12345678901A3", &o)).contains("'A' at 11"));
}
