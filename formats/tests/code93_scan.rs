//! Code 93 read back by rxing (which checks both check characters and expands the shift
//! characters), and its refusals of bad input.

mod support;

use codevault_formats::EncodeError;
use codevault_formats::linear::code93::{self, Code93Options};
use proptest::prelude::*;
use rxing::BarcodeFormat;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn native_round_trips(data in "[0-9A-Z. $/+%-]{1,40}") {
        let sym = code93::encode(data.as_bytes(), &Code93Options::default()).unwrap();
        prop_assert_eq!(support::decode_as(&sym, BarcodeFormat::CODE_93), Ok(data));
    }

    #[test]
    fn ascii_round_trips(data in "[\\x01-\\x7f]{1,30}") {
        let sym = code93::encode(data.as_bytes(), &Code93Options::default()).unwrap();
        prop_assert_eq!(support::decode_as(&sym, BarcodeFormat::CODE_93), Ok(data));
    }

    #[test]
    fn never_panics(data in prop::collection::vec(any::<u8>(), 0..120)) {
        let _ = code93::encode(&data, &Code93Options::default());
    }
}

#[test]
fn bad_input() {
    let o = Code93Options::default();
    let e = code93::encode(b"AB\xFF", &o).unwrap_err();
    assert_eq!(
        e.to_string(),
        "invalid Code 93 character \\xFF at 2: is not ASCII: Code 93 encodes bytes 0-127 only"
    );
    assert!(code93::encode(b"", &o).is_err());
    assert!(code93::encode(&[b'A'; 107], &o).is_ok());
    let e = code93::encode(&[b'a'; 54], &o).unwrap_err();
    assert!(matches!(
        e,
        EncodeError::DataTooLong {
            needed_bits: 864,
            capacity_bits: 856,
            ..
        }
    ));
}
