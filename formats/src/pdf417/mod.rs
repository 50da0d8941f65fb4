//! PDF417 (ISO/IEC 15438): full and compact (truncated) symbols, Macro PDF417, ECI and reader
//! initialisation, with the fewest data codewords text, byte and numeric compaction allow.
//!
//! ```
//! use codevault_formats::pdf417::{self, Pdf417Options};
//!
//! let symbol = pdf417::encode(b"Hello, PDF417!", &Pdf417Options::default()).unwrap();
//! assert_eq!(symbol.meta.ecc.as_deref(), Some("2")); // ISO/IEC 15438 Annex E minimum
//!
//! let mut pinned = Pdf417Options::default();
//! pinned.security_level = Some(5);
//! pinned.columns = Some(4);
//! let symbol = pdf417::encode(b"123456789012345678901234567890", &pinned).unwrap();
//! // 13 data codewords (902 and 11 for the digits) + 64 check codewords + 3 pads = 20 rows of 4
//! assert_eq!(symbol.meta.version, "20x4");
//! assert_eq!(symbol.matrix.width(), 17 * 4 + 69);
//! ```

mod compaction;
mod ecc;
mod layout;
mod macro_block;
#[cfg(feature = "micropdf417")]
pub mod micro;
mod patterns;
mod text;

pub use layout::read_codewords;
pub use macro_block::MacroPdf417;

use crate::{EncodeError, Shape, Symbol, SymbolMeta, Symbology};

/// Options of [`encode`]. The default is zint's: automatic security level and size.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(default, deny_unknown_fields))]
#[non_exhaustive]
pub struct Pdf417Options {
    /// Error correction level 0–8 (`2^(level+1)` check codewords). `None`: the minimum ISO/IEC
    /// 15438 Annex E recommends for the data codeword count, as zint 2.11 picks it (2 up to 40
    /// data codewords, 3 to 160, 4 to 320, 5 to 863, else 6), lowered one level at a time when
    /// the data would not fit otherwise (in 928 codewords, or in the pinned rows × columns).
    pub security_level: Option<u8>,
    /// Data columns (codewords per row), 1–30. `None`: from `rows`, `aspect_ratio`, or zint's
    /// default `round(sqrt((codewords - 1) / 3))`.
    pub columns: Option<u16>,
    /// Rows, 3–90. `None`: as few as the data needs (at least 3).
    pub rows: Option<u16>,
    /// Target height / width of the symbol (rows × 3 modules over its width in modules), used
    /// when neither `columns` nor `rows` is given: the column count whose symbol comes closest
    /// (by ratio) wins, the smaller symbol on a tie.
    pub aspect_ratio: Option<f32>,
    /// Compact PDF417 (ISO/IEC 15438 annex: "truncated"): no right row indicator, and the stop
    /// pattern is one bar wide.
    pub compact: bool,
    /// ECI designator written before the data (0–811 799); the data bytes are written as given.
    pub eci: Option<u32>,
    /// Reader initialisation (codeword 921): the symbol programs the reader.
    pub reader_init: bool,
    /// Macro PDF417 control block (the symbology's structured append). The facade's name
    /// `structured_append` is accepted too.
    #[cfg_attr(feature = "serde", serde(alias = "structured_append"))]
    pub macro_pdf417: Option<MacroPdf417>,
}

/// Rows are drawn this many modules tall (ISO/IEC 15438 5.8.2 minimum, zint's default).
pub const ROW_HEIGHT: u16 = 3;
/// The quiet zone ISO/IEC 15438 asks on every side, in modules.
pub const QUIET_ZONE: usize = 2;
/// Most codewords a symbol holds (rows × columns).
const MAX_CODEWORDS: usize = 928;
/// Inputs longer than this cannot fit whatever the compaction (2,710 digits is the standard's
/// maximum); they are refused before compaction with a lower bound of their size.
const MAX_INPUT: usize = 2_720;
/// Bits a codeword stands for in [`SymbolMeta`] (log2 929 ≈ 9.86, rounded up).
const BITS_PER_CODEWORD: usize = 10;

const READER_INIT: u16 = 921;
const ECI_SMALL: u16 = 927;
const ECI_MEDIUM: u16 = 926;
const ECI_LARGE: u16 = 925;

/// Encodes `data` (any bytes) as a PDF417 symbol.
///
/// The matrix has one row per symbol row; draw each [`ROW_HEIGHT`] modules tall
/// ([`Shape::Stacked`]). [`SymbolMeta::version`] is `"{rows}x{columns}"` (data columns), `ecc`
/// the security level, and `data_bits` / `capacity_bits` count data codewords (length
/// descriptor, data, macro block; no pads) × 10.
pub fn encode(data: &[u8], options: &Pdf417Options) -> Result<Symbol, EncodeError> {
    check_options(options)?;
    let macro_cws = match &options.macro_pdf417 {
        Some(m) => m.codewords()?,
        None => Vec::new(),
    };
    let mut cws: Vec<u16> = Vec::with_capacity(MAX_CODEWORDS + 16);
    cws.push(0); // length descriptor, set below
    if options.reader_init {
        cws.push(READER_INIT);
    }
    if let Some(eci) = options.eci {
        push_eci(eci, &mut cws);
    }
    let too_long =
        |data_cws: usize, level: u8, size_limit: usize, what: String| EncodeError::DataTooLong {
            needed_bits: data_cws * BITS_PER_CODEWORD,
            capacity_bits: size_limit.saturating_sub(ecc::check_words(level)) * BITS_PER_CODEWORD,
            symbol: what,
        };
    let size_limit = match (options.rows, options.columns) {
        (Some(r), Some(c)) => usize::from(r) * usize::from(c),
        (Some(r), None) => usize::from(r) * 30,
        (None, Some(c)) => usize::from(c) * 90,
        (None, None) => MAX_CODEWORDS,
    }
    .min(MAX_CODEWORDS);
    if data.len() > MAX_INPUT {
        // 44 digits per 15 codewords is the densest compaction.
        let lower_bound = cws.len() + data.len().div_ceil(44) * 15 + macro_cws.len();
        let level = options.security_level.unwrap_or(0);
        return Err(too_long(
            lower_bound,
            level,
            size_limit,
            symbol_name(options, level, size_limit),
        ));
    }
    compaction::compact(data, false, &mut cws).map_err(|_| {
        EncodeError::data("PDF417 data", "internal: byte compaction refused a byte")
    })?;
    let data_cws = cws.len() + macro_cws.len();

    let level = match options.security_level {
        Some(l) => l,
        None => {
            let recommended = match data_cws - 1 {
                0..=40 => 2,
                41..=160 => 3,
                161..=320 => 4,
                321..=863 => 5,
                _ => 6,
            };
            (0..=recommended)
                .rev()
                .find(|&l| data_cws + ecc::check_words(l) <= size_limit)
                .unwrap_or(0)
        }
    };
    let total = data_cws + ecc::check_words(level);
    if total > size_limit {
        return Err(too_long(
            data_cws,
            level,
            size_limit,
            symbol_name(options, level, size_limit),
        ));
    }
    let (rows, cols) = layout::choose_size(total, options).ok_or_else(|| {
        too_long(
            data_cws,
            level,
            size_limit,
            symbol_name(options, level, size_limit),
        )
    })?;

    // Pads (900) fill the symbol before the macro block; the check words follow.
    let data_len = rows * cols - ecc::check_words(level);
    cws.resize(data_len - macro_cws.len(), compaction::TEXT_LATCH);
    cws.extend_from_slice(&macro_cws);
    cws[0] = data_len as u16;
    ecc::append_check_words(&mut cws, level);

    let matrix = layout::draw(&cws, rows, cols, level, options.compact);
    Ok(Symbol {
        matrix,
        quiet_zone: QUIET_ZONE,
        shape: Shape::Stacked {
            row_height: ROW_HEIGHT,
        },
        meta: SymbolMeta {
            symbology: Symbology::Pdf417,
            version: format!("{rows}x{cols}"),
            ecc: Some(level.to_string()),
            mask: None,
            data_bits: data_cws * BITS_PER_CODEWORD,
            capacity_bits: data_len * BITS_PER_CODEWORD,
        },
    })
}

fn symbol_name(options: &Pdf417Options, level: u8, size_limit: usize) -> String {
    let size = match (options.rows, options.columns) {
        (Some(r), Some(c)) => format!("{r} rows x {c} columns (pinned)"),
        (Some(r), None) => format!("{r} rows (pinned)"),
        (None, Some(c)) => format!("{c} columns (pinned)"),
        (None, None) => "the largest symbol".to_string(),
    };
    format!(
        "PDF417 {size} at security level {level} ({} data codewords of {size_limit})",
        size_limit.saturating_sub(ecc::check_words(level))
    )
}

fn check_options(o: &Pdf417Options) -> Result<(), EncodeError> {
    if let Some(l) = o.security_level {
        if l > 8 {
            return Err(EncodeError::invalid(
                "security_level",
                l,
                "0 to 8 (2 to 512 check codewords), or none for automatic",
            ));
        }
    }
    if let Some(c) = o.columns {
        if !(1..=30).contains(&c) {
            return Err(EncodeError::invalid("columns", c, "1 to 30 data columns"));
        }
    }
    if let Some(r) = o.rows {
        if !(3..=90).contains(&r) {
            return Err(EncodeError::invalid("rows", r, "3 to 90"));
        }
    }
    if let (Some(r), Some(c)) = (o.rows, o.columns) {
        if usize::from(r) * usize::from(c) > MAX_CODEWORDS {
            return Err(EncodeError::invalid(
                "rows",
                format!(
                    "{r} with {c} columns ({} codewords)",
                    usize::from(r) * usize::from(c)
                ),
                "rows x columns at most 928: fewer rows or columns",
            ));
        }
    }
    if let Some(a) = o.aspect_ratio {
        if !(a.is_finite() && a > 0.0) {
            return Err(EncodeError::invalid(
                "aspect_ratio",
                a,
                "a positive height / width ratio, e.g. 0.5",
            ));
        }
    }
    if let Some(eci) = o.eci {
        if eci > 811_799 {
            return Err(EncodeError::invalid("eci", eci, "0 to 811799"));
        }
    }
    Ok(())
}

/// ECI designators: 927 n (0–899), 926 n/900−1 n%900 (900–810 899), 925 n−810 900 (to 811 799).
fn push_eci(eci: u32, out: &mut Vec<u16>) {
    if eci < 900 {
        out.extend([ECI_SMALL, eci as u16]);
    } else if eci < 810_900 {
        out.extend([ECI_MEDIUM, (eci / 900 - 1) as u16, (eci % 900) as u16]);
    } else {
        out.extend([ECI_LARGE, (eci - 810_900) as u16]);
    }
}

#[cfg(test)]
mod tests;
