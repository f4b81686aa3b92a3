#!/usr/bin/env bash
# Benchmark: loading a CSV of 5 million A&E attendances (SYNTHETIC) into a store with
# `placehealth load` (every row validated, all or nothing), against the sqlite3 tool's `.import` of
# the same file into a plain table, measured in the same run.
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${ROWS:-5000000}
OUT=bench/out
mkdir -p "$OUT"
bin=.build/release/placehealth
base="$OUT/load-base.sqlite"
[ -f "$base" ] || $bin synth --persons 100000 --seed 7 --out "$base" >/dev/null 2>&1
csv="$OUT/ae-$ROWS.csv"
[ -f "$csv" ] || python3 bench/make_attendances.py "$base" "$ROWS" "$csv"

store="$OUT/load.sqlite"
cp "$base" "$store"
start=$(date +%s.%N)
$bin load --db "$store" --table ae_attendances "$csv" 2>/dev/null
end=$(date +%s.%N)
ours=$(echo "$end - $start" | bc -l)
start=$(date +%s.%N)
$bin index --db "$store" >/dev/null
end=$(date +%s.%N)
indexing=$(echo "$end - $start" | bc -l)

plain="$OUT/load-peer.sqlite"
rm -f "$plain"
start=$(date +%s.%N)
sqlite3 "$plain" ".import --csv $csv ae_plain"
end=$(date +%s.%N)
peer=$(echo "$end - $start" | bc -l)

stored=$(sqlite3 "$plain" "SELECT COUNT(*) FROM ae_plain")
printf 'load:  placehealth load, %d rows validated and stored in %.1f s (%.0f rows/s)\n' "$ROWS" "$ours" "$(echo "$ROWS / $ours" | bc -l)"
printf 'peer:  sqlite3 .import into a plain table, %d rows in %.1f s (%.0f rows/s)\n' "$stored" "$peer" "$(echo "$stored / $peer" | bc -l)"
printf 'ratio: placehealth load is %.2fx the speed of sqlite3 .import\n' "$(echo "$peer / $ours" | bc -l)"
printf 'later: the person_id index the load left to the next compute took %.1f s (placehealth index); load + index is %.2fx the speed of .import\n' \
  "$indexing" "$(echo "$peer / ($ours + $indexing)" | bc -l)"
