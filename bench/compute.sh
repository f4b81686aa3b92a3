#!/usr/bin/env bash
# Benchmark (issue 4, Performance): computing the indicators of the SYNTHETIC Leeds with
# `placehealth compute`, release build, against a peer measured in the same run.
#
#  1. Full run: `placehealth compute --db STORE --timings` (every indicator of the pack, every
#     period, breakdown and group), twice: cold (the columnar snapshot STORE.columns deleted first,
#     so the store is read and the snapshot written) and warm (the snapshot mapped). For each: wall
#     time of the process, the time of each phase (read, count, statistics, store), results per
#     second and peak resident memory (GNU time).
#  2. Three indicators (warm: the snapshot is current), a proportion (cyp-low-birth-weight-term), a crude rate
#     (cyp-emergency-admissions-0-17) and a DSR (preventable-hospital-admissions):
#     - engine: wall time of `placehealth compute --db STORE --only ID1 ID2 ID3` (start-up, mapping
#       the columnar snapshot, counting, statistics and storing the results);
#     - export (not part of the peer's time, reported on its own): the sqlite3 tool writes the
#       tables the peer reads (persons, deaths, areas, admissions, births, dataset) to CSV, and
#       DuckDB converts them to Parquet (bench/compute/export.py);
#     - peer: DuckDB's SQL aggregation over the Parquet files (numerators, denominators and each
#       person's count squared, by period, breakdown, group and age band, counted as the engine
#       counts) plus the values and 95%/99.8% limits (phstatsmethods' Wilson; its exact/Byar's on
#       the effective number of events of a rate of admissions; Dobson DSR with ESP 2013 and the
#       admissions' compound Poisson variance, written in Python), writing a CSV
#       (bench/compute/peer.py). Its time is query + statistics + writing, measured inside
#       Python: the interpreter's start and the imports (pandas, scipy, duckdb) are reported apart
#       and not counted.
#     - ratio: peer time / engine time (above 1: the engine is faster). The goal is 5 or more.
#  3. Agreement: every (indicator, period, breakdown, group) of the three, numerator, denominator,
#     value and limits, within a relative tolerance of TOLERANCE (bench/compute/compare.py).
#     Exits 1 if any result differs.
#
# Runs from a fresh clone: installs SQLite's headers and tool if missing (scripts/setup.sh), builds
# the release binary, creates bench/.venv and installs the pinned PyPI packages of
# bench/compute/requirements.txt (duckdb, phstatsmethods), and synthesises the store
# bench/out/compute/leeds-$PERSONS.sqlite (seed 42) if it is not there. It cd's to the repository
# root first: placehealth compute finds packs/leeds from the working directory.
#
# Environment: PERSONS (default 785000: the full SYNTHETIC Leeds), RUNS (three-indicator engine/peer
# pairs, default 1), TOLERANCE (default 1e-6), SCRATCH (another SwiftPM build directory).
set -euo pipefail
cd "$(dirname "$0")/.."
PERSONS=${PERSONS:-785000}
RUNS=${RUNS:-1}
TOLERANCE=${TOLERANCE:-1e-6}
OUT=bench/out/compute
THREE=(cyp-low-birth-weight-term cyp-emergency-admissions-0-17 preventable-hospital-admissions)
mkdir -p "$OUT"

bash scripts/setup.sh
swift build -c release --product placehealth ${SCRATCH:+--scratch-path "$SCRATCH"} >/dev/null
bin=${SCRATCH:-.build}/release/placehealth

[ -x bench/.venv/bin/python ] || python3 -m venv bench/.venv
bench/.venv/bin/python bench/compute/check_venv.py \
    || bench/.venv/bin/pip install --quiet -r bench/compute/requirements.txt
py=bench/.venv/bin/python

store="$OUT/leeds-$PERSONS.sqlite"
if [ ! -f "$store" ]; then
    echo "compute: synthesising the SYNTHETIC Leeds, $PERSONS persons, into $store" >&2
    "$bin" synth --persons "$PERSONS" --seed 42 --out "$store.part" >/dev/null 2>&1
    mv "$store.part" "$store"
fi

now() { date +%s.%N; }
calc() { python3 -c "print(f'{$1:$2}')"; }
value() { awk -v k="$1" '$1 == k { print $2 }' "$2"; }

echo "compute: SYNTHETIC Leeds, $(sqlite3 "$store" "SELECT COUNT(*) FROM persons") persons ($store);" \
    "$(nproc) cores; load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"

# 1. Every indicator, cold (no snapshot) then warm (the snapshot just written).
phase() { awk -v k="$1" '$1 == "time" && $2 == k { printf "%.2f", $3 / 1000 }' "$2"; }
for kind in cold warm; do
    [ "$kind" = cold ] && rm -f "$store.columns"
    start=$(now)
    /usr/bin/time -f 'peak-kb %M' "$bin" compute --db "$store" --timings >"$OUT/full.txt" 2>"$OUT/full-$kind.err"
    full=$(calc "$(now) - $start" .2f)
    results=$(sqlite3 "$store" "SELECT COUNT(*) FROM indicator_results")
    indicators=$(sqlite3 "$store" "SELECT COUNT(DISTINCT indicator_id) FROM indicator_results")
    peak=$(awk '$1 == "peak-kb" { printf "%.0f", $2 / 1024 }' "$OUT/full-$kind.err")
    printf 'full:   %s: placehealth compute, %s results of %s indicators in %s s: %s results/s, peak memory %s MB (SYNTHETIC Leeds; goals: %s, 1 GB)\n' \
        "$kind" "$results" "$indicators" "$full" "$(calc "$results / $full" .0f)" "$peak" \
        "$([ "$kind" = cold ] && echo "6 s" || echo "2 s")"
    printf '        phases: read %s s, count %s s, statistics %s s, store %s s\n' \
        "$(phase read "$OUT/full-$kind.err")" "$(phase count "$OUT/full-$kind.err")" \
        "$(phase statistics "$OUT/full-$kind.err")" "$(phase store "$OUT/full-$kind.err")"
done

# 2. Three indicators: export once, then engine and peer RUNS times, alternately.
"$py" bench/compute/export.py "$store" "$OUT/parquet" >"$OUT/export.txt"
printf 'export: sqlite3 to CSV %s s, DuckDB CSV to Parquet %s s (not counted in the peer time)\n' \
    "$(value export-csv "$OUT/export.txt")" "$(value export-parquet "$OUT/export.txt")"
ratios=()
for run in $(seq 1 "$RUNS"); do
    start=$(now)
    "$bin" compute --db "$store" --only "${THREE[@]}" 2>/dev/null >"$OUT/three.txt"
    engine=$(calc "$(now) - $start" .2f)
    "$py" bench/compute/peer.py "$OUT/parquet" "$OUT/peer.csv" >"$OUT/peer.txt"
    peer=$(calc "$(value peer-query "$OUT/peer.txt") + $(value peer-stats "$OUT/peer.txt") + $(value peer-write "$OUT/peer.txt")" .2f)
    ratio=$(calc "$peer / $engine" .2f)
    ratios+=("$ratio")
    engine_results=$(sqlite3 "$store" "SELECT COUNT(*) FROM indicator_results")
    printf 'three:  run %d: engine %s s for %s results (placehealth compute --only, whole process)\n' "$run" "$engine" "$engine_results"
    printf '        peer   %s s = DuckDB query %s s + phstatsmethods %s s + CSV %s s (DuckDB threads: %s; imports %s s not counted)\n' \
        "$peer" "$(value peer-query "$OUT/peer.txt")" "$(value peer-stats "$OUT/peer.txt")" \
        "$(value peer-write "$OUT/peer.txt")" "$(value peer-threads "$OUT/peer.txt")" "$(value peer-imports "$OUT/peer.txt")"
    printf '        ratio  %sx (peer time / engine time; goal: 5x or more)\n' "$ratio"
done
if [ "$RUNS" -gt 1 ]; then
    echo "ratio:  median of $RUNS runs $(printf '%s\n' "${ratios[@]}" | sort -g | awk '{a[NR]=$1} END {printf "%.2f", (NR % 2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}')x"
fi
awk '$1 == "peer-zero-count-groups" && $3 > 0 { printf "        note: %s: %s groups with no events; phstatsmethods ph_rate raises on a zero count, so the peer takes their limits from its exact_upper(0) and 0\n", $2, $3 }
     $1 == "peer-groups-with-empty-age-bands" && $3 > 0 { printf "        note: %s: %s groups have age bands with no population, left out of their standardisation as the engine does\n", $2, $3 }' \
    "$OUT/peer.txt"

# 3. Agreement.
"$py" bench/compute/compare.py "$store" "$OUT/peer.csv" "$TOLERANCE"
