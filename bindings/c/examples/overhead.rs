//! Times the QR → PNG request of `bench/overhead.c` through the Rust facade
//! (`Request::from_json` + `generate`, what `cv_generate` wraps) and through `cv_generate`
//! called from Rust, interleaved in rounds so both see the same machine state. See BENCH.md.
//!
//! `cargo run --release -p codevault-c --example overhead [iterations]`
//!
//! With a second argument `facade` or `c` it only runs that path `iterations` times, for
//! instruction counts under `valgrind --tool=callgrind` (stable on a noisy machine).

use std::{hint::black_box, time::Instant};

const REQUEST: &str = r#"{"data": "https://example.com/codevault?utm_source=print", "options": {"ecc": "H"}, "outputs": ["png"]}"#;

fn median(mut t: Vec<f64>) -> (f64, f64, f64) {
    t.sort_by(f64::total_cmp);
    let n = t.len();
    (t[n / 2], t[n / 10], t[n * 9 / 10])
}

fn facade_once() -> f64 {
    let start = Instant::now();
    let request = facade::Request::from_json(black_box(REQUEST)).unwrap();
    black_box(facade::generate(&request).unwrap());
    start.elapsed().as_secs_f64() * 1e6
}

fn c_abi_once() -> f64 {
    let start = Instant::now();
    let mut out = std::ptr::null_mut();
    // SAFETY: REQUEST is valid for its length; `out` is a valid output slot; the handle is
    // freed once.
    unsafe {
        let r = codevault::cv_generate(REQUEST.as_ptr().cast(), REQUEST.len(), &mut out);
        assert_eq!(r, codevault::cv_result::CV_OK);
        codevault::cv_artifacts_free(black_box(out));
    }
    start.elapsed().as_secs_f64() * 1e6
}

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(3000);
    match std::env::args().nth(2).as_deref() {
        Some("facade") => return (0..n).for_each(|_| _ = black_box(facade_once())),
        Some("c") => return (0..n).for_each(|_| _ = black_box(c_abi_once())),
        _ => {}
    }
    for _ in 0..n / 10 {
        facade_once();
        c_abi_once();
    }
    let (mut rust, mut c) = (Vec::with_capacity(n), Vec::with_capacity(n));
    for round in 0..n / 100 {
        for _ in 0..100 {
            if round % 2 == 0 {
                rust.push(facade_once());
            } else {
                c.push(c_abi_once());
            }
        }
        for _ in 0..100 {
            if round % 2 == 0 {
                c.push(c_abi_once());
            } else {
                rust.push(facade_once());
            }
        }
    }
    let (r, r10, r90) = median(rust);
    let (c, c10, c90) = median(c);
    println!("Rust facade (from_json + generate): median {r:.1} us, p10 {r10:.1}, p90 {r90:.1}");
    println!("cv_generate called from Rust:       median {c:.1} us, p10 {c10:.1}, p90 {c90:.1}");
    println!("overhead: {:+.2} %", (c / r - 1.0) * 100.0);
}
