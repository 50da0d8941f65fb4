use super::*;

fn bars(symbol: &Symbol) -> String {
    symbol.matrix.to_text_rows().trim_end().to_string()
}

fn linear(symbol: &Symbol) -> &Linear {
    match &symbol.shape {
        Shape::Linear(l) => l,
        other => panic!("not linear: {other:?}"),
    }
}

fn err(r: Result<Symbol, EncodeError>) -> String {
    r.unwrap_err().to_string()
}

#[test]
fn ean13_worked_example() {
    // The widely used example EAN-13 5901234123457 (worked by hand from the number sets): 5 gives
    // parities A B B A A B (ABBAAB).
    let s = encode_ean13(b"590123412345", &EanOptions::default()).unwrap();
    // Digits 9 0 1 2 3 4 with parity ABBAAB, then 1 2 3 4 5 7 from set C.
    let expected = concat!(
        "101", "0001011", "0100111", "0110011", "0010011", "0111101", "0011101", "01010",
        "1100110", "1101100", "1000010", "1011100", "1001110", "1000100", "101"
    );
    assert_eq!(bars(&s), expected);
    assert_eq!(s.meta.version, "EAN-13");
    assert_eq!(s.meta.data_bits, 13 * 8);
    let l = linear(&s);
    assert_eq!((l.quiet_left, l.quiet_right), (11, 7));
    assert_eq!(s.quiet_zone, 11);
    let text: Vec<&str> = l.text.iter().map(|t| t.text.as_str()).collect();
    assert_eq!(text, ["5", "901234", "123457"]);
    assert!(l.text[0].start < 0);
}

#[test]
fn check_digit_is_verified() {
    let o = EanOptions::default();
    assert_eq!(
        err(encode_ean13(b"5901234123450", &o)),
        "invalid EAN-13 check digit: is 0, should be 7"
    );
    assert_eq!(
        err(encode_ean8(b"95012347", &o)),
        "invalid EAN-8 check digit: is 7, should be 6"
    );
    assert_eq!(
        err(encode_upca(b"036000291453", &o)),
        "invalid UPC-A check digit: is 3, should be 2"
    );
    assert_eq!(
        err(encode_upce(b"01234568", &o)),
        "invalid UPC-E check digit: is 8, should be 5"
    );
    assert!(encode_ean13(b"5901234123457", &o).is_ok());
    assert!(encode_ean8(b"95012346", &o).is_ok());
    assert!(encode_upca(b"036000291452", &o).is_ok());
    assert!(encode_upce(b"01234565", &o).is_ok());
}

#[test]
fn bad_characters_are_named_with_their_position() {
    let o = EanOptions::default();
    assert_eq!(
        err(encode_ean13(b"590A23412345", &o)),
        "invalid EAN-13 character 'A' at byte 3: only digits 0-9 are allowed (and one '+' \
         before a 2- or 5-digit add-on)"
    );
    assert!(err(encode_upca("0360é".as_bytes(), &o)).contains("character 'é' at byte 4"));
    assert!(err(encode_upce(&[b'1', 0xff], &o)).contains("character \\xFF at byte 1"));
    assert!(err(encode_ean8(b"1234567+1x", &o)).contains("character 'x' at byte 9"));
    let with = EanOptions {
        addon: Some("1a".into()),
        ..EanOptions::default()
    };
    assert!(err(encode_ean8(b"1234567", &with)).contains("EAN-8 add-on character 'a' at byte 1"));
    assert!(err(encode_ean13(b"123+45+67", &o)).contains("second '+' at byte 6"));
}

#[test]
fn wrong_lengths() {
    let o = EanOptions::default();
    assert!(err(encode_ean13(b"12345678901234", &o)).contains("EAN-13 data: has 14 digits"));
    assert!(err(encode_ean8(b"123456789", &o)).contains("EAN-8 data: has 9 digits"));
    assert!(err(encode_upca(b"1234567890123", &o)).contains("UPC-A data: has 13 digits"));
    assert!(err(encode_upce(b"123456789", &o)).contains("UPC-E data: has 9 digits"));
    assert!(err(encode_upce(b"1234567890", &o)).contains("has 10 digits"));
    assert!(err(encode_upce(b"1234567890123", &o)).contains("has 13 digits"));
    assert!(err(encode_ean13(b"", &o)).contains("EAN-13 data: is empty"));
    assert!(err(encode_ean13(b"+12", &o)).contains("is empty"));
    for addon in ["1", "123", "1234", "123456"] {
        let e = err(encode_ean13(format!("590123412345+{addon}").as_bytes(), &o));
        assert!(
            e.contains(&format!("EAN-13 add-on: has {} digits", addon.len())),
            "{e}"
        );
        let opt = EanOptions {
            addon: Some(addon.into()),
            ..EanOptions::default()
        };
        assert!(err(encode_upca(b"03600029145", &opt)).contains("UPC-A add-on: has"));
    }
    assert!(err(encode_ean13(b"590123412345+", &o)).contains("has 0 digits"));
    let twice = EanOptions {
        addon: Some("12".into()),
        ..EanOptions::default()
    };
    assert!(err(encode_ean13(b"590123412345+12", &twice)).contains("given twice"));
}

#[test]
fn short_input_is_zero_padded() {
    let o = EanOptions::default();
    assert_eq!(
        bars(&encode_ean13(b"12345", &o).unwrap()),
        bars(&encode_ean13(b"000000012345", &o).unwrap())
    );
    assert_eq!(
        bars(&encode_ean8(b"12", &o).unwrap()),
        bars(&encode_ean8(b"0000012", &o).unwrap())
    );
    assert_eq!(
        bars(&encode_upca(b"1", &o).unwrap()),
        bars(&encode_upca(b"00000000001", &o).unwrap())
    );
    assert_eq!(
        bars(&encode_upce(b"1234", &o).unwrap()),
        bars(&encode_upce(b"001234", &o).unwrap())
    );
}

#[test]
fn upce_number_systems_and_upca_form() {
    let o = EanOptions::default();
    // 0123456 (UPC-A 01234500006-5... ) written in every accepted form.
    let six = encode_upce(b"123456", &o).unwrap();
    for form in [
        &b"0123456"[..],
        b"01234565",
        b"01234500006",
        b"012345000065",
    ] {
        assert_eq!(
            bars(&encode_upce(form, &o).unwrap()),
            bars(&six),
            "{form:?}"
        );
    }
    assert_eq!(
        err(encode_upce(b"2123456", &o)),
        "invalid UPC-E number system: is 2, should be 0 or 1 (other number systems have no \
         UPC-E form)"
    );
    assert!(err(encode_upce(b"21234500006", &o)).contains("number system: is 2"));
    let e = err(encode_upce(b"01234567890", &o));
    assert!(
        e.starts_with("invalid UPC-E data: UPC-A 012345678905 has no zero-suppressed UPC-E form"),
        "{e}"
    );
    assert!(err(encode_upce(b"120453", &o)).contains("third digit must be 3-9"));
    assert!(err(encode_upce(b"123004", &o)).contains("fourth digit must not be 0"));
    assert!(err(encode_upce(b"123405", &o)).contains("fifth digit must not be 0"));
    let s = encode_upce(b"1123456", &o).unwrap();
    let text: Vec<&str> = linear(&s).text.iter().map(|t| t.text.as_str()).collect();
    assert_eq!(text, ["1", "123456", "2"]);
    assert_eq!(s.matrix.width(), 51);
}

#[test]
fn addon_layout_and_gap() {
    let o = EanOptions::default();
    let s = encode_ean13(b"9501234567890+12", &o);
    // 9501234567890 has check digit 3, so this is refused; use the computed one.
    assert!(s.is_err());
    let s = encode_ean13(b"950123456789+12345", &o).unwrap();
    assert_eq!(s.matrix.width(), 95 + 7 + 47);
    let l = linear(&s);
    assert_eq!(l.addon_start, Some(102));
    assert_eq!(l.quiet_right, 5);
    let last = l.text.last().unwrap();
    assert_eq!((last.text.as_str(), last.above), ("12345", true));
    // The gap is light, the add-on starts with its 1011 start pattern.
    let row = bars(&s);
    assert_eq!(&row[95..102], "0000000");
    assert_eq!(&row[102..106], "1011");

    let gap = EanOptions {
        addon_gap: Some(12),
        ..EanOptions::default()
    };
    let s = encode_upca(b"03600029145+12", &gap).unwrap();
    assert_eq!(s.matrix.width(), 95 + 12 + 20);
    let s = encode_upca(b"03600029145+12", &o).unwrap();
    assert_eq!(s.matrix.width(), 95 + 9 + 20);
    for (f, bad) in [
        (encode_upca as fn(&[u8], &EanOptions) -> _, 8),
        (encode_ean13, 6),
        (encode_upce, 13),
    ] {
        let opt = EanOptions {
            addon_gap: Some(bad),
            ..EanOptions::default()
        };
        let e = f(b"012345+12", &opt).unwrap_err();
        assert!(
            matches!(
                e,
                EncodeError::InvalidOption {
                    option: "addon_gap",
                    ..
                }
            ),
            "{e}"
        );
    }
    // Without an add-on the gap is not used (but still checked).
    assert!(encode_ean8(b"1234567", &gap).is_ok());
}

#[test]
fn quiet_zone_markers() {
    let on = EanOptions {
        quiet_zone_markers: true,
        ..EanOptions::default()
    };
    let texts = |s: &Symbol| -> Vec<(String, i32)> {
        linear(s)
            .text
            .iter()
            .map(|t| (t.text.clone(), t.start))
            .collect()
    };
    let s = encode_ean8(b"9501234", &on).unwrap();
    let t = texts(&s);
    assert!(
        t.contains(&("<".into(), -7)) && t.contains(&(">".into(), 67)),
        "{t:?}"
    );
    let s = encode_ean13(b"950110153000", &on).unwrap();
    assert!(texts(&s).contains(&(">".into(), 95)));
    let s = encode_upca(b"03600029145", &on).unwrap();
    assert!(!texts(&s).iter().any(|(t, _)| t == ">" || t == "<"));
    let s = encode_upce(b"123456+12", &on).unwrap();
    assert!(texts(&s).contains(&(">".into(), 51 + 7 + 20)));
    // Bars never change.
    assert_eq!(
        encode_ean13(b"950110153000", &on).unwrap().matrix,
        encode_ean13(b"950110153000", &EanOptions::default())
            .unwrap()
            .matrix
    );
}

#[test]
fn guards_are_bars() {
    let o = EanOptions::default();
    for s in [
        encode_ean13(b"950110153000", &o).unwrap(),
        encode_ean8(b"9501234", &o).unwrap(),
        encode_upca(b"03600029145", &o).unwrap(),
        encode_upce(b"123456", &o).unwrap(),
    ] {
        let l = linear(&s);
        assert!(s.matrix.is_dark(0, 0) && s.matrix.is_dark(s.matrix.width() - 1, 0));
        for &(a, b) in &l.guards {
            assert!(b <= s.matrix.width());
            // Guards are whole patterns: the centre guard starts and ends light, the others dark.
            let dark = (a..b).filter(|&x| s.matrix.is_dark(x, 0)).count();
            assert!(dark >= 2, "{:?} {a}..{b}", s.meta);
        }
    }
}
