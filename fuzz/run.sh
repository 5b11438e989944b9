#!/usr/bin/env bash
# Builds the fuzz targets with libFuzzer on stable Rust and runs each for
# SECONDS (default 60). Seeds come from samples/, tests/hostile/ and files
# rendered from the samples; crashes land in fuzz/artifacts/<target>/ and make
# the script fail (each then becomes a case in tests/hostile/ with its test).
#
#   bash fuzz/run.sh [SECONDS] [TARGET...]      FUZZ_NO_PDF=1 builds without PDF
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(yaml_validate xlsx_import xml_import render_all diff_models)

mkdir -p corpus artifacts
seed() { # target, files...
  mkdir -p "corpus/$1"
  shift_target=$1; shift
  for f in "$@"; do cp "$f" "corpus/$shift_target/" 2>/dev/null || true; done
}
seed yaml_validate ../samples/*.yaml ../samples/invalid/*.yaml ../tests/hostile/*.yaml
seed xml_import ../tests/hostile/*.xml
seed xlsx_import ../tests/hostile/*.xlsx
seed render_all ../samples/invalid/*.yaml
seed diff_models ../samples/invalid/*.yaml
# Rendered seeds: our own XML and workbook of each sample.
for s in ../samples/*.yaml; do
  name=$(basename "$s" .yaml)
  cargo run --quiet --manifest-path ../Cargo.toml -- render "$s" --to xml -o "corpus/xml_import/$name.xml" 2>/dev/null || true
  cargo run --quiet --manifest-path ../Cargo.toml -- render "$s" --to xlsx -o "corpus/xlsx_import/$name.xlsx" 2>/dev/null || true
done
# Structure-aware seeds for xlsx_import: a selector byte, then one part of our workbook.
python3 - corpus/xlsx_import/xaa-aurelia-2026.xlsx corpus/xlsx_import <<'PY' || true
import sys, zipfile
parts = ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet5.xml", "xl/sharedStrings.xml",
         "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml"]
book = zipfile.ZipFile(sys.argv[1])
for i, name in enumerate(parts):
    open(f"{sys.argv[2]}/part-{i}.seed", "wb").write(bytes([i]) + book.read(name))
PY

# libFuzzer's coverage instrumentation through flags stable rustc accepts
# (cargo-fuzz passes the same, plus nightly-only sanitizers we do without).
export RUSTFLAGS="-Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 \
-Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table \
-Cllvm-args=-sanitizer-coverage-trace-compares --cfg fuzzing -Cdebug-assertions -Coverflow-checks"
export CARGO_TARGET_DIR=../target/fuzz
# An explicit --target keeps these flags off build scripts and proc macros.
triple=$(rustc -vV | sed -n "s/^host: //p")
features=()
[ -z "${FUZZ_NO_PDF:-}" ] || features=(--no-default-features)   # CI: skip typst, build in minutes
cargo build --release --quiet --bins --target "$triple" "${features[@]}"
fuzzers=../target/fuzz/$triple/release


status=0
for t in "${targets[@]}"; do
  mkdir -p "artifacts/$t"
  echo "== $t for ${seconds}s"
  if ! "$fuzzers/$t" "corpus/$t" -max_total_time="$seconds" -rss_limit_mb=4096 \
      -max_len=1048576 -timeout=60 -artifact_prefix="artifacts/$t/" -print_final_stats=1 2> "artifacts/$t.log"; then
    echo "$t: a crash; see fuzz/artifacts/$t/ and fuzz/artifacts/$t.log" >&2
    tail -n 30 "artifacts/$t.log" >&2
    status=1
  fi
  grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb" "artifacts/$t.log" || true
done
exit $status
