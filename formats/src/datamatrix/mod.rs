//! Data Matrix ECC 200 (ISO/IEC 16022) with the rectangular extension sizes (DMRE, ISO/IEC 21471).
//!
//! ```
//! use codevault_formats::datamatrix::{self, DataMatrixOptions};
//!
//! let symbol = datamatrix::encode(b"Hello, world", &DataMatrixOptions::default()).unwrap();
//! assert_eq!(symbol.meta.version, "8x32"); // rectangles are allowed unless `square_only`
//!
//! let mut rect = DataMatrixOptions::default();
//! rect.version = Some("16x48".into());
//! assert_eq!(datamatrix::encode(b"Hello, world", &rect).unwrap().matrix.width(), 48);
//! ```
//!
//! The encodation is optimal: a shortest-path search over ASCII, C40, Text, X12, EDIFACT and
//! Base256 (see `encodation.rs`) gives the fewest codewords, end-of-data rules included. zint's
//! default encoder is a similar minimal search; where it picks a different but equally short mix,
//! the modules differ while the symbol size and the decoded content agree.

mod ecc;
mod encodation;
mod place;
mod sizes;
mod write;

use crate::{EncodeError, Symbol, SymbolMeta, Symbology};
use encodation::Graph;
use sizes::{Kind, SIZES, Size};

/// One symbol's place in a structured-append sequence (up to 16 symbols).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct StructuredAppend {
    /// Position of this symbol, 1-based (1 ..= `total`).
    pub index: u8,
    /// Number of symbols in the sequence (2 ..= 16).
    pub total: u8,
    /// File identification: two values 1–254 that every symbol of the sequence shares
    /// (zint's `--structapp=I,T,ID` with ID = first × 1000 + second; zint's default is 1, 1).
    #[cfg_attr(feature = "serde", serde(default = "default_file_id"))]
    pub file_id: [u8; 2],
}

#[cfg(feature = "serde")]
fn default_file_id() -> [u8; 2] {
    [1, 1]
}

/// Options for Data Matrix. `Default` picks the smallest square or ISO rectangular size.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(default, deny_unknown_fields))]
#[non_exhaustive]
pub struct DataMatrixOptions {
    /// Pinned size as rows × columns: `"10x10"` … `"144x144"`, `"8x18"` … `"16x48"`, DMRE
    /// `"8x48"` … `"26x64"`; zint's `--vers` numbers `"1"`–`"48"` are accepted too. A pinned
    /// size ignores `square_only` and `dmre`.
    pub version: Option<String>,
    /// Choose among square sizes only (zint `--square`); takes precedence over `dmre`.
    pub square_only: bool,
    /// Also consider the DMRE sizes of ISO/IEC 21471 when choosing (zint `--dmre`).
    pub dmre: bool,
    /// The data is a GS1 element string (`[01]…[10]…`): FNC1 first, FNC1 as separator.
    pub gs1: bool,
    /// ECI designator (0–999999) written before the data; the data bytes are taken as they are.
    pub eci: Option<u32>,
    /// Reader programming symbol (codeword 234 first); not with `gs1` or structured append.
    pub reader_init: bool,
    /// Structured-append header for one symbol of a sequence.
    pub structured_append: Option<StructuredAppend>,
}

const STRUCTURED_APPEND: u8 = 233;
const READER_PROGRAMMING: u8 = 234;
const MACRO_05: u8 = 236;
const MACRO_06: u8 = 237;
const ECI: u8 = 241;
/// Inputs longer than this cannot fit even as digit pairs in 144x144 (1558 codewords); they are
/// refused before the search so its memory stays bounded.
const MAX_INPUT: usize = 3116;

/// Encodes `data` as a Data Matrix ECC 200 symbol.
///
/// `meta.version` is the size (`"24x24"`); `meta.data_bits` counts the data codewords (header
/// codewords included, padding excluded) × 8 and `meta.capacity_bits` the size's data
/// codewords × 8.
pub fn encode(data: &[u8], options: &DataMatrixOptions) -> Result<Symbol, EncodeError> {
    let pinned = options.version.as_deref().map(sizes::parse).transpose()?;
    let gs1_data;
    let mut body = data;
    let mut header = Vec::with_capacity(8);
    if let Some(sa) = options.structured_append {
        check_structured_append(&sa)?;
        header.extend_from_slice(&[
            STRUCTURED_APPEND,
            ((sa.index - 1) << 4) | (17 - sa.total),
            sa.file_id[0],
            sa.file_id[1],
        ]);
    }
    if options.gs1 {
        gs1_data = crate::gs1::ElementString::parse(data)?.to_fnc1_data();
        body = &gs1_data;
        header.push(encodation::FNC1);
    }
    if options.reader_init {
        if options.gs1 {
            return Err(EncodeError::invalid(
                "reader_init",
                true,
                "a reader programming symbol cannot be GS1: turn off gs1 or reader_init",
            ));
        }
        if options.structured_append.is_some() {
            return Err(EncodeError::invalid(
                "reader_init",
                true,
                "a reader programming symbol cannot be part of a structured append sequence",
            ));
        }
        header.push(READER_PROGRAMMING);
    }
    // `[)>` RS `05`/`06` GS … RS EOT: the macro codeword stands for the envelope.
    if header.is_empty()
        && body.len() >= 9
        && body.starts_with(b"[)>\x1e0")
        && matches!(body[5], b'5' | b'6')
        && body[6] == 0x1d
        && body.ends_with(b"\x1e\x04")
    {
        header.push(if body[5] == b'5' { MACRO_05 } else { MACRO_06 });
        body = &body[7..body.len() - 2];
    }
    if let Some(eci) = options.eci {
        push_eci(&mut header, eci)?;
    }

    let candidates: Vec<&Size> = match pinned {
        Some(size) => vec![size],
        None => SIZES
            .iter()
            .filter(|s| match s.kind {
                Kind::Square => true,
                Kind::Rect => !options.square_only,
                Kind::Dmre => options.dmre && !options.square_only,
            })
            .collect(),
    };
    let largest = candidates.last().copied().unwrap_or(&SIZES[47]);
    let too_long = |needed: usize| EncodeError::DataTooLong {
        needed_bits: needed * 8,
        capacity_bits: usize::from(largest.data) * 8,
        symbol: format!(
            "Data Matrix {}{}",
            largest.name(),
            if pinned.is_some() { " (pinned)" } else { "" }
        ),
    };
    if body.len() > MAX_INPUT {
        // Even all digits take a codeword per two.
        return Err(too_long(header.len() + body.len().div_ceil(2)));
    }
    let graph = Graph::search(body, options.gs1);
    let h = header.len() as u32;
    let chosen = candidates.iter().find_map(|s| {
        let cap = u32::from(s.data).checked_sub(h)?;
        graph.end(cap).map(|e| (*s, e))
    });
    let Some((size, end)) = chosen else {
        let needed = graph.end(u32::MAX / 2).map_or(0, |e| e.total as usize);
        return Err(too_long(header.len() + needed));
    };
    let cap = usize::from(size.data);
    let used = header.len() + end.total as usize;
    let mut cw = write::write(&graph, end, cap, header);
    ecc::append_ecc(&mut cw, usize::from(size.blocks), usize::from(size.ecc));
    let matrix = place::build(size, &cw);
    Ok(Symbol::matrix(
        matrix,
        1,
        SymbolMeta {
            symbology: Symbology::DataMatrix,
            version: size.name(),
            ecc: None,
            mask: None,
            data_bits: used * 8,
            capacity_bits: cap * 8,
        },
    ))
}

/// The codewords (data, then interleaved error correction) a Data Matrix module grid carries,
/// read back through the module placement; `None` when the grid has no Data Matrix size. For
/// tests and tools that compare symbols from different encoders codeword by codeword.
pub fn read_codewords(matrix: &crate::Matrix) -> Option<Vec<u8>> {
    place::read_codewords(matrix)
}

fn check_structured_append(sa: &StructuredAppend) -> Result<(), EncodeError> {
    if !(2..=16).contains(&sa.total) {
        return Err(EncodeError::invalid(
            "structured_append.total",
            sa.total,
            "a structured append sequence has 2-16 symbols",
        ));
    }
    if !(1..=sa.total).contains(&sa.index) {
        return Err(EncodeError::invalid(
            "structured_append.index",
            sa.index,
            format!("the index is 1-{} (1-based, up to total)", sa.total),
        ));
    }
    for id in sa.file_id {
        if !(1..=254).contains(&id) {
            return Err(EncodeError::invalid(
                "structured_append.file_id",
                format!("[{}, {}]", sa.file_id[0], sa.file_id[1]),
                "both file identification values are 1-254",
            ));
        }
    }
    Ok(())
}

/// ECI designator codewords (ISO/IEC 16022 Table 6): one, two or three codewords after 241.
fn push_eci(out: &mut Vec<u8>, eci: u32) -> Result<(), EncodeError> {
    out.push(ECI);
    match eci {
        0..=126 => out.push(eci as u8 + 1),
        127..=16382 => {
            let v = eci - 127;
            out.extend_from_slice(&[(v / 254 + 128) as u8, (v % 254 + 1) as u8]);
        }
        16383..=999_999 => {
            let v = eci - 16383;
            out.extend_from_slice(&[
                (v / 64516 + 192) as u8,
                ((v / 254) % 254 + 1) as u8,
                (v % 254 + 1) as u8,
            ]);
        }
        _ => {
            return Err(EncodeError::invalid(
                "eci",
                eci,
                "ECI designators are 0-999999",
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests;
