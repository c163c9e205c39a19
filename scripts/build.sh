#!/usr/bin/env bash
# Configures and builds evgraph into build/ (Release, warnings as errors). Extra arguments go to
# CMake, e.g. scripts/build.sh -DEVGRAPH_SANITIZE=ON. EVGRAPH_TARGET=evgraph builds only the
# executable (what the main job needs), without the tests. EVGRAPH_UNITY_BUILD=ON|OFF sets
# CMAKE_UNITY_BUILD (unset: the folder keeps what it had; off for a new one).
set -euo pipefail
cd "$(dirname "$0")/.."
generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
if [ -f build/CMakeCache.txt ] && ! grep -q "CMAKE_GENERATOR:INTERNAL=${generator[1]:-Unix Makefiles}" build/CMakeCache.txt; then
  generator=()  # keep the generator an existing build folder was made with
fi
unity=()
[ -n "${EVGRAPH_UNITY_BUILD:-}" ] && unity=("-DCMAKE_UNITY_BUILD=$EVGRAPH_UNITY_BUILD")
cmake -S . -B build "${generator[@]}" -DCMAKE_BUILD_TYPE=Release -DEVGRAPH_WERROR=ON "${unity[@]}" "$@"
cmake --build build -j "$(nproc)" ${EVGRAPH_TARGET:+--target "$EVGRAPH_TARGET"}
