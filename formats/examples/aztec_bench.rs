//! Micro-benchmark / profiling driver for the Aztec encoder:
//! `cargo run --release -p codevault-formats --example aztec_bench [ITERATIONS [url|text-300]]`
//! (or under `valgrind --tool=callgrind`). Encodes the benchmark suite's URL and 300-character
//! text in a loop and prints the time per encode.

use codevault_formats::aztec::{self, AztecOptions};
use std::hint::black_box;
use std::time::Instant;

const URL: &str = "https://example.com/products/4711";
const LONG_TEXT: &str = "CodeVault benchmarks every symbology against rxing and libzint on the \
same inputs in the same run. This sentence is repeated to make a realistic label payload of a few \
hundred characters: lot 4711, serial 0815, expiry 2027-12-31, ship to 221B Baker Street, London.";

fn main() {
    if std::env::args().nth(1).as_deref() == Some("dump") {
        dump();
        return;
    }
    let iterations: u32 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(20_000);
    let only = std::env::args().nth(2);
    let options = AztecOptions::default();
    for (name, data) in [("url", URL), ("text-300", LONG_TEXT)] {
        if only.as_deref().is_some_and(|o| o != name) {
            continue;
        }
        let start = Instant::now();
        for _ in 0..iterations {
            let symbol = aztec::encode(black_box(data.as_bytes()), &options).unwrap();
            black_box(symbol);
        }
        let per = start.elapsed().as_secs_f64() * 1e6 / f64::from(iterations);
        println!("aztec/{name}: {per:.2} µs");
    }
}

/// `aztec_bench dump`: one line per pseudo-random input (a checksum of its matrix or the error),
/// for comparing the encoder's output before and after a change.
fn dump() {
    let alphabets: [&[u8]; 6] = [
        b"ABCDEFGHIJKLMNOPQRSTUVWXYZ ",
        b"abcdefghijklmnopqrstuvwxyz ",
        b"0123456789.,",
        b"Hello, World! 0123456789 .:\r\n",
        b"\x01\x1b@\\^_`|~aA1.,:;!?{}[]\r\n \x7f",
        b"",
    ];
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for case in 0..3060u32 {
        let alphabet = alphabets[case as usize % alphabets.len()];
        let len = if case >= 3000 {
            // Past the longest Binary Shift run (2078 bytes), so long runs expire.
            2000 + (next() % 3000) as usize
        } else {
            1 + (next() % if case % 10 == 0 { 1500 } else { 120 }) as usize
        };
        let data: Vec<u8> = (0..len)
            .map(|_| {
                let r = next();
                if alphabet.is_empty() || r % 29 == 0 {
                    (r >> 8) as u8
                } else {
                    alphabet[(r >> 8) as usize % alphabet.len()]
                }
            })
            .collect();
        let mut options = AztecOptions::default();
        match case % 7 {
            1 => options.ecc_percent = Some(10),
            2 => options.eci = Some(26),
            3 => {
                options.structured_append = Some(aztec::AztecStructuredAppend {
                    index: 2,
                    total: 3,
                    id: Some("ID42".into()),
                })
            }
            4 => options.compact = true,
            5 => options.version = Some("12".into()),
            _ => {}
        }
        let mut data = data;
        if case % 7 == 6 {
            // GS1: variable-length AIs, so FNC1 separators land between them.
            options.gs1 = true;
            let value = |len: u64, next: &mut dyn FnMut() -> u64| -> String {
                (0..1 + next() % len)
                    .map(|_| char::from(b"ABCxyz0123456789-./"[(next() % 19) as usize]))
                    .collect()
            };
            data = format!(
                "[01]09521234543213[10]{}[21]{}[400]{}",
                value(20, &mut next),
                value(20, &mut next),
                value(30, &mut next)
            )
            .into_bytes();
        }
        let line = match aztec::encode(&data, &options) {
            Ok(s) => {
                let mut h = 0xcbf2_9ce4_8422_2325u64;
                for row in s.matrix.rows() {
                    for d in row {
                        h = (h ^ u64::from(d)).wrapping_mul(0x100_0000_01b3);
                    }
                }
                format!("{} {} {:016x}", s.meta.version, s.meta.data_bits, h)
            }
            Err(e) => format!("err {e}"),
        };
        println!("{case} {line}");
    }
}
