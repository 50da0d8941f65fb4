"""Shared helpers for generating zint oracle vectors (see generate.py).

A case is a dict: name, symbology ("qr" | "micro-qr" | "rmqr"), data (bytes), options (our
QrOptions as JSON: ecc, boost, version, mask, mode, eci, fnc1, structured_append, kanji) and
zint (the zint arguments that pin the same choices, without -d/-i/--dump).
"""
import os
import subprocess
import tempfile

RMQR_WIDTHS = {28: 27, 44: 43, 60: 59, 80: 77, 100: 99, 140: 139}
ECC_SECURE = {"L": 1, "M": 2, "Q": 3, "H": 4}


def zint_version():
    out = subprocess.run(["zint", "--version"], capture_output=True, text=True, check=True).stdout
    return out.strip().split()[-1]


def zint_matrix(symbology, data, args):
    """Runs zint --dump on `data` (bytes, passed through a file) and returns rows of 0/1."""
    with tempfile.NamedTemporaryFile(delete=False) as f:
        f.write(data)
        path = f.name
    try:
        proc = subprocess.run(["zint", *args, "-i", path, "--dump"], capture_output=True)
    finally:
        os.unlink(path)
    out = proc.stdout.decode("ascii", "replace")
    if proc.returncode != 0 or not out.strip():
        raise RuntimeError(f"zint {' '.join(args)} failed: {proc.stderr.decode(errors='replace')}{out}")
    rows = []
    for line in out.strip().splitlines():
        bits = "".join(format(int(ch, 16), "04b") for ch in line.replace(" ", ""))
        rows.append(bits)
    height = len(rows)
    if symbology == "rmqr":
        width = RMQR_WIDTHS[len(rows[0])]
    elif symbology in SQUARE:
        width = height
    else:
        # zint pads each row to whole hex digits with light modules. Linear, stacked and postal
        # symbols end in a bar and Data Matrix's right edge has dark timing modules, so the true
        # width is one past the last dark module of any row.
        width = max(r.rfind("1") for r in rows) + 1
    rows = [r[:width] for r in rows]
    return rows


# Symbologies whose width equals their height.
SQUARE = {"qr", "micro-qr", "aztec", "aztec-rune"}


def case_generic(name, symbology, data, zint, options, zint_data=None):
    """A case for the non-QR families: `options` is that family's options as JSON (the encoder's
    options struct, serde names), `zint` the zint arguments pinning the same choices."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    if isinstance(zint_data, str):
        zint_data = zint_data.encode("utf-8")
    return {"name": name, "symbology": symbology, "data": data, "options": options, "zint": zint,
            "zint_data": zint_data if zint_data is not None else data}


def case(name, symbology, data, zint, zint_data=None, **options):
    """`zint_data` is what zint is given when it differs from our input (e.g. GS1 brackets)."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    if isinstance(zint_data, str):
        zint_data = zint_data.encode("utf-8")
    base = {
        "ecc": "M", "boost": True, "version": None, "mask": None, "mode": None, "eci": None,
        "fnc1": "none", "structured_append": None, "kanji": True,
    }
    base.update(options)
    return {"name": name, "symbology": symbology, "data": data, "options": base, "zint": zint,
            "zint_data": zint_data if zint_data is not None else data}
