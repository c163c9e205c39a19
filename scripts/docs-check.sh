#!/usr/bin/env bash
# The docs check of the test suite (CTest test docs_check, tests/CMakeLists.txt):
#
#     scripts/docs-check.sh [EVGRAPH]      (default build/evgraph)
#
# Installs the docs tools if needed (make -f Makefile.docs setup: dpkg-query, then apt-get only for
# what is missing), builds the docs into out/docs/ with EVGRAPH as it is (no rebuild), and checks:
# Doxygen gives no warning; every page, link and embedded SVG exists and every SVG is well-formed
# (xmllint); every man page formats without a groff warning; every `evgraph ...` command shown in
# the guide runs (exit 0; 0 or 1 for diff) in a scratch copy, so nothing in the repository changes.
set -euo pipefail
cd "$(dirname "$0")/.."
evgraph=${1:-build/evgraph}
make -s -f Makefile.docs setup
make -s -f Makefile.docs EVGRAPH="$evgraph" EVGRAPH_BUILD=no check
