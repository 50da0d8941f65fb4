#!/usr/bin/env python3
"""Writes (or with --check, verifies) scripts/scan/capacities.json: for every QR version x ECC
level, Micro QR M1-M4 x allowed ECC and rMQR size x {M, H}, the largest single-mode payload
(numeric, alphanumeric, byte) that zint fits into the pinned symbol.

zint is the oracle, so the scan checks fill each symbol to what an independent encoder says it
holds without the project carrying a hand-typed capacity table. Needs `zint` on PATH (the test
command installs it); the scan checks themselves only read the JSON.
"""
import json
import os
import pathlib
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, str(pathlib.Path(__file__).parent))
import cases  # noqa: E402

OUT = pathlib.Path(__file__).with_name("capacities.json")
ZINT_NAME = {"qr": "QRCODE", "micro-qr": "MICROQR", "rmqr": "RMQR"}
SECURE = {"L": 1, "M": 2, "Q": 3, "H": 4}
UPPER = {"numeric": 7089, "alphanumeric": 4296, "byte": 2953}


def fits(symbology, version, ecc, mode, n):
    data = cases.payload(mode, n)
    args = ["zint", "-b", ZINT_NAME[symbology], f"--vers={version}", "--dump", "-d", data]
    if not (symbology == "micro-qr" and version == 1):
        args.append(f"--secure={SECURE[ecc]}")
    proc = subprocess.run(args, capture_output=True, text=True)
    return proc.returncode == 0 and "Error" not in proc.stderr + proc.stdout


def capacity(symbology, version, ecc, mode):
    lo, hi = 0, UPPER[mode] + 1  # fits(lo) holds, fits(hi) does not
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if fits(symbology, version, ecc, mode, mid):
            lo = mid
        else:
            hi = mid
    return lo


def main():
    syms = list(cases.symbols())
    jobs = [(c, m) for c in syms for m in c["modes"]]
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        caps = list(pool.map(lambda j: capacity(j[0]["symbology"], j[0]["zint_version"],
                                                j[0]["ecc"], j[1]), jobs))
    table = {}
    for (c, m), n in zip(jobs, caps):
        table.setdefault(cases.key(c), {})[m] = n
    text = json.dumps({"zint": subprocess.run(["zint", "--version"], capture_output=True,
                                              text=True).stdout.split()[-1],
                       "capacity": table}, indent=1) + "\n"
    if "--check" in sys.argv:
        if not OUT.exists() or OUT.read_text() != text:
            print(f"{OUT.name} differs from live zint; rerun scripts/scan/capacity.py")
            sys.exit(1)
        print(f"{OUT.name}: {len(table)} symbols match live zint")
    else:
        OUT.write_text(text)
        print(f"wrote {OUT.name}: {len(table)} symbols")


if __name__ == "__main__":
    main()
