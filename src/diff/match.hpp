// Pairing the events of two graph versions: by id, then by content for the ids that changed.
#pragma once

#include <evgraph/merge.hpp>
#include <evgraph/model.hpp>

#include <cstddef>
#include <utility>
#include <vector>

namespace evgraph::detail {

struct EventMatching {
  std::vector<std::pair<std::size_t, std::size_t>> pairs;  // (OLD index, NEW index)
  std::vector<std::size_t> removed;                        // OLD indices left unpaired, ascending
  std::vector<std::size_t> added;                          // NEW indices left unpaired, ascending
};


// Events with the same id are paired first. Of the rest, an OLD and a NEW event are paired when
// they have the same type and compatible dates, name an entity in common and, if both have
// places, a place in common; the best-scoring pairs (shared documents, shared entities, same date
// value, nearest dates) win. Each event is compared with at most a fixed number of candidates per
// (type, entity) bucket, so the whole is O(n log n).
EventMatching match_events(const std::vector<Event>& old_events, const std::vector<Event>& new_events);

}  // namespace evgraph::detail
