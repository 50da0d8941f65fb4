//! Colours: parsing, formatting and (with the `serde` feature) their string form in JSON.

use std::fmt;

use crate::RenderError;

/// An sRGB colour with straight (not premultiplied) alpha.
///
/// In JSON (feature `serde`) a colour is a string: `"#rrggbb"` when opaque, `"#rrggbbaa"`
/// otherwise; anything [`Color::parse`] accepts is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Color {
    /// Red, 0–255.
    pub r: u8,
    /// Green, 0–255.
    pub g: u8,
    /// Blue, 0–255.
    pub b: u8,
    /// Alpha, 0 (transparent) – 255 (opaque).
    pub a: u8,
}

impl Color {
    /// Opaque black, `#000000`.
    pub const BLACK: Color = Color::rgb(0, 0, 0);
    /// Opaque white, `#ffffff`.
    pub const WHITE: Color = Color::rgb(255, 255, 255);
    /// Fully transparent (black with alpha 0), `#00000000`.
    pub const TRANSPARENT: Color = Color {
        r: 0,
        g: 0,
        b: 0,
        a: 0,
    };

    /// An opaque colour.
    pub const fn rgb(r: u8, g: u8, b: u8) -> Color {
        Color { r, g, b, a: 255 }
    }

    /// Whether alpha is 255.
    pub const fn is_opaque(&self) -> bool {
        self.a == 255
    }

    /// Whether alpha is 0.
    pub const fn is_transparent(&self) -> bool {
        self.a == 0
    }

    /// Parses `#RGB`, `#RGBA`, `#RRGGBB`, `#RRGGBBAA` (hex digits in either case) or one of the
    /// names `black`, `white`, `transparent` (any case). Surrounding whitespace is ignored.
    ///
    /// ```
    /// use codevault_render::Color;
    /// assert_eq!(Color::parse("#f00").unwrap(), Color::rgb(255, 0, 0));
    /// assert_eq!(Color::parse("#11223380").unwrap().a, 0x80);
    /// assert_eq!(Color::parse("White").unwrap(), Color::WHITE);
    /// assert!(Color::parse("red-ish").is_err());
    /// ```
    pub fn parse(s: &str) -> Result<Color, RenderError> {
        let bad = || RenderError::InvalidColor {
            value: s.to_owned(),
        };
        let t = s.trim();
        if t.eq_ignore_ascii_case("black") {
            return Ok(Color::BLACK);
        }
        if t.eq_ignore_ascii_case("white") {
            return Ok(Color::WHITE);
        }
        if t.eq_ignore_ascii_case("transparent") {
            return Ok(Color::TRANSPARENT);
        }
        let hex = t.strip_prefix('#').ok_or_else(bad)?;
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(bad());
        }
        let digits: Vec<u8> = hex.bytes().map(hex_value).collect();
        let c = match digits.len() {
            3 | 4 => {
                let d = |i: usize| digits.get(i).map_or(255, |v| v * 17);
                Color {
                    r: d(0),
                    g: d(1),
                    b: d(2),
                    a: d(3),
                }
            }
            6 | 8 => {
                let d = |i: usize| digits.get(i).map_or(255, |hi| hi * 16 + digits[i + 1]);
                Color {
                    r: d(0),
                    g: d(2),
                    b: d(4),
                    a: d(6),
                }
            }
            _ => return Err(bad()),
        };
        Ok(c)
    }

    /// `#rrggbb` (lower case) when opaque, `#rrggbbaa` otherwise.
    pub fn to_hex(&self) -> String {
        if self.is_opaque() {
            format!("#{:02x}{:02x}{:02x}", self.r, self.g, self.b)
        } else {
            format!("#{:02x}{:02x}{:02x}{:02x}", self.r, self.g, self.b, self.a)
        }
    }

    /// `#rrggbb` ignoring alpha (for SVG `fill`, which takes opacity separately).
    #[cfg(feature = "svg")]
    pub(crate) fn to_rgb_hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.r, self.g, self.b)
    }
}

fn hex_value(b: u8) -> u8 {
    match b {
        b'0'..=b'9' => b - b'0',
        b'a'..=b'f' => b - b'a' + 10,
        _ => b - b'A' + 10,
    }
}

impl fmt::Display for Color {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_hex())
    }
}

impl std::str::FromStr for Color {
    type Err = RenderError;

    fn from_str(s: &str) -> Result<Color, RenderError> {
        Color::parse(s)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Color {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_hex())
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Color {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Color, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Color;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a colour string such as \"#1a2b3c\", \"#1a2b3c80\" or \"white\"")
            }

            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Color, E> {
                Color::parse(v).map_err(E::custom)
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_hex() {
        for s in ["#000000", "#ffffff", "#12abef", "#12abef00", "#00000080"] {
            assert_eq!(Color::parse(s).unwrap().to_hex(), s);
        }
        assert_eq!(Color::parse("#ABC").unwrap(), Color::rgb(0xaa, 0xbb, 0xcc));
        assert_eq!(
            Color::parse(" #abcd ").unwrap(),
            Color {
                r: 0xaa,
                g: 0xbb,
                b: 0xcc,
                a: 0xdd
            }
        );
        assert_eq!(Color::parse("TRANSPARENT").unwrap(), Color::TRANSPARENT);
    }

    #[test]
    fn rejects_garbage() {
        for s in [
            "",
            "#",
            "#12",
            "#12345",
            "#1234567",
            "#123456789",
            "#gggggg",
            "red",
            "000000",
        ] {
            assert_eq!(
                Color::parse(s),
                Err(RenderError::InvalidColor {
                    value: s.to_owned()
                }),
                "{s:?}"
            );
        }
        // Non-ASCII must not panic on byte slicing.
        assert!(Color::parse("#ééé").is_err());
    }
}
