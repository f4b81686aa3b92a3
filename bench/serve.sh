#!/usr/bin/env bash
# Benchmark: the dashboard server (`placehealth serve`) under load, with the results of the whole
# SYNTHETIC Leeds (785,000 people) computed. wrk on loopback, 64 connections, for the scorecard page
# and one indicator's JSON: requests/s and latency percentiles (p99 at most 50 ms is the goal), and
# the server's resident memory (at most 1 GB). Peer, measured in the same run: nginx serving the
# very same bytes as static files (the ceiling for serving those responses on this machine).
#
# STORE=… (default data/leeds.sqlite; synthesised and computed if missing), PERSONS=…, DURATION=… (s).
set -euo pipefail
cd "$(dirname "$0")/.."
STORE=${STORE:-data/leeds.sqlite}
PERSONS=${PERSONS:-785000}
DURATION=${DURATION:-20}
CONNECTIONS=${CONNECTIONS:-64}
PORT=${PORT:-18080}
PEER_PORT=${PEER_PORT:-18081}
OUT=bench/out
mkdir -p "$OUT"
bin=.build/release/placehealth
command -v wrk >/dev/null 2>&1 || bash scripts/setup.sh
command -v bc >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq bc >/dev/null; }
if ! command -v nginx >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nginx-light >/dev/null
fi

if [ ! -f "$STORE" ]; then
  echo "serve: no store at $STORE; synthesising $PERSONS persons and computing the results" >&2
  $bin synth --persons "$PERSONS" --out "$STORE" >/dev/null
fi
if [ "$(sqlite3 "$STORE" "SELECT COUNT(*) FROM indicator_results" 2>/dev/null || echo 0)" = "0" ]; then
  $bin compute --db "$STORE" >/dev/null
fi
persons=$(sqlite3 "$STORE" "SELECT COUNT(*) FROM persons")
results=$(sqlite3 "$STORE" "SELECT COUNT(*) FROM indicator_results")

log="$OUT/serve.log"
$bin serve --db "$STORE" --port "$PORT" >"$log" 2>&1 &
server=$!
peer=""
cleanup() {
  kill "$server" 2>/dev/null || true
  if [ -n "$peer" ]; then kill "$peer" 2>/dev/null || true; fi
}
trap cleanup EXIT
for _ in $(seq 1 150); do
  grep -q "Dashboard: open" "$log" && break
  kill -0 "$server" 2>/dev/null || break
  sleep 0.2
done
grep -q "Dashboard: open" "$log" || { echo "serve: the server did not start on port $PORT:"; cat "$log"; exit 1; }

base="http://127.0.0.1:$PORT"
scorecard="/"
indicator="/api/indicators/adults-who-smoke/results?breakdown=ward"
rss_kb() { awk '/VmRSS/ {print $2}' "/proc/$server/status"; }
hwm_kb() { awk '/VmHWM/ {print $2}' "/proc/$server/status"; }

# First requests: rendered from the store (later ones come from memory until the results change).
static="$OUT/static"
rm -rf "$static" && mkdir -p "$static"
first() { curl -s -o "$2" -w '%{time_total}' "$base$1"; }
t_scorecard=$(first "$scorecard" "$static/scorecard.html")
t_indicator=$(first "$indicator" "$static/indicator.json")
# Wait for the start-up rendering to finish (the about page's calibration report reads the whole
# store), so that the runs below measure the server as it serves from then on.
t_about=$(first "/about" /dev/null)

# wrk: "p50 p99 requests/s" of one URL, in ms.
run_wrk() {
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$1" >"$OUT/wrk.txt" 2>&1
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) } $1 == "Requests/sec:" { rps = $2 }
    /Non-2xx/ { bad = $NF }
    END { printf "%.2f %.2f %.0f %s\n", p50, p99, rps, (bad == "" ? 0 : bad) }' "$OUT/wrk.txt"
}

read -r s50 s99 srps sbad <<<"$(run_wrk "$base$scorecard")"
read -r i50 i99 irps ibad <<<"$(run_wrk "$base$indicator")"
rss=$(rss_kb)
hwm=$(hwm_kb)

# Peer: nginx serving the same bytes.
conf="$OUT/nginx.conf"
cat >"$conf" <<NGINX
worker_processes 2;
pid $PWD/$OUT/nginx.pid;
error_log $PWD/$OUT/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  types { text/html html; application/json json; }
  server {
    listen 127.0.0.1:$PEER_PORT;
    root $PWD/$static;
    location = / { try_files /scorecard.html =404; }
    location = /indicator { default_type application/json; try_files /indicator.json =404; }
  }
}
NGINX
nginx -c "$PWD/$conf" -g 'daemon off;' &
peer=$!
sleep 1
read -r n50 n99 nrps _ <<<"$(run_wrk "http://127.0.0.1:$PEER_PORT/")"
read -r m50 m99 mrps _ <<<"$(run_wrk "http://127.0.0.1:$PEER_PORT/indicator")"

printf 'serve: %s persons, %s stored results; wrk -t2 -c%s -d%ss on loopback (2 cores shared by server and wrk)\n' \
  "$persons" "$results" "$CONNECTIONS" "$DURATION"
printf 'first requests after start (rendered from the store): scorecard %.0f ms, indicator JSON %.0f ms, about page %.0f ms\n' \
  "$(echo "$t_scorecard * 1000" | bc -l)" "$(echo "$t_indicator * 1000" | bc -l)" "$(echo "$t_about * 1000" | bc -l)"
printf 'scorecard page (%s bytes):      %7.0f req/s  p50 %6.2f ms  p99 %6.2f ms  non-2xx %s\n' \
  "$(stat -c %s "$static/scorecard.html")" "$srps" "$s50" "$s99" "$sbad"
printf 'indicator JSON (%s bytes):     %7.0f req/s  p50 %6.2f ms  p99 %6.2f ms  non-2xx %s\n' \
  "$(stat -c %s "$static/indicator.json")" "$irps" "$i50" "$i99" "$ibad"
printf 'server memory: RSS %.0f MB after the runs, peak %.0f MB (goal: under 1,000 MB)\n' \
  "$(echo "$rss / 1024" | bc -l)" "$(echo "$hwm / 1024" | bc -l)"
printf 'peer: nginx, same bytes as static files: scorecard %.0f req/s (p99 %.2f ms), indicator %.0f req/s (p99 %.2f ms)\n' \
  "$nrps" "$n99" "$mrps" "$m99"
printf 'ratio: placehealth serve gives %.2fx (scorecard) and %.2fx (indicator JSON) the requests/s of nginx\n' \
  "$(echo "$srps / $nrps" | bc -l)" "$(echo "$irps / $mrps" | bc -l)"
if (($(echo "$s99 > 50 || $i99 > 50" | bc -l))); then echo "GOAL MISSED: p99 above 50 ms"; fi
if ((hwm > 1024000)); then echo "GOAL MISSED: peak RSS above 1 GB"; fi
