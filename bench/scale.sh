#!/usr/bin/env bash
# Scale figures of `evgraph build` (issue 13): throughput per core of CPU, CPU/wall, peak RSS,
# linearity between two corpus sizes, and an incremental rebuild after adding 1% of documents.
# Corpora come from bench/make_bench_corpus.py (the sample's articles with shifted dates).
#
#   bench/scale.sh [EVGRAPH] [SMALL_MB] [BIG_MB] [WORK_DIR]      defaults: build/evgraph 50 200 /tmp/evgraph-scale
#
# Figures are only comparable on a quiet machine; CPU seconds (user+sys) are the least noisy.
set -euo pipefail
cd "$(dirname "$0")/.."
EVGRAPH=${1:-build/evgraph}
SMALL=${2:-50}
BIG=${3:-200}
WORK=${4:-/tmp/evgraph-scale}
mkdir -p "$WORK"

corpus() {  # corpus SIZE_MB -> prints its folder, generated once
  local dir="$WORK/c$1"
  [ -f "$dir/corpus.yaml" ] || python3 bench/make_bench_corpus.py examples/ukraine-fr "$dir" "$1" >/dev/null
  echo "$dir"
}

text_mb() {  # the corpus's text in MB (documents only)
  find "$1/docs" -name '*.txt' -printf '%s\n' | awk '{s += $1} END {printf "%.1f", s / 1e6}'
}

run() {  # run LABEL CORPUS OUT [ARGS...] -> one line of figures
  local label=$1 dir=$2 out=$3; shift 3
  local stats
  stats=$( { /usr/bin/time -f '%e %U %S %M' "$EVGRAPH" -q build "$dir" -o "$out" "$@" >/dev/null; } 2>&1 | tail -1)
  read -r wall user sys rss <<<"$stats"
  local mb; mb=$(text_mb "$dir")
  awk -v l="$label" -v mb="$mb" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" 'BEGIN {
    cpu = u + s; printf "%-28s %7.1f MB  wall %7.2f s  cpu %7.2f s  %6.1f MB/s/core  cpu/wall %.2f  rss %5.0f MB\n",
    l, mb, w, cpu, mb / cpu, cpu / w, r / 1024 }'
  echo "$wall" > "$WORK/last-wall"
  awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }' > "$WORK/last-cpu"
}

small=$(corpus "$SMALL")
big=$(corpus "$BIG")
run "cold $SMALL MB" "$small" "$WORK/out-small" --no-cache
small_wall=$(cat "$WORK/last-wall")
run "cold $BIG MB" "$big" "$WORK/out-big" --no-cache
big_wall=$(cat "$WORK/last-wall")
awk -v a="$small_wall" -v b="$big_wall" -v s="$SMALL" -v g="$BIG" \
  'BEGIN { printf "linearity: %s MB takes %.2fx the wall time of %s MB (text ratio %.1fx)\n", g, b / a, s, g / s }'

# Incremental: a cached build of the big corpus, then 1% more documents (copies of existing
# ones under new names and dates), rebuilt with the cache; outputs compared with a cold build.
inc="$WORK/inc"
# -L: a corpus folder that is a symbolic link is copied, not linked to and then added to.
rm -rf "$inc" && cp -rL "$big" "$inc"
rm -rf "$WORK/out-inc" "$WORK/cache"
run "cached cold $BIG MB" "$inc" "$WORK/out-inc" --cache "$WORK/cache"
cold_wall=$(cat "$WORK/last-wall")
cold_cpu=$(cat "$WORK/last-cpu")
python3 - "$inc" <<'PY'
import os, sys, yaml
root = sys.argv[1]
manifest = yaml.safe_load(open(os.path.join(root, "corpus.yaml"), encoding="utf-8"))
docs = manifest["documents"]
extra = max(1, len(docs) // 100)
for k in range(extra):
    source = docs[k]
    name = f"docs/added-{k:06d}.txt"
    with open(os.path.join(root, source["path"]), encoding="utf-8") as f:
        text = f.read()
    with open(os.path.join(root, name), "w", encoding="utf-8") as f:
        f.write(text)
    docs.append({"id": f"added-{k:06d}", "path": name, "published": f"2026-0{1 + k % 9}-1{k % 9}"})
with open(os.path.join(root, "corpus.yaml"), "w", encoding="utf-8") as f:
    yaml.safe_dump(manifest, f, allow_unicode=True, sort_keys=False)
PY
run "incremental +1% $BIG MB" "$inc" "$WORK/out-inc" --cache "$WORK/cache"
inc_wall=$(cat "$WORK/last-wall")
inc_cpu=$(cat "$WORK/last-cpu")
run "cold check +1% $BIG MB" "$inc" "$WORK/out-inc-cold" --no-cache
# On a shared machine the wall time swings with the other work; the CPU time much less.
awk -v a="$cold_wall" -v b="$inc_wall" -v c="$cold_cpu" -v d="$inc_cpu" \
  'BEGIN { printf "incremental rebuild: %.0f%% of a cold build (wall), %.0f%% of its CPU time\n", 100 * b / a, 100 * d / c }'
if diff -rq "$WORK/out-inc" "$WORK/out-inc-cold" -x .evgraph-cache >/dev/null; then
  echo "incremental outputs: byte-identical to a cold build"
else
  echo "incremental outputs: DIFFER from a cold build" && exit 1
fi
