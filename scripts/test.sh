#!/usr/bin/env bash
# Sets up, builds, and runs the whole test suite (unit, golden and end-to-end tests via CTest),
# then the suite again under ASan + UBSan and every fuzz target for a short fixed time (both in
# the clang build build-fuzz/). EVGRAPH_FUZZ_SECONDS sets the time per fuzz target (default 15).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
ctest --test-dir build --output-on-failure -j "$(nproc)"
scripts/test-sanitize.sh
scripts/fuzz.sh "${EVGRAPH_FUZZ_SECONDS:-15}"
