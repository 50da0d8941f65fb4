use super::*;

fn rows(data: &[u8]) -> String {
    encode_code128(data, &Code128Options::default())
        .unwrap()
        .matrix
        .to_text_rows()
}

#[test]
fn empty_is_refused() {
    let e = encode_code128(b"", &Code128Options::default()).unwrap_err();
    assert!(e.to_string().contains("Code 128 data"), "{e}");
}

#[test]
fn width_is_11_per_character_plus_13() {
    // Start C, 12, 34, check, stop: 4 × 11 + 13.
    assert_eq!(rows(b"1234").trim_end().len(), 57);
}

#[test]
fn too_long_names_the_counts() {
    let e = encode_code128(&[b'a'; 102], &Code128Options::default()).unwrap_err();
    assert!(
        e.to_string().contains("needs 103 symbol characters") && e.to_string().contains("102"),
        "{e}"
    );
    assert!(encode_code128(&[b'a'; 101], &Code128Options::default()).is_ok());
    assert!(encode_code128(&[b'7'; 202], &Code128Options::default()).is_ok());
    let e = encode_code128(&[b'7'; 100_000], &Code128Options::default()).unwrap_err();
    assert!(e.to_string().contains("at least 50001"), "{e}");
}

#[test]
fn escapes() {
    let opts = Code128Options {
        extra_escape: true,
        ..Code128Options::default()
    };
    let with = encode_code128(b"A\\^1B", &opts).unwrap();
    let plain = encode_code128(b"AB", &Code128Options::default()).unwrap();
    assert_eq!(with.matrix.width(), plain.matrix.width() + 11);
    let lit = encode_code128(b"\\^^", &opts).unwrap();
    assert_eq!(text_of(&lit), "\\^");
    let e = encode_code128(b"x\\^A", &opts).unwrap_err();
    assert!(e.to_string().contains("escape at byte 1"), "{e}");
    let e = encode_code128(b"\\^", &opts).unwrap_err();
    assert!(e.to_string().contains("end of data"), "{e}");
}

fn text_of(s: &Symbol) -> String {
    match &s.shape {
        Shape::Linear(l) => l.text[0].text.clone(),
        _ => panic!("not linear"),
    }
}

#[test]
fn human_readable_like_zint() {
    let s = encode_code128(b"a\tb\xe9\x85", &Code128Options::default()).unwrap();
    assert_eq!(text_of(&s), "a b\u{e9} ");
}

#[test]
fn gs1_rules() {
    let o = Code128Options::default();
    let s = encode_gs1_128(b"[01]09521234543213[10]ABC", &o).unwrap();
    assert_eq!(text_of(&s), "(01)09521234543213(10)ABC");
    assert_eq!(s.meta.symbology, Symbology::Gs1_128);
    // The 48-character rule counts AIs, values and FNC1 separators: a (01) GTIN and an (8200)
    // URL grown to exactly 48, then one more. (Counted through the parser so the test does
    // not depend on which AIs it knows to be fixed-length.)
    let input = |n: usize| format!("[01]09521234543213[8200]http://e.x/{}", "a".repeat(n));
    let len = |n: usize| {
        gs1::ElementString::parse(input(n).as_bytes())
            .unwrap()
            .to_fnc1_data()
            .len()
    };
    let fits = 48 - len(0);
    encode_gs1_128(input(fits).as_bytes(), &o).unwrap();
    let e = encode_gs1_128(input(fits + 1).as_bytes(), &o).unwrap_err();
    assert_eq!(
        e.to_string(),
        "invalid GS1-128 data length: is 49 characters (AIs, values and FNC1 separators); GS1 \
         allows at most 48 in one symbol: split the element strings over two symbols"
    );
    let init = Code128Options {
        reader_init: true,
        ..Code128Options::default()
    };
    assert!(encode_gs1_128(b"[01]09521234543213", &init).is_err());
}

#[test]
fn check_character_worked_examples() {
    // "HI345678": Start A, H, I, Code C, 34, 56, 78 → 1406 mod 103 = 67 (a widely published
    // worked example of the ISO/IEC 15417 4.2.5 rule).
    assert_eq!(check_value(&[103, 40, 41, 99, 34, 56, 78]), 67);
    // "PJJ123C" in code set A → 878 mod 103 = 54.
    assert_eq!(check_value(&[103, 48, 42, 42, 17, 18, 19, 35]), 54);
    // Code set C "345678": 105 + 34 + 112 + 234 = 485 → 73.
    assert_eq!(check_value(&[105, 34, 56, 78]), 73);
}
