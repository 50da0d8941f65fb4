//! Times the facade calls that `benches/node/bench.mjs` times through the Node binding, so the
//! binding's overhead can be stated: `rust-ref <request.json> <iterations> <samples>` prints one
//! JSON line with the median nanoseconds per call of
//! - `parse_generate`: `Request::from_json` + `generate` (what the binding's `generate` does),
//! - `generate`: `generate` on an already parsed request,
//! - `encode_render`: `encode` + `render` (what `encode(...).toPng()` does).
//!
//! `rust-ref <request.json> <iterations> 0 <kind>` instead runs `kind` (`parse_generate` or
//! `encode_render`) `iterations` times without timing, for instruction counts under callgrind.

use std::{hint::black_box, time::Instant};

use codevault::{Request, encode, generate, render};

fn median_ns(iterations: u32, samples: u32, mut f: impl FnMut()) -> f64 {
    for _ in 0..iterations.min(50) {
        f();
    }
    let mut times: Vec<f64> = (0..samples)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..iterations {
                f();
            }
            start.elapsed().as_nanos() as f64 / f64::from(iterations)
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let text = std::fs::read_to_string(&args[1]).expect("request file");
    let iterations: u32 = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(200);
    let samples: u32 = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(15);
    let request = Request::from_json(&text).expect("valid request");
    let format = request.outputs[0];
    let data = request.payload().expect("payload");

    if samples == 0 {
        let kind = args.get(4).map_or("parse_generate", String::as_str);
        for _ in 0..iterations {
            if kind == "encode_render" {
                let symbol = encode(request.symbology, black_box(&data), &request.options).unwrap();
                black_box(render(&symbol, &request.style, format).unwrap());
            } else {
                let r = Request::from_json(black_box(&text)).unwrap();
                black_box(generate(&r).unwrap());
            }
        }
        return;
    }

    let parse_generate = median_ns(iterations, samples, || {
        let r = Request::from_json(black_box(&text)).unwrap();
        black_box(generate(&r).unwrap());
    });
    let generate_only = median_ns(iterations, samples, || {
        black_box(generate(black_box(&request)).unwrap());
    });
    let encode_render = median_ns(iterations, samples, || {
        let symbol = encode(request.symbology, black_box(&data), &request.options).unwrap();
        black_box(render(&symbol, &request.style, format).unwrap());
    });
    println!(
        "{{\"parse_generate\": {parse_generate:.0}, \"generate\": {generate_only:.0}, \"encode_render\": {encode_render:.0}}}"
    );
}
