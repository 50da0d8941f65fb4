"""CodeVault quickstart for Python: the example docs/quickstart-python.md walks through.

Run: ``python quickstart.py [output-dir]`` (default: a new temporary directory).
"""

from __future__ import annotations

import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import codevault
from codevault import EcLevel, OutputFormat, Symbology


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="codevault-"))
    out.mkdir(parents=True, exist_ok=True)

    # 1. Encode once, render many ways.
    symbol = codevault.encode("https://example.com", ecc=EcLevel.H)
    print(f"QR version {symbol.version}, ECC {symbol.ecc}, mask {symbol.mask}, "
          f"{symbol.width}x{symbol.height} modules")
    (out / "example.svg").write_text(symbol.to_svg(dark="#1a237e", light="#fffde7"))
    (out / "example.png").write_bytes(symbol.to_png(module_size=8, dpi=300))
    print(symbol.to_text())

    # 2. Micro QR and rMQR, with pinned options.
    micro = codevault.encode("12345", symbology=Symbology.MICRO_QR, version="M2")
    rmqr = codevault.encode("HELLO RMQR", symbology="rmqr", ecc="H")
    print(f"Micro QR {micro.version}: {micro.width}x{micro.height}; "
          f"rMQR {rmqr.version}: {rmqr.width}x{rmqr.height}")

    # 3. The other symbologies: 2D, linear and postal codes, with their own options and the
    #    linear style fields (bar height in mm needs a physical X-dimension).
    ean = codevault.encode("9501234567891", symbology=Symbology.EAN13, addon="12")
    (out / "ean13.png").write_bytes(
        ean.to_png(x_dim_mm=0.33, dpi=600, bar_height_mm=15.0, quiet_zone_markers=True)
    )
    gs1 = codevault.encode("[01]09501101530003[17]250101[10]ABC123",
                           symbology=Symbology.DATAMATRIX, gs1=True)
    (out / "gs1-datamatrix.svg").write_text(gs1.to_svg(module_size=6))
    pdf = codevault.encode("Part 1 of 2", symbology="pdf417", columns=4, security_level=3,
                           macro_pdf417={"segment_index": 0, "segment_count": 2, "file_id": "042"})
    print(f"EAN-13 {ean.width} modules wide; GS1 Data Matrix {gs1.version}; "
          f"PDF417 {pdf.width}x{pdf.height}")
    try:
        codevault.encode("9501234567890", symbology="ean13")
    except codevault.InvalidDataError as e:
        print(f"error {e.code} {e.name}: {e}")

    # 4. Requests: the same JSON shape as every other CodeVault SDK and the HTTP server.
    artifacts = codevault.generate({
        "data": "WIFI:T:WPA;S:Cafe;P:secret;;",
        "options": {"ecc": "Q"},
        "style": {"dark": "#000000", "module_size": 6, "quiet_zone": 2},
        "outputs": ["png", "svg", "matrix"],
    })
    png = artifacts.get(OutputFormat.PNG)
    assert png is not None
    (out / "wifi.png").write_bytes(png.data)
    print(f"request: version {artifacts.symbol.version}, outputs "
          f"{[(a.format, len(a)) for a in artifacts.outputs]}")

    # 5. Errors: one class per stable error code, all under CodeVaultError.
    try:
        codevault.encode("A" * 5000)
    except codevault.DataTooLongError as e:
        print(f"error {e.code} {e.name}: {e}")
    try:
        symbol.to_png(dark="not-a-colour")
    except codevault.CodeVaultError as e:
        print(f"error {e.code} {e.name}: {e}")

    # 6. Threads: encoding releases the GIL and every object is immutable.
    with ThreadPoolExecutor(max_workers=4) as pool:
        pngs = list(pool.map(lambda i: codevault.encode(f"ticket-{i}").to_png(), range(100)))
    print(f"{len(pngs)} PNGs from 4 threads")

    # 7. Pillow, when installed.
    try:
        image = symbol.to_pil(module_size=4)
        print(f"Pillow image {image.size} {image.mode}")
    except ImportError:
        print("Pillow not installed: skipped to_pil()")

    print(f"files in {out}")


if __name__ == "__main__":
    main()
