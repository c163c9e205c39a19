#!/usr/bin/env bash
# The suite under AddressSanitizer and UBSan (clang), in build-fuzz/ (scripts/build-sanitize.sh).
# Leak checking is off: Graphviz and fontconfig keep process-wide caches by design. Left out:
# the scores and the documentation and browser checks (they test data and pages, not memory, and
# the uninstrumented suite runs them), the installed-package test (it builds its own copy), and
# the Python tests (an instrumented module cannot load into Debian's python3; the uninstrumented
# suite runs them), and the limits tests that measure time and memory on big inputs (ASan's
# shadow memory and slow-down say nothing about those bounds; the uninstrumented suite checks
# them, and the same code paths run here on the smaller inputs of the other tests). They were
# 140 s of the suite's test time under ASan. So is the shards-merge identity on wire-mixed (53 s
# under ASan): the sample's runs the same extract and merge code here, and the uninstrumented
# suite checks wire-mixed's bytes.
# Part of CI (scripts/test.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh >/dev/null
scripts/build-sanitize.sh evgraph evgraph_tests
ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir build-fuzz --output-on-failure -j "$(nproc)" \
  -E 'docs_check|docs_figures|score_|html_timeline|install_and_consume|verb_forms|timeml|python_|30 MB graph|article of 2 MB|50,000 JSON|20,000-event|80,000 aliases|8,000 clauses|extract of wire-mixed'
