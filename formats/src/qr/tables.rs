//! QR Code Model 2 capacity tables (ISO/IEC 18004 Tables 1 and 9) and BCH codes.

use super::EcLevel;

/// Error correction codewords per block, by level (L, M, Q, H) and version (index 0 unused).
#[rustfmt::skip]
const ECC_PER_BLOCK: [[u8; 41]; 4] = [
    [0, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
    [0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28],
    [0, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
    [0, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
];

/// Number of error correction blocks, by level and version (index 0 unused).
#[rustfmt::skip]
const BLOCKS: [[u8; 41]; 4] = [
    [0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25],
    [0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49],
    [0, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68],
    [0, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81],
];

/// Side length in modules.
pub(crate) const fn size(version: u8) -> usize {
    17 + 4 * version as usize
}

/// Number of alignment pattern centres along one axis (0 for version 1).
pub(crate) const fn alignment_count(version: u8) -> usize {
    if version == 1 {
        0
    } else {
        version as usize / 7 + 2
    }
}

/// Alignment pattern centre coordinates (ISO/IEC 18004 Annex E), `alignment_count` of them.
pub(crate) fn alignment_positions(version: u8) -> ([u8; 7], usize) {
    let n = alignment_count(version);
    let mut out = [0u8; 7];
    if n == 0 {
        return (out, 0);
    }
    let last = size(version) - 7;
    // Equal even steps from the last centre back towards 6; the first gap takes the remainder.
    let step = if version == 32 {
        26
    } else {
        (last - 6).div_ceil(2 * (n - 1)) * 2
    };
    out[0] = 6;
    for i in 1..n {
        out[n - i] = (last - (i - 1) * step) as u8;
    }
    (out, n)
}

/// Modules available for data and error correction codewords (incl. remainder bits).
pub(crate) const fn raw_data_modules(version: u8) -> usize {
    let v = version as usize;
    let mut modules = (16 * v + 128) * v + 64;
    if v >= 2 {
        let n = v / 7 + 2;
        modules -= (25 * n - 10) * n - 55;
        if v >= 7 {
            modules -= 36;
        }
    }
    modules
}

/// Total codewords of a version.
pub(crate) const fn total_codewords(version: u8) -> usize {
    raw_data_modules(version) / 8
}

/// (error correction codewords per block, number of blocks).
pub(crate) fn ecc_layout(version: u8, ecc: EcLevel) -> (usize, usize) {
    let v = usize::from(version);
    (
        usize::from(ECC_PER_BLOCK[ecc.index()][v]),
        usize::from(BLOCKS[ecc.index()][v]),
    )
}

/// Data codewords of a version at a level.
pub(crate) fn data_codewords(version: u8, ecc: EcLevel) -> usize {
    let (per_block, blocks) = ecc_layout(version, ecc);
    total_codewords(version) - per_block * blocks
}

/// The 15-bit format information for a level and mask, BCH(15,5) with the 0x5412 XOR mask.
pub(crate) const fn format_bits(ecc: EcLevel, mask: u8) -> u32 {
    let level: u32 = match ecc {
        EcLevel::L => 1,
        EcLevel::M => 0,
        EcLevel::Q => 3,
        EcLevel::H => 2,
    };
    let data = level << 3 | mask as u32;
    bch(data, 10, 0x537) ^ 0x5412
}

/// The 18-bit version information, BCH(18,6).
pub(crate) const fn version_bits(version: u8) -> u32 {
    bch(version as u32, 12, 0x1f25)
}

/// `data` followed by its remainder modulo `poly` over GF(2) (`check_bits` wide).
pub(crate) const fn bch(data: u32, check_bits: u32, poly: u32) -> u32 {
    let poly_degree = 31 - poly.leading_zeros();
    let mut rem = data << check_bits;
    while rem != 0 && 31 - rem.leading_zeros() >= poly_degree {
        rem ^= poly << (31 - rem.leading_zeros() - poly_degree);
    }
    data << check_bits | rem
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capacities_match_standard_samples() {
        // ISO/IEC 18004 Table 7 data codeword counts.
        assert_eq!(data_codewords(1, EcLevel::L), 19);
        assert_eq!(data_codewords(1, EcLevel::H), 9);
        assert_eq!(data_codewords(10, EcLevel::M), 216);
        assert_eq!(data_codewords(40, EcLevel::L), 2956);
        assert_eq!(data_codewords(40, EcLevel::M), 2334);
        assert_eq!(data_codewords(40, EcLevel::Q), 1666);
        assert_eq!(data_codewords(40, EcLevel::H), 1276);
        assert_eq!(total_codewords(40), 3706);
        assert_eq!(total_codewords(7), 196);
    }

    #[test]
    fn alignment_samples() {
        let pos = |v| {
            let (p, n) = alignment_positions(v);
            p[..n].to_vec()
        };
        assert_eq!(pos(1), Vec::<u8>::new());
        assert_eq!(pos(2), vec![6, 18]);
        assert_eq!(pos(7), vec![6, 22, 38]);
        assert_eq!(pos(15), vec![6, 26, 48, 70]);
        assert_eq!(pos(32), vec![6, 34, 60, 86, 112, 138]);
        assert_eq!(pos(36), vec![6, 24, 50, 76, 102, 128, 154]);
        assert_eq!(pos(40), vec![6, 30, 58, 86, 114, 142, 170]);
    }

    #[test]
    fn bch_samples() {
        // ISO/IEC 18004 Annex C: M, mask 5 → 100000011001110 ; Annex D: version 7 → 0x07C94.
        assert_eq!(format_bits(EcLevel::M, 5), 0b100000011001110);
        assert_eq!(version_bits(7), 0x07c94);
        assert_eq!(version_bits(40), 0x28c69);
    }
}
