//! Scan-back proof with an independent decoder (rxing): every version × level, and property
//! tests over random data in every mode.

mod support;

use codevault_formats::qr::{EcLevel, Mode, QrOptions, encode_qr};
use proptest::prelude::*;
use support::decode_qr;

#[test]
fn every_version_and_level_decodes() {
    let alphabet = b"abcdefghijklmnopqrstuvwxyz0123456789 -./:ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut failures = Vec::new();
    for version in 1..=40u8 {
        for ecc in EcLevel::ALL {
            // Fill most of the symbol with varied text (byte mode dominates).
            let probe = QrOptions {
                ecc,
                boost: false,
                version: Some(version),
                ..QrOptions::default()
            };
            let cap = encode_qr(b"", &probe).unwrap().meta.capacity_bits / 8;
            let len = cap.saturating_sub(4 + cap / 20).max(1);
            let text: String = (0..len)
                .map(|i| alphabet[(i * 7 + usize::from(version)) % alphabet.len()] as char)
                .collect();
            let symbol = match encode_qr(text.as_bytes(), &probe) {
                Ok(s) => s,
                Err(e) => {
                    failures.push(format!("{version}-{ecc:?}: encode {e}"));
                    continue;
                }
            };
            assert_eq!(symbol.meta.version, version.to_string());
            match decode_qr(&symbol) {
                Ok(read) if read == text => {}
                Ok(read) => failures.push(format!(
                    "{version}-{ecc:?}: read {} chars, wrong",
                    read.len()
                )),
                Err(e) => failures.push(format!("{version}-{ecc:?}: {e}")),
            }
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

fn round_trip(text: &str, options: &QrOptions) -> Result<(), TestCaseError> {
    let symbol =
        encode_qr(text.as_bytes(), options).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let read = decode_qr(&symbol).map_err(TestCaseError::fail)?;
    prop_assert_eq!(read, text);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn numeric_round_trips(text in "[0-9]{1,600}", ecc in 0..4usize) {
        let options = QrOptions { ecc: EcLevel::ALL[ecc], mode: Some(Mode::Numeric), ..QrOptions::default() };
        round_trip(&text, &options)?;
    }

    #[test]
    fn alphanumeric_round_trips(text in "[0-9A-Z $%*+./:-]{1,400}", ecc in 0..4usize) {
        let options = QrOptions { ecc: EcLevel::ALL[ecc], mode: Some(Mode::Alphanumeric), ..QrOptions::default() };
        round_trip(&text, &options)?;
    }

    #[test]
    fn ascii_mixed_round_trips(text in "[ -~]{1,300}", ecc in 0..4usize) {
        round_trip(&text, &QrOptions { ecc: EcLevel::ALL[ecc], ..QrOptions::default() })?;
    }

    #[test]
    fn kanji_round_trips(text in "[亜-腕]{1,60}") {
        let options = QrOptions { mode: Some(Mode::Kanji), ..QrOptions::default() };
        // Characters of JIS level 1 and 2 are all in Shift JIS; anything else must be refused.
        match encode_qr(text.as_bytes(), &options) {
            Ok(symbol) => prop_assert_eq!(decode_qr(&symbol).map_err(TestCaseError::fail)?, text),
            Err(e) => prop_assert!(e.to_string().contains("kanji mode"), "{}", e),
        }
    }

    #[test]
    fn unicode_with_eci_round_trips(text in "\\PC{1,80}") {
        let options = QrOptions { eci: Some(26), kanji: false, ..QrOptions::default() };
        round_trip(&text, &options)?;
    }
}
