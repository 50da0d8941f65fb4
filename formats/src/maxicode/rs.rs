//! Reed-Solomon error correction over GF(64), field polynomial x⁶ + x + 1 (ISO/IEC 16023 §4.10),
//! generator roots α¹ … αⁿ, and the primary/secondary codeword arrangement.

/// αⁱ for i in 0..63 (α⁶³ = 1 again), and the discrete log of 1..=63.
const TABLES: ([u8; 64], [u8; 64]) = {
    let mut exp = [0u8; 64];
    let mut log = [0u8; 64];
    let mut x: u8 = 1;
    let mut i = 0;
    while i < 63 {
        exp[i] = x;
        log[x as usize] = i as u8;
        x <<= 1;
        if x & 0x40 != 0 {
            x ^= 0x43;
        }
        i += 1;
    }
    exp[63] = 1;
    (exp, log)
};
const EXP: [u8; 64] = TABLES.0;
const LOG: [u8; 64] = TABLES.1;

#[inline]
fn mul(a: u8, b: u8) -> u8 {
    if a == 0 || b == 0 {
        0
    } else {
        EXP[(usize::from(LOG[usize::from(a)]) + usize::from(LOG[usize::from(b)])) % 63]
    }
}

/// Generator polynomial ∏(x − αⁱ), i = 1..=n, as its n low coefficients (x⁰ first; the
/// leading 1 implied).
fn generator(n: usize) -> [u8; 28] {
    let mut g = [0u8; 29];
    g[0] = 1;
    for i in 1..=n {
        let root = EXP[i % 63];
        // Multiply by (x + root): shift up and add root × old.
        for j in (0..=i).rev() {
            let lower = if j > 0 { g[j - 1] } else { 0 };
            g[j] = lower ^ mul(g[j], root);
        }
    }
    let mut out = [0u8; 28];
    out[..n].copy_from_slice(&g[..n]);
    out
}

/// The `ecc.len()` check codewords of `data` (highest-degree coefficient first), written into
/// `ecc`. Data is taken in order, as the coefficients of the highest powers.
fn encode(data: impl Iterator<Item = u8>, ecc: &mut [u8]) {
    let n = ecc.len();
    let g = generator(n);
    // Remainder register r[0] is the highest-degree coefficient.
    let mut r = [0u8; 28];
    for d in data {
        let f = d ^ r[0];
        for j in 0..n - 1 {
            r[j] = r[j + 1] ^ mul(f, g[n - 1 - j]);
        }
        r[n - 1] = mul(f, g[0]);
    }
    ecc.copy_from_slice(&r[..n]);
}

/// Fills in the check codewords of a 144-codeword symbol: 10 primary check codewords after the
/// 10 primary data codewords, then the secondary message as two interleaved halves (even and
/// odd positions), each with `secondary_checks / 2` checks interleaved the same way after the
/// data.
pub(crate) fn protect(cw: &mut [u8; 144], secondary_data: usize, secondary_checks: usize) {
    let mut ecc = [0u8; 28];
    encode(cw[..10].iter().copied(), &mut ecc[..10]);
    cw[10..20].copy_from_slice(&ecc[..10]);
    let half = secondary_checks / 2;
    for parity in 0..2 {
        let data = (0..secondary_data / 2).map(|k| cw[20 + 2 * k + parity]);
        encode(data, &mut ecc[..half]);
        for (k, &e) in ecc[..half].iter().enumerate() {
            cw[20 + secondary_data + 2 * k + parity] = e;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A codeword block with its checks is a multiple of the generator: evaluating it at every
    /// root gives 0.
    #[test]
    fn checks_vanish_at_roots() {
        let data: Vec<u8> = (0..42u32).map(|i| ((i * 7 + 3) % 64) as u8).collect();
        let mut ecc = [0u8; 20];
        encode(data.iter().copied(), &mut ecc);
        let word: Vec<u8> = data.iter().chain(&ecc).copied().collect();
        for (i, &x) in EXP.iter().enumerate().take(21).skip(1) {
            let v = word.iter().fold(0u8, |acc, &c| mul(acc, x) ^ c);
            assert_eq!(v, 0, "root α^{i}");
        }
    }
}
