//! Drives the fuzz target bodies as plain tests: over every seed in `corpus/<target>/`, and over
//! a small deterministic sweep of option headers, so `cargo test` catches regressions without
//! cargo-fuzz or nightly.

use std::path::Path;

fn seeds(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("corpus")
        .join(target);
    let mut out: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read(&p).unwrap(),
            )
        })
        .collect();
    out.sort();
    out
}

#[test]
fn qr_encode_seed_corpus() {
    let seeds = seeds("qr_encode");
    assert!(seeds.len() >= 8, "seed corpus is missing");
    for (name, input) in &seeds {
        let result = std::panic::catch_unwind(|| codevault_fuzz::qr_encode(input));
        assert!(result.is_ok(), "seed {name} panicked");
    }
    println!("qr_encode: {} seeds", seeds.len());
}

#[test]
fn qr_encode_header_sweep() {
    let payloads: [&[u8]; 4] = [
        b"",
        b"0123456789",
        b"HELLO WORLD $%*+-./:",
        "Grüße, 点茗".as_bytes(),
    ];
    let mut runs = 0;
    for b0 in (0u8..=255).step_by(5) {
        for b1 in [0u8, 1, 4, 7, 32, 40, 41] {
            for b2 in [0xFFu8, 3, 9] {
                for b3 in [0u8, 1, 2, 4, 8, 0x10] {
                    let payload = payloads[(runs / 7) % payloads.len()];
                    let mut input = vec![b0, b1, b2, b3, 3, 2];
                    input.extend_from_slice(payload);
                    codevault_fuzz::qr_encode(&input);
                    runs += 1;
                }
            }
        }
    }
    println!("qr_encode: {runs} option headers");
}

#[test]
fn symbology_encode_seed_corpus() {
    let seeds = seeds("symbology_encode");
    assert!(seeds.len() >= 8, "seed corpus is missing");
    for (name, input) in &seeds {
        let result = std::panic::catch_unwind(|| codevault_fuzz::symbology_encode(input));
        assert!(result.is_ok(), "seed {name} panicked");
    }
    println!("symbology_encode: {} seeds", seeds.len());
}

#[test]
fn symbology_encode_header_sweep() {
    let payloads: [&[u8]; 6] = [
        b"",
        b"0123456789012",
        b"HELLO WORLD-123",
        b"[01]09521234543213[10]ABC",
        b"01234567094987654321-01234567891",
        "Grüße, 点茗 \x00\x7f".as_bytes(),
    ];
    let mut runs = 0;
    for b0 in 0u8..22 {
        for b1 in [0u8, 1, 2, 4, 8, 16, 32, 64, 128, 255] {
            for b2 in [0u8, 1, 5, 8, 12, 14, 0x10, 0x20, 0x30] {
                for b3 in [0u8, 4, 8, 23, 255] {
                    for payload in payloads {
                        let mut input = vec![b0, b1, b2, b3, (runs % 7) as u8 * 40];
                        input.extend_from_slice(payload);
                        codevault_fuzz::symbology_encode(&input);
                        runs += 1;
                    }
                }
            }
        }
    }
    println!("symbology_encode: {runs} option headers");
}
