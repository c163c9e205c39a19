#include "timeline_salience.hpp"

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <set>
#include <tuple>

namespace evgraph::detail {
namespace {

// An export made before salience was recorded has zeros: count its sources instead.
Salience salience_of(const Event& event) {
  if (event.salience.documents > 0 || event.sources.empty()) return event.salience;
  std::set<std::string> documents;
  for (const Source& source : event.sources) documents.insert(source.doc);
  return {documents.size(), event.sources.size()};
}

std::uint64_t reversed_bits(std::uint64_t value, int bits) {
  std::uint64_t out = 0;
  for (int i = 0; i < bits; ++i, value >>= 1) out = (out << 1) | (value & 1);
  return out;
}

void spread_evenly(std::vector<std::size_t>::iterator first, std::vector<std::size_t>::iterator last) {
  const auto length = static_cast<std::uint64_t>(last - first);
  if (length < 3) return;
  int bits = 0;
  while ((std::uint64_t{1} << bits) < length) ++bits;
  std::vector<std::pair<std::uint64_t, std::size_t>> keyed;
  for (std::uint64_t i = 0; i < length; ++i) keyed.emplace_back(reversed_bits(i, bits), first[static_cast<long>(i)]);
  std::sort(keyed.begin(), keyed.end());
  for (std::uint64_t i = 0; i < length; ++i) first[static_cast<long>(i)] = keyed[i].second;
}

}  // namespace

std::vector<std::size_t> by_salience(const TimelineSelection& selection, const ChangeMarks* changes) {
  const std::size_t n = selection.events.size();
  std::vector<Salience> salience(n);
  std::vector<bool> changed(n, false);
  for (std::size_t i = 0; i < n; ++i) {
    salience[i] = salience_of(*selection.events[i].event);
    changed[i] = changes && changes->node(selection.events[i].event->id) != ChangeKind::Unchanged;
  }
  auto key = [&](std::size_t i) {
    return std::make_tuple(!changed[i], -static_cast<double>(salience[i].documents),
                           -static_cast<double>(salience[i].sentences), -selection.events[i].event->confidence);
  };
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), std::size_t{0});
  // Events are already by (first day, id), and stay so within a run of equal keys.
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return key(a) < key(b); });
  // Equally reported events are taken spread over time rather than the earliest first: a run is
  // reordered by the bit-reversed position of each event in it (0, 1/2, 1/4, 3/4, ...), so any
  // first part of the run samples the whole of its time span evenly.
  for (std::size_t begin = 0; begin < n;) {
    std::size_t end = begin + 1;
    while (end < n && key(order[end]) == key(order[begin])) ++end;
    spread_evenly(order.begin() + static_cast<long>(begin), order.begin() + static_cast<long>(end));
    begin = end;
  }
  return order;
}

std::size_t fitting_count(std::size_t total, int max_rows, const std::function<int(std::size_t)>& rows_for) {
  if (total == 0) return 0;
  // fits: a count known to fit (one event is always drawn); fails: one known not to.
  std::size_t fits = 1;
  std::size_t fails = 0;
  for (std::size_t k = 64;; k *= 2) {
    k = std::min(k, total);
    if (rows_for(k) > max_rows) {
      fails = k;
      break;
    }
    fits = k;
    if (k == total) return total;
  }
  while (fails - fits > 1) {
    const std::size_t middle = fits + (fails - fits) / 2;
    (rows_for(middle) <= max_rows ? fits : fails) = middle;
  }
  return fits;
}

}  // namespace evgraph::detail
