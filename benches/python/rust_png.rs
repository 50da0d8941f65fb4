//! The Rust side of the Python binding-overhead measurement: the same facade calls that
//! `codevault.encode(payload, ecc=…, version=…, boost=False).to_png()` makes, timed in Rust.
//!
//! ```text
//! cargo run --release -p codevault-python --example bench_rust_png -- <payload> <version> <ecc> [samples]
//! ```
//!
//! Prints `png_median_us<TAB>encode_median_us`: one encode + PNG render (default style), and one
//! encode alone, each the median of `samples` samples (default 301) of a ~2 ms batch of calls.

#![allow(missing_docs)]

use std::{hint::black_box, time::Instant};

use codevault::{EcLevel, EncodeOptions, OutputFormat, Style, Symbology};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (payload, version, ecc) = match args.as_slice() {
        [p, v, e, ..] => (p.clone(), v.clone(), e.clone()),
        _ => panic!("usage: bench_rust_png <payload> <version> <ecc> [samples]"),
    };
    let samples: usize = args.get(3).map_or(301, |s| s.parse().expect("samples"));
    let mut options = EncodeOptions::default();
    options.ecc = EcLevel::parse(&ecc).expect("ecc");
    options.boost = false;
    options.version = Some(version);
    let style = Style::default();
    let once = || {
        let symbol = codevault::encode(Symbology::Qr, black_box(payload.as_bytes()), &options)
            .expect("encode");
        codevault::render(&symbol, &style, OutputFormat::Png).expect("png")
    };
    let encode_only = || {
        codevault::encode(Symbology::Qr, black_box(payload.as_bytes()), &options).expect("encode")
    };
    let png = median_us(samples, once);
    let encode = median_us(samples, encode_only);
    println!("{png:.3}\t{encode:.3}");
}

fn median_us<T>(samples: usize, f: impl Fn() -> T) -> f64 {
    // Batch size: about 2 ms per sample.
    let start = Instant::now();
    black_box(f());
    let single = start.elapsed().as_secs_f64().max(1e-7);
    let batch = ((0.002 / single) as usize).clamp(1, 10_000);
    for _ in 0..batch * 5 {
        black_box(f());
    }
    let mut times: Vec<f64> = (0..samples)
        .map(|_| {
            let t = Instant::now();
            for _ in 0..batch {
                black_box(f());
            }
            t.elapsed().as_secs_f64() * 1e6 / batch as f64
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}
