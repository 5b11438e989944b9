#!/usr/bin/env bash
# Deadline day at the submission portal, measured: every State's point of
# contact signs in, starts its draft, makes CHANGES changes through the
# form and submits (with the receipt PDF), against one portal process on
# SQLite and against two on one PostgreSQL database. Writes p50/p99 of a
# change, a page and a submission, and the errors, to bench/PORTAL.md.
# Loopback only; bounded by --states and --changes. Never run by the tests.
#
#   bash bench/portal.sh [--states 193] [--changes 20] [--workers 16] [--out bench/PORTAL.md]
#   BENCH_PROFILE=PROFILE: the cargo profile measured (default dist; debug in CI)
set -euo pipefail
cd "$(dirname "$0")/.."

states=193 changes=20 workers=16 out=bench/PORTAL.md
while [ $# -gt 0 ]; do
  case "$1" in
    --states) states=$2; shift 2 ;;
    --changes) changes=$2; shift 2 ;;
    --workers) workers=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
profile=${BENCH_PROFILE:-dist}
dir=$profile; [ "$profile" = dev ] && dir=debug; [ "$profile" = debug ] && { profile=dev; dir=debug; }
cargo build --profile "$profile" --locked --quiet
bin=target/$dir/poa-report

work=$(mktemp -d)
pg_dir=""
cleanup() {
  # portal() runs in a command substitution (a subshell): its children's
  # pids come back through a file.
  [ -f "$work/pids" ] && while read -r pid; do kill "$pid" 2>/dev/null || true; done < "$work/pids"
  [ -n "$pg_dir" ] && bash scripts/postgres-for-tests stop "$pg_dir"
  rm -rf "$work"
}
trap cleanup EXIT

password="deadline day at the portal"
python3 - "$states" > "$work/codes" <<'PY'
import itertools, string, sys
codes = ("X" + a + b for a, b in itertools.product(string.ascii_uppercase, repeat=2))
print("\n".join(itertools.islice(codes, int(sys.argv[1]))))
PY

accounts() {  # STORE_URL: one point of contact per State
  while read -r code; do
    echo "$password" | "$bin" accounts --store "$1" add --email "npc@${code,,}.example" \
      --role npc --state "$code" --password-stdin > /dev/null
  done < "$work/codes"
}

portal() {  # STORE_URL NAME: starts a portal, prints its port
  "$bin" portal --store "$1" --port 0 > "$work/$2.out" 2>&1 &
  echo $! >> "$work/pids"
  for _ in $(seq 100); do
    grep -q "portal on" "$work/$2.out" 2>/dev/null && break
    sleep 0.1
  done
  sed -n 's#.*127\.0\.0\.1:\([0-9]*\)/.*#\1#p' "$work/$2.out" | head -1
}

load() {  # PORTS
  python3 bench/portal_load.py --ports "$1" --states "$states" --changes "$changes" \
    --workers "$workers" --password "$password" --codes "$work/codes"
}

echo "== one portal on SQLite" >&2
accounts "sqlite:$work/portal.sqlite"
port=$(portal "sqlite:$work/portal.sqlite" sqlite)
load "$port" > "$work/sqlite.json"

echo "== two portals on one PostgreSQL database" >&2
eval "$(bash scripts/postgres-for-tests start)"
pg_dir=$POA_TEST_POSTGRES_DIR
psql -q "$POA_TEST_POSTGRES" -c "CREATE DATABASE deadline"
pg_url=${POA_TEST_POSTGRES%/*}/deadline
accounts "$pg_url"
one=$(portal "$pg_url" pg1)
two=$(portal "$pg_url" pg2)
load "$one,$two" > "$work/postgres.json"

python3 - "$work/sqlite.json" "$work/postgres.json" "$profile" "$(nproc)" > "$out" <<'PY'
import json, sys
runs = [("SQLite, one portal process", json.load(open(sys.argv[1]))),
        ("PostgreSQL, two portal processes", json.load(open(sys.argv[2])))]
first = runs[0][1]
print("# Deadline day at the portal (bench/portal.sh)\n")
print(f"{first['states']} States, each: sign in, open its report, start a draft, open a form page, "
      f"{first['changes_per_state']} changes through the form, submit and download the receipt PDF; "
      f"{first['workers']} States at a time, on 127.0.0.1, profile `{sys.argv[3]}`, {sys.argv[4]} cores "
      "(the portals, the database and the load generator share them).\n")
print("Targets: p99 of a change under 50 ms, of a submission (with its receipt PDF) under 1 s, no errors.\n")
print("| store | requests | wall (s) | errors | change p50 / p99 (ms) | page p50 / p99 (ms) | sign-in p50 / p99 (ms) | submission + receipt PDF p50 / p99 (ms) |")
print("|---|---|---|---|---|---|---|---|")
for name, r in runs:
    l = r["latency"]
    cell = lambda k: f"{l[k]['p50_ms']} / {l[k]['p99_ms']}" if k in l else "—"
    print(f"| {name} | {r['requests']} | {r['wall_s']} | {r['errors']} | {cell('change')} | {cell('page')} | {cell('sign-in')} | {cell('submission')} |")
for name, r in runs:
    if r["first_errors"]:
        print(f"\nFirst errors ({name}): " + "; ".join(r["first_errors"]))
PY
cat "$out"
