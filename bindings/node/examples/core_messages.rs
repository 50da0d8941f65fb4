//! Prints the Rust facade's own error for every bad example request, as JSON
//! `{"<file>": {"code": 9, "name": "data-too-long", "message": "…"}}`, so the Node suite can
//! check that JS errors carry the core's code and message unchanged (`test.sh` sets
//! `CODEVAULT_CORE_MESSAGES` to this output).
//!
//! `cargo run --release --example core_messages -- <repo>/core/examples/requests/bad`

use std::{collections::BTreeMap, fs, path::PathBuf};

fn main() {
    let dir = PathBuf::from(
        std::env::args()
            .nth(1)
            .expect("usage: core_messages <bad-requests-dir>"),
    );
    let mut out = BTreeMap::new();
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .expect("bad requests directory")
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    for path in files {
        let text = fs::read_to_string(&path).expect("readable request");
        let name = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        match codevault::generate_json(&text) {
            Ok(_) => {
                out.insert(name, serde_json::Value::Null);
            }
            Err(e) => {
                out.insert(
                    name,
                    serde_json::to_value(e.info()).expect("ErrorInfo serialises"),
                );
            }
        }
    }
    println!("{}", serde_json::to_string_pretty(&out).expect("JSON"));
}
