#!/usr/bin/env python3
"""Decodes MicroPDF417 PNGs with zxing-cpp and checks their content (used by
formats/tests/micropdf417_scan.rs, which writes the PNGs and `manifest.tsv` into DIR).

manifest.tsv: one line per symbol, `file<TAB>version<TAB>expected bytes (hex)<TAB>expected
text (UTF-8, hex; empty when only the bytes are compared)`. zxing-cpp's `bytes` is the data as
written (ECI designators applied nowhere); with ECI 26 its `text` is the decoded UTF-8.

Usage: micropdf417_zxing.py DIR. Exit status 0 when every symbol reads back, 1 otherwise, 2 when
zxing-cpp or PIL is not installed.
"""
import pathlib
import sys

try:
    import zxingcpp
    from PIL import Image
except ImportError as e:  # pragma: no cover
    print(f"skip: {e}")
    sys.exit(2)


def main():
    root = pathlib.Path(sys.argv[1])
    ok, bad, sizes = 0, [], set()
    for line in (root / "manifest.tsv").read_text().splitlines():
        name, version, want_hex, text_hex = line.split("\t")
        img = Image.open(root / name).convert("L")
        found = zxingcpp.read_barcodes(img, formats=zxingcpp.BarcodeFormat.MicroPDF417)
        if len(found) != 1:
            bad.append(f"{name} ({version}): {len(found)} symbols found")
            continue
        got = found[0]
        want = bytes.fromhex(want_hex)
        if text_hex:
            if got.text != bytes.fromhex(text_hex).decode("utf-8"):
                bad.append(f"{name} ({version}): text {got.text!r}, want {bytes.fromhex(text_hex).decode()!r}")
                continue
        elif bytes(got.bytes) != want:
            bad.append(f"{name} ({version}): bytes {bytes(got.bytes)!r}, want {want!r}")
            continue
        ok += 1
        sizes.add(version)
    print(f"zxing-cpp read {ok} of {ok + len(bad)} MicroPDF417 symbols ({len(sizes)} sizes)")
    for b in bad:
        print("  " + b)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
