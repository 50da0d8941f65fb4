"""The shared example requests: good ones equal their goldens, bad ones raise their class."""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path
from typing import Any

import pytest

import codevault
from conftest import bad_requests, good_requests, load

GOOD = good_requests()
BAD = bad_requests()
CODES = {name: cls for _, name, cls in codevault.ERROR_CODES}

# The Rust facade's own errors for the bad requests, written by `test.sh` with
# `cargo run -p codevault-python --example core_messages`.
_MESSAGES_FILE = os.environ.get("CODEVAULT_CORE_MESSAGES")
CORE_MESSAGES: dict[str, Any] = load(Path(_MESSAGES_FILE)) if _MESSAGES_FILE else {}


def expected_class(stem: str) -> type[codevault.CodeVaultError]:
    """The error class a bad request's file name starts with (the longest code name wins)."""
    names = [n for n in CODES if stem == n or stem.startswith(n + "-")]
    assert names, f"{stem} does not start with an error code name"
    return CODES[max(names, key=len)]


def test_requests_are_present() -> None:
    assert GOOD and BAD


def test_core_messages_are_compared() -> None:
    if not _MESSAGES_FILE:
        pytest.skip("CODEVAULT_CORE_MESSAGES not set (test.sh sets it): messages not compared")
    assert set(CORE_MESSAGES) == {p.name for p in BAD}


# Requests where the core itself is inconsistent today; strict, so a fix shows up as XPASS.
KNOWN_CORE_GAPS: dict[str, str] = {}


def _good_param(p: Path) -> Any:
    gap = KNOWN_CORE_GAPS.get(p.stem)
    marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
    return pytest.param(p, id=p.stem, marks=marks)


@pytest.mark.parametrize("path", [_good_param(p) for p in GOOD])
def test_good_request_matches_golden(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    request: dict[str, Any] = json.loads(text)
    golden = load(path.with_name(path.stem + ".golden.json"))

    artifacts = codevault.generate(text)
    assert artifacts.symbol.to_dict() == golden["symbol"]
    assert codevault.generate(request).symbol == artifacts.symbol

    outputs = request.get("outputs", ["svg"])
    assert [a.format for a in artifacts.outputs] == outputs
    assert len(artifacts) == len(outputs)
    for artifact in artifacts.outputs:
        fmt = codevault.OutputFormat(artifact.format)
        assert artifacts.get(fmt) is not None
        if fmt is codevault.OutputFormat.PNG:
            assert artifact.data.startswith(b"\x89PNG\r\n\x1a\n")
            assert artifact.media_type == "image/png"
            assert artifact.text() is None
        else:
            assert artifact.text() is not None
    matrix_artifact = artifacts.get("matrix")
    if matrix_artifact is not None:
        text_rows = matrix_artifact.text()
        assert text_rows is not None and text_rows.splitlines() == golden["matrix"]

    # The same matrix through encode() with the request's options as keyword arguments.
    from conftest import options_to_kwargs

    data: str | bytes = (
        request["data"] if "data" in request else base64.b64decode(request["data_base64"])
    )
    symbol = codevault.encode(
        data,
        symbology=request.get("symbology", "qr"),
        **options_to_kwargs(request.get("options", {})),
    )
    rows = ["".join("1" if m else "0" for m in row) for row in symbol.to_matrix()]
    assert rows == golden["matrix"]
    assert symbol.info() == artifacts.symbol

    # generate_json gives the same artifacts as JSON.
    via_json = json.loads(codevault.generate_json(text))
    assert via_json["symbol"] == golden["symbol"]
    assert [base64.b64decode(o["bytes"]) for o in via_json["outputs"]] == [
        a.data for a in artifacts.outputs
    ]


@pytest.mark.parametrize("path", BAD, ids=[p.stem for p in BAD])
def test_bad_request_raises_its_class(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    cls = expected_class(path.stem)
    with pytest.raises(cls) as info:
        codevault.generate(text)
    err = info.value
    assert isinstance(err, codevault.CodeVaultError)
    assert type(err).code == err.code and err.name == type(err).name
    message = str(err)
    assert message and "\n" not in message and not message.endswith(".")
    core = CORE_MESSAGES.get(path.name)
    if _MESSAGES_FILE:
        assert core is not None, f"{path.name} missing from {_MESSAGES_FILE}"
        assert (err.code, err.name, message) == (core["code"], core["name"], core["message"])
    # The core's message, unchanged: generate_json raises the same class and text.
    with pytest.raises(cls) as again:
        codevault.generate_json(text)
    assert str(again.value) == message
    # A request that parses as JSON fails the same way as a dict (positions aside).
    try:
        request = json.loads(text)
    except json.JSONDecodeError:
        return
    with pytest.raises(cls):
        codevault.generate(request)
