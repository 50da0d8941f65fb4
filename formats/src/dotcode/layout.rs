//! From codewords to dots (AIM ISS DotCode rev 4.0 §5.4–5.6, Annexes A and C): the mask
//! codeword, the 9-dot pattern of each codeword, placement along rows (odd heights) or columns
//! (even heights) with the last six dots in the corners, and the mask score.

/// Dot patterns of the 113 codeword values, 9 dots each (5 dark), from Annex C.
const PATTERNS: [u16; 113] = [
    0x155, 0x0ab, 0x0ad, 0x0b5, 0x0d5, 0x156, 0x15a, 0x16a, 0x1aa, 0x0ae, 0x0b6, 0x0ba, 0x0d6,
    0x0da, 0x0ea, 0x12b, 0x12d, 0x135, 0x14b, 0x14d, 0x153, 0x159, 0x165, 0x169, 0x195, 0x1a5,
    0x1a9, 0x057, 0x05b, 0x05d, 0x06b, 0x06d, 0x075, 0x097, 0x09b, 0x09d, 0x0a7, 0x0b3, 0x0b9,
    0x0cb, 0x0cd, 0x0d3, 0x0d9, 0x0e5, 0x0e9, 0x12e, 0x136, 0x13a, 0x14e, 0x15c, 0x166, 0x16c,
    0x172, 0x174, 0x196, 0x19a, 0x1a6, 0x1ac, 0x1b2, 0x1b4, 0x1ca, 0x1d2, 0x1d4, 0x05e, 0x06e,
    0x076, 0x07a, 0x09e, 0x0bc, 0x0ce, 0x0dc, 0x0e6, 0x0ec, 0x0f2, 0x0f4, 0x117, 0x11b, 0x11d,
    0x127, 0x133, 0x139, 0x147, 0x163, 0x171, 0x18b, 0x18d, 0x193, 0x199, 0x1a3, 0x1b1, 0x1c5,
    0x1c9, 0x1d1, 0x02f, 0x037, 0x03b, 0x03d, 0x04f, 0x067, 0x073, 0x079, 0x08f, 0x0c7, 0x0e3,
    0x0f1, 0x11e, 0x13c, 0x178, 0x18e, 0x19c, 0x1b8, 0x1c6, 0x1cc,
];

/// Score an edge gets when it has no dot: such a mask is never chosen over one without.
const UNLIT_EDGE: i32 = -99_999;

/// A symbol's dots, row-major, 1 = dark.
pub(crate) struct Grid {
    pub(crate) w: usize,
    pub(crate) h: usize,
    pub(crate) dots: Vec<u8>,
}

impl Grid {
    pub(crate) fn new(w: usize, h: usize) -> Grid {
        Grid {
            w,
            h,
            dots: vec![0; w * h],
        }
    }

    /// The dot at (x, y); outside the symbol is light.
    #[inline]
    fn at(&self, x: isize, y: isize) -> bool {
        x >= 0
            && y >= 0
            && (x as usize) < self.w
            && (y as usize) < self.h
            && self.dots[y as usize * self.w + x as usize] != 0
    }

    /// The six corner positions that take the last six dots, in the order they take them.
    /// Odd heights (even widths) fill by rows, even heights by columns (§5.5).
    fn corners(&self) -> [(usize, usize); 6] {
        let (w, h) = (self.w, self.h);
        if h & 1 == 1 {
            [
                (w - 2, 0),
                (w - 2, h - 1),
                (w - 1, 1),
                (w - 1, h - 2),
                (0, 0),
                (0, h - 1),
            ]
        } else {
            [
                (w - 1, h - 2),
                (0, h - 2),
                (w - 2, h - 1),
                (1, h - 1),
                (w - 1, 0),
                (0, 0),
            ]
        }
    }

    /// Places the dots of `words` (mask codeword first, 2 dots; then 9 per codeword; dark pad
    /// dots after) into the grid.
    pub(crate) fn place(&mut self, words: &[u8]) {
        let (w, h) = (self.w, self.h);
        let corners = self.corners();
        let mut bits = Bits::new(words);
        self.dots.fill(0);
        let is_corner = |x: usize, y: usize| corners.contains(&(x, y));
        if h & 1 == 1 {
            // Rows from the bottom up, each left to right.
            for y in (0..h).rev() {
                for x in (y & 1..w).step_by(2) {
                    if !is_corner(x, y) {
                        self.dots[y * w + x] = bits.next_bit();
                    }
                }
            }
        } else {
            // Columns left to right, each top down.
            for x in 0..w {
                for y in (x & 1..h).step_by(2) {
                    if !is_corner(x, y) {
                        self.dots[y * w + x] = bits.next_bit();
                    }
                }
            }
        }
        for (x, y) in corners {
            self.dots[y * w + x] = bits.next_bit();
        }
    }

    /// Darkens the six corner dots (masks 4–7).
    pub(crate) fn force_corners(&mut self) {
        for (x, y) in self.corners() {
            self.dots[y * self.w + x] = 1;
        }
    }

    /// The mask score of Annex A: the weakest edge (dots plus their spread, times the other
    /// dimension), less the square of the lone dots and empty crosses, less a penalty for runs
    /// of empty interior rows and columns; an edge without dots scores [`UNLIT_EDGE`].
    pub(crate) fn score(&self) -> i32 {
        let (w, h) = (self.w as isize, self.h as isize);
        let penalty = self
            .empty_run_penalty(true)
            .wrapping_add(self.empty_run_penalty(false));
        let edge = |cells: &mut dyn Iterator<Item = (isize, isize)>, along_x: bool| {
            let (mut count, mut first, mut last) = (0i32, -1i32, -1i32);
            for (x, y) in cells {
                if self.at(x, y) {
                    let p = if along_x { x } else { y } as i32;
                    if first < 0 {
                        first = p;
                    }
                    last = p;
                    count += 1;
                }
            }
            (count > 0).then_some(count + last - first)
        };
        let top = edge(&mut (0..w).step_by(2).map(|x| (x, 0)), true);
        let bottom = edge(&mut (w & 1..w).step_by(2).map(|x| (x, h - 1)), true);
        let left = edge(&mut (0..h).step_by(2).map(|y| (0, y)), false);
        let right = edge(&mut (h & 1..h).step_by(2).map(|y| (w - 1, y)), false);
        let (Some(top), Some(bottom), Some(left), Some(right)) = (top, bottom, left, right) else {
            return UNLIT_EDGE;
        };
        let worst = (top * h as i32)
            .min(bottom * h as i32)
            .min(left * w as i32)
            .min(right * w as i32);
        let mut lonely = 0i32;
        for y in 0..h {
            for x in (y & 1..w).step_by(2) {
                let diagonals = self.at(x - 1, y - 1)
                    || self.at(x + 1, y - 1)
                    || self.at(x - 1, y + 1)
                    || self.at(x + 1, y + 1);
                if diagonals {
                    continue;
                }
                let alone = !self.at(x, y)
                    || !(self.at(x - 2, y)
                        || self.at(x, y - 2)
                        || self.at(x + 2, y)
                        || self.at(x, y + 2));
                if alone {
                    lonely += 1;
                }
            }
        }
        worst
            .wrapping_sub(lonely.wrapping_mul(lonely))
            .wrapping_sub(penalty)
    }

    /// Σ N^k over runs of k empty interior rows (`rows`) or columns, N the line's length.
    fn empty_run_penalty(&self, rows: bool) -> i32 {
        let (lines, len) = if rows {
            (self.h, self.w)
        } else {
            (self.w, self.h)
        };
        let (mut total, mut run) = (0i32, 0i32);
        for l in 1..lines.saturating_sub(1) {
            let empty = (l & 1..len).step_by(2).all(|k| {
                let (x, y) = if rows { (k, l) } else { (l, k) };
                self.dots[y * self.w + x] == 0
            });
            if empty {
                run = if run == 0 {
                    len as i32
                } else {
                    run.wrapping_mul(len as i32)
                };
            } else if run != 0 {
                total = total.wrapping_add(run);
                run = 0;
            }
        }
        total.wrapping_add(run)
    }
}

/// The dot stream: 2 dots of mask value, then 9 per codeword, then dark pad dots forever.
struct Bits<'a> {
    words: &'a [u8],
    index: usize,
    bit: u32,
}

impl<'a> Bits<'a> {
    fn new(words: &'a [u8]) -> Bits<'a> {
        Bits {
            words,
            index: 0,
            bit: 0,
        }
    }

    fn next_bit(&mut self) -> u8 {
        let Some(&w) = self.words.get(self.index) else {
            return 1;
        };
        let (value, len) = if self.index == 0 {
            (u16::from(w), 2)
        } else {
            (PATTERNS.get(usize::from(w)).copied().unwrap_or(0), 9)
        };
        let b = (value >> (len - 1 - self.bit)) & 1;
        self.bit += 1;
        if self.bit == len {
            self.bit = 0;
            self.index += 1;
        }
        b as u8
    }
}
