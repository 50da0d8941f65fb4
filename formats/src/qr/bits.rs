//! An append-only big-endian bit buffer for building data streams.

#[derive(Clone, Debug, Default)]
pub(crate) struct BitWriter {
    bytes: Vec<u8>,
    len: usize,
}

impl BitWriter {
    pub(crate) fn with_capacity(bits: usize) -> BitWriter {
        BitWriter {
            bytes: Vec::with_capacity(bits.div_ceil(8) + 8),
            len: 0,
        }
    }

    /// Number of bits written.
    #[inline]
    pub(crate) fn len(&self) -> usize {
        self.len
    }

    /// Appends the low `n` bits of `value`, most significant first (`n` ≤ 32).
    #[inline]
    pub(crate) fn push(&mut self, value: u32, n: u32) {
        debug_assert!(n <= 32);
        debug_assert!(
            n == 32 || value >> n == 0,
            "value {value} wider than {n} bits"
        );
        let mut remaining = n;
        while remaining > 0 {
            let used = (self.len % 8) as u32;
            if used == 0 {
                self.bytes.push(0);
            }
            let free = 8 - used;
            let take = free.min(remaining);
            let chunk = (value >> (remaining - take)) & ((1u32 << take) - 1);
            let last = self.bytes.len() - 1;
            self.bytes[last] |= (chunk << (free - take)) as u8;
            remaining -= take;
            self.len += take as usize;
        }
    }

    /// Appends whole bytes (fast path when byte aligned).
    pub(crate) fn push_bytes(&mut self, data: &[u8]) {
        if self.len % 8 == 0 {
            self.bytes.extend_from_slice(data);
            self.len += data.len() * 8;
        } else {
            for &b in data {
                self.push(u32::from(b), 8);
            }
        }
    }

    /// The bit at index `i` (0 = first written).
    #[cfg_attr(not(test), allow(dead_code))]
    pub(crate) fn bit(&self, i: usize) -> bool {
        self.bytes[i / 8] & (0x80 >> (i % 8)) != 0
    }

    /// The bytes written so far; a partial last byte is zero-padded.
    pub(crate) fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packs_msb_first() {
        let mut w = BitWriter::default();
        w.push(0b0001, 4);
        w.push(8, 10);
        w.push(0b0001100, 7);
        assert_eq!(w.len(), 21);
        assert_eq!(w.into_bytes(), vec![0b0001_0000, 0b0010_0000, 0b0110_0000]);
    }

    #[test]
    fn bytes_unaligned() {
        let mut w = BitWriter::default();
        w.push(1, 1);
        w.push_bytes(&[0xff, 0x00]);
        assert_eq!(w.len(), 17);
        assert!(w.bit(0) && w.bit(1) && !w.bit(9));
        assert_eq!(w.into_bytes(), vec![0xff, 0x80, 0x00]);
    }
}
