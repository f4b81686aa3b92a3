#!/usr/bin/env bash
# Installs what a fresh Debian machine lacks to build, run and test PlaceHealth (Swift itself is assumed):
# the SQLite headers and tool; Chromium, for the dashboard's real-browser test; wrk, for its benchmark.
set -euo pipefail
need=()
[ -f /usr/include/sqlite3.h ] || need+=(libsqlite3-dev)
command -v sqlite3 >/dev/null 2>&1 || need+=(sqlite3)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v wrk >/dev/null 2>&1 || need+=(wrk)
if [ ${#need[@]} -gt 0 ]; then
  echo "setup: installing ${need[*]}" >&2
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
command -v swift >/dev/null 2>&1 || { echo "setup: Swift 6.3 is required (swift not found on PATH)" >&2; exit 1; }
