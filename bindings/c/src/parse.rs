//! Reading the JSON fragments `cv_encode` and `cv_symbol_to_*` take (a symbology name,
//! encoder options, a style) with the facade's own types and error codes.
//!
//! The facade parses these only as parts of a whole request; the fragments here go through the
//! same serde types, and the facade's request parser diagnoses what it diagnoses specially
//! (unknown symbology names, bad colours), so the codes match `cv_generate` exactly.

use facade::{EncodeOptions, Error, Request, Style, Symbology};
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

/// A JSON syntax or schema error as the facade reports it (`invalid-json` with line and column).
fn json_error(e: &serde_json::Error) -> Error {
    let full = e.to_string();
    let message = match full.rfind(" at line ") {
        Some(i) if e.line() > 0 => full[..i].to_string(),
        _ => full,
    };
    Error::InvalidJson {
        line: e.line(),
        column: e.column(),
        message,
    }
}

fn from_json<T: DeserializeOwned>(text: &str) -> Result<T, Error> {
    serde_json::from_str(text).map_err(|e| json_error(&e))
}

/// What the facade's request parser says about a request made of `field: value`, if it refuses
/// it with a code other than `invalid-json`.
fn request_diagnosis(field: &str, value: Value) -> Option<Error> {
    let mut probe = json!({ "data": "" });
    probe[field] = value;
    match Request::from_json(&probe.to_string()) {
        Err(e) if !matches!(e, Error::InvalidJson { .. }) => Some(e),
        _ => None,
    }
}

/// A symbology name (`"qr"`, `"micro-qr"`, `"rmqr"`); `None` is the request default.
pub(crate) fn symbology(name: Option<&str>) -> Result<Symbology, Error> {
    match name {
        None => Ok(Request::default().symbology),
        Some(name) => {
            match serde_json::from_value(Value::from(name)) {
                Ok(s) => Ok(s),
                Err(e) => Err(request_diagnosis("symbology", Value::from(name))
                    .unwrap_or_else(|| json_error(&e))),
            }
        }
    }
}

/// Encoder options as in a request's `options`; `None` gives the defaults.
pub(crate) fn options(text: Option<&str>) -> Result<EncodeOptions, Error> {
    text.map_or_else(|| Ok(EncodeOptions::default()), from_json)
}

/// A style as in a request's `style`; `None` gives the default.
pub(crate) fn style(text: Option<&str>) -> Result<Style, Error> {
    let Some(text) = text else {
        return Ok(Style::default());
    };
    from_json(text).map_err(|e| {
        serde_json::from_str::<Value>(text)
            .ok()
            .and_then(|value| request_diagnosis("style", value))
            .unwrap_or(e)
    })
}

#[cfg(test)]
mod tests {
    use facade::ErrorCode;

    use super::*;

    #[test]
    fn fragments_fail_with_the_request_codes() {
        assert_eq!(symbology(Some("rmqr")).unwrap(), Symbology::Rmqr);
        assert_eq!(symbology(None).unwrap(), Symbology::Qr);
        let e = symbology(Some("hexcode")).unwrap_err();
        assert_eq!(e.code(), ErrorCode::UnknownSymbology);
        assert_eq!(
            style(Some(r##"{"dark": "#12"}"##)).unwrap_err().code(),
            ErrorCode::InvalidColor
        );
        let e = style(Some("{\n \"module_sise\": 3}")).unwrap_err();
        assert!(matches!(e, Error::InvalidJson { line: 2, .. }), "{e}");
        assert_eq!(
            options(Some(r#"{"ecc": "X"}"#)).unwrap_err().code(),
            ErrorCode::InvalidJson
        );
        assert_eq!(
            options(Some(r#"{"version": 3}"#))
                .unwrap()
                .version
                .as_deref(),
            Some("3")
        );
    }
}
