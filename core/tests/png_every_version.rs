//! Every QR version 1–40 at every error correction level, generated as PNG through the facade
//! and read back by rxing from the PNG bytes.
#![cfg(all(feature = "qr", feature = "png"))]

use codevault::{EcLevel, EncodeOptions, OutputFormat, Request, Style, generate};
use rxing::BarcodeFormat;

#[test]
fn every_version_and_level_png_scans_back() {
    let alphabet = "abcdefghijklmnopqrstuvwxyz0123456789 -./:ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut failures = Vec::new();
    for version in 1..=40u32 {
        for ecc in EcLevel::ALL {
            let mut options = EncodeOptions::default();
            options.ecc = ecc;
            options.boost = false;
            options.version = Some(version.to_string());
            // Size the text to fill most of the symbol: probe the capacity first.
            let mut probe = Request::text("");
            probe.options = options.clone();
            probe.outputs = vec![OutputFormat::Matrix];
            let capacity = generate(&probe).unwrap().symbol.capacity_bits / 8;
            let len = capacity.saturating_sub(4 + capacity / 20).max(1);
            let text: String = alphabet
                .chars()
                .cycle()
                .skip(version as usize)
                .take(len)
                .collect();

            let mut request = Request::text(text.as_str());
            request.options = options;
            request.outputs = vec![OutputFormat::Png];
            request.style = Style {
                module_size: 2,
                ..Style::default()
            };
            let artifacts = match generate(&request) {
                Ok(a) => a,
                Err(e) => {
                    failures.push(format!("{version}-{ecc:?}: {e}"));
                    continue;
                }
            };
            assert_eq!(artifacts.symbol.version, version.to_string());
            match rxing::helpers::detect_in_buffer(
                &artifacts.outputs[0].bytes,
                Some(BarcodeFormat::QR_CODE),
            ) {
                Ok(r) if r.getText() == text => {}
                Ok(_) => failures.push(format!("{version}-{ecc:?}: wrong text")),
                Err(e) => failures.push(format!("{version}-{ecc:?}: {e}")),
            }
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}
