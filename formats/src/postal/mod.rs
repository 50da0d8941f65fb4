//! Postal bar codes: bars of two or four states, drawn to each postal service's heights.
//!
//! Each encoder returns a [`Symbol`](crate::Symbol) with [`Shape::Postal`](crate::Shape::Postal)
//! whose matrix rows are zint's rows for the symbology.

#[cfg(feature = "imb")]
pub mod imb;
#[cfg(feature = "postnet")]
pub mod postnet;
#[cfg(feature = "rm4scc")]
pub mod rm4scc;
