#!/usr/bin/env bash
# Benchmark: Board assurance on the SYNTHETIC Leeds (issue 16's figures).
#  1. `placehealth report board` writing the full Board paper as PDF (whole process: pack, scorecard
#     from the store, registers, plans, the Better Care Fund checks, HTML, Chromium's print to PDF;
#     goal: at most 5 s). Peer, same run: headless Chromium printing the very same HTML to PDF by
#     itself (what the engine alone costs).
#  2. The Board page (`GET /board`) of `placehealth serve` with a register of 1,000 risks and a plan
#     of 10,000 actions (SYNTHETIC, bench/board/big_register.py) on one page: the first (rendered)
#     request and the median of later ones (goal: at most 100 ms). Peer, same run: nginx serving the
#     very same bytes as a static file.
#
# STORE=… (default data/leeds.sqlite; synthesised and computed if missing), PERSONS=…, RUNS=… (default 5).
set -euo pipefail
cd "$(dirname "$0")/.."
STORE=${STORE:-data/leeds.sqlite}
PERSONS=${PERSONS:-785000}
RUNS=${RUNS:-5}
PORT=${PORT:-18090}
PEER_PORT=${PEER_PORT:-18091}
OUT=bench/out/board
mkdir -p "$OUT"
bin=.build/release/placehealth
command -v chromium >/dev/null 2>&1 || bash scripts/setup.sh
command -v bc >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq bc >/dev/null; }
if ! command -v nginx >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nginx-light >/dev/null
fi
if [ ! -f "$STORE" ]; then
  echo "board: no store at $STORE; synthesising $PERSONS persons and computing the results" >&2
  $bin synth --persons "$PERSONS" --out "$STORE" >/dev/null
fi
if [ "$(sqlite3 "$STORE" "SELECT COUNT(*) FROM indicator_results" 2>/dev/null || echo 0)" = "0" ]; then
  $bin compute --db "$STORE" >/dev/null
fi

now() { date +%s.%N; }
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
meeting=(--meeting 2019-09-16 --last-meeting 2019-03-20)

# 1. The paper as PDF, and the peer printing the same HTML.
$bin report board --db "$STORE" "${meeting[@]}" --out "$OUT/board.html" >/dev/null
ours=() peers=()
for _ in $(seq 1 "$RUNS"); do
  t0=$(now); $bin report board --db "$STORE" "${meeting[@]}" --out "$OUT/board.pdf" >/dev/null; t1=$(now)
  ours+=("$(echo "$t1 - $t0" | bc -l)")
  rm -rf "$OUT/profile"
  t0=$(now)
  chromium --headless --no-sandbox --disable-gpu --no-first-run --no-pdf-header-footer \
    --user-data-dir="$OUT/profile" --print-to-pdf="$OUT/peer.pdf" "file://$PWD/$OUT/board.html" >/dev/null 2>&1
  t1=$(now)
  peers+=("$(echo "$t1 - $t0" | bc -l)")
done
pages=$(pdfinfo "$OUT/board.pdf" | awk '/^Pages:/ { print $2 }')
m_ours=$(printf '%s\n' "${ours[@]}" | median)
m_peer=$(printf '%s\n' "${peers[@]}" | median)
printf 'report board (PDF, %s pages, %s bytes): median %.2f s over %s runs (goal: at most 5 s)\n' \
  "$pages" "$(stat -c %s "$OUT/board.pdf")" "$m_ours" "$RUNS"
printf 'peer: Chromium printing the same HTML alone: median %.2f s; ratio %.2fx\n' "$m_peer" "$(echo "$m_ours / $m_peer" | bc -l)"

# 2. The Board page with 1,000 risks and 10,000 actions.
pack="$OUT/pack/leeds"
rm -rf "$OUT/pack" && mkdir -p "$OUT/pack" && cp -r packs/leeds "$pack"
python3 bench/board/big_register.py 1000 10000 "$pack/assurance.yaml"
log="$OUT/serve.log"
$bin serve --db "$STORE" --pack "$pack" --port "$PORT" >"$log" 2>&1 &
server=$!
peer=""
cleanup() {
  kill "$server" 2>/dev/null || true
  if [ -n "$peer" ]; then kill "$peer" 2>/dev/null || true; fi
}
trap cleanup EXIT
for _ in $(seq 1 300); do
  grep -q "Dashboard: open" "$log" && break
  kill -0 "$server" 2>/dev/null || break
  sleep 0.2
done
grep -q "Dashboard: open" "$log" || { echo "board: the server did not start on port $PORT:"; cat "$log"; exit 1; }
url="http://127.0.0.1:$PORT/board?on=2019-09-16"
static="$OUT/static" && rm -rf "$static" && mkdir -p "$static"
first=$(curl -s -o "$static/board.html" -w '%{time_total}' "$url")
grep -q "R1000" "$static/board.html" && grep -q "A10000" "$static/board.html" || { echo "board: the page lacks risks or actions"; exit 1; }
later=$(for _ in $(seq 1 20); do curl -s -o /dev/null -w '%{time_total}\n' "$url"; done | median)
conf="$OUT/nginx.conf"
cat >"$conf" <<NGINX
worker_processes 1;
pid $PWD/$OUT/nginx.pid;
error_log $PWD/$OUT/nginx-error.log;
events { worker_connections 64; }
http { access_log off; types { text/html html; }
  server { listen 127.0.0.1:$PEER_PORT; root $PWD/$static; location = / { try_files /board.html =404; } } }
NGINX
nginx -c "$PWD/$conf" -g 'daemon off;' &
peer=$!
sleep 1
nginx_ms=$(for _ in $(seq 1 20); do curl -s -o /dev/null -w '%{time_total}\n' "http://127.0.0.1:$PEER_PORT/"; done | median)
printf 'Board page, 1,000 risks and 10,000 actions (%s bytes): first request %.1f ms, then median %.1f ms (goal: at most 100 ms)\n' \
  "$(stat -c %s "$static/board.html")" "$(echo "$first * 1000" | bc -l)" "$(echo "$later * 1000" | bc -l)"
printf 'peer: nginx, same bytes as a static file: median %.1f ms; ratio (first request) %.1fx, (later) %.1fx\n' \
  "$(echo "$nginx_ms * 1000" | bc -l)" "$(echo "$first / $nginx_ms" | bc -l)" "$(echo "$later / $nginx_ms" | bc -l)"
