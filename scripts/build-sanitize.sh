#!/usr/bin/env bash
# Configures and builds the one instrumented build, build-fuzz/: clang, ASan + UBSan (so
# float-cast-overflow is checked too), no recovery, and libFuzzer's coverage in the library
# (-fsanitize=fuzzer-no-link). The sanitized suite (scripts/test-sanitize.sh) and the fuzz
# targets (scripts/fuzz.sh) share it, so the library is compiled once. -O1 keeps the build
# short and the stacks readable. Arguments are the targets to build (default: all of them).
# EVGRAPH_UNITY_BUILD as in scripts/build.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
if [ -f build-fuzz/CMakeCache.txt ] && ! grep -q "CMAKE_GENERATOR:INTERNAL=${generator[1]:-Unix Makefiles}" build-fuzz/CMakeCache.txt; then
  generator=()  # keep the generator an existing build folder was made with
fi
unity=()
[ -n "${EVGRAPH_UNITY_BUILD:-}" ] && unity=("-DCMAKE_UNITY_BUILD=$EVGRAPH_UNITY_BUILD")
CC=clang CXX=clang++ cmake -S . -B build-fuzz "${generator[@]}" "${unity[@]}" -DCMAKE_BUILD_TYPE=None \
  "-DCMAKE_CXX_FLAGS=-O1 -gline-tables-only" -DEVGRAPH_SANITIZE=ON -DEVGRAPH_FUZZ=ON -DEVGRAPH_BUILD_TESTS=ON >/dev/null
targets=("$@")
((${#targets[@]})) || targets=(evgraph evgraph_tests evgraph_fuzzers)
cmake --build build-fuzz -j "$(nproc)" --target "${targets[@]}"
