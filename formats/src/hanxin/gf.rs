//! Reed–Solomon arithmetic for Han Xin: GF(2^8) with x^8 + x^6 + x^5 + x + 1 (0x163) for the
//! data, GF(2^4) with x^4 + x + 1 (0x13) for the structural information (ISO/IEC 20830 5.6, 5.7).
//! Generators have the roots α^1 … α^n.

use std::sync::OnceLock;

const fn build_tables() -> ([u8; 512], [u8; 256]) {
    let mut exp = [0u8; 512];
    let mut log = [0u8; 256];
    let mut x: u16 = 1;
    let mut i = 0;
    while i < 255 {
        exp[i] = x as u8;
        log[x as usize] = i as u8;
        x <<= 1;
        if x & 0x100 != 0 {
            x ^= 0x163;
        }
        i += 1;
    }
    // Doubled so that exp[a + b] needs no reduction modulo 255.
    while i < 512 {
        exp[i] = exp[i - 255];
        i += 1;
    }
    (exp, log)
}

const TABLES: ([u8; 512], [u8; 256]) = build_tables();
static EXP: [u8; 512] = TABLES.0;
static LOG: [u8; 256] = TABLES.1;

#[inline]
fn mul(a: u8, b: u8) -> u8 {
    if a == 0 || b == 0 {
        0
    } else {
        EXP[usize::from(LOG[usize::from(a)]) + usize::from(LOG[usize::from(b)])]
    }
}

/// A generator polynomial over GF(256) kept as the logarithms of its coefficients below the
/// leading 1, highest degree first.
pub(crate) struct Generator {
    log_coeffs: Vec<u8>,
}

impl Generator {
    /// The generator of `degree` (block ECC lengths are 4–36), built once and shared.
    pub(crate) fn cached(degree: usize) -> &'static Generator {
        static CACHE: [OnceLock<Generator>; 64] = [const { OnceLock::new() }; 64];
        let d = degree.min(63);
        CACHE[d].get_or_init(|| Generator::new(d))
    }

    fn new(degree: usize) -> Generator {
        let mut coeffs = vec![0u8; degree + 1];
        coeffs[0] = 1;
        for i in 0..degree {
            let root = EXP[i + 1];
            for j in (1..=i + 1).rev() {
                coeffs[j] ^= mul(coeffs[j - 1], root);
            }
        }
        Generator {
            log_coeffs: coeffs[1..].iter().map(|&c| LOG[usize::from(c)]).collect(),
        }
    }

    /// Writes the remainder of `data · x^n` by the generator into `ecc` (length n), highest
    /// degree first.
    pub(crate) fn remainder(&self, data: &[u8], ecc: &mut [u8]) {
        let n = self.log_coeffs.len();
        debug_assert_eq!(ecc.len(), n);
        ecc.fill(0);
        if n == 0 {
            return;
        }
        for &d in data {
            let factor = d ^ ecc[0];
            ecc.copy_within(1.., 0);
            ecc[n - 1] = 0;
            if factor != 0 {
                let lf = usize::from(LOG[usize::from(factor)]);
                for (e, &lg) in ecc.iter_mut().zip(&self.log_coeffs) {
                    *e ^= EXP[usize::from(lg) + lf];
                }
            }
        }
    }
}

/// The four GF(16) check symbols of the three 4-bit structural information symbols, highest
/// degree first.
pub(crate) fn structural_ecc(info: [u8; 3]) -> [u8; 4] {
    // GF(16) by shift-and-reduce: 15 elements are too few to need tables.
    fn mul16(mut a: u8, mut b: u8) -> u8 {
        let mut r = 0;
        while b != 0 {
            if b & 1 != 0 {
                r ^= a;
            }
            a <<= 1;
            if a & 0x10 != 0 {
                a ^= 0x13;
            }
            b >>= 1;
        }
        r
    }
    // g(x) = (x - α)(x - α^2)(x - α^3)(x - α^4) with α = 2.
    let mut g = [1u8, 0, 0, 0, 0];
    let mut root = 1u8;
    for i in 0..4 {
        root = mul16(root, 2);
        for j in (1..=i + 1).rev() {
            g[j] ^= mul16(g[j - 1], root);
        }
    }
    let mut ecc = [0u8; 4];
    for &d in &info {
        let factor = d ^ ecc[0];
        ecc.copy_within(1.., 0);
        ecc[3] = 0;
        for (e, &c) in ecc.iter_mut().zip(&g[1..]) {
            *e ^= mul16(factor, c);
        }
    }
    ecc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_is_multiplicative_group() {
        let mut seen = [false; 256];
        for &e in &EXP[..255] {
            assert!(!seen[usize::from(e)], "0x163 is primitive");
            seen[usize::from(e)] = true;
        }
        for a in 1..=255u8 {
            let inv = EXP[255 - usize::from(LOG[usize::from(a)])];
            assert_eq!(mul(a, inv), 1);
        }
    }

    #[test]
    fn codeword_polynomial_has_the_roots() {
        // data · x^n + remainder is a multiple of the generator: it vanishes at α^1 … α^n.
        let data = [0x12u8, 0x34, 0x56, 0x78, 0x9a, 0xbc, 0xde];
        let g = Generator::cached(8);
        let mut ecc = [0u8; 8];
        g.remainder(&data, &mut ecc);
        for (i, &root) in EXP.iter().enumerate().take(9).skip(1) {
            let value = data
                .iter()
                .chain(&ecc)
                .fold(0u8, |acc, &c| mul(acc, root) ^ c);
            assert_eq!(value, 0, "root α^{i}");
        }
    }
}
