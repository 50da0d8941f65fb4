//! A small DotCode reader for the tests: takes the dots of a symbol back to codewords (placement
//! order, Annex C patterns, unmasking) and interprets them (code sets A, B, C, binary, shifts,
//! macros, ECI, FNC1), so symbols whose encodation differs from zint's can be compared by
//! content. No public decoder reads DotCode (rxing and zxing-cpp do not), so this one, written
//! from AIM ISS DotCode rev 4.0 apart from the encoder, is the independent check.
//!
//! Included by `zint_dotcode.rs` (`#[path]`); its own tests read encoder output directly.

#![allow(dead_code)]

/// Dot patterns of codewords 0–112 (AIM ISS DotCode rev 4.0 Annex C).
const PATTERNS: [u16; 113] = [
    0x155, 0x0ab, 0x0ad, 0x0b5, 0x0d5, 0x156, 0x15a, 0x16a, 0x1aa, 0x0ae, 0x0b6, 0x0ba, 0x0d6,
    0x0da, 0x0ea, 0x12b, 0x12d, 0x135, 0x14b, 0x14d, 0x153, 0x159, 0x165, 0x169, 0x195, 0x1a5,
    0x1a9, 0x057, 0x05b, 0x05d, 0x06b, 0x06d, 0x075, 0x097, 0x09b, 0x09d, 0x0a7, 0x0b3, 0x0b9,
    0x0cb, 0x0cd, 0x0d3, 0x0d9, 0x0e5, 0x0e9, 0x12e, 0x136, 0x13a, 0x14e, 0x15c, 0x166, 0x16c,
    0x172, 0x174, 0x196, 0x19a, 0x1a6, 0x1ac, 0x1b2, 0x1b4, 0x1ca, 0x1d2, 0x1d4, 0x05e, 0x06e,
    0x076, 0x07a, 0x09e, 0x0bc, 0x0ce, 0x0dc, 0x0e6, 0x0ec, 0x0f2, 0x0f4, 0x117, 0x11b, 0x11d,
    0x127, 0x133, 0x139, 0x147, 0x163, 0x171, 0x18b, 0x18d, 0x193, 0x199, 0x1a3, 0x1b1, 0x1c5,
    0x1c9, 0x1d1, 0x02f, 0x037, 0x03b, 0x03d, 0x04f, 0x067, 0x073, 0x079, 0x08f, 0x0c7, 0x0e3,
    0x0f1, 0x11e, 0x13c, 0x178, 0x18e, 0x19c, 0x1b8, 0x1c6, 0x1cc,
];

/// What a symbol carries.
#[derive(Debug, PartialEq, Eq)]
pub struct Read {
    /// The mask (0–3) from the first two dots.
    pub mask: u8,
    /// Data codewords, unmasked, with the trailing pad codewords removed.
    pub codewords: Vec<u8>,
    /// Data codewords with padding (the size's full data capacity).
    pub padded: usize,
    /// The message bytes (FNC1 in GS1 data as GS, 0x1D).
    pub data: Vec<u8>,
    /// The ECI designator, if any.
    pub eci: Option<u32>,
    /// Leading AI digits without FNC1, ECI or FNC3 in front: GS1 data.
    pub gs1: bool,
    /// FNC3 first: a reader initialisation symbol.
    pub reader_init: bool,
}

fn min_dots(dl: usize) -> usize {
    9 * (dl + 3 + dl / 2) + 2
}

/// Reads `rows` (dark = true), `w` × `h`.
pub fn read(rows: &[Vec<bool>]) -> Result<Read, String> {
    let h = rows.len();
    let w = rows.first().map_or(0, Vec::len);
    if w < 5 || h < 5 || (w + h) % 2 == 0 {
        return Err(format!("{w}x{h} is not a DotCode size"));
    }
    let dots = w * h / 2;
    let mut dl = dots / 9;
    while dl > 0 && min_dots(dl) > dots {
        dl -= 1;
    }
    let total = dl + 3 + dl / 2;
    // The corners take the last six dots; the rest go by rows bottom-up (odd height) or by
    // columns (even height).
    let corners: [(usize, usize); 6] = if h % 2 == 1 {
        [
            (w - 2, 0),
            (w - 2, h - 1),
            (w - 1, 1),
            (w - 1, h - 2),
            (0, 0),
            (0, h - 1),
        ]
    } else {
        [
            (w - 1, h - 2),
            (0, h - 2),
            (w - 2, h - 1),
            (1, h - 1),
            (w - 1, 0),
            (0, 0),
        ]
    };
    let mut order = Vec::with_capacity(dots);
    if h % 2 == 1 {
        for y in (0..h).rev() {
            for x in 0..w {
                if (x + y) % 2 == 0 && !corners.contains(&(x, y)) {
                    order.push((x, y));
                }
            }
        }
    } else {
        for x in 0..w {
            for y in 0..h {
                if (x + y) % 2 == 0 && !corners.contains(&(x, y)) {
                    order.push((x, y));
                }
            }
        }
    }
    order.extend(corners);
    let bits: Vec<u16> = order.iter().map(|&(x, y)| u16::from(rows[y][x])).collect();
    let mask = (bits[0] << 1 | bits[1]) as u8;
    let step = [0u32, 3, 7, 17][usize::from(mask)];
    let mut words = Vec::with_capacity(dl);
    for j in 0..dl.min(total) {
        let p = bits[2 + 9 * j..11 + 9 * j]
            .iter()
            .fold(0u16, |a, &b| a << 1 | b);
        let v = PATTERNS
            .iter()
            .position(|&q| q == p)
            .ok_or_else(|| format!("codeword {j}: dot pattern {p:03x} is not in Annex C"))?
            as u32;
        words.push(((v + 113 * 113 - j as u32 * step % 113) % 113) as u8);
    }
    let padded = words.len();
    while words.last() == Some(&106) {
        words.pop();
    }
    if words.last() == Some(&109) && words.len() > 1 {
        words.pop();
    }
    let mut r = Read {
        mask,
        codewords: words,
        padded,
        data: Vec::new(),
        eci: None,
        gs1: false,
        reader_init: false,
    };
    interpret(&mut r)?;
    Ok(r)
}

#[derive(Clone, Copy, PartialEq)]
enum Set {
    A,
    B,
    C,
    X,
}

fn interpret(r: &mut Read) -> Result<(), String> {
    let cw = r.codewords.clone();
    let mut out = Vec::new();
    let mut i = 0;
    let mut set = Set::C;
    let mut trailer: &[u8] = &[];
    let fnc1_first = cw.first() == Some(&107);
    match cw.first() {
        Some(107) => i = 1,
        Some(109) => {
            r.reader_init = true;
            i = 1;
        }
        _ => {}
    }
    // A macro: Latch B and 97–100 as the first codewords.
    if cw.get(i) == Some(&106) && matches!(cw.get(i + 1), Some(97..=100)) {
        let m = cw[i + 1];
        out.extend_from_slice(b"[)>\x1e");
        i += 2;
        set = Set::B;
        if m == 100 {
            for _ in 0..2 {
                out.push(cw.get(i).ok_or("macro digits")? + 32);
                i += 1;
            }
            trailer = b"\x04";
        } else {
            out.extend_from_slice([&b"05\x1d"[..], b"06\x1d", b"12\x1d"][usize::from(m - 97)]);
            trailer = b"\x1e\x04";
        }
    }
    let mut group: Vec<u8> = Vec::new();
    while i < cw.len() {
        let v = cw[i];
        i += 1;
        if set == Set::X {
            if v < 103 {
                group.push(v);
                if group.len() == 6 {
                    flush(&mut group, &mut out)?;
                }
                continue;
            }
            flush(&mut group, &mut out)?;
            match v {
                103..=108 => {
                    for _ in 0..v - 101 {
                        pair(cw.get(i), &mut out)?;
                        i += 1;
                    }
                }
                109 => set = Set::A,
                110 => set = Set::B,
                111 => set = Set::C,
                _ => return Err(format!("binary codeword {v}")),
            }
            continue;
        }
        // Codewords 107–112 mean the same in A, B and C.
        match v {
            107 => {
                out.push(0x1d);
                continue;
            }
            108 => {
                let a = *cw.get(i).ok_or("ECI value")?;
                i += 1;
                r.eci = Some(if a < 40 {
                    u32::from(a)
                } else {
                    let (b, c) = (*cw.get(i).ok_or("ECI")?, *cw.get(i + 1).ok_or("ECI")?);
                    i += 2;
                    (u32::from(a) - 40) * 12769 + u32::from(b) * 113 + u32::from(c) + 40
                });
                continue;
            }
            109 => return Err("FNC3 after the first codeword".into()),
            110 | 111 => {
                let n = *cw.get(i).ok_or("upper shift value")?;
                i += 1;
                let base = if v == 110 {
                    a_char(n).ok_or("upper shift A value")?
                } else {
                    b_char(n).ok_or("upper shift B value")?[0]
                };
                out.push(base + 128);
                continue;
            }
            112 => {
                set = Set::X;
                continue;
            }
            _ => {}
        }
        match set {
            Set::C => match v {
                0..=99 => pair(Some(&v), &mut out)?,
                100 => {
                    out.extend_from_slice(b"17");
                    for _ in 0..3 {
                        pair(cw.get(i), &mut out)?;
                        i += 1;
                    }
                    out.extend_from_slice(b"10");
                }
                101 => set = Set::A,
                102..=105 => i = shift_b(&cw, i, usize::from(v - 101), &mut out)?,
                _ => set = Set::B, // 106
            },
            Set::B => match v {
                0..=100 => out.extend_from_slice(b_char(v).ok_or("B value")?),
                101 => {
                    out.push(a_char(*cw.get(i).ok_or("shift A")?).ok_or("A value")?);
                    i += 1;
                }
                102 => set = Set::A,
                103..=105 => {
                    for _ in 0..v - 101 {
                        pair(cw.get(i), &mut out)?;
                        i += 1;
                    }
                }
                _ => set = Set::C,
            },
            Set::A => match v {
                0..=95 => out.push(a_char(v).ok_or("A value")?),
                96..=101 => i = shift_b(&cw, i, usize::from(v - 95), &mut out)?,
                102 => set = Set::B,
                103..=105 => {
                    for _ in 0..v - 101 {
                        pair(cw.get(i), &mut out)?;
                        i += 1;
                    }
                }
                _ => set = Set::C,
            },
            Set::X => unreachable!(),
        }
    }
    flush(&mut group, &mut out)?;
    out.extend_from_slice(trailer);
    // Leading digits without FNC1 in front (and no ECI or FNC3) are GS1 AIs.
    r.gs1 = !fnc1_first
        && !r.reader_init
        && r.eci.is_none()
        && out.len() > 1
        && out[..2].iter().all(u8::is_ascii_digit);
    r.data = out;
    Ok(())
}

fn a_char(v: u8) -> Option<u8> {
    match v {
        0..=63 => Some(v + 32),
        64..=95 => Some(v - 64),
        _ => None,
    }
}

fn b_char(v: u8) -> Option<&'static [u8]> {
    const ALL: [u8; 96] = {
        let mut t = [0u8; 96];
        let mut i = 0;
        while i < 96 {
            t[i] = i as u8 + 32;
            i += 1;
        }
        t
    };
    match v {
        0..=95 => Some(&ALL[usize::from(v)..=usize::from(v)]),
        96 => Some(b"\r\n"),
        97 => Some(b"\t"),
        98 => Some(b"\x1c"),
        99 => Some(b"\x1d"),
        100 => Some(b"\x1e"),
        _ => None,
    }
}

fn pair(v: Option<&u8>, out: &mut Vec<u8>) -> Result<(), String> {
    let v = *v.ok_or("digit pair missing")?;
    if v > 99 {
        return Err(format!("digit pair {v}"));
    }
    out.push(b'0' + v / 10);
    out.push(b'0' + v % 10);
    Ok(())
}

fn shift_b(cw: &[u8], mut i: usize, n: usize, out: &mut Vec<u8>) -> Result<usize, String> {
    for _ in 0..n {
        let v = *cw.get(i).ok_or("shift B value missing")?;
        if v == 107 {
            out.push(0x1d);
        } else {
            out.extend_from_slice(b_char(v).ok_or_else(|| format!("shift B value {v}"))?);
        }
        i += 1;
    }
    Ok(i)
}

/// A binary group: k base-103 digits carry k − 1 bytes.
fn flush(group: &mut Vec<u8>, out: &mut Vec<u8>) -> Result<(), String> {
    if group.is_empty() {
        return Ok(());
    }
    if group.len() < 2 {
        return Err("binary group of one codeword".into());
    }
    let v = group.iter().fold(0u64, |a, &d| a * 103 + u64::from(d));
    let n = group.len() - 1;
    for k in (0..n).rev() {
        out.push((v / 259u64.pow(k as u32) % 259) as u8);
    }
    group.clear();
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::read;
    use codevault_formats::dotcode::{self, DotCodeOptions};

    fn round_trip(data: &[u8], options: &DotCodeOptions) {
        let sym = dotcode::encode(data, options).unwrap();
        let r = read(&sym.matrix.to_bools()).unwrap_or_else(|e| panic!("{data:?}: {e}"));
        assert_eq!(
            r.data,
            data,
            "{data:?} read as {:?}",
            String::from_utf8_lossy(&r.data)
        );
        assert_eq!(r.eci, options.eci);
    }

    #[test]
    fn reads_back_what_the_encoder_wrote() {
        let mut o = DotCodeOptions::default();
        for data in [
            &b"Hello, World!"[..],
            b"12345678901234567890",
            b"\x80\x81\x82\x83\x84\x85\x86 binary",
            b"abc\r\ndef\tghi\x01\x02",
            b"[)>\x1e05\x1dMACRO\x1e\x04",
            b"17123456101234",
        ] {
            round_trip(data, &o);
        }
        o.eci = Some(26);
        round_trip("Grüße".as_bytes(), &o);
    }
}
