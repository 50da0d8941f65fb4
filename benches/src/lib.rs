//! Shared inputs and timing for CodeVault's side-by-side QR benchmarks.
//!
//! The criterion bench (`benches/qr_encode.rs`), the medians example (`examples/medians.rs`)
//! and the C harness (`c/peers.c`) all read the cases from `payloads.txt`, so every library
//! encodes exactly the same bytes at the same pinned version and ECC level.

use std::time::Instant;

use codevault_formats::{
    Symbol,
    qr::{self, EcLevel, QrOptions},
};
use codevault_render::Style;

/// The benchmark cases file, as committed.
pub const PAYLOADS: &str = include_str!("../payloads.txt");

/// A typical URL for the "encode + SVG" and "encode + PNG" benchmarks (ECC M, automatic
/// version: 4 for every library).
pub const TYPICAL_URL: &str = "https://example.com/products/4711?utm_source=qr";

/// Pixels per module for the PNG benchmarks (every library is asked for the same).
pub const PNG_MODULE_PX: u32 = 8;

/// One benchmark case: a pinned QR version and ECC level and the payload.
#[derive(Clone, Debug)]
pub struct Case {
    /// Short name, e.g. `V10-H`.
    pub name: String,
    /// QR version 1–40.
    pub version: u8,
    /// ECC level.
    pub ecc: EcLevel,
    /// The data.
    pub payload: String,
}

/// The cases of [`PAYLOADS`].
pub fn cases() -> Vec<Case> {
    PAYLOADS
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.splitn(4, '\t').collect();
            assert_eq!(f.len(), 4, "payloads.txt: bad line {l:?}");
            Case {
                name: f[0].to_string(),
                version: f[1].parse().expect("payloads.txt: version"),
                ecc: EcLevel::parse(f[2]).expect("payloads.txt: ECC level"),
                payload: f[3].to_string(),
            }
        })
        .collect()
}

/// Our options for a case: version and ECC pinned, no boost, automatic mask.
pub fn pinned(case: &Case) -> QrOptions {
    QrOptions {
        ecc: case.ecc,
        boost: false,
        version: Some(case.version),
        ..QrOptions::default()
    }
}

/// Encodes a case with CodeVault (matrix only).
pub fn ours(case: &Case, options: &QrOptions) -> Symbol {
    qr::encode_qr(case.payload.as_bytes(), options).expect("benchmark payload encodes")
}

/// Options for the typical URL: ECC M exactly, everything else automatic.
pub fn typical_options() -> QrOptions {
    QrOptions {
        ecc: EcLevel::M,
        boost: false,
        ..QrOptions::default()
    }
}

/// The style for the PNG benchmarks.
pub fn png_style() -> Style {
    Style {
        module_size: PNG_MODULE_PX,
        ..Style::default()
    }
}

/// Median time of one call of `f`, in microseconds, measured like the C harness does: calibrate
/// a batch that takes at least 5 ms, then take `samples` batches (after one warm-up batch) and
/// return the median per-call time.
pub fn median_us(samples: usize, mut f: impl FnMut()) -> f64 {
    let mut iters = 1u64;
    loop {
        let t = Instant::now();
        for _ in 0..iters {
            f();
        }
        if t.elapsed().as_secs_f64() >= 0.005 || iters >= 1 << 20 {
            break;
        }
        iters *= 2;
    }
    let mut per_call: Vec<f64> = (0..samples.max(1))
        .map(|_| {
            let t = Instant::now();
            for _ in 0..iters {
                f();
            }
            t.elapsed().as_secs_f64() * 1e6 / iters as f64
        })
        .collect();
    per_call.sort_by(f64::total_cmp);
    per_call[per_call.len() / 2]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_case_encodes_at_its_pinned_version() {
        for case in cases() {
            let symbol = ours(&case, &pinned(&case));
            assert_eq!(
                symbol.meta.version,
                case.version.to_string(),
                "{}",
                case.name
            );
            assert_eq!(symbol.matrix.width(), 17 + 4 * usize::from(case.version));
        }
    }
}

/// libzint through the C shim in `c/zint_shim.c` (feature `libzint`, needs Debian's
/// libzint-dev): the peer of the symbology bench, called in the same process.
#[cfg(feature = "libzint")]
#[allow(unsafe_code)]
pub mod zint {
    unsafe extern "C" {
        fn cv_zint_encode(
            symbology: *const std::ffi::c_char,
            option_1: i32,
            option_2: i32,
            option_3: i32,
            gs1: i32,
            data: *const u8,
            length: i32,
        ) -> i32;
    }

    /// libzint's symbol width for `data` as `symbology` (a CodeVault name), 0 on failure.
    pub fn encode(symbology: &std::ffi::CStr, data: &[u8], gs1: bool) -> i32 {
        let Ok(length) = i32::try_from(data.len()) else {
            return 0;
        };
        // SAFETY: both pointers are valid for the call's duration and zint copies what it keeps.
        unsafe {
            cv_zint_encode(
                symbology.as_ptr(),
                -1,
                -1,
                -1,
                i32::from(gs1),
                data.as_ptr(),
                length,
            )
        }
    }
}
