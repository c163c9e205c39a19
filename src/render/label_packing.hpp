// Greedy interval packing of timeline items (mark plus label) into rows so nothing overlaps.
#pragma once

#include <vector>

namespace evgraph::detail {

struct PackItem {
  double begin;  // px extent of the mark and its label together
  double end;
};

struct Packing {
  std::vector<int> rows;  // row of each item, in input order
  int row_count = 0;
};

// Items go, in order of `begin`, to the lowest row that is free `gap` px before them. Rows in use
// sit in a heap by end position, so n items cost O(n log n) rather than a scan of every row.
Packing pack_rows(const std::vector<PackItem>& items, double gap);

}  // namespace evgraph::detail
