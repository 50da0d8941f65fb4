//! Han Xin Code (ISO/IEC 20830), versions 1–84, error correction levels L1–L4.
//!
//! Data is split into numeric, text, binary, Region 1 / Region 2 Chinese, double-byte and
//! four-byte (GB 18030) modes with the shortest possible bit stream. UTF-8 text is converted to
//! GB 18030 for the Chinese modes (see [`HanXinOptions`] for the exact rules, which follow zint).
//!
//! ```
//! use codevault_formats::hanxin::{self, HanXinOptions};
//!
//! let symbol = hanxin::encode("汉信码 Han Xin".as_bytes(), &HanXinOptions::default()).unwrap();
//! assert_eq!(symbol.meta.version, "1");
//! assert_eq!(symbol.matrix.width(), 23);
//!
//! let mut pinned = HanXinOptions::default();
//! pinned.version = Some("10".into());
//! pinned.ecc_level = Some(2);
//! pinned.mask = Some(3);
//! let symbol = hanxin::encode(b"1234567890", &pinned).unwrap();
//! assert_eq!((symbol.matrix.width(), symbol.meta.ecc.as_deref(), symbol.meta.mask), (41, Some("L2"), Some(3)));
//! ```

mod gf;
mod grid;
mod input;
mod mask;
mod segment;
mod tables;

use crate::{EncodeError, Matrix, Symbol, SymbolMeta, Symbology};

/// Options for [`encode`]. `Default` picks the smallest version at level L1, then raises the
/// level as far as that version allows (as zint does), and the mask with the lowest penalty.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(default, deny_unknown_fields))]
#[non_exhaustive]
pub struct HanXinOptions {
    /// Pinned version `"1"`–`"84"` (side 23 + 2·(v − 1) modules); the data must fit. Automatic
    /// (the smallest that fits) when `None`.
    pub version: Option<String>,
    /// Error correction level 1–4 (L1 ≈ 8 %, L2 ≈ 15 %, L3 ≈ 23 %, L4 ≈ 30 % of codewords
    /// recoverable), used exactly. When `None`: L1, raised while the chosen version still holds
    /// the data (zint's default).
    pub ecc_level: Option<u8>,
    /// Pinned mask pattern 0–3 (zint `--mask=N`); the lowest-penalty mask when `None`.
    pub mask: Option<u8>,
    /// ECI designator (0–999999) written before the data. Text is converted into its character
    /// set: 32 (GB 18030) and 29/31 (GB 2312/GBK) keep the Chinese modes, 26 (UTF-8) and 899
    /// take the bytes as given, other ECIs convert byte for byte (3: ISO-8859-1, …).
    pub eci: Option<u32>,
    /// Take the data as raw bytes (zint `--binary`): no text conversion, so only numeric, text
    /// and binary modes. Bytes that are not UTF-8 are always taken this way.
    pub binary: bool,
}

/// The largest version.
pub const MAX_VERSION: u8 = 84;

/// Encodes `data` as a Han Xin Code symbol.
///
/// Without an ECI, text that ISO/IEC 8859-1 can hold is encoded as those bytes (Han Xin's
/// default character set) and any other text as GB 18030, as zint does. `meta.data_bits` is the
/// bit stream's length and `meta.capacity_bits` the chosen symbol's data codewords × 8.
pub fn encode(data: &[u8], options: &HanXinOptions) -> Result<Symbol, EncodeError> {
    let pinned = validate(options)?;
    let units = input::units(data, options)?;
    let (segments, seg_bits) = segment::segment(&units);
    let bits = seg_bits + options.eci.map_or(0, segment::eci_bits);
    let codewords = bits.div_ceil(8);

    let min_level = options.ecc_level.unwrap_or(1);
    let fits = |v: u8, level: u8| codewords <= tables::data_codewords(v, level);
    let Some(smallest) = (1..=MAX_VERSION).find(|&v| fits(v, min_level)) else {
        return Err(EncodeError::DataTooLong {
            needed_bits: bits,
            capacity_bits: tables::data_codewords(MAX_VERSION, min_level) * 8,
            symbol: format!("Han Xin {MAX_VERSION}-L{min_level}"),
        });
    };
    let version = match pinned {
        Some(v) if v < smallest => {
            return Err(EncodeError::DataTooLong {
                needed_bits: bits,
                capacity_bits: tables::data_codewords(v, min_level) * 8,
                symbol: format!("Han Xin {v}-L{min_level} (pinned version)"),
            });
        }
        Some(v) => v,
        None => smallest,
    };
    let mut level = min_level;
    if options.ecc_level.is_none() {
        while level < 4 && fits(version, level + 1) {
            level += 1;
        }
    }

    // The data stream, padded with zero bits to the symbol's data codewords.
    let data_cw = tables::data_codewords(version, level);
    let mut w = segment::BitWriter::default();
    w.bytes.reserve(data_cw);
    if let Some(eci) = options.eci {
        segment::write_eci(&mut w, eci);
    }
    segment::write_segments(&mut w, &units, &segments);
    debug_assert_eq!(w.len, bits);
    let mut stream = w.bytes;
    stream.resize(data_cw, 0);

    let codewords_all = error_correct(&stream, version, level);
    let interleaved = picket_fence(&codewords_all);

    let template = grid::template(version);
    let side = template.side;
    let mut cells = template.cells.clone();
    grid::place(&mut cells, &interleaved);
    let mask = match options.mask {
        Some(m) => m,
        None => best_mask(&cells, side, version, level),
    };
    mask::apply(&mut cells, side, mask);
    grid::write_structural_info(&mut cells, side, version, level, mask);

    Ok(Symbol::matrix(
        Matrix::from_cells(side, side, cells),
        3,
        SymbolMeta {
            symbology: Symbology::HanXin,
            version: version.to_string(),
            ecc: Some(format!("L{level}")),
            mask: Some(mask),
            data_bits: bits,
            capacity_bits: data_cw * 8,
        },
    ))
}

/// Checks the options; returns the pinned version.
fn validate(options: &HanXinOptions) -> Result<Option<u8>, EncodeError> {
    let version = match &options.version {
        None => None,
        Some(s) => match s.trim().parse::<u8>() {
            Ok(v @ 1..=MAX_VERSION) => Some(v),
            _ => {
                return Err(EncodeError::invalid(
                    "version",
                    s,
                    "Han Xin versions are 1-84",
                ));
            }
        },
    };
    if let Some(l) = options.ecc_level
        && !(1..=4).contains(&l)
    {
        return Err(EncodeError::invalid(
            "ecc_level",
            l,
            "Han Xin error correction levels are 1-4 (L1-L4)",
        ));
    }
    if let Some(m) = options.mask
        && m > 3
    {
        return Err(EncodeError::invalid("mask", m, "Han Xin masks are 0-3"));
    }
    if let Some(eci) = options.eci
        && eci > 999_999
    {
        return Err(EncodeError::invalid(
            "eci",
            eci,
            "ECI designators are 0-999999",
        ));
    }
    Ok(version)
}

/// Splits the data codewords into the version's blocks and appends each block's error
/// correction codewords after it (blocks are not interleaved; the picket fence mixes them).
fn error_correct(data: &[u8], version: u8, level: u8) -> Vec<u8> {
    let groups = &tables::BLOCKS[usize::from(version - 1)][usize::from(level - 1)];
    let mut out = Vec::with_capacity(tables::total_codewords(version));
    let mut ecc = [0u8; 64];
    let mut pos = 0;
    for g in groups.chunks(3) {
        let (count, k, n_ecc) = (usize::from(g[0]), usize::from(g[1]), usize::from(g[2]));
        let generator = gf::Generator::cached(n_ecc);
        for _ in 0..count {
            let block = data.get(pos..pos + k).unwrap_or(&[]);
            pos += k;
            out.extend_from_slice(block);
            let ecc = &mut ecc[..n_ecc];
            generator.remainder(block, ecc);
            out.extend_from_slice(ecc);
        }
    }
    out
}

/// Reorders the codewords in 13 passes: every 13th codeword from the first, then from the
/// second, … (ISO/IEC 20830 5.8.2).
fn picket_fence(codewords: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(codewords.len());
    for start in 0..13 {
        out.extend(codewords.iter().skip(start).step_by(13));
    }
    out
}

/// The mask with the lowest penalty (ties: the lower number), each scored with its own
/// structural information in place.
fn best_mask(cells: &[u8], side: usize, version: u8, level: u8) -> u8 {
    let mut work = cells.to_vec();
    let mut dark = vec![0u8; cells.len()];
    let mut column = Vec::with_capacity(side);
    let mut best = (u32::MAX, 0);
    for m in 0..4u8 {
        work.copy_from_slice(cells);
        mask::apply(&mut work, side, m);
        grid::write_structural_info(&mut work, side, version, level, m);
        for (d, &c) in dark.iter_mut().zip(&work) {
            *d = c >> 7;
        }
        let score = mask::penalty(&dark, side, &mut column);
        if score < best.0 {
            best = (score, m);
        }
    }
    best.1
}

/// What [`read_back`] finds in a Han Xin symbol.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct ReadBack {
    /// Version 1–84.
    pub version: u8,
    /// Error correction level 1–4.
    pub ecc_level: u8,
    /// Mask pattern 0–3.
    pub mask: u8,
    /// The data codewords (the bit stream and its zero padding), error correction removed.
    pub data_codewords: Vec<u8>,
}

/// Reads the structural information and the data codewords back out of an undamaged Han Xin
/// matrix (ours or another encoder's), without error correction: common scanners do not read
/// Han Xin, so this is how tests compare symbols by content. `None` when the matrix is not a
/// Han Xin size or its structural information is inconsistent.
pub fn read_back(matrix: &Matrix) -> Option<ReadBack> {
    let side = matrix.width();
    if side != matrix.height() || side < 23 || side % 2 == 0 {
        return None;
    }
    let version = u8::try_from((side - 21) / 2)
        .ok()
        .filter(|v| (1..=MAX_VERSION).contains(v))?;
    let info = grid::read_structural_info(matrix);
    let (level, mask) = (((info >> 2) & 3) as u8 + 1, (info & 3) as u8);
    if info >> 4 != u32::from(version) + 20 {
        return None;
    }
    let template = grid::template(version);
    let mut cells = template.cells.clone();
    for (i, c) in cells.iter_mut().enumerate() {
        if *c == 0 && matrix.is_dark(i % side, i / side) {
            *c = grid::DARK;
        }
    }
    mask::apply(&mut cells, side, mask);
    let total = tables::total_codewords(version);
    let mut fenced = vec![0u8; total];
    for (bit, c) in cells
        .iter()
        .zip(&template.cells)
        .filter(|(_, t)| **t == 0)
        .map(|(c, _)| c)
        .take(total * 8)
        .enumerate()
    {
        if c & grid::DARK != 0 {
            fenced[bit / 8] |= 0x80 >> (bit % 8);
        }
    }
    let mut stream = vec![0u8; total];
    let mut next = fenced.iter();
    for start in 0..13 {
        for slot in stream.iter_mut().skip(start).step_by(13) {
            *slot = *next.next()?;
        }
    }
    let groups = &tables::BLOCKS[usize::from(version - 1)][usize::from(level - 1)];
    let mut data = Vec::with_capacity(tables::data_codewords(version, level));
    let mut pos = 0;
    for g in groups.chunks(3) {
        for _ in 0..g[0] {
            data.extend_from_slice(stream.get(pos..pos + usize::from(g[1]))?);
            pos += usize::from(g[1]) + usize::from(g[2]);
        }
    }
    Some(ReadBack {
        version,
        ecc_level: level,
        mask,
        data_codewords: data,
    })
}

#[cfg(test)]
mod tests;
