//! Reed-Solomon check words over GF(929) (ISO/IEC 15438 5.7): security level `s` adds
//! `2^(s+1)` check words from the generator `(x - 3)(x - 3^2)…(x - 3^k)`.

const P: u32 = 929;

/// Generator coefficients of every level, highest degree first without the leading 1; level `s`
/// starts at `2^(s+1) - 2`. Computed at compile time from the definition above.
const GENERATORS: [u16; 1022] = generators();

const fn generators() -> [u16; 1022] {
    let mut out = [0u16; 1022];
    let mut level = 0;
    while level < 9 {
        let k = 2usize << level;
        let mut g = [0u32; 513];
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
            out[k - 2 + j] = g[j + 1] as u16;
            j += 1;
        }
        level += 1;
    }
    out
}

/// Number of check words at security level `level` (0–8).
pub(super) const fn check_words(level: u8) -> usize {
    2 << level
}

/// `GENERATORS` negated mod 929, so that the division below only adds.
const NEG_GENERATORS: [u16; 1022] = {
    let mut out = [0u16; 1022];
    let mut i = 0;
    while i < 1022 {
        out[i] = ((P - GENERATORS[i] as u32) % P) as u16;
        i += 1;
    }
    out
};

/// Appends the check words of `data` at `level` to `data`.
pub(super) fn append_check_words(data: &mut Vec<u16>, level: u8) {
    let k = check_words(level);
    let g = &NEG_GENERATORS[k - 2..2 * k - 2];
    // The remainder, unreduced: a term is at most 928 · 928 and an entry collects at most
    // k ≤ 512 terms (one per data word while it shifts to the front), so it stays below 2^29.
    // Two buffers of k + 1 entries, the last always 0, so that the shift-and-add runs over
    // k (a power of two) entries without a scalar tail.
    let mut buffers = vec![0u32; 2 * (k + 1)];
    let (mut rem, mut next) = buffers.split_at_mut(k + 1);
    for &d in data.iter() {
        let t = ((u32::from(d) + rem[0]) % P) as u16;
        for ((n, &r), &c) in next[..k].iter_mut().zip(&rem[1..]).zip(g) {
            // 16 × 16-bit products: cheaper to vectorise than 32-bit ones.
            *n = r + u32::from(t) * u32::from(c);
        }
        std::mem::swap(&mut rem, &mut next);
    }
    let rem = &rem[..k];
    data.extend(rem.iter().map(|&r| ((P - r % P) % P) as u16));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn level0_generator() {
        // (x - 3)(x - 9) = x^2 - 12x + 27
        assert_eq!(&GENERATORS[..2], &[929 - 12, 27]);
    }

    #[test]
    fn standard_example() {
        // ISO/IEC 15438 annex example: "PDF417" at security level 1 — length descriptor 5,
        // data 453 178 121 239 → check words 452 327 657 619.
        let mut cw = vec![5, 453, 178, 121, 239];
        append_check_words(&mut cw, 1);
        assert_eq!(&cw[5..], &[452, 327, 657, 619]);
    }

    #[test]
    fn codeword_polynomial_has_the_roots() {
        // Data followed by its check words evaluates to 0 at 3^1..3^k.
        for level in 0..9u8 {
            let mut cw: Vec<u16> = (0..40u16).map(|i| (i * 37 + 5) % 929).collect();
            append_check_words(&mut cw, level);
            let mut root = 1u32;
            for _ in 0..check_words(level) {
                root = root * 3 % P;
                let v = cw
                    .iter()
                    .fold(0u32, |acc, &c| (acc * root + u32::from(c)) % P);
                assert_eq!(v, 0, "level {level}");
            }
        }
    }
}
