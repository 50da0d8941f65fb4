//! Reed-Solomon error correction over GF(256) with the Data Matrix polynomial
//! x⁸ + x⁵ + x³ + x² + 1 (0x12D), generator roots α¹ … αⁿ (ISO/IEC 16022 §5.7).

const POLY: u16 = 0x12d;

const fn tables() -> ([u8; 256], [u8; 256]) {
    let mut exp = [0u8; 256];
    let mut log = [0u8; 256];
    let mut x: u16 = 1;
    let mut i = 0;
    while i < 255 {
        exp[i] = x as u8;
        log[x as usize] = i as u8;
        x <<= 1;
        if x & 0x100 != 0 {
            x ^= POLY;
        }
        i += 1;
    }
    exp[255] = exp[0];
    (exp, log)
}

const EXP: [u8; 256] = tables().0;
const LOG: [u8; 256] = tables().1;

#[inline]
fn mul(a: u8, b: u8) -> u8 {
    if a == 0 || b == 0 {
        0
    } else {
        EXP[(usize::from(LOG[usize::from(a)]) + usize::from(LOG[usize::from(b)])) % 255]
    }
}

/// Generator polynomial of degree `n`, highest coefficient (always 1) dropped:
/// `g[0]` multiplies xⁿ⁻¹, …, `g[n-1]` multiplies x⁰.
fn generator(n: usize) -> Vec<u8> {
    // Coefficients lowest degree first while building: start with 1, multiply by (x + αⁱ).
    let mut g = vec![0u8; n + 1];
    g[0] = 1;
    for i in 1..=n {
        let root = EXP[i % 255];
        for j in (1..=i).rev() {
            g[j] = g[j - 1] ^ mul(g[j], root);
        }
        g[0] = mul(g[0], root);
    }
    // g[n] is the leading 1; return the rest highest degree first.
    g[..n].iter().rev().copied().collect()
}

/// Appends the error correction codewords for `cw[..data]` (already `data` long) in the
/// interleaved order of a symbol with `blocks` blocks of `ecc` codewords each.
pub(crate) fn append_ecc(cw: &mut Vec<u8>, blocks: usize, ecc: usize) {
    let data = cw.len();
    let poly = generator(ecc);
    cw.resize(data + blocks * ecc, 0);
    let mut rem = vec![0u8; ecc];
    for b in 0..blocks {
        rem.fill(0);
        // Block b holds every `blocks`-th data codeword starting at b.
        for i in (b..data).step_by(blocks) {
            let f = cw[i] ^ rem[0];
            rem.copy_within(1.., 0);
            rem[ecc - 1] = 0;
            if f != 0 {
                for (r, &g) in rem.iter_mut().zip(&poly) {
                    *r ^= mul(g, f);
                }
            }
        }
        // In 144x144 the two short blocks (8 and 9) come first in each round of the
        // interleaved error correction codewords (ISO/IEC 16022 §5.8.2, the "skew" readers
        // such as zxing apply).
        let slot = if blocks == 10 { (b + 2) % 10 } else { b };
        for (j, &r) in rem.iter().enumerate() {
            cw[data + j * blocks + slot] = r;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field() {
        assert_eq!(EXP[8], 0x2d);
        for a in 1..=255u8 {
            assert_eq!(mul(a, EXP[255 - usize::from(LOG[usize::from(a)])]), 1);
        }
    }

    #[test]
    fn iso_example_123456() {
        // ISO/IEC 16022 Annex O: "123456" in a 10x10 symbol is 142 164 186 followed by the
        // error correction codewords 114 25 5 88 102.
        let mut cw = vec![142, 164, 186];
        append_ecc(&mut cw, 1, 5);
        assert_eq!(cw, [142, 164, 186, 114, 25, 5, 88, 102]);
    }
}
