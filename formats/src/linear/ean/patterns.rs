//! Bar patterns of the EAN/UPC family and a writer that lays them out as modules.
//!
//! Every table is a fact of ISO/IEC 15420 (and GS1 General Specifications 5.2.1): digit
//! patterns are 7 modules, most significant bit = leftmost module, 1 = bar.

/// Number set A (odd parity, "L" patterns): light first, 3 or 5 dark modules.
const SET_A: [u8; 10] = [
    0b000_1101, 0b001_1001, 0b001_0011, 0b011_1101, 0b010_0011, 0b011_0001, 0b010_1111, 0b011_1011,
    0b011_0111, 0b000_1011,
];

/// Number set B (even parity, "G" patterns): set C mirrored.
const SET_B: [u8; 10] = [
    0b010_0111, 0b011_0011, 0b001_1011, 0b010_0001, 0b001_1101, 0b011_1001, 0b000_0101, 0b001_0001,
    0b000_1001, 0b001_0111,
];

/// Parity of EAN-13 digits 2–7 by the leading digit (bit 5 = digit 2, set bit = set B); the
/// leading digit itself has no bars of its own.
pub(super) const EAN13_PARITY: [u8; 10] = [
    0b00_0000, 0b00_1011, 0b00_1101, 0b00_1110, 0b01_0011, 0b01_1001, 0b01_1100, 0b01_0101,
    0b01_0110, 0b01_1010,
];

/// Parity of the six UPC-E digits by the check digit, number system 0 (number system 1 uses the
/// complement).
pub(super) const UPCE_PARITY: [u8; 10] = [
    0b11_1000, 0b11_0100, 0b11_0010, 0b11_0001, 0b10_1100, 0b10_0110, 0b10_0011, 0b10_1010,
    0b10_1001, 0b10_0101,
];

/// Parity of the five EAN-5 digits by the add-on's check value (the same sequences as UPC-E
/// number system 0 without its first digit).
pub(super) const EAN5_PARITY: [u8; 10] = [
    0b1_1000, 0b1_0100, 0b1_0010, 0b1_0001, 0b0_1100, 0b0_0110, 0b0_0011, 0b0_1010, 0b0_1001,
    0b0_0101,
];

/// Normal guard (start and end of EAN-13, EAN-8, UPC-A, start of UPC-E): bar space bar.
pub(super) const GUARD: (u8, u32) = (0b101, 3);
/// Centre guard: space bar space bar space.
pub(super) const CENTRE: (u8, u32) = (0b0_1010, 5);
/// UPC-E special guard at the right: space bar space bar space bar.
pub(super) const UPCE_END: (u8, u32) = (0b01_0101, 6);
/// Add-on start pattern: bar, space, double bar.
pub(super) const ADDON_START: (u8, u32) = (0b1011, 4);
/// Add-on delineator between two add-on digits: space, bar.
pub(super) const ADDON_SEP: (u8, u32) = (0b01, 2);

/// `Matrix` cell value of a dark data module (see `Matrix::from_cells`).
const DARK: u8 = 0x80;

/// Which number set a digit is drawn from.
#[derive(Clone, Copy)]
pub(super) enum Set {
    /// Left half, odd parity.
    A,
    /// Left half, even parity.
    B,
    /// Right half: set A with bars and spaces swapped.
    C,
}

/// A row of modules being laid out, left to right.
pub(super) struct Row {
    cells: Vec<u8>,
}

impl Row {
    pub(super) fn with_capacity(width: usize) -> Row {
        Row {
            cells: Vec::with_capacity(width),
        }
    }

    /// Modules written so far.
    pub(super) fn len(&self) -> usize {
        self.cells.len()
    }

    /// Appends the `n` low bits of `bits`, most significant first.
    pub(super) fn bits(&mut self, (bits, n): (u8, u32)) {
        for i in (0..n).rev() {
            self.cells.push(if bits >> i & 1 == 1 { DARK } else { 0 });
        }
    }

    /// Appends the 7 modules of digit `d` (0–9) from `set`.
    pub(super) fn digit(&mut self, d: u8, set: Set) {
        let i = usize::from(d % 10);
        let bits = match set {
            Set::A => SET_A[i],
            Set::B => SET_B[i],
            Set::C => !SET_A[i] & 0x7f,
        };
        self.bits((bits, 7));
    }

    /// Appends `n` light modules.
    pub(super) fn light(&mut self, n: usize) {
        self.cells.resize(self.cells.len() + n, 0);
    }

    pub(super) fn into_cells(self) -> Vec<u8> {
        self.cells
    }
}

/// Set A or B from bit `i` (counted from the left of an `n`-bit parity word).
pub(super) fn parity_set(word: u8, n: u32, i: u32) -> Set {
    if word >> (n - 1 - i) & 1 == 1 {
        Set::B
    } else {
        Set::A
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_b_is_set_c_mirrored() {
        for i in 0..10 {
            let c = !SET_A[i] & 0x7f;
            assert_eq!(SET_B[i], c.reverse_bits() >> 1, "digit {i}");
        }
    }

    #[test]
    fn sets_have_two_bars_each() {
        // Every digit pattern is 2 bars and 2 spaces: exactly 4 runs, starting light for A/B.
        for set in [SET_A, SET_B] {
            for p in set {
                let runs = (0..6)
                    .filter(|k| (p >> k & 1) != (p >> (k + 1) & 1))
                    .count()
                    + 1;
                assert_eq!(runs, 4, "{p:07b}");
                assert_eq!(p >> 6, 0);
            }
        }
    }
}
