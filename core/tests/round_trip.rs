//! Scan-back: what the facade renders, rxing reads.
#![cfg(all(feature = "qr", feature = "svg", feature = "png", feature = "text"))]

use codevault::{EcLevel, OutputFormat, QrCode, Request, Style, generate, generate_json};
use rxing::BarcodeFormat;
use serde_json::Value;

fn scan(png: &[u8]) -> String {
    rxing::helpers::detect_in_buffer(png, Some(BarcodeFormat::QR_CODE))
        .expect("rxing reads the PNG")
        .getText()
        .to_owned()
}

#[test]
fn generate_png_scans_back() {
    for text in [
        "HELLO WORLD",
        "https://example.com/?q=codevault",
        "0123456789012345",
        "Grüße",
    ] {
        let mut request = Request::text(text);
        request.outputs = vec![OutputFormat::Png];
        request.style = Style {
            module_size: 4,
            ..Style::default()
        };
        let artifacts = generate(&request).unwrap();
        assert_eq!(scan(&artifacts.outputs[0].bytes), text);
    }
}

#[test]
fn json_path_png_scans_back() {
    let json = generate_json(
        r#"{"data_base64": "aHR0cHM6Ly9leGFtcGxlLmNvbQ==", "options": {"ecc": "H"},
            "style": {"module_size": 3}, "outputs": ["png", "matrix"]}"#,
    )
    .unwrap();
    let value: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["symbol"]["ecc"], "H");
    assert_eq!(value["outputs"][0]["format"], "png");
    assert_eq!(value["outputs"][0]["media_type"], "image/png");
    let png = codevault::decode_base64(value["outputs"][0]["bytes"].as_str().unwrap()).unwrap();
    assert_eq!(scan(&png), "https://example.com");
    let rows = codevault::decode_base64(value["outputs"][1]["bytes"].as_str().unwrap()).unwrap();
    let width = value["symbol"]["width"].as_u64().unwrap() as usize;
    let rows = String::from_utf8(rows).unwrap();
    assert!(rows.lines().all(|l| l.len() == width));
}

#[test]
fn builder_matches_generate() {
    let code = QrCode::new("builder")
        .ecc(EcLevel::Q)
        .version(3)
        .mask(4)
        .boost(false);
    let request = code.to_request(&[OutputFormat::Svg, OutputFormat::Png, OutputFormat::Matrix]);
    let artifacts = generate(&request).unwrap();
    assert_eq!(artifacts.symbol.version, "3");
    assert_eq!(artifacts.symbol.ecc.as_deref(), Some("Q"));
    assert_eq!(artifacts.symbol.mask, Some(4));
    assert_eq!(artifacts.outputs[0].text().unwrap(), code.to_svg().unwrap());
    assert_eq!(artifacts.outputs[1].bytes, code.to_png().unwrap());
    assert_eq!(
        artifacts.outputs[2].text().unwrap(),
        code.to_matrix().unwrap().to_text_rows()
    );
    assert_eq!(scan(&code.to_png().unwrap()), "builder");
    assert!(code.to_text().unwrap().contains('█'));
}

#[test]
fn binary_data_round_trips_through_base64() {
    let bytes: Vec<u8> = vec![0, 1, 2, 0xfe, 0xff, 0x80];
    let request = Request::bytes(&bytes);
    assert!(request.data.is_none());
    assert_eq!(request.payload().unwrap(), bytes);
    let back = Request::from_json(&request.to_json()).unwrap();
    assert_eq!(back, request);
}

#[test]
fn artifacts_json_round_trips() {
    let mut request = Request::text("round trip");
    request.outputs = OutputFormat::ALL.to_vec();
    let artifacts = generate(&request).unwrap();
    let back: codevault::Artifacts = serde_json::from_str(&artifacts.to_json()).unwrap();
    assert_eq!(back, artifacts);
    assert!(artifacts.get(OutputFormat::Txt).is_some());
}

#[test]
fn text_with_an_eci_is_converted_to_its_charset() {
    for (text, eci) in [
        ("Grüße aus Köln", 3u32),
        ("Привет", 7),
        ("Καλημέρα", 9),
        ("日本語", 20),
    ] {
        let mut request = Request::text(text);
        request.options.eci = Some(eci);
        request.outputs = vec![OutputFormat::Png];
        request.style = Style {
            module_size: 4,
            ..Style::default()
        };
        let artifacts = generate(&request).unwrap();
        assert_eq!(scan(&artifacts.outputs[0].bytes), text, "ECI {eci}");
    }
}
