#!/usr/bin/env bash
# Runs every benchmark (release build). Results print to standard output.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
command -v bc >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq bc >/dev/null; }
swift build -c release --product placehealth
echo "== synthesis"; bash bench/synth.sh
echo "== load"; bash bench/load.sh
if [ -f bench/stats/run.sh ]; then echo "== statistics"; bash bench/stats/run.sh; fi
echo "== indicators"; bash bench/compute.sh
echo "== serve start"; RUNS=1 bash bench/serve-start.sh; bash bench/serve-start.sh
echo "== dashboard"; bash bench/serve.sh
echo "== population health"; bash bench/population.sh
echo "== population health, served"; bash bench/population-serve.sh
echo "== disclosure control"; bash bench/disclosure.sh
echo "== Board assurance"; bash bench/board.sh
echo "== Left Shift scenarios"; bash bench/scenarios.sh
