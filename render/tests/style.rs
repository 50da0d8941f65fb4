//! Colours and styles: parsing, validation, error messages and (feature `serde`) JSON.

use codevault_render::{Color, RenderError, Style};

#[test]
fn bad_colour_strings_are_invalid_color() {
    for s in [
        "",
        "red",
        "#12",
        "#12345",
        "#1234567",
        "#xyzxyz",
        "rgb(0,0,0)",
        "##000000",
    ] {
        let err = Color::parse(s).unwrap_err();
        assert_eq!(
            err,
            RenderError::InvalidColor {
                value: s.to_owned()
            }
        );
        assert!(err.to_string().starts_with("invalid colour"), "{err}");
    }
}

#[test]
fn good_colour_strings() {
    assert_eq!(Color::parse("#000").unwrap(), Color::BLACK);
    assert_eq!(Color::parse("#FFFFFF").unwrap(), Color::WHITE);
    assert_eq!(Color::parse("transparent").unwrap(), Color::TRANSPARENT);
    assert_eq!(
        Color::parse("#01020304").unwrap(),
        Color {
            r: 1,
            g: 2,
            b: 3,
            a: 4
        }
    );
    assert_eq!("#abc".parse::<Color>().unwrap().to_hex(), "#aabbcc");
    assert_eq!(Color::TRANSPARENT.to_string(), "#00000000");
}

#[test]
fn defaults() {
    let s = Style::default();
    assert_eq!(
        (s.dark, s.light, s.module_size),
        (Color::BLACK, Color::WHITE, 10)
    );
    assert_eq!((s.quiet_zone, s.dpi), (None, None));
    assert_eq!(s.validate(), Ok(()));
}

#[test]
fn error_messages_are_lower_case_without_full_stop() {
    let errors = [
        RenderError::InvalidColor { value: "x".into() },
        RenderError::InvalidSize {
            what: "quiet zone",
            value: 5000,
            max: 1000,
        },
        RenderError::ImageTooLarge {
            width: 1,
            height: 2,
            max_pixels: 3,
        },
        RenderError::Png {
            message: "boom".into(),
        },
    ];
    let expected = [
        "invalid colour \"x\": use #RGB, #RRGGBB, #RRGGBBAA or black, white, transparent",
        "quiet zone 5000 is out of range: use a value from 0 to 1000",
        "image of 1x2 pixels exceeds the limit of 3 pixels: use a smaller module size or quiet zone",
        "png encoding failed: boom",
    ];
    for (e, want) in errors.iter().zip(expected) {
        assert_eq!(e.to_string(), want);
    }
}

#[cfg(feature = "serde")]
mod json {
    use super::*;

    #[test]
    fn colours_are_strings() {
        let style = Style {
            dark: Color::parse("#1a237e").unwrap(),
            light: Color::TRANSPARENT,
            module_size: 8,
            quiet_zone: Some(2),
            dpi: Some(300),
            ..Style::default()
        };
        let json = serde_json::to_string(&style).unwrap();
        assert_eq!(
            json,
            r##"{"dark":"#1a237e","light":"#00000000","module_size":8,"quiet_zone":2,"dpi":300}"##
        );
        assert_eq!(serde_json::from_str::<Style>(&json).unwrap(), style);
    }

    #[test]
    fn every_field_is_optional_and_names_are_accepted() {
        let style: Style = serde_json::from_str(r#"{"light": "transparent"}"#).unwrap();
        assert_eq!(
            style,
            Style {
                light: Color::TRANSPARENT,
                ..Style::default()
            }
        );
        assert_eq!(
            serde_json::from_str::<Style>("{}").unwrap(),
            Style::default()
        );
    }

    #[test]
    fn unknown_fields_and_bad_colours_are_refused() {
        let err = serde_json::from_str::<Style>(r##"{"colour": "#000"}"##).unwrap_err();
        assert!(err.to_string().contains("unknown field"), "{err}");
        let err = serde_json::from_str::<Style>(r#"{"dark": "blackish"}"#).unwrap_err();
        assert!(err.to_string().contains("invalid colour"), "{err}");
    }

    #[test]
    fn linear_fields_round_trip_and_defaults_are_not_written() {
        let json = r#"{"x_dim_mm":0.33,"bar_height":60.0,"print_gain":-2.5,"text":false,"font_size":7.0,"quiet_zone_markers":true,"bearer_thickness":2.0}"#;
        let style: Style = serde_json::from_str(json).unwrap();
        assert_eq!(
            style,
            Style {
                x_dim_mm: Some(0.33),
                bar_height: Some(60.0),
                print_gain: -2.5,
                text: false,
                font_size: Some(7.0),
                quiet_zone_markers: true,
                bearer_thickness: Some(2.0),
                ..Style::default()
            }
        );
        let back = serde_json::to_string(&style).unwrap();
        assert!(back.ends_with(&json[1..]), "{back}");
        // The defaults of the new fields are left out, so older readers see the same keys.
        assert_eq!(
            serde_json::to_string(&Style::default()).unwrap(),
            r##"{"dark":"#000000","light":"#ffffff","module_size":10,"quiet_zone":null,"dpi":null}"##
        );
        let mm: Style = serde_json::from_str(r#"{"bar_height_mm": 22.85}"#).unwrap();
        assert_eq!(mm.bar_height_mm, Some(22.85));
    }

    #[test]
    fn nan_cannot_come_from_json_and_bad_numbers_fail_validation() {
        // JSON has no NaN; out-of-range numbers parse and are refused by validate().
        assert!(serde_json::from_str::<Style>(r#"{"print_gain": NaN}"#).is_err());
        let style: Style = serde_json::from_str(r#"{"x_dim_mm": -0.1}"#).unwrap();
        assert!(matches!(
            style.validate(),
            Err(RenderError::InvalidStyle {
                field: "x_dim_mm",
                ..
            })
        ));
    }

    #[cfg(feature = "text")]
    #[test]
    fn text_style_is_kebab_case() {
        use codevault_render::TextStyle;
        assert_eq!(
            serde_json::to_string(&TextStyle::HalfBlocks).unwrap(),
            "\"half-blocks\""
        );
        assert_eq!(
            serde_json::from_str::<TextStyle>("\"ascii\"").unwrap(),
            TextStyle::Ascii
        );
    }
}
