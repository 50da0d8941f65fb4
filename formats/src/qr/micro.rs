//! Micro QR Code, M1–M4 (ISO/IEC 18004).

use super::QrOptions;
use crate::{EncodeError, Symbol};

/// Encodes `data` as a Micro QR symbol.
pub fn encode_micro_qr(_data: &[u8], _options: &QrOptions) -> Result<Symbol, EncodeError> {
    Err(EncodeError::invalid(
        "symbology",
        "micro-qr",
        "not built yet",
    ))
}
