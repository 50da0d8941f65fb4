//! Reading the caller's digits: the `+` add-on, leading-zero padding, check digits and UPC-E
//! zero suppression.

use super::Kind;
use crate::EncodeError;

/// The digits a symbol carries (values 0–9), check digit included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Digits {
    /// EAN-13: 13, EAN-8: 8, UPC-A: 12, UPC-E: 8 (number system, six digits, check digit).
    pub main: [u8; 13],
    pub main_len: usize,
    /// EAN-2 or EAN-5 add-on (`addon_len` 0, 2 or 5).
    pub addon: [u8; 5],
    pub addon_len: usize,
}

impl Digits {
    pub(super) fn main(&self) -> &[u8] {
        &self.main[..self.main_len]
    }

    pub(super) fn addon(&self) -> &[u8] {
        &self.addon[..self.addon_len]
    }
}

/// Splits `data` at zint's `+`, takes the add-on from the option otherwise, and checks both.
pub(super) fn parse(
    kind: Kind,
    data: &[u8],
    addon_option: Option<&str>,
) -> Result<Digits, EncodeError> {
    let name = kind.name();
    let mut plus = None;
    for (i, &b) in data.iter().enumerate() {
        match b {
            b'0'..=b'9' => {}
            b'+' if plus.is_none() => plus = Some(i),
            b'+' => {
                return Err(EncodeError::data(
                    format!("{name} add-on"),
                    format!(
                        "second '+' at byte {i}: give one add-on of 2 or 5 digits after a single '+'"
                    ),
                ));
            }
            _ => return Err(bad_char(name, "", data, i)),
        }
    }
    let (main, in_data) = match plus {
        Some(i) => (&data[..i], Some(&data[i + 1..])),
        None => (data, None),
    };
    let option = addon_option.filter(|a| !a.is_empty()).map(str::as_bytes);
    let addon = match (in_data, option) {
        (Some(_), Some(_)) => {
            return Err(EncodeError::data(
                format!("{name} add-on"),
                "given twice (after '+' in the data and as the addon option): keep one",
            ));
        }
        (Some(a), None) => a,
        (None, Some(a)) => {
            if let Some(i) = a.iter().position(|b| !b.is_ascii_digit()) {
                return Err(bad_char(name, " add-on", a, i));
            }
            a
        }
        (None, None) => &[],
    };
    if !matches!(addon.len(), 0 | 2 | 5) || (in_data.is_some() && addon.is_empty()) {
        return Err(EncodeError::data(
            format!("{name} add-on"),
            format!(
                "has {} digits; an add-on is 2 digits (EAN-2) or 5 digits (EAN-5)",
                addon.len()
            ),
        ));
    }
    let mut out = Digits {
        main: [0; 13],
        main_len: 0,
        addon: [0; 5],
        addon_len: addon.len(),
    };
    for (o, b) in out.addon.iter_mut().zip(addon) {
        *o = b - b'0';
    }
    if main.is_empty() {
        return Err(EncodeError::data(
            format!("{name} data"),
            format!("is empty; {}", kind.lengths()),
        ));
    }
    out.main_len = match kind {
        Kind::Ean13 => fixed(kind, main, 12, &mut out.main)?,
        Kind::Ean8 => fixed(kind, main, 7, &mut out.main)?,
        Kind::Upca => fixed(kind, main, 11, &mut out.main)?,
        Kind::Upce => upce(main, &mut out.main)?,
    };
    Ok(out)
}

/// The error for a byte that is not a digit, naming the character and its byte offset.
fn bad_char(name: &str, part: &str, data: &[u8], i: usize) -> EncodeError {
    let rest = data.get(i..).unwrap_or_default();
    let shown = (1..=rest.len().min(4))
        .find_map(|k| std::str::from_utf8(&rest[..k]).ok())
        .and_then(|s| s.chars().next())
        .map_or_else(
            || format!("\\x{:02X}", rest.first().copied().unwrap_or(0)),
            |c| format!("{c:?}"),
        );
    EncodeError::data(
        format!("{name}{part} character {shown} at byte {i}"),
        "only digits 0-9 are allowed (and one '+' before a 2- or 5-digit add-on)",
    )
}

/// The GS1 modulo-10 check digit of `digits` (values 0–9): weights 3, 1, 3, … from the right.
pub(super) fn check_digit(digits: &[u8]) -> u8 {
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| u32::from(d) * if i % 2 == 0 { 3 } else { 1 })
        .sum();
    ((10 - sum % 10) % 10) as u8
}

fn verify(kind: Kind, given: u8, should: u8) -> Result<(), EncodeError> {
    if given == should {
        Ok(())
    } else {
        Err(EncodeError::data(
            format!("{} check digit", kind.name()),
            format!("is {given}, should be {should}"),
        ))
    }
}

fn wrong_length(kind: Kind, n: usize) -> EncodeError {
    EncodeError::data(
        format!("{} data", kind.name()),
        format!("has {n} digits; {}", kind.lengths()),
    )
}

/// EAN-13, EAN-8, UPC-A: `payload` digits get their check digit computed, `payload + 1` have it
/// verified, fewer are padded with leading zeros first (as zint does). Returns the length.
fn fixed(
    kind: Kind,
    main: &[u8],
    payload: usize,
    out: &mut [u8; 13],
) -> Result<usize, EncodeError> {
    let n = main.len();
    if n > payload + 1 {
        return Err(wrong_length(kind, n));
    }
    let pad = payload.saturating_sub(n);
    for (o, b) in out[pad..].iter_mut().zip(main) {
        *o = b - b'0';
    }
    let check = check_digit(&out[..payload]);
    if n == payload + 1 {
        verify(kind, out[payload], check)?;
    }
    out[payload] = check;
    Ok(payload + 1)
}

/// UPC-E from 6 digits (number system 0, zero-padded when shorter), 7 (number system first),
/// 8 (and check digit last), or a UPC-A of 11 or 12 digits that zero-suppresses.
fn upce(main: &[u8], out: &mut [u8; 13]) -> Result<usize, EncodeError> {
    let n = main.len();
    let mut v = [0u8; 12];
    let (ns, six, given) = match n {
        1..=8 => {
            let pad = 6usize.saturating_sub(n);
            for (o, b) in v[pad..].iter_mut().zip(main) {
                *o = b - b'0';
            }
            match n {
                8 => (v[0], [v[1], v[2], v[3], v[4], v[5], v[6]], Some(v[7])),
                7 => (v[0], [v[1], v[2], v[3], v[4], v[5], v[6]], None),
                _ => (0, [v[0], v[1], v[2], v[3], v[4], v[5]], None),
            }
        }
        11 | 12 => {
            for (o, b) in v.iter_mut().zip(main) {
                *o = b - b'0';
            }
            let mut upca = [0u8; 11];
            upca.copy_from_slice(&v[..11]);
            number_system(upca[0])?;
            let check = check_digit(&upca);
            if n == 12 {
                verify(Kind::Upce, v[11], check)?;
            }
            let six = compress(&upca).ok_or_else(|| {
                let mut shown: String = upca.iter().map(|d| char::from(b'0' + d)).collect();
                shown.push(char::from(b'0' + check));
                EncodeError::data(
                    "UPC-E data",
                    format!(
                        "UPC-A {shown} has no zero-suppressed UPC-E form (that needs the \
                         manufacturer code to end in 000, 100 or 200 with product code 00xxx, \
                         in 00 with product 000xx, in 0 with product 0000x, or product 0000x \
                         with x 5-9): encode it as UPC-A"
                    ),
                )
            })?;
            (upca[0], six, None)
        }
        _ => return Err(wrong_length(Kind::Upce, n)),
    };
    number_system(ns)?;
    let upca = expand(ns, six)?;
    let check = check_digit(&upca);
    if let Some(given) = given {
        verify(Kind::Upce, given, check)?;
    }
    out[0] = ns;
    out[1..7].copy_from_slice(&six);
    out[7] = check;
    Ok(8)
}

fn number_system(ns: u8) -> Result<(), EncodeError> {
    if ns <= 1 {
        Ok(())
    } else {
        Err(EncodeError::data(
            "UPC-E number system",
            format!("is {ns}, should be 0 or 1 (other number systems have no UPC-E form)"),
        ))
    }
}

/// The UPC-A (11 digits, no check digit) a UPC-E stands for (ISO/IEC 15420 Table 5 / GS1
/// General Specifications 5.2.2.4.2). Refuses the UPC-E forms the notes to that table exclude,
/// which would duplicate another form.
pub(super) fn expand(ns: u8, six: [u8; 6]) -> Result<[u8; 11], EncodeError> {
    let [a, b, c, d, e, last] = six;
    let refuse = |rule: &str| {
        let shown: String = six.iter().map(|d| char::from(b'0' + d)).collect();
        EncodeError::data(
            "UPC-E data",
            format!("{shown} ends in {last}, so {rule} (zint and GS1 refuse the other form)"),
        )
    };
    let body = match last {
        0..=2 => [a, b, last, 0, 0, 0, 0, c, d, e],
        3 if c <= 2 => return Err(refuse("its third digit must be 3-9")),
        3 => [a, b, c, 0, 0, 0, 0, 0, d, e],
        4 if d == 0 => return Err(refuse("its fourth digit must not be 0")),
        4 => [a, b, c, d, 0, 0, 0, 0, 0, e],
        _ if e == 0 => return Err(refuse("its fifth digit must not be 0")),
        _ => [a, b, c, d, e, 0, 0, 0, 0, last],
    };
    let mut upca = [ns; 11];
    upca[1..].copy_from_slice(&body);
    Ok(upca)
}

/// The UPC-E digits of a UPC-A (11 digits, no check digit), when it zero-suppresses. The four
/// rules are disjoint, so the form is unique.
pub(super) fn compress(upca: &[u8; 11]) -> Option<[u8; 6]> {
    let [_, m1, m2, m3, m4, m5, p1, p2, p3, p4, p5] = *upca;
    if m4 == 0 && m5 == 0 && p1 == 0 && p2 == 0 && m3 <= 2 {
        Some([m1, m2, p3, p4, p5, m3])
    } else if m4 == 0 && m5 == 0 && p1 == 0 && p2 == 0 && p3 == 0 {
        Some([m1, m2, m3, p4, p5, 3])
    } else if m5 == 0 && p1 == 0 && p2 == 0 && p3 == 0 && p4 == 0 {
        Some([m1, m2, m3, m4, p5, 4])
    } else if p1 == 0 && p2 == 0 && p3 == 0 && p4 == 0 && p5 >= 5 {
        Some([m1, m2, m3, m4, m5, p5])
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn digits(s: &str) -> Vec<u8> {
        s.bytes().map(|b| b - b'0').collect()
    }

    #[test]
    fn gs1_check_digits() {
        // GS1 General Specifications 7.9.1 example and well-known GTINs.
        assert_eq!(check_digit(&digits("950110153000")), 3);
        assert_eq!(check_digit(&digits("400638133393")), 1);
        assert_eq!(check_digit(&digits("03600029145")), 2);
        assert_eq!(check_digit(&digits("9501234")), 6);
    }

    #[test]
    fn every_upce_round_trips_through_upca() {
        for ns in 0..2 {
            for n in 0..1_000_000u32 {
                let mut six = [0u8; 6];
                let mut x = n;
                for d in six.iter_mut().rev() {
                    *d = (x % 10) as u8;
                    x /= 10;
                }
                if let Ok(upca) = expand(ns, six) {
                    assert_eq!(compress(&upca), Some(six), "{six:?}");
                }
            }
        }
    }

    #[test]
    fn upca_to_upce_examples() {
        // The four zero-suppression rules (GS1 General Specifications Figure 5.2.2.4.2-1).
        let cases = [
            ("01200000345", [1, 2, 3, 4, 5, 0]),
            ("01230000045", [1, 2, 3, 4, 5, 3]),
            ("01234000005", [1, 2, 3, 4, 5, 4]),
            ("01234500007", [1, 2, 3, 4, 5, 7]),
        ];
        for (a, six) in cases {
            let upca: [u8; 11] = digits(a).try_into().unwrap();
            assert_eq!(compress(&upca), Some(six), "{a}");
        }
        assert_eq!(compress(&digits("01234567890").try_into().unwrap()), None);
    }
}
