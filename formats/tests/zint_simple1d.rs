//! Module-exact comparison with zint 2.11.1 for Code 39, Code 93, ITF, ITF-14 and Codabar:
//! every vector in `testdata/zint/<symbology>/` was written by
//! `scripts/zint_vectors/generate.py --only simple1d` from zint's `--dump` with every option
//! pinned. Every vector is compared bit for bit (these symbologies leave no encodation choice).

mod support;
use support::check_zint_dir as check_dir;

use codevault_formats::linear::{codabar, code39, code93, itf};

#[test]
fn code39_matches_zint() {
    check_dir("code39", 50, |data, o| {
        code39::encode(data, &serde_json::from_value(o).unwrap())
    });
}

#[test]
fn code93_matches_zint() {
    check_dir("code93", 50, |data, o| {
        code93::encode(data, &serde_json::from_value(o).unwrap())
    });
}

#[test]
fn itf_matches_zint() {
    check_dir("itf", 50, |data, o| {
        itf::encode_itf(data, &serde_json::from_value(o).unwrap())
    });
}

#[test]
fn itf14_matches_zint() {
    check_dir("itf14", 50, |data, o| {
        itf::encode_itf14(data, &serde_json::from_value(o).unwrap())
    });
}

#[test]
fn codabar_matches_zint() {
    check_dir("codabar", 50, |data, o| {
        codabar::encode(data, &serde_json::from_value(o).unwrap())
    });
}
