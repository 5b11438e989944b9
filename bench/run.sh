#!/usr/bin/env bash
# Measures poa-report next to its peers, in one run, alternating, several
# times, and writes the medians and ratios to bench/RESULTS.md. Measure here,
# never in tests; a missed target is a measurement, a failing tool is an error.
#
#   bash bench/run.sh [--count N] [--small N] [--runs R] [--subset S] [--pdf P] [--out FILE]
#
#   --count   reports for the large batch (default 2000)
#   --small   reports for the small batch, for memory growth (default 200)
#   --runs    alternating repetitions of every timed command (default 5)
#   --subset  files check-jsonschema gets; its time is scaled to --count (default 40)
#   --pdf     reports rendered to PDF, by us and by LibreOffice from our HTML (default 100)
#   --out     where the results go (default bench/RESULTS.md)
#   BENCH_PROFILE=PROFILE: the cargo profile measured (default dist, the build to publish:
#   Cargo.toml); debug keeps the script working cheaply in CI
#
# Peers, installed here when missing: ajv-cli + ajv-formats (npm), check-jsonschema
# (PyPI), LibreOffice Writer (Debian, for HTML → PDF) and GNU time (Debian).
set -euo pipefail
cd "$(dirname "$0")/.."

count=2000 small=200 runs=5 subset=40 pdfs=100 out=bench/RESULTS.md
while [ $# -gt 0 ]; do
  case "$1" in
    --count) count=$2; shift 2 ;;
    --small) small=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --subset) subset=$2; shift 2 ;;
    --pdf) pdfs=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
profile=${BENCH_PROFILE:-dist}

# ------------------------------------------------------------------ peers
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
need_apt=()
[ -x /usr/bin/time ] || need_apt+=(time)
command -v soffice >/dev/null 2>&1 && soffice --version >/dev/null 2>&1 || need_apt+=(libreoffice-writer-nogui)
dpkg -s libreoffice-writer-nogui >/dev/null 2>&1 || dpkg -s libreoffice-writer >/dev/null 2>&1 \
  || need_apt+=(libreoffice-writer-nogui)
if [ ${#need_apt[@]} -gt 0 ]; then
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi
tools=target/tools
mkdir -p "$tools"
[ -x "$tools/node_modules/.bin/ajv" ] \
  || npm install --silent --no-audit --no-fund --prefix "$tools" ajv-cli@5 ajv-formats@3 >/dev/null
if [ ! -x "$tools/venv/bin/check-jsonschema" ]; then
  python3 -m venv "$tools/venv"
  "$tools/venv/bin/pip" install --quiet check-jsonschema
fi
ajv=$tools/node_modules/.bin/ajv
cjs=$tools/venv/bin/check-jsonschema
schema=schemas/poa-report.schema.json

if [ "$profile" = debug ]; then
  cargo build --quiet --bin poa-report && cargo build --quiet -p xtask --bin gen
else
  cargo build --profile "$profile" --quiet --bin poa-report && cargo build --profile "$profile" --quiet -p xtask --bin gen
fi
bin=target/$profile/poa-report
gen=target/$profile/gen

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
raw=$work/raw.tsv
: > "$raw"

# ------------------------------------------------------------------ helpers
# measure LABEL RUN CMD...: wall seconds and peak memory (KiB) into the raw table.
# The command's own exit code is not judged here (invalid reports exit 1);
# each caller checks that the tool really did its work.
measure() {
  local label=$1 run=$2; shift 2
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" > "$work/stdout.txt" 2> "$work/stderr.txt" || true
  read -r wall rss < <(tail -n 1 "$work/time.txt")
  printf '%s\t%s\t%s\t%s\n' "$label" "$run" "$wall" "$rss" >> "$raw"
}
fail() { echo "bench: $*" >&2; exit 1; }
expect_files() { # N FILE: the output mentions N files
  local n; n=$(grep -c -E '(^|/)[^ ]+\.yaml' "$2" || true)
  [ "$n" -ge "$1" ] || fail "expected $1 files in the output of the last command, found $n: $(head -c 400 "$2")"
}

# ------------------------------------------------------------------ inputs
# The same files for every tool. Dates are quoted because js-yaml (under
# ajv-cli) turns unquoted dates into Date objects; for poa-report, a YAML 1.2
# reader, quoting changes nothing.
for n in "$small" "$count"; do
  "$gen" --count "$n" --seed 42 -o "$work/gen-$n" --inconsistent 5 2> /dev/null
  mkdir -p "$work/reports-$n"
  for f in "$work/gen-$n"/*.yaml; do
    sed -E 's/^([[:space:]]*(from|to|submitted|date): )([0-9]{4}-[0-9]{2}-[0-9]{2})[[:space:]]*$/\1"\3"/' "$f" \
      > "$work/reports-$n/$(basename "$f")"
  done
  rm -rf "$work/gen-$n"
done
big=$work/reports-$count
mkdir -p "$work/subset" "$work/pdf-in"
all=("$big"/*.yaml)
cp "${all[@]:0:$subset}" "$work/subset/"
cp "${all[@]:0:$pdfs}" "$work/pdf-in/"
subset_files=("$work/subset"/*.yaml)
size=$(du -sh "$big" | cut -f1)

# Our HTML of the PDF batch, for LibreOffice to convert (not timed).
"$bin" render "$work/pdf-in" --to html --allow-invalid -o "$work/html" > /dev/null 2>&1 \
  || [ "$(ls "$work/html" | wc -l)" -eq "$pdfs" ] || fail "HTML for LibreOffice not rendered"

# ------------------------------------------------------------------ timed runs, alternating
for run in $(seq 1 "$runs"); do
  measure "validate $count" "$run" "$bin" validate --format json "$big"
  expect_files "$count" "$work/stdout.txt"
  measure "parse-only floor $count" "$run" "$bin" validate --parse-only --format json "$big"
  expect_files "$count" "$work/stdout.txt"
  measure "ajv-cli $count" "$run" "$ajv" validate --spec=draft2020 -c ajv-formats --strict=false \
    -s "$schema" -d "$big/*.yaml"
  cat "$work/stdout.txt" "$work/stderr.txt" > "$work/both.txt"   # valid files on one, invalid on the other
  expect_files "$count" "$work/both.txt"
  for files in 1 "$subset"; do
    measure "check-jsonschema $files" "$run" "$cjs" --schemafile "$schema" \
      "${subset_files[@]:0:$files}"
    grep -q -E "ok -- validation done|Schema validation errors" "$work/stdout.txt" \
      || fail "check-jsonschema did not run: $(head -c 400 "$work/stdout.txt" "$work/stderr.txt")"
  done
  measure "validate $subset" "$run" "$bin" validate --format json "$work/subset"
  rm -rf "$work/pdf-out"
  measure "render pdf $pdfs" "$run" "$bin" render "$work/pdf-in" --to pdf --allow-invalid -o "$work/pdf-out"
  [ "$(ls "$work/pdf-out" | wc -l)" -eq "$pdfs" ] || fail "not every PDF was rendered"
  rm -rf "$work/lo-out" "$work/lo-profile"
  measure "libreoffice html->pdf $pdfs" "$run" soffice "-env:UserInstallation=file://$work/lo-profile" \
    --headless --norestore --convert-to pdf --outdir "$work/lo-out" "$work/html"/*.html
  [ "$(ls "$work/lo-out" | wc -l)" -eq "$pdfs" ] || fail "LibreOffice did not convert every page"
  measure "aggregate $count -> xlsx" "$run" "$bin" aggregate "$big" -o "$work/region.xlsx"
  [ -s "$work/region.xlsx" ] || fail "aggregate wrote nothing"
  rm -f "$work/store.sqlite"*
  measure "ingest $count (new store)" "$run" "$bin" ingest "$big" --store "$work/store.sqlite"
  measure "ingest $count again (unchanged)" "$run" "$bin" ingest "$big" --store "$work/store.sqlite"
done
# Memory growth: the same commands on the small batch.
for run in $(seq 1 "$runs"); do
  measure "validate $small" "$run" "$bin" validate --format json "$work/reports-$small"
  measure "aggregate $small -> xlsx" "$run" "$bin" aggregate "$work/reports-$small" -o "$work/region-small.xlsx"
done

# ------------------------------------------------------------------ the form (serve)
# Time to render the largest form page and the round trip of one change (save +
# validate + findings back), each 20 times through curl on 127.0.0.1.
form_tsv=$work/form.tsv
: > "$form_tsv"
cp samples/xaa-aurelia-2026.yaml "$work/form.yaml"
"$bin" serve "$work/form.yaml" --port 0 > "$work/serve.txt" 2>&1 &
serve_pid=$!
for _ in $(seq 1 100); do grep -q "http://" "$work/serve.txt" 2>/dev/null && break; sleep 0.1; done
url=$(grep -o "http://[0-9.:]*/" "$work/serve.txt" | head -n 1)
[ -n "$url" ] || fail "serve did not start: $(cat "$work/serve.txt")"
largest="" largest_size=0
for page in report contacts national_coordination legislation_and_offences manufacture marking record_keeping \
    tracing stockpile_management surplus_and_destruction transfers brokering border_controls \
    regional_and_global_cooperation ammunition gender_and_disaggregated_data international_cooperation \
    public_awareness additional_information; do
  size_now=$(curl -s "${url}page/$page" | wc -c)
  if [ "$size_now" -gt "$largest_size" ]; then largest=$page largest_size=$size_now; fi
done
[ -n "$largest" ] || fail "no form page answered"
page_html=$(curl -s "${url}page/$largest")
token=$(printf '%s' "$page_html" | grep -o 'csrf-token" content="[0-9a-f]*' | cut -d'"' -f3)
version=$(printf '%s' "$page_html" | grep -o 'data-version="[0-9a-f]*' | cut -d'"' -f2)
for i in $(seq 1 20); do
  curl -s -o /dev/null -w "page\t%{time_total}\n" "${url}page/$largest" >> "$form_tsv"
  answer=$([ $((i % 2)) -eq 0 ] && echo yes || echo partially)
  response=$(curl -s -w "\n%{time_total}" -X POST -H "X-CSRF-Token: $token" -H "Content-Type: application/json" \
    -d "{\"version\":\"$version\",\"pointer\":\"/sections/marking/on_import/answer\",\"value\":\"$answer\"}" \
    "${url}api/set")
  version=$(printf '%s\n' "$response" | sed -n '1s/.*"version":"\([0-9a-f]*\)".*/\1/p')
  [ -n "$version" ] || fail "a form change failed: $(printf '%s' "$response" | head -c 300)"
  printf 'change\t%s\n' "$(printf '%s' "$response" | tail -n 1)" >> "$form_tsv"
done
kill "$serve_pid" 2>/dev/null || true
wait "$serve_pid" 2>/dev/null || true

# ------------------------------------------------------------------ report
python3 - "$raw" "$out" "$count" "$small" "$subset" "$pdfs" "$runs" "$size" "$profile" "$form_tsv" "$largest" <<'PY'
import statistics, sys, platform, datetime, os, subprocess
raw, out, count, small, subset, pdfs, runs, size, profile, form_tsv, largest = sys.argv[1:]
count, small, subset, pdfs = int(count), int(small), int(subset), int(pdfs)
rows = {}
for line in open(raw):
    label, run, wall, rss = line.rstrip("\n").split("\t")
    rows.setdefault(label, []).append((float(wall), int(rss)))
med = {k: (statistics.median(w for w, _ in v), statistics.median(r for _, r in v)) for k, v in rows.items()}
wall = lambda k: med[k][0]
mib = lambda k: med[k][1] / 1024
cpu = subprocess.run(["sh", "-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"], capture_output=True, text=True).stdout.strip()
cores = os.cpu_count()
# Start-up once, then the per-file cost of the subset for every file.
cjs_one = wall("check-jsonschema 1")
cjs_per_file = max(wall(f"check-jsonschema {subset}") - cjs_one, 0) / max(subset - 1, 1)
cjs_scaled = cjs_one + cjs_per_file * (count - 1)
ours = wall(f"validate {count}")
lines = [
    "# Benchmark results",
    "",
    f"Written by `bench/run.sh` on {datetime.date.today().isoformat()}: {cores} cores ({cpu}), "
    f"{platform.system()} {platform.release()}, `{profile}` build. {count} generated reports ({size}), "
    f"{small} for the memory comparison; every timed command ran {runs} time(s), alternating; medians below.",
    "",
    "| command | wall (median) | peak memory |",
    "|---|---|---|",
]
for k in rows:
    lines.append(f"| {k} | {wall(k):.2f} s | {mib(k):.0f} MiB |")
def ratio(a, b):
    return a / b if b > 0 else float("inf")
targets = [
    (f"validate vs ajv-cli on {count} files", ratio(wall(f"ajv-cli {count}"), ours), "≥ 3x faster"),
    (f"validate vs check-jsonschema (scaled from {subset} files to {count}: {cjs_scaled:.1f} s)",
     ratio(cjs_scaled, ours), "≥ 100x faster"),
    ("validate over the parse-only floor", ratio(ours, wall(f"parse-only floor {count}")), "≤ 1.3x"),
    (f"validate peak memory, {count} over {small} files", ratio(mib(f"validate {count}"), mib(f"validate {small}")), "≤ 1.2x"),
    (f"aggregate peak memory, {count} over {small} files", ratio(mib(f"aggregate {count} -> xlsx"), mib(f"aggregate {small} -> xlsx")), "(flat)"),
    (f"PDF per report, LibreOffice (our HTML) over poa-report, {pdfs} reports",
     ratio(wall(f"libreoffice html->pdf {pdfs}"), wall(f"render pdf {pdfs}")), "≥ 5x faster"),
]
lines += ["", "| ratio | measured | target |", "|---|---|---|"]
for name, value, target in targets:
    lines.append(f"| {name} | {value:.2f}x | {target} |")
form = {}
for line in open(form_tsv):
    kind, seconds = line.split("\t")
    form.setdefault(kind, []).append(float(seconds) * 1000)
lines += [
    "",
    "| the form (`serve`, the Aurelia sample, 20 requests each through curl) | median | target |",
    "|---|---|---|",
    f"| render the largest page (`{largest}`) | {statistics.median(form['page']):.0f} ms | |",
    f"| one change: save, validate, findings back | {statistics.median(form['change']):.0f} ms | < 100 ms |",
]
lines += [
    "",
    "How: `/usr/bin/time` gives wall time and peak resident memory of each whole command "
    "(process start included). ajv-cli validates against the same schema with `--strict=false` "
    "(formats from ajv-formats), one thread, schema only (no positions, no cross-section rules). "
    f"check-jsonschema is slow enough that it gets {subset} files and 1 file; its time for {count} "
    f"is its start-up (the 1-file run) plus {count - 1} times its per-file cost on the {subset} files. "
    "The parse-only floor is `poa-report validate --parse-only` (read and parse with spans, "
    "nothing else). LibreOffice converts our HTML of the same reports to PDF in one process.",
]
# Build times are measured by hand (cold builds take minutes): carried over.
try:
    lines += ["", open("bench/BUILD-TIMES.md", encoding="utf-8").read().rstrip()]
except OSError:
    pass
open(out, "w").write("\n".join(lines) + "\n")
print("\n".join(lines))
PY
