"""CodeVault's Python SDK against segno and python-qrcode, in the same run.

    python benches/python/bench.py [--quick] [--no-rust] [--markdown FILE]

Every case pins version and ECC level (from ``benches/payloads.txt``) so all three libraries
make the same symbol size; each timed call is end to end: data in, PNG/SVG bytes out, at
10 px per module with a 4-module quiet zone (the "styled" row: 6 px, dark #1a237e on #fffde7).
Medians of repeated batches; ratios are peer median ÷ codevault median.

The last table compares ``codevault.encode(...).to_png()`` with the same facade calls timed in
Rust (``cargo run --release -p codevault-python --example bench_rust_png``): the binding's
overhead. Run it from the repository with the wheel installed (``bindings/python/test.sh``
builds one; ``pip install`` it into the venv that runs this script).
"""

from __future__ import annotations

import argparse
import io
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable, Optional

import codevault

ROOT = Path(__file__).resolve().parents[2]
PAYLOADS = ROOT / "benches" / "payloads.txt"
DARK, LIGHT = "#1a237e", "#fffde7"
TOP_PAD = "MALLOC_TOP_PAD_=67108864"


def cases() -> list[tuple[str, int, str, str]]:
    """(name, version, ecc, payload) from benches/payloads.txt."""
    out = []
    for line in PAYLOADS.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, version, ecc, payload = line.split("\t")
            out.append((name, int(version), ecc, payload))
    return out


def median_us(fn: Callable[[], object], budget: float, min_samples: int = 5) -> float:
    """Median µs per call over batches of about 2 ms (as the Rust side), within ``budget`` s."""
    start = time.perf_counter()
    fn()
    single = max(time.perf_counter() - start, 1e-7)
    batch = max(1, min(10_000, int(0.002 / single)))
    samples: list[float] = []
    deadline = time.perf_counter() + budget
    while len(samples) < min_samples or (time.perf_counter() < deadline and len(samples) < 301):
        t = time.perf_counter()
        for _ in range(batch):
            fn()
        samples.append((time.perf_counter() - t) * 1e6 / batch)
    return statistics.median(samples)


# ---- the three libraries: (version, ecc, payload) -> callable producing bytes ----


def cv_png(v: int, e: str, p: str, styled: bool = False) -> Callable[[], bytes]:
    if styled:
        return lambda: codevault.encode(p, ecc=e, version=v, boost=False).to_png(
            dark=DARK, light=LIGHT, module_size=6
        )
    return lambda: codevault.encode(p, ecc=e, version=v, boost=False).to_png()


def cv_svg(v: int, e: str, p: str) -> Callable[[], bytes]:
    return lambda: codevault.encode(p, ecc=e, version=v, boost=False).to_svg().encode()


def segno_png(v: int, e: str, p: str, styled: bool = False) -> Callable[[], bytes]:
    import segno

    def run() -> bytes:
        buf = io.BytesIO()
        qr = segno.make_qr(p, error=e.lower(), version=v, boost_error=False)
        if styled:
            qr.save(buf, kind="png", scale=6, border=4, dark=DARK, light=LIGHT)
        else:
            qr.save(buf, kind="png", scale=10, border=4)
        return buf.getvalue()

    return run


def segno_svg(v: int, e: str, p: str) -> Callable[[], bytes]:
    import segno

    def run() -> bytes:
        buf = io.BytesIO()
        segno.make_qr(p, error=e.lower(), version=v, boost_error=False).save(
            buf, kind="svg", scale=10, border=4
        )
        return buf.getvalue()

    return run


def _qrcode(v: int, e: str, p: str, box: int) -> object:
    import qrcode  # type: ignore[import-untyped]
    import qrcode.constants as c  # type: ignore[import-untyped]

    level = {"L": c.ERROR_CORRECT_L, "M": c.ERROR_CORRECT_M, "Q": c.ERROR_CORRECT_Q,
             "H": c.ERROR_CORRECT_H}[e]
    qr = qrcode.QRCode(version=v, error_correction=level, box_size=box, border=4)
    qr.add_data(p)
    qr.make(fit=False)
    return qr


def qrcode_png(v: int, e: str, p: str, styled: bool = False) -> Callable[[], bytes]:
    def run() -> bytes:
        buf = io.BytesIO()
        qr = _qrcode(v, e, p, 6 if styled else 10)
        if styled:
            img = qr.make_image(fill_color=DARK, back_color=LIGHT)  # type: ignore[attr-defined]
        else:
            img = qr.make_image()  # type: ignore[attr-defined]
        img.save(buf, format="PNG")
        return buf.getvalue()

    return run


def qrcode_svg(v: int, e: str, p: str) -> Callable[[], bytes]:
    from qrcode.image.svg import SvgPathImage  # type: ignore[import-untyped]

    def run() -> bytes:
        buf = io.BytesIO()
        _qrcode(v, e, p, 10).make_image(image_factory=SvgPathImage).save(buf)  # type: ignore[attr-defined]
        return buf.getvalue()

    return run


def rust_times(payload: str, version: int, ecc: str) -> Optional[tuple[float, float]]:
    """Median µs of (encode + PNG, encode) as the same facade calls in Rust, or None."""
    cmd = ["cargo", "run", "--release", "-q", "-p", "codevault-python", "--example",
           "bench_rust_png", "--", payload, str(version), ecc]
    try:
        out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError) as e:
        print(f"rust timing unavailable: {e}", file=sys.stderr)
        return None
    png, encode = out.stdout.split()[:2]
    return float(png), float(encode)


def py_times(name: str, budget: float) -> tuple[float, float]:
    """Median µs of (``encode().to_png()``, ``encode()``) for a case, in this process."""
    v, e, p = next((c[1], c[2], c[3]) for c in cases() if c[0] == name)
    png = median_us(cv_png(v, e, p), budget, min_samples=31)
    encode = median_us(lambda: codevault.encode(p, ecc=e, version=v, boost=False), budget,
                       min_samples=31)
    return png, encode


def py_times_in_child(name: str, budget: float, env: dict[str, str]) -> tuple[float, float]:
    """``py_times`` in a fresh interpreter with extra environment variables."""
    out = subprocess.run(
        [sys.executable, __file__, "--py-times", name, "--budget", str(budget)],
        env={**os.environ, **env}, capture_output=True, text=True, check=True,
    )
    png, encode = out.stdout.split()[:2]
    return float(png), float(encode)


def fmt_us(us: float) -> str:
    return f"{us / 1000:.2f} ms" if us >= 1000 else f"{us:.0f} µs"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="0.3 s per measurement instead of 2 s")
    ap.add_argument("--no-rust", action="store_true", help="skip the binding-overhead row")
    ap.add_argument("--markdown", type=Path, help="also write the tables to this file")
    ap.add_argument("--py-times", metavar="CASE", help=argparse.SUPPRESS)
    ap.add_argument("--budget", type=float, help=argparse.SUPPRESS)
    args = ap.parse_args()
    budget = args.budget or (0.3 if args.quick else 2.0)
    if args.py_times:
        print(*py_times(args.py_times, budget))
        return

    import segno
    from importlib.metadata import version as dist_version

    lines: list[str] = []

    def emit(line: str = "") -> None:
        print(line, flush=True)
        lines.append(line)

    emit(f"codevault {codevault.__version__}, segno {segno.__version__}, "
         f"qrcode {dist_version('qrcode')}, Pillow {dist_version('pillow')}; "
         f"Python {platform.python_version()} on {platform.machine()}, "
         f"{os.cpu_count()} CPUs")
    emit()
    emit("| case | output | codevault | segno | qrcode | segno ÷ cv | qrcode ÷ cv |")
    emit("|---|---|---:|---:|---:|---:|---:|")
    rows: list[tuple[str, str, Callable[..., Callable[[], bytes]], Callable[..., Callable[[], bytes]],
                     Callable[..., Callable[[], bytes]], bool]] = []
    for name, v, e, p in cases():
        rows.append((name, "PNG", cv_png, segno_png, qrcode_png, False))
        rows.append((name, "SVG", cv_svg, segno_svg, qrcode_svg, False))
    name10, v10, e10, p10 = next(c for c in cases() if c[0] == "V10-H")
    worst = float("inf")
    for name, output, cv, sg, qc, _ in rows:
        v, e, p = next((c[1], c[2], c[3]) for c in cases() if c[0] == name)
        t_cv = median_us(cv(v, e, p), budget)
        t_sg = median_us(sg(v, e, p), budget)
        t_qc = median_us(qc(v, e, p), budget)
        worst = min(worst, t_sg / t_cv, t_qc / t_cv)
        emit(f"| {name} | {output} | {fmt_us(t_cv)} | {fmt_us(t_sg)} | {fmt_us(t_qc)} | "
             f"{t_sg / t_cv:.1f}× | {t_qc / t_cv:.1f}× |")
    t_cv = median_us(cv_png(v10, e10, p10, styled=True), budget)
    t_sg = median_us(segno_png(v10, e10, p10, styled=True), budget)
    t_qc = median_us(qrcode_png(v10, e10, p10, styled=True), budget)
    worst = min(worst, t_sg / t_cv, t_qc / t_cv)
    emit(f"| {name10} styled | PNG (6 px, {DARK} on {LIGHT}) | {fmt_us(t_cv)} | {fmt_us(t_sg)} | "
         f"{fmt_us(t_qc)} | {t_sg / t_cv:.1f}× | {t_qc / t_cv:.1f}× |")
    emit()
    emit(f"Smallest speed-up over a peer: {worst:.1f}× (target ≥ 10×).")

    if not args.no_rust:
        emit()
        emit("Binding overhead: Python `codevault.encode(...)` / `.to_png()` against the same facade")
        emit("calls timed in Rust (`bench_rust_png` example, same release profile). `top pad`:")
        emit(f"the Python run again with `{TOP_PAD}` (glibc keeps freed heap instead of")
        emit("returning it, as the Rust process effectively does; see RESULTS.md).")
        emit()
        emit("| case | Rust encode | Python encode | overhead | Rust QR → PNG | Python QR → PNG | "
             "overhead | Python, top pad | overhead |")
        emit("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
        pad = dict([TOP_PAD.split("=")])
        for name, v, e, p in cases():
            # Alternate the runs and keep each one's best median: the machine is shared, and
            # load only ever slows a run down.
            rounds = []
            for _ in range(2 if args.quick else 5):
                rust = rust_times(p, v, e)
                if rust is None:
                    break
                rounds.append((*rust, *py_times(name, 0.5), py_times_in_child(name, 0.5, pad)[0]))
            if not rounds:
                continue
            r_png, r_enc, py_png, py_enc, pad_png = (min(r[i] for r in rounds) for i in range(5))
            emit(f"| {name} | {fmt_us(r_enc)} | {fmt_us(py_enc)} | {100 * (py_enc / r_enc - 1):+.1f} % | "
                 f"{fmt_us(r_png)} | {fmt_us(py_png)} | {100 * (py_png / r_png - 1):+.1f} % | "
                 f"{fmt_us(pad_png)} | {100 * (pad_png / r_png - 1):+.1f} % |")

    if args.markdown:
        args.markdown.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
