#include <evgraph/merge.hpp>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_map>

namespace evgraph {
namespace {

// Smaller is more specific.
int specificity(const EventDate& date) {
  if (!date.value) return 100;
  if (!date.start || !date.end) return 90;
  return static_cast<int>(std::min<long>((*date.end - *date.start).days(), 89));
}

bool contains(const EventDate& outer, const EventDate& inner) {
  return outer.start && outer.end && inner.start && inner.end && *outer.start <= *inner.start &&
         *inner.end <= *outer.end;
}

std::string main_anchor(const Event& event) {
  for (const auto* list : {&event.places, &event.actors, &event.proposals})
    if (!list->empty()) return list->front().substr(list->front().find(':') + 1);
  return {};
}

// Two reports that may be one event are one when what they name agrees enough: the same place,
// or, without places, the same day and participant, or two participants in common. An undated
// report joins only through its place.
bool same_report(const Event& x, const Event& y) {
  if (count_common(x.places, y.places) > 0) return true;
  if (!x.date.value || !y.date.value) return false;
  const std::size_t others = count_common(x.actors, y.actors) + count_common(x.proposals, y.proposals);
  if (others >= 2) return true;
  return others == 1 && *x.date.value == *y.date.value && x.date.granularity == "day";
}

struct UnionFind {
  explicit UnionFind(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  std::size_t find(std::size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  void unite(std::size_t a, std::size_t b) {
    a = find(a), b = find(b);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  }
  std::vector<std::size_t> parent;
};

void add_sorted_unique(std::vector<std::string>& into, const std::vector<std::string>& from) {
  into.insert(into.end(), from.begin(), from.end());
  std::sort(into.begin(), into.end());
  into.erase(std::unique(into.begin(), into.end()), into.end());
}

Event combine(std::vector<Event*> group) {
  // The most specific date leads; ties go to the earliest source so the result is stable.
  std::stable_sort(group.begin(), group.end(),
                   [](const Event* a, const Event* b) { return specificity(a->date) < specificity(b->date); });
  Event merged = *group.front();
  for (std::size_t k = 1; k < group.size(); ++k) {
    const Event& other = *group[k];
    add_sorted_unique(merged.actors, other.actors);
    add_sorted_unique(merged.places, other.places);
    add_sorted_unique(merged.proposals, other.proposals);
    merged.sources.insert(merged.sources.end(), other.sources.begin(), other.sources.end());
    merged.confidence = std::max(merged.confidence, other.confidence);
    if (other.date.value && merged.date.value && *other.date.value != *merged.date.value &&
        !contains(other.date, merged.date))
      merged.conflicting_dates.push_back(other.date);
  }
  std::sort(merged.sources.begin(), merged.sources.end(), [](const Source& a, const Source& b) {
    return std::tie(a.doc, a.begin) < std::tie(b.doc, b.begin);
  });
  merged.sources.erase(std::unique(merged.sources.begin(), merged.sources.end(),
                                   [](const Source& a, const Source& b) { return a.doc == b.doc && a.begin == b.begin; }),
                       merged.sources.end());
  // Each further article reporting the event makes it more likely to have happened as said.
  std::size_t documents = 0;
  for (std::size_t k = 0; k < merged.sources.size(); ++k)
    if (k == 0 || merged.sources[k].doc != merged.sources[k - 1].doc) ++documents;
  merged.confidence = std::min(0.99, merged.confidence + 0.05 * static_cast<double>(documents - 1));
  merged.confidence = std::round(merged.confidence * 100.0) / 100.0;
  return merged;
}

}  // namespace

bool may_be_same_event(const Event& a, const Event& b) {
  if (a.type != b.type || !dates_compatible(a.date, b.date)) return false;
  const std::size_t places = count_common(a.places, b.places);
  if (!a.places.empty() && !b.places.empty() && places == 0) return false;
  return places + count_common(a.actors, b.actors) + count_common(a.proposals, b.proposals) > 0;
}

bool dates_compatible(const EventDate& a, const EventDate& b) {
  if (a.value && b.value) return *a.value == *b.value || contains(a, b) || contains(b, a);
  const EventDate& dated = a.value ? a : b;
  const EventDate& undated = a.value ? b : a;
  if (!dated.value) return true;
  if (undated.latest && dated.start && *dated.start > *undated.latest) return false;
  if (undated.earliest && dated.end && *dated.end < *undated.earliest) return false;
  return true;
}

std::string content_id(const Event& event) {
  std::string id = "event:" + (event.date.value ? *event.date.value : std::string("undated")) + ":" + event.type;
  const std::string anchor = main_anchor(event);
  if (!anchor.empty()) id += ":" + anchor;
  return id;
}

std::vector<Event> merge_events(std::vector<Event> events, const std::map<std::string, std::string>& pinned_dates) {
  // Candidates for merging share a type and an anchor: bucket by (type, anchor) so each event is
  // compared only with the few that could be the same.
  UnionFind sets(events.size());
  std::unordered_map<std::string, std::vector<std::size_t>> buckets;
  for (std::size_t i = 0; i < events.size(); ++i) {
    const Event& event = events[i];
    for (const auto* list : {&event.actors, &event.places, &event.proposals})
      for (const auto& entity : *list) buckets[event.type + "|" + entity].push_back(i);
  }
  std::vector<std::string> keys;
  keys.reserve(buckets.size());
  for (const auto& bucket : buckets) keys.push_back(bucket.first);
  std::sort(keys.begin(), keys.end());
  for (const auto& key : keys) {
    auto& members = buckets[key];
    // Within a bucket, events from the same document are distinct reports unless their dates match.
    for (std::size_t a = 0; a < members.size(); ++a) {
      for (std::size_t b = a + 1; b < members.size() && b < a + 64; ++b) {
        const Event& x = events[members[a]];
        const Event& y = events[members[b]];
        if (!may_be_same_event(x, y)) continue;
        const bool same_document = x.sources.front().doc == y.sources.front().doc;
        if (same_document && x.date.value != y.date.value) continue;
        if (!same_report(x, y)) continue;
        sets.unite(members[a], members[b]);
      }
    }
  }
  std::map<std::size_t, std::vector<Event*>> groups;
  for (std::size_t i = 0; i < events.size(); ++i) groups[sets.find(i)].push_back(&events[i]);

  std::vector<Event> merged;
  merged.reserve(groups.size());
  for (auto& [root, group] : groups) merged.push_back(combine(group));
  for (Event& event : merged) event.id = content_id(event);

  // Distinct events can share a content id (two meetings in London on one day): number them in
  // the order of their first source, which does not depend on other documents.
  std::sort(merged.begin(), merged.end(), [](const Event& a, const Event& b) {
    return std::tie(a.id, a.sources.front().doc, a.sources.front().begin) <
           std::tie(b.id, b.sources.front().doc, b.sources.front().begin);
  });
  for (std::size_t i = 1, run = 1; i < merged.size(); ++i) {
    if (merged[i].id.compare(0, merged[i - 1].id.size(), merged[i - 1].id) == 0 &&
        content_id(merged[i]) == content_id(merged[i - run])) {
      ++run;
      merged[i].id += "-" + std::to_string(run);
    } else {
      run = 1;
    }
  }
  for (Event& event : merged) {
    auto pin = pinned_dates.find(event.id);
    if (pin == pinned_dates.end()) continue;
    EventDate pinned;
    pinned.value = pin->second;
    if (const auto interval = interval_of(pin->second)) {
      pinned.start = interval->first;
      pinned.end = interval->last;
      pinned.granularity = interval->granularity;
    }
    pinned.certainty = "explicit";
    pinned.latest = event.date.latest;
    pinned.earliest = event.date.earliest;
    event.date = pinned;
  }
  std::sort(merged.begin(), merged.end(), [](const Event& a, const Event& b) { return a.id < b.id; });
  return merged;
}

}  // namespace evgraph
