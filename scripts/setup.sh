#!/usr/bin/env bash
# Installs what evgraph needs to build, test and render from Debian 12's archive. Idempotent: when
# every package is there it only checks and returns (about a second).
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  libboost-dev libboost-graph-dev libboost-date-time-dev   # graph model and calendar
  libgraphviz-dev graphviz                                  # cgraph/gvc for DOT and layout
  libyaml-cpp-dev                                           # every YAML file
  doctest-dev                                               # tests
  libre2-dev                                                # linear-time patterns for dates and schemas
  nlohmann-json3-dev                                        # graph.json, JSON Lines
  libcli11-dev                                              # command line
  libfmt-dev                                                # number formatting in SVG/DOT
  libutf8proc-dev                                           # case and accent folding
  robin-map-dev                                             # open-addressing maps for per-word lookups
  libsimdjson-dev                                           # fast graph.json reading (diff, render, export)
  libssl-dev                                                # SHA-256 of documents (libcrypto)
  libmimalloc-dev                                           # the executable's malloc: less memory, less CPU on big corpora
  libicu-dev                                                # country names for the state gazetteer
  libbenchmark-dev                                          # benchmarks
  libxml2-utils librsvg2-bin                                # xmllint and rsvg-convert in SVG tests
  librsvg2-dev libcairo2-dev                                # render -o t.png / t.pdf: SVG drawn by librsvg on cairo
  python3 python3-yaml                                      # the scorer (tests/eval)
  pybind11-dev python3-pybind11 python3-dev                 # the Python module (import evgraph)
  python3-pandas                                            # Graph.to_pandas()
  python3-distributed                                       # evgraph-dask (Dask's scheduler and workers)
  python3-pytest                                            # the Python API's tests
  python3-networkx python3-jsonschema                       # read the exports back in tests (GraphML, GEXF, TimelineJS)
  zsh                                                       # checks the generated zsh completion
  clang libclang-rt-dev                                     # the ASan/UBSan suite and libFuzzer targets (scripts/fuzz.sh)
  chromium chromium-driver python3-selenium                 # the HTML timeline and the user guide tested in a browser
  cmark-gfm                                                 # man pages from docs/
  hunspell-fr-comprehensive hunspell-en-us wordnet-base     # sources of data/lang/*/verb-forms.tsv
)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done

if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then
    echo "setup: run as root (or install these packages yourself): ${missing[*]}" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# Graphviz finds its layout plugins through a registry that `dot -c` writes; Debian's package
# does it on install, but a container may have skipped the trigger.
if ! dot -Tsvg </dev/null >/dev/null 2>&1 <<<'digraph{a->b}'; then
  dot -c
fi
echo "setup: all build and test dependencies are installed"
