//! QR mask patterns and the ISO/IEC 18004 penalty score, computed on bit planes.
//!
//! A symbol is held twice, as rows and as columns, each line a 192-bit word triple. Every penalty
//! rule then becomes a handful of shifts, ANDs and popcounts per line instead of a walk over each
//! module, which is what makes trying all eight masks cheap. Scoring follows the standard as
//! zint 2.11 reads it (modules outside the symbol count as light for rule 3).

/// One row or column: bit `i` is module `i` (dark = 1); bits at and past the side length are 0.
pub(crate) type Line = [u64; 3];

// Helpers work on the first `W` words only: a 29-module line needs one word, not three.

#[inline(always)]
fn shr<const W: usize>(x: &Line, k: u32) -> Line {
    let mut r = [0u64; 3];
    for i in 0..W {
        r[i] = x[i] >> k | if i + 1 < W { x[i + 1] << (64 - k) } else { 0 };
    }
    r
}

#[inline(always)]
fn shl<const W: usize>(x: &Line, k: u32) -> Line {
    let mut r = [0u64; 3];
    for i in 0..W {
        r[i] = x[i] << k | if i > 0 { x[i - 1] >> (64 - k) } else { 0 };
    }
    r
}

#[inline(always)]
fn zip<const W: usize>(a: &Line, b: &Line, f: impl Fn(u64, u64) -> u64) -> Line {
    let mut r = [0u64; 3];
    for i in 0..W {
        r[i] = f(a[i], b[i]);
    }
    r
}

#[inline(always)]
fn and<const W: usize>(a: &Line, b: &Line) -> Line {
    zip::<W>(a, b, |x, y| x & y)
}

#[inline(always)]
fn andn<const W: usize>(a: &Line, b: &Line) -> Line {
    zip::<W>(a, b, |x, y| x & !y)
}

#[inline(always)]
fn or<const W: usize>(a: &Line, b: &Line) -> Line {
    zip::<W>(a, b, |x, y| x | y)
}

#[inline(always)]
fn xor<const W: usize>(a: &Line, b: &Line) -> Line {
    zip::<W>(a, b, |x, y| x ^ y)
}

#[inline(always)]
fn not<const W: usize>(a: &Line) -> Line {
    zip::<W>(a, a, |x, _| !x)
}

#[inline(always)]
fn pop<const W: usize>(a: &Line) -> u32 {
    a[..W].iter().map(|w| w.count_ones()).sum()
}

#[inline(always)]
fn is_zero<const W: usize>(a: &Line) -> bool {
    a[..W].iter().all(|&w| w == 0)
}

/// Bits `0..n` set.
pub(crate) const fn ones(n: usize) -> Line {
    let mut l = [0u64; 3];
    let mut w = 0;
    while w < 3 {
        let lo = w * 64;
        l[w] = if n >= lo + 64 {
            u64::MAX
        } else if n > lo {
            (1u64 << (n - lo)) - 1
        } else {
            0
        };
        w += 1;
    }
    l
}

#[inline]
pub(crate) fn set_bit(line: &mut Line, i: usize) {
    line[i >> 6] |= 1u64 << (i & 63);
}

#[inline]
pub(crate) fn get_bit(line: &Line, i: usize) -> bool {
    line[i >> 6] >> (i & 63) & 1 != 0
}

/// Whether QR mask `m` inverts the module at row `y`, column `x`.
pub(crate) const fn mask_bit(m: u8, y: usize, x: usize) -> bool {
    match m {
        0 => (y + x) % 2 == 0,
        1 => y % 2 == 0,
        2 => x % 3 == 0,
        3 => (y + x) % 3 == 0,
        4 => (y / 2 + x / 3) % 2 == 0,
        5 => (y * x) % 2 + (y * x) % 3 == 0,
        6 => ((y * x) % 2 + (y * x) % 3) % 2 == 0,
        _ => ((y + x) % 2 + (y * x) % 3) % 2 == 0,
    }
}

/// Mask patterns repeat every 12 rows (and every 12 columns): lcm of the periods 2, 3 and 4.
const PERIOD: usize = 12;

const fn pattern_table(transposed: bool) -> [[Line; PERIOD]; 8] {
    let mut t = [[[0u64; 3]; PERIOD]; 8];
    let mut m = 0;
    while m < 8 {
        let mut p = 0;
        while p < PERIOD {
            let mut i = 0;
            while i < 192 {
                let (y, x) = if transposed { (i, p) } else { (p, i) };
                if mask_bit(m as u8, y, x) {
                    t[m][p][i >> 6] |= 1u64 << (i & 63);
                }
                i += 1;
            }
            p += 1;
        }
        m += 1;
    }
    t
}

/// ROW_PATTERNS[m][y % 12]: the mask's bits along row y. COL_PATTERNS[m][x % 12]: along column x.
static ROW_PATTERNS: [[Line; PERIOD]; 8] = pattern_table(false);
static COL_PATTERNS: [[Line; PERIOD]; 8] = pattern_table(true);

/// Applies mask `m` to every non-function module of `src` into `dst` (rows or columns), for
/// lines `len` modules long.
pub(crate) fn apply(
    m: u8,
    src: &[Line],
    func: &[Line],
    dst: &mut [Line],
    columns: bool,
    len: usize,
) {
    let table = if columns {
        &COL_PATTERNS[usize::from(m)]
    } else {
        &ROW_PATTERNS[usize::from(m)]
    };
    let valid = ones(len);
    for (i, ((d, s), f)) in dst.iter_mut().zip(src).zip(func).enumerate() {
        *d = xor::<3>(s, &and::<3>(&andn::<3>(&table[i % PERIOD], f), &valid));
    }
}

/// Rules 1 (runs of five or more) and 3 (finder-like 1:1:3:1:1 with four light modules on a side).
#[inline(always)]
fn line_penalty<const W: usize>(x: &Line, masks: &Masks) -> u32 {
    // Rule 1: e[i] = x[i] == x[i+1]; e4[i] = modules i..i+4 alike. Each run of length L ≥ 5 has
    // L - 4 such starts and costs 3 + (L - 5) = (L - 4) + 2.
    let e = andn::<W>(&masks.valid_n1, &xor::<W>(x, &shr::<W>(x, 1)));
    let e4 = and::<W>(
        &and::<W>(&e, &shr::<W>(&e, 1)),
        &and::<W>(&shr::<W>(&e, 2), &shr::<W>(&e, 3)),
    );
    let run_starts = andn::<W>(&e4, &shl::<W>(&e4, 1));
    let rule1 = pop::<W>(&e4) + 2 * pop::<W>(&run_starts);

    // Rule 3: dark-light-dark-dark-dark-light-dark at i, with i-4..i-1 or i+7..i+10 light.
    let core = and::<W>(
        &and::<W>(x, &shr::<W>(x, 2)),
        &and::<W>(&shr::<W>(x, 3), &shr::<W>(x, 4)),
    );
    let core = andn::<W>(
        &andn::<W>(&and::<W>(&core, &shr::<W>(x, 6)), &shr::<W>(x, 1)),
        &shr::<W>(x, 5),
    );
    let matches = and::<W>(&core, &masks.valid_n6);
    if is_zero::<W>(&matches) {
        return rule1;
    }
    let light = andn::<W>(&masks.valid_n, x);
    let mut before = [u64::MAX; 3];
    for (k, fill) in (1..=4u32).zip(&masks.low) {
        before = and::<W>(&before, &or::<W>(&shl::<W>(&light, k), fill));
    }
    // Past the end counts as light; W leaves at least 4 spare bits for the shifted-in zeros.
    let light_ext = or::<W>(&light, &not::<W>(&masks.valid_n));
    let mut after = [u64::MAX; 3];
    for k in 7..=10u32 {
        after = and::<W>(&after, &shr::<W>(&light_ext, k));
    }
    rule1 + 40 * pop::<W>(&and::<W>(&matches, &or::<W>(&before, &after)))
}

struct Masks {
    valid_n: Line,
    valid_n1: Line,
    valid_n6: Line,
    /// Bits shifted in below position 0 by shl(k) count as light (outside the symbol).
    low: [Line; 4],
}

/// The total penalty of a masked symbol of side `n` given as rows and columns.
pub(crate) fn penalty(rows: &[Line], cols: &[Line], n: usize) -> u32 {
    // Words per line, keeping 4 spare bits past the end for rule 3's look-ahead.
    match (n + 4).div_ceil(64) {
        1 => penalty_words::<1>(rows, cols, n),
        2 => penalty_words::<2>(rows, cols, n),
        _ => penalty_words::<3>(rows, cols, n),
    }
}

fn penalty_words<const W: usize>(rows: &[Line], cols: &[Line], n: usize) -> u32 {
    let masks = Masks {
        valid_n: ones(n),
        valid_n1: ones(n.saturating_sub(1)),
        valid_n6: ones(n.saturating_sub(6)),
        low: [ones(1), ones(2), ones(3), ones(4)],
    };
    let mut total = 0;
    let mut dark = 0u32;
    for (y, row) in rows.iter().enumerate() {
        total += line_penalty::<W>(row, &masks);
        dark += pop::<W>(row);
        if let Some(next) = rows.get(y + 1) {
            // Rule 2: 2×2 blocks of one colour.
            let same_v = not::<W>(&xor::<W>(row, next));
            let same_h = not::<W>(&xor::<W>(row, &shr::<W>(row, 1)));
            let blocks = and::<W>(
                &and::<W>(&same_v, &shr::<W>(&same_v, 1)),
                &and::<W>(&same_h, &masks.valid_n1),
            );
            total += 3 * pop::<W>(&blocks);
        }
    }
    for col in cols {
        total += line_penalty::<W>(col, &masks);
    }
    // Rule 4: 10 points per full 5 % the dark share deviates from 50 %.
    let percentage = 100.0 * f64::from(dark) / (n * n) as f64;
    total + 10 * ((percentage - 50.0).abs() / 5.0) as u32
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Straightforward module-by-module scoring (as the standard describes it) for cross-checks.
    pub(crate) fn naive_penalty(grid: &[Vec<bool>]) -> u32 {
        let n = grid.len();
        let at = |x: isize, y: isize, tr: bool| -> bool {
            let (x, y) = if tr { (y, x) } else { (x, y) };
            x >= 0 && y >= 0 && (x as usize) < n && (y as usize) < n && grid[y as usize][x as usize]
        };
        let mut total = 0;
        for tr in [false, true] {
            for y in 0..n as isize {
                let mut run = 1;
                for x in 1..=n as isize {
                    if x < n as isize && at(x, y, tr) == at(x - 1, y, tr) {
                        run += 1;
                    } else {
                        if run >= 5 {
                            total += run - 2;
                        }
                        run = 1;
                    }
                }
                for x in 0..=(n as isize - 7) {
                    let pat = [true, false, true, true, true, false, true];
                    if (0..7).all(|k| at(x + k, y, tr) == pat[k as usize]) {
                        let before = (1..=4).all(|k| !at(x - k, y, tr));
                        let after = (7..=10).all(|k| !at(x + k, y, tr));
                        if before || after {
                            total += 40;
                        }
                    }
                }
            }
        }
        for y in 0..n - 1 {
            for x in 0..n - 1 {
                let c = grid[y][x];
                if grid[y][x + 1] == c && grid[y + 1][x] == c && grid[y + 1][x + 1] == c {
                    total += 3;
                }
            }
        }
        let dark = grid.iter().flatten().filter(|d| **d).count();
        let pct = 100.0 * dark as f64 / (n * n) as f64;
        total + 10 * ((pct - 50.0).abs() / 5.0) as u32
    }

    fn planes(grid: &[Vec<bool>]) -> (Vec<Line>, Vec<Line>) {
        let n = grid.len();
        let mut rows = vec![[0u64; 3]; n];
        let mut cols = vec![[0u64; 3]; n];
        for y in 0..n {
            for x in 0..n {
                if grid[y][x] {
                    set_bit(&mut rows[y], x);
                    set_bit(&mut cols[x], y);
                }
            }
        }
        (rows, cols)
    }

    #[test]
    fn bitplane_scoring_equals_naive_scoring() {
        let mut seed = 0x1234_5678_9abc_def0u64;
        for n in [21usize, 25, 45, 63, 64, 65, 101, 127, 128, 129, 177] {
            for density in [1u64, 2, 4] {
                let grid: Vec<Vec<bool>> = (0..n)
                    .map(|_| {
                        (0..n)
                            .map(|_| {
                                seed ^= seed << 13;
                                seed ^= seed >> 7;
                                seed ^= seed << 17;
                                seed % (density + 1) == 0
                            })
                            .collect()
                    })
                    .collect();
                let (rows, cols) = planes(&grid);
                assert_eq!(
                    penalty(&rows, &cols, n),
                    naive_penalty(&grid),
                    "n={n} density={density}"
                );
            }
        }
    }

    #[test]
    fn patterns_match_definition() {
        for m in 0..8u8 {
            for y in 0..30 {
                for x in 0..180 {
                    assert_eq!(
                        get_bit(&ROW_PATTERNS[m as usize][y % PERIOD], x),
                        mask_bit(m, y, x)
                    );
                    assert_eq!(
                        get_bit(&COL_PATTERNS[m as usize][x % PERIOD], y),
                        mask_bit(m, y, x)
                    );
                }
            }
        }
    }
}
