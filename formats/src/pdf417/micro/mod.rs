//! MicroPDF417 (ISO/IEC 24728): the 34 sizes of 1 to 4 columns, ECI, reader initialisation and
//! Macro MicroPDF417, with PDF417's codewords, compaction and Reed-Solomon arithmetic.
//!
//! ```
//! use codevault_formats::pdf417::micro::{self, MicroPdf417Options};
//!
//! let symbol = micro::encode(b"Hello, MicroPDF417!", &MicroPdf417Options::default()).unwrap();
//! assert_eq!(symbol.meta.version, "10x3"); // 10 rows of 3 data columns
//! assert_eq!(symbol.matrix.width(), 82);
//!
//! let mut pinned = MicroPdf417Options::default();
//! pinned.columns = Some(4);
//! let symbol = micro::encode(b"1234567890", &pinned).unwrap();
//! assert_eq!(symbol.meta.version, "4x4"); // 902 and 4 codewords fit 4 rows of 4 columns
//! ```

mod compaction;
mod ecc;
mod layout;
mod rap;
mod sizes;
#[cfg(test)]
mod tests;

pub use super::MacroPdf417;
pub use layout::read_codewords;

use super::compaction::{NUM_CW, TEXT_LATCH};
use crate::{EncodeError, Shape, Symbol, SymbolMeta, Symbology};
use sizes::Size;

/// Options of [`encode`]. The default is zint's: the size chosen automatically.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(default, deny_unknown_fields))]
#[non_exhaustive]
pub struct MicroPdf417Options {
    /// The symbol size as `"{rows}x{columns}"` (`"11x1"` to `"44x4"`, one of the 34 of ISO/IEC
    /// 24728 Table 1). `None`: from `columns` / `rows`, else automatic.
    pub version: Option<String>,
    /// Data columns, 1–4 (zint's `--cols`): the fewest rows of that width that hold the data.
    /// `None`: any width (zint's automatic choice when `rows` is not given either).
    pub columns: Option<u16>,
    /// Rows, 4–44 (a row count some size has): the smallest size with that many rows that holds
    /// the data. zint cannot pin rows.
    pub rows: Option<u16>,
    /// ECI designator written before the data (0–811 799); the data bytes are written as given.
    pub eci: Option<u32>,
    /// Reader initialisation (codeword 921): the symbol programs the reader.
    pub reader_init: bool,
    /// Macro MicroPDF417 control block (the symbology's structured append), as Macro PDF417's.
    /// The facade's name `structured_append` is accepted too.
    #[cfg_attr(feature = "serde", serde(alias = "structured_append"))]
    pub macro_pdf417: Option<MacroPdf417>,
}

/// Rows are drawn this many modules tall (ISO/IEC 24728 5.8.2 minimum, zint's default).
pub const ROW_HEIGHT: u16 = 2;
/// The quiet zone ISO/IEC 24728 asks on every side, in modules (zint draws none).
pub const QUIET_ZONE: usize = 1;
/// Bits a codeword stands for in [`SymbolMeta`] (log2 929 ≈ 9.86, rounded up).
const BITS_PER_CODEWORD: usize = 10;
/// Inputs longer than this cannot fit whatever the compaction (366 digits is the most a symbol
/// holds); they are refused before compaction with a lower bound of their size.
const MAX_INPUT: usize = 366;
const READER_INIT: u16 = 921;

/// Encodes `data` (any bytes) as a MicroPDF417 symbol.
///
/// The matrix has one row per symbol row; draw each [`ROW_HEIGHT`] modules tall
/// ([`Shape::Stacked`]) with a [`QUIET_ZONE`]. [`SymbolMeta::version`] is
/// `"{rows}x{columns}"`, `ecc` the size's number of check codewords, and `data_bits` /
/// `capacity_bits` count data codewords (data and macro block, no pads) × 10 and the size's
/// data codewords × 10.
pub fn encode(data: &[u8], options: &MicroPdf417Options) -> Result<Symbol, EncodeError> {
    let pin = check_options(options)?;
    let macro_cws = match &options.macro_pdf417 {
        Some(m) => m.codewords()?,
        None => Vec::new(),
    };
    let mut cws: Vec<u16> = Vec::with_capacity(sizes::MAX_CAPACITY + 60);
    if options.reader_init {
        cws.push(READER_INIT);
    }
    if let Some(eci) = options.eci {
        super::push_eci(eci, &mut cws);
    }
    if data.len() > MAX_INPUT {
        // Numeric compaction is the densest: a lower bound of what the data needs.
        let n = data.len();
        let lower = cws.len() + 1 + n / 44 * 15 + usize::from(NUM_CW[n % 44]) + macro_cws.len();
        return Err(too_long(lower, &pin));
    }
    compaction::compact(data, &mut cws);
    let data_cws = cws.len() + macro_cws.len();
    let size = match pin {
        Pin::Size(s) if s.capacity() >= data_cws => s,
        Pin::Size(_) => return Err(too_long(data_cws, &pin)),
        Pin::Free { cols, rows } => {
            sizes::choose(data_cws, cols, rows).ok_or_else(|| too_long(data_cws, &pin))?
        }
    };

    // Pads (900) fill the data region before the macro block; the check words follow.
    let capacity = size.capacity();
    cws.resize(capacity - macro_cws.len(), TEXT_LATCH);
    cws.extend_from_slice(&macro_cws);
    ecc::append_check_words(&mut cws, usize::from(size.ecc));

    let matrix = layout::draw(&cws, size);
    Ok(Symbol {
        matrix,
        quiet_zone: QUIET_ZONE,
        shape: Shape::Stacked {
            row_height: ROW_HEIGHT,
        },
        meta: SymbolMeta {
            symbology: Symbology::MicroPdf417,
            version: format!("{}x{}", size.rows, size.cols),
            ecc: Some(size.ecc.to_string()),
            mask: None,
            data_bits: data_cws * BITS_PER_CODEWORD,
            capacity_bits: capacity * BITS_PER_CODEWORD,
        },
    })
}

/// What the options allow: one size, or sizes of some columns and/or rows.
enum Pin {
    Size(&'static Size),
    Free { cols: Option<u8>, rows: Option<u8> },
}

fn too_long(needed: usize, pin: &Pin) -> EncodeError {
    let (largest, what) = match *pin {
        Pin::Size(s) => (Some(s), "(pinned)".to_string()),
        Pin::Free { cols, rows } => {
            let what = match (cols, rows) {
                (Some(c), Some(r)) => format!("of {r} rows and {} (pinned)", columns(c)),
                (Some(c), None) => format!("of {} (pinned)", columns(c)),
                (None, Some(r)) => format!("of {r} rows (pinned)"),
                (None, None) => "(the largest)".to_string(),
            };
            (sizes::largest(cols, rows), what)
        }
    };
    let capacity = largest.map_or(0, Size::capacity);
    let name = largest.map_or_else(String::new, |s| format!(" {}x{}", s.rows, s.cols));
    EncodeError::DataTooLong {
        needed_bits: needed * BITS_PER_CODEWORD,
        capacity_bits: capacity * BITS_PER_CODEWORD,
        symbol: format!("MicroPDF417{name} {what} ({capacity} data codewords)"),
    }
}

fn columns(c: u8) -> String {
    format!("{c} column{}", if c == 1 { "" } else { "s" })
}

fn check_options(o: &MicroPdf417Options) -> Result<Pin, EncodeError> {
    if let Some(eci) = o.eci {
        if eci > 811_799 {
            return Err(EncodeError::invalid("eci", eci, "0 to 811799"));
        }
    }
    let cols = match o.columns {
        None => None,
        Some(c @ 1..=4) => Some(c as u8),
        Some(c) => return Err(EncodeError::invalid("columns", c, "1 to 4 data columns")),
    };
    let rows = match o.rows {
        None => None,
        Some(r) => match u8::try_from(r) {
            Ok(r) if sizes::SIZES.iter().any(|s| s.rows == r) => Some(r),
            _ => {
                return Err(EncodeError::invalid(
                    "rows",
                    r,
                    "a MicroPDF417 row count: 4, 6, 8, 10, 11, 12, 14, 15, 17, 20, 23, 24, 26, \
                     28, 32, 38 or 44",
                ));
            }
        },
    };
    if let (Some(c), Some(r)) = (cols, rows) {
        if !sizes::SIZES.iter().any(|s| s.cols == c && s.rows == r) {
            return Err(EncodeError::invalid(
                "rows",
                format!("{r} with {}", columns(c)),
                rows_of(c),
            ));
        }
    }
    let Some(name) = &o.version else {
        return Ok(Pin::Free { cols, rows });
    };
    let size = sizes::by_name(name).ok_or_else(|| {
        EncodeError::invalid(
            "version",
            format!("{name:?}"),
            "a MicroPDF417 size \"{rows}x{columns}\": 11x1 14x1 17x1 20x1 24x1 28x1, 8x2 11x2 \
             14x2 17x2 20x2 23x2 26x2, 6x3 8x3 10x3 12x3 15x3 20x3 26x3 32x3 38x3 44x3, 4x4 6x4 \
             8x4 10x4 12x4 15x4 20x4 26x4 32x4 38x4 44x4",
        )
    })?;
    if cols.is_some_and(|c| c != size.cols) || rows.is_some_and(|r| r != size.rows) {
        return Err(EncodeError::invalid(
            "version",
            format!(
                "{name:?} with columns {:?} and rows {:?}",
                o.columns, o.rows
            ),
            "a size that agrees with columns and rows: give the size alone",
        ));
    }
    Ok(Pin::Size(size))
}

/// The row counts of `cols` columns, for error messages.
fn rows_of(cols: u8) -> &'static str {
    match cols {
        1 => "1 column has 11, 14, 17, 20, 24 or 28 rows",
        2 => "2 columns have 8, 11, 14, 17, 20, 23 or 26 rows",
        3 => "3 columns have 6, 8, 10, 12, 15, 20, 26, 32, 38 or 44 rows",
        _ => "4 columns have 4, 6, 8, 10, 12, 15, 20, 26, 32, 38 or 44 rows",
    }
}
