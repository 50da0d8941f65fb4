"""Shared helpers: where the repository's vectors live and how their options become kwargs."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

ROOT = Path(os.environ.get("CODEVAULT_ROOT", Path(__file__).resolve().parents[3]))
ZINT = ROOT / "testdata" / "zint"
REQUESTS = ROOT / "core" / "examples" / "requests"


QR_FAMILY = ["qr", "micro-qr", "rmqr"]


def zint_vectors() -> list[Path]:
    """Every zint vector file of the QR family (all module-exact), sorted."""
    return sorted(p for d in QR_FAMILY for p in (ZINT / d).glob("*.json"))


def good_requests() -> list[Path]:
    """Every good example request (not the goldens)."""
    return sorted(p for p in REQUESTS.glob("*.json") if not p.name.endswith(".golden.json"))


def bad_requests() -> list[Path]:
    """Every bad example request."""
    return sorted((REQUESTS / "bad").glob("*.json"))


def load(path: Path) -> Any:
    """A JSON file."""
    with open(path, encoding="utf-8") as f:
        return json.load(f)


# The vectors every SDK compares module for module, by the rules of the Rust tests
# (formats/tests/zint_*.rs): Data Matrix without `opt-…` (several equally short encodations),
# PDF417 only `exact-…` (the `len-…` ones are compared by length), and for Aztec and Code 128 /
# GS1-128 every vector except those where zint's heuristic and our shortest-path plan differ
# (the Rust tests compare those by length and rxing; they print this list).
FAMILIES = [
    "datamatrix", "pdf417", "aztec", "aztec-rune", "code128", "gs1-128", "ean13", "ean8", "upca",
    "upce", "code39", "code93", "itf", "itf14", "codabar", "imb", "postnet", "rm4scc",
]
LENGTH_COMPARED = {
    "aztec": {
        "binary-300", "binary-32", "binary-62", "binary-mixed", "binary-nul", "compact-C2-text",
        "compact-C3-text", "compact-C4-text", "eci-26", "eci-899", "gs1-2", "mode-cr-alone",
        "mode-url", "structapp-0", "structapp-1", "structapp-2", "structapp-3", "structapp-4",
    },
    "code128": {"latin1-8", "random-bytes-0", "digits-mixed-5", "digits-mixed-6", "init-3"},
    "gs1-128": {
        "gtin-var-7", "many-1", "many-3", "max-48", "var-2", "var-7", "var-9", "parens-var",
    },
}


def module_exact(family: str, name: str) -> bool:
    """Whether the Rust test of ``family`` compares vector ``name`` module for module."""
    if family == "datamatrix":
        return not name.startswith("opt-")
    if family == "pdf417":
        return name.startswith("exact-")
    return name not in LENGTH_COMPARED.get(family, set())


def family_vectors() -> list[Path]:
    """The module-exact vectors of the families outside the QR family, sorted."""
    return [
        p
        for family in FAMILIES
        for p in sorted((ZINT / family).glob("*.json"))
        if module_exact(family, p.stem)
    ]


def vector_kwargs(options: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """A family vector's options (the family's own options struct) as ``encode`` keyword
    arguments and render (style) keyword arguments."""
    kwargs: dict[str, Any] = {}
    style: dict[str, Any] = {}
    for key, value in options.items():
        if value is None:
            continue
        if key == "quiet_zone_markers":
            style[key] = value
        elif key == "show_check_digit":
            kwargs["show_check_digits"] = value
        elif key == "structured_append":
            kwargs["structured_append"] = (value["index"], value["total"])
            if "file_id" in value:
                first, second = value["file_id"]
                kwargs["structured_append_id"] = first * 1000 + second
            elif value.get("id") is not None:
                kwargs["structured_append_id"] = value["id"]
        else:
            kwargs[key] = value
    return kwargs, style


def options_to_kwargs(options: dict[str, Any]) -> dict[str, Any]:
    """A request's ``options`` object as ``encode`` keyword arguments."""
    kwargs = dict(options)
    fnc1 = kwargs.pop("fnc1", "none")
    if fnc1 == "gs1":
        kwargs["gs1"] = True
    elif isinstance(fnc1, dict):
        kwargs["industry"] = fnc1["industry"]
    sa = kwargs.get("structured_append")
    if isinstance(sa, dict):
        kwargs["structured_append"] = (sa["index"], sa["count"], sa["parity"])
    return kwargs
