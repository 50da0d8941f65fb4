//! A growable bit string (one byte per bit: streams are at most ~20,000 bits and are re-read bit
//! by bit for stuffing and placement).

#[derive(Default)]
pub(crate) struct Bits {
    pub(crate) bits: Vec<u8>,
}

impl Bits {
    /// Appends the low `width` bits of `value`, most significant first.
    #[inline]
    pub(crate) fn push(&mut self, value: u32, width: u32) {
        for i in (0..width).rev() {
            self.bits.push(((value >> i) & 1) as u8);
        }
    }
}
