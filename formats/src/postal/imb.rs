//! USPS Intelligent Mail barcode (USPS-B-3200): a 20-digit tracking code and a 0/5/9/11-digit
//! routing code packed into 102 bits, protected by an 11-bit CRC, spread over ten 13-bit
//! characters and drawn as 65 four-state bars.
//!
//! The matrix has zint's three rows (ascender, tracker, descender) and 129 columns: a bar in
//! every even column.

use crate::{EncodeError, Matrix, Shape, Symbol, SymbolMeta, Symbology};

/// Options for [`encode`] (none yet; kept for the uniform encoder signature).
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(default, deny_unknown_fields))]
#[non_exhaustive]
pub struct ImbOptions {}

/// The 5-of-13 characters (USPS-B-3200 Appendix D Table I), built by the spec's algorithm.
const TABLE_5OF13: [u16; 1287] = n_of_13::<1287>(5);
/// The 2-of-13 characters (Appendix D Table II).
const TABLE_2OF13: [u16; 78] = n_of_13::<78>(2);

/// Reverses the 13 low bits of `v`.
const fn reverse13(v: u16) -> u16 {
    let mut r = 0;
    let mut i = 0;
    while i < 13 {
        r |= ((v >> i) & 1) << (12 - i);
        i += 1;
    }
    r
}

/// USPS-B-3200 Appendix C's table builder: every 13-bit value with `bits` ones, in ascending
/// order; a value and its bit reversal fill the next two entries from the front, a value equal
/// to its reversal fills the next entry from the back.
const fn n_of_13<const N: usize>(bits: u32) -> [u16; N] {
    let mut table = [0u16; N];
    let (mut lo, mut hi) = (0, N);
    let mut v: u16 = 0;
    while v < 8192 {
        if v.count_ones() == bits {
            let r = reverse13(v);
            if r == v {
                hi -= 1;
                table[hi] = v;
            } else if r > v {
                table[lo] = v;
                table[lo + 1] = r;
                lo += 2;
            }
        }
        v += 1;
    }
    assert!(lo == hi, "table size does not match the bit count");
    table
}

/// Bar-to-character mapping (USPS-B-3200 Rev H, Table 22, §2.2.6): for bars 1–65 left to right,
/// the character (A = 0 … J = 9) and bit whose value is the descender, then those of the
/// ascender.
#[rustfmt::skip]
const BAR_MAP: [[u8; 4]; 65] = {
    const A: u8 = 0;
    const B: u8 = 1;
    const C: u8 = 2;
    const D: u8 = 3;
    const E: u8 = 4;
    const F: u8 = 5;
    const G: u8 = 6;
    const H: u8 = 7;
    const I: u8 = 8;
    const J: u8 = 9;
    [
        [H, 2, E, 3], [B, 10, A, 0], [J, 12, C, 8], [F, 5, G, 11], [I, 9, D, 1],
        [A, 1, F, 12], [C, 5, B, 8], [E, 4, J, 11], [G, 3, I, 10], [D, 9, H, 6],
        [F, 11, B, 4], [I, 5, C, 12], [J, 10, A, 2], [H, 1, G, 7], [D, 6, E, 9],
        [A, 3, I, 6], [G, 4, C, 7], [B, 1, J, 9], [H, 10, F, 2], [E, 0, D, 8],
        [G, 2, A, 4], [I, 11, B, 0], [J, 8, D, 12], [C, 6, H, 7], [F, 1, E, 10],
        [B, 12, G, 9], [H, 3, I, 0], [F, 8, J, 7], [E, 6, C, 10], [D, 4, A, 5],
        [I, 4, F, 7], [H, 11, B, 9], [G, 0, J, 6], [A, 6, E, 8], [C, 1, D, 2],
        [F, 9, I, 12], [E, 11, G, 1], [J, 5, H, 4], [D, 3, B, 2], [A, 7, C, 0],
        [B, 3, E, 1], [G, 10, D, 5], [I, 7, J, 4], [C, 11, F, 6], [A, 8, H, 12],
        [E, 2, I, 1], [F, 10, D, 0], [J, 3, A, 9], [G, 5, C, 4], [H, 8, B, 7],
        [F, 0, E, 5], [C, 3, A, 10], [G, 12, J, 2], [D, 11, B, 6], [I, 8, H, 9],
        [F, 4, A, 11], [B, 5, C, 2], [J, 1, E, 12], [I, 3, G, 6], [H, 0, D, 7],
        [E, 7, H, 5], [A, 12, B, 11], [C, 9, J, 0], [G, 8, F, 3], [D, 10, I, 2],
    ]
};

/// Step 1 (§2.2.1): the routing code and tracking code as one 102-bit number.
fn binary(tracking: &[u8; 20], routing: &[u8]) -> u128 {
    let mut v: u128 = routing
        .iter()
        .fold(0, |acc, &d| acc * 10 + u128::from(d - b'0'));
    v += match routing.len() {
        11 => 1_000_100_001,
        9 => 100_001,
        5 => 1,
        _ => 0,
    };
    v = v * 10 + u128::from(tracking[0] - b'0');
    v = v * 5 + u128::from(tracking[1] - b'0');
    for &d in &tracking[2..] {
        v = v * 10 + u128::from(d - b'0');
    }
    v
}

/// Step 2 (§2.2.2): the 11-bit frame check sequence of the 102 data bits, most significant
/// first (generator 0xF35, register preset to all ones).
fn crc11(v: u128) -> u16 {
    let mut fcs: u16 = 0x7FF;
    for bit in (0..102).rev() {
        let b = (v >> bit) as u16 & 1;
        fcs = if (fcs >> 10) & 1 != b {
            (fcs << 1) ^ 0xF35
        } else {
            fcs << 1
        } & 0x7FF;
    }
    fcs
}

/// Steps 3 and 4 (§2.2.3–4): codewords A–J (A in base 659, J in base 636 doubled, the rest in
/// base 1365), with the CRC's top bit added to A.
fn codewords(mut v: u128, fcs: u16) -> [u16; 10] {
    let mut cw = [0u16; 10];
    cw[9] = (v % 636) as u16 * 2;
    v /= 636;
    for c in cw[1..9].iter_mut().rev() {
        *c = (v % 1365) as u16;
        v /= 1365;
    }
    cw[0] = v as u16 + if fcs & 0x400 != 0 { 659 } else { 0 };
    cw
}

/// Step 5 (§2.2.5): codewords to 13-bit characters, inverted where the CRC bit is set.
fn characters(cw: &[u16; 10], fcs: u16) -> [u16; 10] {
    let mut ch = [0u16; 10];
    for (i, (c, &w)) in ch.iter_mut().zip(cw).enumerate() {
        let w = usize::from(w);
        *c = match TABLE_5OF13.get(w) {
            Some(&x) => x,
            None => TABLE_2OF13.get(w - TABLE_5OF13.len()).copied().unwrap_or(0),
        };
        if fcs >> i & 1 != 0 {
            *c ^= 0x1FFF;
        }
    }
    ch
}

/// Step 6 (§2.2.6): the 65 bars as (ascender, descender) pairs.
fn bars(ch: &[u16; 10]) -> [(bool, bool); 65] {
    let mut out = [(false, false); 65];
    for (o, m) in out.iter_mut().zip(&BAR_MAP) {
        let bit = |c: u8, b: u8| ch[usize::from(c)] >> b & 1 != 0;
        *o = (bit(m[2], m[3]), bit(m[0], m[1]));
    }
    out
}

fn parse(data: &[u8]) -> Result<([u8; 20], &[u8]), EncodeError> {
    let (tracking, routing) = match data.iter().position(|&c| c == b'-') {
        Some(p) => (&data[..p], &data[p + 1..]),
        None => (data, &data[data.len()..]),
    };
    for (field, part, offset) in [
        ("IMb tracking code", tracking, 0),
        ("IMb routing code", routing, tracking.len() + 1),
    ] {
        if let Some(i) = part.iter().position(|c| !c.is_ascii_digit()) {
            let c = part[i];
            let shown = if c.is_ascii_graphic() {
                format!("'{}'", c as char)
            } else {
                format!("\\x{c:02X}")
            };
            return Err(EncodeError::data(
                format!("{field} character {shown} at {}", offset + i),
                "is not a digit: give 20 tracking digits, optionally '-' and 5, 9 or 11 routing \
                 digits",
            ));
        }
    }
    let tracking: [u8; 20] = tracking.try_into().map_err(|_| {
        EncodeError::data(
            "IMb tracking code",
            format!(
                "has {} digits, needs 20 (barcode ID 2, service type 3, mailer ID and serial \
                 number 15)",
                tracking.len()
            ),
        )
    })?;
    if tracking[1] > b'4' {
        return Err(EncodeError::data(
            "IMb barcode identifier",
            format!("second digit is {}, must be 0-4", tracking[1] as char),
        ));
    }
    if !matches!(routing.len(), 0 | 5 | 9 | 11) {
        return Err(EncodeError::data(
            "IMb routing code",
            format!(
                "has {} digits, needs 0, 5, 9 or 11 (ZIP, ZIP+4, ZIP+4+delivery point)",
                routing.len()
            ),
        ));
    }
    Ok((tracking, routing))
}

/// Encodes zint-style `TRACKING-ROUTING` input: 20 tracking digits (the second 0–4), then
/// optionally `-` and a 5, 9 or 11-digit routing code, e.g. `01234567094987654321-01234567891`.
///
/// [`SymbolMeta::data_bits`] and `capacity_bits` are both 102, the binary data field.
pub fn encode(data: &[u8], _options: &ImbOptions) -> Result<Symbol, EncodeError> {
    let (tracking, routing) = parse(data)?;
    let v = binary(&tracking, routing);
    let fcs = crc11(v);
    let ch = characters(&codewords(v, fcs), fcs);
    let width = 65 * 2 - 1;
    let mut m = Matrix::new(width, 3);
    for (i, &(asc, desc)) in bars(&ch).iter().enumerate() {
        let x = 2 * i;
        m.set(x, 0, asc, crate::ModuleRole::Data);
        m.set(x, 1, true, crate::ModuleRole::Data);
        m.set(x, 2, desc, crate::ModuleRole::Data);
    }
    Ok(Symbol {
        matrix: m,
        // USPS-B-3200 §2.3: 0.125 in clear zone left and right (about 6 columns at 43 per inch).
        quiet_zone: 6,
        shape: Shape::Postal,
        meta: SymbolMeta {
            symbology: Symbology::Imb,
            version: String::new(),
            ecc: None,
            mask: None,
            data_bits: 102,
            capacity_bits: 102,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The four worked examples of USPS-B-3200 (Rev H Appendix / Table 16 onwards): tracking
    /// code 01234567094987654321 with each routing length.
    const EXAMPLES: [(&str, u128, u16, [u16; 10], &str); 4] = [
        (
            "",
            0x00000000001122103B5C2004B1,
            0x051,
            [0, 0, 0, 0, 559, 202, 508, 451, 124, 17],
            "ATTFATTDTTADTAATTDTDTATTDAFDDFADFDFTFFFFFTATFAAAATDFFTDAADFTFDTDT",
        ),
        (
            "01234",
            0x0000000D138A87BAB5CF3804B1,
            0x065,
            [0, 0, 15, 14, 290, 567, 385, 48, 388, 333],
            "DTTAFADDTTFTDTFTFDTDDADADAFADFATDDFTAAAFDTTADFAAATDFDTDFADDDTDFFT",
        ),
        (
            "012345678",
            0x000202BDC097711204D21804B1,
            0x606,
            [0, 110, 1113, 1363, 198, 413, 470, 468, 1333, 513],
            "ADFTTAFDTTTTFATTADTAAATFTFTATDAAAFDDADATATDTDTTDFDTDATADADTDFFTFA",
        ),
        (
            "01234567891",
            0x016907B2A24ABC16A2E5C004B1,
            0x751,
            [14, 787, 607, 1022, 861, 19, 816, 1294, 35, 301],
            "AADTFFDFTDADTAADAATFDTDDAAADDTDTTDAFADADDDTFFFDDTTTADFAAADFTDAADA",
        ),
    ];

    #[test]
    fn spec_examples_step_by_step() {
        let tracking = *b"01234567094987654321";
        for (routing, bin, fcs, cw, letters) in EXAMPLES {
            let v = binary(&tracking, routing.as_bytes());
            assert_eq!(v, bin, "binary for routing {routing:?}");
            assert_eq!(crc11(v), fcs, "FCS for routing {routing:?}");
            let mut want = cw;
            want[9] *= 2;
            if fcs & 0x400 != 0 {
                want[0] += 659;
            }
            assert_eq!(codewords(v, fcs), want, "codewords for routing {routing:?}");
            let got: String = bars(&characters(&codewords(v, fcs), fcs))
                .iter()
                .map(|&b| match b {
                    (true, true) => 'F',
                    (true, false) => 'A',
                    (false, true) => 'D',
                    (false, false) => 'T',
                })
                .collect();
            assert_eq!(got, letters, "bars for routing {routing:?}");
        }
    }

    #[test]
    fn spec_example_characters() {
        // Step 5 of the fourth example, before and after the FCS inversion.
        let v = binary(b"01234567094987654321", b"01234567891");
        let cw = codewords(v, 0x751);
        assert_eq!(cw, [673, 787, 607, 1022, 861, 19, 816, 1294, 35, 602]);
        assert_eq!(
            characters(&cw, 0),
            [
                0x1234, 0x085C, 0x08E4, 0x0B06, 0x1922, 0x1740, 0x0839, 0x1200, 0x0DC0, 0x04D4
            ]
        );
        assert_eq!(
            characters(&cw, 0x751),
            [
                0x0DCB, 0x085C, 0x08E4, 0x0B06, 0x06DD, 0x1740, 0x17C6, 0x1200, 0x123F, 0x1B2B
            ]
        );
    }

    #[test]
    fn tables_match_appendix_d() {
        // First, last-pair and palindrome entries of Appendix D Tables I and II.
        assert_eq!(&TABLE_5OF13[..4], &[0x001F, 0x1F00, 0x002F, 0x1E80]);
        assert_eq!(TABLE_5OF13[1286], 0x01F0);
        assert_eq!(&TABLE_2OF13[..4], &[0x0003, 0x1800, 0x0005, 0x1400]);
        assert_eq!(TABLE_2OF13[77], 0x00A0);
        // Every bar carries one distinct character bit.
        let mut seen = [[false; 13]; 10];
        for m in BAR_MAP {
            for (c, b) in [(m[0], m[1]), (m[2], m[3])] {
                assert!(!seen[usize::from(c)][usize::from(b)]);
                seen[usize::from(c)][usize::from(b)] = true;
            }
        }
    }

    #[test]
    fn bad_input() {
        let o = ImbOptions::default();
        let msg = |d: &str| encode(d.as_bytes(), &o).unwrap_err().to_string();
        assert!(msg("0123456709498765432").contains("IMb tracking code: has 19 digits, needs 20"));
        assert!(msg("01234567094987654321-012").contains("has 3 digits, needs 0, 5, 9 or 11"));
        assert!(msg("05234567094987654321").contains("second digit is 5, must be 0-4"));
        assert!(msg("0123456709498765432A").contains("'A' at 19"));
    }
}
