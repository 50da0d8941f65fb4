//! Module placement: codeword bits into the mapping matrix (ISO/IEC 16022 Annex F, with the
//! row wrap ISO/IEC 21471 adds for DMRE), then the mapping matrix into data regions framed by
//! finder, timing and alignment patterns.

use super::sizes::Size;
use crate::{Matrix, ModuleRole};

const DARK: u8 = 0x80;

/// Assigns each module of the mapping matrix (`nr` × `nc`, row-major) its codeword bit:
/// `8 * k + bit + 1` for bit `bit` of codeword `k`, 0 while unassigned.
struct Mapper {
    nr: isize,
    nc: isize,
    owner: Vec<u32>,
}

/// The fixed dark modules of the unfilled corner.
const CORNER_DARK: u32 = u32::MAX;

impl Mapper {
    /// Places bit `bit` (7 = most significant) of codeword `k` at (`r`, `c`), wrapping
    /// coordinates that fall outside the matrix as Annex F prescribes.
    fn module(&mut self, mut r: isize, mut c: isize, k: usize, bit: u8) {
        if r < 0 {
            r += self.nr;
            c += 4 - ((self.nr + 4) % 8);
        }
        if c < 0 {
            c += self.nc;
            r += 4 - ((self.nc + 4) % 8);
        }
        if r >= self.nr {
            r -= self.nr;
        }
        let Ok(i) = usize::try_from(r * self.nc + c) else {
            return;
        };
        if let Some(o) = self.owner.get_mut(i) {
            *o = 8 * k as u32 + u32::from(bit) + 1;
        }
    }

    fn filled(&self, r: isize, c: isize) -> bool {
        self.owner[(r * self.nc + c) as usize] != 0
    }

    /// The standard "utah" shape of one codeword, its last bit at (`r`, `c`).
    fn utah(&mut self, r: isize, c: isize, k: usize) {
        const SHAPE: [(isize, isize); 8] = [
            (-2, -2),
            (-2, -1),
            (-1, -2),
            (-1, -1),
            (-1, 0),
            (0, -2),
            (0, -1),
            (0, 0),
        ];
        for (i, (dr, dc)) in SHAPE.into_iter().enumerate() {
            self.module(r + dr, c + dc, k, 7 - i as u8);
        }
    }

    /// One of the four corner shapes, given as (row, column) with negative values counted from
    /// the bottom / right edge (`-1` = last).
    fn corner(&mut self, cells: [(isize, isize); 8], k: usize) {
        for (i, (r, c)) in cells.into_iter().enumerate() {
            let r = if r < 0 { self.nr + r } else { r };
            let c = if c < 0 { self.nc + c } else { c };
            self.module(r, c, k, 7 - i as u8);
        }
    }
}

const CORNER_A: [(isize, isize); 8] = [
    (-1, 0),
    (-1, 1),
    (-1, 2),
    (0, -2),
    (0, -1),
    (1, -1),
    (2, -1),
    (3, -1),
];
const CORNER_B: [(isize, isize); 8] = [
    (-3, 0),
    (-2, 0),
    (-1, 0),
    (0, -4),
    (0, -3),
    (0, -2),
    (0, -1),
    (1, -1),
];
const CORNER_C: [(isize, isize); 8] = [
    (-3, 0),
    (-2, 0),
    (-1, 0),
    (0, -2),
    (0, -1),
    (1, -1),
    (2, -1),
    (3, -1),
];
const CORNER_D: [(isize, isize); 8] = [
    (-1, 0),
    (-1, -1),
    (0, -3),
    (0, -2),
    (0, -1),
    (1, -3),
    (1, -2),
    (1, -1),
];

/// Which codeword bit each module of an `nr` × `nc` mapping matrix carries.
fn mapping(nr: usize, nc: usize) -> Vec<u32> {
    let mut m = Mapper {
        nr: nr as isize,
        nc: nc as isize,
        owner: vec![0; nr * nc],
    };
    let (nr, nc) = (m.nr, m.nc);
    let (mut r, mut c, mut k) = (4isize, 0isize, 0usize);
    loop {
        if r == nr && c == 0 {
            m.corner(CORNER_A, k);
            k += 1;
        }
        if r == nr - 2 && c == 0 && nc % 4 != 0 {
            m.corner(CORNER_B, k);
            k += 1;
        }
        if r == nr - 2 && c == 0 && nc % 8 == 4 {
            m.corner(CORNER_C, k);
            k += 1;
        }
        if r == nr + 4 && c == 2 && nc % 8 == 0 {
            m.corner(CORNER_D, k);
            k += 1;
        }
        // Sweep up and to the right.
        loop {
            if r < nr && c >= 0 && !m.filled(r, c) {
                m.utah(r, c, k);
                k += 1;
            }
            r -= 2;
            c += 2;
            if r < 0 || c >= nc {
                break;
            }
        }
        r += 1;
        c += 3;
        // Sweep down and to the left.
        loop {
            if r >= 0 && c < nc && !m.filled(r, c) {
                m.utah(r, c, k);
                k += 1;
            }
            r += 2;
            c -= 2;
            if r >= nr || c < 0 {
                break;
            }
        }
        r += 3;
        c += 1;
        if r >= nr && c >= nc {
            break;
        }
    }
    // Sizes whose mapping area is not a multiple of 8 leave the bottom-right 2×2 corner
    // unfilled: it gets a fixed checker pattern.
    let last = (nr * nc - 1) as usize;
    if m.owner[last] == 0 {
        m.owner[last] = CORNER_DARK;
        m.owner[last - nc as usize - 1] = CORNER_DARK;
    }
    m.owner
}

/// Whether the module with mapping `owner` is dark for these codewords.
#[inline]
fn bit_of(owner: u32, codewords: &[u8]) -> bool {
    match owner {
        0 => false,
        CORNER_DARK => true,
        o => {
            let (k, bit) = ((o - 1) / 8, (o - 1) % 8);
            codewords
                .get(k as usize)
                .is_some_and(|v| (v >> bit) & 1 != 0)
        }
    }
}

/// Reads the codewords (data and error correction) back out of a symbol's modules; `None` when
/// the matrix has no Data Matrix size. Used by tests to compare with other encoders.
pub(crate) fn read_codewords(matrix: &Matrix) -> Option<Vec<u8>> {
    let size = super::sizes::SIZES.iter().find(|s| {
        usize::from(s.rows) == matrix.height() && usize::from(s.cols) == matrix.width()
    })?;
    let (h, w) = (usize::from(size.rows), usize::from(size.cols));
    let (fh, fw) = (usize::from(size.region_rows), usize::from(size.region_cols));
    let (nr, nc) = (h - 2 * (h / fh), w - 2 * (w / fw));
    let owner = mapping(nr, nc);
    let total = usize::from(size.data) + usize::from(size.blocks) * usize::from(size.ecc);
    let mut out = vec![0u8; total];
    for r in 0..nr {
        for c in 0..nc {
            let o = owner[r * nc + c];
            if o != 0 && o != CORNER_DARK {
                let (y, x) = (1 + r + 2 * (r / (fh - 2)), 1 + c + 2 * (c / (fw - 2)));
                if matrix.is_dark(x, y) {
                    let (k, bit) = ((o - 1) / 8, (o - 1) % 8);
                    if let Some(v) = out.get_mut(k as usize) {
                        *v |= 1 << bit;
                    }
                }
            }
        }
    }
    Some(out)
}

/// The symbol's module grid: patterns around each data region and the codewords inside.
pub(crate) fn build(size: &Size, codewords: &[u8]) -> Matrix {
    let (h, w) = (usize::from(size.rows), usize::from(size.cols));
    let (fh, fw) = (usize::from(size.region_rows), usize::from(size.region_cols));
    let (nr, nc) = (h - 2 * (h / fh), w - 2 * (w / fw));
    let owner = mapping(nr, nc);
    let mut cells = vec![0u8; w * h];
    let finder = ModuleRole::Finder as u8;
    let timing = ModuleRole::Timing as u8;
    let align = ModuleRole::Alignment as u8;
    for y in 0..h {
        let (ry, oy) = (y / fh, y % fh);
        for x in 0..w {
            let (rx, ox) = (x / fw, x % fw);
            let cell = if ox == 0 {
                // Solid left edge of each region: the finder's vertical bar on the outside.
                DARK | if rx == 0 { finder } else { align }
            } else if oy == fh - 1 {
                DARK | if ry + 1 == h / fh { finder } else { align }
            } else if oy == 0 {
                // Clock track along the top: dark on even columns.
                let role = if ry == 0 { timing } else { align };
                role | if ox % 2 == 0 { DARK } else { 0 }
            } else if ox == fw - 1 {
                let role = if rx + 1 == w / fw { timing } else { align };
                role | if oy % 2 == 1 { DARK } else { 0 }
            } else {
                let (r, c) = (ry * (fh - 2) + oy - 1, rx * (fw - 2) + ox - 1);
                if bit_of(owner[r * nc + c], codewords) {
                    DARK
                } else {
                    0
                }
            };
            cells[y * w + x] = cell;
        }
    }
    Matrix::from_cells(w, h, cells)
}
