//! A growable bit string (one byte per bit: streams are at most ~20,000 bits and are re-read bit
//! by bit for stuffing).

#[derive(Default)]
pub(crate) struct Bits {
    pub(crate) bits: Vec<u8>,
}

impl Bits {
    /// An empty string with room for `bits` bits.
    pub(crate) fn with_capacity(bits: usize) -> Bits {
        Bits {
            bits: Vec::with_capacity(bits),
        }
    }

    /// Appends the low `width` bits of `value`, most significant first.
    #[inline]
    pub(crate) fn push(&mut self, value: u32, width: u32) {
        self.bits
            .extend((0..width).rev().map(|i| ((value >> i) & 1) as u8));
    }
}
