"""The zint vectors, module for module, through ``encode(...).to_matrix()``: every QR-family
vector, and the module-exact vectors of the other families (the Rust tests' rules)."""

from __future__ import annotations

from pathlib import Path

import pytest

import codevault
from conftest import ZINT, family_vectors, load, options_to_kwargs, vector_kwargs, zint_vectors

VECTORS = zint_vectors()
FAMILY_VECTORS = family_vectors()


def test_vectors_are_present() -> None:
    assert len(VECTORS) > 100, f"too few zint vectors under {ZINT}"


@pytest.mark.parametrize("path", VECTORS, ids=[f"{p.parent.name}/{p.stem}" for p in VECTORS])
def test_zint_vector(path: Path) -> None:
    vector = load(path)
    data = bytes.fromhex(vector["data_hex"])
    symbol = codevault.encode(
        data, symbology=vector["symbology"], **options_to_kwargs(vector["options"])
    )
    got = ["".join("1" if m else "0" for m in row) for row in symbol.to_matrix()]
    assert got == vector["matrix"]
    assert (symbol.width, symbol.height) == (len(got[0]), len(got))


def test_family_vectors_are_present() -> None:
    families = {p.parent.name for p in FAMILY_VECTORS}
    assert len(families) == 18, sorted(families)
    assert len(FAMILY_VECTORS) > 1500, len(FAMILY_VECTORS)


@pytest.mark.parametrize(
    "path", FAMILY_VECTORS, ids=[f"{p.parent.name}/{p.stem}" for p in FAMILY_VECTORS]
)
def test_family_vector(path: Path) -> None:
    vector = load(path)
    data = bytes.fromhex(vector["data_hex"])
    kwargs, style = vector_kwargs(vector["options"])
    symbol = codevault.encode(data, symbology=vector["symbology"], **kwargs)
    got = ["".join("1" if m else "0" for m in row) for row in symbol.to_matrix()]
    assert got == vector["matrix"]
    assert (symbol.width, symbol.height) == (len(got[0]), len(got))
    assert symbol.symbology == vector["symbology"]
    if style:
        # Style-only fields (EAN quiet zone markers) render.
        assert symbol.to_svg(**style).startswith("<svg")
