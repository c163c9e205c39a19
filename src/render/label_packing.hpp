// Greedy interval packing of timeline items (mark plus label) into rows so nothing overlaps. An
// item with a wrapped label is as many rows tall as it has lines.
#pragma once

#include <vector>

namespace evgraph::detail {

struct PackItem {
  double begin;  // px extent of the mark and its label together
  double end;
  int rows = 1;  // consecutive rows it takes
};

struct Packing {
  std::vector<int> rows;  // first row of each item, in input order
  int row_count = 0;
};

// Items go, in order of `begin`, to the lowest rows that are free `gap` px before them. For each
// item height, a segment tree holds the latest end over every window of that many rows, so n
// items cost O(n log n) rather than a scan of every row.
Packing pack_rows(const std::vector<PackItem>& items, double gap);

}  // namespace evgraph::detail
