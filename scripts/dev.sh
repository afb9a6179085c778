#!/usr/bin/env bash
# kbgen developer entry point.
#   bash scripts/dev.sh demo   set up, build the demo, serve it with the feedback API
#   bash scripts/dev.sh test   set up, run the whole test suite (browser + PostgreSQL included)
#   bash scripts/dev.sh setup  set up only
#   bash scripts/dev.sh bench  set up (with wrk), run the feedback API load benchmark
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
VENV="${KBGEN_VENV:-$ROOT/.venv}"
PY="${PYTHON:-python3.11}"

sudo_() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

system_packages() {
    # Debian packages the project needs: git (revision dates), Chromium and npm (browser tests),
    # PostgreSQL and Redis (API tests), wrk (API load benchmark). Installed only when missing.
    local missing=()
    command -v git >/dev/null || missing+=(git)
    if [ "${1:-}" = bench ]; then command -v wrk >/dev/null || missing+=(wrk); fi
    command -v chromium >/dev/null || missing+=(chromium)
    # npm: the browser tests install axe-core (accessibility checks) into .cache/axe
    if [ "${1:-}" = test ]; then command -v npm >/dev/null || missing+=(npm); fi
    ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
    [ -x /usr/bin/redis-server ] || missing+=(redis-server)
    if [ "${1:-}" = demo ] || [ "${1:-}" = bench ]; then missing=("${missing[@]/chromium}"); fi
    if [ "${1:-}" = demo ]; then missing=("${missing[@]/postgresql}"); fi
    if [ "${1:-}" = demo ] || [ "${1:-}" = bench ]; then missing=("${missing[@]/redis-server}"); fi
    local want=()
    for p in "${missing[@]}"; do [ -n "$p" ] && want+=("$p"); done
    if [ ${#want[@]} -gt 0 ]; then
        echo "==> installing system packages: ${want[*]}"
        sudo_ apt-get update -qq
        DEBIAN_FRONTEND=noninteractive sudo_ apt-get install -y -qq "${want[@]}" >/dev/null
    fi
    if ! command -v "$PY" >/dev/null; then
        echo "error: $PY not found; install Python 3.11 first" >&2
        exit 1
    fi
}

python_env() {
    if [ ! -x "$VENV/bin/python" ]; then
        echo "==> creating virtual environment in $VENV"
        "$PY" -m venv "$VENV"
    fi
    echo "==> installing kbgen and its pinned dependencies"
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check -e ".[test,bench]"
}

cmd="${1:-demo}"
shift || true
case "$cmd" in
    setup)
        system_packages test; python_env ;;
    demo)
        system_packages demo; python_env
        exec "$VENV/bin/python" scripts/demo.py "$@" ;;
    test)
        system_packages test; python_env
        "$VENV/bin/ruff" check kbgen feedback_api tests benchmarks
        exec "$VENV/bin/python" -m pytest "$@" ;;
    bench)
        system_packages bench; python_env
        exec "$VENV/bin/python" benchmarks/api_load.py "$@" ;;
    *)
        echo "usage: bash scripts/dev.sh [demo|test|setup|bench]" >&2; exit 2 ;;
esac
