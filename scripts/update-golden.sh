#!/bin/sh
# Regenerates every golden file under tests/golden/ from the current code:
#
#     scripts/update-golden.sh [BUILD_DIR]      (default BUILD_DIR: build)
#
# It builds evgraph_tests in BUILD_DIR (configure it first with cmake) and runs the suite with
# EVGRAPH_UPDATE_GOLDEN=1, which makes each golden test rewrite its file instead of comparing.
# Review the result with `git diff tests/golden` before committing it.
set -eu
cd "$(dirname "$0")/.."
build=${1:-build}
if [ ! -f "$build/CMakeCache.txt" ]; then
  echo "update-golden: $build is not a configured build folder (cmake -S . -B $build)" >&2
  exit 2
fi
cmake --build "$build" --target evgraph_tests -j2
EVGRAPH_UPDATE_GOLDEN=1 "$build/tests/evgraph_tests" --no-intro || true
# Second run compares: it fails only if a golden file cannot be reproduced (non-determinism).
"$build/tests/evgraph_tests" --no-intro --test-case='*golden*'
