//! Untrusted input never panics the facade: any string into `generate_json`, any option mix
//! into `generate`, always `Ok` or an `Error` with a one-line message.
#![cfg(feature = "qr")]

use codevault::{EcLevel, Mode, OutputFormat, Request, Symbology, generate, generate_json};
use proptest::prelude::*;

fn check_error(err: &codevault::Error) {
    let message = err.to_string();
    assert!(
        !message.is_empty() && !message.contains('\n'),
        "{message:?}"
    );
    assert!(err.code().as_u32() >= 1);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_string(json in ".{0,200}") {
        if let Err(e) = generate_json(&json) {
            check_error(&e);
        }
    }

    #[test]
    fn json_shaped_strings(
        data in "[ -~]{0,40}",
        symbology in prop::sample::select(vec!["qr", "micro-qr", "rmqr", "aztec", ""]),
        version in prop::sample::select(vec!["1", "40", "41", "0", "M1", "M4", "M5", "R7x43", "R17x139", "x", "-3"]),
        mask in 0u8..12,
        ecc in prop::sample::select(vec!["L", "M", "Q", "H", "X"]),
    ) {
        let json = serde_json::json!({
            "data": data,
            "symbology": symbology,
            "options": {"version": version, "mask": mask, "ecc": ecc},
            "outputs": ["matrix"],
        })
        .to_string();
        if let Err(e) = generate_json(&json) {
            check_error(&e);
        }
    }

    #[test]
    fn any_options(
        data in prop::collection::vec(any::<u8>(), 0..300),
        symbology in prop::sample::select(Symbology::ALL.to_vec()),
        ecc in prop::sample::select(EcLevel::ALL.to_vec()),
        boost in any::<bool>(),
        version in prop::option::of(0u32..50),
        mask in prop::option::of(0u8..10),
        mode in prop::option::of(prop::sample::select(vec![Mode::Numeric, Mode::Alphanumeric, Mode::Byte, Mode::Kanji])),
        eci in prop::option::of(prop::sample::select(vec![0u32, 3, 26, 899, 999_999, 1_000_000])),
    ) {
        let mut request = Request::bytes(&data);
        request.symbology = symbology;
        request.options.ecc = ecc;
        request.options.boost = boost;
        request.options.version = version.map(|v| v.to_string());
        request.options.mask = mask;
        request.options.mode = mode;
        request.options.eci = eci;
        request.outputs = vec![OutputFormat::Matrix, OutputFormat::Txt];
        match generate(&request) {
            Ok(artifacts) => {
                let rows = artifacts.outputs[0].text().unwrap();
                prop_assert_eq!(rows.lines().count(), artifacts.symbol.height);
                prop_assert!(rows.lines().all(|l| l.len() == artifacts.symbol.width));
            }
            Err(e) => check_error(&e),
        }
    }
}
