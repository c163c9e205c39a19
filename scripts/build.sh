#!/usr/bin/env bash
# Configures and builds evgraph into build/ (Release, warnings as errors). Extra arguments go to
# CMake, e.g. scripts/build.sh -DEVGRAPH_SANITIZE=ON. EVGRAPH_TARGET=evgraph builds only the
# executable (what the main job needs), without the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
if [ -f build/CMakeCache.txt ] && ! grep -q "CMAKE_GENERATOR:INTERNAL=${generator[1]:-Unix Makefiles}" build/CMakeCache.txt; then
  generator=()  # keep the generator an existing build folder was made with
fi
cmake -S . -B build "${generator[@]}" -DCMAKE_BUILD_TYPE=Release -DEVGRAPH_WERROR=ON "$@"
cmake --build build -j "$(nproc)" ${EVGRAPH_TARGET:+--target "$EVGRAPH_TARGET"}
