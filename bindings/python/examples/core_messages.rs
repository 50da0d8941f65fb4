//! Prints, as JSON, the error the Rust facade gives for every bad example request:
//! `{"<file name>": {"code": 9, "name": "data-too-long", "message": "…"}, …}`.
//!
//! `test.sh` runs it so the Python suite can check that every exception carries the core's
//! exact message (`CODEVAULT_CORE_MESSAGES=<file>`).

use std::{fs, path::PathBuf};

fn main() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../core/examples/requests/bad");
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .expect("core/examples/requests/bad")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    let mut out = String::from("{");
    for (i, path) in files.iter().enumerate() {
        let text = fs::read_to_string(path).expect("request file");
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        let entry = match codevault::generate_json(&text) {
            Ok(_) => "null".to_string(),
            Err(e) => {
                let info = e.info();
                format!(
                    "{{\"code\":{},\"name\":{},\"message\":{}}}",
                    info.code,
                    quote(&info.name),
                    quote(&info.message)
                )
            }
        };
        if i > 0 {
            out.push(',');
        }
        out.push_str(&format!("\n  {}: {entry}", quote(&name)));
    }
    out.push_str("\n}");
    println!("{out}");
}

fn quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
