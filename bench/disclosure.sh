#!/usr/bin/env bash
# The disclosure control on the whole SYNTHETIC Leeds (release build):
#  - `placehealth compute`, which now solves the joint disclosure control of every indicator after
#    computing, against the same command with `--no-disclosure-check` (the peer: what compute cost
#    before the control was added to it), RUNS pairs alternating, medians and their ratio;
#  - `placehealth audit-disclosure` (everything public: indicators, segments, frailty, outcomes,
#    cohorts; exact analysis), its time and its summary.
# STORE=… uses an existing store (synthesised if missing, PERSONS=785000); outputs go to bench/out/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
command -v bc >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq bc >/dev/null; }
RUNS=${RUNS:-5}
PERSONS=${PERSONS:-785000}
mkdir -p bench/out
STORE=${STORE:-bench/out/leeds.sqlite}
swift build -c release --product placehealth >&2
BIN=.build/release/placehealth
[ -f "$STORE" ] || "$BIN" synth --pack leeds --seed 42 --persons "$PERSONS" --out "$STORE" >&2
"$BIN" compute --db "$STORE" > bench/out/disclosure-compute.txt 2>/dev/null  # warm-up; stores results

seconds() { local a b; a=$(date +%s.%N); "$@" > /dev/null 2>&1; b=$(date +%s.%N); echo "$b - $a" | bc; }
median() { sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }
with=(); without=()
for _ in $(seq "$RUNS"); do
  with+=("$(seconds "$BIN" compute --db "$STORE")")
  without+=("$(seconds "$BIN" compute --db "$STORE" --no-disclosure-check)")
done
w=$(printf '%s\n' "${with[@]}" | median)
p=$(printf '%s\n' "${without[@]}" | median)
echo "compute with the disclosure control:    median ${w} s of ${with[*]}"
echo "compute without it (peer, same run):    median ${p} s of ${without[*]}"
echo "ratio: $(echo "scale=3; $w / $p" | bc)×"
grep "Disclosure control" bench/out/disclosure-compute.txt || true
a=$(date +%s.%N)
"$BIN" audit-disclosure --db "$STORE" > bench/out/disclosure-audit.txt 2>/dev/null || true
b=$(date +%s.%N)
echo "audit-disclosure: $(echo "$b - $a" | bc) s"
tail -1 bench/out/disclosure-audit.txt
