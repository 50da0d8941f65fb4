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
const fn mul(a: u8, b: u8) -> u8 {
    if a == 0 || b == 0 {
        0
    } else {
        EXP[(LOG[a as usize] as usize + LOG[b as usize] as usize) % 63]
    }
}

/// Generator polynomial ∏(x − αⁱ), i = 1..=n, as its n low coefficients (x⁰ first; the
/// leading 1 implied).
const fn generator(n: usize) -> [u8; 28] {
    let mut g = [0u8; 29];
    g[0] = 1;
    let mut i = 1;
    while i <= n {
        let root = EXP[i % 63];
        // Multiply by (x + root): shift up and add root × old.
        let mut j = i + 1;
        while j > 0 {
            j -= 1;
            let lower = if j > 0 { g[j - 1] } else { 0 };
            g[j] = lower ^ mul(g[j], root);
        }
        i += 1;
    }
    let mut out = [0u8; 28];
    let mut j = 0;
    while j < n {
        out[j] = g[j];
        j += 1;
    }
    out
}

/// The remainder register of an LFSR encoder with up to 32 check codewords: byte `j` (of the
/// little-endian 256-bit value) is the coefficient of degree `n - 1 - j`.
type Register = [u128; 2];

/// `FEEDBACK[f]`: the register value `f × g(x)` adds in one step (byte `j` is
/// `f × g[n - 1 - j]`), for the `n`-check generator.
const fn feedback(n: usize) -> [Register; 64] {
    let g = generator(n);
    let mut table = [[0u128; 2]; 64];
    let mut f = 0;
    while f < 64 {
        let mut bytes = [0u8; 32];
        let mut j = 0;
        while j < n {
            bytes[j] = mul(f as u8, g[n - 1 - j]);
            j += 1;
        }
        let mut lo = [0u8; 16];
        let mut hi = [0u8; 16];
        let mut k = 0;
        while k < 16 {
            lo[k] = bytes[k];
            hi[k] = bytes[16 + k];
            k += 1;
        }
        table[f] = [u128::from_le_bytes(lo), u128::from_le_bytes(hi)];
        f += 1;
    }
    table
}

/// Feedback tables for the primary message (10 checks) and the secondary halves of modes 2–4
/// and 6 (20 checks) and mode 5 (28 checks).
static FEEDBACK_10: [Register; 64] = feedback(10);
static FEEDBACK_20: [Register; 64] = feedback(20);
static FEEDBACK_28: [Register; 64] = feedback(28);

fn table(n: usize) -> &'static [Register; 64] {
    match n {
        10 => &FEEDBACK_10,
        20 => &FEEDBACK_20,
        28 => &FEEDBACK_28,
        _ => unreachable!("MaxiCode has 10, 20 or 28 check codewords per block"),
    }
}

/// One LFSR step: feed data codeword `d` into register `r`.
#[inline(always)]
fn step(r: &mut Register, d: u8, table: &[Register; 64]) {
    let f = (d ^ r[0] as u8) & 0x3f;
    let t = &table[usize::from(f)];
    r[0] = (r[0] >> 8 | r[1] << 120) ^ t[0];
    r[1] = r[1] >> 8 ^ t[1];
}

/// The check codewords a register holds, highest-degree coefficient first.
fn checks(r: &Register) -> [u8; 32] {
    let mut out = [0u8; 32];
    out[..16].copy_from_slice(&r[0].to_le_bytes());
    out[16..].copy_from_slice(&r[1].to_le_bytes());
    out
}

/// The `ecc.len()` check codewords of `data` (highest-degree coefficient first), written into
/// `ecc`. Data is taken in order, as the coefficients of the highest powers.
#[cfg(test)]
fn encode(data: impl Iterator<Item = u8>, ecc: &mut [u8]) {
    let n = ecc.len();
    let t = table(n);
    let mut r = [0u128; 2];
    for d in data {
        step(&mut r, d, t);
    }
    ecc.copy_from_slice(&checks(&r)[..n]);
}

/// Fills in the check codewords of a 144-codeword symbol: 10 primary check codewords after the
/// 10 primary data codewords, then the secondary message as two interleaved halves (even and
/// odd positions), each with `secondary_checks / 2` checks interleaved the same way after the
/// data.
pub(crate) fn protect(cw: &mut [u8; 144], secondary_data: usize, secondary_checks: usize) {
    let mut r = [0u128; 2];
    for &d in &cw[..10] {
        step(&mut r, d, &FEEDBACK_10);
    }
    cw[10..20].copy_from_slice(&checks(&r)[..10]);
    let half = secondary_checks / 2;
    let t = table(half);
    let (mut even, mut odd) = ([0u128; 2], [0u128; 2]);
    for pair in cw[20..20 + secondary_data].chunks_exact(2) {
        step(&mut even, pair[0], t);
        step(&mut odd, pair[1], t);
    }
    let (even, odd) = (checks(&even), checks(&odd));
    let out = &mut cw[20 + secondary_data..20 + secondary_data + secondary_checks];
    for (k, pair) in out.chunks_exact_mut(2).enumerate() {
        pair[0] = even[k];
        pair[1] = odd[k];
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
