//! Our GS1 element-string vectors (testdata/gs1/vectors.json, written by
//! scripts/gs1/make_vectors.py): each one's verdict and error field, and agreement with the verdict
//! zint 2.11.1 gave (recorded in the JSON, so zint is not needed here).
//!
//! zint 2.11 reports linter failures as "Warning 261" and still encodes; we refuse them. Both its
//! warnings and its errors count as "zint rejects". Where we deliberately disagree the vector says
//! why in `differs` (zint 2.11 does not check req=/ex= associations or repeated AIs, predates some
//! AIs, and accepts a 2-digit company prefix); the test checks those still disagree, so the notes
//! stay true.

use codevault_formats::EncodeError;
use codevault_formats::gs1::ElementString;
use serde::Deserialize;

#[derive(Deserialize)]
struct File {
    zint_version: String,
    vectors: Vec<Vector>,
}

#[derive(Deserialize)]
struct Vector {
    name: String,
    input: String,
    valid: bool,
    field: Option<String>,
    reason: Option<String>,
    zint: Option<Zint>,
    differs: Option<String>,
}

#[derive(Deserialize)]
struct Zint {
    verdict: String,
    message: String,
}

fn load() -> File {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../testdata/gs1/vectors.json");
    let text = std::fs::read_to_string(path).expect("testdata/gs1/vectors.json");
    serde_json::from_str(&text).expect("vectors.json parses")
}

#[test]
fn verdicts_and_fields() {
    let file = load();
    assert!(file.vectors.len() >= 80);
    let mut failures = Vec::new();
    for v in &file.vectors {
        match (ElementString::parse(v.input.as_bytes()), v.valid) {
            (Ok(_), true) => {}
            (Ok(es), false) => failures.push(format!("{}: accepted {:?}", v.name, es.to_hri())),
            (Err(e), true) => failures.push(format!("{}: rejected: {e}", v.name)),
            (Err(EncodeError::InvalidData { field, reason }), false) => {
                if let Some(want) = &v.field {
                    if !field.contains(want.as_str()) {
                        failures.push(format!("{}: field {field:?} lacks {want:?}", v.name));
                    }
                }
                if let Some(want) = &v.reason {
                    if !reason.contains(want.as_str()) {
                        failures.push(format!("{}: reason {reason:?} lacks {want:?}", v.name));
                    }
                }
            }
            (Err(e), false) => failures.push(format!("{}: not InvalidData: {e:?}", v.name)),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn agrees_with_zint_except_where_documented() {
    let file = load();
    assert_eq!(file.zint_version, "2.11.1");
    let (mut compared, mut differing) = (0, 0);
    let mut failures = Vec::new();
    for v in &file.vectors {
        let Some(z) = &v.zint else { continue };
        compared += 1;
        let zint_rejects = z.verdict != "ok";
        let agree = zint_rejects != v.valid;
        match (&v.differs, agree) {
            (None, false) => failures.push(format!(
                "{}: we say valid={}, zint says {} ({}) and no `differs` note explains it",
                v.name, v.valid, z.verdict, z.message
            )),
            (Some(why), true) => {
                failures.push(format!("{}: `differs` ({why}) but zint now agrees", v.name))
            }
            (Some(_), false) => differing += 1,
            (None, true) => {}
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(compared >= 80, "{compared} vectors compared with zint");
    assert!(
        differing * 5 < compared,
        "{differing} of {compared} differ from zint"
    );
}

#[test]
fn raw_form_round_trips_through_fnc1_data() {
    // Every valid bracket vector: its FNC1 data, read back as raw form, gives the same elements.
    for v in load()
        .vectors
        .iter()
        .filter(|v| v.valid && v.input.starts_with('['))
    {
        let es = ElementString::parse(v.input.as_bytes()).unwrap();
        let raw = es.to_fnc1_data();
        let again = ElementString::parse(&raw).unwrap_or_else(|e| {
            panic!("{}: raw {:?}: {e}", v.name, raw.escape_ascii().to_string())
        });
        assert_eq!(again, es, "{}", v.name);
        let hri = ElementString::parse(es.to_hri().as_bytes()).unwrap();
        assert_eq!(hri.elements.len(), es.elements.len(), "{}", v.name);
    }
}
