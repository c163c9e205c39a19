#!/usr/bin/env bash
# Installs the build in BUILD_DIR into a temporary prefix and checks the Python side of the
# package: the installed evgraph package imports from its folder and builds the sample, and the
# installed evgraph-dask finds that package by itself (no PYTHONPATH).
#     python/tests/check-install.sh BUILD_DIR PYTHON PACKAGE_DIR
# PACKAGE_DIR: where the package goes, relative to the prefix (EVGRAPH_PYTHON_INSTALL_DIR).
set -euo pipefail
build=$(cd "$1" && pwd)
python=$2
package_dir=$3
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cmake --install "$build" --prefix "$work/prefix" >/dev/null
for file in "$package_dir/evgraph/__init__.py" "$package_dir/evgraph/cluster.py" bin/evgraph-dask; do
  [ -e "$work/prefix/$file" ] || { echo "check-install: $file was not installed" >&2; exit 1; }
done
ls "$work/prefix/$package_dir/evgraph/"_core*.so >/dev/null
cd "$work"  # not the source tree, whose python/evgraph has no compiled module
PYTHONPATH="$work/prefix/$package_dir" PYTHONDONTWRITEBYTECODE=1 "$python" -c "
import sys, evgraph
assert evgraph.__file__.startswith('$work/prefix/'), evgraph.__file__
graph = evgraph.build(sys.argv[1])
assert graph.counts()['documents'] == 5, graph.counts()
print('check-install: python ok,', graph)
" "$source_dir/examples/ukraine-fr"
PYTHONDONTWRITEBYTECODE=1 "$work/prefix/bin/evgraph-dask" --help | grep -q -- "--scheduler"
echo "check-install: evgraph-dask ok"
