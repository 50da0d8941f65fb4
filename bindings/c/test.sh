#!/usr/bin/env bash
# The C API's whole test: standalone and idempotent.
#
#   bindings/c/test.sh            run everything; the last line is "N passed, N failed"
#   CODEVAULT_BLESS=1 test.sh     rewrite include/codevault.h instead of failing on a diff
#   CV_VALGRIND=0 test.sh         skip the valgrind runs
#   CV_NO_INSTALL=1 test.sh       install nothing (missing tools make their steps fail)
#
# Steps: install what is missing (apt-get only for missing packages, cbindgen =0.29.4 into the
# target directory), build the crate in release, regenerate the header and fail on any diff,
# write codevault.pc, Rust unit tests, clippy and rustfmt, compile every tests/*.c with
# -Wall -Wextra -Werror against the .so and the .a and run them (plain and under valgrind),
# build and run the examples with the commands of docs/quickstart-c.md, the quickstart itself,
# and the Java (JNA) example.
set -u

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$ROOT/target}
LIBDIR=$CARGO_TARGET_DIR/release
WORK=$CARGO_TARGET_DIR/codevault-c-test
CBINDGEN_VERSION=0.29.4
CBINDGEN=$CARGO_TARGET_DIR/tools/cbindgen-$CBINDGEN_VERSION/bin/cbindgen
CFLAGS=(-std=c11 -D_DEFAULT_SOURCE -Wall -Wextra -Werror -O1 -g -I"$HERE/include")
VALGRIND=(valgrind -q --leak-check=full --errors-for-leak-kinds=definite,indirect,possible
  --error-exitcode=1)

passed=0
failed=0
mkdir -p "$WORK"

# step NAME COMMAND...: runs COMMAND, logs to $WORK/NAME.log, counts it, shows the log on failure.
logname() { echo "$WORK/${1//[^A-Za-z0-9._-]/_}.log"; }
step() {
  local name=$1
  shift
  local log
  log=$(logname "$name")
  if "$@" >"$log" 2>&1; then
    passed=$((passed + 1))
    printf 'ok    %s\n' "$name"
  else
    failed=$((failed + 1))
    printf 'FAIL  %s\n' "$name"
    tail -n 40 "$log" | sed 's/^/      /'
  fi
}

# --- dependencies -----------------------------------------------------------------------------
need_apt=()
for pkg in gcc g++ valgrind pkg-config libcjson-dev libjna-java; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need_apt+=("$pkg")
done
command -v javac >/dev/null 2>&1 || need_apt+=(openjdk-17-jdk-headless)
if [ ${#need_apt[@]} -gt 0 ] && [ -n "${CV_NO_INSTALL:-}" ]; then
  echo "missing ${need_apt[*]} and CV_NO_INSTALL is set: not installing"
elif [ ${#need_apt[@]} -gt 0 ]; then
  echo "installing ${need_apt[*]}"
  if [ "$(id -u)" = 0 ]; then SUDO=(); else SUDO=(sudo); fi
  "${SUDO[@]}" apt-get install -y "${need_apt[@]}" >/dev/null 2>&1 ||
    { "${SUDO[@]}" apt-get update >/dev/null 2>&1 &&
      "${SUDO[@]}" apt-get install -y "${need_apt[@]}" >/dev/null 2>&1; } ||
    echo "warning: apt-get install ${need_apt[*]} failed"
fi
# The pinned cbindgen: ours in the target directory, else one on PATH of the same version,
# else installed into the target directory.
if ! "$CBINDGEN" --version 2>/dev/null | grep -qx "cbindgen $CBINDGEN_VERSION" &&
  cbindgen --version 2>/dev/null | grep -qx "cbindgen $CBINDGEN_VERSION"; then
  CBINDGEN=$(command -v cbindgen)
fi
if ! "$CBINDGEN" --version 2>/dev/null | grep -qx "cbindgen $CBINDGEN_VERSION" &&
  [ -n "${CV_NO_INSTALL:-}" ]; then
  echo "no cbindgen $CBINDGEN_VERSION and CV_NO_INSTALL is set: not installing"
elif ! "$CBINDGEN" --version 2>/dev/null | grep -qx "cbindgen $CBINDGEN_VERSION"; then
  echo "installing cbindgen $CBINDGEN_VERSION"
  cargo install cbindgen --version "=$CBINDGEN_VERSION" --locked \
    --root "$CARGO_TARGET_DIR/tools/cbindgen-$CBINDGEN_VERSION" >"$WORK/cbindgen-install.log" 2>&1 ||
    { tail -n 20 "$WORK/cbindgen-install.log"; }
fi

# --- Rust side --------------------------------------------------------------------------------
cd "$ROOT" || exit 1
step "cargo build --release" cargo build --release -p codevault-c

header_check() {
  local fresh="$WORK/codevault.h"
  "$CBINDGEN" --config "$HERE/cbindgen.toml" --crate codevault-c --output "$fresh" "$HERE" &&
    if [ -n "${CODEVAULT_BLESS:-}" ]; then
      cp "$fresh" "$HERE/include/codevault.h"
    else
      diff -u "$HERE/include/codevault.h" "$fresh" ||
        { echo "include/codevault.h is stale: run CODEVAULT_BLESS=1 $0"; return 1; }
    fi
}
step "header is cbindgen $CBINDGEN_VERSION output" header_check

write_pc() {
  local version
  version=$(sed -n 's/^version = "\(.*\)"/\1/p' "$ROOT/Cargo.toml" | head -n 1)
  mkdir -p "$LIBDIR/pkgconfig"
  sed -e "s|@PREFIX@|$HERE|" -e "s|@LIBDIR@|$LIBDIR|" -e "s|@VERSION@|$version|" \
    "$HERE/codevault.pc.in" >"$LIBDIR/pkgconfig/codevault.pc" &&
    PKG_CONFIG_PATH="$LIBDIR/pkgconfig" pkg-config --cflags --libs codevault
}
step "codevault.pc" write_pc
export PKG_CONFIG_PATH="$LIBDIR/pkgconfig${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}"

step "cargo test (Rust unit tests)" cargo test -p codevault-c
step "cargo clippy -D warnings" cargo clippy -p codevault-c --all-targets -- -D warnings
step "cargo fmt --check" cargo fmt -p codevault-c --check

# --- the header from C and C++ ----------------------------------------------------------------
step "header compiles as C99 -pedantic" \
  gcc -std=c99 -pedantic -Wall -Wextra -Werror -fsyntax-only -x c "$HERE/include/codevault.h"
step "header compiles as C++11" \
  g++ -std=c++11 -Wall -Wextra -Werror -fsyntax-only -x c++ "$HERE/include/codevault.h"

# --- C tests: .so and .a, plain and valgrind --------------------------------------------------
declare -A LIBS=([test_api]="-lpthread" [test_vectors]="-lcjson -lpthread")
for t in test_api test_vectors; do
  args=()
  [ "$t" = test_vectors ] && args=("$ROOT")
  step "$t: build (.so)" gcc "${CFLAGS[@]}" "$HERE/tests/$t.c" -o "$WORK/$t-shared" \
    -L"$LIBDIR" -lcodevault ${LIBS[$t]}
  step "$t: build (.a)" gcc "${CFLAGS[@]}" "$HERE/tests/$t.c" -o "$WORK/$t-static" \
    "$LIBDIR/libcodevault.a" ${LIBS[$t]} -lpthread -ldl -lm
  step "$t: run (.so)" env LD_LIBRARY_PATH="$LIBDIR" "$WORK/$t-shared" "${args[@]}"
  step "$t: run (.a)" "$WORK/$t-static" "${args[@]}"
  if [ "${CV_VALGRIND:-1}" != 0 ]; then
    step "$t: valgrind (.so)" env LD_LIBRARY_PATH="$LIBDIR" "${VALGRIND[@]}" "$WORK/$t-shared" "${args[@]}"
    step "$t: valgrind (.a)" "${VALGRIND[@]}" "$WORK/$t-static" "${args[@]}"
  fi
done
for t in test_api test_vectors; do
  grep -h "passed, .* failed" "$(logname "$t: run (.so)")" 2>/dev/null | sed 's/^/      /'
done

# --- examples, with the quickstart's commands -------------------------------------------------
examples() {
  cd "$WORK" || return 1
  # As in docs/quickstart-c.md:
  gcc -Wall -Wextra -Werror "$HERE/examples/encode_png.c" -o encode_png \
    $(pkg-config --cflags --libs codevault) || return 1
  gcc -Wall -Wextra -Werror "$HERE/examples/generate_json.c" -o generate_json \
    $(pkg-config --cflags codevault) $(pkg-config --variable=libdir codevault)/libcodevault.a \
    -lpthread -ldl -lm || return 1
  rm -f qr.png out-*.*
  LD_LIBRARY_PATH="$LIBDIR" "${VALGRIND[@]}" ./encode_png "https://example.com/c" qr.png &&
    [ "$(head -c 4 qr.png | od -An -c | tr -d ' ')" = "211PNG" ] || return 1
  "${VALGRIND[@]}" ./generate_json && grep -q "<svg" out-0.svg && [ -s out-1.png ] || return 1
  "${VALGRIND[@]}" ./generate_json "$ROOT/core/examples/requests/hello.json" &&
    cmp <(jq -r '.matrix[]' "$ROOT/core/examples/requests/hello.golden.json") out-3.matrix.txt ||
    return 1
  # A bad request fails with its message and exit status 1.
  ! ./generate_json "$ROOT/core/examples/requests/bad/data-too-long.json" 2>err.txt &&
    grep -q "data-too-long (9): data needs" err.txt || return 1
  # The overhead benchmark of BENCH.md builds and runs (a few iterations only).
  gcc -O2 -Wall -Wextra -Werror -I"$HERE/include" "$HERE/bench/overhead.c" -o overhead \
    -L"$LIBDIR" -lcodevault && LD_LIBRARY_PATH="$LIBDIR" ./overhead 20
}
step "examples (encode_png, generate_json, bench/overhead.c)" examples

quickstart() {
  local dir="$WORK/quickstart"
  rm -rf "$dir" && mkdir -p "$dir" && cd "$dir" || return 1
  # The first ```c block of the quickstart is the program; its ```sh block builds and runs it.
  awk '/^```c$/{on=1;next} /^```$/{if(on){exit}} on' "$ROOT/docs/quickstart-c.md" >hello.c
  awk '/^```sh$/{on=1;next} /^```$/{if(on){exit}} on' "$ROOT/docs/quickstart-c.md" >build.sh
  [ -s hello.c ] && [ -s build.sh ] || { echo "no c/sh block in docs/quickstart-c.md"; return 1; }
  LD_LIBRARY_PATH="$LIBDIR" bash -e build.sh && [ -s hello.svg ]
}
step "docs/quickstart-c.md" quickstart

java_example() {
  local dir="$WORK/java"
  mkdir -p "$dir" &&
    javac -d "$dir" -cp /usr/share/java/jna.jar "$HERE/examples/java/CodeVaultDemo.java" &&
    java -cp "/usr/share/java/jna.jar:$dir" -Djna.library.path="$LIBDIR" CodeVaultDemo
}
step "java (JNA) example" java_example
grep -h "^java: .* passed" "$(logname "java (JNA) example")" 2>/dev/null | sed 's/^/      /'

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
