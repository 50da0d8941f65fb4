#!/usr/bin/env python3
"""Writes (or with --check, verifies) the symbol pictures in docs/img/: one PNG per symbology,
made by the built `codevault` CLI from the command recorded below, and read back with zxing-cpp
where it reads the format, so every picture in the docs is proven to scan.

Usage: docs_images.py [--cli PATH] [--check]
"""
import argparse
import os
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
IMG = ROOT / "docs" / "img"

# name -> (CLI arguments after `encode`, zxing-cpp format name or None, expected text or None)
PICTURES = {
    "datamatrix": (["https://example.com/p/4711", "--symbology", "datamatrix"], "DataMatrix",
                   "https://example.com/p/4711"),
    "datamatrix-gs1": (["[01]09521234543213[17]271231[10]ABC123", "--symbology", "datamatrix",
                        "--gs1"], "DataMatrix", "(01)09521234543213(17)271231(10)ABC123"),
    "datamatrix-dmre": (["CODEVAULT DMRE", "--symbology", "datamatrix", "--version", "8x64"],
                        "DataMatrix", "CODEVAULT DMRE"),
    "pdf417": (["CodeVault PDF417 sample: ship to 221B Baker Street", "--symbology", "pdf417"],
               "PDF417", "CodeVault PDF417 sample: ship to 221B Baker Street"),
    "pdf417-compact": (["COMPACT PDF417", "--symbology", "pdf417", "--compact"],
                       "CompactPDF417", "COMPACT PDF417"),
    "micropdf417": (["MICROPDF417 sample 0815", "--symbology", "micropdf417"], "MicroPDF417",
                    "MICROPDF417 sample 0815"),
    "hanxin": (["汉信码 Han Xin 2026", "--symbology", "hanxin"], None, None),
    "maxicode": (["CodeVault MaxiCode 0123456789", "--symbology", "maxicode"], "MaxiCode",
                 "CodeVault MaxiCode 0123456789"),
    "dotcode": (["DotCode 2026", "--symbology", "dotcode"], None, None),
    "aztec": (["https://example.com/ticket/0815", "--symbology", "aztec"], "Aztec",
              "https://example.com/ticket/0815"),
    "aztec-rune": (["42", "--symbology", "aztec-rune"], "AztecRune", "042"),
    "code128": (["CodeVault-128", "--symbology", "code128"], "Code128", "CodeVault-128"),
    "gs1-128": (["[01]09521234543213[10]ABC123", "--symbology", "gs1-128"], "Code128",
                "(01)09521234543213(10)ABC123"),
    "ean13": (["9501234567891", "--symbology", "ean13"], "EAN13", "9501234567891"),
    "ean13-addon": (["9501234567891+12345", "--symbology", "ean13"], None, None),
    "ean8": (["95012346", "--symbology", "ean8"], "EAN8", "95012346"),
    # zxing-cpp reports UPC-A and UPC-E in their EAN-13 form (UPC-E expanded to UPC-A first).
    "upca": (["036000291452", "--symbology", "upca"], "UPCA", "0036000291452"),
    "upce": (["01234565", "--symbology", "upce"], "UPCE", "0012345000065"),
    "code39": (["CODE-39", "--symbology", "code39"], "Code39", "CODE-39"),
    "code93": (["CODE-93", "--symbology", "code93"], "Code93", "CODE-93"),
    "itf": (["1234567890", "--symbology", "itf"], "ITF", "1234567890"),
    "itf14": (["1540014128876", "--symbology", "itf14"], "ITF", "15400141288763"),
    "codabar": (["A40156B", "--symbology", "codabar"], "Codabar", "A40156B"),
    "imb": (["01234567094987654321-01234567891", "--symbology", "imb"], None, None),
    "postnet": (["12345678901", "--symbology", "postnet"], None, None),
    "rm4scc": (["SN34RD1A", "--symbology", "rm4scc"], None, None),
}


def default_cli():
    target = os.environ.get("CARGO_TARGET_DIR") or str(
        pathlib.Path.home() / ".cache" / "codevault" / "target")
    return str(pathlib.Path(target) / "release" / "codevault")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cli", default=default_cli())
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    try:
        import zxingcpp
        from PIL import Image
    except ImportError as e:
        sys.exit(f"docs_images: {e} (run in the venv scripts/test-all.sh sets up)")
    IMG.mkdir(parents=True, exist_ok=True)
    bad = 0
    for name, (args, fmt, text) in PICTURES.items():
        out = IMG / f"{name}.png"
        proc = subprocess.run([a.cli, "encode", *args, "--scale", "3", "--to", "png"],
                              capture_output=True)
        if proc.returncode != 0:
            print(f"FAIL {name}: {proc.stderr.decode(errors='replace').strip()}")
            bad += 1
            continue
        if a.check:
            if not out.exists() or out.read_bytes() != proc.stdout:
                print(f"FAIL {name}: docs/img/{name}.png is stale: run scripts/docs_images.py")
                bad += 1
        else:
            out.write_bytes(proc.stdout)
        if fmt:
            import io
            with Image.open(io.BytesIO(proc.stdout)) as img:
                found = zxingcpp.read_barcodes(img.convert("L"),
                                               formats=getattr(zxingcpp.BarcodeFormat, fmt))
            if not found or found[0].text != text:
                got = found[0].text if found else None
                print(f"FAIL {name}: zxing-cpp read {got!r}, expected {text!r}")
                bad += 1
    print(f"docs images: {len(PICTURES) - bad} passed, {bad} failed")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
