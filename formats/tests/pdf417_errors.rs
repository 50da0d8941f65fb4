//! PDF417 refuses bad options and oversized data with precise errors, and never panics.

use codevault_formats::{
    EncodeError,
    pdf417::{self, MacroPdf417, Pdf417Options},
};
use proptest::prelude::*;

fn err(data: &[u8], o: &Pdf417Options) -> EncodeError {
    pdf417::encode(data, o).expect_err("should be refused")
}

fn with(f: impl FnOnce(&mut Pdf417Options)) -> Pdf417Options {
    let mut o = Pdf417Options::default();
    f(&mut o);
    o
}

#[test]
fn option_ranges() {
    let e = err(b"x", &with(|o| o.security_level = Some(9)));
    assert_eq!(
        e.to_string(),
        "invalid security_level 9: 0 to 8 (2 to 512 check codewords), or none for automatic"
    );
    for c in [0, 31] {
        let e = err(b"x", &with(|o| o.columns = Some(c)));
        assert!(
            matches!(
                e,
                EncodeError::InvalidOption {
                    option: "columns",
                    ..
                }
            ),
            "{e}"
        );
    }
    for r in [0, 2, 91] {
        let e = err(b"x", &with(|o| o.rows = Some(r)));
        assert!(
            matches!(e, EncodeError::InvalidOption { option: "rows", .. }),
            "{e}"
        );
    }
    let e = err(
        b"x",
        &with(|o| {
            o.rows = Some(40);
            o.columns = Some(30);
        }),
    );
    assert_eq!(
        e.to_string(),
        "invalid rows 40 with 30 columns (1200 codewords): rows x columns at most 928: fewer rows \
         or columns"
    );
    for a in [0.0, -1.0, f32::NAN, f32::INFINITY] {
        let e = err(b"x", &with(|o| o.aspect_ratio = Some(a)));
        assert!(
            matches!(
                e,
                EncodeError::InvalidOption {
                    option: "aspect_ratio",
                    ..
                }
            ),
            "{e}"
        );
    }
    let e = err(b"x", &with(|o| o.eci = Some(811_800)));
    assert_eq!(e.to_string(), "invalid eci 811800: 0 to 811799");
}

#[test]
fn too_long_says_by_how_much() {
    // 2711 digits: one more than the standard's maximum.
    let digits = vec![b'7'; 2711];
    let e = err(&digits, &with(|o| o.security_level = Some(0)));
    let EncodeError::DataTooLong {
        needed_bits,
        capacity_bits,
        symbol,
    } = &e
    else {
        panic!("{e:?}")
    };
    assert_eq!(*capacity_bits, 926 * 10);
    assert_eq!(
        *needed_bits,
        927 * 10,
        "length descriptor, 902 and 925 numeric codewords"
    );
    assert_eq!(
        symbol,
        "PDF417 the largest symbol at security level 0 (926 data codewords of 928)"
    );
    // 2710 fit.
    pdf417::encode(&digits[..2710], &with(|o| o.security_level = Some(0))).unwrap();

    // Bytes: 1108 fit at level 0, 1109 do not.
    let bytes = vec![0xffu8; 1109];
    pdf417::encode(&bytes[..1108], &with(|o| o.security_level = Some(0))).unwrap();
    let e = err(&bytes, &with(|o| o.security_level = Some(0)));
    assert!(matches!(e, EncodeError::DataTooLong { .. }), "{e}");

    // Far too long: refused before compaction, with a lower bound.
    let e = err(&vec![b'a'; 100_000], &Pdf417Options::default());
    assert!(
        matches!(e, EncodeError::DataTooLong { needed_bits, .. } if needed_bits > 9280),
        "{e}"
    );

    // Pinned sizes.
    let e = err(
        &[b'A'; 100],
        &with(|o| {
            o.rows = Some(3);
            o.columns = Some(3);
        }),
    );
    assert!(e.to_string().contains("3 rows x 3 columns (pinned)"), "{e}");
    let e = err(&[b'A'; 600], &with(|o| o.columns = Some(2)));
    assert!(e.to_string().contains("2 columns (pinned)"), "{e}");
    let e = err(&[b'A'; 600], &with(|o| o.rows = Some(3)));
    assert!(e.to_string().contains("3 rows (pinned)"), "{e}");
    let e = err(
        b"x",
        &with(|o| {
            o.security_level = Some(8);
            o.columns = Some(5);
        }),
    );
    assert!(
        matches!(
            e,
            EncodeError::DataTooLong {
                capacity_bits: 0,
                ..
            }
        ),
        "{e}"
    );
}

#[test]
fn automatic_level_steps_down_to_fit() {
    // 896 data codewords: the recommended level 6 (128 check words) and level 5 (64) would not
    // fit in 928 codewords; level 4 (32) does.
    let s = pdf417::encode(&[b'A'; 1790], &Pdf417Options::default()).unwrap();
    assert_eq!(s.meta.ecc.as_deref(), Some("4"));
}

#[test]
fn bad_macro_fields() {
    let m = |f: &dyn Fn(&mut MacroPdf417)| {
        let mut m = MacroPdf417::new(0, 2, "001");
        f(&mut m);
        err(b"data", &with(|o| o.macro_pdf417 = Some(m)))
    };
    assert_eq!(
        m(&|m| m.segment_index = 99_999).to_string(),
        "invalid Macro PDF417 segment_index: is 99999, must be 0 to 99998"
    );
    assert_eq!(
        m(&|m| m.segment_index = 2).to_string(),
        "invalid Macro PDF417 segment_index: is 2 but the file has 2 segments: the index counts \
         from 0 and must be below segment_count"
    );
    assert_eq!(
        m(&|m| m.segment_count = Some(0)).to_string(),
        "invalid Macro PDF417 segment_count: is 0, must be 1 to 99999"
    );
    assert_eq!(
        m(&|m| m.segment_count = Some(100_000)).to_string(),
        "invalid Macro PDF417 segment_count: is 100000, must be 1 to 99999"
    );
    assert_eq!(
        m(&|m| m.file_id = "12a".into()).to_string(),
        "invalid Macro PDF417 file_id: 'a' at 2 is not a digit: use digits only"
    );
    assert_eq!(
        m(&|m| m.file_id = "123900".into()).to_string(),
        "invalid Macro PDF417 file_id: group 2 (900) is over 899: each group of three digits must \
         be 000 to 899"
    );
    assert_eq!(
        m(&|m| m.file_name = Some("caf\u{e9}".into())).to_string(),
        "invalid Macro PDF417 file_name: byte 0xc3 at 3 is not a text compaction character: use \
         printable ASCII, tab, CR or LF"
    );
    assert!(matches!(
        m(&|m| m.sender = Some("x".repeat(5000))),
        EncodeError::InvalidData { .. }
    ));
}

fn any_options() -> impl Strategy<Value = Pdf417Options> {
    (
        prop::option::of(0u8..12),
        prop::option::of(0u16..35),
        prop::option::of(0u16..95),
        prop::option::of(prop_oneof![Just(f32::NAN), -1.0f32..10.0]),
        any::<bool>(),
        prop::option::of(0u32..900_000),
        any::<bool>(),
        prop::option::of((
            0u32..100_001,
            prop::option::of(0u32..100_001),
            "[0-9a]{0,12}",
        )),
    )
        .prop_map(|(l, c, r, a, compact, eci, init, m)| {
            let mut o = Pdf417Options::default();
            o.security_level = l;
            o.columns = c;
            o.rows = r;
            o.aspect_ratio = a;
            o.compact = compact;
            o.eci = eci;
            o.reader_init = init;
            o.macro_pdf417 = m.map(|(i, count, id)| {
                let mut m = MacroPdf417::default();
                m.segment_index = i;
                m.segment_count = count;
                m.file_id = id;
                m.last_segment = i % 2 == 0;
                m
            });
            o
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn never_panics(data in prop::collection::vec(any::<u8>(), 0..3000), o in any_options()) {
        if let Ok(s) = pdf417::encode(&data, &o) {
            let cws = pdf417::read_codewords(&s.matrix, o.compact).expect("readable");
            prop_assert!(cws.len() <= 928 && cws.len() % s.matrix.height() == 0);
            prop_assert!(s.matrix.height() >= 3 && s.matrix.height() <= 90);
            prop_assert_eq!(usize::from(cws[0]) * 10, s.meta.capacity_bits);
        }
    }
}
