//! `scripts/bench-symbologies.sh` (or `cargo bench -p codevault-benches --bench symbologies
//! [--features libzint]`): every symbology of issue 3 encoded by CodeVault, rxing and libzint
//! in one process, on the same inputs, matrix only (no rendering). Each library runs with its
//! own defaults for what the case leaves open (symbol size, ECC); the case pins what must match
//! (GS1 mode, add-ons). rxing has no GS1-128 AI handling, Aztec Runes or postal codes, so those
//! groups compare against libzint only.

#![allow(missing_docs)]

use std::{hint::black_box, time::Duration};

use codevault::{EncodeOptions, Symbology};
use criterion::{Criterion, criterion_group, criterion_main};
use rxing::{BarcodeFormat, MultiFormatWriter, Writer};

/// One input, as each library takes it.
struct Case {
    name: &'static str,
    symbology: Symbology,
    data: &'static str,
    /// Our options as request JSON.
    options: &'static str,
    /// rxing's format and contents (FNC1 as U+00F1 for its Code 128 writer), if it has a writer.
    rxing: Option<(BarcodeFormat, &'static str)>,
    /// zint's input and whether it is GS1 (`[AI]` syntax).
    zint: Option<(&'static str, bool)>,
}

const LONG_TEXT: &str = "CodeVault benchmarks every symbology against rxing and libzint on the \
same inputs in the same run. This sentence is repeated to make a realistic label payload of a few \
hundred characters: lot 4711, serial 0815, expiry 2027-12-31, ship to 221B Baker Street, London.";

fn cases() -> Vec<Case> {
    use BarcodeFormat as F;
    vec![
        Case {
            name: "datamatrix/url",
            symbology: Symbology::DataMatrix,
            data: "https://example.com/products/4711",
            options: "{}",
            rxing: Some((F::DATA_MATRIX, "https://example.com/products/4711")),
            zint: Some(("https://example.com/products/4711", false)),
        },
        Case {
            name: "datamatrix/text-300",
            symbology: Symbology::DataMatrix,
            data: LONG_TEXT,
            options: "{}",
            rxing: Some((F::DATA_MATRIX, LONG_TEXT)),
            zint: Some((LONG_TEXT, false)),
        },
        Case {
            name: "pdf417/url",
            symbology: Symbology::Pdf417,
            data: "https://example.com/products/4711",
            options: "{}",
            rxing: Some((F::PDF_417, "https://example.com/products/4711")),
            zint: Some(("https://example.com/products/4711", false)),
        },
        Case {
            name: "pdf417/text-300",
            symbology: Symbology::Pdf417,
            data: LONG_TEXT,
            options: "{}",
            rxing: Some((F::PDF_417, LONG_TEXT)),
            zint: Some((LONG_TEXT, false)),
        },
        Case {
            name: "aztec/url",
            symbology: Symbology::Aztec,
            data: "https://example.com/products/4711",
            options: "{}",
            rxing: Some((F::AZTEC, "https://example.com/products/4711")),
            zint: Some(("https://example.com/products/4711", false)),
        },
        Case {
            name: "aztec/text-300",
            symbology: Symbology::Aztec,
            data: LONG_TEXT,
            options: "{}",
            rxing: Some((F::AZTEC, LONG_TEXT)),
            zint: Some((LONG_TEXT, false)),
        },
        Case {
            name: "aztec-rune/200",
            symbology: Symbology::AztecRune,
            data: "200",
            options: "{}",
            rxing: None,
            zint: Some(("200", false)),
        },
        Case {
            name: "code128/mixed",
            symbology: Symbology::Code128,
            data: "CodeVault-128/0123456789",
            options: "{}",
            rxing: Some((F::CODE_128, "CodeVault-128/0123456789")),
            zint: Some(("CodeVault-128/0123456789", false)),
        },
        Case {
            name: "gs1-128/gtin-lot-expiry",
            symbology: Symbology::Gs1_128,
            data: "[01]09521234543213[10]ABC123[17]271231",
            options: "{}",
            rxing: Some((
                F::CODE_128,
                "\u{f1}0109521234543213\u{f1}10ABC123\u{f1}17271231",
            )),
            zint: Some(("[01]09521234543213[10]ABC123[17]271231", true)),
        },
        Case {
            name: "ean13/plain",
            symbology: Symbology::Ean13,
            data: "9501234567891",
            options: "{}",
            rxing: Some((F::EAN_13, "9501234567891")),
            zint: Some(("950123456789", false)),
        },
        Case {
            name: "ean8/plain",
            symbology: Symbology::Ean8,
            data: "95012346",
            options: "{}",
            rxing: Some((F::EAN_8, "95012346")),
            zint: Some(("9501234", false)),
        },
        Case {
            name: "upca/plain",
            symbology: Symbology::Upca,
            data: "036000291452",
            options: "{}",
            rxing: Some((F::UPC_A, "036000291452")),
            zint: Some(("03600029145", false)),
        },
        Case {
            name: "upce/plain",
            symbology: Symbology::Upce,
            data: "01234565",
            options: "{}",
            rxing: Some((F::UPC_E, "01234565")),
            zint: Some(("0123456", false)),
        },
        Case {
            name: "code39/plain",
            symbology: Symbology::Code39,
            data: "CODEVAULT-39 TEST",
            options: "{}",
            rxing: Some((F::CODE_39, "CODEVAULT-39 TEST")),
            zint: Some(("CODEVAULT-39 TEST", false)),
        },
        Case {
            name: "code93/plain",
            symbology: Symbology::Code93,
            data: "CODEVAULT-93 TEST",
            options: "{}",
            rxing: Some((F::CODE_93, "CODEVAULT-93 TEST")),
            zint: Some(("CODEVAULT-93 TEST", false)),
        },
        Case {
            name: "itf/20-digits",
            symbology: Symbology::Itf,
            data: "12345678901234567890",
            options: "{}",
            rxing: Some((F::ITF, "12345678901234567890")),
            zint: Some(("12345678901234567890", false)),
        },
        Case {
            name: "itf14/plain",
            symbology: Symbology::Itf14,
            data: "1540014128876",
            options: "{}",
            rxing: Some((F::ITF, "15400141288763")),
            zint: Some(("1540014128876", false)),
        },
        Case {
            name: "codabar/plain",
            symbology: Symbology::Codabar,
            data: "A40156B",
            options: "{}",
            rxing: Some((F::CODABAR, "A40156B")),
            zint: Some(("A40156B", false)),
        },
        Case {
            name: "imb/full",
            symbology: Symbology::Imb,
            data: "01234567094987654321-01234567891",
            options: "{}",
            rxing: None,
            zint: Some(("01234567094987654321-01234567891", false)),
        },
        Case {
            name: "postnet/zip11",
            symbology: Symbology::Postnet,
            data: "12345678901",
            options: "{}",
            rxing: None,
            zint: Some(("12345678901", false)),
        },
        Case {
            name: "maxicode/mode4",
            symbology: Symbology::MaxiCode,
            data: "CodeVault MaxiCode: ship to 221B Baker Street",
            options: "{}",
            rxing: None,
            zint: Some(("CodeVault MaxiCode: ship to 221B Baker Street", false)),
        },
        Case {
            name: "dotcode/url",
            symbology: Symbology::DotCode,
            data: "https://example.com/products/4711",
            options: "{}",
            rxing: None,
            zint: Some(("https://example.com/products/4711", false)),
        },
        Case {
            name: "hanxin/url",
            symbology: Symbology::HanXin,
            data: "https://example.com/products/4711",
            options: "{}",
            rxing: None,
            zint: Some(("https://example.com/products/4711", false)),
        },
        Case {
            name: "hanxin/text-300",
            symbology: Symbology::HanXin,
            data: LONG_TEXT,
            options: "{}",
            rxing: None,
            zint: Some((LONG_TEXT, false)),
        },
        Case {
            name: "micropdf417/text",
            symbology: Symbology::MicroPdf417,
            data: "MicroPDF417 label 0815-4711",
            options: "{}",
            rxing: None,
            zint: Some(("MicroPDF417 label 0815-4711", false)),
        },
        Case {
            name: "rm4scc/postcode",
            symbology: Symbology::Rm4scc,
            data: "SN34RD1A",
            options: "{}",
            rxing: None,
            zint: Some(("SN34RD1A", false)),
        },
    ]
}

#[cfg(feature = "libzint")]
use codevault_benches::zint;

fn symbologies(c: &mut Criterion) {
    for case in cases() {
        let options: EncodeOptions = serde_json::from_str(case.options).expect("case options");
        let mut group = c.benchmark_group(format!("symbology/{}", case.name));
        group
            .sample_size(30)
            .warm_up_time(Duration::from_millis(300))
            .measurement_time(Duration::from_secs(1));
        let ours = codevault::encode_text(case.symbology, case.data, &options)
            .unwrap_or_else(|e| panic!("{}: {e}", case.name));
        eprintln!(
            "{}: codevault {}x{}",
            case.name,
            ours.matrix.width(),
            ours.matrix.height()
        );
        group.bench_function("codevault", |b| {
            b.iter(|| codevault::encode_text(case.symbology, black_box(case.data), &options))
        });
        if let Some((format, contents)) = case.rxing {
            let writer = MultiFormatWriter;
            let m = writer
                .encode(contents, &format, 0, 0)
                .unwrap_or_else(|e| panic!("{}: rxing {e}", case.name));
            eprintln!("{}: rxing {}x{}", case.name, m.getWidth(), m.getHeight());
            group.bench_function("rxing", |b| {
                b.iter(|| writer.encode(black_box(contents), &format, 0, 0))
            });
        }
        #[cfg(feature = "libzint")]
        if let Some((data, gs1)) = case.zint {
            let name = std::ffi::CString::new(case.symbology.name()).expect("no NUL");
            let w = zint::encode(&name, data.as_bytes(), gs1);
            assert!(w > 0, "{}: libzint refused {data:?}", case.name);
            eprintln!("{}: libzint width {w}", case.name);
            group.bench_function("libzint", |b| {
                b.iter(|| zint::encode(&name, black_box(data.as_bytes()), gs1))
            });
        }
        #[cfg(not(feature = "libzint"))]
        let _ = case.zint;
        group.finish();
    }
}

criterion_group!(benches, symbologies);
criterion_main!(benches);
