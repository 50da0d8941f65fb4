//! Reed-Solomon check codewords over GF(929), as PDF417's (ISO/IEC 15438 5.7) but with any
//! count: `k` check words from the generator `(x - 3)(x - 3^2)…(x - 3^k)`. ISO/IEC 24728
//! Annex F lists the coefficients of the 17 counts MicroPDF417 uses; they are these.

const P: u32 = 929;
/// The most check codewords a size has (4 × 44).
const MAX_K: usize = 50;

/// `GENERATORS[k][..k]`: the generator of `k` check words, highest degree first without its
/// leading 1. Computed at compile time from the definition above.
const GENERATORS: [[u16; MAX_K]; MAX_K + 1] = generators();

const fn generators() -> [[u16; MAX_K]; MAX_K + 1] {
    let mut out = [[0u16; MAX_K]; MAX_K + 1];
    let mut k = 1;
    while k <= MAX_K {
        let mut g = [0u32; MAX_K + 1];
        g[0] = 1;
        let mut root = 1u32;
        let mut deg = 0;
        while deg < k {
            root = root * 3 % P;
            deg += 1;
            // g ← g · (x − root), highest degree first.
            let mut j = deg;
            while j > 0 {
                g[j] = (g[j] + P - root * g[j - 1] % P) % P;
                j -= 1;
            }
        }
        let mut j = 0;
        while j < k {
            out[k][j] = g[j + 1] as u16;
            j += 1;
        }
        k += 1;
    }
    out
}

/// `GENERATORS` negated mod 929, so that the division below only adds.
static NEG_GENERATORS: [[u16; MAX_K]; MAX_K + 1] = {
    let g = GENERATORS;
    let mut out = [[0u16; MAX_K]; MAX_K + 1];
    let mut k = 0;
    while k <= MAX_K {
        let mut j = 0;
        while j < MAX_K {
            out[k][j] = ((P - g[k][j] as u32) % P) as u16;
            j += 1;
        }
        k += 1;
    }
    out
};

/// Appends the `k` (1–50) check words of `data` to `data`.
pub(super) fn append_check_words(data: &mut Vec<u16>, k: usize) {
    let g = &NEG_GENERATORS[k][..k];
    // The remainder, unreduced: a term is at most 928 · 928 and an entry collects at most
    // k ≤ 50 terms (one per data word while it shifts to the front), so it stays below 2^26.
    // Two buffers of k + 1 entries, the last always 0.
    let mut a = [0u32; MAX_K + 1];
    let mut b = [0u32; MAX_K + 1];
    let (mut rem, mut next) = (&mut a[..=k], &mut b[..=k]);
    for &d in data.iter() {
        let t = ((u32::from(d) + rem[0]) % P) as u16;
        for ((n, &r), &c) in next[..k].iter_mut().zip(&rem[1..]).zip(g) {
            *n = r + u32::from(t) * u32::from(c);
        }
        std::mem::swap(&mut rem, &mut next);
    }
    data.extend(rem[..k].iter().map(|&r| ((P - r % P) % P) as u16));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn annex_f_coefficients() {
        // ISO/IEC 24728 Annex F, k = 7, lowest degree first: 76 925 537 597 784 691 437.
        let mut low_first: Vec<u16> = GENERATORS[7][..7].to_vec();
        low_first.reverse();
        assert_eq!(low_first, [76, 925, 537, 597, 784, 691, 437]);
    }

    #[test]
    fn codeword_polynomial_has_the_roots() {
        for k in [
            7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 18, 21, 26, 32, 38, 44, 50,
        ] {
            let mut cw: Vec<u16> = (0..30u16).map(|i| (i * 53 + 11) % 929).collect();
            append_check_words(&mut cw, k);
            let mut root = 1u32;
            for _ in 0..k {
                root = root * 3 % P;
                let v = cw
                    .iter()
                    .fold(0u32, |acc, &c| (acc * root + u32::from(c)) % P);
                assert_eq!(v, 0, "k {k}");
            }
        }
    }
}
