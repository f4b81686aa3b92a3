#!/usr/bin/env bash
# The disclosure control on the whole SYNTHETIC Leeds (release build):
#  - `placehealth compute`, which now solves the joint disclosure control of every indicator after
#    computing, against the same command with `--no-disclosure-check` (the peer: what compute cost
#    before the control was added to it), RUNS pairs alternating, medians and their ratio;
#  - `placehealth audit-disclosure` (everything public: indicators, segments, frailty, outcomes,
#    cohorts; exact analysis), its time and its summary.
#  - `placehealth compute` against the same command of the release before the publication layer
#    (PEER, default commit 5a62506, built from `git archive` beside it, with its own pack, on a copy
#    of the same store), RUNS pairs alternating, medians and their ratio (issue 11: no slower).
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

PEER=${PEER:-5a62506}
PEERDIR=bench/out/peer-$PEER
if [ ! -x "$PEERDIR/.build/release/placehealth" ]; then
  rm -rf "$PEERDIR" && mkdir -p "$PEERDIR"
  git archive "$PEER" | tar -x -C "$PEERDIR"
  (cd "$PEERDIR" && swift build -c release --product placehealth >&2)
fi
cp "$STORE" bench/out/leeds-peer.sqlite
peer=()
now=()
for _ in $(seq "$RUNS"); do
  now+=("$(seconds "$BIN" compute --db "$STORE")")
  peer+=("$(seconds "$PEERDIR/.build/release/placehealth" compute --db bench/out/leeds-peer.sqlite --pack "$PEERDIR/packs/leeds")")
done
n=$(printf '%s\n' "${now[@]}" | median)
q=$(printf '%s\n' "${peer[@]}" | median)
echo "compute now:                            median ${n} s of ${now[*]}"
echo "compute of $PEER (peer, same run):      median ${q} s of ${peer[*]}"
echo "ratio: $(echo "scale=3; $n / $q" | bc)×"
a=$(date +%s.%N)
"$BIN" audit-disclosure --db "$STORE" > bench/out/disclosure-audit.txt 2>/dev/null || true
b=$(date +%s.%N)
echo "audit-disclosure: $(echo "$b - $a" | bc) s"
tail -1 bench/out/disclosure-audit.txt
