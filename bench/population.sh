#!/usr/bin/env bash
# Benchmark (issue 6, Performance): population health management on the SYNTHETIC Leeds, release
# build, each part against a peer measured in the same run (the sqlite3 tool running the same
# rules in plain SQL on the same store), with the answers compared.
#
#  1. Segment + frailty + risk: wall time of the whole process `placehealth risk score --db STORE`
#     (start-up, reading the store, segmenting everyone and computing their eFI, scoring everyone
#     aged 18+ with the stored model, counting the top 2% by LCP). Goal: 15 s or less. Its own
#     phases (--timings) are printed too.
#     Peer: sqlite3 running bench/population/segments.sql (the nine segments with the eFI, by LCP;
#     no risk scoring) — wall time of the sqlite3 process. Ratio: peer time / engine time (above 1:
#     the engine is faster). Agreement: `placehealth segment --by lcp` against the SQL, every LCP
#     and segment.
#  2. A cohort count for every LCP (the respiratory missing cases; also the three other predefined
#     cohorts, printed without a peer): the `count` phase of `placehealth cohort count --timings`,
#     that is preparing the rule and counting everyone by LCP on the population already in memory
#     (as a server holding it answers; loading and segmenting are the phases of part 1). Goal:
#     200 ms or less. Peer: sqlite3 running bench/population/missing_cases.sql by LCP. Agreement:
#     the counts by LCP.
#  3. A practice's case-finding list (missing cases, the practice with the most registered
#     people): the `list` phase of `placehealth cohort people --timings` (people, reasons). Goal:
#     100 ms or less. Peer: the same SQL for that practice. Agreement: the person identifiers.
#  Exits 1 if any answer differs.
#
# Runs from a fresh clone: installs SQLite's headers and tool if missing (scripts/setup.sh), builds
# the release binary, synthesises bench/out/population/leeds-$PERSONS.sqlite (seed 42) if it is not
# there, and fits a risk model into it once (`placehealth risk train`, timed and reported apart).
#
# Environment: PERSONS (default 785000), DATE (default 2023-01-01), RUNS (repetitions of parts 2
# and 3, default 3; the median is reported), SCRATCH (another SwiftPM build directory).
set -euo pipefail
cd "$(dirname "$0")/.."
PERSONS=${PERSONS:-785000}
DATE=${DATE:-2023-01-01}
RUNS=${RUNS:-3}
OUT=bench/out/population
mkdir -p "$OUT"

bash scripts/setup.sh
swift build -c release --product placehealth ${SCRATCH:+--scratch-path "$SCRATCH"} >/dev/null
bin=${SCRATCH:-.build}/release/placehealth

store="$OUT/leeds-$PERSONS.sqlite"
if [ ! -f "$store" ]; then
    echo "population: synthesising the SYNTHETIC Leeds, $PERSONS persons, into $store" >&2
    "$bin" synth --persons "$PERSONS" --seed 42 --out "$store.part" >/dev/null 2>&1
    mv "$store.part" "$store"
fi

now() { date +%s.%N; }
calc() { python3 -c "print(f'{$1:$2}')"; }
phase() { awk -v k="$1" '$1 == "time" && $2 == k { print $3 }' "$2"; }
median() { python3 -c "import statistics, sys; print(f'{statistics.median(float(x) for x in sys.argv[1:]):.1f}')" "$@"; }
failed=0

echo "population: SYNTHETIC Leeds, $(sqlite3 "$store" "SELECT COUNT(*) FROM persons") persons ($store);" \
    "date $DATE; $(nproc) cores; load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"

if [ -z "$("$bin" risk list --db "$store" --format csv | tail -n +2)" ]; then
    start=$(now)
    "$bin" risk train --db "$store" --date "$DATE" >"$OUT/train.txt" 2>&1
    echo "model:  placehealth risk train (not part of the goals) took $(calc "$(now) - $start" .1f) s;" \
        "$(grep -m1 '^AUROC' "$OUT/train.txt")"
fi

# 1. Segment + frailty + risk, whole process; peer: the segments and eFI in SQL.
start=$(now)
"$bin" risk score --db "$store" --date "$DATE" --by lcp --unsuppressed --timings --format csv \
    >"$OUT/score.csv" 2>"$OUT/score.time"
ours=$(calc "$(now) - $start" .2f)
start=$(now)
sed "s/:date/$DATE/g" bench/population/segments.sql | sqlite3 -readonly "$store" >"$OUT/segments-sql.txt"
peer=$(calc "$(now) - $start" .2f)
printf 'score:  placehealth risk score: %s s (load %s ms, segment+frailty %s ms, risk %s ms; goal: 15 s or less)\n' \
    "$ours" "$(phase load "$OUT/score.time")" "$(phase segment+frailty "$OUT/score.time")" "$(phase risk "$OUT/score.time")"
printf '        peer: sqlite3 segments and eFI by LCP: %s s; ratio peer/engine %s\n' "$peer" "$(calc "$peer / $ours" .2f)"
"$bin" segment --db "$store" --date "$DATE" --by lcp --unsuppressed --format csv >"$OUT/segments.csv"
python3 - "$OUT/segments.csv" "$OUT/segments-sql.txt" <<'EOF' || failed=1
import csv, sys
rows = list(csv.reader(open(sys.argv[1])))
ours = {(r[0], s): int(v) for r in rows[1:] for s, v in zip(rows[0][1:-1], r[1:-1]) if int(v) > 0}
peer = {(l, s): int(n) for l, s, n in (line.strip().split("|") for line in open(sys.argv[2]) if line.strip())}
same = ours == peer
print(f"        agreement: {len(ours)} LCP x segment counts, {'all equal' if same else 'DIFFERENT'}")
if not same:
    for k in sorted(set(ours) | set(peer)):
        if ours.get(k) != peer.get(k): print("          ", k, ours.get(k), peer.get(k))
sys.exit(0 if same else 1)
EOF

# Runs an engine command RUNS times (its --timings phase $1, output $OUT/$2.csv) and the missing
# cases SQL for practice $3 ('' for by LCP, output $OUT/$2-sql.txt); sets the medians and all times.
engine_and_peer() {
    local phase_name=$1 name=$2 practice_code=$3
    shift 3
    local engine=() peers=()
    for run in $(seq 1 "$RUNS"); do
        "$bin" "$@" --timings --format csv >"$OUT/$name.csv" 2>"$OUT/$name.time"
        engine+=("$(phase "$phase_name" "$OUT/$name.time")")
        start=$(now)
        sed "s/:date/$DATE/g; s/:practice/$practice_code/g" bench/population/missing_cases.sql \
            | sqlite3 -readonly "$store" >"$OUT/$name-sql.txt"
        peers+=("$(calc "($(now) - $start) * 1000" .1f)")
    done
    ours=$(median "${engine[@]}")
    ours_all="${engine[*]}"
    peer=$(median "${peers[@]}")
    peer_all="${peers[*]}"
}

# 2. Cohort counts for every LCP (in memory); peer: missing cases by LCP in SQL.
engine_and_peer count missing "" cohort count --db "$store" --date "$DATE" --cohort respiratory-missing-cases \
    --by lcp --unsuppressed
printf 'count:  respiratory missing cases by LCP: %s ms (median of %s: %s; goal: 200 ms or less)\n' \
    "$ours" "$RUNS" "$ours_all"
printf '        peer: sqlite3 %s ms (%s); ratio peer/engine %s\n' "$peer" "$peer_all" "$(calc "$peer / $ours" .1f)"
python3 - "$OUT/missing.csv" "$OUT/missing-sql.txt" <<'EOF' || failed=1
import csv, sys
ours = {r["lcp"]: int(r["persons"]) for r in csv.DictReader(open(sys.argv[1])) if int(r["persons"]) > 0}
peer = {k: int(n) for k, n in (line.strip().split("|") for line in open(sys.argv[2]) if line.strip())}
print(f"        agreement: {sum(ours.values())} persons in {len(ours)} LCPs, {'all equal' if ours == peer else 'DIFFERENT'}")
sys.exit(0 if ours == peer else 1)
EOF
for cohort in severe-frailty-dementia-care-home end-of-life-register top-2-percent-risk; do
    "$bin" cohort count --db "$store" --date "$DATE" --cohort "$cohort" --by lcp --timings --format csv \
        >/dev/null 2>"$OUT/cohort.time"
    printf '        %s by LCP: %s ms\n' "$cohort" "$(phase count "$OUT/cohort.time")"
done

# 3. One practice's case-finding list (in memory); peer: the same list in SQL.
practice=$(sqlite3 -readonly "$store" \
    "SELECT practice_code FROM persons WHERE registered_to IS NULL GROUP BY practice_code ORDER BY COUNT(*) DESC, practice_code LIMIT 1")
engine_and_peer list list "$practice" cohort people --db "$store" --date "$DATE" \
    --cohort respiratory-missing-cases --practice "$practice" --purpose case-finding
printf 'list:   case-finding list, missing cases, practice %s: %s ms (median of %s: %s; goal: 100 ms or less)\n' \
    "$practice" "$ours" "$RUNS" "$ours_all"
printf '        peer: sqlite3 %s ms (%s); ratio peer/engine %s\n' "$peer" "$peer_all" "$(calc "$peer / $ours" .1f)"
python3 - "$OUT/list.csv" "$OUT/list-sql.txt" <<'EOF' || failed=1
import csv, sys
ours = sorted(int(r["person_id"]) for r in csv.DictReader(open(sys.argv[1])))
peer = sorted(int(line.split("|")[0]) for line in open(sys.argv[2]) if line.strip())
print(f"        agreement: {len(ours)} people, {'the same' if ours == peer else 'DIFFERENT'}")
sys.exit(0 if ours == peer else 1)
EOF
exit $failed
