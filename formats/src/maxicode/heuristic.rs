//! zint 2.11's encodation, reproduced so symbols match zint module for module whenever its
//! choices are as short as ours (see "Encodation" in the module docs). It works on the
//! whole 144-codeword array, padding included, in three passes:
//!
//! 1. each character gets a code set: its only one, or for the characters several sets share
//!    (CR, FS, GS, RS, space, comma, full stop, slash, colon) the set of the character before,
//!    or of the one after when that is lower (but set A when only the next one fits);
//! 2. runs of nine set-A digits, counted greedily from the left, are marked for Numeric Shift;
//! 3. walking left to right from set A, a character in another set gets a shift or latch: to
//!    A from B a latch when four A characters follow in a row, else a 3, 2 or 1 Shift A; to B
//!    a latch unless in A with a single B character; to C, D or E a lock-in when four in a row
//!    start the message or the previous character was shifted there and two more follow,
//!    else a shift. Padding after the message counts as characters of the last one's set
//!    (B after B, else A).

use super::charset::{
    A, B, LATCH_63, LATCH_A_CDE, NS, PAD, SETS_OF, SHIFT_2A, SHIFT_3A, SHIFT_AB, SHIFT_C, value,
};

/// Codeword array size.
const N: usize = 144;
/// Set marks: code sets are 0–4 (A–E); these are the extra marks.
const NUMERIC: u8 = 5;
const PREFIX: u8 = 0xfe;

/// The 144 codewords zint would produce for `prefix` (already-encoded structured append and
/// ECI codewords) followed by `msg`, and zint's count of the codewords used (which includes
/// any Latch A it puts before padding). `None` when the message cannot fit 144 codewords.
pub(crate) fn encode(prefix: &[u8], msg: &[u8]) -> Option<([u8; N], usize)> {
    let sp = prefix.len();
    if sp + msg.len() > N {
        return None;
    }
    let mut set = [PREFIX; N];
    let mut cw = [0u8; N];
    cw[..sp].copy_from_slice(prefix);
    let mut length = msg.len();

    // Pass 1: code sets.
    for (i, &b) in msg.iter().enumerate() {
        let sets = SETS_OF[usize::from(b)];
        let s = if sets.count_ones() == 1 {
            sets.trailing_zeros() as u8
        } else if i == 0 {
            A as u8
        } else {
            let fits = |s: u8| s < 5 && sets & (1 << s) != 0;
            let prev = set[sp + i - 1];
            let next = if i + 1 < msg.len() {
                let nb = SETS_OF[usize::from(msg[i + 1])];
                // Only a next character with a single set has one yet.
                (nb.count_ones() == 1).then(|| nb.trailing_zeros() as u8)
            } else {
                None
            };
            match (fits(prev), next.filter(|&n| fits(n))) {
                (true, Some(n)) if prev > n => n,
                (true, _) => prev,
                _ => A as u8,
            }
        };
        set[sp + i] = s;
        cw[sp + i] = value(usize::from(s), b).unwrap_or(0);
    }
    let pad_set = if msg.last().is_some() && set[sp + msg.len() - 1] == B as u8 {
        B as u8
    } else {
        A as u8
    };
    for i in sp + msg.len()..N {
        set[i] = pad_set;
        cw[i] = PAD;
    }

    // Pass 2: runs of nine digits in set A.
    let mut run = 0;
    for i in sp..N {
        if set[i] == A as u8 && cw[i].is_ascii_digit() {
            run += 1;
            if run == 9 {
                set[i - 8..=i].fill(NUMERIC);
                run = 0;
            }
        } else {
            run = 0;
        }
    }

    // Pass 3: shifts and latches.
    let mut insert = |set: &mut [u8; N], cw: &mut [u8; N], at: usize, code: u8| {
        if at < N - 1 {
            set.copy_within(at..N - 1, at + 1);
            cw.copy_within(at..N - 1, at + 1);
        }
        cw[at] = code;
        length += 1;
    };
    let mut current = A as u8;
    let mut i = sp;
    while i < N {
        let s = set[i];
        if s != current && s != NUMERIC && s != PREFIX {
            let is = |set: &[u8; N], k: usize, want: u8| k < N && set[k] == want;
            match usize::from(s) {
                A => {
                    if current == B as u8 {
                        let run = (1..=3).take_while(|&k| is(&set, i + k, A as u8)).count();
                        match run {
                            3 => {
                                insert(&mut set, &mut cw, i, LATCH_63);
                                current = A as u8;
                                i += 3;
                            }
                            2 => {
                                insert(&mut set, &mut cw, i, SHIFT_3A);
                                i += 2;
                            }
                            1 => {
                                insert(&mut set, &mut cw, i, SHIFT_2A);
                                i += 1;
                            }
                            _ => insert(&mut set, &mut cw, i, SHIFT_AB),
                        }
                    } else {
                        insert(&mut set, &mut cw, i, LATCH_A_CDE);
                        current = A as u8;
                    }
                }
                B => {
                    if current != A as u8 || is(&set, i + 1, B as u8) {
                        insert(&mut set, &mut cw, i, LATCH_63);
                        current = B as u8;
                    } else {
                        insert(&mut set, &mut cw, i, SHIFT_AB);
                    }
                }
                _ => {
                    let code = SHIFT_C + s - 2;
                    let starts_run = i == 0 && (1..=3).all(|k| is(&set, i + k, s));
                    let continues = i > 0 && set[i - 1] == s && (1..=2).all(|k| is(&set, i + k, s));
                    if starts_run {
                        insert(&mut set, &mut cw, i, code);
                        i += 1;
                        insert(&mut set, &mut cw, i, code);
                        i += 3;
                        current = set[i];
                    } else if continues {
                        // Turn the previous character's shift into shift + lock-in.
                        insert(&mut set, &mut cw, i - 1, code);
                        i += 2;
                        current = set[i];
                    } else {
                        insert(&mut set, &mut cw, i, code);
                    }
                }
            }
            i += 1;
        }
        i += 1;
    }

    // Numeric Shift: nine digits become NS and five codewords of their value.
    let mut i = sp;
    loop {
        if set[i] == NUMERIC {
            let v = cw[i..i + 9]
                .iter()
                .fold(0u32, |v, &d| v * 10 + u32::from(d.wrapping_sub(b'0')));
            cw[i] = NS;
            for (k, shift) in [24, 18, 12, 6, 0].into_iter().enumerate() {
                cw[i + 1 + k] = ((v >> shift) & 0x3f) as u8;
            }
            i += 6;
            set.copy_within(i + 3..N, i);
            cw.copy_within(i + 3..N, i);
            length -= 3;
        } else {
            i += 1;
        }
        if i > N - 9 {
            break;
        }
    }
    Some((cw, sp + length))
}
