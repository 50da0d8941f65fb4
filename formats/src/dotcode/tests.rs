//! Unit tests for the DotCode encoder.

use super::*;

fn syms(s: &[u8]) -> Vec<u16> {
    s.iter().map(|&b| u16::from(b)).collect()
}

fn both(data: &[u8]) -> (Vec<u8>, Vec<u8>) {
    let s = syms(data);
    let start = annexf::header(&s, false, None, false);
    let text = Text::new(&s[..start.end]);
    let mut a = Writer::default();
    a.extend(&start.header);
    annexf::encode(&text, start.set, start.pos, &mut a);
    let mut b = Writer::default();
    b.extend(&start.header);
    optimal::encode(&text, start.set, start.pos, &mut b);
    (a.cw, b.cw)
}

#[test]
fn binary_groups_pack_base_259_into_base_103() {
    let mut w = Writer::default();
    for b in [1u16, 2, 3, 4, 5, 6] {
        w.byte(b);
    }
    w.flush();
    // 1·259⁴ + 2·259³ + 3·259² + 4·259 + 5 in six base-103 digits, then 6 alone in two.
    let v: u64 = [1u64, 2, 3, 4, 5].iter().fold(0, |a, &b| a * 259 + b);
    let mut digits = [0u8; 6];
    let mut x = v;
    for d in digits.iter_mut().rev() {
        *d = (x % 103) as u8;
        x /= 103;
    }
    assert_eq!(w.cw[..6], digits);
    assert_eq!(w.cw[6..], [0, 6]);
}

#[test]
fn search_is_never_longer_than_the_rules() {
    for data in [
        &b"Hello, World!"[..],
        b"1234567890",
        b"ABC123456def",
        b"\x80\x81\x82abc\xff",
        b"abc\r\ndef\tg",
        b"17123456101234",
        b"a1b2c3d4e5f6",
        b"\x01\x02\x03abc\x04",
    ] {
        let (rules, best) = both(data);
        assert!(best.len() <= rules.len(), "{data:?}: {best:?} vs {rules:?}");
    }
}

#[test]
fn leading_digits_get_fnc1_unless_gs1() {
    let (rules, _) = both(b"123");
    assert_eq!(rules, [107, 12, 102, 19]); // FNC1, "12", Shift B "3"
}

#[test]
fn macro_headers() {
    let (rules, _) = both(b"[)>\x1e05\x1dABC\x1e\x04");
    assert_eq!(rules[..2], [106, 97]);
    assert_eq!(rules[2..], [33, 34, 35]);
}

#[test]
fn sizes() {
    assert_eq!(
        size::choose(10, Some(20), None).unwrap(),
        Size {
            width: 20,
            height: 17
        }
    );
    let s = size::choose(1, None, None).unwrap();
    assert_eq!((s.width + s.height) & 1, 1);
    assert!(size::choose(1500, None, None).is_err());
    assert!(size::choose(1471, None, None).is_ok());
}

#[test]
fn errors() {
    let o = DotCodeOptions {
        columns: Some(4),
        ..Default::default()
    };
    assert!(matches!(
        encode(b"A", &o),
        Err(EncodeError::InvalidOption {
            option: "columns",
            ..
        })
    ));
    let o = DotCodeOptions {
        mask: Some(8),
        ..Default::default()
    };
    assert!(matches!(
        encode(b"A", &o),
        Err(EncodeError::InvalidOption { option: "mask", .. })
    ));
}
