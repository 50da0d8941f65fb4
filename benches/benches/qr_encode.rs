//! `cargo bench -p codevault-benches`: CodeVault against qrcode, fast_qr and qrcodegen in one
//! run. Matrix-only encodes at V3-H, V10-H and V40-H (version and ECC pinned for every library,
//! automatic mask), then "encode + SVG" and "encode + PNG" of a typical URL through each
//! library's own renderer where it has one. For libqrencode and libzint see
//! `scripts/bench-qr.sh`.

#![allow(missing_docs)]

use std::{hint::black_box, io::Cursor, time::Duration};

use codevault_benches::{PNG_MODULE_PX, TYPICAL_URL, cases, png_style, typical_options};
use criterion::{Criterion, criterion_group, criterion_main};

#[path = "../peers/mod.rs"]
mod peers;

fn encode(c: &mut Criterion) {
    for case in cases() {
        let mut group = c.benchmark_group(format!("encode/{}", case.name));
        if case.version >= 20 {
            group
                .sample_size(20)
                .measurement_time(Duration::from_secs(6));
        }
        for peer in &peers::PEERS {
            let width = (peer.encode)(&case);
            assert_eq!(
                width,
                17 + 4 * usize::from(case.version),
                "{} {}",
                peer.name,
                case.name
            );
            group.bench_function(peer.name, |b| b.iter(|| (peer.encode)(black_box(&case))));
        }
        group.finish();
    }
}

fn encode_svg(c: &mut Criterion) {
    let mut group = c.benchmark_group("encode+svg/typical-url");
    let style = codevault_render::Style::default();
    group.bench_function("codevault", |b| {
        b.iter(|| {
            let s = codevault_formats::qr::encode_qr(
                black_box(TYPICAL_URL.as_bytes()),
                &typical_options(),
            )
            .unwrap();
            codevault_render::render_svg(&s, &style).unwrap()
        })
    });
    group.bench_function("fast_qr", |b| {
        b.iter(|| {
            let qr = fast_qr::QRBuilder::new(black_box(TYPICAL_URL))
                .ecl(fast_qr::ECL::M)
                .build()
                .unwrap();
            fast_qr::convert::svg::SvgBuilder::default().to_str(&qr)
        })
    });
    group.bench_function("qrcode", |b| {
        b.iter(|| {
            let qr = qrcode::QrCode::with_error_correction_level(
                black_box(TYPICAL_URL),
                qrcode::EcLevel::M,
            )
            .unwrap();
            qr.render::<qrcode::render::svg::Color>().build()
        })
    });
    group.finish();
}

fn encode_png(c: &mut Criterion) {
    let mut group = c.benchmark_group("encode+png/typical-url");
    let style = png_style();
    group.bench_function("codevault", |b| {
        b.iter(|| {
            let s = codevault_formats::qr::encode_qr(
                black_box(TYPICAL_URL.as_bytes()),
                &typical_options(),
            )
            .unwrap();
            codevault_render::render_png(&s, &style).unwrap()
        })
    });
    group.bench_function("fast_qr", |b| {
        b.iter(|| {
            let qr = fast_qr::QRBuilder::new(black_box(TYPICAL_URL))
                .ecl(fast_qr::ECL::M)
                .build()
                .unwrap();
            let px = (qr.size as u32 + 8) * PNG_MODULE_PX;
            fast_qr::convert::image::ImageBuilder::default()
                .fit_width(px)
                .to_bytes(&qr)
                .unwrap()
        })
    });
    group.bench_function("qrcode", |b| {
        b.iter(|| {
            let qr = qrcode::QrCode::with_error_correction_level(
                black_box(TYPICAL_URL),
                qrcode::EcLevel::M,
            )
            .unwrap();
            let img = qr
                .render::<image::Luma<u8>>()
                .module_dimensions(PNG_MODULE_PX, PNG_MODULE_PX)
                .build();
            let mut out = Cursor::new(Vec::new());
            img.write_to(&mut out, image::ImageFormat::Png).unwrap();
            out.into_inner()
        })
    });
    group.finish();
}

criterion_group!(benches, encode, encode_svg, encode_png);
criterion_main!(benches);
