//! Unit tests of the rMQR encoder: options, errors, capacities, metadata and roles.

use super::*;
use crate::{ModuleRole, qr::Mode};

fn opts() -> QrOptions {
    QrOptions::default()
}

fn pinned(version: u8, ecc: EcLevel) -> QrOptions {
    QrOptions {
        version: Some(version),
        ecc,
        boost: false,
        ..opts()
    }
}

fn message(data: &[u8], options: &QrOptions) -> String {
    encode_rmqr(data, options).unwrap_err().to_string()
}

#[test]
fn version_names_follow_zint_numbering() {
    assert_eq!(rmqr_version_name(1).as_deref(), Some("R7x43"));
    assert_eq!(rmqr_version_name(11).as_deref(), Some("R11x27"));
    assert_eq!(rmqr_version_name(32).as_deref(), Some("R17x139"));
    assert_eq!(rmqr_version_name(0), None);
    assert_eq!(rmqr_version_name(33), None);
}

#[test]
fn rejects_levels_l_and_q() {
    for ecc in [EcLevel::L, EcLevel::Q] {
        let o = QrOptions { ecc, ..opts() };
        assert_eq!(
            message(b"1", &o),
            format!(
                "invalid ecc {}: rMQR offers only levels M and H",
                ecc.letter()
            )
        );
    }
}

#[test]
fn rejects_mask_version_and_structured_append() {
    let o = QrOptions {
        mask: Some(0),
        ..opts()
    };
    assert_eq!(
        message(b"1", &o),
        "invalid mask 0: rMQR has one fixed mask; leave mask unset"
    );
    for v in [0, 33, 38] {
        let o = QrOptions {
            version: Some(v),
            ..opts()
        };
        assert_eq!(
            message(b"1", &o),
            format!("invalid version {v}: rMQR versions are 1-32 (R7x43 … R17x139)")
        );
    }
    let sa = crate::qr::StructuredAppend {
        index: 1,
        count: 2,
        parity: 0,
    };
    let o = QrOptions {
        structured_append: Some(sa),
        ..opts()
    };
    assert_eq!(
        message(b"1", &o),
        "invalid structured_append set: rMQR has no structured append"
    );
    let o = QrOptions {
        eci: Some(1_000_000),
        ..opts()
    };
    assert!(message(b"1", &o).starts_with("invalid eci 1000000"));
}

#[test]
fn forced_mode_names_the_bad_character() {
    let o = QrOptions {
        mode: Some(Mode::Numeric),
        ..opts()
    };
    assert_eq!(
        message(b"12A", &o),
        "character \"A\" at byte 2 cannot be encoded in numeric mode (digits 0-9): remove the \
         forced mode or the character"
    );
}

#[test]
fn too_long_names_the_largest_symbol() {
    // R17x139-M holds 152 bytes: 3 + 8 + 8·152 bits is one byte too many.
    let data = vec![0xa5u8; 152];
    assert_eq!(
        message(&data, &opts()),
        "data needs 1,227 bits (154 bytes); rMQR R17x139-M holds 1,216 bits (152 bytes): \
         shorten the data, lower the error correction level or allow a larger symbol"
    );
    let h = QrOptions {
        ecc: EcLevel::H,
        ..opts()
    };
    let err = encode_rmqr(&data[..80], &h).unwrap_err();
    assert_eq!(
        err,
        EncodeError::DataTooLong {
            needed_bits: 3 + 8 + 640,
            capacity_bits: 608,
            symbol: "rMQR R17x139-H".into()
        }
    );
    let err = encode_rmqr(b"123456789012", &pinned(1, EcLevel::H)).unwrap_err();
    assert!(
        err.to_string()
            .contains("rMQR R7x43-H (pinned) holds 24 bits"),
        "{err}"
    );
}

/// Most digits (numeric) and bytes a size holds at a level, from the header lengths.
fn max_chars(index: usize, ecc: EcLevel, mode: Mode) -> usize {
    let spec = mode_spec(index);
    let cap = capacity_bits(index, ecc);
    let bits = |n: usize| {
        let data = match mode {
            Mode::Numeric => 10 * (n / 3) + [0, 4, 7][n % 3],
            _ => 8 * n,
        };
        3 + spec.cci_len[mode as usize] as usize + data
    };
    let mut n = 0;
    while bits(n + 1) <= cap && n + 1 < 1 << spec.cci_len[mode as usize] {
        n += 1;
    }
    n
}

#[test]
fn capacity_boundaries_for_every_size() {
    for index in 0..32 {
        let v = index as u8 + 1;
        for ecc in [EcLevel::M, EcLevel::H] {
            for (mode, fill) in [(Mode::Numeric, b'7'), (Mode::Byte, b'a')] {
                let n = max_chars(index, ecc, mode);
                let fits = vec![fill; n];
                let sym = encode_rmqr(&fits, &pinned(v, ecc))
                    .unwrap_or_else(|e| panic!("v{v} {ecc:?} {mode:?} {n}: {e}"));
                assert_eq!(sym.meta.ecc.as_deref(), Some(&*ecc.letter().to_string()));
                assert!(sym.meta.data_bits <= sym.meta.capacity_bits);
                let over = vec![fill; n + 1];
                assert!(
                    matches!(
                        encode_rmqr(&over, &pinned(v, ecc)),
                        Err(EncodeError::DataTooLong { .. })
                    ),
                    "v{v} {ecc:?} {mode:?} {}",
                    n + 1
                );
            }
        }
    }
    // Published maxima: R17x139-M holds 361 digits and 150 bytes, R7x43-M 12 digits.
    assert_eq!(max_chars(31, EcLevel::M, Mode::Numeric), 361);
    assert_eq!(max_chars(31, EcLevel::M, Mode::Byte), 150);
    assert_eq!(max_chars(0, EcLevel::M, Mode::Numeric), 12);
}

#[test]
fn auto_size_takes_the_smallest_area() {
    let sym = encode_rmqr(b"1", &opts()).unwrap();
    assert_eq!(sym.meta.version, "R11x27"); // 297 modules, smaller than R7x43 (301)
    // 16 bytes at H need 136 bits: nothing under 693 modules holds more than 120 at H, and of
    // the two 693-module sizes only R9x77 holds 136.
    let h = QrOptions {
        ecc: EcLevel::H,
        ..opts()
    };
    let sym = encode_rmqr(&[b'a'; 16], &h).unwrap();
    assert_eq!(
        (sym.meta.version.as_str(), sym.meta.ecc.as_deref()),
        ("R9x77", Some("H"))
    );
    let sym = encode_rmqr(&[b'a'; 12], &h).unwrap();
    assert_eq!(sym.meta.version, "R13x43"); // exactly its 104 bits at H
}

#[test]
fn boost_raises_m_to_h_when_h_still_fits() {
    // R7x43-H holds 24 bits: 3 + 4 + 17 bits (5 digits) fills it exactly.
    let exact = QrOptions {
        version: Some(1),
        ..opts()
    };
    let sym = encode_rmqr(b"12345", &exact).unwrap();
    assert_eq!(
        (sym.meta.ecc.as_deref(), sym.meta.data_bits),
        (Some("H"), 24)
    );
    let sym = encode_rmqr(b"123456", &exact).unwrap();
    assert_eq!(sym.meta.ecc.as_deref(), Some("M"));
    let no_boost = QrOptions {
        boost: false,
        ..exact
    };
    assert_eq!(
        encode_rmqr(b"12345", &no_boost)
            .unwrap()
            .meta
            .ecc
            .as_deref(),
        Some("M")
    );
}

#[test]
fn metadata_and_quiet_zone() {
    let sym = encode_rmqr(b"HELLO WORLD", &pinned(18, EcLevel::H)).unwrap();
    assert_eq!(sym.quiet_zone, 2);
    assert_eq!(
        sym.meta,
        SymbolMeta {
            symbology: Symbology::Rmqr,
            version: "R13x43".into(),
            ecc: Some("H".into()),
            mask: None,
            data_bits: 3 + 6 + 61,
            capacity_bits: 13 * 8,
        }
    );
    assert_eq!((sym.matrix.width(), sym.matrix.height()), (43, 13));
}

#[test]
fn header_lengths() {
    let gs1 = QrOptions {
        fnc1: Fnc1::Gs1,
        ..opts()
    };
    let industry = QrOptions {
        fnc1: Fnc1::Industry(37),
        ..opts()
    };
    let eci = QrOptions {
        eci: Some(26),
        ..opts()
    };
    let eci_long = QrOptions {
        eci: Some(20_000),
        ..opts()
    };
    let bits = |o: &QrOptions| encode_rmqr(b"12", o).unwrap().meta.data_bits;
    let plain = bits(&opts());
    assert_eq!(bits(&gs1), plain + 3);
    assert_eq!(bits(&industry), plain + 11);
    assert_eq!(bits(&eci), plain + 11);
    assert_eq!(bits(&eci_long), plain + 27);
}

#[test]
fn module_roles() {
    let sym = encode_rmqr(b"ROLES", &pinned(12, EcLevel::M)).unwrap(); // R11x43
    let m = &sym.matrix;
    let (w, h) = (m.width(), m.height());
    assert_eq!(m.role(0, 0), ModuleRole::Finder);
    assert_eq!(m.role(3, 3), ModuleRole::Finder);
    assert_eq!(m.role(w - 3, h - 3), ModuleRole::Finder); // sub-finder centre
    assert!(m.is_dark(w - 3, h - 3));
    assert_eq!(m.role(w - 1, 1), ModuleRole::Finder); // top-right corner pattern
    assert_eq!(m.role(7, 0), ModuleRole::Separator);
    assert_eq!(m.role(3, 7), ModuleRole::Separator);
    assert_eq!(m.role(16, 0), ModuleRole::Timing);
    assert_eq!(m.role(w - 1, 4), ModuleRole::Timing);
    assert_eq!(m.role(21, 1), ModuleRole::Alignment);
    assert!(!m.is_dark(21, 1) && m.is_dark(20, 1) && m.is_dark(22, 2));
    assert_eq!(m.role(21, 5), ModuleRole::Timing);
    assert_eq!(m.role(8, 1), ModuleRole::Format);
    assert_eq!(m.role(11, 3), ModuleRole::Format);
    assert_eq!(m.role(w - 3, h - 6), ModuleRole::Format);
    assert_eq!(m.role(12, 5), ModuleRole::Data);
    assert!((0..h).all(|y| (0..w).all(|x| m.role(x, y) != ModuleRole::Version)));
}

#[test]
fn empty_data_encodes() {
    let sym = encode_rmqr(b"", &opts()).unwrap();
    assert_eq!(
        (sym.meta.version.as_str(), sym.meta.data_bits),
        ("R11x27", 0)
    );
}

mod properties {
    use proptest::prelude::*;

    use super::*;

    fn ecc() -> impl Strategy<Value = EcLevel> {
        prop::sample::select(EcLevel::ALL.to_vec())
    }

    fn mode() -> impl Strategy<Value = Option<Mode>> {
        prop::option::of(prop::sample::select(vec![
            Mode::Numeric,
            Mode::Alphanumeric,
            Mode::Byte,
            Mode::Kanji,
        ]))
    }

    fn fnc1() -> impl Strategy<Value = Fnc1> {
        prop_oneof![
            Just(Fnc1::None),
            Just(Fnc1::Gs1),
            any::<u8>().prop_map(Fnc1::Industry)
        ]
    }

    proptest! {
        /// Any input and options: an error or a well-formed symbol, never a panic.
        #[test]
        fn never_panics(
            data in prop::collection::vec(any::<u8>(), 0..400),
            ecc in ecc(),
            boost in any::<bool>(),
            version in prop::option::of(0u8..40),
            mode in mode(),
            eci in prop::option::of(0u32..1_100_000),
            fnc1 in fnc1(),
            kanji in any::<bool>(),
        ) {
            let o = QrOptions { ecc, boost, version, mode, eci, fnc1, kanji, ..QrOptions::default() };
            if let Ok(sym) = encode_rmqr(&data, &o) {
                let (h, w) = RMQR_VERSIONS
                    .iter()
                    .copied()
                    .find(|&(h, w)| sym.meta.version == format!("R{h}x{w}"))
                    .expect("known version");
                prop_assert_eq!((sym.matrix.width(), sym.matrix.height()), (w.into(), h.into()));
                prop_assert!(sym.meta.data_bits <= sym.meta.capacity_bits);
                if let Some(v) = version {
                    prop_assert_eq!(rmqr_version_name(v), Some(sym.meta.version.clone()));
                }
            }
        }

        /// UTF-8 text with Kanji: every auto-sized symbol is the smallest area that fits.
        #[test]
        fn auto_size_is_minimal(text in "[0-9A-Z漢字あ a-z]{0,60}") {
            let o = QrOptions { boost: false, ..QrOptions::default() };
            if let Ok(sym) = encode_rmqr(text.as_bytes(), &o) {
                let chosen = RMQR_VERSIONS
                    .iter()
                    .position(|&(h, w)| sym.meta.version == format!("R{h}x{w}"))
                    .unwrap();
                for v in 1..=32u8 {
                    let i = usize::from(v - 1);
                    if area(i) < area(chosen) {
                        let pinned = QrOptions { version: Some(v), ..o.clone() };
                        prop_assert!(encode_rmqr(text.as_bytes(), &pinned).is_err());
                    }
                }
            }
        }
    }
}
