# Helpers shared by scripts/test-all.sh and scripts/bench-qr.sh. Source, don't run.
# shellcheck shell=bash

CV_ROOT=${CV_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
CV_CACHE=${XDG_CACHE_HOME:-$HOME/.cache}/codevault
CV_VENV=$CV_CACHE/venv
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$HOME/.cache/codevault/target}
export CARGO_TERM_COLOR=${CARGO_TERM_COLOR:-never}
export DEBIAN_FRONTEND=noninteractive

if [ -t 1 ]; then CV_BOLD=$'\e[1m' CV_RED=$'\e[31m' CV_GREEN=$'\e[32m' CV_OFF=$'\e[0m'
else CV_BOLD='' CV_RED='' CV_GREEN='' CV_OFF=''; fi

cv_log() { printf '%s\n' "$*" >&2; }
cv_die() { printf '%serror:%s %s\n' "$CV_RED" "$CV_OFF" "$*" >&2; exit 1; }
cv_header() { printf '\n%s==== %s ====%s\n' "$CV_BOLD" "$*" "$CV_OFF"; }

# cv_apt PKG... — installs the Debian packages that are not installed yet; runs
# `apt-get update` once, and only when something is missing.
cv_apt() {
    local missing=() p
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=''
    [ "$(id -u)" -ne 0 ] && sudo='sudo'
    cv_log "installing Debian packages: ${missing[*]}"
    if [ -z "${CV_APT_UPDATED:-}" ]; then
        $sudo apt-get update -qq || cv_die "apt-get update failed"
        CV_APT_UPDATED=1
    fi
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
        || cv_die "apt-get install ${missing[*]} failed"
}

# cv_venv PKG... — makes sure $CV_VENV exists and holds the given PyPI packages (requirement
# specifiers allowed; only the import is checked, so a warm run makes no network call).
cv_venv() {
    if [ ! -x "$CV_VENV/bin/python" ]; then
        cv_log "creating Python venv $CV_VENV"
        if ! python3 -m venv "$CV_VENV" 2>/dev/null; then
            # Debian's own python3 needs python3-venv for `-m venv` (pyenv's builds have it)
            rm -rf "$CV_VENV"
            cv_apt python3-venv
            python3 -m venv "$CV_VENV" || cv_die "python3 -m venv failed"
        fi
    fi
    local need=() p mod
    for p in "$@"; do
        case ${p%%[=<>~!]*} in zxing-cpp) mod=zxingcpp ;; pillow) mod=PIL ;; *) mod=${p%%[=<>~!]*}; mod=${mod//-/_} ;; esac
        "$CV_VENV/bin/python" -c "import $mod" 2>/dev/null || need+=("$p")
    done
    [ ${#need[@]} -eq 0 ] && return 0
    cv_log "installing into the venv: ${need[*]}"
    "$CV_VENV/bin/pip" install -q --disable-pip-version-check "${need[@]}" \
        || cv_die "pip install ${need[*]} failed"
}

# cv_time CMD... — runs CMD and leaves its wall time in seconds in CV_ELAPSED.
cv_time() {
    local t0=$SECONDS rc=0
    "$@" || rc=$?
    CV_ELAPSED=$((SECONDS - t0))
    return $rc
}
