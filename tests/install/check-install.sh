#!/usr/bin/env bash
# Installs the build in BUILD_DIR into a temporary prefix, then configures, builds and runs a
# consumer project against it (find_package(evgraph) + evgraph::core), and checks the rest of the
# package: the version file, evgraph.pc, the man pages and the executable.
#     tests/install/check-install.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cmake --install "$build" --prefix "$work/prefix" >/dev/null
for file in lib/cmake/evgraph/evgraphConfig.cmake lib/cmake/evgraph/evgraphConfigVersion.cmake \
            lib/cmake/evgraph/evgraphTargets.cmake lib/pkgconfig/evgraph.pc lib/libevgraph.a \
            include/evgraph/pipeline.hpp bin/evgraph share/man/man1/evgraph.1 share/man/man1/evgraph-build.1; do
  [ -e "$work/prefix/$file" ] || { echo "check-install: $file was not installed" >&2; exit 1; }
done
"$work/prefix/bin/evgraph" --version
PKG_CONFIG_PATH="$work/prefix/lib/pkgconfig" pkg-config --exists evgraph
generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
cmake -S "$here/consumer" -B "$work/consumer" "${generator[@]}" -DCMAKE_PREFIX_PATH="$work/prefix" \
      -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$work/consumer" >/dev/null
"$work/consumer/consumer" "$source_dir/examples/ukraine-fr"
