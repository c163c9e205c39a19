#!/usr/bin/env bash
# Regenerates data/lexicon/states.yaml from ICU's country names (needs libicu-dev).
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
g++ -std=c++17 -O1 scripts/gen_states.cpp -o "$tmp/gen_states" $(pkg-config --cflags --libs icu-uc icu-i18n)
"$tmp/gen_states" > data/lexicon/states.yaml.tmp
mv data/lexicon/states.yaml.tmp data/lexicon/states.yaml
echo "wrote data/lexicon/states.yaml ($(grep -c 'kind: state' data/lexicon/states.yaml) states)"
