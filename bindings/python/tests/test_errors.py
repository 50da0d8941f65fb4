"""The error table: every core code has its class, exported, typed and raised with its code."""

from __future__ import annotations

import re
from pathlib import Path

import codevault


def camel(name: str) -> str:
    return "".join(word.capitalize() for word in name.split("-")) + "Error"


def test_every_code_maps_to_a_subclass() -> None:
    numbers = [code for code, _, _ in codevault.ERROR_CODES]
    assert numbers == sorted(numbers) and numbers[0] == 1
    assert len(set(numbers)) == len(numbers)
    for code, name, cls in codevault.ERROR_CODES:
        assert cls.__name__ == camel(name)
        assert cls.__module__ == "codevault"
        assert issubclass(cls, codevault.CodeVaultError)
        assert issubclass(cls, Exception)
        assert (cls.code, cls.name) == (code, name)
        assert getattr(codevault, cls.__name__) is cls
        assert cls.__name__ in codevault.__all__
        assert cls.__doc__ and name in cls.__doc__


def test_exported_error_classes_are_exactly_the_codes() -> None:
    exported = {
        n
        for n in codevault.__all__
        if n.endswith("Error") and n != "CodeVaultError"
    }
    assert exported == {cls.__name__ for _, _, cls in codevault.ERROR_CODES}


def test_stub_declares_every_class() -> None:
    stub = Path(codevault.__file__).with_name("_native.pyi").read_text(encoding="utf-8")
    declared = set(re.findall(r"^class (\w+Error)\(CodeVaultError\):", stub, re.M))
    assert declared == {cls.__name__ for _, _, cls in codevault.ERROR_CODES}
    for code, name, cls in codevault.ERROR_CODES:
        doc = re.search(rf"^class {cls.__name__}\(CodeVaultError\):\n    \"\"\"(\d+) ``([a-z0-9-]+)``", stub, re.M)
        assert doc is not None and (int(doc.group(1)), doc.group(2)) == (code, name)


def test_raised_errors_carry_code_name_and_message() -> None:
    try:
        codevault.encode("12A", mode="numeric")
    except codevault.CodeVaultError as e:
        assert isinstance(e, codevault.CharNotInModeError)
        assert (e.code, e.name) == (10, "char-not-in-mode")
        assert str(e).startswith('character "A" at byte 2 cannot be encoded in numeric mode')
        assert e.args == (str(e),)
    else:
        raise AssertionError("no error")


def test_base_class() -> None:
    assert issubclass(codevault.CodeVaultError, Exception)
    assert codevault.CodeVaultError.__module__ == "codevault"
