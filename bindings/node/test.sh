#!/usr/bin/env bash
# The Node SDK's whole check, standalone and idempotent:
#   build the addon (napi build --platform --release), regenerate the generated files,
#   clippy + rustfmt on the binding crate, TypeScript declarations, the node:test suite,
#   then `npm pack` -> install the tarball into a temp project -> run the quickstart examples.
# Ends with one line: "N passed, N failed" (exit 1 when anything failed).
#   CARGO_TARGET_DIR   cargo's target directory (default: the repository's target/)
#   CODEVAULT_BACKEND  run the suite against another backend module (e.g. the WASM build)
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
cd "$here"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$repo/target}"
export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false

passed=0
failed=0
failures=()
ok() { passed=$((passed + 1)); echo "ok: $1"; }
fail() { failed=$((failed + 1)); failures+=("$1"); echo "FAILED: $1"; }
step() { # step NAME COMMAND... : one check
    local name="$1"; shift
    echo "== $name"
    if "$@"; then ok "$name"; else fail "$name"; fi
}
finish() {
    for f in "${failures[@]}"; do echo "failed: $f"; done
    echo "$passed passed, $failed failed"
    [ "$failed" -eq 0 ]
    exit $?
}

# 1. npm dependencies, only when missing or out of date with the lock file.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    # `npm ci` refuses this lock: npm 11 leaves the other platforms' optional packages of
    # @napi-rs/cli's dependencies out of it. `npm install` installs the locked versions.
    echo "== npm install (locked versions)"
    npm install --no-audit --no-fund || { fail "npm install"; finish; }
fi

# 2. The addon and the files generated from it.
step "napi build --platform --release" \
    npx --no-install napi build --platform --release --js native.js --dts native.d.ts
if ! ls codevault.*.node >/dev/null 2>&1; then
    fail "no .node file built"
    finish
fi
step "generate index.mjs and errors.d.ts" node scripts/generate.mjs
if git -C "$here" rev-parse --git-dir >/dev/null 2>&1; then
    step "generated files committed as built" \
        git -C "$here" diff --exit-code --stat -- native.js native.d.ts index.mjs errors.d.ts
fi

# 3. Lints on the binding crate (it is excluded from the workspace: cdylib).
step "cargo clippy -D warnings" cargo clippy --quiet --all-targets -- -D warnings
step "cargo fmt --check" cargo fmt --check
step "tsc (index.d.ts, examples/typed.ts)" npx --no-install tsc -p tsconfig.json

# 4. The node:test suite; its own test counts are added to ours. The Rust facade's errors for
#    the bad requests are written first, so the suite checks JS messages against them.
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
step "core messages for the bad requests (cargo example)" bash -c \
    "cargo run --release --quiet --example core_messages -- '$repo/core/examples/requests/bad' > '$tmp/core-messages.json'"
[ -s "$tmp/core-messages.json" ] && export CODEVAULT_CORE_MESSAGES="$tmp/core-messages.json"
echo "== node --test test/"
log="$(mktemp)"
node --test --test-reporter=tap test/ >"$log" 2>&1
status=$?
grep -E '^not ok|^# (tests|pass|fail|todo|skipped)' "$log"
grep -E '^not ok' -A30 "$log" | head -120
tests_pass=$(sed -n 's/^# pass //p' "$log" | tail -1)
tests_fail=$(sed -n 's/^# fail //p' "$log" | tail -1)
rm -f "$log"
passed=$((passed + ${tests_pass:-0}))
failed=$((failed + ${tests_fail:-0}))
if [ "$status" -ne 0 ] && [ "${tests_fail:-0}" -eq 0 ]; then fail "node --test exited $status"; fi
[ "${tests_fail:-0}" -gt 0 ] && failures+=("node --test: $tests_fail tests")

# 5. As a user would: npm pack, install the tarball in a fresh project, run the quickstart.
echo "== npm pack -> $tmp"
if tarball="$(npm pack --silent --pack-destination "$tmp" 2>/dev/null | tail -1)" && [ -f "$tmp/$tarball" ]; then
    ok "npm pack ($tarball)"
    (
        cd "$tmp" &&
            npm init -y >/dev/null &&
            npm install --no-audit --no-fund --offline "./$tarball" >/dev/null
    ) && ok "npm install $tarball" || fail "npm install $tarball"
    for example in examples/quickstart.mjs examples/quickstart.cjs; do
        cp "$example" "$tmp/"
        step "quickstart $(basename "$example") from the installed package" \
            bash -c "cd '$tmp' && node '$(basename "$example")'"
        step "docs/quickstart-node.md shows $example verbatim" \
            python3 -c 'import sys; sys.exit(open(sys.argv[2]).read().strip() not in open(sys.argv[1]).read())' \
            "$repo/docs/quickstart-node.md" "$example"
    done
    step "tarball has no sources, tests or node_modules" \
        bash -c "! tar tzf '$tmp/$tarball' | grep -E 'package/(src|test|node_modules|target)/'"
else
    fail "npm pack"
fi

finish
