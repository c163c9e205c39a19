#!/usr/bin/env bash
# Sets up, builds, and runs the main job: the event graph of the sample corpus into out/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
EVGRAPH_UNITY_BUILD="${EVGRAPH_UNITY_BUILD:-ON}" EVGRAPH_TARGET=evgraph scripts/build.sh
build/evgraph build examples/ukraine-fr -o out/
echo
echo "Outputs of the sample corpus (examples/ukraine-fr) are in $(pwd)/out/:"
echo "  out/graph.json, out/graph.yaml  the event graph (CONTRACT.md)"
echo "  out/graph.dot, out/graph.svg    the graph for Graphviz and for viewing"
echo "  out/timeline.svg                the timeline"
