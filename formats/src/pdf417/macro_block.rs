//! Macro PDF417 control block (ISO/IEC 15438 Annex H): one file split over up to 99 999 symbols.

use super::compaction::{compact_text, encode_numeric};
use crate::EncodeError;

/// Begins the control block.
const MACRO: u16 = 928;
/// Begins an optional field.
const OPTIONAL_FIELD: u16 = 923;
/// Ends the control block of the file's last segment.
const TERMINATOR: u16 = 922;

/// Macro PDF417: which segment of a file this symbol is, and the optional file fields.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(default, deny_unknown_fields))]
#[non_exhaustive]
pub struct MacroPdf417 {
    /// This symbol's place in the file, counting from 0 (0–99 998). zint's `--structapp=I,C`
    /// counts from 1: `I` = `segment_index + 1`.
    pub segment_index: u32,
    /// File ID as decimal digits read in groups of three, each group 000–899 becoming one
    /// codeword (zint's convention; a last group of one or two digits is its value). Every
    /// segment of a file carries the same ID. Empty: no ID.
    pub file_id: String,
    /// Number of segments in the file (1–99 999), optional field 1.
    pub segment_count: Option<u32>,
    /// File name (text compaction characters: printable ASCII, tab, CR, LF), optional field 0.
    pub file_name: Option<String>,
    /// Time stamp (seconds since 1970-01-01 UTC), optional field 2.
    pub time_stamp: Option<u64>,
    /// Sender (text compaction characters), optional field 3.
    pub sender: Option<String>,
    /// Addressee (text compaction characters), optional field 4.
    pub addressee: Option<String>,
    /// File size in bytes, optional field 5.
    pub file_size: Option<u64>,
    /// CRC-16 checksum of the whole file, optional field 6.
    pub checksum: Option<u16>,
    /// Marks the file's last segment (codeword 922). Also written when `segment_count` is given
    /// and this is segment `segment_count - 1`.
    pub last_segment: bool,
}

impl MacroPdf417 {
    /// Segment `segment_index` of a file of `segment_count` segments, with `file_id` (digits).
    pub fn new(segment_index: u32, segment_count: u32, file_id: &str) -> MacroPdf417 {
        MacroPdf417 {
            segment_index,
            segment_count: Some(segment_count),
            file_id: file_id.to_string(),
            ..MacroPdf417::default()
        }
    }

    /// The control block's codewords, checking every field.
    pub(super) fn codewords(&self) -> Result<Vec<u16>, EncodeError> {
        let mut out = vec![MACRO];
        if self.segment_index > 99_998 {
            return Err(EncodeError::data(
                "Macro PDF417 segment_index",
                format!("is {}, must be 0 to 99998", self.segment_index),
            ));
        }
        // The index is always 5 digits: two numeric codewords.
        encode_numeric(format!("{:05}", self.segment_index).as_bytes(), &mut out);
        let id = self.file_id.as_bytes();
        for (i, triplet) in id.chunks(3).enumerate() {
            let mut v = 0u16;
            for (j, &d) in triplet.iter().enumerate() {
                if !d.is_ascii_digit() {
                    return Err(EncodeError::data(
                        "Macro PDF417 file_id",
                        format!(
                            "{:?} at {} is not a digit: use digits only",
                            d as char,
                            i * 3 + j
                        ),
                    ));
                }
                v = v * 10 + u16::from(d - b'0');
            }
            if v > 899 {
                return Err(EncodeError::data(
                    "Macro PDF417 file_id",
                    format!(
                        "group {} ({}) is over 899: each group of three digits must be 000 to 899",
                        i + 1,
                        String::from_utf8_lossy(triplet)
                    ),
                ));
            }
            out.push(v);
        }
        let text = |out: &mut Vec<u16>, field: &str, tag: u16, value: &str| {
            if value.len() > super::MAX_INPUT {
                return Err(EncodeError::data(
                    format!("Macro PDF417 {field}"),
                    format!(
                        "is {} bytes; a symbol holds at most 1,850 text characters: shorten it",
                        value.len()
                    ),
                ));
            }
            out.extend([OPTIONAL_FIELD, tag]);
            compact_text(value.as_bytes(), out).map_err(|at| {
                EncodeError::data(
                    format!("Macro PDF417 {field}"),
                    format!(
                        "byte 0x{:02x} at {at} is not a text compaction character: use \
                         printable ASCII, tab, CR or LF",
                        value.as_bytes().get(at).copied().unwrap_or(0)
                    ),
                )
            })
        };
        let number = |out: &mut Vec<u16>, tag: u16, digits: &str| {
            out.extend([OPTIONAL_FIELD, tag]);
            encode_numeric(digits.as_bytes(), out);
        };
        if let Some(name) = &self.file_name {
            text(&mut out, "file_name", 0, name)?;
        }
        if let Some(count) = self.segment_count {
            if !(1..=99_999).contains(&count) {
                return Err(EncodeError::data(
                    "Macro PDF417 segment_count",
                    format!("is {count}, must be 1 to 99999"),
                ));
            }
            if self.segment_index >= count {
                return Err(EncodeError::data(
                    "Macro PDF417 segment_index",
                    format!(
                        "is {} but the file has {count} segments: the index counts from 0 and must \
                         be below segment_count",
                        self.segment_index
                    ),
                ));
            }
            number(&mut out, 1, &format!("{count:05}"));
        }
        if let Some(t) = self.time_stamp {
            number(&mut out, 2, &t.to_string());
        }
        if let Some(s) = &self.sender {
            text(&mut out, "sender", 3, s)?;
        }
        if let Some(a) = &self.addressee {
            text(&mut out, "addressee", 4, a)?;
        }
        if let Some(size) = self.file_size {
            number(&mut out, 5, &size.to_string());
        }
        if let Some(crc) = self.checksum {
            number(&mut out, 6, &crc.to_string());
        }
        let last = self
            .segment_count
            .is_some_and(|c| self.segment_index + 1 == c);
        if self.last_segment || last {
            out.push(TERMINATOR);
        }
        Ok(out)
    }
}
