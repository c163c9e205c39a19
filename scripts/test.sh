#!/usr/bin/env bash
# Sets up, builds, and runs the whole test suite (unit, golden and end-to-end tests via CTest),
# then the suite again under ASan + UBSan and every fuzz target for a short fixed time (both in
# the clang build build-fuzz/). EVGRAPH_FUZZ_SECONDS sets the time per fuzz target (default 10).
#
# Both builds are unity builds (CMAKE_UNITY_BUILD: eight sources compiled as one), which halves
# their time on a clean clone; a developer's incremental build/ stays as it was configured, and
# compiles each source on its own, so the code must build both ways.
set -euo pipefail
cd "$(dirname "$0")/.."
export EVGRAPH_UNITY_BUILD="${EVGRAPH_UNITY_BUILD:-ON}"
scripts/setup.sh
scripts/build.sh
ctest --test-dir build --output-on-failure -j "$(nproc)"
scripts/test-sanitize.sh
scripts/fuzz.sh "${EVGRAPH_FUZZ_SECONDS:-10}"
