#!/usr/bin/env bash
# Sets up, builds, and runs the whole test suite (unit, golden and end-to-end tests via CTest).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
ctest --test-dir build --output-on-failure -j "$(nproc)"
