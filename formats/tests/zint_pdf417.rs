//! PDF417 against zint 2.11: every vector in `testdata/zint/pdf417/` was written by
//! `scripts/zint_vectors/generate.py` (cases in `pdf417_cases.py`) from zint's `--dump`.
//!
//! - `exact-…` vectors have one clear encodation (pure numeric of 8+ digits, one-sub-mode text,
//!   pure bytes) with the options pinned: compared module for module.
//! - `len-…` vectors are mixed data, where zint 2.11 picks compaction modes by the heuristic of
//!   ISO/IEC 15438 Annex N and we by a shortest-path search, so the codewords may differ: we
//!   read zint's codewords back from its matrix and require ours to be no more, and rxing must
//!   read our symbol back as the input.

mod support;
use support::hex;

use std::path::Path;

use codevault_formats::pdf417::{self, Pdf417Options};
use rxing::BarcodeFormat;

#[derive(serde::Deserialize)]
struct Vector {
    data_hex: String,
    options: Pdf417Options,
    zint: Vec<String>,
    matrix: Vec<String>,
}

/// Data codewords (length descriptor through the macro block) without the 900 pads.
fn data_codewords(words: &[u16]) -> usize {
    let n = usize::from(words[0]).min(words.len());
    let data = &words[..n];
    let end = data.iter().position(|&w| w == 928).unwrap_or(n);
    let pads = data[..end].iter().rev().take_while(|&&w| w == 900).count();
    n - pads
}

/// What rxing should read: the bytes as Latin-1, or as UTF-8 under ECI 26.
fn expected_text(data: &[u8], eci: Option<u32>) -> Option<String> {
    match eci {
        None | Some(3) => Some(data.iter().map(|&b| char::from(b)).collect()),
        Some(26) => String::from_utf8(data.to_vec()).ok(),
        _ => None,
    }
}

#[test]
fn matches_zint() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../testdata/zint/pdf417");
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
        let sym = match pdf417::encode(&data, &v.options) {
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
        if name.starts_with("exact-") {
            exact += 1;
            if ours != v.matrix {
                failures.push(format!(
                    "{name}: ours {}x{} ({:?}), zint {}x{} (zint {})",
                    sym.matrix.width(),
                    sym.matrix.height(),
                    sym.meta,
                    v.matrix.first().map_or(0, String::len),
                    v.matrix.len(),
                    v.zint.join(" ")
                ));
            }
            continue;
        }
        by_length += 1;
        if ours == v.matrix {
            same += 1;
        }
        let zint_matrix = codevault_formats::Matrix::from_bools(
            &v.matrix
                .iter()
                .map(|r| r.bytes().map(|b| b == b'1').collect())
                .collect::<Vec<_>>(),
        );
        let compact = v.options.compact;
        let theirs = pdf417::read_codewords(&zint_matrix, compact).expect("zint codewords");
        let mine = pdf417::read_codewords(&sym.matrix, compact).expect("our codewords");
        let (t, m) = (data_codewords(&theirs), data_codewords(&mine));
        if m > t {
            failures.push(format!("{name}: {m} data codewords, zint {t}"));
        }
        if m < t {
            shorter += 1;
        }
        if let Some(want) = expected_text(&data, v.options.eci) {
            match support::decode_as(&sym, BarcodeFormat::PDF_417) {
                Ok(text) if text == want => {}
                other => failures.push(format!("{name}: rxing read {other:?}, want {want:?}")),
            }
        }
    }
    println!(
        "pdf417 zint vectors: {} ({exact} module-exact, {by_length} by length and decoding, \
         {shorter} of those shorter than zint, {same} identical to zint), {} failures",
        files.len(),
        failures.len()
    );
    for f in failures.iter().take(40) {
        println!("  {f}");
    }
    assert!(
        files.len() >= 60,
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
