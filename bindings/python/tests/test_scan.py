"""Scan check: zxing-cpp reads our PNGs back (QR, Micro QR, rMQR)."""

from __future__ import annotations

import io
from typing import Any

import pytest

import codevault

zxingcpp = pytest.importorskip("zxingcpp")
Image = pytest.importorskip("PIL.Image")


def read(png: bytes) -> list[Any]:
    return list(zxingcpp.read_barcodes(Image.open(io.BytesIO(png)).convert("L")))


@pytest.mark.parametrize(
    ("data", "kwargs", "format_name"),
    [
        ("https://example.com/codevault?utm_source=print", {}, "QRCode"),
        ("Grüße aus Zürich, 世界", {"ecc": "H"}, "QRCode"),
        ("12345", {"symbology": "micro-qr"}, "MicroQRCode"),
        ("HELLO RMQR 2026", {"symbology": "rmqr"}, "RMQRCode"),
        ("A" * 1500, {"ecc": "L"}, "QRCode"),
    ],
)
def test_zxing_reads_our_png(data: str, kwargs: dict[str, Any], format_name: str) -> None:
    symbol = codevault.encode(data, **kwargs)
    results = read(symbol.to_png(module_size=4))
    assert len(results) == 1, f"zxing-cpp found {len(results)} symbols"
    assert results[0].text == data
    assert format_name.lower() in str(results[0].format).replace(" ", "").lower()


def test_zxing_reads_styled_png() -> None:
    artifacts = codevault.generate(
        {
            "data": "styled",
            "style": {"dark": "#1a237e", "light": "#fffde7", "module_size": 6},
            "outputs": ["png"],
        }
    )
    png = artifacts.get("png")
    assert png is not None
    results = read(png.data)
    assert [r.text for r in results] == ["styled"]
