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
    // 2+20 + GS + 2+20 + GS + 2+4 = 52 characters.
    let long = b"[10]ABCDEFGHIJKLMNOPQRST[21]ABCDEFGHIJKLMNOPQRST[22]ABCD";
    let e = encode_gs1_128(long, &o).unwrap_err();
    assert!(e.to_string().contains("is 52 characters"), "{e}");
    assert!(e.to_string().contains("at most 48"), "{e}");
    // AI (8200) product URL, up to 70 characters: 4 + 44 = 48 fits, 4 + 45 does not.
    let url = |n: usize| format!("[8200]http://example.com/{}", "a".repeat(n - 19));
    encode_gs1_128(url(44).as_bytes(), &o).unwrap();
    let e = encode_gs1_128(url(45).as_bytes(), &o).unwrap_err();
    assert!(e.to_string().contains("is 49 characters"), "{e}");
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
