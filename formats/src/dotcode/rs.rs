//! Reed–Solomon error correction over the prime field GF(113) (AIM ISS DotCode rev 4.0 §5.3):
//! generator roots 3¹ … 3ⁿ, and the message split into ⌈words / 112⌉ interleaved blocks.

const P: u32 = 113;

/// Powers of the field's primitive element 3.
const POW3: [u8; 113] = {
    let mut t = [0u8; 113];
    let mut x = 1u32;
    let mut i = 0;
    while i < 113 {
        t[i] = x as u8;
        x = x * 3 % P;
        i += 1;
    }
    t
};

/// Fills the check codewords of `words` (all of it: `data` data codewords, the rest checks).
/// Block `b` of `step` takes every `step`-th codeword from `b`, data then checks, so the
/// blocks interleave codeword by codeword.
pub(crate) fn add_checks(words: &mut [u8], data: usize) {
    let total = words.len();
    let step = total.div_ceil(112);
    let mut poly = [0u32; 113];
    let mut rem = [0u32; 113];
    for b in 0..step {
        let nd = (data + step - 1 - b) / step;
        let nw = (total + step - 1 - b) / step;
        let nc = nw - nd;
        if nc == 0 {
            continue;
        }
        generator(nc, &mut poly);
        // Remainder of D(x)·x^nc by the monic generator; the checks are its negation.
        rem[..nc].fill(0);
        for k in 0..nd {
            let f = (u32::from(words[b + k * step]) + rem[0]) % P;
            for j in 0..nc - 1 {
                rem[j] = (rem[j + 1] + P * P - poly[j + 1] * f) % P;
            }
            rem[nc - 1] = (P * P - poly[nc] * f) % P;
        }
        for j in 0..nc {
            words[b + (nd + j) * step] = ((P - rem[j]) % P) as u8;
        }
    }
}

/// Coefficients of Π (x − 3ⁱ), i = 1 … `n`, highest power first (`g[0]` = 1).
fn generator(n: usize, g: &mut [u32; 113]) {
    g[..=n].fill(0);
    g[0] = 1;
    for i in 1..=n {
        let root = u32::from(POW3[i % 112]);
        // Multiply by (x − root): new[j] = old[j] − root·old[j − 1].
        for j in (1..=i).rev() {
            g[j] = (g[j] + P * P - root * g[j - 1]) % P;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generators_match_the_standard() {
        // Degree 3 and 4 generators for GF(113) with roots 3^1.. (the values zint tabulates).
        let mut g = [0u32; 113];
        generator(3, &mut g);
        assert_eq!(g[..4], [1, 74, 12, 62]);
        generator(4, &mut g);
        assert_eq!(g[..5], [1, 106, 7, 107, 63]);
    }

    #[test]
    fn codeword_polynomial_has_the_roots() {
        let mut w = [3u8, 17, 99, 0, 5, 0, 0, 0, 0];
        add_checks(&mut w, 5);
        for i in 1..=4u32 {
            let r = u32::from(POW3[i as usize]);
            let v = w.iter().fold(0u32, |acc, &c| (acc * r + u32::from(c)) % P);
            assert_eq!(v, 0, "root 3^{i}");
        }
    }
}
