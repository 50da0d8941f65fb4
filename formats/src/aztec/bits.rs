//! A growable bit string, packed most significant bit first into `u64` words (streams are at
//! most ~20,000 bits and are re-read a codeword at a time for stuffing).

#[derive(Default)]
pub(crate) struct Bits {
    /// The bits, then zeros: always at least one whole zero word past the last bit, so reads
    /// past the end need no check.
    words: Vec<u64>,
    len: usize,
}

impl Bits {
    /// An empty string with room for `bits` bits.
    pub(crate) fn with_capacity(bits: usize) -> Bits {
        let mut words = Vec::with_capacity(bits / 64 + 2);
        words.push(0);
        Bits { words, len: 0 }
    }

    /// Number of bits.
    #[inline]
    pub(crate) fn len(&self) -> usize {
        self.len
    }

    /// Appends the low `width` (1 ..= 32) bits of `value`, most significant first.
    #[inline(always)]
    pub(crate) fn push(&mut self, value: u32, width: u32) {
        debug_assert!((1..=32).contains(&width));
        let (idx, off) = (self.len >> 6, (self.len & 63) as u32);
        if self.words.len() < idx + 2 {
            self.words.resize(idx + 2, 0);
        }
        // The value at the top of a word, then split over this word and the next.
        let top = (u64::from(value) << (64 - width)) & (u64::MAX << (64 - width));
        self.words[idx] |= top >> off;
        self.words[idx + 1] |= (top << 1) << (63 - off);
        self.len += width as usize;
    }

    /// The `width` (1 ..= 32) bits from bit `pos` as a number; bits past the end read as 0.
    #[inline]
    pub(crate) fn get(&self, pos: usize, width: u32) -> u32 {
        debug_assert!((1..=32).contains(&width) && pos <= self.len);
        let (idx, off) = (pos >> 6, (pos & 63) as u32);
        let hi = self.words[idx] << off;
        let lo = self
            .words
            .get(idx + 1)
            .map_or(0, |&w| (w >> 1) >> (63 - off));
        ((hi | lo) >> (64 - width)) as u32
    }

    /// The bits as `0`/`1` bytes.
    #[cfg(test)]
    pub(crate) fn to_vec(&self) -> Vec<u8> {
        (0..self.len).map(|p| self.get(p, 1) as u8).collect()
    }
}
