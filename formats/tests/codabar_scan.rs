//! Codabar read back by rxing (which drops the start/stop characters and leaves a check
//! character in the text), and its refusals of bad input.

mod support;

use codevault_formats::EncodeError;
use codevault_formats::linear::codabar::{self, CodabarOptions};
use proptest::prelude::*;
use rxing::BarcodeFormat;

const INNER: &[u8] = b"0123456789-$:/.+";

fn opts(check_digit: bool) -> CodabarOptions {
    let mut o = CodabarOptions::default();
    o.check_digit = check_digit;
    o
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    // rxing needs at least two characters between start and stop.
    #[test]
    fn round_trips(start in 0usize..4, stop in 0usize..4,
                   idx in prop::collection::vec(0usize..16, 2..30), check: bool) {
        let inner: String = idx.iter().map(|&i| INNER[i] as char).collect();
        let data = format!("{}{inner}{}", b"ABCD"[start] as char, b"ABCD"[stop] as char);
        let sym = codabar::encode(data.as_bytes(), &opts(check)).unwrap();
        let text = support::decode_as(&sym, BarcodeFormat::CODABAR).unwrap();
        if check {
            // The check character makes the sum of all values a multiple of 16.
            let value = |c: u8| b"0123456789-$:/.+ABCD".iter().position(|&x| x == c).unwrap();
            let sum: usize = data.bytes().map(value).sum::<usize>() + value(*text.as_bytes().last().unwrap());
            prop_assert_eq!(&text[..text.len() - 1], inner.as_str());
            prop_assert_eq!(sum % 16, 0);
        } else {
            prop_assert_eq!(text, inner);
        }
    }

    #[test]
    fn never_panics(data in prop::collection::vec(any::<u8>(), 0..70), check: bool) {
        let _ = codabar::encode(&data, &opts(check));
    }
}

#[test]
fn bad_input() {
    let o = CodabarOptions::default();
    let msg = |d: &[u8]| codabar::encode(d, &o).unwrap_err().to_string();
    assert_eq!(
        msg(b"123B"),
        "invalid Codabar start character '1' at 0: must be A, B, C or D (e.g. A123B)"
    );
    assert_eq!(
        msg(b"A123"),
        "invalid Codabar stop character '3' at 3: must be A, B, C or D (e.g. A123B)"
    );
    assert!(msg(b"A1X3B").contains("'X' at 2: is not in Codabar"));
    assert!(msg(b"A1D3B").contains("A-D may appear only first and last"));
    assert!(msg(b"AB").contains("has 2 characters"));
    let mut long = vec![b'A'];
    long.extend([b'1'; 59]);
    long.push(b'B');
    assert!(matches!(
        codabar::encode(&long, &o),
        Err(EncodeError::DataTooLong { .. })
    ));
}
