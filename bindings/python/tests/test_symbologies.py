"""The options and style fields of every symbology family: ``encode``'s keyword arguments and the
render methods' keyword arguments give what the same request gives to ``generate``."""

from __future__ import annotations

from typing import Any

import pytest

import codevault
from codevault import Symbology

# (symbology, data, request options): one case per family and option.
CASES: list[tuple[str, str, dict[str, Any]]] = [
    ("datamatrix", "[01]09501101530003[17]250101[10]ABC", {"fnc1": "gs1"}),
    ("datamatrix", "HELLO WORLD", {"version": "16x48", "reader_init": False}),
    ("datamatrix", "HELLO", {"square_only": True}),
    ("datamatrix", "HELLO WORLD 123456", {"dmre": True}),
    ("datamatrix", "PART", {"structured_append": {"index": 2, "count": 3, "parity": 0}, "structured_append_id": "42007"}),
    ("datamatrix", "Grüße", {"eci": 26}),
    ("pdf417", "PDF417 test 12345", {"security_level": 4, "columns": 3}),
    ("pdf417", "PDF417 rows", {"rows": 12}),
    ("pdf417", "aspect", {"aspect_ratio": 0.5}),
    ("pdf417", "compact pdf", {"compact": True, "reader_init": True}),
    (
        "pdf417",
        "segment",
        {
            "macro_pdf417": {
                "segment_index": 1,
                "segment_count": 3,
                "file_id": "123456",
                "file_name": "report.txt",
                "time_stamp": 1700000000,
                "sender": "CV",
                "addressee": "YOU",
                "file_size": 4096,
                "checksum": 4660,
            }
        },
    ),
    ("pdf417", "last", {"macro_pdf417": {"segment_index": 0, "file_id": "7", "last_segment": True}}),
    ("aztec", "Aztec Code 2D", {"ecc_percent": 50}),
    ("aztec", "compact", {"compact": True}),
    ("aztec", "[01]09501101530003", {"fnc1": "gs1"}),
    ("aztec", "message", {"structured_append": {"index": 1, "count": 2, "parity": 0}, "structured_append_id": "ID42"}),
    ("aztec", "init", {"reader_init": True, "version": "C1"}),
    ("aztec-rune", "25", {}),
    ("code128", "Code 128 \\^1x", {"extra_escape": True}),
    ("code128", "INIT", {"reader_init": True}),
    ("gs1-128", "[01]09501101530003[10]AB-123", {}),
    ("ean13", "9501234567891", {"addon": "12"}),
    ("ean13", "950123456789", {"addon": "52495", "addon_gap": 10}),
    ("ean8", "9501234", {}),
    ("upca", "01234567890", {"addon": "12", "addon_gap": 12}),
    ("upce", "0123456", {}),
    ("code39", "CODE39", {"check_digit": True}),
    ("code39", "full ascii!", {"full_ascii": True}),
    ("code93", "code 93", {"full_ascii": True, "show_check_digits": True}),
    ("itf", "1234567", {"check_digit": True, "bearer": "horizontal"}),
    ("itf14", "1234567890123", {"bearer": "none"}),
    ("itf14", "1234567890123", {"bearer": "frame"}),
    ("codabar", "A1234B", {"check_digit": True, "show_check_digits": True}),
    ("imb", "01234567094987654321-01234567891", {}),
    ("postnet", "12345", {}),
    ("rm4scc", "SN34RD1A", {}),
]


def kwargs_of(options: dict[str, Any]) -> dict[str, Any]:
    """Request options as ``encode`` keyword arguments."""
    kwargs = dict(options)
    if kwargs.pop("fnc1", None) == "gs1":
        kwargs["gs1"] = True
    sa = kwargs.get("structured_append")
    if isinstance(sa, dict):
        kwargs["structured_append"] = (sa["index"], sa["count"])
    return kwargs


def rows(symbol: codevault.Symbol) -> list[str]:
    return ["".join("1" if m else "0" for m in row) for row in symbol.to_matrix()]


@pytest.mark.parametrize(("symbology", "data", "options"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_encode_options_match_generate(symbology: str, data: str, options: dict[str, Any]) -> None:
    symbol = codevault.encode(data, symbology=symbology, **kwargs_of(options))
    artifacts = codevault.generate(
        {"data": data, "symbology": symbology, "options": options, "outputs": ["matrix", "svg"]}
    )
    matrix = artifacts.get("matrix")
    assert matrix is not None
    assert rows(symbol) == (matrix.text() or "").splitlines()
    assert symbol.info() == artifacts.symbol
    assert symbol.symbology == symbology
    svg = artifacts.get("svg")
    assert svg is not None and svg.text() == symbol.to_svg()


def test_options_change_the_symbol() -> None:
    """Each new keyword argument reaches the encoder (a different symbol than without it)."""
    pairs: list[tuple[str, str, dict[str, Any]]] = [
        ("aztec", "Aztec Code 2D", {"ecc_percent": 80}),
        ("pdf417", "PDF417 test", {"security_level": 5}),
        ("pdf417", "PDF417 test", {"columns": 5}),
        ("pdf417", "PDF417 test", {"rows": 20}),
        ("pdf417", "PDF417 test", {"aspect_ratio": 2.0}),
        ("pdf417", "PDF417 test", {"compact": True}),
        ("pdf417", "PDF417 test", {"macro_pdf417": {"segment_index": 0, "segment_count": 2}}),
        ("datamatrix", "1234567890123456789012345", {"square_only": True}),
        ("datamatrix", "HELLO", {"reader_init": True}),
        ("datamatrix", "HELLO", {"structured_append": (1, 2), "structured_append_id": 2003}),
        ("aztec", "HELLO", {"structured_append": (1, 2), "structured_append_id": "X1"}),
        ("code39", "ABC", {"check_digit": True}),
        ("code128", "A\\^1B", {"extra_escape": True}),
        ("ean13", "950123456789", {"addon": "12"}),
        ("ean13", "950123456789+12", {"addon_gap": 12}),
        ("itf", "1234", {"check_digit": True}),
        ("itf", "1234", {"bearer": "frame"}),
        ("codabar", "A123B", {"check_digit": True}),
    ]
    for symbology, data, kwargs in pairs:
        plain = codevault.encode(data, symbology=symbology)
        with_option = codevault.encode(data, symbology=symbology, **kwargs)
        changed = (
            plain.to_matrix() != with_option.to_matrix()
            or plain.to_svg() != with_option.to_svg()
        )
        assert changed, f"{symbology} {kwargs} made no difference"
    # Lower case needs full ASCII in Code 39.
    with pytest.raises(codevault.CodeVaultError):
        codevault.encode("abc", symbology="code39")
    assert codevault.encode("abc", symbology="code39", full_ascii=True).width > 0


def test_style_fields_match_generate() -> None:
    style: dict[str, Any] = {
        "x_dim_mm": 0.33,
        "dpi": 600,
        "bar_height_mm": 15.0,
        "print_gain": 5.0,
        "text": True,
        "font_size": 9.5,
        "quiet_zone_markers": True,
    }
    symbol = codevault.encode("9501234567891", symbology=Symbology.EAN13, addon="12")
    artifacts = codevault.generate(
        {"data": "9501234567891", "symbology": "ean13", "options": {"addon": "12"}, "style": style, "outputs": ["png", "svg"]}
    )
    png, svg = artifacts.get("png"), artifacts.get("svg")
    assert png is not None and svg is not None
    assert symbol.to_png(**style) == png.data
    assert symbol.to_svg(**style) == svg.text()
    assert 'mm"' in (svg.text() or "")
    assert symbol.to_png(**style) != symbol.to_png()
    # Each field changes the drawing.
    base = symbol.to_svg()
    changes: list[tuple[str, Any]] = [
        ("x_dim_mm", 0.5),
        ("bar_height", 30),
        ("print_gain", 10),
        ("text", False),
        ("font_size", 12),
        ("quiet_zone_markers", True),
    ]
    for field, value in changes:
        kwargs: dict[str, Any] = {field: value}
        assert symbol.to_svg(**kwargs) != base, field
    itf14 = codevault.encode("1234567890123", symbology="itf14")
    assert itf14.to_svg(bearer_thickness=2) != itf14.to_svg()
    assert itf14.to_text(bearer_thickness=0) is not None
    pil = pytest.importorskip("PIL.Image")
    image = itf14.to_pil(module_size=2, bar_height=20, text=False, bearer_thickness=0)
    assert isinstance(image, pil.Image)


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"bar_height": 10, "bar_height_mm": 5}, codevault.InvalidSizeError),
        ({"print_gain": 60}, codevault.InvalidSizeError),
        ({"x_dim_mm": 0}, codevault.InvalidSizeError),
        ({"font_size": float("nan")}, codevault.InvalidSizeError),
        ({"bearer_thickness": -1}, codevault.InvalidSizeError),
        ({"bar_height": "10"}, TypeError),
        ({"x_dim_mm": True}, TypeError),
        ({"text": 1}, TypeError),
    ],
)
def test_bad_style_fields(kwargs: dict[str, Any], error: type[Exception]) -> None:
    symbol = codevault.encode("12345670", symbology="ean8")
    with pytest.raises(error):
        symbol.to_svg(**kwargs)


@pytest.mark.parametrize(
    ("symbology", "kwargs", "error"),
    [
        ("itf", {"bearer": "diagonal"}, codevault.InvalidOptionError),
        ("itf", {"bearer": 1}, TypeError),
        ("pdf417", {"security_level": 9}, codevault.InvalidOptionError),
        ("pdf417", {"columns": 31}, codevault.InvalidOptionError),
        ("pdf417", {"columns": 70000}, codevault.InvalidOptionError),
        ("pdf417", {"macro_pdf417": {"segment_idx": 1}}, TypeError),
        ("pdf417", {"macro_pdf417": {"file_id": 12}}, TypeError),
        ("pdf417", {"macro_pdf417": [1, 2]}, TypeError),
        ("pdf417", {"aspect_ratio": "wide"}, TypeError),
        ("aztec", {"ecc_percent": 99}, codevault.InvalidOptionError),
        ("aztec", {"ecc_percent": 1000}, codevault.InvalidOptionError),
        ("datamatrix", {"structured_append": (1, 2), "structured_append_id": 255001}, codevault.InvalidOptionError),
        ("datamatrix", {"structured_append_id": 1.5}, TypeError),
        ("ean13", {"addon": 12}, TypeError),
        ("ean13", {"addon_gap": -1}, codevault.InvalidOptionError),
        ("code39", {"check_digit": "yes"}, TypeError),
    ],
)
def test_bad_options(symbology: str, kwargs: dict[str, Any], error: type[Exception]) -> None:
    with pytest.raises(error):
        codevault.encode("12345", symbology=symbology, **kwargs)


def test_wrong_ean_check_digit_is_invalid_data() -> None:
    with pytest.raises(codevault.InvalidDataError) as info:
        codevault.encode("9501234567890", symbology=Symbology.EAN13)
    e = info.value
    assert isinstance(e, codevault.CodeVaultError)
    assert (e.code, e.name) == (17, "invalid-data")
    assert str(e) == "invalid EAN-13 check digit: is 0, should be 1"
    with pytest.raises(codevault.InvalidDataError, match="invalid EAN-13 check digit: is 0, should be 1"):
        codevault.generate({"data": "9501234567890", "symbology": "ean13"})


def test_invalid_data_of_other_families() -> None:
    with pytest.raises(codevault.InvalidDataError):
        codevault.encode("12345670", symbology="ean8", addon="123")
    with pytest.raises(codevault.CodeVaultError):
        codevault.encode("[01]12345", symbology="gs1-128")
