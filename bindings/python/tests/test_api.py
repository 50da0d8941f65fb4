"""The Python API: argument types, enums, rendering, errors for bad input, threads."""

from __future__ import annotations

import io
import json
import re
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Callable

import pytest

import codevault
from codevault import EcLevel, Mode, OutputFormat, Symbology
from codevault import _native


def test_version() -> None:
    assert re.fullmatch(r"\d+\.\d+\.\d+.*", codevault.__version__)


def test_enums_match_the_core() -> None:
    assert [s.value for s in Symbology] == _native.SYMBOLOGIES
    assert [e.value for e in EcLevel] == _native.EC_LEVELS
    assert [m.value for m in Mode] == _native.MODES
    assert [f.value for f in OutputFormat] == _native.OUTPUT_FORMATS


def test_enums_and_strings_are_interchangeable() -> None:
    a = codevault.encode("HELLO", symbology=Symbology.MICRO_QR, ecc=EcLevel.L, mode=Mode.ALPHANUMERIC)
    b = codevault.encode("HELLO", symbology="micro-qr", ecc="l", mode="alphanumeric")
    assert a.to_matrix() == b.to_matrix()
    assert a.symbology == Symbology.MICRO_QR and a.version.startswith("M")


def test_data_types_agree() -> None:
    text = "Grüße, 世界"
    raw = text.encode("utf-8")
    expected = codevault.encode(raw).to_matrix()
    assert codevault.encode(text).to_matrix() == expected
    assert codevault.encode(bytearray(raw)).to_matrix() == expected
    assert codevault.encode(memoryview(raw)).to_matrix() == expected


def test_path_like_reads_the_file(tmp_path: Path) -> None:
    f = tmp_path / "payload.bin"
    f.write_bytes(b"\x00\xffbinary\x80")
    expected = codevault.encode(b"\x00\xffbinary\x80").to_matrix()
    assert codevault.encode(f).to_matrix() == expected
    with pytest.raises(FileNotFoundError):
        codevault.encode(tmp_path / "missing.bin")


def test_invalid_utf8_bytes_are_just_bytes() -> None:
    symbol = codevault.encode(b"\xff\xfe\xc3\x28")
    assert symbol.width == 21


@pytest.mark.parametrize("value", [None, 12, 1.5, ["a"], {"a": 1}, object()])
def test_wrong_data_types_raise_type_error(value: Any) -> None:
    with pytest.raises(TypeError):
        codevault.encode(value)


def test_lone_surrogates_raise_unicode_error() -> None:
    with pytest.raises(UnicodeEncodeError):
        codevault.encode("a\ud800b")
    with pytest.raises(UnicodeEncodeError):
        codevault.generate_json('{"data": "a\ud800"}')


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"ecc": "X"}, codevault.InvalidOptionError),
        ({"version": 41}, codevault.InvalidOptionError),
        ({"version": "M3"}, codevault.InvalidOptionError),
        ({"version": -1}, codevault.InvalidOptionError),
        ({"mask": 8}, codevault.InvalidOptionError),
        ({"mask": -1}, codevault.InvalidOptionError),
        ({"mask": 10**30}, codevault.InvalidOptionError),
        ({"eci": 10**12}, codevault.InvalidOptionError),
        ({"eci": 1_000_000}, codevault.InvalidOptionError),
        ({"mode": "hex"}, codevault.InvalidOptionError),
        ({"symbology": "hexcode"}, codevault.UnknownSymbologyError),
        ({"gs1": True, "industry": 5}, codevault.InvalidOptionError),
        ({"structured_append": (1, 300, 0)}, codevault.InvalidOptionError),
    ],
)
def test_bad_options_raise_typed_errors(kwargs: dict[str, Any], error: type[Exception]) -> None:
    with pytest.raises(error):
        codevault.encode("HELLO", **kwargs)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"ecc": 1},
        {"mask": "1"},
        {"mask": True},
        {"eci": 2.0},
        {"symbology": 1},
        {"mode": 3},
        {"structured_append": [1, 2]},
    ],
)
def test_wrong_option_types_raise_type_error(kwargs: dict[str, Any]) -> None:
    with pytest.raises(TypeError):
        codevault.encode("HELLO", **kwargs)


def test_huge_inputs_raise_data_too_long() -> None:
    for data in ("9" * 10_000_000, b"\x00" * 5_000_000):
        with pytest.raises(codevault.DataTooLongError):
            codevault.encode(data)
    with pytest.raises(codevault.DataTooLongError):
        codevault.generate({"data": "A" * 1_000_000})


def test_style_errors() -> None:
    symbol = codevault.encode("HELLO")
    with pytest.raises(codevault.InvalidColorError):
        symbol.to_svg(dark="red-ish")
    with pytest.raises(codevault.InvalidSizeError):
        symbol.to_png(module_size=0)
    with pytest.raises(codevault.InvalidSizeError):
        symbol.to_png(dpi=0)
    with pytest.raises(codevault.InvalidOptionError):
        symbol.to_png(module_size=-5)
    with pytest.raises(codevault.ImageTooLargeError):
        symbol.to_png(module_size=1000, quiet_zone=1000)
    with pytest.raises(TypeError):
        symbol.to_svg(dark=0x000000)  # type: ignore[arg-type]


def test_render_outputs() -> None:
    symbol = codevault.encode("https://example.com", ecc=EcLevel.H, boost=False)
    assert (symbol.width, symbol.height, symbol.ecc, symbol.quiet_zone) == (29, 29, "H", 4)
    assert symbol.version == "3" and symbol.mask is not None and 0 <= symbol.mask < 8
    svg = symbol.to_svg(dark="#1a237e", light="#fffde7", module_size=6)
    assert svg.startswith("<svg") and "#1a237e" in svg
    png = symbol.to_png(module_size=3, quiet_zone=2, dpi=300)
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and b"pHYs" in png
    text = symbol.to_text()
    assert "█" in text or "▀" in text
    matrix = symbol.to_matrix()
    assert len(matrix) == 29 and all(len(r) == 29 for r in matrix)
    assert matrix[0][:7] == [True] * 7
    assert symbol.data_bits <= symbol.capacity_bits
    assert "Symbol(" in repr(symbol)


def test_encode_matches_generate() -> None:
    symbol = codevault.encode("HELLO", ecc="Q", version=2, boost=False)
    artifacts = codevault.generate(
        {"data": "HELLO", "options": {"ecc": "Q", "version": 2, "boost": False}, "outputs": ["png", "matrix", "svg", "txt"]}
    )
    assert symbol.info() == artifacts.symbol
    assert artifacts.get(OutputFormat.PNG) is not None
    png = artifacts.get("png")
    assert png is not None and png.data == symbol.to_png()
    svg = artifacts.get("svg")
    assert svg is not None and svg.text() == symbol.to_svg()
    txt = artifacts.get("txt")
    assert txt is not None and txt.text() == symbol.to_text()
    assert txt.media_type == "text/plain; charset=utf-8"
    assert artifacts.get("svg") is artifacts.get("svg")
    with pytest.raises(codevault.InvalidOptionError):
        artifacts.get("gif")
    assert codevault.generate({"data": "x"}).get("png") is None
    assert "Artifacts(" in repr(artifacts) and "Artifact(" in repr(artifacts.outputs[0])


def test_generate_json_round_trip() -> None:
    out = json.loads(codevault.generate_json('{"data": "HELLO", "outputs": ["matrix"]}'))
    assert out["symbol"]["width"] == 21
    assert out["outputs"][0]["media_type"] == "text/plain"


@pytest.mark.parametrize("request_", [12, None, b"{}", ["data"]])
def test_generate_wrong_types(request_: Any) -> None:
    with pytest.raises(TypeError):
        codevault.generate(request_)


def test_generate_dict_with_bytes_or_nan() -> None:
    with pytest.raises(TypeError):
        codevault.generate({"data": b"bytes"})
    with pytest.raises(ValueError):
        codevault.generate({"data": "x", "style": {"module_size": float("nan")}})
    with pytest.raises(codevault.InvalidJsonError):
        codevault.generate({"data": "x", "style": {"module_size": 1.5}})
    with pytest.raises(TypeError):
        codevault.generate_json({"data": "x"})  # type: ignore[arg-type]


def test_to_pil() -> None:
    pil = pytest.importorskip("PIL.Image")
    image = codevault.encode("HELLO").to_pil(module_size=2)
    assert isinstance(image, pil.Image)
    assert image.size == (2 * (21 + 8), 2 * (21 + 8))


def test_threads_share_objects_and_run_in_parallel() -> None:
    symbol = codevault.encode("shared symbol")
    expected_png = symbol.to_png()
    payloads = [f"https://example.com/{i}" for i in range(64)]
    expected = [codevault.encode(p).to_matrix() for p in payloads]
    errors: list[BaseException] = []

    def work(i: int) -> list[list[bool]]:
        assert symbol.to_png() == expected_png
        return codevault.encode(payloads[i]).to_matrix()

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(work, range(len(payloads))))
    assert results == expected and not errors
    assert threading.active_count() >= 1


def test_pickle_free_repr_of_info() -> None:
    info = codevault.encode("HELLO").info()
    d = info.to_dict()
    assert d["width"] == 21 and d["symbology"] == "qr"
    assert "SymbolInfo(" in repr(info)
    assert io.BytesIO(codevault.encode("x").to_png()).read(4) == b"\x89PNG"


def test_heavy_calls_release_the_gil() -> None:
    """Another Python thread runs while encode/render/generate work (the GIL is released)."""
    import sys

    data = "https://example.com/" + "x" * 1200
    symbol = codevault.encode(data)
    calls: list[Callable[[], object]] = [
        lambda: codevault.encode(data, ecc="L", boost=False),
        lambda: symbol.to_png(module_size=20),
        lambda: codevault.generate({"data": data, "style": {"module_size": 20}, "outputs": ["png"]}),
    ]
    counter = [0]
    stop = threading.Event()
    started = threading.Event()

    def tick() -> None:
        # Takes the GIL only briefly: it sleeps (releasing the GIL) between increments.
        started.set()
        while not stop.is_set():
            counter[0] += 1
            time.sleep(0.0001)

    old = sys.getswitchinterval()
    # With a 10 s switch interval the ticking thread gets the GIL only when the caller releases
    # it itself, so a tick during a call means the call released it.
    thread = threading.Thread(target=tick)
    thread.start()
    started.wait()
    sys.setswitchinterval(10.0)
    try:
        for call in calls:
            for _ in range(50):
                before = counter[0]
                call()
                if counter[0] > before:
                    break
            else:
                raise AssertionError(f"the GIL was held for the whole of {call}")
    finally:
        stop.set()
        sys.setswitchinterval(old)
        thread.join()


def test_text_with_eci_is_converted_like_generate() -> None:
    text = "Grüße aus Köln"
    symbol = codevault.encode(text, eci=3)
    artifacts = codevault.generate({"data": text, "options": {"eci": 3}, "outputs": ["matrix"]})
    assert symbol.info() == artifacts.symbol
    matrix = artifacts.get("matrix")
    assert matrix is not None
    rows = ["".join("1" if m else "0" for m in row) for row in symbol.to_matrix()]
    assert rows == (matrix.text() or "").splitlines()
    # The same text as Latin-1 bytes under ECI 3 is the same symbol; UTF-8 bytes are not.
    assert codevault.encode(text.encode("latin-1"), eci=3).to_matrix() == symbol.to_matrix()
    assert codevault.encode(text.encode("utf-8"), eci=3).to_matrix() != symbol.to_matrix()
    with pytest.raises(codevault.CharNotInCharsetError):
        codevault.encode("5 €", eci=3)
