#!/usr/bin/env bash
# Builds the suite with AddressSanitizer and UBSan (Debug) into build-asan/ and runs it. Leak
# checking is off: Graphviz and fontconfig keep process-wide caches by design. Not part of CI's
# time budget; run it before changes to memory-handling code.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DEVGRAPH_SANITIZE=ON
cmake --build build-asan -j "$(nproc)"
ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir build-asan --output-on-failure -j "$(nproc)" -E 'docs_check|score_'
