//! Runs every example request in `examples/requests/`: each must generate, and its symbol
//! metadata and matrix must equal the golden `*.golden.json` beside it (regenerate with
//! `CODEVAULT_BLESS=1`). Every request in `examples/requests/bad/` must fail with the error code
//! its file name starts with (e.g. `invalid-option-mask.json` → `invalid-option`).
#![cfg(all(feature = "qr", feature = "svg", feature = "png", feature = "text"))]

use std::{fs, path::PathBuf};

use codevault::{ErrorCode, OutputFormat, Request, generate, generate_json};
use serde_json::{Value, json};

fn dir(sub: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("examples/requests")
        .join(sub)
}

fn json_files(sub: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir(sub))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.extension().is_some_and(|e| e == "json")
                && !p.to_string_lossy().ends_with(".golden.json")
        })
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no requests in {}", dir(sub).display());
    files
}

#[test]
fn good_requests_generate_their_goldens() {
    let bless = std::env::var_os("CODEVAULT_BLESS").is_some();
    let mut failures = Vec::new();
    for path in json_files("") {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let text = fs::read_to_string(&path).unwrap();
        let request = Request::from_json(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        let artifacts = match generate(&request) {
            Ok(a) => a,
            Err(e) => {
                failures.push(format!("{name}: {e}"));
                continue;
            }
        };
        assert_eq!(artifacts.outputs.len(), request.outputs.len(), "{name}");
        for (artifact, format) in artifacts.outputs.iter().zip(&request.outputs) {
            assert_eq!(artifact.format, *format, "{name}");
            assert_eq!(artifact.media_type, format.media_type(), "{name}");
            assert!(!artifact.bytes.is_empty(), "{name}: empty {format}");
            match format {
                OutputFormat::Png => assert_eq!(&artifact.bytes[..8], b"\x89PNG\r\n\x1a\n"),
                OutputFormat::Svg => assert!(artifact.text().unwrap().contains("<svg")),
                _ => assert!(artifact.text().is_some(), "{name}: {format} is not UTF-8"),
            }
        }
        // The JSON path gives the same artifacts.
        let via_json: Value = serde_json::from_str(&generate_json(&text).unwrap()).unwrap();
        assert_eq!(
            via_json,
            serde_json::to_value(&artifacts).unwrap(),
            "{name}"
        );

        // Text goes through the ECI character-set conversion, as `generate` does.
        let symbol = match &request.data {
            Some(text) => codevault::encode_text(request.symbology, text, &request.options),
            None => codevault::encode(
                request.symbology,
                &request.payload().unwrap(),
                &request.options,
            ),
        };
        let matrix = symbol.unwrap().matrix.to_text_rows();
        let golden = json!({
            "symbol": artifacts.symbol,
            "matrix": matrix.lines().collect::<Vec<_>>(),
        });
        let golden_path = path.with_extension("golden.json");
        let fresh = serde_json::to_string_pretty(&golden).unwrap() + "\n";
        if bless {
            fs::write(&golden_path, fresh).unwrap();
        } else if let Ok(stored) = fs::read_to_string(&golden_path) {
            if stored != fresh {
                failures.push(format!("{name}: differs from {}", golden_path.display()));
            }
        } else {
            failures.push(format!("{name}: no golden (run with CODEVAULT_BLESS=1)"));
        }
    }
    assert!(failures.is_empty(), "failures:\n{}", failures.join("\n"));
}

fn expected_code(name: &str) -> ErrorCode {
    ErrorCode::ALL
        .into_iter()
        .filter(|c| name.starts_with(c.name()))
        .max_by_key(|c| c.name().len())
        .unwrap_or_else(|| panic!("{name} does not start with an error code name"))
}

#[test]
fn bad_requests_fail_with_their_code() {
    for path in json_files("bad") {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let text = fs::read_to_string(&path).unwrap();
        let expected = expected_code(&name);
        let err = generate_json(&text).expect_err(&name);
        assert_eq!(err.code(), expected, "{name}: {err}");
        let message = err.to_string();
        assert!(
            !message.is_empty() && !message.ends_with('.'),
            "{name}: {message:?}"
        );
        assert!(
            !message.contains('\n'),
            "{name}: multi-line message {message:?}"
        );
    }
}
