//! Reed–Solomon over the five Galois fields Aztec uses (ISO/IEC 24778 §7.2.3): GF(16) for the
//! mode message and runes, GF(64), GF(256), GF(1024) and GF(4096) for data by codeword size.
//!
//! Every field's exp/log tables are built at compile time; generators have roots α¹ … αⁿ.

/// One field: its order minus one and tables (exp doubled so products need no reduction).
pub(crate) struct Field {
    /// 2^m − 1.
    order: usize,
    exp: &'static [u16],
    log: &'static [u16],
}

const fn tables<const N: usize, const D: usize>(poly: u32) -> ([u16; D], [u16; N]) {
    let mut exp = [0u16; D];
    let mut log = [0u16; N];
    let mut x: u32 = 1;
    let mut i = 0;
    while i < N - 1 {
        exp[i] = x as u16;
        log[x as usize] = i as u16;
        x <<= 1;
        if x & (N as u32) != 0 {
            x ^= poly;
        }
        i += 1;
    }
    while i < D {
        exp[i] = exp[i - (N - 1)];
        i += 1;
    }
    (exp, log)
}

// Prime polynomials from ISO/IEC 24778 §7.2.3: x⁴+x+1, x⁶+x+1, x⁸+x⁵+x³+x²+1, x¹⁰+x³+1,
// x¹²+x⁶+x⁵+x³+1.
const T16: ([u16; 32], [u16; 16]) = tables::<16, 32>(0x13);
const T64: ([u16; 128], [u16; 64]) = tables::<64, 128>(0x43);
const T256: ([u16; 512], [u16; 256]) = tables::<256, 512>(0x12d);
const T1024: ([u16; 2048], [u16; 1024]) = tables::<1024, 2048>(0x409);
const T4096: ([u16; 8192], [u16; 4096]) = tables::<4096, 8192>(0x1069);

static EXP16: [u16; 32] = T16.0;
static LOG16: [u16; 16] = T16.1;
static EXP64: [u16; 128] = T64.0;
static LOG64: [u16; 64] = T64.1;
static EXP256: [u16; 512] = T256.0;
static LOG256: [u16; 256] = T256.1;
static EXP1024: [u16; 2048] = T1024.0;
static LOG1024: [u16; 1024] = T1024.1;
static EXP4096: [u16; 8192] = T4096.0;
static LOG4096: [u16; 4096] = T4096.1;

/// GF(16), for the mode message and runes.
pub(crate) static GF16: Field = Field {
    order: 15,
    exp: &EXP16,
    log: &LOG16,
};

/// The data field for a codeword size of 6, 8, 10 or 12 bits.
pub(crate) fn data_field(codeword_bits: usize) -> &'static Field {
    static GF64: Field = Field {
        order: 63,
        exp: &EXP64,
        log: &LOG64,
    };
    static GF256: Field = Field {
        order: 255,
        exp: &EXP256,
        log: &LOG256,
    };
    static GF1024: Field = Field {
        order: 1023,
        exp: &EXP1024,
        log: &LOG1024,
    };
    static GF4096: Field = Field {
        order: 4095,
        exp: &EXP4096,
        log: &LOG4096,
    };
    match codeword_bits {
        6 => &GF64,
        8 => &GF256,
        10 => &GF1024,
        _ => &GF4096,
    }
}

impl Field {
    /// Appends `ecc.len()` check codewords for `data`, highest power first, in `ecc`.
    /// `generator` is scratch space reused between calls.
    pub(crate) fn encode(&self, data: &[u16], ecc: &mut [u16], generator: &mut Vec<u16>) {
        let n = ecc.len();
        ecc.fill(0);
        if n == 0 {
            return;
        }
        // Generator Π (x − αⁱ), i = 1..=n; coefficients highest power first, leading 1 dropped,
        // then kept as logarithms (a zero coefficient stays zero and is skipped).
        generator.clear();
        generator.resize(n + 1, 0);
        generator[0] = 1;
        for i in 1..=n {
            let root = self.exp[i % self.order];
            for j in (1..=i).rev() {
                generator[j] ^= self.mul(generator[j - 1], root);
            }
        }
        let zero = u16::MAX;
        for c in generator.iter_mut() {
            *c = if *c == 0 {
                zero
            } else {
                self.log[usize::from(*c)]
            };
        }
        let logs = &generator[1..];
        for &d in data {
            let factor = d ^ ecc[0];
            ecc.copy_within(1.., 0);
            ecc[n - 1] = 0;
            if factor != 0 {
                let lf = usize::from(self.log[usize::from(factor)]);
                for (e, &lg) in ecc.iter_mut().zip(logs) {
                    if lg != zero {
                        *e ^= self.exp[lf + usize::from(lg)];
                    }
                }
            }
        }
    }

    #[inline]
    fn mul(&self, a: u16, b: u16) -> u16 {
        if a == 0 || b == 0 {
            0
        } else {
            self.exp[usize::from(self.log[usize::from(a)]) + usize::from(self.log[usize::from(b)])]
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_permutations() {
        for bits in [6, 8, 10, 12] {
            let f = data_field(bits);
            let mut seen = vec![false; f.order + 1];
            for i in 0..f.order {
                seen[usize::from(f.exp[i])] = true;
            }
            assert!(!seen[0] && seen[1..].iter().all(|&s| s), "GF(2^{bits})");
        }
    }

    #[test]
    fn codeword_is_divisible_by_generator() {
        // c(αⁱ) = 0 for every root of the generator.
        let f = data_field(8);
        let data = [1u16, 2, 3, 200, 17];
        let mut ecc = [0u16; 5];
        f.encode(&data, &mut ecc, &mut Vec::new());
        let word: Vec<u16> = data.iter().chain(&ecc).copied().collect();
        for i in 1..=5 {
            let root = f.exp[i];
            let v = word.iter().fold(0u16, |acc, &c| f.mul(acc, root) ^ c);
            assert_eq!(v, 0, "root α^{i}");
        }
    }
}
