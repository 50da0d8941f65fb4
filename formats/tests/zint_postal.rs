//! Module-exact comparison with zint 2.11.1 for USPS Intelligent Mail, POSTNET and RM4SCC:
//! every vector in `testdata/zint/<symbology>/` was written by
//! `scripts/zint_vectors/generate.py --only postal` from zint's `--dump`. zint dumps the 4-state
//! codes as 3 rows (ascender, tracker, descender) and POSTNET as 2 rows (upper half, lower
//! half); the width is one past the last dark module, which is always the final bar's column
//! because every bar has a tracker (or lower-half) module. All vectors are compared bit for
//! bit. These codes have no rxing reader, so this comparison is the proof of correctness
//! (with the USPS-B-3200 worked examples in the `imb` unit tests).

mod support;
use support::check_zint_dir as check_dir;

use codevault_formats::postal::{imb, postnet, rm4scc};

#[test]
fn imb_matches_zint() {
    check_dir("imb", 50, |data, o| {
        imb::encode(data, &serde_json::from_value(o).unwrap())
    });
}

#[test]
fn postnet_matches_zint() {
    check_dir("postnet", 50, |data, o| {
        postnet::encode(data, &serde_json::from_value(o).unwrap())
    });
}

#[test]
fn rm4scc_matches_zint() {
    check_dir("rm4scc", 50, |data, o| {
        rm4scc::encode(data, &serde_json::from_value(o).unwrap())
    });
}
