#include "label_packing.hpp"

#include <algorithm>
#include <limits>
#include <numeric>

namespace evgraph::detail {
namespace {

constexpr double kFree = -std::numeric_limits<double>::infinity();

// Min segment tree over the windows of `height` rows: leaf r holds the latest end among rows
// r..r+height-1, so the lowest leaf at or before a position is the lowest place the item fits.
class WindowTree {
 public:
  WindowTree(int height, std::size_t rows) : m_height(height), m_size(1) {
    while (m_size < rows) m_size *= 2;
    m_min.assign(2 * m_size, kFree);
  }
  void set(std::size_t leaf, double value) {
    std::size_t i = leaf + m_size;
    m_min[i] = value;
    for (i /= 2; i > 0; i /= 2) m_min[i] = std::min(m_min[2 * i], m_min[2 * i + 1]);
  }
  // The lowest leaf whose value is at most `limit`; there always is one (rows never used are free).
  std::size_t lowest_at_most(double limit) const {
    std::size_t i = 1;
    while (i < m_size) i = m_min[2 * i] <= limit ? 2 * i : 2 * i + 1;
    return i - m_size;
  }
  int height() const { return m_height; }

 private:
  int m_height;
  std::size_t m_size;
  std::vector<double> m_min;
};

}  // namespace

Packing pack_rows(const std::vector<PackItem>& items, double gap) {
  Packing out;
  out.rows.assign(items.size(), 0);
  std::vector<std::size_t> order(items.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return items[a].begin < items[b].begin || (items[a].begin == items[b].begin && items[a].end < items[b].end);
  });
  int tallest = 1;
  std::size_t capacity = 1;  // rows that can ever be used: every item stacked
  for (const PackItem& item : items) {
    tallest = std::max(tallest, std::max(1, item.rows));
    capacity += static_cast<std::size_t>(std::max(1, item.rows));
  }
  std::vector<double> row_end(capacity + static_cast<std::size_t>(tallest), kFree);
  std::vector<WindowTree> trees;
  for (int h = 1; h <= tallest; ++h) trees.emplace_back(h, capacity);
  for (std::size_t index : order) {
    const PackItem& item = items[index];
    const int height = std::max(1, item.rows);
    const std::size_t row = trees[static_cast<std::size_t>(height - 1)].lowest_at_most(item.begin - gap);
    out.rows[index] = static_cast<int>(row);
    out.row_count = std::max(out.row_count, static_cast<int>(row) + height);
    for (int k = 0; k < height; ++k) row_end[row + static_cast<std::size_t>(k)] = item.end;
    // Every window that overlaps the rows just taken has a new latest end.
    for (WindowTree& tree : trees) {
      const std::size_t h = static_cast<std::size_t>(tree.height());
      const std::size_t first = row + 1 >= h ? row + 1 - h : 0;
      for (std::size_t leaf = first; leaf < row + static_cast<std::size_t>(height) && leaf < capacity; ++leaf)
        tree.set(leaf, *std::max_element(row_end.begin() + static_cast<long>(leaf),
                                         row_end.begin() + static_cast<long>(leaf + h)));
    }
  }
  return out;
}

}  // namespace evgraph::detail
