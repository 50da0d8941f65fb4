"""Shared helpers: where the repository's vectors live and how their options become kwargs."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

ROOT = Path(os.environ.get("CODEVAULT_ROOT", Path(__file__).resolve().parents[3]))
ZINT = ROOT / "testdata" / "zint"
REQUESTS = ROOT / "core" / "examples" / "requests"


def zint_vectors() -> list[Path]:
    """Every zint vector file, sorted."""
    return sorted(ZINT.glob("*/*.json"))


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
