//! Bodies of the fuzz targets, kept in a library so `cargo test` can drive them over the seed
//! corpus without libFuzzer (see `tests/corpus.rs`).

mod symbologies;

pub use symbologies::{split_input as split_symbology_input, symbology_encode};

use codevault_formats::{
    Symbol, Symbology,
    qr::{self, EcLevel, Fnc1, Mode, QrOptions, RMQR_VERSIONS, StructuredAppend},
};

/// Splits fuzz input into options and data. The first six bytes (missing ones read as zero)
/// pick the options; values outside the valid ranges are kept on purpose so the encoder's
/// validation is exercised too. The rest is the data.
///
/// | byte | meaning |
/// | --- | --- |
/// | 0 | bits 0–1 symbology (0 QR, 1 Micro QR, 2 rMQR, 3 QR), bits 2–3 ECC, bit 4 boost, bit 5 kanji, bits 6–7 FNC1 (none, GS1, industry, none) |
/// | 1 | version: 0 = automatic, else pinned as is (1–40 / 1–4 / 1–32 valid) |
/// | 2 | mask: 0xFF = automatic, else pinned modulo 16 (0–7 / 0–3 valid) |
/// | 3 | bits 0–2 forced mode (0 none, 1 numeric, 2 alphanumeric, 3 byte, 4 kanji, else none), bit 3 ECI, bit 4 structured append |
/// | 4 | ECI low byte / industry indicator / structured-append index |
/// | 5 | ECI bits 12–19 (so designators past 999999 occur) / structured-append count |
pub fn split_input(input: &[u8]) -> (Symbology, QrOptions, &[u8]) {
    let (head, data) = input.split_at(input.len().min(6));
    let b = |i: usize| head.get(i).copied().unwrap_or(0);
    let symbology = match b(0) & 3 {
        1 => Symbology::MicroQr,
        2 => Symbology::Rmqr,
        _ => Symbology::Qr,
    };
    let options = QrOptions {
        ecc: EcLevel::ALL[usize::from((b(0) >> 2) & 3)],
        boost: b(0) & 0x10 != 0,
        kanji: b(0) & 0x20 != 0,
        fnc1: match b(0) >> 6 {
            1 => Fnc1::Gs1,
            2 => Fnc1::Industry(b(4)),
            _ => Fnc1::None,
        },
        version: (b(1) != 0).then_some(b(1)),
        mask: (b(2) != 0xFF).then_some(b(2) % 16),
        mode: match b(3) & 7 {
            1 => Some(Mode::Numeric),
            2 => Some(Mode::Alphanumeric),
            3 => Some(Mode::Byte),
            4 => Some(Mode::Kanji),
            _ => None,
        },
        eci: (b(3) & 8 != 0).then(|| u32::from(b(4)) | (u32::from(b(5)) << 12)),
        structured_append: (b(3) & 0x10 != 0).then(|| StructuredAppend {
            index: b(4) % 18,
            count: b(5) % 18,
            parity: data.iter().fold(0, |p, x| p ^ x),
        }),
    };
    (symbology, options, data)
}

/// The `qr_encode` target: encoding must never panic, and a symbol it returns must be
/// consistent with its symbology, its metadata and the pinned options.
pub fn qr_encode(input: &[u8]) {
    let (symbology, options, data) = split_input(input);
    if let Ok(symbol) = qr::encode(symbology, data, &options) {
        check_symbol(symbology, &options, &symbol);
        let again = qr::encode(symbology, data, &options).expect("second encode succeeds");
        assert!(
            again.matrix == symbol.matrix,
            "encoding is not deterministic"
        );
    }
}

/// Panics unless `symbol` is a well-formed result of encoding with `options`.
pub fn check_symbol(symbology: Symbology, options: &QrOptions, symbol: &Symbol) {
    let meta = &symbol.meta;
    assert_eq!(meta.symbology, symbology, "symbology in metadata");
    let version = qr::parse_version(symbology, &meta.version)
        .unwrap_or_else(|e| panic!("metadata version {:?} does not parse: {e}", meta.version));
    if let Some(pinned) = options.version {
        assert_eq!(version, pinned, "pinned version not honoured");
    }
    let (w, h, quiet) = match symbology {
        Symbology::Qr => (
            17 + 4 * usize::from(version),
            17 + 4 * usize::from(version),
            4,
        ),
        Symbology::MicroQr => (
            9 + 2 * usize::from(version),
            9 + 2 * usize::from(version),
            2,
        ),
        Symbology::Rmqr => {
            let (h, w) = RMQR_VERSIONS[usize::from(version) - 1];
            (usize::from(w), usize::from(h), 2)
        }
        other => panic!("qr::encode returned a {} symbol", other.name()),
    };
    assert_eq!(
        (symbol.matrix.width(), symbol.matrix.height()),
        (w, h),
        "matrix size for {} version {}",
        symbology.name(),
        meta.version
    );
    assert_eq!(symbol.quiet_zone, quiet, "quiet zone");
    assert!(
        meta.data_bits <= meta.capacity_bits,
        "data bits {} exceed capacity {}",
        meta.data_bits,
        meta.capacity_bits
    );
    if let (Some(mask), Symbology::Qr | Symbology::MicroQr) = (options.mask, symbology) {
        assert_eq!(meta.mask, Some(mask), "pinned mask not honoured");
    }
    if symbology == Symbology::Qr {
        let ecc = meta
            .ecc
            .as_deref()
            .and_then(|e| EcLevel::parse(e).ok())
            .expect("QR has ECC");
        if options.boost {
            assert!(ecc >= options.ecc, "boost lowered the ECC level");
        } else {
            assert_eq!(ecc, options.ecc, "ECC level changed without boost");
        }
    }
    // Touch every module so out-of-bounds storage shows up here, not in a renderer.
    let dark = (0..h)
        .flat_map(|y| (0..w).map(move |x| (x, y)))
        .filter(|&(x, y)| symbol.matrix.is_dark(x, y))
        .count();
    assert_eq!(
        dark,
        symbol.matrix.dark_count(),
        "dark_count disagrees with is_dark"
    );
    assert!(
        dark > 0 && dark < w * h,
        "a symbol is neither all light nor all dark"
    );
}
