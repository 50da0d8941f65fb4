"""Every zint vector, module for module, through ``encode(...).to_matrix()``."""

from __future__ import annotations

from pathlib import Path

import pytest

import codevault
from conftest import ZINT, load, options_to_kwargs, zint_vectors

VECTORS = zint_vectors()


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
