#!/usr/bin/env bash
# The Python SDK's test command. Standalone and idempotent:
#
#   1. a tools venv under ${XDG_CACHE_HOME:-$HOME/.cache}/codevault/py-venv (reused; maturin 1.16,
#      pytest, mypy, Pillow, zxing-cpp, segno, qrcode installed when missing);
#   2. rustfmt, clippy -D warnings and the crate's Rust tests;
#   3. `maturin build --release`: the abi3 wheel;
#   4. a fresh, empty venv per run: installs only the wheel (as a user would), imports it, runs the
#      quickstart example without Pillow; then adds pytest/mypy/Pillow/zxing-cpp and runs the
#      pytest suite, mypy --strict (tests + examples), stubtest (stubs = runtime) and the
#      quickstart again with Pillow;
#   5. the wheel imports and encodes on every CPython 3.9–3.13 found on PATH or in pyenv;
#
# and ends with one plain line: `N passed, N failed` (pytest's counts plus one per other check).
#
# Environment: CARGO_TARGET_DIR (default: cargo's), CV_PY_ONLY="pytest args" (passed to pytest),
# CV_NO_INSTALL=1 (never install tools; fail instead).
set -uo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
CACHE=${XDG_CACHE_HOME:-$HOME/.cache}/codevault
TOOLS=$CACHE/py-venv
PYTHON=${PYTHON:-python3}
[ -x "$HOME/.cargo/bin/cargo" ] && case ":$PATH:" in *":$HOME/.cargo/bin:"*) ;; *) PATH=$HOME/.cargo/bin:$PATH ;; esac

WORK=$(mktemp -d "${TMPDIR:-/tmp}/codevault-py.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
PASSED=0
FAILED=0
FAILURES=()

header() { printf '\n==> %s\n' "$*"; }
# check NAME CMD... — runs CMD; counts one pass or one failure.
check() {
    local name=$1; shift
    header "$name"
    if "$@"; then
        PASSED=$((PASSED + 1))
    else
        FAILED=$((FAILED + 1)); FAILURES+=("$name")
        echo "FAILED: $name"
    fi
}
finish() {
    echo
    [ ${#FAILURES[@]} -gt 0 ] && printf 'failed: %s\n' "${FAILURES[@]}"
    echo "$PASSED passed, $FAILED failed"
    [ "$FAILED" -eq 0 ]
    exit $?
}

# ---- 1. tools ----
header "tools venv $TOOLS"
TOOL_PACKAGES=("maturin>=1.16,<1.17" pytest mypy pillow zxing-cpp segno "qrcode[pil]")
if [ ! -x "$TOOLS/bin/python" ]; then
    [ "${CV_NO_INSTALL:-0}" = 1 ] && { echo "no tools venv at $TOOLS and CV_NO_INSTALL=1"; FAILED=1; finish; }
    mkdir -p "$CACHE" && "$PYTHON" -m venv "$TOOLS" || { FAILED=1; finish; }
fi
missing=()
for spec in "${TOOL_PACKAGES[@]}"; do
    name=${spec%%[<>=\[]*}
    "$TOOLS/bin/python" -m pip show -q "$name" >/dev/null 2>&1 || missing+=("$spec")
done
if ! "$TOOLS/bin/maturin" --version 2>/dev/null | grep -q '^maturin 1\.16\.'; then
    missing+=("maturin>=1.16,<1.17")
fi
if [ ${#missing[@]} -gt 0 ]; then
    [ "${CV_NO_INSTALL:-0}" = 1 ] && { echo "missing ${missing[*]} and CV_NO_INSTALL=1"; FAILED=1; finish; }
    echo "installing ${missing[*]}"
    "$TOOLS/bin/python" -m pip install -q --upgrade "${missing[@]}" || { FAILED=1; finish; }
fi
"$TOOLS/bin/maturin" --version

# ---- 2. Rust ----
cd "$ROOT" || exit 1
check "rustfmt" cargo fmt -p codevault-python --check
check "clippy -D warnings" cargo clippy -q -p codevault-python --all-targets -- -D warnings
check "cargo test" cargo test -q -p codevault-python
check "core messages" sh -c 'cargo run -q -p codevault-python --example core_messages >"$1"' _ "$WORK/core-messages.json"

# ---- 3. wheel ----
build_wheel() {
    (cd "$HERE" && "$TOOLS/bin/maturin" build --release -q -o "$WORK/wheels") &&
        ls "$WORK"/wheels/codevault-*-cp39-abi3-*.whl
}
if ! check "maturin build --release (abi3 wheel)" build_wheel; then finish; fi
WHEEL=$(ls "$WORK"/wheels/codevault-*.whl | head -1)

# ---- 4. a fresh venv, as a user would ----
VENV=$WORK/venv
fresh_install() {
    "$PYTHON" -m venv "$VENV" &&
        "$VENV/bin/python" -m pip install -q --disable-pip-version-check "$WHEEL" &&
        "$VENV/bin/python" -c 'import codevault, sys; s = codevault.encode("HELLO"); print("codevault", codevault.__version__, "on", sys.version.split()[0], s)'
}
if ! check "fresh venv: pip install the wheel" fresh_install; then finish; fi
check "quickstart example (no Pillow)" "$VENV/bin/python" "$HERE/examples/quickstart.py" "$WORK/quickstart"
header "fresh venv: test dependencies"
"$VENV/bin/python" -m pip install -q --disable-pip-version-check pytest mypy pillow zxing-cpp ||
    { FAILED=$((FAILED + 1)); FAILURES+=("test dependencies"); finish; }

header "pytest"
cd "$HERE/tests" || exit 1
CODEVAULT_CORE_MESSAGES=$WORK/core-messages.json CODEVAULT_ROOT=$ROOT \
    "$VENV/bin/python" -m pytest -q -p no:cacheprovider ${CV_PY_ONLY:-} . 2>&1 | tee "$WORK/pytest.log"
summary=$(tail -1 "$WORK/pytest.log")
p=$(grep -oE '[0-9]+ passed' <<<"$summary" | grep -oE '[0-9]+' || echo 0)
f=$(grep -oE '[0-9]+ (failed|errors?)' <<<"$summary" | awk '{ s += $1 } END { print s + 0 }')
PASSED=$((PASSED + p)); FAILED=$((FAILED + f))
[ "$f" -gt 0 ] && FAILURES+=("pytest ($f)")
[ "$p" -eq 0 ] && { FAILED=$((FAILED + 1)); FAILURES+=("pytest ran nothing"); }

cd "$HERE" || exit 1
check "mypy --strict (tests, examples)" "$VENV/bin/python" -m mypy --strict --no-incremental \
    tests examples/quickstart.py
check "stubtest (stubs match the module)" "$VENV/bin/python" -m mypy.stubtest codevault._native
check "quickstart example (with Pillow)" "$VENV/bin/python" examples/quickstart.py "$WORK/quickstart"

# ---- 5. every CPython 3.9–3.13 on PATH ----
for v in 3.9 3.10 3.11 3.12 3.13; do
    py=
    for candidate in "$(command -v "python$v")" "${PYENV_ROOT:-$HOME/.pyenv}"/versions/"$v".*/bin/"python$v"; do
        [ -x "$candidate" ] && "$candidate" -c 'import sys' 2>/dev/null && { py=$candidate; break; }
    done
    [ -n "$py" ] || { echo "python$v not found (PATH, pyenv): skipped"; continue; }
    check "abi3 wheel on python$v" sh -c '
        "$1" -m venv "$2" && "$2/bin/python" -m pip install -q --disable-pip-version-check "$3" &&
        "$2/bin/python" -c "import codevault as c; s = c.encode(\"https://example.com\"); assert s.to_png()[:4] == b\"\\x89PNG\"; print(c.__version__, s)"
    ' _ "$py" "$WORK/venv-$v" "$WHEEL"
done

finish
