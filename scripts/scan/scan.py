#!/usr/bin/env python3
"""Scan checks: render symbols with the built `codevault` CLI and read them back with
independent scanners.

Every QR version 1-40 x ECC L/M/Q/H, Micro QR M1-M4 x allowed ECC and all 32 rMQR sizes x M/H
are pinned (--version, --ecc, --no-boost), filled to the capacity zint gives for one mode
(scripts/scan/capacities.json; modes rotate numeric / alphanumeric / byte), rendered to PNG and
decoded with zxing-cpp: the text, the format, the version and the ECC level must match. A
sample of the QR symbols is also read with zbar (`zbarimg`). A symbology the CLI cannot encode
yet counts as failed, never as skipped.

Usage: scan.py [--cli PATH] [--only qr,micro-qr,rmqr] [--jobs N] [--keep DIR] [-v]
Prints one line per failure and closes with `scan: N passed, N failed`; exits 1 on any failure.
"""
import argparse
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import cases  # noqa: E402

try:
    import zxingcpp
    from PIL import Image
except ImportError as e:  # pragma: no cover - reported to the user
    sys.exit(f"scan: {e}; run through scripts/test-all.sh, which sets up the venv with "
             "zxing-cpp and pillow")

FORMAT = {"qr": zxingcpp.BarcodeFormat.QRCode, "micro-qr": zxingcpp.BarcodeFormat.MicroQRCode,
          "rmqr": zxingcpp.BarcodeFormat.RMQRCode}
SCALE = 4  # pixels per module: small enough to be quick, plenty for both scanners
ZBAR_SAMPLE = {"1/L", "2/H", "7/M", "10/Q", "17/L", "25/H", "33/M", "40/L", "40/H"}


def default_cli():
    target = os.environ.get("CARGO_TARGET_DIR") or str(
        pathlib.Path.home() / ".cache" / "codevault" / "target")
    return str(pathlib.Path(target) / "release" / "codevault")


def build_cases(only):
    caps = json.loads((HERE / "capacities.json").read_text())["capacity"]
    out = []
    for i, sym in enumerate(cases.symbols()):
        if only and sym["symbology"] not in only:
            continue
        mode = sym["modes"][i % len(sym["modes"])]
        n = caps[cases.key(sym)][mode]
        out.append(dict(sym, mode=mode, data=cases.payload(mode, n), n=n))
    return out


def run_case(cli, tmp, c):
    """Returns a list of failure strings (empty when every check passed)."""
    name = f"{cases.key(c)} {c['mode']}x{c['n']}"
    png = tmp / (cases.key(c).replace("/", "_") + ".png")
    args = [cli, "encode", c["data"], "--symbology", c["symbology"], "--version", c["version"],
            "--ecc", c["ecc"], "--no-boost", "--scale", str(SCALE), "--to", "png", "-o", str(png)]
    proc = subprocess.run(args, capture_output=True, text=True)
    if proc.returncode != 0 or not png.exists():
        msg = (proc.stderr or proc.stdout).strip().splitlines()
        return [f"{name}: encode failed (exit {proc.returncode}): {msg[-1] if msg else ''}"]
    fails = []
    with Image.open(png) as img:
        found = zxingcpp.read_barcodes(img.convert("L"))
    if not found:
        fails.append(f"{name}: zxing-cpp found no symbol")
    else:
        b = found[0]
        extra = b.extra if isinstance(getattr(b, "extra", None), dict) else {}
        if b.format != FORMAT[c["symbology"]]:
            fails.append(f"{name}: zxing-cpp saw {b.format}")
        if b.text != c["data"]:
            fails.append(f"{name}: zxing-cpp decoded {len(b.text)} chars that differ "
                         f"(first diff at {next((k for k, (x, y) in enumerate(zip(b.text, c['data'])) if x != y), min(len(b.text), c['n']))})")
        version = str(extra.get("Version", c["version"]))
        if version.lstrip("M") != c["version"].lstrip("M"):
            fails.append(f"{name}: zxing-cpp read version {version}")
        ecc = extra.get("ECLevel") or b.ec_level
        if c["version"] != "M1" and ecc and ecc != c["ecc"]:
            fails.append(f"{name}: zxing-cpp read ECC level {ecc}")
    if c["symbology"] == "qr" and f"{c['version']}/{c['ecc']}" in ZBAR_SAMPLE:
        z = subprocess.run(["zbarimg", "-q", "--raw", "--nodbus", str(png)], capture_output=True)
        text = z.stdout.decode("utf-8", "replace")
        if text.endswith("\n"):
            text = text[:-1]
        if z.returncode != 0 or text != c["data"]:
            fails.append(f"{name}: zbar exit {z.returncode}, decoded {len(text)} chars that differ")
    return fails


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cli", default=default_cli())
    ap.add_argument("--only", default="", help="comma-separated: qr, micro-qr, rmqr")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--keep", help="keep the PNGs in this directory")
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args()
    if not os.access(a.cli, os.X_OK):
        sys.exit(f"scan: no codevault binary at {a.cli} (cargo build --release -p codevault-cli)")
    only = {s.strip() for s in a.only.split(",") if s.strip()}
    if only and not only & set(FORMAT):
        # The filter names only other symbologies (scan_symbologies.py covers those).
        print("scan: 0 passed, 0 failed")
        return
    only &= set(FORMAT)
    if not shutil.which("zbarimg"):
        sys.exit("scan: zbarimg not found (apt-get install zbar-tools)")
    tmp = pathlib.Path(a.keep or tempfile.mkdtemp(prefix="codevault-scan-"))
    tmp.mkdir(parents=True, exist_ok=True)
    todo = build_cases(only)
    with ThreadPoolExecutor(max_workers=max(1, a.jobs)) as pool:
        results = list(pool.map(lambda c: run_case(a.cli, tmp, c), todo))
    per = {}
    passed = failed = 0
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
            if a.verbose:
                print(f"ok   {cases.key(c)} {c['mode']}x{c['n']}")
    if not a.keep:
        shutil.rmtree(tmp, ignore_errors=True)
    for sym, (p, f) in per.items():
        print(f"  {sym:9} {p:4} passed {f:4} failed")
    print(f"scan: {passed} passed, {failed} failed")
    sys.exit(1 if failed or not todo else 0)


if __name__ == "__main__":
    main()
