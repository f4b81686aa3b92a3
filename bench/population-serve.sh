#!/usr/bin/env bash
# Benchmark (issue 6): the population health endpoints as the server answers them, on the SYNTHETIC
# Leeds that bench/population.sh makes (run that first; this reuses its store and release binary).
#
# Starts `placehealth serve` on the store, waits until the population is prepared (timed: reading
# everyone, segments, eFI and risk scores in the server), adds a clinician for the busiest practice,
# signs in over HTTP (the CSRF token from the form, the session cookie), then times with curl over
# loopback, RUNS times each (median reported):
#  1. GET /api/cohorts/respiratory-missing-cases/counts?by=lcp, signed in as an analyst (so the
#     counts are unsuppressed and can be compared): the first request (the cohort is
#     evaluated for everyone) and the following ones (cached). Goal: 200 ms or less.
#  2. GET /api/cohorts/respiratory-missing-cases/people?scope=practice:P&purpose=case-finding: the
#     practice's case-finding list, each request checked against the policy and written to the
#     audit log before it is answered. Goal: 100 ms or less.
# Peer, same run: sqlite3 running bench/population/missing_cases.sql (by LCP; for the practice).
# Agreement: the persons by LCP, and the list's person identifiers, against the SQL.
set -euo pipefail
cd "$(dirname "$0")/.."
PERSONS=${PERSONS:-785000}
DATE=${DATE:-2023-01-01}
RUNS=${RUNS:-5}
PORT=${PORT:-8097}
OUT=bench/out/population
bin=${SCRATCH:-.build}/release/placehealth
store="$OUT/leeds-$PERSONS.sqlite"
[ -x "$bin" ] && [ -f "$store" ] || { echo "run bench/population.sh first (needs $bin and $store)" >&2; exit 1; }

now() { date +%s.%N; }
calc() { python3 -c "print(f'{$1:$2}')"; }
median() { python3 -c "import statistics, sys; print(f'{statistics.median(float(x) for x in sys.argv[1:]):.1f}')" "$@"; }

practice=$(sqlite3 -readonly "$store" \
    "SELECT practice_code FROM persons WHERE registered_to IS NULL GROUP BY practice_code ORDER BY COUNT(*) DESC, practice_code LIMIT 1")
password="bench-user-password-$$"
"$bin" user add bench.clinician --role clinician --practice "$practice" --db "$store" --password-stdin \
    <<<"$password" >/dev/null 2>&1 || "$bin" user reset bench.clinician --db "$store" --password-stdin <<<"$password" >/dev/null
"$bin" user add bench.analyst --role analyst --db "$store" --password-stdin <<<"$password" >/dev/null 2>&1 \
    || "$bin" user reset bench.analyst --db "$store" --password-stdin <<<"$password" >/dev/null

start=$(now)
"$bin" serve --db "$store" --port "$PORT" >"$OUT/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
base="http://127.0.0.1:$PORT"
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/api/population/segments?by=city" || true)" = 200 ]; do
    kill -0 $server 2>/dev/null || { cat "$OUT/serve.log" >&2; exit 1; }
    sleep 0.2
done
# The server renders its most visited pages in the background at start (the About page's calibration
# report reads the whole store): wait for that too, so that it does not compete with what is timed.
curl -s -o /dev/null "$base/about"
echo "serve:  SYNTHETIC Leeds, $(sqlite3 "$store" "SELECT COUNT(*) FROM persons") persons; population ready" \
    "(and start-up rendering done) $(calc "$(now) - $start" .1f) s after start; $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"

# Signs in as $1 into the cookie jar $2 (the CSRF token read from the form).
sign_in() {
    rm -f "$2"
    local token status
    token=$(curl -s -c "$2" -b "$2" "$base/signin" | grep -o 'name="csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
    status=$(curl -s -o /dev/null -w '%{http_code}' -c "$2" -b "$2" -X POST \
        --data-urlencode "name=$1" --data-urlencode "password=$password" --data-urlencode "csrf=$token" "$base/signin")
    [ "$status" = 303 ] || { echo "sign-in of $1 failed: $status" >&2; exit 1; }
}
sign_in bench.analyst "$OUT/analyst.cookies"
sign_in bench.clinician "$OUT/clinician.cookies"
jar="$OUT/analyst.cookies"

# The time of one GET in ms (the body to $2); stops the benchmark unless the answer is 200.
timed() {
    curl -s -b "$jar" -o "$2" -w '%{http_code} %{time_total}' "$1" | python3 -c "
import sys
status, seconds = sys.stdin.read().split()
if status != '200': sys.exit(f'GET answered {status}')
print(f'{float(seconds) * 1000:.1f}')"
}
sql() {
    local s
    s=$(now)
    sed "s/:date/$DATE/g; s/:practice/$1/g" bench/population/missing_cases.sql | sqlite3 -readonly "$store" >"$2"
    calc "($(now) - $s) * 1000" .1f
}

counts="$base/api/cohorts/respiratory-missing-cases/counts?by=lcp"
first=$(timed "$counts" "$OUT/serve-counts.json")
warm=() peers=()
for _ in $(seq 1 "$RUNS"); do
    warm+=("$(timed "$counts" "$OUT/serve-counts.json")")
    peers+=("$(sql "" "$OUT/serve-counts-sql.txt")")
done
printf 'count:  GET counts by LCP (missing cases): first %s ms, then %s ms (median of %s: %s; goal 200 ms or less)\n' \
    "$first" "$(median "${warm[@]}")" "$RUNS" "${warm[*]}"
printf '        peer: sqlite3 %s ms; ratio peer/engine (first request) %s\n' "$(median "${peers[@]}")" \
    "$(calc "$(median "${peers[@]}") / $first" .1f)"

list="$base/api/cohorts/respiratory-missing-cases/people?scope=practice:$practice&purpose=case-finding"
jar="$OUT/clinician.cookies"
before=$(sqlite3 -readonly "$store" "SELECT COUNT(*) FROM audit_log WHERE user_name = 'bench.clinician' AND outcome = 'granted'")
times=() peers=()
for _ in $(seq 1 "$RUNS"); do
    times+=("$(timed "$list" "$OUT/serve-list.json")")
    peers+=("$(sql "$practice" "$OUT/serve-list-sql.txt")")
done
printf 'list:   GET case-finding list, practice %s, audited: %s ms (median of %s: %s; goal 100 ms or less)\n' \
    "$practice" "$(median "${times[@]}")" "$RUNS" "${times[*]}"
printf '        peer: sqlite3 %s ms; ratio peer/engine %s\n' "$(median "${peers[@]}")" \
    "$(calc "$(median "${peers[@]}") / $(median "${times[@]}")" .1f)"
before=${before:-0}
echo "        audit entries written for bench.clinician in this run: $(( $(sqlite3 -readonly "$store" \
    "SELECT COUNT(*) FROM audit_log WHERE user_name = 'bench.clinician' AND outcome = 'granted'") - before )) (of $RUNS requests)"

python3 - "$OUT/serve-counts.json" "$OUT/serve-counts-sql.txt" "$OUT/serve-list.json" "$OUT/serve-list-sql.txt" <<'PY'
import json, sys
counts = json.load(open(sys.argv[1]))
ours = {r["group"]: r["persons"] for r in counts["rows"] if r["persons"]}
peer = {k: int(n) for k, n in (l.strip().split("|") for l in open(sys.argv[2]) if l.strip())}
listed = sorted(e["personID"] for e in json.load(open(sys.argv[3]))["entries"])
wanted = sorted(int(l.split("|")[0]) for l in open(sys.argv[4]) if l.strip())
ok = ours == peer and listed == wanted
print(f"        agreement: counts {'equal' if ours == peer else 'DIFFERENT'} ({sum(ours.values())} persons),"
      f" list {'the same' if listed == wanted else 'DIFFERENT'} ({len(listed)} people)")
sys.exit(0 if ok else 1)
PY
