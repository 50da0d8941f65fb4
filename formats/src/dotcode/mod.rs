//! DotCode (AIM ISS DotCode rev 4.0): a grid of dots on a checkerboard, any width and height
//! from 5 to 200 with an odd sum, Reed–Solomon over GF(113).
//!
//! ```
//! use codevault_formats::dotcode::{self, DotCodeOptions};
//!
//! let symbol = dotcode::encode(b"Hello, World!", &DotCodeOptions::default()).unwrap();
//! assert_eq!((symbol.matrix.width(), symbol.matrix.height()), (26, 17)); // as zint
//!
//! let mut pinned = DotCodeOptions::default();
//! pinned.columns = Some(30);
//! pinned.mask = Some(5);
//! let s = dotcode::encode(b"1234567890", &pinned).unwrap();
//! assert_eq!((s.matrix.width(), s.matrix.height()), (30, 9));
//! assert_eq!(s.meta.mask, Some(5));
//! assert_eq!(s.meta.version, "9x30"); // rows x columns
//! ```
//!
//! The data bytes are encoded as given (zint's `--binary`); an `eci` only writes its
//! designator in front of them. Only cells with `x + y` even are ever dark
//! ([`Shape::Dots`]); the standard asks for a quiet zone of 3 dot pitches.
//!
//! [`SymbolMeta::version`] is `"{rows}x{columns}"`; `data_bits` and `capacity_bits` count
//! codewords (after the header, before padding) at 9 dots each.

mod annexf;
mod layout;
mod optimal;
mod rs;
mod size;
#[cfg(test)]
mod spec_tests;
#[cfg(test)]
mod tests;
mod text;

use self::{
    layout::Grid,
    size::Size,
    text::{FNC1, Set, Text, Writer},
};
use crate::{EncodeError, Matrix, ModuleRole, Shape, Symbol, SymbolMeta, Symbology};

/// Options for [`encode`]. `Default` picks zint's automatic size (height : width near 2 : 3)
/// and the best-scoring mask.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(default, deny_unknown_fields))]
#[non_exhaustive]
pub struct DotCodeOptions {
    /// Symbol width in columns (5–200, zint's `--cols`); the height follows from the data.
    pub columns: Option<u16>,
    /// Height / width to aim for when `columns` is not given (0.05–20); default zint's 2 : 3
    /// (about 0.667, with zint's own rounding).
    pub aspect_ratio: Option<f32>,
    /// Mask 0–3, or 4–7 for masks 0–3 with the six corner dots forced dark (zint's
    /// `--mask`); default the best by the standard's score.
    pub mask: Option<u8>,
    /// The data is a GS1 element string (`[01]…`): DotCode reads leading AI digits as GS1,
    /// with FNC1 after variable-length values.
    pub gs1: bool,
    /// ECI designator (0–811799) written before the data.
    pub eci: Option<u32>,
    /// Reader initialisation (programming) symbol: FNC3 first.
    pub reader_init: bool,
}

/// Quiet zone on every side, in dot pitches (§4.1).
const QUIET_ZONE: usize = 3;
/// Highest ECI designator the three-codeword form reaches.
const MAX_ECI: u32 = 811_799;
/// Input longer than this cannot fit: even the densest encodation (10 digits in 4 codewords)
/// would need more data codewords than 200×199 holds (1471).
const MAX_SYMBOLS: usize = 3677;

/// Encodes `data` as a DotCode symbol.
pub fn encode(data: &[u8], options: &DotCodeOptions) -> Result<Symbol, EncodeError> {
    validate(options)?;
    if data.is_empty() {
        return Err(EncodeError::data(
            "DotCode data",
            "is empty: give at least one byte",
        ));
    }
    let symbols: Vec<u16> = if options.gs1 {
        let fnc1_data = crate::gs1::ElementString::parse(data)?.to_fnc1_data();
        fnc1_data
            .iter()
            .map(|&b| {
                if b == crate::gs1::GS {
                    FNC1
                } else {
                    u16::from(b)
                }
            })
            .collect()
    } else {
        data.iter().map(|&b| u16::from(b)).collect()
    };
    encode_symbols(&symbols, options)
}

/// [`encode`] after GS1 parsing: bytes, with [`FNC1`] for GS1 separators.
fn encode_symbols(symbols: &[u16], options: &DotCodeOptions) -> Result<Symbol, EncodeError> {
    if symbols.len() > MAX_SYMBOLS {
        let max = Size {
            width: 200,
            height: 199,
        };
        return Err(EncodeError::DataTooLong {
            needed_bits: symbols.len() * 2 / 5 * 9,
            capacity_bits: max.capacity() * 9,
            symbol: format!(
                "DotCode 200x199, the largest ({} data codewords of 9 dots; at best 2.5 \
                 characters a codeword)",
                max.capacity()
            ),
        });
    }
    let (words, binary_finish) = codewords(symbols, options);
    let data_words = words.len();
    let size = size::choose(data_words, options.columns, options.aspect_ratio)?;
    let mut words = words;
    size::pad(&mut words, size, binary_finish);
    let (grid, mask) = place(&words, size, options.mask);
    let mut cells = Vec::with_capacity(grid.dots.len());
    cells.extend(grid.dots.iter().map(|&d| {
        if d != 0 {
            0x80 | ModuleRole::Data as u8
        } else {
            ModuleRole::Data as u8
        }
    }));
    Ok(Symbol {
        matrix: Matrix::from_cells(size.width, size.height, cells),
        quiet_zone: QUIET_ZONE,
        shape: Shape::Dots,
        meta: SymbolMeta {
            symbology: Symbology::DotCode,
            version: format!("{}x{}", size.height, size.width),
            ecc: None,
            mask: Some(mask),
            data_bits: data_words * 9,
            capacity_bits: size.capacity() * 9,
        },
    })
}

fn validate(options: &DotCodeOptions) -> Result<(), EncodeError> {
    if let Some(c) = options.columns
        && !(5..=200).contains(&c)
    {
        return Err(EncodeError::invalid(
            "columns",
            c,
            "5-200 (DotCode symbols are 5 to 200 dots wide)",
        ));
    }
    if let Some(r) = options.aspect_ratio
        && !(r.is_finite() && (0.05..=20.0).contains(&r))
    {
        return Err(EncodeError::invalid(
            "aspect_ratio",
            r,
            "0.05-20 (height / width; zint's default is about 0.667)",
        ));
    }
    if let Some(m) = options.mask
        && m > 7
    {
        return Err(EncodeError::invalid(
            "mask",
            m,
            "0-3, or 4-7 for masks 0-3 with the corner dots forced dark",
        ));
    }
    if let Some(eci) = options.eci
        && eci > MAX_ECI
    {
        return Err(EncodeError::invalid(
            "eci",
            eci,
            "0-811799 (the largest designator DotCode can write)",
        ));
    }
    Ok(())
}

/// Data codewords for the message (header, then the shorter of the Annex F rules and the
/// shortest search, the rules winning ties), and whether it ends in binary mode.
fn codewords(symbols: &[u16], options: &DotCodeOptions) -> (Vec<u8>, bool) {
    let start = annexf::header(symbols, options.gs1, options.eci, options.reader_init);
    let text = Text::new(&symbols[..start.end]);
    let mut rules = Writer::default();
    rules.extend(&start.header);
    let rules_end = annexf::encode(&text, start.set, start.pos, &mut rules);
    let mut best = Writer::default();
    best.extend(&start.header);
    let best_end = optimal::encode(&text, start.set, start.pos, &mut best);
    if best.cw.len() < rules.cw.len() {
        (best.cw, best_end == Set::Binary)
    } else {
        (rules.cw, rules_end == Set::Binary)
    }
}

/// Masks, check codewords and placement: the pinned mask, or the best score over masks 0–3
/// and — when even the best is poor — the corner-forced 4–7 (ties go to the later mask).
fn place(words: &[u8], size: Size, pinned: Option<u8>) -> (Grid, u8) {
    let n = words.len();
    let total = 1 + n + size::check_words(n);
    let mut buf = vec![0u8; total];
    let mut grid = Grid::new(size.width, size.height);
    let mut fill = |mask: u8, grid: &mut Grid| {
        apply_mask(words, mask & 3, &mut buf);
        rs::add_checks(&mut buf, n + 1);
        grid.place(&buf);
        if mask >= 4 {
            grid.force_corners();
        }
    };
    let mask = match pinned {
        Some(m) => m,
        None => {
            let (mut best, mut high) = (0u8, i32::MIN);
            for m in 0..4 {
                fill(m, &mut grid);
                let s = grid.score();
                if s >= high {
                    (best, high) = (m, s);
                }
            }
            if high <= (size.width * size.height / 2) as i32 {
                for m in 4..8 {
                    fill(m, &mut grid);
                    let s = grid.score();
                    if s >= high {
                        (best, high) = (m, s);
                    }
                }
            }
            best
        }
    };
    fill(mask, &mut grid);
    (grid, mask)
}

/// The mask codeword, then each data codeword plus k·j (mod 113), k = 0, 3, 7 or 17.
fn apply_mask(words: &[u8], mask: u8, out: &mut [u8]) {
    let k = [0u32, 3, 7, 17][usize::from(mask & 3)];
    out[0] = mask & 3;
    let mut weight = 0u32;
    for (o, &w) in out[1..].iter_mut().zip(words) {
        *o = ((u32::from(w) + weight) % 113) as u8;
        weight = (weight + k) % 113;
    }
}
