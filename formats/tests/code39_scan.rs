//! Code 39 read back by rxing (plain, with the mod-43 check verified by the reader, and full
//! ASCII expanded by the reader's extended mode), and its refusals of bad input.

mod support;

use codevault_formats::linear::code39::{self, Code39Options};
use codevault_formats::{EncodeError, Symbol};
use proptest::prelude::*;
use rxing::Reader;

const CHARSET: &str = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-. $/+%";

/// What rxing's Code 39 reader reads, verifying the check character and expanding full ASCII as
/// asked.
fn read(symbol: &Symbol, check: bool, full_ascii: bool) -> Result<String, String> {
    let (px, w, h) = support::rasterize_any(symbol, 2);
    let source = rxing::Luma8LuminanceSource::new(px, w, h).map_err(|e| e.to_string())?;
    let mut bitmap = rxing::BinaryBitmap::new(rxing::common::HybridBinarizer::new(source));
    rxing::oned::Code39Reader::with_all_config(check, full_ascii)
        .decode(&mut bitmap)
        .map(|r| r.getText().to_string())
        .map_err(|e| e.to_string())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn plain_round_trips(idx in prop::collection::vec(0usize..43, 1..30), check: bool) {
        let data: String = idx.iter().map(|&i| CHARSET.as_bytes()[i] as char).collect();
        let sym = code39::encode(data.as_bytes(), &Code39Options::new(check, false)).unwrap();
        prop_assert_eq!(read(&sym, check, false), Ok(data));
    }

    #[test]
    fn full_ascii_round_trips(data in "[\\x01-\\x7f]{1,20}", check: bool) {
        let sym = code39::encode(data.as_bytes(), &Code39Options::new(check, true)).unwrap();
        prop_assert_eq!(read(&sym, check, true), Ok(data));
    }

    #[test]
    fn never_panics(data in prop::collection::vec(any::<u8>(), 0..100), check: bool, full: bool) {
        let _ = code39::encode(&data, &Code39Options::new(check, full));
    }
}

#[test]
fn generic_reader_reads_it() {
    let sym = code39::encode(b"CODE 39-TEST", &Code39Options::default()).unwrap();
    assert_eq!(
        support::decode_as(&sym, rxing::BarcodeFormat::CODE_39),
        Ok("CODE 39-TEST".to_string())
    );
}

#[test]
fn bad_input() {
    let plain = Code39Options::default();
    let msg = |d: &[u8], o: &Code39Options| code39::encode(d, o).unwrap_err().to_string();
    assert_eq!(
        msg(b"AB*C", &plain),
        "invalid Code 39 character '*' at 2: is not in Code 39 (0-9 A-Z space - . $ / + %): set \
         full_ascii to encode every ASCII character"
    );
    assert!(msg(b"Abc", &plain).contains("'b' at 1"));
    assert!(msg(b"A\xC3\xA9", &Code39Options::new(false, true)).contains("\\xC3 at 1"));
    assert!(msg(b"", &plain).contains("empty"));
    let e = code39::encode(&[b'A'; 86], &plain).unwrap_err();
    assert!(matches!(
        e,
        EncodeError::DataTooLong {
            needed_bits: 688,
            capacity_bits: 680,
            ..
        }
    ));
    // 43 lowercase letters spell 86 symbol characters.
    let e = code39::encode(&[b'a'; 43], &Code39Options::new(false, true)).unwrap_err();
    assert!(e.to_string().contains("this data needs 86"), "{e}");
    assert!(code39::encode(&[b'A'; 85], &Code39Options::new(true, false)).is_ok());
}
