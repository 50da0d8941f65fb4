//! Rectangular Micro QR Code (ISO/IEC 23941), all 32 sizes.
//!
//! rMQR offers error correction levels M and H only, has one fixed mask and no structured
//! append. It supports ECI, FNC1 in first (GS1) and second (industry) position and Kanji mode.
//!
//! Choices, compared with zint 2.11.1 (the reference encoder):
//! - **Size**: without a pinned version the smallest symbol *area* that holds the data at the
//!   requested level is chosen, as zint does. Only R7x99 and R9x77 share an area (693 modules);
//!   a tie would go to the later size, R9x77, as in zint, but never arises: whatever fits
//!   R7x99 also fits the smaller R15x43.
//! - **Levels L and Q** are rejected with [`EncodeError::InvalidOption`], as zint rejects them:
//!   silently promoting them would hide that the caller asked for something rMQR cannot give.
//! - **Boost** (on by default, with the default level M) raises M to H when the data still fits
//!   the chosen size at H. zint boosts only when no level is given, and only when the data is
//!   strictly shorter than the H capacity; we also boost when it fills H exactly.
//! - **Modes**: our segmentation is exactly optimal, zint's is a heuristic, so mixed-mode data
//!   can take fewer bits here (and then possibly a smaller size); equal-length streams may also
//!   split differently. Text mixing Kanji with other characters differs in kind: zint converts
//!   the whole message to Shift JIS (byte segments then carry Shift JIS), while we use Kanji
//!   mode for Kanji and keep everything else as its UTF-8 bytes.
//! - **ECI with GS1**: the ECI header comes before the FNC1 indicator, which ISO/IEC 18004
//!   7.4.8.2 places immediately before the first data segment (zint writes FNC1 first);
//!   decoders read either order.
//! - **Empty data** encodes (terminator and padding only); zint refuses it.

use super::{
    EcLevel, Fnc1, QrOptions,
    bits::BitWriter,
    model2,
    rmqr_grid::Grid,
    rmqr_tables::{
        BLOCKS_H, BLOCKS_M, DATA_CODEWORDS_H, DATA_CODEWORDS_M, FNC1_FIRST_INDICATOR,
        FNC1_SECOND_INDICATOR, MODE_BITS, TERMINATOR_BITS, TOTAL_CODEWORDS, format_info, mode_spec,
    },
    segment::{self, Input, Segment},
    validate_common,
};
use crate::{EncodeError, Shape, Symbol, SymbolMeta, Symbology};

/// The 32 rMQR sizes as (height, width), in the standard's order (version index 1–32), which is
/// also zint's `--vers=1..32` numbering.
#[rustfmt::skip]
pub const RMQR_VERSIONS: [(u8, u8); 32] = [
    (7, 43),
    (7, 59),
    (7, 77),
    (7, 99),
    (7, 139),
    (9, 43),
    (9, 59),
    (9, 77),
    (9, 99),
    (9, 139),
    (11, 27),
    (11, 43),
    (11, 59),
    (11, 77),
    (11, 99),
    (11, 139),
    (13, 27),
    (13, 43),
    (13, 59),
    (13, 77),
    (13, 99),
    (13, 139),
    (15, 43),
    (15, 59),
    (15, 77),
    (15, 99),
    (15, 139),
    (17, 43),
    (17, 59),
    (17, 77),
    (17, 99),
    (17, 139),
];

/// Quiet zone rMQR requires on every side, in modules.
const QUIET_ZONE: usize = 2;

/// The name of an rMQR version index (1–32), e.g. `R13x43`.
pub fn rmqr_version_name(version: u8) -> Option<String> {
    let (h, w) = *RMQR_VERSIONS.get(usize::from(version).checked_sub(1)?)?;
    Some(format!("R{h}x{w}"))
}

/// Data capacity in bits of the size at `index` (0-based) and level (M or H).
fn capacity_bits(index: usize, ecc: EcLevel) -> usize {
    let cw = if ecc == EcLevel::H {
        DATA_CODEWORDS_H[index]
    } else {
        DATA_CODEWORDS_M[index]
    };
    usize::from(cw) * 8
}

fn symbol_name(index: usize, ecc: EcLevel, pinned: bool) -> String {
    let (h, w) = RMQR_VERSIONS[index];
    let pin = if pinned { " (pinned)" } else { "" };
    format!("rMQR R{h}x{w}-{}{pin}", ecc.letter())
}

/// Encodes `data` as an rMQR symbol.
///
/// `options.version` pins the size (1–32, see [`RMQR_VERSIONS`]); otherwise the smallest area
/// that holds the data is used. Only levels M and H exist; the mask is fixed and structured
/// append is not available, so asking for them is an [`EncodeError::InvalidOption`].
///
/// ```
/// use codevault_formats::qr::{self, EcLevel, QrOptions};
///
/// let symbol = qr::encode_rmqr(b"HELLO WORLD", &QrOptions::default()).unwrap();
/// assert_eq!(symbol.meta.version, "R13x27"); // the smallest area that holds 11 characters
/// assert_eq!((symbol.matrix.width(), symbol.matrix.height()), (27, 13));
///
/// let l = QrOptions { ecc: EcLevel::L, ..QrOptions::default() };
/// assert!(qr::encode_rmqr(b"HELLO", &l).is_err());
/// ```
pub fn encode_rmqr(data: &[u8], options: &QrOptions) -> Result<Symbol, EncodeError> {
    validate(options)?;
    let input = Input::new(data, options.kanji, options.fnc1 == Fnc1::Gs1);
    let header = header_bits(options);
    // Segments and stream length for one size (counts differ from size to size).
    let plan = |index: usize| -> Result<(Vec<Segment>, usize), EncodeError> {
        let spec = mode_spec(index);
        let segments = segment::segment(&input, &spec, options.mode)?;
        let bits = header + segment::segments_bits(&input, &spec, &segments);
        Ok((segments, bits))
    };

    let requested = options.ecc;
    let (index, (segments, bits)) = match options.version {
        Some(v) => {
            let index = usize::from(v) - 1;
            let planned = plan(index)?;
            if planned.1 > capacity_bits(index, requested) {
                return Err(EncodeError::DataTooLong {
                    needed_bits: planned.1,
                    capacity_bits: capacity_bits(index, requested),
                    symbol: symbol_name(index, requested, true),
                });
            }
            (index, planned)
        }
        None => {
            // The largest size holds the most and has the longest counts: when the data does
            // not fit it, no size fits (and one pass over an oversized input is enough).
            let last = RMQR_VERSIONS.len() - 1;
            let largest = plan(last)?;
            if largest.1 > capacity_bits(last, requested) {
                return Err(EncodeError::DataTooLong {
                    needed_bits: largest.1,
                    capacity_bits: capacity_bits(last, requested),
                    symbol: symbol_name(last, requested, false),
                });
            }
            let mut best = (last, largest);
            for index in (0..last).rev() {
                let planned = plan(index)?;
                // Smallest area; on a tie the later (taller) size, which holds more.
                if planned.1 <= capacity_bits(index, requested) && area(index) < area(best.0) {
                    best = (index, planned);
                }
            }
            best
        }
    };

    let ecc =
        if options.boost && requested == EcLevel::M && bits <= capacity_bits(index, EcLevel::H) {
            EcLevel::H
        } else {
            requested
        };

    let codewords = data_codewords(&input, options, index, ecc, &segments, bits);
    let stream = add_error_correction(&codewords, index, ecc);

    let (h, w) = RMQR_VERSIONS[index];
    let mut grid = Grid::new(usize::from(w), usize::from(h));
    grid.place_data(&stream);
    let (left, right) = format_info(index, ecc == EcLevel::H);
    grid.place_format(left, right);

    Ok(Symbol {
        matrix: grid.into_matrix(),
        quiet_zone: QUIET_ZONE,
        shape: Shape::Matrix,
        meta: SymbolMeta {
            symbology: Symbology::Rmqr,
            version: format!("R{h}x{w}"),
            ecc: Some(ecc.letter().to_string()),
            mask: None,
            data_bits: bits,
            capacity_bits: capacity_bits(index, ecc),
        },
    })
}

fn area(index: usize) -> usize {
    let (h, w) = RMQR_VERSIONS[index];
    usize::from(h) * usize::from(w)
}

fn validate(options: &QrOptions) -> Result<(), EncodeError> {
    validate_common(options)?;
    if matches!(options.ecc, EcLevel::L | EcLevel::Q) {
        return Err(EncodeError::invalid(
            "ecc",
            options.ecc.letter(),
            "rMQR offers only levels M and H",
        ));
    }
    if let Some(v) = options.version
        && !(1..=32).contains(&v)
    {
        return Err(EncodeError::invalid(
            "version",
            v,
            "rMQR versions are 1-32 (R7x43 … R17x139)",
        ));
    }
    if let Some(m) = options.mask {
        return Err(EncodeError::invalid(
            "mask",
            m,
            "rMQR has one fixed mask; leave mask unset",
        ));
    }
    if options.structured_append.is_some() {
        return Err(EncodeError::invalid(
            "structured_append",
            "set",
            "rMQR has no structured append",
        ));
    }
    Ok(())
}

/// Bits of the ECI and FNC1 headers written before the segments.
fn header_bits(options: &QrOptions) -> usize {
    let eci = match options.eci {
        None => 0,
        Some(0..=127) => 3 + 8,
        Some(128..=16_383) => 3 + 16,
        Some(_) => 3 + 24,
    };
    let fnc1 = match options.fnc1 {
        Fnc1::None => 0,
        Fnc1::Gs1 => 3,
        Fnc1::Industry(_) => 3 + 8,
    };
    eci + fnc1
}

/// The data codewords: headers, segments, terminator, bit padding and pad codewords.
fn data_codewords(
    input: &Input,
    options: &QrOptions,
    index: usize,
    ecc: EcLevel,
    segments: &[Segment],
    bits: usize,
) -> Vec<u8> {
    let capacity = capacity_bits(index, ecc);
    let mut w = BitWriter::with_capacity(capacity);
    // FNC1 before ECI, in the order zint writes them for every QR-family symbol.
    match options.fnc1 {
        Fnc1::None => {}
        Fnc1::Gs1 => w.push(FNC1_FIRST_INDICATOR, MODE_BITS),
        Fnc1::Industry(indicator) => {
            w.push(FNC1_SECOND_INDICATOR, MODE_BITS);
            w.push(u32::from(indicator), 8);
        }
    }
    if let Some(eci) = options.eci {
        model2::push_eci(&mut w, eci, MODE_BITS);
    }
    segment::write_segments(&mut w, input, &mode_spec(index), segments);
    debug_assert_eq!(w.len(), bits);
    model2::finish_stream(w, capacity / 8, TERMINATOR_BITS)
}

/// Splits the data codewords into blocks (short blocks first), appends each block's
/// Reed–Solomon codewords and interleaves data, then error correction, codeword by codeword.
fn add_error_correction(data: &[u8], index: usize, ecc: EcLevel) -> Vec<u8> {
    let total = usize::from(TOTAL_CODEWORDS[index]);
    let blocks = usize::from(if ecc == EcLevel::H {
        BLOCKS_H[index]
    } else {
        BLOCKS_M[index]
    });
    let ecc_len = (total - data.len()) / blocks;
    model2::interleave(data, blocks, ecc_len, total)
}

#[cfg(test)]
#[path = "rmqr_tests.rs"]
mod tests;
