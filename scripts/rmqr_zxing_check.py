#!/usr/bin/env python3
"""Decodes every rMQR vector with zxing-cpp (an independent reader) and checks the content.

Reads testdata/zint/rmqr/*.json (zint's matrices, which our encoder reproduces module for
module) and testdata/rmqr/*.json (our own goldens for what zint 2.11.1 cannot make, such as
FNC1 in second position), draws each matrix with PIL at 4 px per module with the 2-module
quiet zone rMQR requires, and compares what zxing-cpp reads with the vector's data:

- plain and ECI data: the decoded bytes equal the input bytes (Kanji-mode text: zxing-cpp's
  bytes are its Shift JIS and its text equals our UTF-8 input);
- GS1 (FNC1 first): symbology identifier ]Q3 and the bytes equal the input, GS kept;
- FNC1 second position: identifier ]Q5 and the bytes are the application indicator followed
  by the data (zxing-cpp prefixes it, as ISO/IEC 18004 asks for transmission).

Usage: python3 scripts/rmqr_zxing_check.py [-v]
"""
import json
import pathlib
import sys

import zxingcpp
from PIL import Image

ROOT = pathlib.Path(__file__).resolve().parents[1] / "testdata"
SCALE = 4
QUIET = 2


def draw(rows):
    h, w = len(rows), len(rows[0])
    img = Image.new("L", ((w + 2 * QUIET) * SCALE, (h + 2 * QUIET) * SCALE), 255)
    px = img.load()
    for y, row in enumerate(rows):
        for x, bit in enumerate(row):
            if bit == "1":
                for dy in range(SCALE):
                    for dx in range(SCALE):
                        px[(x + QUIET) * SCALE + dx, (y + QUIET) * SCALE + dy] = 0
    return img


def expected(vec):
    data = bytes.fromhex(vec["data_hex"])
    fnc1 = vec["options"].get("fnc1", "none")
    if isinstance(fnc1, dict) and "industry" in fnc1:
        ai = fnc1["industry"]
        # Letters are sent as themselves (value − 100), numbers as two digits.
        prefix = bytes([ai - 100]) if ai >= 100 + 65 else b"%02d" % ai
        return prefix + data, "]Q5"
    if fnc1 == "gs1":
        return data, "]Q3"
    return data, None


def kanji_equal(got, text, want):
    """Kanji mode carries Shift JIS: zxing-cpp gives those bytes and the text as Unicode."""
    try:
        return text == want.decode("utf-8") and got == want.decode("utf-8").encode("shift_jis")
    except (UnicodeDecodeError, UnicodeEncodeError):
        return False


def main():
    verbose = "-v" in sys.argv
    files = sorted((ROOT / "zint" / "rmqr").glob("*.json")) + sorted((ROOT / "rmqr").glob("*.json"))
    ok, bad = 0, []
    for f in files:
        vec = json.loads(f.read_text())
        want, ident = expected(vec)
        results = zxingcpp.read_barcodes(draw(vec["matrix"]), formats=zxingcpp.BarcodeFormat.RMQRCode)
        if not results:
            bad.append(f"{f.name}: not decoded")
            continue
        r = results[0]
        got = bytes(r.bytes)
        problems = []
        if got != want and not kanji_equal(got, r.text, want):
            problems.append(f"bytes {got!r} != {want!r}")
        if ident and r.symbology_identifier != ident:
            problems.append(f"identifier {r.symbology_identifier} != {ident}")
        if problems:
            bad.append(f"{f.name}: " + "; ".join(problems))
        else:
            ok += 1
            if verbose:
                print(f"ok {f.name} {r.symbology_identifier} {r.ec_level}")
    for b in bad:
        print("FAIL", b)
    print(f"zxing-cpp rMQR: {ok} of {len(files)} decoded to their data, {len(bad)} failures")
    sys.exit(1 if bad or not files else 0)


if __name__ == "__main__":
    main()
