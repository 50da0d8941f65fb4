#!/usr/bin/env python3
"""Scan checks for every symbology beyond the QR family: render with the built `codevault`
CLI to PNG and read back with zxing-cpp (every format it reads) and zbar (the 1D codes it reads).

Each case gives the data, the CLI flags, the text the scanners must return and, for GS1, the
symbology identifier (]C1, ]d2, ]z1 ...). Data is deterministic (seeded), covering short and long
inputs, every encodation family of the 2D codes and the options that change the bars. A case the
CLI cannot encode counts as failed, never as skipped.

Usage: scan_symbologies.py [--cli PATH] [--only datamatrix,ean13,...] [--jobs N] [--keep DIR] [-v]
Prints one line per failure and closes with `scan: N passed, N failed`; exits 1 on any failure.
"""
import argparse
import os
import pathlib
import random
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

try:
    import zxingcpp
    from PIL import Image
except ImportError as e:  # pragma: no cover
    sys.exit(f"scan: {e}; run through scripts/test-all.sh, which sets up the venv")

F = zxingcpp.BarcodeFormat
SCALE = 3
ZBAR_NAMES = {"ean13": "EAN-13", "ean8": "EAN-8", "upca": "UPC-A", "upce": "UPC-E",
              "code128": "CODE-128", "gs1-128": "CODE-128", "code39": "CODE-39",
              "code93": "CODE-93", "itf": "I2/5", "itf14": "I2/5", "codabar": "CODABAR"}


def gs1_check(digits):
    """GS1 mod-10 check digit of a digit string (without its check digit)."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(digits)))
    return str((10 - total % 10) % 10)


def case(symbology, data, expect, fmt, flags=(), ident=None, zbar=None):
    return {"symbology": symbology, "data": data, "flags": list(flags), "expect": expect,
            "format": fmt, "ident": ident, "zbar": zbar}


def cases():
    rng = random.Random(20261121)
    text = lambda n, alphabet: "".join(rng.choice(alphabet) for _ in range(n))
    digits = "0123456789"
    upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 "
    lower = "abcdefghijklmnopqrstuvwxyz "
    printable = "".join(chr(c) for c in range(32, 127))
    out = []
    # Data Matrix: every encodation family at many lengths (automatic size), pinned sizes,
    # DMRE, GS1 and UTF-8 through ECI.
    for n in [1, 3, 6, 10, 20, 35, 60, 100, 180, 300, 500, 800, 1200, 1500]:
        for alphabet in (digits, upper, lower, printable):
            d = text(n, alphabet)
            out.append(case("datamatrix", d, d, F.DataMatrix))
    for size in ["10x10", "16x16", "32x32", "52x52", "104x104", "8x18", "12x36", "16x48"]:
        d = text(3, upper)
        out.append(case("datamatrix", d, d, F.DataMatrix, ["--version", size]))
    for size in ["8x48", "8x120", "12x64", "16x64", "24x48", "26x64"]:
        d = text(5, printable)
        out.append(case("datamatrix", d, d, F.DataMatrix, ["--version", size]))
    out.append(case("datamatrix", "[01]09521234543213[10]ABC123[17]271231",
                    "(01)09521234543213(10)ABC123(17)271231", F.DataMatrix, ["--gs1"], "]d2"))
    out.append(case("datamatrix", "Grüße, 東京", "Grüße, 東京", F.DataMatrix, ["--eci", "26"]))
    # PDF417: lengths, every security level, column counts, compact.
    for n in [1, 10, 40, 120, 400, 900]:
        for alphabet in (digits, upper, printable):
            d = text(n, alphabet)
            out.append(case("pdf417", d, d, F.PDF417))
    for level in range(9):
        d = text(30, printable)
        out.append(case("pdf417", d, d, F.PDF417, ["--security-level", str(level)]))
    for cols in [1, 2, 5, 10, 20, 30]:
        d = text(60, printable)
        out.append(case("pdf417", d, d, F.PDF417, ["--columns", str(cols)]))
    for n in [5, 50, 200]:
        d = text(n, printable)
        out.append(case("pdf417", d, d, F.CompactPDF417, ["--compact"]))
    # MicroPDF417: lengths across its 34 sizes, each column count pinned.
    for n in [1, 4, 10, 25, 60, 100]:
        for alphabet in (digits, upper, printable):
            d = text(n, alphabet)
            out.append(case("micropdf417", d, d, F.MicroPDF417))
    d = text(300, digits)
    out.append(case("micropdf417", d, d, F.MicroPDF417))
    for cols in [1, 2, 3, 4]:
        d = text(12, printable)
        out.append(case("micropdf417", d, d, F.MicroPDF417, ["--columns", str(cols)]))
    # MaxiCode: mode 4 and 5 text of several lengths, modes 2 and 3 with a primary message.
    for n in [1, 10, 30, 60, 90]:
        d = text(n, upper)
        out.append(case("maxicode", d, d, F.MaxiCode))
    for n in [5, 40]:
        d = text(n, printable)
        out.append(case("maxicode", d, d, F.MaxiCode, ["--mode", "5"]))
    # Aztec: lengths from compact to large full-range, ECC levels, compact-only, GS1, runes.
    for n in [1, 5, 12, 30, 60, 120, 300, 700, 1500]:
        for alphabet in (digits, upper, lower, printable):
            d = text(n, alphabet)
            out.append(case("aztec", d, d, F.Aztec))
    for pct in [5, 23, 50, 80]:
        d = text(40, printable)
        out.append(case("aztec", d, d, F.Aztec, ["--ecc-percent", str(pct)]))
    for layers in ["C1", "C2", "C3", "C4", "5", "12", "32"]:
        d = text(8, upper)
        out.append(case("aztec", d, d, F.Aztec, ["--version", layers]))
    out.append(case("aztec", "[01]09521234543213[10]ABC123", "(01)09521234543213(10)ABC123",
                    F.Aztec, ["--gs1"], "]z1"))
    for v in [0, 1, 25, 99, 128, 200, 255]:
        out.append(case("aztec-rune", str(v), f"{v:03}", F.AztecRune))  # zxing-cpp prints 3 digits
    # Code 128 and GS1-128.
    for n in [1, 2, 5, 12, 25, 40]:
        for alphabet in (digits, upper, printable):
            d = text(n, alphabet)
            out.append(case("code128", d, d, F.Code128, zbar=d))
    for es, hri in [("[01]09521234543213", "(01)09521234543213"),
                    ("[01]09521234543213[10]ABC123[17]271231",
                     "(01)09521234543213(10)ABC123(17)271231"),
                    ("[00]095011010000000018", "(00)095011010000000018"),
                    ("[00]095011010000000018[02]09521234543213[37]24",
                     "(00)095011010000000018(02)09521234543213(37)24")]:
        out.append(case("gs1-128", es, hri, F.Code128, ident="]C1"))
    # EAN/UPC: the check digit computed by us, add-ons read by zxing-cpp when asked.
    for _ in range(10):
        d = text(12, digits)
        full = d + gs1_check(d)
        out.append(case("ean13", d, full, F.EAN13, zbar=full))
        d8 = text(7, digits)
        full8 = d8 + gs1_check(d8)
        out.append(case("ean8", d8, full8, F.EAN8, zbar=full8))
        da = text(11, digits)
        fulla = da + gs1_check(da)
        # UPC-A is EAN-13 with a leading 0: readers may report either form (checked below).
        out.append(case("upca", da, fulla, F.UPCA, zbar=fulla))
    # One per UPC-E compression rule (last digit 0-2, 3, 4, 5-9) and both number systems.
    for upce in ["0123450", "0654321", "1234563", "0110045", "0127003", "1001234", "0123457"]:
        out.append(case("upce", upce, None, F.UPCE))
    for addon in ["12", "99", "51234", "90000"]:
        # zxing-cpp appends the add-on digits to the main symbol's.
        out.append(case("ean13", "950123456789+" + addon, "9501234567891" + addon, F.EAN13))
    # Code 39 / 93, ITF, ITF-14, Codabar.
    c39 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-. $/+%"
    for n in [1, 5, 12, 25]:
        d = text(n, c39).strip() or "X"  # zbar trims surrounding spaces
        # Code39Std: plain Code 39 ('/N' is two characters, not full ASCII's '.').
        out.append(case("code39", d, d, F.Code39Std, zbar=d))
        d93 = text(n, c39).strip() or "Y"
        out.append(case("code93", d93, d93, F.Code93, zbar=d93))
    for n in [5, 12]:
        d = text(n, printable)
        out.append(case("code39", d, d, F.Code39Ext, ["--full-ascii"]))
        out.append(case("code93", d, d, F.Code93, ["--full-ascii"]))
    for n in [2, 6, 10, 20, 30]:
        d = text(n, digits)
        # zbar reads ITF from 6 digits up (its default minimum length).
        out.append(case("itf", d, d, F.ITF, zbar=d if n >= 6 else None))
    for _ in range(5):
        d = text(13, digits)
        out.append(case("itf14", d, d + gs1_check(d), F.ITF, zbar=d + gs1_check(d)))
    for start, stop in ["AB", "BC", "CD", "DA"]:
        d = start + text(8, "0123456789-$:/.+") + stop
        out.append(case("codabar", d, d, F.Codabar))
    return out


def default_cli():
    target = os.environ.get("CARGO_TARGET_DIR") or str(
        pathlib.Path.home() / ".cache" / "codevault" / "target")
    return str(pathlib.Path(target) / "release" / "codevault")


def run_case(cli, tmp, i, c):
    name = f"{c['symbology']}#{i} {c['data'][:24]!r}{' ' + ' '.join(c['flags']) if c['flags'] else ''}"
    png = tmp / f"{i:04}-{c['symbology']}.png"
    # Data on stdin: it may start with '-' and must not be taken for a flag.
    args = [cli, "encode", "-", "--symbology", c["symbology"], *c["flags"],
            "--scale", str(SCALE), "--to", "png", "-o", str(png)]
    proc = subprocess.run(args, input=c["data"].encode(), capture_output=True)
    if proc.returncode != 0 or not png.exists():
        msg = (proc.stderr or proc.stdout).decode(errors="replace").strip().splitlines()
        return [f"{name}: encode failed (exit {proc.returncode}): {msg[-1] if msg else ''}"]
    fails = []
    addon = "+" in c["data"]
    with Image.open(png) as img:
        found = zxingcpp.read_barcodes(
            img.convert("L"), formats=c["format"],
            ean_add_on_symbol=zxingcpp.EanAddOnSymbol.Require if addon
            else zxingcpp.EanAddOnSymbol.Ignore)
    if not found:
        fails.append(f"{name}: zxing-cpp found no {c['format']}")
    else:
        b = found[0]
        ok = b.text == c["expect"] or (c["symbology"] == "upca" and b.text == "0" + c["expect"])
        if c["expect"] is not None and not ok:
            fails.append(f"{name}: zxing-cpp read {b.text[:60]!r}, expected {c['expect'][:60]!r}")
        if c["ident"] and b.symbology_identifier != c["ident"]:
            fails.append(f"{name}: symbology identifier {b.symbology_identifier}, "
                         f"expected {c['ident']}")
    if c["zbar"] is not None:
        z = subprocess.run(["zbarimg", "-q", "--nodbus", str(png)], capture_output=True)
        got = z.stdout.decode("utf-8", "replace").strip()
        want = f"{ZBAR_NAMES[c['symbology']]}:{c['zbar']}"
        alt = f"EAN-13:0{c['zbar']}" if c["symbology"] == "upca" else want
        if z.returncode != 0 or got not in (want, alt):
            fails.append(f"{name}: zbar read {got[:60]!r}, expected {want[:60]!r}")
    return fails


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cli", default=default_cli())
    ap.add_argument("--only", default="")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--keep")
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args()
    if not os.access(a.cli, os.X_OK):
        sys.exit(f"scan: no codevault binary at {a.cli} (cargo build --release -p codevault-cli)")
    if not shutil.which("zbarimg"):
        sys.exit("scan: zbarimg not found (apt-get install zbar-tools)")
    only = {s.strip() for s in a.only.split(",") if s.strip()}
    todo = [c for c in cases() if not only or c["symbology"] in only]
    if only and not todo:
        print("scan: 0 passed, 0 failed")  # the filter names only the QR family
        return
    tmp = pathlib.Path(a.keep or tempfile.mkdtemp(prefix="codevault-scan-"))
    tmp.mkdir(parents=True, exist_ok=True)
    with ThreadPoolExecutor(max_workers=max(1, a.jobs)) as pool:
        results = list(pool.map(lambda ic: run_case(a.cli, tmp, *ic), enumerate(todo)))
    per, passed, failed = {}, 0, 0
    for c, fails in zip(todo, results):
        s = per.setdefault(c["symbology"], [0, 0])
        if fails:
            failed += 1
            s[1] += 1
            for f in fails:
                print(f"FAIL {f}")
        else:
            passed += 1
            s[0] += 1
    if not a.keep:
        shutil.rmtree(tmp, ignore_errors=True)
    for sym, (p, f) in per.items():
        print(f"  {sym:11} {p:4} passed {f:4} failed")
    print(f"scan: {passed} passed, {failed} failed")
    sys.exit(1 if failed or not todo else 0)


if __name__ == "__main__":
    main()
