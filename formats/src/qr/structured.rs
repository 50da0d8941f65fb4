//! Structured append: one message over up to 16 linked QR symbols.

use super::QrOptions;
use crate::{EncodeError, Symbol};

/// Splits `data` over the fewest QR symbols (at most 16) of the options' version and level.
pub fn encode_structured_append(
    _data: &[u8],
    _options: &QrOptions,
) -> Result<Vec<Symbol>, EncodeError> {
    Err(EncodeError::invalid(
        "structured_append",
        "",
        "not built yet",
    ))
}
