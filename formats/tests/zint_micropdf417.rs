//! MicroPDF417 against zint 2.11: every vector in `testdata/zint/micropdf417/` was written by
//! `scripts/zint_vectors/generate.py` (cases in `micropdf417_cases.py`) from zint's `--dump`.
//!
//! - `exact-…` vectors have one clear encodation (pure numeric of 6+ digits, one-sub-mode text,
//!   pure non-text bytes; with ECI, reader initialisation and macro blocks) with the size pinned
//!   or left to the automatic choice: compared module for module.
//! - `len-…` vectors are mixed data (and digit strings of 1–5, which zint puts in text
//!   compaction), where zint 2.11 picks compaction modes by the heuristic of ISO/IEC 15438
//!   Annex N and we by a shortest-path search, so the codewords may differ: we read zint's
//!   codewords back from its matrix and require ours to be no more, and our symbol no larger.
//!   rxing does not read MicroPDF417; `micropdf417_scan.rs` decodes our symbols with zxing-cpp.

mod support;
use support::hex;

use std::path::Path;

use codevault_formats::pdf417::micro::{self, MicroPdf417Options};

#[derive(serde::Deserialize)]
struct Vector {
    data_hex: String,
    options: MicroPdf417Options,
    zint: Vec<String>,
    matrix: Vec<String>,
}

/// Data codewords (data and macro block) without the 900 pads before the macro block.
fn data_codewords(words: &[u16]) -> usize {
    let end = words.iter().position(|&w| w == 928).unwrap_or(words.len());
    let pads = words[..end].iter().rev().take_while(|&&w| w == 900).count();
    words.len() - pads
}

#[test]
fn matches_zint() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../testdata/zint/micropdf417");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    let (mut exact, mut by_length, mut shorter, mut same) = (0, 0, 0, 0);
    let mut failures = Vec::new();
    for file in &files {
        let v: Vector = serde_json::from_str(&std::fs::read_to_string(file).unwrap())
            .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let name = file.file_stem().unwrap().to_string_lossy().into_owned();
        let data = hex(&v.data_hex);
        let sym = match micro::encode(&data, &v.options) {
            Ok(s) => s,
            Err(e) => {
                failures.push(format!("{name}: error {e}"));
                continue;
            }
        };
        let ours: Vec<String> = sym
            .matrix
            .to_text_rows()
            .lines()
            .map(str::to_string)
            .collect();
        let zint_matrix = codevault_formats::Matrix::from_bools(
            &v.matrix
                .iter()
                .map(|r| r.bytes().map(|b| b == b'1').collect())
                .collect::<Vec<_>>(),
        );
        let theirs = micro::read_codewords(&zint_matrix).expect("zint codewords");
        let mine = micro::read_codewords(&sym.matrix).expect("our codewords");
        if name.starts_with("exact-") {
            exact += 1;
            if ours != v.matrix {
                failures.push(format!(
                    "{name}: ours {}x{} ({:?}) {:?}, zint {}x{} {:?} (zint {})",
                    sym.matrix.width(),
                    sym.matrix.height(),
                    sym.meta.version,
                    &mine[..mine.len().min(12)],
                    v.matrix.first().map_or(0, String::len),
                    v.matrix.len(),
                    &theirs[..theirs.len().min(12)],
                    v.zint.join(" ")
                ));
            }
            continue;
        }
        by_length += 1;
        if ours == v.matrix {
            same += 1;
        }
        let (t, m) = (data_codewords(&theirs), data_codewords(&mine));
        if m > t || mine.len() > theirs.len() {
            failures.push(format!(
                "{name}: {m} data codewords in {} ({mine:?}), zint {t} in {} ({theirs:?})",
                mine.len(),
                theirs.len()
            ));
        }
        if m < t {
            shorter += 1;
        }
    }
    println!(
        "micropdf417 zint vectors: {} ({exact} module-exact, {by_length} by length, {shorter} of \
         those shorter than zint, {same} identical to zint), {} failures",
        files.len(),
        failures.len()
    );
    for f in failures.iter().take(40) {
        println!("  {f}");
    }
    assert!(
        files.len() >= 80,
        "only {} vectors under {}",
        files.len(),
        dir.display()
    );
    assert!(
        failures.is_empty(),
        "{} of {} vectors failed",
        failures.len(),
        files.len()
    );
}
