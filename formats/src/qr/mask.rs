//! QR penalty scoring.
