//! `docs/request.schema.json` is generated: this test regenerates it and fails on any
//! difference. Regenerate with `CODEVAULT_BLESS=1 cargo test -p codevault --test schema`.
#![cfg(all(feature = "schema", feature = "qr"))]

use std::path::PathBuf;

use codevault::{EncodeOptions, Request, Style, request_schema};
use serde_json::Value;

fn schema_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../docs/request.schema.json")
}

#[test]
fn checked_in_schema_is_current() {
    let fresh = request_schema();
    let path = schema_path();
    if std::env::var_os("CODEVAULT_BLESS").is_some() {
        std::fs::write(&path, &fresh).expect("write docs/request.schema.json");
        return;
    }
    let stored = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        stored == fresh,
        "docs/request.schema.json is out of date: run CODEVAULT_BLESS=1 cargo test -p codevault \
         --test schema"
    );
}

fn schema() -> Value {
    serde_json::from_str(&request_schema()).unwrap()
}

/// Follows a `$ref` to `$defs` (or returns the value itself).
fn resolve<'a>(root: &'a Value, v: &'a Value) -> &'a Value {
    match v.get("$ref").and_then(Value::as_str) {
        Some(r) => &root["$defs"][r.trim_start_matches("#/$defs/")],
        None => v,
    }
}

fn property_names(root: &Value, def: &Value) -> Vec<String> {
    let mut names: Vec<String> = resolve(root, def)["properties"]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect();
    names.sort();
    names
}

fn object_keys(v: &Value) -> Vec<String> {
    let mut names: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
    names.sort();
    names
}

#[test]
fn style_mirror_matches_style() {
    let root = schema();
    let style_def = &root["properties"]["style"];
    let full = Style {
        quiet_zone: Some(2),
        dpi: Some(300),
        x_dim_mm: Some(0.33),
        bar_height: Some(50.0),
        bar_height_mm: Some(20.0),
        print_gain: 5.0,
        text: false,
        font_size: Some(8.0),
        quiet_zone_markers: true,
        bearer_thickness: Some(2.0),
        dot_size: Some(0.7),
        ..Style::default()
    };
    assert_eq!(
        property_names(&root, style_def),
        object_keys(&serde_json::to_value(full).unwrap())
    );
}

#[test]
fn options_schema_lists_every_option() {
    let root = schema();
    let options_def = &root["properties"]["options"];
    let mut full = EncodeOptions::default();
    full.version = Some("5".into());
    full.mask = Some(1);
    full.mode = Some(codevault::Mode::Byte);
    full.eci = Some(26);
    full.structured_append = Some(codevault::StructuredAppend {
        index: 1,
        count: 2,
        parity: 0,
    });
    full.ecc_percent = Some(23);
    full.security_level = Some(4);
    full.columns = Some(5);
    full.rows = Some(10);
    full.aspect_ratio = Some(0.5);
    full.compact = true;
    full.reader_init = true;
    full.square_only = true;
    full.dmre = true;
    full.check_digit = true;
    full.full_ascii = true;
    full.addon = Some("12".into());
    full.addon_gap = Some(9);
    full.show_check_digits = true;
    full.extra_escape = true;
    full.maxicode_mode = Some(2);
    full.primary = Some("152382802840001".into());
    full.scm_vv = Some(96);
    full.structured_append_id = Some("ID7".into());
    full.macro_pdf417 = Some(codevault::MacroPdf417::new(0, 2, "123"));
    full.bearer = Some(codevault::ItfBearer::Frame);
    assert_eq!(
        property_names(&root, options_def),
        object_keys(&serde_json::to_value(full).unwrap())
    );
}

#[test]
fn request_schema_lists_every_field() {
    let root = schema();
    let mut request = Request::text("x");
    request.data_base64 = Some(String::new());
    let mut expected = object_keys(&serde_json::to_value(&request).unwrap());
    expected.sort();
    assert_eq!(object_keys(&root["properties"]), expected);
}

#[test]
fn enum_mirrors_match_serde_names() {
    let text = request_schema();
    for name in [
        "\"qr\"",
        "\"micro-qr\"",
        "\"rmqr\"",
        "\"numeric\"",
        "\"alphanumeric\"",
        "\"gs1\"",
    ] {
        assert!(text.contains(name), "{name} missing from the schema");
    }
    for symbology in [
        codevault::Symbology::Qr,
        codevault::Symbology::MicroQr,
        codevault::Symbology::Rmqr,
    ] {
        let json = serde_json::to_string(&symbology).unwrap();
        assert!(text.contains(&json), "{json} missing from the schema");
    }
    for ecc in codevault::EcLevel::ALL {
        let json = serde_json::to_string(&ecc).unwrap();
        assert!(text.contains(&json), "{json} missing from the schema");
    }
}

#[test]
fn symbology_schema_lists_every_symbology_by_its_name() {
    let root = schema();
    let text = serde_json::to_string(&root).unwrap();
    for s in codevault::Symbology::ALL {
        assert!(
            text.contains(&format!("\"const\":\"{}\"", s.name())),
            "schema lacks {}",
            s.name()
        );
        let json = serde_json::to_value(s).unwrap();
        assert_eq!(json, s.name(), "serde name of {s:?}");
        assert_eq!(codevault::Symbology::from_name(s.name()), Some(s));
    }
}
