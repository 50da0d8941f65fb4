//! Reed–Solomon over the five Galois fields Aztec uses (ISO/IEC 24778 §7.2.3): GF(16) for the
//! mode message and runes, GF(64), GF(256), GF(1024) and GF(4096) for data by codeword size.
//!
//! Every field's exp/log tables are built at compile time; generators have roots α¹ … αⁿ.

use std::cell::RefCell;

/// One field: its order minus one and tables. `log[0]` is [`Field::zero_log`] (2 × order), and
/// `exp` runs past 4 × order: the cycle twice, then zeros, so a product of logs needs neither a
/// reduction nor a zero test (`exp[log a + log b]` is 0 when either is 0).
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
    // The cycle again (products of two nonzero logs), then zeros from 2 × order on.
    while i < 2 * (N - 1) {
        exp[i] = exp[i - (N - 1)];
        i += 1;
    }
    log[0] = (2 * (N - 1)) as u16;
    (exp, log)
}

// Prime polynomials from ISO/IEC 24778 §7.2.3: x⁴+x+1, x⁶+x+1, x⁸+x⁵+x³+x²+1, x¹⁰+x³+1,
// x¹²+x⁶+x⁵+x³+1. `exp` holds 4 × order + 1 entries, rounded up to a power of two so
// that a masked index needs no bounds check.
const T16: ([u16; 64], [u16; 16]) = tables::<16, 64>(0x13);
const T64: ([u16; 256], [u16; 64]) = tables::<64, 256>(0x43);
const T256: ([u16; 1024], [u16; 256]) = tables::<256, 1024>(0x12d);
const T1024: ([u16; 4096], [u16; 1024]) = tables::<1024, 4096>(0x409);
const T4096: ([u16; 16384], [u16; 4096]) = tables::<4096, 16384>(0x1069);

static EXP16: [u16; 64] = T16.0;
static LOG16: [u16; 16] = T16.1;
static EXP64: [u16; 256] = T64.0;
static LOG64: [u16; 64] = T64.1;
static EXP256: [u16; 1024] = T256.0;
static LOG256: [u16; 256] = T256.1;
static EXP1024: [u16; 4096] = T1024.0;
static LOG1024: [u16; 1024] = T1024.1;
static EXP4096: [u16; 16384] = T4096.0;
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

/// The remainder of `data` · x^n by the generator (its coefficient logarithms `logs`, the
/// leading 1 dropped) in `ecc`, as a shift register: each data codeword shifts the remainder one
/// place and adds the feedback times the generator, in a single pass. `exp` has `N` entries, a
/// power of two, so the masked lookups need no bounds checks.
fn divide<const N: usize>(exp: &[u16], log: &[u16], data: &[u16], logs: &[u16], ecc: &mut [u16]) {
    let Ok(exp) = <&[u16; N]>::try_from(exp) else {
        unreachable!("exp table of {} entries, not {N}", exp.len())
    };
    let n = ecc.len();
    let logs = &logs[..n];
    for &d in data {
        let lf = usize::from(log[usize::from(d ^ ecc[0])]);
        for i in 0..n - 1 {
            ecc[i] = ecc[i + 1] ^ exp[(lf + usize::from(logs[i])) & (N - 1)];
        }
        ecc[n - 1] = exp[(lf + usize::from(logs[n - 1])) & (N - 1)];
    }
}

/// Generators recently used, per thread: (field order, degree, coefficient logarithms without
/// the leading 1, product table), most recent first. Symbols of one size share a generator, so
/// a run of encodes computes it once.
type GeneratorCache = Vec<(usize, usize, Vec<u16>, Vec<u16>)>;

/// Fields up to this order get a product table per generator: row f holds f times each
/// coefficient, so a division step is a shift and an XOR of whole rows.
const TABLE_MAX_ORDER: usize = 255;

/// [`divide`] with a product table (`table[f · n + i]` = f · g_i): a straight XOR of rows,
/// which vectorises.
fn divide_table(table: &[u16], data: &[u16], ecc: &mut [u16]) {
    let n = ecc.len();
    for &d in data {
        let f = usize::from(d ^ ecc[0]);
        let row = &table[f * n..f * n + n];
        for i in 0..n - 1 {
            ecc[i] = ecc[i + 1] ^ row[i];
        }
        ecc[n - 1] = row[n - 1];
    }
}

thread_local! {
    static GENERATORS: RefCell<GeneratorCache> = const { RefCell::new(Vec::new()) };
}

/// Generators the cache keeps.
const CACHED_GENERATORS: usize = 8;

impl Field {
    /// Writes the `ecc.len()` check codewords for `data`, highest power first, in `ecc`.
    pub(crate) fn encode(&self, data: &[u16], ecc: &mut [u16]) {
        let n = ecc.len();
        ecc.fill(0);
        if n == 0 {
            return;
        }
        GENERATORS.with(|cache| {
            let mut cache = cache.borrow_mut();
            let found = cache
                .iter()
                .position(|&(order, degree, ..)| order == self.order && degree == n);
            match found {
                Some(0) => {}
                Some(k) => cache[..=k].rotate_right(1),
                None => {
                    if cache.len() == CACHED_GENERATORS {
                        cache.pop();
                    }
                    let logs = self.generator_logs(n);
                    let table = if self.order <= TABLE_MAX_ORDER {
                        (0..=self.order)
                            .flat_map(|f| {
                                let lf = usize::from(self.log[f]);
                                logs.iter().map(move |&l| self.exp[lf + usize::from(l)])
                            })
                            .collect()
                    } else {
                        Vec::new()
                    };
                    cache.insert(0, (self.order, n, logs, table));
                }
            }
            let (_, _, logs, table) = &cache[0];
            if !table.is_empty() {
                divide_table(table, data, ecc);
                return;
            }
            let log = self.log;
            match self.exp.len() {
                64 => divide::<64>(self.exp, log, data, logs, ecc),
                256 => divide::<256>(self.exp, log, data, logs, ecc),
                1024 => divide::<1024>(self.exp, log, data, logs, ecc),
                4096 => divide::<4096>(self.exp, log, data, logs, ecc),
                _ => divide::<16384>(self.exp, log, data, logs, ecc),
            }
        });
    }

    /// The generator Π (x − αⁱ), i = 1..=n, as the logarithms of its coefficients, highest
    /// power first, the leading 1 dropped (a zero coefficient has the zero log).
    fn generator_logs(&self, n: usize) -> Vec<u16> {
        let (exp, log) = (self.exp, self.log);
        let mut g = vec![0u16; n + 1];
        g[0] = 1;
        for i in 1..=n {
            // Multiply by (x + αⁱ): g[j] += αⁱ · g[j − 1], from the top down.
            let root_log = i % self.order;
            let g = &mut g[..=i];
            for j in (1..g.len()).rev() {
                g[j] ^= exp[usize::from(log[usize::from(g[j - 1])]) + root_log];
            }
        }
        g[1..].iter().map(|&c| log[usize::from(c)]).collect()
    }

    #[cfg(test)]
    fn mul(&self, a: u16, b: u16) -> u16 {
        self.exp[usize::from(self.log[usize::from(a)]) + usize::from(self.log[usize::from(b)])]
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
        f.encode(&data, &mut ecc);
        let word: Vec<u16> = data.iter().chain(&ecc).copied().collect();
        for i in 1..=5 {
            let root = f.exp[i];
            let v = word.iter().fold(0u16, |acc, &c| f.mul(acc, root) ^ c);
            assert_eq!(v, 0, "root α^{i}");
        }
    }
}
