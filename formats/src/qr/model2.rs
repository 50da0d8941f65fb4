//! QR Code Model 2, versions 1–40.

use super::QrOptions;
use crate::{EncodeError, Symbol};

/// Encodes `data` as a QR Code Model 2 symbol.
pub fn encode_qr(_data: &[u8], _options: &QrOptions) -> Result<Symbol, EncodeError> {
    Err(EncodeError::invalid("symbology", "qr", "not built yet"))
}
