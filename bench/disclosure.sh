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
# Runs the commands in the arrays A and B in turn, RUNS times each, and prints their medians and
# the ratio A/B under the labels $1 and $2.
paired() {
  local a=() b=() x y
  for _ in $(seq "$RUNS"); do
    a+=("$(seconds "${A[@]}")")
    b+=("$(seconds "${B[@]}")")
  done
  x=$(printf '%s\n' "${a[@]}" | median)
  y=$(printf '%s\n' "${b[@]}" | median)
  printf '%-40s median %s s of %s\n' "$1:" "$x" "${a[*]}" "$2:" "$y" "${b[*]}"
  echo "ratio: $(echo "scale=3; $x / $y" | bc)×"
}
A=("$BIN" compute --db "$STORE")
B=("$BIN" compute --db "$STORE" --no-disclosure-check)
paired "compute with the disclosure control" "compute without it (peer, same run)"
grep "Disclosure control" bench/out/disclosure-compute.txt || true

PEER=${PEER:-5a62506}
PEERDIR=bench/out/peer-$PEER
if [ ! -x "$PEERDIR/.build/release/placehealth" ]; then
  rm -rf "$PEERDIR" && mkdir -p "$PEERDIR"
  git archive "$PEER" | tar -x -C "$PEERDIR"
  (cd "$PEERDIR" && swift build -c release --product placehealth >&2)
fi
cp "$STORE" bench/out/leeds-peer.sqlite
A=("$BIN" compute --db "$STORE")
B=("$PEERDIR/.build/release/placehealth" compute --db bench/out/leeds-peer.sqlite --pack "$PEERDIR/packs/leeds")
paired "compute now" "compute of $PEER (peer, same run)"
a=$(date +%s.%N)
"$BIN" audit-disclosure --db "$STORE" > bench/out/disclosure-audit.txt 2>/dev/null || true
b=$(date +%s.%N)
echo "audit-disclosure: $(echo "$b - $a" | bc) s"
tail -1 bench/out/disclosure-audit.txt
