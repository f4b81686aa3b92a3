#!/usr/bin/env bash
# Benchmark: `placehealth stats` against the Python package phstatsmethods (the other reference
# implementation of the PHE methods) on the same inputs in the same run: proportions, crude rates and
# directly standardised rates (ESP 2013, 19 age bands) for STATS_GROUPS groups (default one million).
# Each side reads the CSV, computes value and 95%/99.8% limits per group, and writes a CSV; the two
# results are then checked to agree within 1e-9 relative. Prints times and the speed ratio.
set -euo pipefail
cd "$(dirname "$0")/../.."
GROUPS_N=${STATS_GROUPS:-1000000}
OUT=bench/out/stats
mkdir -p "$OUT"

# SCRATCH=dir builds in another build directory (default .build).
swift build -c release --product placehealth ${SCRATCH:+--scratch-path "$SCRATCH"} >/dev/null
bin=${SCRATCH:-.build}/release/placehealth

if [ ! -x bench/.venv/bin/python ]; then
    python3 -m venv bench/.venv
fi
bench/.venv/bin/python -c "import PHStatsMethods" 2>/dev/null \
    || bench/.venv/bin/pip install --quiet "phstatsmethods==0.1.16"

[ -f "$OUT/counts-$GROUPS_N.csv" ] && [ -f "$OUT/dsr-$GROUPS_N.csv" ] \
    || python3 bench/stats/make_input.py "$GROUPS_N" "$OUT"

# Bash's own clock: no process is started to read it, so nothing but the command is timed.
now() { echo "$EPOCHREALTIME"; }
elapsed() { python3 -c "print(f'{$2 - $1:.2f}')"; }

status=0
# METHODS chooses the methods (default all three).
for method in ${METHODS:-proportion rate dsr}; do
    if [ "$method" = dsr ]; then input="$OUT/dsr-$GROUPS_N.csv"; else input="$OUT/counts-$GROUPS_N.csv"; fi
    extra=()
    [ "$method" = dsr ] && extra=(--age-band age_band)
    # Ours takes seconds and varies with the page cache from run to run: the median of OURS_RUNS
    # (default 3) runs. The peer takes minutes: one run.
    times=()
    for _ in $(seq "${OURS_RUNS:-3}"); do
        # The files written before (the last peer's output above all) are flushed first, so that
        # the kernel's writing them back does not fall in the time of either side.
        sync
        start=$(now)
        "$bin" stats "$method" --input "$input" --output "$OUT/ours-$method.csv" --group area "${extra[@]}"
        times+=("$(elapsed "$start" "$(now)")")
    done
    ours=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }')
    sync
    start=$(now)
    bench/.venv/bin/python bench/stats/peer.py "$method" "$input" "$OUT/peer-$method.csv"
    peer=$(elapsed "$start" "$(now)")
    ratio=$(python3 -c "print(f'{$peer / $ours:.1f}')")
    printf '%-10s %d groups: placehealth %7.2f s (median of %s), phstatsmethods %8.2f s, ratio %6.1fx\n' \
        "$method" "$GROUPS_N" "$ours" "${times[*]}" "$peer" "$ratio"
    bench/.venv/bin/python bench/stats/compare.py "$OUT/ours-$method.csv" "$OUT/peer-$method.csv" || status=1
done
exit $status
