#!/usr/bin/env bash
# Measures `aggregate` and `ingest` on 200 and 2,000 generated reports, with
# wall time and peak memory (/usr/bin/time -v), next to a reference peer run
# in the same session: PyYAML's C loader reading the same files (parsing only,
# no validation). Measure here, never in tests.
#
#   bash bench/run.sh [COUNTS...]        default: 200 2000
set -euo pipefail
cd "$(dirname "$0")/.."
counts=("${@:-200 2000}")
[ $# -gt 0 ] || counts=(200 2000)

if [ ! -x /usr/bin/time ]; then
  echo "bench needs /usr/bin/time (Debian package 'time'): apt-get install time" >&2
  exit 2
fi
cargo build --release --quiet --bin poa-report --example gen
bin=target/release/poa-report
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

measure() { # label, command...
  local label=$1; shift
  /usr/bin/time -v "$@" > /dev/null 2> "$work/time.txt" || true
  local wall rss
  wall=$(grep "Elapsed (wall clock)" "$work/time.txt" | awk '{print $NF}')
  rss=$(grep "Maximum resident set size" "$work/time.txt" | awk '{print $NF}')
  printf "%-34s %10s %10s MiB\n" "$label" "$wall" "$((rss / 1024))"
}

printf "%-34s %10s %14s\n" "task" "wall" "peak memory"
for n in "${counts[@]}"; do
  dir="$work/reports-$n"
  target/release/examples/gen --count "$n" --seed 42 -o "$dir" --inconsistent 5 2> /dev/null
  size=$(du -sh "$dir" | cut -f1)
  echo "-- $n reports ($size)"
  measure "aggregate $n -> xlsx" "$bin" aggregate "$dir" -o "$work/region-$n.xlsx"
  measure "aggregate $n -> html" "$bin" aggregate "$dir" -o "$work/region-$n.html"
  measure "validate $n (json)" "$bin" validate --format json "$dir"
  measure "ingest $n (new store)" "$bin" ingest "$dir" --store "$work/store-$n.sqlite"
  measure "ingest $n again (all unchanged)" "$bin" ingest "$dir" --store "$work/store-$n.sqlite"
  if python3 -c "import yaml; yaml.CSafeLoader" 2> /dev/null; then
    measure "peer: PyYAML CSafeLoader, parse $n" python3 -c "
import sys, glob, yaml
for p in glob.glob(sys.argv[1] + '/*.yaml'):
    yaml.load(open(p, encoding='utf-8'), Loader=yaml.CSafeLoader)" "$dir"
  fi
done
