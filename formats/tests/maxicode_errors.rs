//! MaxiCode bad input: every refusal names the field and what would fix it.

use codevault_formats::EncodeError;
use codevault_formats::maxicode::{self, MaxiCodeOptions, MaxiCodeStructuredAppend};

fn opts(mode: Option<u8>, primary: Option<&str>) -> MaxiCodeOptions {
    let mut o = MaxiCodeOptions::default();
    o.mode = mode;
    o.primary = primary.map(str::to_string);
    o
}

fn err(data: &[u8], o: &MaxiCodeOptions) -> EncodeError {
    maxicode::encode(data, o).expect_err("should be refused")
}

fn data_field(e: &EncodeError) -> (&str, &str) {
    match e {
        EncodeError::InvalidData { field, reason } => (field, reason),
        other => panic!("expected InvalidData, got {other:?}"),
    }
}

fn option_name(e: &EncodeError) -> &'static str {
    match e {
        EncodeError::InvalidOption { option, .. } => option,
        other => panic!("expected InvalidOption, got {other:?}"),
    }
}

#[test]
fn bad_modes() {
    for m in [0, 1, 7, 255] {
        assert_eq!(option_name(&err(b"A", &opts(Some(m), None))), "mode");
    }
    let mut o = opts(Some(4), None);
    o.reader_init = true;
    assert_eq!(option_name(&err(b"A", &o)), "mode");
    // reader_init alone is mode 6.
    let mut o = MaxiCodeOptions::default();
    o.reader_init = true;
    assert_eq!(maxicode::encode(b"A", &o).unwrap().meta.version, "mode 6");
}

#[test]
fn primary_message_problems() {
    // Missing for modes 2 and 3.
    assert_eq!(option_name(&err(b"A", &opts(Some(2), None))), "primary");
    assert_eq!(option_name(&err(b"A", &opts(Some(3), Some("")))), "primary");
    // Given for modes 4-6.
    assert_eq!(
        option_name(&err(b"A", &opts(Some(4), Some("152382802840001")))),
        "primary"
    );
    // Wrong lengths: under 7 (no postcode) or over 15.
    for p in ["840001", "1234567890840001", "12"] {
        let e = err(b"A", &opts(Some(2), Some(p)));
        let (field, reason) = data_field(&e);
        assert_eq!(field, "MaxiCode primary message");
        assert!(
            reason.contains(&format!("is {} characters", p.len())),
            "{reason}"
        );
    }
    // Mode 2 postcode: digits only (then spaces).
    for p in ["1234A840001", "12 34840001", "-12345840001"] {
        let e = err(b"A", &opts(Some(2), Some(p)));
        assert_eq!(data_field(&e).0, "MaxiCode mode 2 postcode", "{p}");
    }
    // Mode 3 postcode: at most 6 characters, all in code set A.
    let e = err(b"A", &opts(Some(3), Some("ABCDEFG826001")));
    let (field, reason) = data_field(&e);
    assert_eq!(field, "MaxiCode mode 3 postcode");
    assert!(
        reason.contains("7 characters") && reason.contains("at most 6"),
        "{reason}"
    );
    let e = err(b"A", &opts(Some(3), Some("AB{12826001")));
    assert!(data_field(&e).1.contains("not in code set A"));
    let e = err(b"A", &opts(Some(3), Some("AB\x1d12826001")));
    assert!(data_field(&e).1.contains("not in code set A"));
    // Trailing spaces past 6 are padding, not a long postcode.
    assert!(maxicode::encode(b"A", &opts(Some(3), Some("AB12   826001"))).is_ok());
    // Country code and service class: 3 digits each.
    let e = err(b"A", &opts(Some(2), Some("15238280284A001")));
    assert_eq!(data_field(&e).0, "MaxiCode country code");
    let e = err(b"A", &opts(None, Some("B105005699X")));
    assert_eq!(data_field(&e).0, "MaxiCode service class");
}

#[test]
fn scm_header_problems() {
    let mut o = opts(Some(2), Some("152382802840001"));
    o.scm_vv = Some(100);
    assert_eq!(option_name(&err(b"A", &o)), "scm_vv");
    let mut o = opts(Some(4), None);
    o.scm_vv = Some(96);
    assert_eq!(option_name(&err(b"A", &o)), "scm_vv");
}

#[test]
fn too_long_names_the_numbers() {
    let cases: [(u8, usize, usize); 5] = [
        (4, 94, 93),
        (5, 78, 77),
        (6, 94, 93),
        (2, 85, 84),
        (3, 85, 84),
    ];
    for (mode, n, capacity) in cases {
        let primary = match mode {
            2 => Some("152382802840001"),
            3 => Some("B1050056999"),
            _ => None,
        };
        let data = vec![b'A'; n];
        match err(&data, &opts(Some(mode), primary)) {
            EncodeError::DataTooLong {
                needed_bits,
                capacity_bits,
                symbol,
            } => {
                assert_eq!(needed_bits, n * 6, "mode {mode}");
                assert_eq!(capacity_bits, capacity * 6, "mode {mode}");
                assert!(symbol.contains(&format!("mode {mode}")), "{symbol}");
            }
            other => panic!("mode {mode}: {other:?}"),
        }
        // One character less fits exactly.
        assert!(maxicode::encode(&data[1..], &opts(Some(mode), primary)).is_ok());
    }
    // Digits: 138 fit mode 4 (15 Numeric Shifts of 6 codewords, then 3 digits), 139 do not.
    let digits = vec![b'7'; 139];
    assert!(maxicode::encode(&digits[..138], &opts(Some(4), None)).is_ok());
    assert!(matches!(
        err(&digits, &opts(Some(4), None)),
        EncodeError::DataTooLong { .. }
    ));
    // Huge input is refused quickly.
    assert!(matches!(
        err(&vec![b'1'; 100_000], &opts(None, None)),
        EncodeError::DataTooLong { .. }
    ));
}

#[test]
fn structured_append_out_of_range() {
    for (index, total, field) in [
        (1, 1, "structured_append.total"),
        (1, 9, "structured_append.total"),
        (0, 4, "structured_append.index"),
        (5, 4, "structured_append.index"),
    ] {
        let mut o = opts(Some(4), None);
        o.structured_append = Some(MaxiCodeStructuredAppend { index, total });
        assert_eq!(option_name(&err(b"A", &o)), field, "{index}/{total}");
    }
}

#[test]
fn eci_out_of_range() {
    let mut o = opts(Some(4), None);
    o.eci = Some(1_000_000);
    assert_eq!(option_name(&err(b"A", &o)), "eci");
}

#[test]
fn empty_data() {
    let e = err(b"", &opts(Some(4), None));
    assert_eq!(data_field(&e).0, "MaxiCode data");
    // Modes 2 and 3 carry their primary message without a secondary one.
    assert!(maxicode::encode(b"", &opts(Some(2), Some("152382802840001"))).is_ok());
}
