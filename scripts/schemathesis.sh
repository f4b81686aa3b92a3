#!/usr/bin/env bash
# Conformance of the live server to its OpenAPI document: Schemathesis (scripts/setup.sh puts it in
# .venv) runs every check it has against /openapi.json of a small SYNTHETIC place served on
# 127.0.0.1, signed in as a clinician (every endpoint) and as the governance lead (the audit log).
# Builds nothing: PLACEHEALTH_BIN names the binary (default: `swift build --show-bin-path`).
# Reproducible and bounded: a fixed seed (ST_SEED), at most ST_MAX_EXAMPLES examples per operation
# and a wall-clock cap on both runs together (ST_MAX_SECONDS). ST_PERSONS sets the place's size;
# ST_ARGS adds options (`--report har --report-dir /abs/dir`). Exits non-zero on any failure.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
bin="${PLACEHEALTH_BIN:-$(swift build --show-bin-path)/placehealth}"
st="${SCHEMATHESIS:-$root/.venv/bin/schemathesis}"
persons="${ST_PERSONS:-1000}"
seed="${ST_SEED:-20261205}"
examples="${ST_MAX_EXAMPLES:-40}"
cap="${ST_MAX_SECONDS:-180}"
[ -x "$bin" ] || { echo "schemathesis.sh: no placehealth binary at $bin (build it, or set PLACEHEALTH_BIN)" >&2; exit 2; }
[ -x "$st" ] || bash "$root/scripts/setup.sh"

work="$(mktemp -d)"
server=""
# Stops the server this script started (by its process id), then removes the place.
stop() {
  if [ -n "$server" ]; then
    kill "$server" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$server" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap stop EXIT
db="$work/place.sqlite"
log() { echo "schemathesis.sh: $*" >&2; }
# Runs a command quietly; shows what it said if it fails.
quiet() { "$@" >>"$work/setup.log" 2>&1 || { cat "$work/setup.log" >&2; log "failed: $*"; exit 1; }; }

log "a SYNTHETIC place of $persons persons in $work"
quiet "$bin" synth --persons "$persons" --seed 42 --out "$db"
quiet "$bin" compute --db "$db"
quiet "$bin" risk train --db "$db"
(umask 077 && printf 'conformance-%s-%s-%s-check' "$RANDOM" "$RANDOM" "$RANDOM" >"$work/password")
for user in "st-clinician --role clinician --lcp LCP03" "st-governance --role ig-lead"; do
  # shellcheck disable=SC2086 # the name and its options
  quiet "$bin" user add $user --password-stdin --db "$db" <"$work/password"
done

"$bin" serve --db "$db" --host 127.0.0.1 --port 0 >"$work/serve.log" 2>&1 &
server=$!
base=""
for _ in $(seq 1 600); do
  base="$(sed -n 's|^Dashboard: open \(http://127\.0\.0\.1:[0-9]*\)/ .*|\1|p' "$work/serve.log")"
  [ -n "$base" ] && break
  kill -0 "$server" 2>/dev/null || { cat "$work/serve.log" >&2; exit 1; }
  sleep 0.2
done
[ -n "$base" ] || { log "the server did not start"; cat "$work/serve.log" >&2; exit 1; }
# Ready when the population figures are (until then population endpoints answer 503).
ready=""
until_ready=$((SECONDS + 300))
while [ "$SECONDS" -lt "$until_ready" ]; do
  code="$(curl -s -o /dev/null -m 30 -w '%{http_code}' "$base/api/population/segments" || true)"
  [ "$code" = 200 ] && { ready=1; break; }
  sleep 1
done
[ -n "$ready" ] || { log "the server at $base did not get ready"; cat "$work/serve.log" >&2; exit 1; }
log "serving at $base"

# Signs in as $1 through the HTML form; prints the session cookie's value.
sign_in() {
  local form cookie csrf
  form="$(curl -s -D "$work/form.headers" "$base/signin")"
  cookie="$(sed -n 's/^[Ss]et-[Cc]ookie: placehealth_session=\([^;]*\).*/\1/p' "$work/form.headers" | tr -d '\r')"
  csrf="$(printf '%s' "$form" | sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' | head -n 1)"
  curl -s -o /dev/null -D "$work/signin.headers" -H "Cookie: placehealth_session=$cookie" \
    --data-urlencode "name=$1" --data-urlencode "password@$work/password" --data-urlencode "csrf=$csrf" \
    "$base/signin"
  sed -n 's/^[Ss]et-[Cc]ookie: placehealth_session=\([^;]*\).*/\1/p' "$work/signin.headers" | tr -d '\r'
}
clinician="$(sign_in st-clinician)"
governance="$(sign_in st-governance)"
[ -n "$clinician" ] && [ -n "$governance" ] || { log "signing in failed"; exit 1; }

# The session cookie is the document's security scheme `session`.
cat >"$work/schemathesis.toml" <<'EOF'
[auth.openapi.session]
api_key = "${ST_SESSION}"
EOF
# Runs Schemathesis as the user whose session is $1, with the remaining options, within the cap.
deadline=$((SECONDS + cap))
run() {
  local session="$1" left=$((deadline - SECONDS))
  shift
  [ "$left" -gt 0 ] || { log "no time left of ${cap} s"; return 1; }
  (cd "$work" && ST_SESSION="$session" timeout "$left" "$st" --config-file "$work/schemathesis.toml" \
    run "$base/openapi.json" --checks all --seed "$seed" --max-examples "$examples" --workers 1 \
    --request-timeout 30 --generation-database none --no-color ${ST_ARGS:-} "$@")
}
status=0
start=$SECONDS
run "$clinician" --exclude-path /api/audit || status=1
run "$governance" --include-path /api/audit --phases examples,coverage,fuzzing || status=1
log "finished in $((SECONDS - start)) s: $([ "$status" = 0 ] && echo 'no failures' || echo FAILED)"
exit "$status"
