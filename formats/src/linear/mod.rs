//! The linear (1D) symbologies: one row of bars and spaces, with human-readable text.
//!
//! Each encoder returns a [`Symbol`](crate::Symbol) whose matrix is one row of modules and whose
//! [`Shape::Linear`](crate::Shape::Linear) layout carries text, guards, quiet zones and bearers.

#[cfg(feature = "codabar")]
pub mod codabar;
#[cfg(feature = "code128")]
pub mod code128;
#[cfg(feature = "code39")]
pub mod code39;
#[cfg(feature = "code93")]
pub mod code93;
#[cfg(feature = "ean-upc")]
pub mod ean;
#[cfg(feature = "itf")]
pub mod itf;
