#!/usr/bin/env bash
# The main job: builds PlaceHealth (release) and runs `placehealth demo` on the SYNTHETIC Leeds: synthesises
# it and computes its results if needed, then serves the dashboard (it prints the address to open).
# Extra arguments go to `placehealth demo` (for example --persons 100000 --db data/small.sqlite).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build -c release --product placehealth
exec .build/release/placehealth demo "$@"
