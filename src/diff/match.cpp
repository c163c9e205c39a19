#include "diff/match.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>

namespace evgraph::detail {
namespace {

// Candidates examined on each side of an event's date in one bucket: enough for every plausible
// refinement, small enough that a huge bucket (a prolific actor) stays linear.
constexpr std::size_t k_window = 32;

// Where an event sits on the calendar for the nearest-date search; undated events sort last.
Date sort_key(const EventDate& date) {
  if (date.start) return *date.start;
  if (date.earliest) return *date.earliest;
  if (date.latest) return *date.latest;
  return Date(boost::gregorian::pos_infin);
}

long day_distance(const EventDate& a, const EventDate& b) {
  const Date x = sort_key(a), y = sort_key(b);
  if (x.is_special() || y.is_special()) return x.is_special() && y.is_special() ? 0 : 1L << 30;
  return std::labs(static_cast<long>((x - y).days()));
}

std::vector<std::string_view> source_documents(const Event& event) {
  std::vector<std::string_view> docs;
  docs.reserve(event.sources.size());
  for (const Source& source : event.sources) docs.push_back(source.doc);
  std::sort(docs.begin(), docs.end());
  docs.erase(std::unique(docs.begin(), docs.end()), docs.end());
  return docs;
}

std::string bucket_key(const Event& event, const std::string& entity) { return event.type + '\n' + entity; }

struct Candidate {
  std::size_t shared_documents = 0;
  std::size_t shared_entities = 0;
  bool same_value = false;
  long distance = 0;
  std::size_t old_index = 0;
  std::size_t new_index = 0;
};

// Higher is better; ties broken by index so the pairing never depends on hash order.
bool better(const Candidate& a, const Candidate& b) {
  return std::make_tuple(b.shared_documents, b.shared_entities, b.same_value, a.distance, a.old_index, a.new_index) <
         std::make_tuple(a.shared_documents, a.shared_entities, a.same_value, b.distance, b.old_index, b.new_index);
}

std::optional<Candidate> score(const Event& o, const Event& n) {
  if (!may_be_same_event(o, n)) return std::nullopt;
  Candidate c;
  c.shared_entities = count_common(o.places, n.places) + count_common(o.actors, n.actors) +
                      count_common(o.proposals, n.proposals);
  c.shared_documents = count_common(source_documents(o), source_documents(n));
  c.same_value = o.date.value == n.date.value;
  c.distance = day_distance(o.date, n.date);
  return c;
}

void match_by_content(const std::vector<Event>& old_events, const std::vector<Event>& new_events,
                      EventMatching& matching) {
  if (matching.removed.empty() || matching.added.empty()) return;
  std::unordered_map<std::string, std::vector<std::size_t>> buckets;
  for (std::size_t o : matching.removed) {
    const Event& event = old_events[o];
    for (const auto* list : {&event.places, &event.actors, &event.proposals})
      for (const std::string& entity : *list) buckets[bucket_key(event, entity)].push_back(o);
  }
  for (auto& entry : buckets) {
    std::sort(entry.second.begin(), entry.second.end(), [&](std::size_t a, std::size_t b) {
      return std::make_pair(sort_key(old_events[a].date), a) < std::make_pair(sort_key(old_events[b].date), b);
    });
  }

  std::vector<Candidate> candidates;
  std::vector<std::size_t> seen;
  for (std::size_t n : matching.added) {
    const Event& event = new_events[n];
    const Date key = sort_key(event.date);
    seen.clear();
    for (const auto* list : {&event.places, &event.actors, &event.proposals}) {
      for (const std::string& entity : *list) {
        auto bucket = buckets.find(bucket_key(event, entity));
        if (bucket == buckets.end()) continue;
        const std::vector<std::size_t>& members = bucket->second;
        const auto at = std::lower_bound(members.begin(), members.end(), key, [&](std::size_t o, const Date& d) {
          return sort_key(old_events[o].date) < d;
        });
        const std::size_t mid = static_cast<std::size_t>(at - members.begin());
        const std::size_t first = mid > k_window ? mid - k_window : 0;
        const std::size_t last = std::min(members.size(), mid + k_window);
        for (std::size_t k = first; k < last; ++k) {
          const std::size_t o = members[k];
          if (std::find(seen.begin(), seen.end(), o) != seen.end()) continue;
          seen.push_back(o);
          if (auto c = score(old_events[o], event)) {
            c->old_index = o;
            c->new_index = n;
            candidates.push_back(*c);
          }
        }
      }
    }
  }
  std::sort(candidates.begin(), candidates.end(), better);

  std::vector<char> old_taken(old_events.size(), 0), new_taken(new_events.size(), 0);
  for (const Candidate& c : candidates) {
    if (old_taken[c.old_index] || new_taken[c.new_index]) continue;
    old_taken[c.old_index] = new_taken[c.new_index] = 1;
    matching.pairs.emplace_back(c.old_index, c.new_index);
  }
  auto drop_taken = [](std::vector<std::size_t>& indices, const std::vector<char>& taken) {
    indices.erase(std::remove_if(indices.begin(), indices.end(), [&](std::size_t i) { return taken[i] != 0; }),
                  indices.end());
  };
  drop_taken(matching.removed, old_taken);
  drop_taken(matching.added, new_taken);
}

// Exports list their events by id, each once: pairing by id is then one walk of both lists in
// step, where hashing 100,000 ids was a tenth of a diff.
bool ids_ascending(const std::vector<Event>& events) {
  return std::adjacent_find(events.begin(), events.end(),
                            [](const Event& a, const Event& b) { return a.id.compare(b.id) >= 0; }) == events.end();
}

void match_sorted_ids(const std::vector<Event>& old_events, const std::vector<Event>& new_events,
                      EventMatching& matching) {
  std::size_t o = 0, n = 0;
  while (o < old_events.size() && n < new_events.size()) {
    const int order = old_events[o].id.compare(new_events[n].id);
    if (order < 0) matching.removed.push_back(o++);
    else if (order > 0) matching.added.push_back(n++);
    else matching.pairs.emplace_back(o++, n++);
  }
  for (; o < old_events.size(); ++o) matching.removed.push_back(o);
  for (; n < new_events.size(); ++n) matching.added.push_back(n);
}

// Any order, ids given twice included: the first NEW event of an id pairs with the first OLD one.
void match_hashed_ids(const std::vector<Event>& old_events, const std::vector<Event>& new_events,
                      EventMatching& matching) {
  std::unordered_map<std::string_view, std::size_t> new_by_id;
  new_by_id.reserve(new_events.size());
  for (std::size_t n = 0; n < new_events.size(); ++n) new_by_id.emplace(new_events[n].id, n);

  std::vector<char> new_taken(new_events.size(), 0);
  for (std::size_t o = 0; o < old_events.size(); ++o) {
    auto found = new_by_id.find(old_events[o].id);
    if (found != new_by_id.end() && !new_taken[found->second]) {
      new_taken[found->second] = 1;
      matching.pairs.emplace_back(o, found->second);
    } else {
      matching.removed.push_back(o);
    }
  }
  for (std::size_t n = 0; n < new_events.size(); ++n)
    if (!new_taken[n]) matching.added.push_back(n);
}

}  // namespace

EventMatching match_events(const std::vector<Event>& old_events, const std::vector<Event>& new_events) {
  EventMatching matching;
  matching.pairs.reserve(std::min(old_events.size(), new_events.size()));
  if (ids_ascending(old_events) && ids_ascending(new_events)) match_sorted_ids(old_events, new_events, matching);
  else match_hashed_ids(old_events, new_events, matching);
  match_by_content(old_events, new_events, matching);
  return matching;
}

}  // namespace evgraph::detail
