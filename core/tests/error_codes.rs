//! Every error code: its number, its name and the exact message of a typical error. The numbers
//! are part of the C ABI and of every binding: never change or reuse one, only append.

use codevault::{EncodeError, Error, ErrorCode, RenderError, Request, generate};

fn table() -> Vec<(Error, u32, &'static str, &'static str)> {
    vec![
        (
            Error::InvalidJson {
                line: 2,
                column: 7,
                message: "expected value".into(),
            },
            1,
            "invalid-json",
            "invalid request json at line 2 column 7: expected value",
        ),
        (
            Error::MissingData,
            2,
            "missing-data",
            "request has no data: set exactly one of data and data_base64",
        ),
        (
            Error::ConflictingData,
            3,
            "conflicting-data",
            "request has both data and data_base64: set exactly one",
        ),
        (
            Error::InvalidBase64 { position: 3 },
            4,
            "invalid-base64",
            "invalid base64 in data_base64 at character 3",
        ),
        (
            Error::UnknownSymbology {
                name: "qr-code".into(),
                expected: "qr, micro-qr, rmqr".into(),
            },
            5,
            "unknown-symbology",
            "unknown symbology \"qr-code\": expected one of qr, micro-qr, rmqr",
        ),
        (
            Error::UnsupportedSymbology {
                name: "rmqr".into(),
            },
            6,
            "unsupported-symbology",
            "symbology rmqr is not built into this library (enable its feature)",
        ),
        (
            Error::UnsupportedOutput {
                format: "png".into(),
            },
            7,
            "unsupported-output",
            "output format png is not built into this library (enable its feature)",
        ),
        (
            Error::Encode(EncodeError::InvalidOption {
                option: "mask",
                value: "9".into(),
                expected: "QR masks are 0-7".into(),
            }),
            8,
            "invalid-option",
            "invalid mask 9: QR masks are 0-7",
        ),
        (
            Error::Encode(EncodeError::DataTooLong {
                needed_bits: 24960,
                capacity_bits: 23648,
                symbol: "QR 40-L".into(),
            }),
            9,
            "data-too-long",
            "data needs 24,960 bits (3,120 bytes); QR 40-L holds 23,648 bits (2,956 bytes): \
             shorten the data, lower the error correction level or allow a larger symbol",
        ),
        (
            Error::Encode(EncodeError::CharNotInMode {
                mode: "numeric",
                charset: "digits 0-9",
                position: 2,
                character: "A".into(),
            }),
            10,
            "char-not-in-mode",
            "character \"A\" at byte 2 cannot be encoded in numeric mode (digits 0-9): remove the \
             forced mode or the character",
        ),
        (
            Error::Encode(EncodeError::CharNotInCharset {
                eci: 3,
                charset: "ISO-8859-1",
                position: 2,
                character: "€".into(),
            }),
            16,
            "char-not-in-charset",
            "character \"€\" at byte 2 is not in ISO-8859-1 (ECI 3): use ECI 26 (UTF-8) or \
             remove the character",
        ),
        (
            Error::Encode(EncodeError::InvalidData {
                field: "EAN-13 check digit".into(),
                reason: "is 7, should be 3".into(),
            }),
            17,
            "invalid-data",
            "invalid EAN-13 check digit: is 7, should be 3",
        ),
        (
            Error::Render(RenderError::InvalidColor {
                value: "red-ish".into(),
            }),
            12,
            "invalid-color",
            "invalid colour \"red-ish\": use #RGB, #RRGGBB, #RRGGBBAA or black, white, transparent",
        ),
        (
            Error::Render(RenderError::InvalidSize {
                what: "module size",
                value: 0,
                max: 1000,
            }),
            13,
            "invalid-size",
            "module size 0 is out of range: use a value from 1 to 1000",
        ),
        (
            Error::Render(RenderError::ImageTooLarge {
                width: 20000,
                height: 20000,
                max_pixels: 100_000_000,
            }),
            14,
            "image-too-large",
            "image of 20000x20000 pixels exceeds the limit of 100000000 pixels: use a smaller \
             module size or quiet zone",
        ),
        (
            Error::Render(RenderError::Png {
                message: "boom".into(),
            }),
            15,
            "render-failed",
            "png encoding failed: boom",
        ),
    ]
}

#[test]
fn every_code_number_name_and_message() {
    for (error, number, name, message) in table() {
        let code = error.code();
        assert_eq!(code.as_u32(), number, "{error:?}");
        assert_eq!(code.name(), name, "{error:?}");
        assert_eq!(code.to_string(), name);
        assert_eq!(ErrorCode::from_u32(number), Some(code));
        assert_eq!(error.to_string(), message, "{error:?}");
    }
}

#[test]
fn table_covers_every_code_but_the_catch_all() {
    let covered: Vec<ErrorCode> = table().iter().map(|(e, ..)| e.code()).collect();
    for code in ErrorCode::ALL {
        // `encode-failed` is the catch-all for encoder errors added after this facade.
        if code != ErrorCode::EncodeFailed {
            assert!(covered.contains(&code), "{code} has no row in the table");
        }
    }
}

#[test]
fn codes_are_dense_from_one_and_zero_is_success() {
    assert_eq!(ErrorCode::from_u32(0), None);
    for (i, code) in ErrorCode::ALL.iter().enumerate() {
        assert_eq!(code.as_u32() as usize, i + 1, "{code}");
    }
    assert_eq!(ErrorCode::from_u32(ErrorCode::ALL.len() as u32 + 1), None);
    let mut names: Vec<&str> = ErrorCode::ALL.iter().map(|c| c.name()).collect();
    names.sort();
    names.dedup();
    assert_eq!(names.len(), ErrorCode::ALL.len(), "duplicate names");
}

#[test]
fn json_errors_carry_line_and_column() {
    let err = Request::from_json("{\"data\": \"x\",\n  \"outputs\": [\"svg\",]}").unwrap_err();
    match &err {
        Error::InvalidJson {
            line,
            column,
            message,
        } => {
            assert_eq!((*line, *column), (2, 21), "{err}");
            assert!(!message.contains(" at line "), "{message}");
        }
        other => panic!("{other:?}"),
    }
    let err = Request::from_json("{\"data\": \"x\", \"colour\": \"red\"}").unwrap_err();
    assert!(err.to_string().contains("unknown field `colour`"), "{err}");
}

#[test]
fn request_errors_from_generate() {
    let mut both = Request::text("x");
    both.data_base64 = Some("eA==".into());
    let mut bad_base64 = Request::default();
    bad_base64.data_base64 = Some("e A==".into());
    let cases = [
        (Request::default(), ErrorCode::MissingData),
        (both, ErrorCode::ConflictingData),
        (bad_base64, ErrorCode::InvalidBase64),
    ];
    for (request, code) in cases {
        assert_eq!(generate(&request).unwrap_err().code(), code, "{request:?}");
    }
}

#[test]
fn errors_are_send_sync_and_static() {
    fn check<T: std::error::Error + Send + Sync + 'static>() {}
    check::<Error>();
}

#[test]
fn readme_table_lists_every_code() {
    let readme = include_str!("../README.md");
    for code in ErrorCode::ALL {
        let row = format!("| {} | `{}` |", code.as_u32(), code.name());
        assert!(readme.contains(&row), "README.md lacks the row {row}");
    }
}

#[test]
fn error_info_is_plain_json() {
    let err = codevault::generate_json(r#"{"data": "x", "options": {"mask": 9}}"#).unwrap_err();
    let json = serde_json::to_value(err.info()).unwrap();
    assert_eq!(json["code"], 8);
    assert_eq!(json["name"], "invalid-option");
    assert_eq!(json["message"], err.to_string());
}
