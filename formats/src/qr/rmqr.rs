//! Rectangular Micro QR Code (ISO/IEC 23941), all 32 sizes.

use super::QrOptions;
use crate::{EncodeError, Symbol};

/// The 32 rMQR sizes as (height, width), in the standard's order (version index 1–32).
pub const RMQR_VERSIONS: [(u8, u8); 32] = [
    (7, 43),
    (7, 59),
    (7, 77),
    (7, 99),
    (7, 139),
    (9, 43),
    (9, 59),
    (9, 77),
    (9, 99),
    (9, 139),
    (11, 27),
    (11, 43),
    (11, 59),
    (11, 77),
    (11, 99),
    (11, 139),
    (13, 27),
    (13, 43),
    (13, 59),
    (13, 77),
    (13, 99),
    (13, 139),
    (15, 43),
    (15, 59),
    (15, 77),
    (15, 99),
    (15, 139),
    (17, 43),
    (17, 59),
    (17, 77),
    (17, 99),
    (17, 139),
];

/// The name of an rMQR version index (1–32), e.g. `R13x43`.
pub fn rmqr_version_name(version: u8) -> Option<String> {
    let (h, w) = *RMQR_VERSIONS.get(usize::from(version).checked_sub(1)?)?;
    Some(format!("R{h}x{w}"))
}

/// Encodes `data` as an rMQR symbol.
pub fn encode_rmqr(_data: &[u8], _options: &QrOptions) -> Result<Symbol, EncodeError> {
    Err(EncodeError::invalid("symbology", "rmqr", "not built yet"))
}
