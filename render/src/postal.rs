//! Bar heights of the postal codes, from their specifications.
//!
//! A postal symbol's matrix has one row per bar segment, top to bottom: IMb and RM4SCC have
//! three (ascender, tracker, descender), POSTNET two (upper part of a full bar, half bar). A bar
//! runs from the top of its first dark row to the bottom of its last one, so the row heights
//! below give every bar its specified height.

use codevault_formats::Symbology;

/// One inch in millimetres.
const INCH: f64 = 25.4;

/// The nominal X-dimension (one matrix module; bars sit on every other module) in millimetres.
///
/// USPS (IMb, POSTNET): 22 bars and 21 spaces per inch, i.e. 1/43 in, which keeps the bar width
/// inside 0.015–0.025 in and the pitch inside 20–24 bars per inch (USPS-B-3200 §2.3). Royal Mail
/// 4-State: 25.4/42.3 mm, the centre of 20–24 bars per 25.4 mm as zint uses it.
pub(crate) fn nominal_x_mm(symbology: Symbology) -> f64 {
    match symbology {
        Symbology::Rm4scc => INCH / 42.3,
        _ => INCH / 43.0,
    }
}

/// Height of each matrix row in millimetres, top to bottom, for a postal symbol of `rows` rows;
/// `None` when the symbology has no postal specification for that many rows.
pub(crate) fn row_heights_mm(symbology: Symbology, rows: usize) -> Option<&'static [f64]> {
    match (symbology, rows) {
        // USPS-B-3200 §2.3.1: full bar 0.125–0.165 in, tracker 0.039–0.057 in, ascender and
        // descender bars 0.082–0.111 in. The midpoints: tracker 0.048 in, ascender/descender
        // 0.0965 in, so the ascender part is 0.0485 in and a full bar 0.145 in.
        (Symbology::Imb, 3) => Some(&[0.0485 * INCH, 0.048 * INCH, 0.0485 * INCH]),
        // USPS POSTNET (DMM 708.4 / Publication 25): full bar 0.125 ± 0.010 in, half bar
        // 0.050 ± 0.010 in.
        (Symbology::Postnet, 2) => Some(&[0.075 * INCH, 0.050 * INCH]),
        // Royal Mail (Mailmark Barcode Definition §3.5.1, same bar geometry as RM4SCC): full bar
        // 4.22–5.84 mm, tracker 1.02–1.52 mm; recommended ascender part 1.9 mm, tracker 1.3 mm.
        (Symbology::Rm4scc, 3) => Some(&[1.9, 1.3, 1.9]),
        _ => None,
    }
}

/// Row heights in modules for any postal symbol: the specification's when known (converted
/// with `x_mm`), otherwise zint's unspecified default (3 rows: 3, 2, 3; else 12 modules split
/// evenly).
pub(crate) fn row_heights(symbology: Symbology, rows: usize, x_mm: f64) -> Vec<f64> {
    match row_heights_mm(symbology, rows) {
        Some(mm) => mm.iter().map(|h| h / x_mm).collect(),
        None if rows == 3 => vec![3.0, 2.0, 3.0],
        None => vec![12.0 / rows.max(1) as f64; rows],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spec_totals() {
        let total = |s, n| row_heights_mm(s, n).unwrap().iter().sum::<f64>();
        assert!((total(Symbology::Imb, 3) / INCH - 0.145).abs() < 1e-9);
        assert!((total(Symbology::Postnet, 2) / INCH - 0.125).abs() < 1e-9);
        assert!((total(Symbology::Rm4scc, 3) - 5.1).abs() < 1e-9);
        assert_eq!(row_heights(Symbology::Code128, 3, 0.5), vec![3.0, 2.0, 3.0]);
    }
}
