// One event across documents: events reported by several articles become one, with every source,
// and get ids derived from their content so that a new article does not renumber the graph.
#pragma once

#include <evgraph/extract.hpp>
#include <evgraph/lexicon.hpp>
#include <evgraph/model.hpp>

#include <map>
#include <set>
#include <string>
#include <unordered_set>
#include <vector>

namespace evgraph {

// Merges events of the same type whose dates are compatible (one interval holds the other, or an
// undated event's bounds allow the other's date) and that share an actor, place or proposal. The
// most specific date wins; a contradicting date of the same granularity is kept in
// `conflicting_dates`. `pinned_dates` (event id -> TIMEX3 value, from user lexicons) then fix
// dates the text does not give, and `pinned_titles` (event id -> title) titles an analyst prefers.
// Reports of two articles that share only `generic_actors` (actors named by a common noun: "la
// police", "the board") are not merged for them. Output sorted by id. O(n log n) in the number of events.
std::vector<Event> merge_events(std::vector<Event> events, const std::map<std::string, std::string>& pinned_dates = {},
                                const std::map<std::string, std::string>& pinned_titles = {},
                                const std::unordered_set<std::string>& generic_actors = {});

// Dates that may describe the same event: equal, one interval inside the other, or an undated
// event whose earliest/latest bounds allow the other's date. Used to merge reports and to pair
// events across graph versions.
bool dates_compatible(const EventDate& a, const EventDate& b);

// Whether two event records may describe the same happening: the same type, compatible dates, no
// two different places named, and at least one actor, place or proposal in common. The merge (one
// event across articles) and the diff (one event across graph versions) both start from it.
bool may_be_same_event(const Event& a, const Event& b);

// How many items two sorted lists have in common, in one merge-like pass.
template <typename SortedRange>
std::size_t count_common(const SortedRange& a, const SortedRange& b) {
  std::size_t count = 0;
  for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end();) {
    if (*i < *j) ++i;
    else if (*j < *i) ++j;
    else ++count, ++i, ++j;
  }
  return count;
}

// "event:<date value or undated>:<type>:<main anchor>" where the main anchor is the first place,
// else the first actor, else the first proposal, by id; "event:...:<type>" with none.
std::string content_id(const Event& event);

}  // namespace evgraph
