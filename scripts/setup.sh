#!/usr/bin/env bash
# Installs what a fresh Debian machine lacks to build, run and test PlaceHealth (Swift itself is assumed):
# the SQLite headers and tool; Chromium, for the dashboard's real-browser test and the Board report's
# PDF; poppler-utils (pdftotext), to test that PDF; wrk, for the dashboard's benchmark; GNU time, for
# the benchmarks' peak memory;
# and, in .venv, the Python tools of scripts/requirements-ci.txt (Schemathesis, axe-core).
set -euo pipefail
need=()
[ -f /usr/include/sqlite3.h ] || need+=(libsqlite3-dev)
command -v sqlite3 >/dev/null 2>&1 || need+=(sqlite3)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v wrk >/dev/null 2>&1 || need+=(wrk)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
[ -x /usr/bin/time ] || need+=(time)
python3 -c 'import venv, ensurepip' >/dev/null 2>&1 || need+=(python3-venv)
if [ ${#need[@]} -gt 0 ]; then
  echo "setup: installing ${need[*]}" >&2
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
command -v swift >/dev/null 2>&1 || { echo "setup: Swift 6.3 is required (swift not found on PATH)" >&2; exit 1; }
root="$(cd "$(dirname "$0")/.." && pwd)"
if ! cmp -s "$root/scripts/requirements-ci.txt" "$root/.venv/requirements-ci.txt" 2>/dev/null; then
  echo "setup: installing the Python tools into .venv" >&2
  python3 -m venv "$root/.venv"
  "$root/.venv/bin/pip" install -q --disable-pip-version-check -r "$root/scripts/requirements-ci.txt"
  cp "$root/scripts/requirements-ci.txt" "$root/.venv/requirements-ci.txt"
fi
