#!/usr/bin/env bash
# Benchmark (issue 15, Performance): the "Left Shift" scenario's Monte Carlo runs on the SYNTHETIC
# Leeds, `placehealth scenario run`, release build, against a NumPy peer measured in the same run.
#
#  1. Engine: wall time of the whole process `placehealth scenario run
#     packs/leeds/scenarios/left-shift.yaml --db STORE --runs 1000 --export-model
#     bench/out/left-shift-model.json --timings` (start-up, building the model from the store,
#     writing the model as JSON, 1,000 runs of ten years by LCP and decile, the summary, storing
#     the result), RUNS times; peak resident memory (GNU time) and its own phases (prepare: the
#     model from the store and the export; runs: the runs and their summary; store). The median is
#     reported, and runs per second. Goal: 10 s or less for 1,000 runs.
#  2. Peer: bench/scenarios/peer.py, the same model (docs/scenarios.md, "Running a scenario") in
#     NumPy, vectorised over runs and groups, with NumPy's own generator (default_rng), reading the
#     model the engine exported, RUNS times. Its time is reading the model JSON + the runs + the
#     summary, measured inside Python: the interpreter's start and NumPy's import are reported apart
#     and not counted. Ratios (above 1: the engine is faster): peer time / engine whole process
#     (the engine also builds the model from the store, the peer does not), and peer runs+summary /
#     engine runs phase (like for like).
#  3. Agreement (the peer's last run): the engine's stored outcome (scenario_results.outcome_json)
#     against the peer's runs, statistically (different generators): every measure, area and year,
#     the mean within 4 Monte Carlo standard errors and each of the 10th, 50th and 90th percentiles
#     within the peer's own quantiles at p -+ 4 standard errors of a proportion; the values fixed
#     at the baseline year within relative 1e-9; the waterfalls' means and the share of runs whose
#     deprived gap narrowed within 4 standard errors. Exits 1 if more than 0.5% of the series-years
#     disagree, or any baseline value, waterfall step or the share does.
#
# Runs from a fresh clone: installs SQLite's headers and tool if missing (scripts/setup.sh), builds
# the release binary, creates bench/.venv and installs the pinned numpy of
# bench/scenarios/requirements.txt, and synthesises the store bench/out/compute/leeds-785000.sqlite
# (seed 42, as bench/compute.sh does) if STORE is not given and it is not there. It cd's to the
# repository root first: placehealth finds packs/leeds from the working directory.
#
# Environment: STORE (default bench/out/compute/leeds-785000.sqlite), RUNS (repetitions of the
# engine and of the peer, default 3; medians reported), SIMULATIONS (Monte Carlo runs, default
# 1000), SEED (the peer's NumPy seed, default 2026; the engine uses the file's seed), SCRATCH
# (another SwiftPM build directory), BIN (an already built placehealth: no setup, no build).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
SIMULATIONS=${SIMULATIONS:-1000}
SEED=${SEED:-2026}
STORE=${STORE:-bench/out/compute/leeds-785000.sqlite}
SCENARIO=packs/leeds/scenarios/left-shift.yaml
MODEL=bench/out/left-shift-model.json
OUT=bench/out/scenarios
mkdir -p "$OUT"

if [ -n "${BIN:-}" ]; then
    bin=$BIN
    command -v sqlite3 >/dev/null && [ -x /usr/bin/time ] || { echo "scenarios: needs sqlite3 and GNU time" >&2; exit 1; }
else
    bash scripts/setup.sh
    swift build -c release --product placehealth ${SCRATCH:+--scratch-path "$SCRATCH"} >/dev/null
    bin=${SCRATCH:-.build}/release/placehealth
fi

[ -x bench/.venv/bin/python ] || python3 -m venv bench/.venv
py=bench/.venv/bin/python
"$py" -c 'import importlib.metadata as m, sys
pins = [l.split("#")[0].strip().split("==") for l in open(sys.argv[1]) if l.split("#")[0].strip()]
sys.exit(any(m.version(n) != v for n, v in pins))' bench/scenarios/requirements.txt 2>/dev/null \
    || bench/.venv/bin/pip install --quiet -r bench/scenarios/requirements.txt

if [ ! -f "$STORE" ]; then
    echo "scenarios: synthesising the SYNTHETIC Leeds, 785000 persons, into $STORE" >&2
    mkdir -p "$(dirname "$STORE")"
    "$bin" synth --persons 785000 --seed 42 --out "$STORE.part" >/dev/null 2>&1
    mv "$STORE.part" "$STORE"
fi

now() { date +%s.%N; }
calc() { python3 -c "print(f'{$1:$2}')"; }
median() { python3 -c "import statistics, sys; print(f'{statistics.median(float(x) for x in sys.argv[1:]):.2f}')" "$@"; }
value() { awk -v k="$1" '$1 == k { print $2 }' "$2"; }
# The engine's phase $1 (prepare, runs, store) from its --timings line in file $2, in seconds.
phase() { tr '\r' '\n' <"$2" | awk -v k="$1" '$1 == "timings:" { for (i = 2; i < NF; i++) if ($i == k) print $(i + 1) }'; }

echo "scenarios: SYNTHETIC Leeds, $(sqlite3 "$STORE" "SELECT COUNT(*) FROM persons") persons ($STORE);" \
    "$SIMULATIONS runs of $SCENARIO; $(nproc) cores; load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"

# 1. The engine, whole process, RUNS times.
engine=() prepare=() runs=()
for i in $(seq 1 "$RUNS"); do
    start=$(now)
    /usr/bin/time -f 'peak-kb %M' "$bin" scenario run "$SCENARIO" --db "$STORE" --runs "$SIMULATIONS" \
        --export-model "$MODEL" --timings >"$OUT/engine.txt" 2>"$OUT/engine-$i.err"
    engine+=("$(calc "$(now) - $start" .2f)")
    prepare+=("$(phase prepare "$OUT/engine-$i.err")")
    runs+=("$(phase runs "$OUT/engine-$i.err")")
    printf 'engine: run %d: %s s whole process (prepare %s s, runs %s s, store %s s), peak memory %s MB\n' \
        "$i" "${engine[-1]}" "${prepare[-1]}" "${runs[-1]}" "$(phase store "$OUT/engine-$i.err")" \
        "$(awk '$1 == "peak-kb" { printf "%.0f", $2 / 1024 }' "$OUT/engine-$i.err")"
done
engine_median=$(median "${engine[@]}")
runs_median=$(median "${runs[@]}")
printf 'engine: median %s s whole process, %s runs/s (goal: 10 s or less for 1,000 runs); runs phase %s s, %s runs/s\n' \
    "$engine_median" "$(calc "$SIMULATIONS / $engine_median" .0f)" "$runs_median" "$(calc "$SIMULATIONS / $runs_median" .0f)"
id=$(sed -n 's/^Stored \([^:]*\):.*/\1/p' "$OUT/engine.txt")
sqlite3 "$STORE" "SELECT outcome_json FROM scenario_results WHERE result_id = '$id'" >"$OUT/engine-outcome.json"
[ -s "$OUT/engine-outcome.json" ] || { echo "scenarios: no stored outcome for '$id'" >&2; exit 1; }

# 2. The peer, RUNS times; 3. the comparison, in its last run (after its times are taken).
peer=() peer_runs=()
failed=0
for i in $(seq 1 "$RUNS"); do
    compare=()
    [ "$i" = "$RUNS" ] && compare=(--compare "$OUT/engine-outcome.json")
    "$py" bench/scenarios/peer.py "$MODEL" --runs "$SIMULATIONS" --seed "$SEED" --out "$OUT/peer-outcome.json" \
        "${compare[@]}" >"$OUT/peer.txt" || failed=1
    peer+=("$(value peer-time "$OUT/peer.txt")")
    peer_runs+=("$(calc "$(value peer-runs "$OUT/peer.txt") + $(value peer-summary "$OUT/peer.txt")" .3f)")
    printf 'peer:   run %d: %s s = model JSON %s s + runs %s s + summary %s s (NumPy %s; start and import %s s not counted)\n' \
        "$i" "${peer[-1]}" "$(value peer-load "$OUT/peer.txt")" "$(value peer-runs "$OUT/peer.txt")" \
        "$(value peer-summary "$OUT/peer.txt")" "$(value peer-numpy "$OUT/peer.txt")" "$(value peer-imports "$OUT/peer.txt")"
done
peer_median=$(median "${peer[@]}")
peer_runs_median=$(median "${peer_runs[@]}")
printf 'peer:   median %s s, %s runs/s; runs + summary %s s\n' \
    "$peer_median" "$(calc "$SIMULATIONS / $peer_median" .0f)" "$peer_runs_median"
printf 'ratio:  peer / engine whole process %sx; peer runs+summary / engine runs phase %sx (above 1: the engine is faster)\n' \
    "$(calc "$peer_median / $engine_median" .2f)" "$(calc "$peer_runs_median / $runs_median" .2f)"

echo "agreement: engine result $id ($SIMULATIONS runs) against the peer's (seed $SEED):"
grep -v '^peer-' "$OUT/peer.txt" | sed 's/^/  /'
exit "$failed"
