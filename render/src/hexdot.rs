//! Geometry of the two non-rectangular 2D shapes: MaxiCode's hexagons and bullseye
//! ([`Shape::Hexagonal`](codevault_formats::Shape::Hexagonal)) and DotCode's dots
//! ([`Shape::Dots`](codevault_formats::Shape::Dots)), plus the anti-aliased rasteriser the PNG
//! writer uses for them.
//!
//! Units are modules (X): for MaxiCode X is the width of a hexagon across its flats (ISO/IEC
//! 16023 figure 8's X and W), for DotCode the dot pitch. The origin is the top-left corner of
//! the symbol, quiet zone excluded; y grows downwards.
//!
//! MaxiCode (ISO/IEC 16023 §4.2.1, §4.11.4; zint's vector.c follows the same figures):
//! - hexagons are "pointy-top": X wide across the vertical flats, V = 2X/√3 tall point to point;
//! - row centres are Y = √3X/2 apart, so neighbouring rows interlock without gaps; odd rows
//!   (1, 3, …) are shifted right by X/2 and hold one module fewer;
//! - the grid is 30X wide and 32Y + V ≈ 28.87X tall;
//! - the finder is six concentric circles centred on module (14, 16), i.e. 14.5X from the left
//!   edge and halfway down: the innermost (diameter V) bounds the light centre, the outermost
//!   has diameter 9X, and the diameters step evenly between them; the rings between circles
//!   1–2, 3–4 and 5–6 are dark.

/// √3.
pub(crate) const SQRT3: f64 = 1.732_050_807_568_877_2;
/// Vertical distance between MaxiCode row centres, Y = √3/2 X.
pub(crate) const ROW_PITCH: f64 = SQRT3 / 2.0;
/// Height of a MaxiCode hexagon point to point, V = 2/√3 X.
pub(crate) const HEX_HEIGHT: f64 = 2.0 / SQRT3;
/// Diameter of the bullseye's outer circle.
pub(crate) const BULLSEYE_DIAMETER: f64 = 9.0;

/// Height of a hexagonal grid of `rows` rows, in X.
pub(crate) fn hex_grid_height(rows: usize) -> f64 {
    if rows == 0 {
        0.0
    } else {
        (rows - 1) as f64 * ROW_PITCH + HEX_HEIGHT
    }
}

/// Modules drawn in row `y` of a `width`-wide hexagonal grid: odd rows are shifted by half a
/// module and hold one fewer, as MaxiCode's (the encoder never sets the missing one).
pub(crate) fn hex_row_len(width: usize, y: usize) -> usize {
    width.saturating_sub(y & 1)
}

/// Centre of the hexagon of module (`x`, `y`).
#[cfg(any(feature = "png", test))]
pub(crate) fn hex_centre(x: usize, y: usize) -> (f64, f64) {
    let shift = if y & 1 == 1 { 1.0 } else { 0.5 };
    (x as f64 + shift, HEX_HEIGHT / 2.0 + y as f64 * ROW_PITCH)
}

/// The bullseye of a `width` × `rows` hexagonal grid: its centre (the centre of module
/// (`width`/2 − 1, `rows`/2), 14.5X from the left and halfway down for MaxiCode's 30 × 33) and
/// the radii of its six circles, innermost first.
pub(crate) fn bullseye(width: usize, rows: usize) -> ((f64, f64), [f64; 6]) {
    let centre = (
        (width as f64 / 2.0 - 0.5).max(0.0),
        hex_grid_height(rows) / 2.0,
    );
    let step = (BULLSEYE_DIAMETER - HEX_HEIGHT) / 5.0;
    let radii = std::array::from_fn(|k| (HEX_HEIGHT + step * k as f64) / 2.0);
    (centre, radii)
}

/// An anti-aliased coverage raster: darkness per pixel, 0 light – 255 dark, `scale` pixels per
/// module and the symbol's top-left corner `origin` modules from the image's.
///
/// Shapes are given by a signed distance bound `dist(x, y)` (module units, negative inside)
/// that never changes faster than the true distance (1-Lipschitz): a pixel whose centre is more
/// than half a pixel diagonal inside (outside) is fully dark (untouched); the others — the
/// pixels on an edge — are sampled 4 × 4. Coverage adds up (saturating), so shapes that tile
/// without overlapping, like neighbouring hexagons, leave no light seam where they meet.
#[cfg(feature = "png")]
pub(crate) struct Coverage {
    pub width: usize,
    pub height: usize,
    pub cover: Vec<u8>,
    scale: f64,
    origin: f64,
}

/// Sub-samples per pixel side on shape edges.
#[cfg(feature = "png")]
const SUB: usize = 4;

#[cfg(feature = "png")]
impl Coverage {
    pub(crate) fn new(width: usize, height: usize, scale: f64, origin: f64) -> Coverage {
        Coverage {
            width,
            height,
            cover: vec![0; width * height],
            scale,
            origin,
        }
    }

    /// Adds a shape centred at (`cx`, `cy`) (symbol modules) reaching at most `reach` modules
    /// from its centre, with distance bound `dist` relative to the centre.
    pub(crate) fn fill(&mut self, cx: f64, cy: f64, reach: f64, dist: impl Fn(f64, f64) -> f64) {
        let s = self.scale;
        let (cx, cy) = (cx + self.origin, cy + self.origin);
        let range = |c: f64, n: usize| {
            let lo = ((c - reach) * s).floor().max(0.0) as usize;
            let hi = (((c + reach) * s).ceil().max(0.0) as usize).min(n);
            lo..hi
        };
        let half_diag = std::f64::consts::FRAC_1_SQRT_2 / s;
        let sub = 1.0 / (SUB as f64 * s);
        let full = SUB * SUB;
        for py in range(cy, self.height) {
            let y = (py as f64 + 0.5) / s - cy;
            let row = &mut self.cover[py * self.width..(py + 1) * self.width];
            for px in range(cx, self.width) {
                let x = (px as f64 + 0.5) / s - cx;
                let d = dist(x, y);
                let add = if d <= -half_diag {
                    255
                } else if d >= half_diag {
                    continue;
                } else {
                    let (x0, y0) = (x - 0.5 / s + sub / 2.0, y - 0.5 / s + sub / 2.0);
                    let mut n = 0;
                    for j in 0..SUB {
                        for i in 0..SUB {
                            if dist(x0 + i as f64 * sub, y0 + j as f64 * sub) < 0.0 {
                                n += 1;
                            }
                        }
                    }
                    ((n * 255 + full / 2) / full) as u8
                };
                row[px] = row[px].saturating_add(add);
            }
        }
    }
}

/// Distance bound of a pointy-top hexagon one module across its flats, centred at the origin:
/// the largest of the distances to its three pairs of parallel sides (normals at 0°, ±60°).
#[cfg(feature = "png")]
pub(crate) fn hexagon_dist(x: f64, y: f64) -> f64 {
    let a = x.abs();
    let b = (0.5 * x + ROW_PITCH * y).abs();
    let c = (0.5 * x - ROW_PITCH * y).abs();
    a.max(b).max(c) - 0.5
}

/// Distance bound of the ring between radii `inner` and `outer` around the origin.
#[cfg(feature = "png")]
pub(crate) fn ring_dist(inner: f64, outer: f64) -> impl Fn(f64, f64) -> f64 {
    move |x, y| {
        let d = x.hypot(y);
        (inner - d).max(d - outer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maxicode_grid() {
        assert!((hex_grid_height(33) - 28.867_513).abs() < 1e-6);
        let ((bx, by), r) = bullseye(30, 33);
        assert_eq!(bx, 14.5);
        // The bullseye sits on module (14, 16), the middle row.
        assert_eq!(hex_centre(14, 16), (bx, by));
        assert!((r[0] * 2.0 - HEX_HEIGHT).abs() < 1e-12);
        assert!((r[5] - 4.5).abs() < 1e-12);
        // Rows interlock: a hexagon's lower slanted side meets the next row's upper one.
        assert!((ROW_PITCH - 0.75 * HEX_HEIGHT).abs() < 1e-12);
        assert_eq!(hex_row_len(30, 1), 29);
    }

    #[cfg(feature = "png")]
    #[test]
    fn hexagon_distance() {
        // Flats at ±0.5, points at ±V/2.
        assert!(hexagon_dist(0.5, 0.0).abs() < 1e-12);
        assert!(hexagon_dist(0.0, HEX_HEIGHT / 2.0).abs() < 1e-12);
        assert!(hexagon_dist(0.5, HEX_HEIGHT / 4.0).abs() < 1e-12);
        assert!(hexagon_dist(0.0, 0.0) < 0.0);
        assert!(hexagon_dist(0.49, 0.3) > 0.0);
    }

    #[cfg(feature = "png")]
    #[test]
    fn neighbours_leave_no_seam() {
        // Two hexagons side by side at a fractional scale: the pixels on their shared flat
        // add up to full darkness.
        let mut c = Coverage::new(40, 20, 9.3, 0.0);
        for x in 0..2 {
            let (cx, cy) = hex_centre(x, 0);
            c.fill(cx, cy, HEX_HEIGHT / 2.0, hexagon_dist);
        }
        let row = 5 * 40;
        let seam = (9.3_f64).floor() as usize;
        assert!(c.cover[row + seam] >= 254, "{}", c.cover[row + seam]);
    }
}
