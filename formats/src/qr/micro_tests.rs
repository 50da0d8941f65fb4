use super::*;
use crate::{ModuleRole, qr::StructuredAppend};

fn pinned(version: u8, ecc: EcLevel) -> QrOptions {
    QrOptions {
        ecc,
        boost: false,
        version: Some(version),
        mask: Some(0),
        ..QrOptions::default()
    }
}

fn err(data: &[u8], options: &QrOptions) -> String {
    encode_micro_qr(data, options).unwrap_err().to_string()
}

/// ISO/IEC 18004 Table 7: (version, level, numeric, alphanumeric, byte, kanji) capacities.
const CAPACITY: [(u8, EcLevel, usize, usize, usize, usize); 8] = [
    (1, EcLevel::L, 5, 0, 0, 0),
    (2, EcLevel::L, 10, 6, 0, 0),
    (2, EcLevel::M, 8, 5, 0, 0),
    (3, EcLevel::L, 23, 14, 9, 6),
    (3, EcLevel::M, 18, 11, 7, 4),
    (4, EcLevel::L, 35, 21, 15, 9),
    (4, EcLevel::M, 30, 18, 13, 8),
    (4, EcLevel::Q, 21, 13, 9, 5),
];

fn sample(mode: Mode, n: usize) -> Vec<u8> {
    match mode {
        Mode::Numeric => "7".repeat(n).into_bytes(),
        Mode::Alphanumeric => "Z".repeat(n).into_bytes(),
        Mode::Byte => "z".repeat(n).into_bytes(),
        Mode::Kanji => "点".repeat(n).into_bytes(),
    }
}

#[test]
fn capacities_match_the_standard() {
    for (version, ecc, n, a, b, k) in CAPACITY {
        for (mode, max) in [
            (Mode::Numeric, n),
            (Mode::Alphanumeric, a),
            (Mode::Byte, b),
            (Mode::Kanji, k),
        ] {
            if max == 0 || (mode == Mode::Kanji && !cfg!(feature = "kanji")) {
                continue;
            }
            let options = pinned(version, ecc);
            let name = LEVELS
                .iter()
                .find(|l| l.version == version && l.meets(ecc))
                .unwrap()
                .name();
            let sym = encode_micro_qr(&sample(mode, max), &options)
                .unwrap_or_else(|e| panic!("{name} {max} {mode:?}: {e}"));
            assert_eq!(sym.meta.version, format!("M{version}"));
            assert!(sym.meta.data_bits <= sym.meta.capacity_bits);
            assert_eq!(sym.matrix.width(), 9 + 2 * usize::from(version));
            // One more character does not fit the pinned symbol…
            let e = encode_micro_qr(&sample(mode, max + 1), &options).unwrap_err();
            match e {
                EncodeError::DataTooLong {
                    symbol,
                    needed_bits,
                    capacity_bits,
                } => {
                    assert_eq!(symbol, format!("Micro QR {name} (pinned)"));
                    assert!(needed_bits > capacity_bits);
                }
                other => panic!("{name} {mode:?} {}: {other}", max + 1),
            }
            // …and with the version free, it moves to a larger one unless this is M4.
            let free = QrOptions {
                version: None,
                ..options
            };
            let auto = encode_micro_qr(&sample(mode, max + 1), &free);
            if version == 4 {
                let msg = auto.unwrap_err().to_string();
                assert!(
                    msg.contains(&format!("Micro QR M4-{} holds", ecc.letter())),
                    "{msg}"
                );
            } else {
                assert!(auto.unwrap().meta.version > format!("M{version}"));
            }
        }
    }
}

#[test]
fn too_long_names_the_largest_symbol() {
    let msg = err(
        &[b'9'; 36],
        &QrOptions {
            ecc: EcLevel::L,
            ..QrOptions::default()
        },
    );
    assert_eq!(
        msg,
        "data needs 129 bits (17 bytes); Micro QR M4-L holds 128 bits (16 bytes): shorten the \
         data, lower the error correction level or allow a larger symbol"
    );
    let msg = err(
        &[b'x'; 14],
        &QrOptions {
            ecc: EcLevel::Q,
            ..QrOptions::default()
        },
    );
    assert!(msg.contains("Micro QR M4-Q holds 80 bits"), "{msg}");
}

#[test]
fn invalid_options_are_refused_with_reasons() {
    let base = QrOptions {
        ecc: EcLevel::L,
        ..QrOptions::default()
    };
    let cases: Vec<(QrOptions, &str)> = vec![
        (
            QrOptions {
                mask: Some(4),
                ..base.clone()
            },
            "invalid mask 4: Micro QR masks are 0-3",
        ),
        (
            QrOptions {
                version: Some(5),
                ..base.clone()
            },
            "invalid version 5: Micro QR versions are M1-M4 (1-4)",
        ),
        (
            QrOptions {
                version: Some(0),
                ..base.clone()
            },
            "invalid version 0: Micro QR versions are M1-M4 (1-4)",
        ),
        (
            QrOptions {
                version: Some(1),
                ecc: EcLevel::Q,
                ..base.clone()
            },
            "invalid ecc Q: Micro QR M1 detects errors only: use ecc L (or no pinned version)",
        ),
        (
            QrOptions {
                version: Some(1),
                ecc: EcLevel::M,
                ..base.clone()
            },
            "invalid ecc M: Micro QR M1 detects errors only: use ecc L (or no pinned version)",
        ),
        (
            QrOptions {
                version: Some(3),
                ecc: EcLevel::Q,
                ..base.clone()
            },
            "invalid ecc Q: Micro QR M2 and M3 offer L and M; Q needs M4",
        ),
        (
            QrOptions {
                ecc: EcLevel::H,
                ..base.clone()
            },
            "invalid ecc H: Micro QR offers L, M (M2-M4) and Q (M4 only); M1 detects errors only",
        ),
        (
            QrOptions {
                eci: Some(26),
                ..base.clone()
            },
            "invalid eci 26: Micro QR has no ECI mode",
        ),
        (
            QrOptions {
                fnc1: Fnc1::Gs1,
                ..base.clone()
            },
            "invalid fnc1 gs1: Micro QR has no FNC1 mode",
        ),
        (
            QrOptions {
                fnc1: Fnc1::Industry(37),
                ..base.clone()
            },
            "invalid fnc1 37: Micro QR has no FNC1 mode",
        ),
        (
            QrOptions {
                structured_append: Some(StructuredAppend {
                    index: 1,
                    count: 2,
                    parity: 0,
                }),
                ..base.clone()
            },
            "invalid structured_append 1/2: Micro QR has no structured append (use QR)",
        ),
        (
            QrOptions {
                version: Some(1),
                mode: Some(Mode::Alphanumeric),
                ..base.clone()
            },
            "invalid mode alphanumeric: Micro QR M1 offers numeric mode only",
        ),
        (
            QrOptions {
                version: Some(2),
                mode: Some(Mode::Byte),
                ..base.clone()
            },
            "invalid mode byte: Micro QR M2 offers numeric and alphanumeric modes only",
        ),
    ];
    for (options, expected) in cases {
        let e = encode_micro_qr(b"123", &options).unwrap_err();
        assert!(matches!(e, EncodeError::InvalidOption { .. }), "{e:?}");
        assert_eq!(e.to_string(), expected);
    }
}

#[test]
fn pinned_small_versions_name_the_character() {
    let m1 = QrOptions {
        version: Some(1),
        ecc: EcLevel::L,
        ..QrOptions::default()
    };
    assert_eq!(
        err(b"12A", &m1),
        "invalid version M1: Micro QR M1 carries digits 0-9 only; character \"A\" at byte 2 \
         needs M2 or larger"
    );
    let m2 = QrOptions {
        version: Some(2),
        ..QrOptions::default()
    };
    assert_eq!(
        err(b"AB\xc3\xa9", &m2),
        "invalid version M2: Micro QR M2 carries digits, A-Z, space and $%*+-./: only; \
         character \"é\" at byte 2 needs M3 or larger"
    );
    let forced = QrOptions {
        mode: Some(Mode::Numeric),
        ..QrOptions::default()
    };
    assert_eq!(
        err(b"12a", &forced),
        "character \"a\" at byte 2 cannot be encoded in numeric mode (digits 0-9): remove the \
         forced mode or the character"
    );
}

#[test]
fn version_selection_and_boost() {
    let l = QrOptions {
        ecc: EcLevel::L,
        ..QrOptions::default()
    };
    let m1 = encode_micro_qr(b"12345", &l).unwrap();
    assert_eq!(
        (m1.meta.version.as_str(), m1.meta.ecc.as_deref()),
        ("M1", None)
    );
    assert_eq!((m1.meta.data_bits, m1.meta.capacity_bits), (20, 20));
    assert_eq!(m1.quiet_zone, 2);
    // Six digits: M2; 25 bits fit M2-M (32), so boost raises L to M.
    let m2 = encode_micro_qr(b"123456", &l).unwrap();
    assert_eq!(
        (m2.meta.version.as_str(), m2.meta.ecc.as_deref()),
        ("M2", Some("M"))
    );
    let exact = QrOptions {
        boost: false,
        ..l.clone()
    };
    assert_eq!(
        encode_micro_qr(b"123456", &exact)
            .unwrap()
            .meta
            .ecc
            .as_deref(),
        Some("L")
    );
    // The default level M never picks M1.
    let d = encode_micro_qr(b"1", &QrOptions::default()).unwrap();
    assert_eq!(
        (d.meta.version.as_str(), d.meta.ecc.as_deref()),
        ("M2", Some("M"))
    );
    let m3 = encode_micro_qr(b"hello", &l).unwrap();
    assert_eq!(
        (m3.meta.version.as_str(), m3.meta.ecc.as_deref()),
        ("M3", Some("M"))
    );
    // M4-Q holds less than M3-L, so only a pinned M4 boosts up to Q.
    let m4 = QrOptions {
        version: Some(4),
        ..l.clone()
    };
    let q = encode_micro_qr(b"hello", &m4).unwrap();
    assert_eq!(
        (q.meta.version.as_str(), q.meta.ecc.as_deref()),
        ("M4", Some("Q"))
    );
    let m = encode_micro_qr(b"hello world", &m4).unwrap();
    assert_eq!(m.meta.ecc.as_deref(), Some("M"));
    // A forced mode skips versions without it.
    let forced = QrOptions {
        mode: Some(Mode::Byte),
        ..l.clone()
    };
    assert_eq!(encode_micro_qr(b"1", &forced).unwrap().meta.version, "M3");
    // Empty data is a valid M1 symbol.
    assert_eq!(encode_micro_qr(b"", &l).unwrap().meta.version, "M1");
}

#[test]
fn pinned_and_automatic_masks() {
    for mask in 0..4 {
        let sym = encode_micro_qr(
            b"01234567",
            &QrOptions {
                mask: Some(mask),
                ..pinned(2, EcLevel::L)
            },
        )
        .unwrap();
        assert_eq!(sym.meta.mask, Some(mask));
    }
    let auto = encode_micro_qr(
        b"01234567",
        &QrOptions {
            mask: None,
            ..pinned(2, EcLevel::L)
        },
    );
    assert!(auto.unwrap().meta.mask.is_some_and(|m| m < 4));
}

#[test]
fn format_information_matches_annex_c() {
    // ISO/IEC 18004 Annex C, Table C.1: index = symbol number × 4 + mask.
    const TABLE: [u16; 32] = [
        0x4445, 0x4172, 0x4e2b, 0x4b1c, 0x55ae, 0x5099, 0x5fc0, 0x5af7, 0x6793, 0x62a4, 0x6dfd,
        0x68ca, 0x7678, 0x734f, 0x7c16, 0x7921, 0x06de, 0x03e9, 0x0cb0, 0x0987, 0x1735, 0x1202,
        0x1d5b, 0x186c, 0x2508, 0x203f, 0x2f66, 0x2a51, 0x34e3, 0x31d4, 0x3e8d, 0x3bba,
    ];
    for (i, &code) in TABLE.iter().enumerate() {
        assert_eq!(
            micro_grid::format_bits(i as u8 / 4, i as u8 % 4),
            code,
            "entry {i}"
        );
    }
}

fn stream_bits(data_bits: usize, level: Level) -> Vec<u8> {
    let mut w = BitWriter::default();
    for _ in 0..data_bits {
        w.push(1, 1);
    }
    finish_stream(w, level)
}

#[test]
fn terminator_and_padding() {
    let m1 = LEVELS[0];
    // 13 bits: 3-bit terminator, byte boundary, no room for a pad byte, 4-bit last codeword.
    assert_eq!(stream_bits(13, m1), vec![0xff, 0xf8, 0x00]);
    // 5 bits: terminator, boundary at 8, one pad codeword 0xEC, then the 4-bit codeword.
    assert_eq!(stream_bits(5, m1), vec![0xf8, 0xec, 0x00]);
    // 18 bits: the terminator is cut to the 2 bits left.
    assert_eq!(stream_bits(18, m1), vec![0xff, 0xff, 0xc0]);
    let m2m = LEVELS[2];
    // 9 bits: 5-bit terminator, boundary at 16, pads EC 11.
    assert_eq!(stream_bits(9, m2m), vec![0xff, 0x80, 0xec, 0x11]);
    let m3l = LEVELS[3];
    // 75 bits: 7-bit terminator reaches 82; the 4-bit codeword is completed with zeros.
    let s = stream_bits(75, m3l);
    assert_eq!((s.len(), s[9], s[10]), (11, 0xe0, 0x00));
    let m4q = LEVELS[7];
    assert_eq!(
        stream_bits(0, m4q),
        vec![0, 0, 0xec, 0x11, 0xec, 0x11, 0xec, 0x11, 0xec, 0x11]
    );
}

#[test]
fn roles_cover_the_function_patterns() {
    let sym = encode_micro_qr(
        b"12345",
        &QrOptions {
            ecc: EcLevel::L,
            ..QrOptions::default()
        },
    )
    .unwrap();
    let m = &sym.matrix;
    assert_eq!((m.width(), m.height()), (11, 11));
    assert_eq!(m.role(0, 0), ModuleRole::Finder);
    assert!(m.is_dark(0, 0) && !m.is_dark(1, 1) && m.is_dark(3, 3));
    assert_eq!(m.role(7, 3), ModuleRole::Separator);
    assert_eq!(m.role(7, 7), ModuleRole::Separator);
    assert_eq!(m.role(8, 0), ModuleRole::Timing);
    assert!(m.is_dark(8, 0) && !m.is_dark(9, 0) && m.is_dark(0, 10));
    assert_eq!(m.role(8, 8), ModuleRole::Format);
    assert_eq!(m.role(1, 8), ModuleRole::Format);
    assert_eq!(m.role(8, 1), ModuleRole::Format);
    assert_eq!(m.role(10, 10), ModuleRole::Data);
    let count = |r| {
        (0..11)
            .flat_map(|y| (0..11).map(move |x| (x, y)))
            .filter(|&(x, y)| m.role(x, y) == r)
            .count()
    };
    assert_eq!(count(ModuleRole::Data), 36);
    assert_eq!(count(ModuleRole::Format), 15);
    assert_eq!(count(ModuleRole::Timing), 6);
    assert_eq!(count(ModuleRole::Finder), 49);
    assert_eq!(count(ModuleRole::Separator), 15);
}

#[test]
fn large_input_fails_cleanly() {
    let data = vec![b'x'; 100_000];
    let e = encode_micro_qr(&data, &QrOptions::default()).unwrap_err();
    assert!(
        matches!(
            e,
            EncodeError::DataTooLong {
                capacity_bits: 112,
                ..
            }
        ),
        "{e:?}"
    );
    let options = QrOptions {
        version: Some(2),
        ..QrOptions::default()
    };
    let e = encode_micro_qr(&data[..1000], &options).unwrap_err();
    assert!(e.to_string().starts_with("invalid version M2"), "{e}");
}
