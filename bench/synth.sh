#!/usr/bin/env bash
# Benchmark: synthesising the whole SYNTHETIC Leeds (785,000 people, 2014-2023), release build.
# Peer, measured in the same run: the sqlite3 command-line tool storing the same rows (every table
# exported to CSV, then `.import`ed into plain tables of a new file). Also: store size per person.
set -euo pipefail
cd "$(dirname "$0")/.."
PERSONS=${PERSONS:-785000}
OUT=bench/out
mkdir -p "$OUT"
bin=.build/release/placehealth
store="$OUT/leeds-bench.sqlite"

start=$(date +%s.%N)
$bin synth --persons "$PERSONS" --seed 42 --out "$store" 2>/dev/null | tee "$OUT/synth.txt" | head -1
end=$(date +%s.%N)
synth_s=$(echo "$end - $start" | bc -l)
persons=$(sqlite3 "$store" "SELECT COUNT(*) FROM persons")
rows=$(sqlite3 "$store" "SELECT (SELECT COUNT(*) FROM persons)+(SELECT COUNT(*) FROM conditions)+(SELECT COUNT(*) FROM observations)+(SELECT COUNT(*) FROM births)+(SELECT COUNT(*) FROM deaths)+(SELECT COUNT(*) FROM carers)+(SELECT COUNT(*) FROM ae_attendances)+(SELECT COUNT(*) FROM admissions)+(SELECT COUNT(*) FROM mha_detentions)+(SELECT COUNT(*) FROM sc_assessments)+(SELECT COUNT(*) FROM sc_packages)+(SELECT COUNT(*) FROM reablement_episodes)+(SELECT COUNT(*) FROM care_home_admissions)")
bytes=$(stat -c %s "$store")

# Peer: the sqlite3 tool storing the same rows.
csvdir="$OUT/synth-csv"
rm -rf "$csvdir" && mkdir -p "$csvdir"
tables="persons conditions observations births deaths carers ae_attendances admissions mha_detentions sc_assessments sc_packages reablement_episodes care_home_admissions"
for t in $tables; do sqlite3 -csv "$store" "SELECT * FROM $t" > "$csvdir/$t.csv"; done
plain="$OUT/synth-peer.sqlite"
rm -f "$plain"
script=""
for t in $tables; do script+=".import --csv $csvdir/$t.csv $t"$'\n'; done
# .import without a header creates columns from the first row; give each a header row first.
for t in $tables; do
  cols=$(sqlite3 "$store" "SELECT group_concat(name, ',') FROM pragma_table_info('$t')")
  { echo "$cols"; cat "$csvdir/$t.csv"; } > "$csvdir/$t.h.csv" && mv "$csvdir/$t.h.csv" "$csvdir/$t.csv"
done
start=$(date +%s.%N)
printf '%s' "$script" | sqlite3 "$plain"
end=$(date +%s.%N)
peer_s=$(echo "$end - $start" | bc -l)
rm -rf "$csvdir"

printf 'synth: %d persons, %d rows in %.1f s: %.0f persons/s, %.0f rows/s (release, 2 cores)\n' \
  "$persons" "$rows" "$synth_s" "$(echo "$persons / $synth_s" | bc -l)" "$(echo "$rows / $synth_s" | bc -l)"
printf 'peer:  sqlite3 .import of the same %d rows into plain tables: %.1f s\n' "$rows" "$peer_s"
printf 'ratio: synthesis (generate + validate-free store) takes %.2fx the time sqlite3 takes only to store its output\n' \
  "$(echo "$synth_s / $peer_s" | bc -l)"
printf 'store: %.1f MB, %.0f bytes per person\n' "$(echo "$bytes / 1000000" | bc -l)" "$(echo "$bytes / $persons" | bc -l)"
printf 'context (not measured here): Synthea reports about 1,000 patients a minute (%.0fx slower than this run)\n' \
  "$(echo "$persons / $synth_s * 60 / 1000" | bc -l)"
