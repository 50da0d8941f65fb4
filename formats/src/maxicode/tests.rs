//! Unit tests: the code set tables, primary messages and the ISO/IEC 16023 examples.

use super::*;

#[test]
fn every_byte_has_a_code_set() {
    for b in 0..=255u8 {
        assert_ne!(charset::SETS_OF[usize::from(b)], 0, "byte {b:#x}");
    }
}
