#!/usr/bin/env bash
# CodeVault's test command: installs what the suites need (idempotently), then runs them in
# order, failing fast, and closes with a plain `summary: N passed, N failed` line.
#
#   scripts/test-all.sh                 every suite
#   scripts/test-all.sh rust scan       only these suites, in this order
#   scripts/test-all.sh --keep-going    run every suite even after a failure
#   scripts/test-all.sh --list          list the suites
#
# Environment: CARGO_TARGET_DIR (default ~/.cache/codevault/target, outside the clone, so warm
# runs reuse builds), CV_FUZZ_SECONDS (fuzz smoke length, default 30), CV_NEXTEST=0 (plain
# cargo test instead of nextest), CV_SCAN_ONLY (e.g. "qr": limit the scan checks), CV_NO_INSTALL=1
# (never install anything; fail instead). See docs/testing.md.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
cd "$CV_ROOT" || exit 1
[ -x "$HOME/.cargo/bin/cargo" ] && case ":$PATH:" in *":$HOME/.cargo/bin:"*) ;; *) PATH=$HOME/.cargo/bin:$PATH ;; esac

# ---- the suites, in the order they run: adding a suite is one line here plus its function ----
SUITES=()
SUITES+=(fmt)          # rustfmt over the workspace and fuzz/
SUITES+=(clippy)       # clippy -D warnings, every target
SUITES+=(rust)         # cargo test --workspace (nextest + doctests)
SUITES+=(zint)         # committed zint vectors and scan capacities equal live zint
SUITES+=(scan)         # render with the CLI, read back with zxing-cpp and zbar
SUITES+=(c)            # C ABI: header up to date, C tests (+ valgrind), examples, Java/JNA
SUITES+=(python)       # Python SDK: abi3 wheel into a fresh venv, pytest, mypy
SUITES+=(node)         # Node SDK: napi build, node:test, npm pack + quickstart
SUITES+=(fuzz)         # fuzz corpus as a test, then a short cargo-fuzz smoke run
SUITES+=(benches)      # benches type-check (criterion + C harness compiles); never runs them

APT_PACKAGES=(zint libzint-dev libqrencode-dev zbar-tools pkg-config)
PY_PACKAGES=('zxing-cpp==3.1.*' 'pillow>=10')  # zxing-cpp pinned: the scanner is an oracle
CARGO_FUZZ_VERSION=0.13.2

# ---- counting: a suite may call `count PASSED FAILED` with its own test counts; a suite that
# does not is counted as one check ----
COUNT_FILE=$(mktemp); trap 'rm -f "$COUNT_FILE"' EXIT
count() { echo "$1 $2" >>"$COUNT_FILE"; }

# count_cargo LOG — adds up libtest (`test result: ... N passed; M failed`) and nextest
# (`Summary ... N tests run: N passed, M failed`) closing lines.
count_cargo() {
    local p f
    read -r p f < <(awk '
        /^test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } }
        /^ *Summary \[/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } }
        END { print p + 0, f + 0 }' "$1")
    count "$p" "$f"
}

# run_logged LOG CMD... — runs CMD with output to the terminal and to LOG.
run_logged() { local log=$1; shift; "$@" 2>&1 | tee -a "$log"; return "${PIPESTATUS[0]}"; }

need() { command -v "$1" >/dev/null || cv_die "$1 not found: $2"; }

# ---- setup ----
setup() {
    cv_header "setup"
    need cargo "install Rust with rustup"
    need python3 "install Python 3"
    cargo fmt --version >/dev/null 2>&1 || cv_die "rustfmt missing: rustup component add rustfmt"
    cargo clippy --version >/dev/null 2>&1 || cv_die "clippy missing: rustup component add clippy"
    if [ -z "${CV_NO_INSTALL:-}" ]; then
        cv_apt "${APT_PACKAGES[@]}"
        cv_venv "${PY_PACKAGES[@]}"
    fi
    echo "cargo:  $(cargo --version)"
    echo "target: $CARGO_TARGET_DIR"
    echo "zint:   $(zint --version 2>/dev/null | tail -1)"
    echo "venv:   $CV_VENV"
}

# ---- suites ----
suite_fmt() {
    cargo fmt --all -- --check || return
    cargo fmt --manifest-path fuzz/Cargo.toml -- --check
}

suite_clippy() {
    cargo clippy --workspace --all-targets -- -D warnings
}

suite_rust() {
    local log rc=0
    log=$(mktemp)
    if [ "${CV_NEXTEST:-1}" != 0 ] && cargo nextest --version >/dev/null 2>&1; then
        run_logged "$log" cargo nextest run --workspace --no-fail-fast --failure-output final \
            --no-tests=warn || rc=$?
        # nextest does not run doctests
        run_logged "$log" cargo test --workspace --doc || rc=$?
    else
        run_logged "$log" cargo test --workspace --no-fail-fast || rc=$?
    fi
    count_cargo "$log"
    rm -f "$log"
    return $rc
}

suite_zint() {
    python3 scripts/zint_vectors/generate.py --check || return
    python3 scripts/scan/capacity.py --check
}

suite_scan() {
    cargo build --release -p codevault-cli || return
    local log rc=0 args=() cli="$CARGO_TARGET_DIR/release/codevault" script p f
    [ -n "${CV_SCAN_ONLY:-}" ] && args+=(--only "$CV_SCAN_ONLY")
    # QR family (scan.py), every other symbology (scan_symbologies.py), the docs pictures.
    for script in scan/scan.py scan/scan_symbologies.py docs_images.py; do
        log=$(mktemp)
        if [ "$script" = docs_images.py ]; then
            run_logged "$log" "$CV_VENV/bin/python" "scripts/$script" --check --cli "$cli" || rc=$?
        else
            run_logged "$log" "$CV_VENV/bin/python" "scripts/$script" --cli "$cli" "${args[@]}" ||
                rc=$?
        fi
        p='' f=''
        read -r p f < <(sed -n 's/^.*: \([0-9]*\) passed, \([0-9]*\) failed$/\1 \2/p' "$log" | tail -1)
        [ -n "${p:-}" ] && count "$p" "$f"
        rm -f "$log"
    done
    return $rc
}

# suite_binding DIR — runs DIR/test.sh and counts its closing `N passed, N failed` line.
suite_binding() {
    local log rc=0 p f
    log=$(mktemp)
    run_logged "$log" bash "$1/test.sh" || rc=$?
    read -r p f < <(sed -n 's/^.*\b\([0-9][0-9]*\) passed, \([0-9][0-9]*\) failed.*$/\1 \2/p' "$log" | tail -1)
    [ -n "${p:-}" ] && count "$p" "$f"
    rm -f "$log"
    return $rc
}

suite_c() { suite_binding bindings/c; }
suite_python() { suite_binding bindings/python; }
suite_node() { suite_binding bindings/node; }

suite_fuzz() {
    local log rc=0
    log=$(mktemp)
    # The target bodies over the seed corpus (and an option sweep), as a plain test.
    run_logged "$log" cargo test --manifest-path fuzz/Cargo.toml --no-default-features || rc=$?
    count_cargo "$log"
    rm -f "$log"
    [ $rc -eq 0 ] || return $rc
    cargo clippy --manifest-path fuzz/Cargo.toml --no-default-features --all-targets \
        -- -D warnings || return
    if ! command -v cargo-fuzz >/dev/null && [ -z "${CV_NO_INSTALL:-}" ]; then
        echo "installing cargo-fuzz $CARGO_FUZZ_VERSION (about a minute)"
        cargo install --locked "cargo-fuzz@$CARGO_FUZZ_VERSION" || return
    fi
    if ! command -v cargo-fuzz >/dev/null; then
        echo "cargo-fuzz not installed: corpus test only"
        return 0
    fi
    # cargo-fuzz needs nightly flags (-Zsanitizer); RUSTC_BOOTSTRAP lets stable accept them.
    # New inputs go to a scratch corpus; the committed seeds are read only.
    local scratch target
    for target in qr_encode symbology_encode; do
        scratch=$(mktemp -d)
        log=$(mktemp)
        (cd fuzz && RUSTC_BOOTSTRAP=1 cargo fuzz run "$target" "$scratch" "corpus/$target" -- \
            -max_total_time="${CV_FUZZ_SECONDS:-30}" -print_final_stats=1) >"$log" 2>&1 || rc=$?
        if [ $rc -eq 0 ]; then
            echo "fuzz $target:"
            grep -E '^(Done|stat::)' "$log"   # libFuzzer's closing statistics
        else
            tail -150 "$log"
            echo "fuzz: $target failed; the crashing input is under fuzz/artifacts/$target/"
        fi
        rm -rf "$scratch" "$log"
        [ $rc -eq 0 ] || return $rc
    done
    return $rc
}

suite_benches() {
    # Type-check the benchmarks (no optimised build: that is minutes on a cold machine and
    # proves nothing more; scripts/bench-qr.sh builds and runs them).
    cargo check -p codevault-benches --benches --examples || return
    # The C peers harness (libqrencode, libzint) must compile and link too.
    mkdir -p "$CARGO_TARGET_DIR/c-bench"
    # shellcheck disable=SC2046
    gcc -O2 -Wall -Wextra -Werror -o "$CARGO_TARGET_DIR/c-bench/peers" benches/c/peers.c \
        $(pkg-config --cflags --libs libqrencode) -lzint -lm
}

# ---- driver ----
KEEP_GOING=0
SELECTED=()
for arg in "$@"; do
    case $arg in
        --keep-going|-k) KEEP_GOING=1 ;;
        --list|-l) printf '%s\n' "${SUITES[@]}"; exit 0 ;;
        -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        -*) cv_die "unknown option $arg (try --help)" ;;
        *) [[ " ${SUITES[*]} " == *" $arg "* ]] || cv_die "unknown suite '$arg'; suites: ${SUITES[*]}"
           SELECTED+=("$arg") ;;
    esac
done
[ ${#SELECTED[@]} -eq 0 ] && SELECTED=("${SUITES[@]}")

T0=$SECONDS
setup
FAILED_SUITES=()
TIMES=()
for s in "${SELECTED[@]}"; do
    cv_header "$s"
    before=$(wc -l <"$COUNT_FILE")
    rc=0
    cv_time "suite_$s" || rc=$?
    if [ "$(wc -l <"$COUNT_FILE")" -eq "$before" ]; then
        if [ $rc -eq 0 ]; then count 1 0; else count 0 1; fi
    elif [ $rc -ne 0 ] && [ "$(tail -1 "$COUNT_FILE" | cut -d' ' -f2)" = 0 ]; then
        count 0 1  # the suite failed outside its counted tests (build error, lint, ...)
    fi
    TIMES+=("$s ${CV_ELAPSED}s $([ $rc -eq 0 ] && echo ok || echo FAILED)")
    if [ $rc -ne 0 ]; then
        FAILED_SUITES+=("$s")
        printf '%s==== %s FAILED (exit %s) — see the output above ====%s\n' "$CV_RED" "$s" "$rc" "$CV_OFF"
        [ $KEEP_GOING = 1 ] || break
    fi
done

cv_header "summary"
printf '  %s\n' "${TIMES[@]}"
echo "  total $((SECONDS - T0))s"
[ ${#FAILED_SUITES[@]} -gt 0 ] && echo "  failed suites: ${FAILED_SUITES[*]}"
read -r PASSED FAILED < <(awk '{ p += $1; f += $2 } END { print p + 0, f + 0 }' "$COUNT_FILE")
echo "summary: $PASSED passed, $FAILED failed"
[ ${#FAILED_SUITES[@]} -eq 0 ]
