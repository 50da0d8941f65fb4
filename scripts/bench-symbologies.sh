#!/usr/bin/env bash
# Side-by-side benchmark of every symbology beyond QR: CodeVault, rxing and libzint encode the
# same inputs in one process (benches/benches/symbologies.rs, criterion, matrix only). Prints a
# markdown table of median µs per encode and, per row, the ratio of the faster peer to CodeVault
# (above 1 = we are faster).
#
#   scripts/bench-symbologies.sh [FILTER]     e.g. FILTER=datamatrix to run one family
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
cd "$CV_ROOT"
FILTER=${1:-symbology/}
cv_apt libzint-dev
cargo bench -p codevault-benches --bench symbologies --features libzint -- "$FILTER" >&2
python3 - "$CARGO_TARGET_DIR/criterion" <<'PY'
import json, pathlib, sys
root = pathlib.Path(sys.argv[1])
rows = {}
for est in sorted(root.glob("symbology_*/*/new/estimates.json")):
    group, lib = est.parts[-4], est.parts[-3]
    rows.setdefault(group.removeprefix("symbology_").replace("_", "/", 1), {})[lib] = \
        json.loads(est.read_text())["median"]["point_estimate"] / 1000.0
print("| case | codevault µs | rxing µs | libzint µs | faster peer / codevault |")
print("|---|---:|---:|---:|---:|")
fmt = lambda v: f"{v:.2f}" if v is not None else "—"
for case, libs in sorted(rows.items()):
    ours = libs.get("codevault")
    peers = [v for k, v in libs.items() if k != "codevault"]
    ratio = f"{min(peers) / ours:.1f}×" if ours and peers else "—"
    print(f"| {case} | {fmt(ours)} | {fmt(libs.get('rxing'))} | {fmt(libs.get('libzint'))} | {ratio} |")
PY
