#!/usr/bin/env bash
# Benchmark (issue 14): how soon `placehealth serve` answers each kind of page after it starts.
# Starts serve on STORE (default: the full SYNTHETIC Leeds that bench/compute.sh makes), polls the
# scorecard (/), the About page (/about), a population table (/api/population/segments?by=city) and
# the population page (/population) with curl over loopback, and prints the seconds from start until
# each first answers 200; RUNS starts (default 3). Run once before, so that the columnar snapshot and
# the calibration measures beside the store are current ("warm"). Goal: every page within 5 s.
set -euo pipefail
cd "$(dirname "$0")/.."
STORE=${STORE:-bench/out/compute/leeds-785000.sqlite}
PORT=${PORT:-8123}
RUNS=${RUNS:-3}
bin=${SCRATCH:-.build}/release/placehealth
[ -x "$bin" ] && [ -f "$STORE" ] || { echo "needs $bin and $STORE (run bench/compute.sh first)" >&2; exit 1; }
pages=("/" "/about" "/api/population/segments?by=city" "/population")
for run in $(seq "$RUNS"); do
    start=$(date +%s.%N)
    "$bin" serve --db "$STORE" --port "$PORT" >/dev/null 2>&1 &
    server=$!
    trap 'kill $server 2>/dev/null || true' EXIT
    declare -A answered=()
    line="run $run:"
    while [ ${#answered[@]} -lt ${#pages[@]} ]; do
        kill -0 $server 2>/dev/null || { echo "serve stopped" >&2; exit 1; }
        for page in "${pages[@]}"; do
            [ -n "${answered[$page]:-}" ] && continue
            code=$(curl -s -o /dev/null -m 120 -w '%{http_code}' "http://127.0.0.1:$PORT$page" || true)
            if [ "$code" = 200 ]; then
                answered[$page]=$(python3 -c "print(f'{$(date +%s.%N) - $start:.2f}')")
                line="$line $page ${answered[$page]} s;"
            fi
        done
        sleep 0.1
    done
    kill $server
    wait $server 2>/dev/null || true
    unset answered
    echo "$line"
done
