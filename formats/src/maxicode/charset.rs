//! The five MaxiCode code sets (ISO/IEC 16023:2000 Table 5 / Annex A), as data: for each set,
//! the character each of the 64 codeword values stands for, and the inverse per byte.

/// Code set indices.
pub(crate) const A: usize = 0;
pub(crate) const B: usize = 1;
pub(crate) const C: usize = 2;
pub(crate) const D: usize = 3;
pub(crate) const E: usize = 4;

/// Function values (the same in every set where they exist).
pub(crate) const ECI: u8 = 27;
pub(crate) const NS: u8 = 31;
pub(crate) const PAD: u8 = 33;
/// Set A: Shift B. Set B: Shift A.
pub(crate) const SHIFT_AB: u8 = 59;
/// Shift C/D/E is 60/61/62 in every set; in its own set the value is that set's Lock-in.
pub(crate) const SHIFT_C: u8 = 60;
/// Set B: 2 Shift A and 3 Shift A.
pub(crate) const SHIFT_2A: u8 = 56;
pub(crate) const SHIFT_3A: u8 = 57;
/// Sets C, D, E: Latch A.
pub(crate) const LATCH_A_CDE: u8 = 58;
/// Set A: Latch B. Set B: Latch A. Sets C, D, E: Latch B.
pub(crate) const LATCH_63: u8 = 63;

/// A value with no data character (a function character in that set).
const F: u16 = 0x100;

/// Data character of each value, per set; `F` marks function characters (ECI, NS, PAD,
/// shifts, latches). FS, GS and RS are data characters (0x1C–0x1E).
const SETS: [[u16; 64]; 5] = {
    let mut sets = [[F; 64]; 5];
    // Set A: CR, A–Z, FS GS RS, space, "#$%&'()*+,-./, digits, colon.
    sets[A][0] = 0x0d;
    let mut i = 0;
    while i < 26 {
        sets[A][1 + i] = b'A' as u16 + i as u16;
        sets[B][1 + i] = b'a' as u16 + i as u16;
        i += 1;
    }
    i = 0;
    while i < 27 {
        sets[C][i] = 0xc0 + i as u16;
        sets[D][i] = 0xe0 + i as u16;
        i += 1;
    }
    // Values 28–30 are FS, GS, RS in sets A–D.
    let mut s = 0;
    while s < 4 {
        sets[s][28] = 0x1c;
        sets[s][29] = 0x1d;
        sets[s][30] = 0x1e;
        s += 1;
    }
    sets[A][32] = b' ' as u16;
    let a_punct = b"\"#$%&'()*+,-./0123456789:";
    i = 0;
    while i < a_punct.len() {
        sets[A][34 + i] = a_punct[i] as u16;
        i += 1;
    }
    // Set B: `, a–z, {, PAD, }~DEL;<=>?[\]^_ space,./:@!|
    sets[B][0] = b'`' as u16;
    sets[B][32] = b'{' as u16;
    let b_punct = b"}~\x7f;<=>?[\\]^_ ,./:@!|";
    i = 0;
    while i < b_punct.len() {
        sets[B][34 + i] = b_punct[i] as u16;
        i += 1;
    }
    // Set C: À–Ú, then Û–ß, ª¬±²³µ¹º¼½¾, 0x80–0x89, space at 59.
    let c_more: [u8; 16] = [
        0xdb, 0xdc, 0xdd, 0xde, 0xdf, 0xaa, 0xac, 0xb1, 0xb2, 0xb3, 0xb5, 0xb9, 0xba, 0xbc, 0xbd,
        0xbe,
    ];
    // Set D: à–ú, then û–ÿ, ¡¨«¯°´·¸»¿, 0x8A–0x94.
    let d_more: [u8; 15] = [
        0xfb, 0xfc, 0xfd, 0xfe, 0xff, 0xa1, 0xa8, 0xab, 0xaf, 0xb0, 0xb4, 0xb7, 0xb8, 0xbb, 0xbf,
    ];
    i = 0;
    while i < 16 {
        sets[C][32 + i] = c_more[i] as u16;
        i += 1;
    }
    i = 0;
    while i < 10 {
        sets[C][48 + i] = 0x80 + i as u16;
        i += 1;
    }
    i = 0;
    while i < 15 {
        sets[D][32 + i] = d_more[i] as u16;
        i += 1;
    }
    i = 0;
    while i < 11 {
        sets[D][47 + i] = 0x8a + i as u16;
        i += 1;
    }
    // Set E: NUL–SUB, (ECI, PAD, PAD), ESC, (NS), FS GS RS US, then Latin-1 leftovers and
    // 0x95–0x9E.
    i = 0;
    while i < 27 {
        sets[E][i] = i as u16;
        i += 1;
    }
    sets[E][30] = 0x1b;
    let e_more: [u8; 13] = [
        0x1c, 0x1d, 0x1e, 0x1f, 0x9f, 0xa0, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa9,
    ];
    i = 0;
    while i < 13 {
        sets[E][32 + i] = e_more[i] as u16;
        i += 1;
    }
    sets[E][45] = 0xad;
    sets[E][46] = 0xae;
    sets[E][47] = 0xb6;
    i = 0;
    while i < 10 {
        sets[E][48 + i] = 0x95 + i as u16;
        i += 1;
    }
    // Space is value 59 in sets C, D and E.
    sets[C][59] = b' ' as u16;
    sets[D][59] = b' ' as u16;
    sets[E][59] = b' ' as u16;
    sets
};

/// Not in the set.
pub(crate) const NONE: u8 = 0xff;

/// `VALUE[set][byte]`: the codeword value of `byte` in `set`, or [`NONE`].
pub(crate) const VALUE: [[u8; 256]; 5] = {
    let mut inv = [[NONE; 256]; 5];
    let mut s = 0;
    while s < 5 {
        let mut v = 0;
        while v < 64 {
            let c = SETS[s][v];
            if c < 0x100 {
                inv[s][c as usize] = v as u8;
            }
            v += 1;
        }
        s += 1;
    }
    inv
};

/// Bit `s` set when the byte is in set `s`.
pub(crate) const SETS_OF: [u8; 256] = {
    let mut m = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let mut s = 0;
        while s < 5 {
            if VALUE[s][b] != NONE {
                m[b] |= 1 << s;
            }
            s += 1;
        }
        b += 1;
    }
    m
};

/// The codeword value of `byte` in `set`, if it has one.
#[inline]
pub(crate) fn value(set: usize, byte: u8) -> Option<u8> {
    let v = VALUE[set][usize::from(byte)];
    (v != NONE).then_some(v)
}
