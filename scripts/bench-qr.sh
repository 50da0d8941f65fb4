#!/usr/bin/env bash
# Side-by-side QR encode benchmark: CodeVault, fast_qr, qrcodegen, qrcode (Rust, examples/medians)
# and libqrencode, libzint (C, benches/c/peers.c) on the same payloads (benches/payloads.txt),
# version and ECC pinned, automatic mask, matrix only. Prints a markdown table of median µs per
# encode and the ratio fastest peer / CodeVault (above 1 = we are faster).
#
#   scripts/bench-qr.sh [--samples N] [--callgrind] [--criterion]
#
#   --samples N   timed batches per measurement (default 31)
#   --callgrind   also count instructions per encode with valgrind (CodeVault vs fast_qr, V10-H)
#   --criterion   also run the full criterion bench (cargo bench -p codevault-benches)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
cd "$CV_ROOT"

SAMPLES=31 CALLGRIND=0 CRITERION=0
while [ $# -gt 0 ]; do
    case $1 in
        --samples) SAMPLES=$2; shift ;;
        --callgrind) CALLGRIND=1 ;;
        --criterion) CRITERION=1 ;;
        -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) cv_die "unknown argument $1" ;;
    esac
    shift
done

cv_apt libqrencode-dev libzint-dev pkg-config gcc
[ $CALLGRIND = 1 ] && cv_apt valgrind

cv_log "building (release)"
cargo build --release -q -p codevault-benches --example medians
MEDIANS=$CARGO_TARGET_DIR/release/examples/medians
mkdir -p "$CARGO_TARGET_DIR/c-bench"
PEERS=$CARGO_TARGET_DIR/c-bench/peers
# shellcheck disable=SC2046
gcc -O2 -o "$PEERS" benches/c/peers.c $(pkg-config --cflags --libs libqrencode) -lzint -lm

OUT=$(mktemp)
trap 'rm -f "$OUT"' EXIT
cv_log "timing the Rust libraries ($SAMPLES samples each)"
"$MEDIANS" --samples "$SAMPLES" >>"$OUT"
cv_log "timing the C libraries"
"$PEERS" benches/payloads.txt "$SAMPLES" >>"$OUT"

echo
echo "QR encode, matrix only, median µs per encode ($(nproc) cores, $(date -u +%Y-%m-%d), $(rustc --version | cut -d' ' -f1-2), zint $(zint --version 2>/dev/null | tail -1 | awk '{print $NF}'), libqrencode $(pkg-config --modversion libqrencode))"
echo
awk -F'\t' '
    { t[$1, $2] = $3; if (!($1 in seenl)) { seenl[$1] = 1; libs[++nl] = $1 }
      if (!($2 in seenc)) { seenc[$2] = 1; cases[++nc] = $2 } }
    END {
        hdr = "| case |"; sep = "| --- |"
        for (i = 1; i <= nl; i++) { hdr = hdr " " libs[i] " |"; sep = sep " ---: |" }
        print hdr " fastest peer / codevault |"; print sep " ---: |"
        for (j = 1; j <= nc; j++) {
            c = cases[j]; row = "| " c " |"; best = 0; bestn = ""
            for (i = 1; i <= nl; i++) {
                v = t[libs[i], c]; row = row " " (v == "" ? "–" : v) " |"
                if (libs[i] != "codevault" && v != "" && (best == 0 || v + 0 < best)) { best = v + 0; bestn = libs[i] }
            }
            ours = t["codevault", c] + 0
            printf "%s %s |\n", row, (ours > 0 ? sprintf("%.2f× (%s)", best / ours, bestn) : "–")
        }
    }' "$OUT"

if [ $CALLGRIND = 1 ]; then
    echo
    echo "Instructions per encode, V10-H (valgrind --tool=callgrind; (run with 101 encodes − run with 1) / 100):"
    echo
    echo "| library | instructions per encode |"
    echo "| --- | ---: |"
    for lib in codevault fast_qr; do
        ir() {
            local f
            f=$(mktemp)
            valgrind --tool=callgrind --callgrind-out-file="$f" "$MEDIANS" --only "$lib" --case V10-H --iters "$1" >/dev/null 2>&1
            callgrind_annotate "$f" 2>/dev/null | awk '/PROGRAM TOTALS/ { gsub(",", "", $1); print $1; exit }'
            rm -f "$f"
        }
        one=$(ir 1) many=$(ir 101)
        echo "| $lib | $(( (many - one) / 100 )) |"
    done
fi

if [ $CRITERION = 1 ]; then
    echo
    cargo bench -p codevault-benches --bench qr_encode
fi
