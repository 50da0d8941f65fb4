//! GF(2^8) arithmetic and Reed–Solomon error correction for the QR family (polynomial 0x11D).

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
            x ^= 0x11d;
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

/// Product in GF(256).
#[inline]
pub(crate) fn mul(a: u8, b: u8) -> u8 {
    if a == 0 || b == 0 {
        0
    } else {
        EXP[LOG[a as usize] as usize + LOG[b as usize] as usize]
    }
}

/// A Reed–Solomon generator polynomial with roots α^0 … α^(n-1), kept as logarithms.
pub(crate) struct Generator {
    /// log of coefficients x^(n-1) … x^0 (the leading 1 is implicit).
    log_coeffs: Vec<u8>,
}

impl Generator {
    /// The generator of `degree`, built once per degree and shared.
    pub(crate) fn cached(degree: usize) -> &'static Generator {
        // Degrees come from the symbologies' tables (at most 68 for any QR-family block).
        static CACHE: [std::sync::OnceLock<Generator>; 256] =
            [const { std::sync::OnceLock::new() }; 256];
        CACHE[degree.min(255)].get_or_init(|| Generator::new(degree.min(255)))
    }

    pub(crate) fn new(degree: usize) -> Generator {
        // coeffs[0] is the x^degree coefficient (always 1).
        let mut coeffs = vec![0u8; degree + 1];
        coeffs[0] = 1;
        for (i, &root) in EXP.iter().enumerate().take(degree) {
            // multiply by (x - root) == (x + root)
            for j in (1..=i + 1).rev() {
                coeffs[j] ^= mul(coeffs[j - 1], root);
            }
        }
        Generator {
            log_coeffs: coeffs[1..].iter().map(|&c| LOG[c as usize]).collect(),
        }
    }

    /// Number of error correction codewords this generator makes.
    pub(crate) fn degree(&self) -> usize {
        self.log_coeffs.len()
    }

    /// Writes the remainder of `data · x^n` divided by the generator into `ecc` (length n).
    pub(crate) fn remainder(&self, data: &[u8], ecc: &mut [u8]) {
        let n = self.log_coeffs.len();
        debug_assert_eq!(ecc.len(), n);
        ecc.fill(0);
        for &d in data {
            let factor = d ^ ecc[0];
            ecc.copy_within(1.., 0);
            ecc[n - 1] = 0;
            if factor != 0 {
                let lf = LOG[factor as usize] as usize;
                for (e, &lg) in ecc.iter_mut().zip(&self.log_coeffs) {
                    *e ^= EXP[lg as usize + lf];
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_basics() {
        for a in 1..=255u8 {
            assert_eq!(mul(a, 1), a);
            let inv = EXP[255 - LOG[a as usize] as usize];
            assert_eq!(mul(a, inv), 1);
        }
    }

    #[test]
    fn iso_example_version1_m() {
        // ISO/IEC 18004 Annex I: "01234567" as 1-M, 16 data codewords, 10 ECC codewords.
        let data = [
            0x10, 0x20, 0x0c, 0x56, 0x61, 0x80, 0xec, 0x11, 0xec, 0x11, 0xec, 0x11, 0xec, 0x11,
            0xec, 0x11,
        ];
        let g = Generator::new(10);
        let mut ecc = [0u8; 10];
        g.remainder(&data, &mut ecc);
        assert_eq!(
            ecc,
            [0xa5, 0x24, 0xd4, 0xc1, 0xed, 0x36, 0xc7, 0x87, 0x2c, 0x55]
        );
    }
}
