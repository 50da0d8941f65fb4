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

    # 3. Requests: the same JSON shape as every other CodeVault SDK and the HTTP server.
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

    # 4. Errors: one class per stable error code, all under CodeVaultError.
    try:
        codevault.encode("A" * 5000)
    except codevault.DataTooLongError as e:
        print(f"error {e.code} {e.name}: {e}")
    try:
        symbol.to_png(dark="not-a-colour")
    except codevault.CodeVaultError as e:
        print(f"error {e.code} {e.name}: {e}")

    # 5. Threads: encoding releases the GIL and every object is immutable.
    with ThreadPoolExecutor(max_workers=4) as pool:
        pngs = list(pool.map(lambda i: codevault.encode(f"ticket-{i}").to_png(), range(100)))
    print(f"{len(pngs)} PNGs from 4 threads")

    # 6. Pillow, when installed.
    try:
        image = symbol.to_pil(module_size=4)
        print(f"Pillow image {image.size} {image.mode}")
    except ImportError:
        print("Pillow not installed: skipped to_pil()")

    print(f"files in {out}")


if __name__ == "__main__":
    main()
