#!/usr/bin/env bash
# Side-by-side QR encode benchmark: CodeVault, fast_qr, qrcodegen, qrcode (Rust, examples/medians)
# and libqrencode, libzint (C, benches/c/peers.c) on the same payloads (benches/payloads.txt),
# version and ECC pinned, automatic mask, matrix only. Prints a markdown table of median µs per
# encode and the ratio fastest peer / CodeVault (above 1 = we are faster).
#
#   scripts/bench-qr.sh [--samples N] [--rounds R] [--callgrind] [--criterion]
#
#   --samples N   timed batches per measurement (default 31)
#   --rounds R    run the Rust and C harnesses alternately R times and report, for each cell, the
#                 median of the R medians (default 3), so a burst of load on this shared 2-core
#                 machine hits every library alike
#   --callgrind   also count instructions per encode with valgrind, all six libraries, every case
#                 (stable whatever else the machine does)
#   --criterion   also run the full criterion bench (cargo bench -p codevault-benches)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
cd "$CV_ROOT"

SAMPLES=31 ROUNDS=3 CALLGRIND=0 CRITERION=0
while [ $# -gt 0 ]; do
    case $1 in
        --samples) SAMPLES=$2; shift ;;
        --rounds) ROUNDS=$2; shift ;;
        --callgrind) CALLGRIND=1 ;;
        --criterion) CRITERION=1 ;;
        -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
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
for r in $(seq "$ROUNDS"); do
    cv_log "round $r/$ROUNDS: Rust libraries ($SAMPLES samples each)"
    "$MEDIANS" --samples "$SAMPLES" >>"$OUT"
    cv_log "round $r/$ROUNDS: C libraries"
    "$PEERS" benches/payloads.txt "$SAMPLES" >>"$OUT"
done

echo
echo "QR encode, matrix only, median µs per encode, median of $ROUNDS rounds × $SAMPLES samples ($(nproc) cores, $(date -u +%Y-%m-%d), $(rustc --version | cut -d' ' -f1-2), zint $(zint --version 2>/dev/null | tail -1 | awk '{print $NF}'), libqrencode $(pkg-config --modversion libqrencode))"
echo
# median of the rounds for each (library, case), in first-seen order
awk -F'\t' '{ k = $1 "\t" $2; if (!(k in n)) order[++m] = k; v[k, ++n[k]] = $3 }
    END { for (i = 1; i <= m; i++) { k = order[i]; c = n[k]
            for (a = 1; a <= c; a++) x[a] = v[k, a] + 0
            for (a = 1; a <= c; a++) for (b = a + 1; b <= c; b++) if (x[b] < x[a]) { t = x[a]; x[a] = x[b]; x[b] = t }
            printf "%s\t%.1f\n", k, (c % 2 ? x[(c + 1) / 2] : (x[c / 2] + x[c / 2 + 1]) / 2) } }' "$OUT" |
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
    }'

if [ $CALLGRIND = 1 ]; then
    echo
    echo "Instructions per encode (valgrind --tool=callgrind: (run with 21 encodes − run with 1) / 20):"
    echo
    echo "| case | library | instructions per encode | × codevault |"
    echo "| --- | --- | ---: | ---: |"
    ir() { # ir LIB CASE ITERS
        local f bin=$MEDIANS
        case $1 in libqrencode|libzint) bin="$PEERS benches/payloads.txt" ;; esac
        f=$(mktemp)
        # shellcheck disable=SC2086
        valgrind --tool=callgrind --callgrind-out-file="$f" $bin --only "$1" --case "$2" --iters "$3" >/dev/null 2>&1
        callgrind_annotate "$f" 2>/dev/null | awk '/PROGRAM TOTALS/ { gsub(",", "", $1); print $1; exit }'
        rm -f "$f"
    }
    for case in V3-H V10-H V40-H; do
        base=0
        for lib in codevault fast_qr qrcodegen qrcode libqrencode libzint; do
            one=$(ir "$lib" "$case" 1) many=$(ir "$lib" "$case" 21)
            per=$(( (many - one) / 20 ))
            [ "$lib" = codevault ] && base=$per
            echo "| $case | $lib | $per | $(awk -v a="$per" -v b="$base" 'BEGIN { printf "%.2f", a / b }') |"
        done
    done
fi

if [ $CRITERION = 1 ]; then
    echo
    cargo bench -p codevault-benches --bench qr_encode
fi
