#include "label_packing.hpp"

#include <algorithm>
#include <numeric>
#include <queue>
#include <set>
#include <utility>

namespace evgraph::detail {

Packing pack_rows(const std::vector<PackItem>& items, double gap) {
  Packing out;
  out.rows.assign(items.size(), 0);
  std::vector<std::size_t> order(items.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return items[a].begin < items[b].begin || (items[a].begin == items[b].begin && items[a].end < items[b].end);
  });
  using Busy = std::pair<double, int>;  // (end, row)
  std::priority_queue<Busy, std::vector<Busy>, std::greater<Busy>> busy;
  std::set<int> free_rows;
  for (std::size_t index : order) {
    const PackItem& item = items[index];
    while (!busy.empty() && busy.top().first + gap <= item.begin) {
      free_rows.insert(busy.top().second);
      busy.pop();
    }
    int row;
    if (!free_rows.empty()) {
      row = *free_rows.begin();
      free_rows.erase(free_rows.begin());
    } else {
      row = out.row_count++;
    }
    out.rows[index] = row;
    busy.emplace(item.end, row);
  }
  return out;
}

}  // namespace evgraph::detail
