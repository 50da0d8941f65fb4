//! QR Model 2 tables.
