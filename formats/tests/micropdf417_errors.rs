//! MicroPDF417 refuses bad options and oversized data with precise errors, and never panics.

use codevault_formats::{
    EncodeError,
    pdf417::{
        MacroPdf417,
        micro::{self, MicroPdf417Options},
    },
};
use proptest::prelude::*;

fn err(data: &[u8], o: &MicroPdf417Options) -> EncodeError {
    micro::encode(data, o).expect_err("should be refused")
}

fn with(f: impl FnOnce(&mut MicroPdf417Options)) -> MicroPdf417Options {
    let mut o = MicroPdf417Options::default();
    f(&mut o);
    o
}

#[test]
fn columns_out_of_range() {
    for c in [0, 5, 30] {
        let e = err(b"x", &with(|o| o.columns = Some(c)));
        assert_eq!(
            e.to_string(),
            format!("invalid columns {c}: 1 to 4 data columns")
        );
    }
}

#[test]
fn bad_rows_and_sizes() {
    for r in [0, 3, 5, 45, 300] {
        let e = err(b"x", &with(|o| o.rows = Some(r)));
        assert!(
            matches!(e, EncodeError::InvalidOption { option: "rows", .. }),
            "{e}"
        );
    }
    // 4 rows exist only with 4 columns.
    let e = err(
        b"x",
        &with(|o| {
            o.rows = Some(4);
            o.columns = Some(1);
        }),
    );
    assert_eq!(
        e.to_string(),
        "invalid rows 4 with 1 column: 1 column has 11, 14, 17, 20, 24 or 28 rows"
    );
    for v in ["", "11", "4x1", "11x5", "x", "abc", "1x11 "] {
        let e = err(b"x", &with(|o| o.version = Some(v.into())));
        assert!(
            matches!(
                e,
                EncodeError::InvalidOption {
                    option: "version",
                    ..
                }
            ),
            "{v:?}: {e}"
        );
    }
    let e = err(
        b"x",
        &with(|o| {
            o.version = Some("11x1".into());
            o.columns = Some(2);
        }),
    );
    assert!(e.to_string().contains("agrees with columns"), "{e}");
    // Spaces and an upper-case X are fine.
    let o = with(|o| o.version = Some(" 8 X 2 ".into()));
    assert_eq!(micro::encode(b"x", &o).unwrap().meta.version, "8x2");
}

#[test]
fn eci_out_of_range() {
    let e = err(b"x", &with(|o| o.eci = Some(811_800)));
    assert_eq!(e.to_string(), "invalid eci 811800: 0 to 811799");
}

#[test]
fn too_long_for_the_largest_symbol() {
    // 150 non-text bytes fill 44x4 exactly (924 + 125); one more needs 127 codewords.
    let ok = vec![0x80u8; 150];
    assert_eq!(
        micro::encode(&ok, &MicroPdf417Options::default())
            .unwrap()
            .meta
            .version,
        "44x4"
    );
    let mut long = ok.clone();
    long.push(0x80);
    match err(&long, &MicroPdf417Options::default()) {
        EncodeError::DataTooLong {
            needed_bits,
            capacity_bits,
            symbol,
        } => {
            assert_eq!(needed_bits, 127 * 10);
            assert_eq!(capacity_bits, 126 * 10);
            assert_eq!(
                symbol,
                "MicroPDF417 44x4 (the largest) (126 data codewords)"
            );
        }
        e => panic!("{e}"),
    }
    // 366 digits fit, 367 do not: refused before compaction, with numeric's count.
    let digits = vec![b'7'; 367];
    assert!(micro::encode(&digits[..366], &MicroPdf417Options::default()).is_ok());
    match err(&digits, &MicroPdf417Options::default()) {
        EncodeError::DataTooLong { needed_bits, .. } => assert_eq!(needed_bits, 127 * 10),
        e => panic!("{e}"),
    }
    let e = err(&vec![b'A'; 100_000], &MicroPdf417Options::default());
    assert!(matches!(e, EncodeError::DataTooLong { .. }), "{e}");
}

#[test]
fn too_long_for_pinned_sizes() {
    // 21 codewords: one more than 1 column's 20.
    let data = vec![0x80u8; 24]; // 924 + 20
    let e = err(&data, &with(|o| o.columns = Some(1)));
    assert_eq!(
        e.to_string(),
        "data needs 210 bits (27 bytes); MicroPDF417 28x1 of 1 column (pinned) (20 data \
         codewords) holds 200 bits (25 bytes): shorten the data, lower the error correction \
         level or allow a larger symbol"
    );
    let e = err(&data, &with(|o| o.version = Some("11x1".into())));
    match e {
        EncodeError::DataTooLong {
            needed_bits,
            capacity_bits,
            symbol,
        } => {
            assert_eq!((needed_bits, capacity_bits), (210, 40));
            assert_eq!(symbol, "MicroPDF417 11x1 (pinned) (4 data codewords)");
        }
        e => panic!("{e}"),
    }
    let e = err(&data, &with(|o| o.rows = Some(4)));
    assert!(e.to_string().contains("4x4 of 4 rows (pinned)"), "{e}");
    // The macro block counts against the capacity too.
    let e = err(
        b"123456",
        &with(|o| {
            o.version = Some("11x1".into());
            o.macro_pdf417 = Some(MacroPdf417::new(0, 2, ""));
        }),
    );
    assert!(matches!(e, EncodeError::DataTooLong { .. }), "{e}");
}

#[test]
fn macro_errors_name_the_field() {
    let e = err(
        b"x",
        &with(|o| o.macro_pdf417 = Some(MacroPdf417::new(0, 2, "12a"))),
    );
    assert!(e.to_string().contains("file_id"), "{e}");
    let e = err(
        b"x",
        &with(|o| o.macro_pdf417 = Some(MacroPdf417::new(5, 2, ""))),
    );
    assert!(e.to_string().contains("segment_index"), "{e}");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn never_panics(
        data in prop::collection::vec(any::<u8>(), 0..400),
        cols in prop::option::of(0u16..6),
        rows in prop::option::of(0u16..50),
        eci in prop::option::of(0u32..1_000_000),
        init in any::<bool>(),
    ) {
        let o = with(|o| {
            o.columns = cols;
            o.rows = rows;
            o.eci = eci;
            o.reader_init = init;
        });
        if let Ok(s) = micro::encode(&data, &o) {
            let cws = micro::read_codewords(&s.matrix).expect("reads back");
            prop_assert_eq!(cws.len() * 10, s.meta.capacity_bits);
            prop_assert!(s.meta.data_bits <= s.meta.capacity_bits);
        }
    }
}
