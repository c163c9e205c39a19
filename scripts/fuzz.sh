#!/usr/bin/env bash
# Runs every libFuzzer target (fuzz/fuzz_*.cpp) for SECONDS each (default 10), one after the
# other, from its seed corpus fuzz/corpus/<name>/ (never written to: new inputs go to a temporary
# folder). Fails on the first crash, an input taking over 25 s or 2 GB, leaving
# the input in build-fuzz/artifacts/. Part of CI (scripts/test.sh); for a longer campaign:
#   nice -n 19 scripts/fuzz.sh 600
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-10}"
scripts/build-sanitize.sh evgraph_fuzzers
mkdir -p build-fuzz/artifacts
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for source in fuzz/fuzz_*.cpp; do
  target="$(basename "$source" .cpp)"
  name="${target#fuzz_}"
  mkdir -p "$work/$name"
  echo "fuzz: $target for ${seconds}s"
  log="$work/$name.log"
  status=0
  ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1 \
    "build-fuzz/fuzz/$target" -max_total_time="$seconds" -timeout=25 -rss_limit_mb=2048 -max_len=8192 \
    -print_final_stats=1 -artifact_prefix="build-fuzz/artifacts/$target-" \
    "$work/$name" "fuzz/corpus/$name" >"$log" 2>&1 || status=$?
  grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|#[0-9]+ +DONE)' "$log" || true
  if [ "$status" -ne 0 ]; then
    tail -n 60 "$log" >&2
    echo "fuzz: $target failed (status $status); the input is in build-fuzz/artifacts/" >&2
    exit 1
  fi
done
echo "fuzz: every target ran ${seconds}s without a finding"
