//! Traces the dark modules of a matrix into closed rectilinear outlines.
//!
//! Every unit edge between a dark and a light module (outside the grid counts as light) becomes a
//! directed edge with the dark module on its right in y-down coordinates: outer boundaries run
//! clockwise on screen, holes counter-clockwise. The edges are then chained into loops and
//! collinear edges merged. Because every loop follows that orientation, the winding number of a
//! point is exactly 1 inside a dark module and 0 elsewhere, so the outlines fill exactly the dark
//! modules under both the `nonzero` and the `evenodd` rule, with no seams between modules.

use codevault_formats::Matrix;

/// A direction along the grid, clockwise from east (y grows downwards).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Dir {
    East = 0,
    South = 1,
    West = 2,
    North = 3,
}

impl Dir {
    const ALL: [Dir; 4] = [Dir::East, Dir::South, Dir::West, Dir::North];

    fn bit(self) -> u8 {
        1 << self as u8
    }

    fn turn(self, quarter_turns_clockwise: u8) -> Dir {
        Dir::ALL[usize::from((self as u8 + quarter_turns_clockwise) % 4)]
    }
}

/// One closed outline: a start corner and the straight runs that lead back to it.
#[cfg(test)]
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Loop {
    /// Start corner `(x, y)` in module coordinates of the matrix (no quiet zone).
    pub start: (usize, usize),
    /// Runs in order; consecutive runs always change direction, and the last one ends at `start`.
    pub runs: Vec<(Dir, usize)>,
}

/// Traces all outlines of the dark modules of `matrix`, in row-major order of their top-left
/// corner.
#[cfg(test)]
pub(crate) fn trace(matrix: &Matrix) -> Vec<Loop> {
    let mut loops = Vec::new();
    trace_each(matrix, |start, runs| {
        loops.push(Loop {
            start,
            runs: runs.to_vec(),
        })
    });
    loops
}

/// Calls `emit(start, runs)` for every outline loop, in row-major order of the loops' first
/// corners, reusing one run buffer (the SVG writer streams loops without collecting them).
pub(crate) fn trace_each(matrix: &Matrix, mut emit: impl FnMut((usize, usize), &[(Dir, usize)])) {
    let (w, h) = (matrix.width(), matrix.height());
    let vw = w + 1;
    // Outgoing edges per grid corner, as a bit set of `Dir`s.
    let mut out = vec![0u8; vw * (h + 1)];
    let dark = |x: usize, y: usize| matrix.is_dark(x, y);
    for y in 0..h {
        for x in 0..w {
            if !dark(x, y) {
                continue;
            }
            // Clockwise around the module, skipping sides shared with another dark module.
            if y == 0 || !dark(x, y - 1) {
                out[y * vw + x] |= Dir::East.bit();
            }
            if !dark(x + 1, y) {
                out[y * vw + x + 1] |= Dir::South.bit();
            }
            if !dark(x, y + 1) {
                out[(y + 1) * vw + x + 1] |= Dir::West.bit();
            }
            if x == 0 || !dark(x - 1, y) {
                out[(y + 1) * vw + x] |= Dir::North.bit();
            }
        }
    }

    let mut runs: Vec<(Dir, usize)> = Vec::with_capacity(64);
    for start in 0..out.len() {
        while out[start] != 0 {
            let (sx, sy) = (start % vw, start / vw);
            // The first corner of a loop in row-major order is its top-left corner, so east is
            // always present there; fall back to any edge for robustness.
            let mut dir = Dir::ALL
                .into_iter()
                .find(|d| out[start] & d.bit() != 0)
                .unwrap_or(Dir::East);
            let (mut x, mut y) = (sx, sy);
            runs.clear();
            loop {
                out[y * vw + x] &= !dir.bit();
                match dir {
                    Dir::East => x += 1,
                    Dir::South => y += 1,
                    Dir::West => x -= 1,
                    Dir::North => y -= 1,
                }
                match runs.last_mut() {
                    Some((d, n)) if *d == dir => *n += 1,
                    _ => runs.push((dir, 1)),
                }
                if (x, y) == (sx, sy) {
                    break;
                }
                // Prefer turning right, then straight on, then left: at a corner where two dark
                // modules touch diagonally this keeps each module's outline separate.
                let here = out[y * vw + x];
                dir = [1, 0, 3]
                    .into_iter()
                    .map(|t| dir.turn(t))
                    .find(|d| here & d.bit() != 0)
                    .unwrap_or(dir);
            }
            // A loop that started mid-run would end with the run it began with; merge them.
            if runs.len() > 1 && runs[0].0 == runs[runs.len() - 1].0 {
                let (_, n) = runs.pop().unwrap_or((Dir::East, 0));
                runs[0].1 += n;
                let first = runs[0];
                let back = match first.0 {
                    Dir::East => (sx - n, sy),
                    Dir::West => (sx + n, sy),
                    Dir::South => (sx, sy - n),
                    Dir::North => (sx, sy + n),
                };
                emit(back, &runs);
            } else {
                emit((sx, sy), &runs);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use codevault_formats::ModuleRole;

    use super::*;

    fn matrix(rows: &[&str]) -> Matrix {
        let mut m = Matrix::new(rows[0].len(), rows.len());
        for (y, r) in rows.iter().enumerate() {
            for (x, c) in r.bytes().enumerate() {
                m.set(x, y, c == b'#', ModuleRole::Data);
            }
        }
        m
    }

    #[test]
    fn square_is_one_loop() {
        let loops = trace(&matrix(&["##", "##"]));
        assert_eq!(
            loops,
            vec![Loop {
                start: (0, 0),
                runs: vec![
                    (Dir::East, 2),
                    (Dir::South, 2),
                    (Dir::West, 2),
                    (Dir::North, 2)
                ]
            }]
        );
    }

    #[test]
    fn ring_has_a_hole() {
        let loops = trace(&matrix(&["###", "#.#", "###"]));
        assert_eq!(loops.len(), 2);
        assert_eq!(loops[1].start, (1, 1));
        assert_eq!(loops[1].runs[0], (Dir::South, 1));
    }

    #[test]
    fn diagonal_neighbours_stay_separate() {
        let loops = trace(&matrix(&["#.", ".#"]));
        assert_eq!(loops.len(), 2);
        assert!(loops.iter().all(|l| l.runs.len() == 4));
    }
}
