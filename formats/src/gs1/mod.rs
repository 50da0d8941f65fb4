//! GS1 element strings: parsed from `[01]…[10]…` (or `(01)…`) syntax, validated against the GS1
//! Application Identifier table, and turned into what a symbol carries.
//!
//! Every symbology with a GS1 mode (GS1-128, GS1 Data Matrix, GS1 QR, GS1 Aztec, …) goes through
//! [`ElementString::parse`], so a bad element string gets the same precise error everywhere.
//!
//! INTERFACE STUB: parse/validation are being written (see issue 3); the signatures are stable.

use crate::EncodeError;

/// One element: an Application Identifier and its value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Element {
    /// The AI digits, e.g. `"01"`, `"3103"`.
    pub ai: String,
    /// The value after the AI, e.g. `"09521234543213"`.
    pub value: String,
    /// Whether the AI has a predefined length (no FNC1 separator is needed after it).
    pub fixed_length: bool,
}

/// A validated GS1 element string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ElementString {
    /// The elements in input order.
    pub elements: Vec<Element>,
}

/// ASCII GS (0x1D): the separator symbologies carry as FNC1 after variable-length elements.
pub const GS: u8 = 0x1d;

impl ElementString {
    /// Parses and validates an element string in bracket syntax (`[01]09521234543213[10]ABC`),
    /// parenthesis syntax (`(01)…(10)…`), or raw form (AIs and values run together, a GS byte
    /// after each variable-length value that is not last).
    pub fn parse(input: &[u8]) -> Result<ElementString, EncodeError> {
        let text = std::str::from_utf8(input)
            .map_err(|_| EncodeError::data("GS1 element string", "is not ASCII"))?;
        let (open, close) = match text.as_bytes().first() {
            Some(b'[') => ('[', ']'),
            Some(b'(') => ('(', ')'),
            _ => {
                return Err(EncodeError::data(
                    "GS1 element string",
                    "raw form not supported yet: write AIs in brackets, e.g. [01]09521234543213",
                ));
            }
        };
        let mut elements = Vec::new();
        let mut rest = text;
        while let Some(after) = rest.strip_prefix(open) {
            let end = after
                .find(close)
                .ok_or_else(|| EncodeError::data("GS1 element string", "unclosed AI bracket"))?;
            let ai = &after[..end];
            let value_and_rest = &after[end + 1..];
            let next = value_and_rest.find(open).unwrap_or(value_and_rest.len());
            elements.push(Element {
                ai: ai.to_string(),
                value: value_and_rest[..next].to_string(),
                fixed_length: false,
            });
            rest = &value_and_rest[next..];
        }
        Ok(ElementString { elements })
    }

    /// The data a symbol carries after its leading FNC1: AIs and values run together, with
    /// [`GS`] after each variable-length value that is not the last.
    pub fn to_fnc1_data(&self) -> Vec<u8> {
        let mut out = Vec::new();
        for (i, e) in self.elements.iter().enumerate() {
            out.extend_from_slice(e.ai.as_bytes());
            out.extend_from_slice(e.value.as_bytes());
            if !e.fixed_length && i + 1 < self.elements.len() {
                out.push(GS);
            }
        }
        out
    }

    /// Human-readable interpretation: `(01)09521234543213(10)ABC`.
    pub fn to_hri(&self) -> String {
        self.elements
            .iter()
            .map(|e| format!("({}){}", e.ai, e.value))
            .collect()
    }
}
