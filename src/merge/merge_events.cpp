#include <evgraph/merge.hpp>

#include "common/parallel.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <set>
#include <stdexcept>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

namespace evgraph {
namespace {

// Reports more than this many days apart, both precise to the day, are two events.
constexpr long kDayTolerance = 1;
// Open groups examined in one bucket for a report: the nearest by date. Bounds the work on huge
// buckets (a prolific actor) without missing plausible matches.
constexpr std::size_t kGroupWindow = 64;

// Smaller is more specific.
int specificity(const EventDate& date) {
  if (!date.value) return 100;
  if (!date.start || !date.end) return 90;
  return static_cast<int>(std::min<long>((*date.end - *date.start).days(), 89));
}

bool day_precise(const EventDate& date) {
  return date.value && date.start && date.end && *date.start == *date.end;
}

// "doc|value": one article's mention of a date.
std::string same_day_key(const Event& event) { return event.sources.front().doc + '|' + *event.date.value; }

// The dates each article gives a group's members: one article reports one event on one date.
// Looked up by article, not scanned: groups of a big corpus hold thousands of reports.
class DatesByDocument {
 public:
  void add(const std::string& doc, const std::string& value) { m_values[doc].insert(value); }
  bool has(const std::string& doc, const std::string& value) const {
    const auto it = m_values.find(doc);
    return it != m_values.end() && it->second.count(value) > 0;
  }
  // Whether the article gives the group a date other than `value`.
  bool has_other(const std::string& doc, const std::string& value) const {
    const auto it = m_values.find(doc);
    return it != m_values.end() && (it->second.size() > 1 || *it->second.begin() != value);
  }

 private:
  std::map<std::string, std::set<std::string>, std::less<>> m_values;
};

bool contains(const EventDate& outer, const EventDate& inner) {
  return outer.start && outer.end && inner.start && inner.end && *outer.start <= *inner.start &&
         *inner.end <= *outer.end;
}

std::string main_anchor(const Event& event) {
  for (const auto* list : {&event.places, &event.actors, &event.proposals})
    if (!list->empty()) return list->front().substr(list->front().find(':') + 1);
  return {};
}

void add_sorted_unique(std::vector<std::string>& into, const std::vector<std::string>& from) {
  into.insert(into.end(), from.begin(), from.end());
  std::sort(into.begin(), into.end());
  into.erase(std::unique(into.begin(), into.end()), into.end());
}

// Who acts and on whom: what two reports must share to be one event, when they say it.
std::vector<std::string> roles_of(const Event& event) {
  std::vector<std::string> roles = event.agents;
  add_sorted_unique(roles, event.targets);
  return roles;
}

// A group of reports of one event, summarised so that a report is checked against the group
// and not against every member: a report joins only if it agrees with all of them.
struct Group {
  std::vector<std::size_t> members;
  std::string type;
  std::vector<std::string> roles, actors, places, proposals;  // unions, sorted
  std::optional<Date> first_day, last_day;  // day-precise members
  std::optional<Date> coarse_start, coarse_end;  // intersection of the coarser members' intervals
  DatesByDocument documents_with_value;
  bool agentless_member = false;                  // a member names no agent

  bool dated() const { return first_day.has_value() || coarse_start.has_value(); }
};

// The order in which reports are placed: most specific first, then by date and first source, so
// groups form around precise reports and the result does not depend on input order. An undated
// report comes last and joins one group at most: it can never bridge two.
std::vector<std::size_t> placement_order(const std::vector<Event>& events) {
  std::vector<std::size_t> dated, undated;
  for (std::size_t i = 0; i < events.size(); ++i) (events[i].date.start ? dated : undated).push_back(i);
  // Keys by reference: a copied document id per comparison was most of this sort.
  std::vector<int> specific(events.size());
  for (std::size_t i : dated) specific[i] = specificity(events[i].date);
  auto order = [&](std::size_t a, std::size_t b) {
    const Event& x = events[a];
    const Event& y = events[b];
    return std::tie(specific[a], *x.date.start, x.sources.front().doc, x.sources.front().begin, a) <
           std::tie(specific[b], *y.date.start, y.sources.front().doc, y.sources.front().begin, b);
  };
  std::sort(dated.begin(), dated.end(), order);
  dated.insert(dated.end(), undated.begin(), undated.end());
  return dated;
}

class Merger {
 public:
  Merger(const std::vector<Event>& events, const std::unordered_set<std::string>& generic_actors)
      : m_events(events), m_generic_actors(generic_actors) {}

  // The groups that placing `sequence` (indices of events) in that order makes, in creation order.
  std::vector<std::vector<std::size_t>> run(const std::vector<std::size_t>& sequence) {
    for (std::size_t i : sequence) place(i);
    std::vector<std::vector<std::size_t>> out;
    out.reserve(m_groups.size());
    for (Group& group : m_groups) out.push_back(std::move(group.members));
    return out;
  }

 private:
  std::vector<std::string> bucket_keys(const Event& event, const std::vector<std::string>& roles) const {
    std::vector<std::string> keys;
    const auto& anchors = roles.empty() ? event.actors : roles;
    for (const auto& id : anchors) keys.push_back(event.type + '|' + id);
    for (const auto& id : event.places) keys.push_back(event.type + '|' + id);
    if (keys.empty())
      for (const auto& id : event.proposals) keys.push_back(event.type + '|' + id);
    if (day_precise(event.date)) keys.push_back(event.type + "|day|" + same_day_key(event));
    return keys;
  }

  bool dates_fit(const Event& event, const Group& group) const {
    const EventDate& date = event.date;
    if (!date.start) {
      // Undated: only its bounds speak.
      if (!group.dated()) return true;
      const Date group_start = group.first_day ? *group.first_day : *group.coarse_start;
      const Date group_end = group.last_day ? *group.last_day : *group.coarse_end;
      if (date.latest && group_start > *date.latest) return false;
      if (date.earliest && group_end < *date.earliest) return false;
      return true;
    }
    if (day_precise(date)) {
      const Date day = *date.start;
      if (group.first_day) {
        const Date low = std::min(*group.first_day, day);
        const Date high = std::max(*group.last_day, day);
        if ((high - low).days() > kDayTolerance) return false;
      }
      if (group.coarse_start && (day < *group.coarse_start || day > *group.coarse_end)) return false;
      return true;
    }
    // A coarser date holds the group's days and nests with its other coarse dates.
    if (group.first_day && (*group.first_day < *date.start || *group.last_day > *date.end)) return false;
    if (group.coarse_start) {
      const bool inside = *date.start >= *group.coarse_start && *date.end <= *group.coarse_end;
      const bool around = *date.start <= *group.coarse_start && *date.end >= *group.coarse_end;
      if (!inside && !around) return false;
    }
    return true;
  }

  // Whether the report names the same happening as the group: the same agents or target when both
  // say who acts, else the same place, or the same day and participant, or two participants. An
  // article that names an event of a day a second time without saying who acts ("les
  // législatives de dimanche" after "le scrutin du 23 février") names the same event.
  // `roles`: roles_of(event), computed once per report.
  bool same_happening(const Event& event, const std::vector<std::string>& roles, const Group& group) const {
    if (!event.places.empty() && !group.places.empty() && count_common(event.places, group.places) == 0) return false;
    if (day_precise(event.date) && (event.agents.empty() || group.agentless_member) &&
        group.documents_with_value.has(event.sources.front().doc, *event.date.value))
      return true;
    if (!roles.empty() && !group.roles.empty()) return shared(event, roles, group.roles, group) > 0;
    if (count_common(event.places, group.places) > 0) return true;
    if (!event.date.value) return false;
    const std::size_t others = shared(event, event.actors, group.actors, group) + count_common(event.proposals, group.proposals);
    if (others >= 2) return true;
    return others == 1 && day_precise(event.date) && group.first_day && *group.first_day == *event.date.start;
  }

  // How many ids two sorted lists share. "la police", "the board": an actor a text names only by
  // its common noun is no one in particular, so two articles that share only such actors do not
  // tell one happening; inside one article they do.
  std::size_t shared(const Event& event, const std::vector<std::string>& a, const std::vector<std::string>& b,
                     const Group& group) const {
    const std::size_t all = count_common(a, b);
    if (all == 0 || m_generic_actors.empty()) return all;
    std::size_t generic = 0;
    for (const std::string& id : a)
      generic += m_generic_actors.count(id) && std::binary_search(b.begin(), b.end(), id);
    if (generic < all) return all;
    // Only common nouns in common: one if a member comes from the same article (rare enough to look).
    const std::string& doc = event.sources.front().doc;
    const bool same_document = std::any_of(group.members.begin(), group.members.end(),
                                           [&](std::size_t member) { return m_events[member].sources.front().doc == doc; });
    return same_document ? all : 0;
  }

  bool fits(const Event& event, const std::vector<std::string>& roles, const Group& group) const {
    if (event.type != group.type || !dates_fit(event, group) || !same_happening(event, roles, group)) return false;
    // One article reports one event on one date: a second date in the same article is another event.
    return !event.date.value || !group.documents_with_value.has_other(event.sources.front().doc, *event.date.value);
  }

  void place(std::size_t index) {
    const Event& event = m_events[index];
    const std::vector<std::string> roles = roles_of(event);
    const std::vector<std::string> keys = bucket_keys(event, roles);
    std::optional<std::size_t> best;
    std::size_t best_shared = 0;
    for (const std::string& key : keys) {
      auto bucket = m_buckets.find(key);
      if (bucket == m_buckets.end()) continue;
      const auto& groups = bucket->second;
      const std::size_t from = groups.size() > kGroupWindow ? groups.size() - kGroupWindow : 0;
      for (std::size_t k = from; k < groups.size(); ++k) {
        const Group& group = m_groups[groups[k]];
        if (!fits(event, roles, group)) continue;
        const std::size_t shared = count_common(roles, group.roles) + count_common(event.places, group.places) +
                                   count_common(event.actors, group.actors);
        if (!best || shared > best_shared || (shared == best_shared && groups[k] < *best))
          best = groups[k], best_shared = shared;
      }
    }
    if (!best) {
      best = m_groups.size();
      m_groups.push_back(Group{});
      m_groups.back().type = event.type;
    }
    join(*best, index, roles);
    for (const std::string& key : keys) {
      auto& groups = m_buckets[key];
      if (std::find(groups.begin(), groups.end(), *best) == groups.end()) groups.push_back(*best);
    }
  }

  void join(std::size_t group_index, std::size_t index, const std::vector<std::string>& roles) {
    Group& group = m_groups[group_index];
    const Event& event = m_events[index];
    group.members.push_back(index);
    group.agentless_member = group.agentless_member || event.agents.empty();
    add_sorted_unique(group.roles, roles);
    add_sorted_unique(group.actors, event.actors);
    add_sorted_unique(group.places, event.places);
    add_sorted_unique(group.proposals, event.proposals);
    const EventDate& date = event.date;
    if (date.value) group.documents_with_value.add(event.sources.front().doc, *date.value);
    if (!date.start || !date.end) return;
    if (day_precise(date)) {
      group.first_day = group.first_day ? std::min(*group.first_day, *date.start) : *date.start;
      group.last_day = group.last_day ? std::max(*group.last_day, *date.start) : *date.start;
    } else {
      group.coarse_start = group.coarse_start ? std::max(*group.coarse_start, *date.start) : *date.start;
      group.coarse_end = group.coarse_end ? std::min(*group.coarse_end, *date.end) : *date.end;
    }
  }

  const std::vector<Event>& m_events;
  const std::unordered_set<std::string>& m_generic_actors;
  std::vector<Group> m_groups;
  std::unordered_map<std::string, std::vector<std::size_t>> m_buckets;  // key -> groups, in creation order
};

// Reports of two types never share a group, so each type is placed on its own, the types side by
// side, and the groups are then put in the order one pass over all reports creates them: the
// rank of the report that opened each group. The result is the same whatever the thread count.
std::vector<std::vector<std::size_t>> group_reports(const std::vector<Event>& events,
                                                    const std::unordered_set<std::string>& generic_actors) {
  const std::vector<std::size_t> order = placement_order(events);
  std::vector<std::size_t> rank(events.size());
  std::map<std::string_view, std::vector<std::size_t>> by_type;
  for (std::size_t k = 0; k < order.size(); ++k) {
    rank[order[k]] = k;
    by_type[events[order[k]].type].push_back(order[k]);
  }
  std::vector<const std::vector<std::size_t>*> sequences;
  for (const auto& [type, sequence] : by_type) sequences.push_back(&sequence);
  std::vector<std::vector<std::vector<std::size_t>>> per_type(sequences.size());
  detail::for_each_index(sequences.size(), [&](std::size_t k) { per_type[k] = Merger(events, generic_actors).run(*sequences[k]); });

  std::vector<std::vector<std::size_t>> groups;
  for (auto& type_groups : per_type)
    for (auto& members : type_groups) groups.push_back(std::move(members));
  std::sort(groups.begin(), groups.end(), [&rank](const auto& a, const auto& b) { return rank[a.front()] < rank[b.front()]; });
  return groups;
}

// Takes the members' contents: each report belongs to one group.
Event combine(std::vector<Event*> group) {
  // The most specific date leads; ties go to the earliest source so the result is stable.
  std::stable_sort(group.begin(), group.end(), [](const Event* a, const Event* b) {
    using Key = std::tuple<int, const std::string&, std::size_t>;
    return Key(specificity(a->date), a->sources.front().doc, a->sources.front().begin) <
           Key(specificity(b->date), b->sources.front().doc, b->sources.front().begin);
  });
  Event merged = std::move(*group.front());
  std::size_t sources = 0;
  for (const Event* member : group) sources += member == group.front() ? merged.sources.size() : member->sources.size();
  merged.sources.reserve(sources);
  // The members' lists are gathered, then sorted and made unique once: a group of a big corpus
  // has hundreds of members.
  for (std::size_t k = 1; k < group.size(); ++k) {
    Event& other = *group[k];
    for (const auto& [into, from] : {std::pair{&merged.actors, &other.actors}, std::pair{&merged.agents, &other.agents},
                                     std::pair{&merged.targets, &other.targets}, std::pair{&merged.places, &other.places},
                                     std::pair{&merged.proposals, &other.proposals}})
      into->insert(into->end(), from->begin(), from->end());
    merged.sources.insert(merged.sources.end(), std::make_move_iterator(other.sources.begin()),
                          std::make_move_iterator(other.sources.end()));
    merged.confidence = std::max(merged.confidence, other.confidence);
    if (!merged.anchor && other.anchor) merged.anchor = std::move(other.anchor);
    if (other.date.value && merged.date.value && *other.date.value != *merged.date.value &&
        !contains(other.date, merged.date))
      merged.conflicting_dates.push_back(std::move(other.date));
    // What is left of the report goes now, not with all the others once every group is made:
    // on a 1 GB corpus the reports' lists and titles would sit beside the merged events.
    other = Event{};
  }
  if (group.size() > 1)
    for (auto* list : {&merged.actors, &merged.agents, &merged.targets, &merged.places, &merged.proposals}) {
      std::sort(list->begin(), list->end());
      list->erase(std::unique(list->begin(), list->end()), list->end());
      // The room of every member's copies would stay with the event: with the sources reserved,
      // the merge of a 1 GB corpus peaks some 65 MB lower.
      list->shrink_to_fit();
    }
  // Whoever acts is no target of the same event.
  for (const auto& agent : merged.agents)
    merged.targets.erase(std::remove(merged.targets.begin(), merged.targets.end(), agent), merged.targets.end());
  std::sort(merged.sources.begin(), merged.sources.end(), [](const Source& a, const Source& b) {
    return std::tie(a.doc, a.begin) < std::tie(b.doc, b.begin);
  });
  merged.sources.erase(std::unique(merged.sources.begin(), merged.sources.end(),
                                   [](const Source& a, const Source& b) { return a.doc == b.doc && a.begin == b.begin; }),
                       merged.sources.end());
  std::sort(merged.conflicting_dates.begin(), merged.conflicting_dates.end(),
            [](const EventDate& a, const EventDate& b) { return a.value < b.value; });
  merged.conflicting_dates.erase(
      std::unique(merged.conflicting_dates.begin(), merged.conflicting_dates.end(),
                  [](const EventDate& a, const EventDate& b) { return a.value == b.value; }),
      merged.conflicting_dates.end());
  // Each further article reporting the event makes it more likely to have happened as said.
  std::size_t documents = 0;
  for (std::size_t k = 0; k < merged.sources.size(); ++k)
    if (k == 0 || merged.sources[k].doc != merged.sources[k - 1].doc) ++documents;
  merged.salience = {documents, merged.sources.size()};
  merged.confidence = std::min(0.99, merged.confidence + 0.05 * static_cast<double>(documents - 1));
  merged.confidence = std::round(merged.confidence * 100.0) / 100.0;
  return merged;
}

// Days, weeks, months or years of a TIMEX3 duration ("P3W"); nullopt for anything else.
std::optional<boost::gregorian::date_duration> days_of(const std::string& duration, const Date& from, bool forward) {
  if (duration.size() < 3 || duration[0] != 'P') return std::nullopt;
  const std::string number = duration.substr(1, duration.size() - 2);
  if (number.empty() || number.find_first_not_of("0123456789") != std::string::npos || number.size() > 4) return std::nullopt;
  const int n = std::stoi(number);
  const int sign = forward ? 1 : -1;
  switch (duration.back()) {
    case 'D': return boost::gregorian::days(sign * n);
    case 'W': return boost::gregorian::days(sign * 7 * n);
    case 'M': return (from + boost::gregorian::months(sign * n)) - from;
    case 'Y': return (from + boost::gregorian::years(sign * n)) - from;
    default: return std::nullopt;
  }
}

// `from` moved by a TIMEX3 duration; nullopt when that is no duration or leaves the calendar
// (1400-9999): "mille ans avant" a date near its edge is no date, not an error.
std::optional<Date> shifted(const Date& from, const std::string& duration, bool forward) {
  try {
    const auto shift = days_of(duration, from, forward);
    if (!shift) return std::nullopt;
    return from + *shift;
  } catch (const std::out_of_range&) {
    return std::nullopt;
  }
}

// "trois semaines après le coup d'État": the event named in the same document at that place
// comes before this one; when it has a day and the text an offset, this one gets a date too.
// Returns (earlier, later) index pairs, made precedes edges once ids are given.
std::vector<std::pair<std::size_t, std::size_t>> resolve_anchors(std::vector<Event>& events) {
  std::vector<std::pair<std::size_t, std::size_t>> order;
  // Only the (document, type) pairs that anchors name are indexed: a map of every source of a big
  // corpus's events raised the peak of a 1 GB build by some 30 MB.
  using DocType = std::pair<std::string_view, std::string_view>;
  std::map<DocType, std::vector<std::size_t>> by_doc_type;
  for (const Event& event : events)
    if (event.anchor) by_doc_type.try_emplace(DocType{event.anchor->doc, event.anchor->type});
  if (by_doc_type.empty()) return order;
  for (std::size_t i = 0; i < events.size(); ++i)
    for (const Source& source : events[i].sources) {
      const auto indexed = by_doc_type.find(DocType{source.doc, events[i].type});
      if (indexed != by_doc_type.end()) indexed->second.push_back(i);
    }
  for (Event& event : events) {
    if (!event.anchor) continue;
    const EventAnchor& anchor = *event.anchor;
    auto candidates = by_doc_type.find(DocType{anchor.doc, anchor.type});
    if (candidates == by_doc_type.end()) continue;
    // The event named where the anchor stands, else the last of that type the document named
    // before it ("le coup d'État du 3 juillet ... trois semaines après le coup d'État").
    const Event* other = nullptr;
    std::size_t other_index = 0;
    std::size_t best_begin = 0;
    bool exact = false;
    for (std::size_t i : candidates->second) {
      if (&events[i] == &event) continue;
      for (const Source& source : events[i].sources) {
        if (source.doc != anchor.doc || source.begin > anchor.begin) continue;
        const bool here = anchor.begin < source.end;
        if ((here && !exact) || (!exact && source.begin >= best_begin))
          other = &events[i], other_index = i, best_begin = source.begin, exact = here;
      }
    }
    if (!other) continue;
    const std::size_t self = static_cast<std::size_t>(&event - events.data());
    order.emplace_back(anchor.after ? other_index : self, anchor.after ? self : other_index);
    if (!event.date.value && day_precise(other->date) && !anchor.offset.empty()) {
      if (auto day = shifted(*other->date.start, anchor.offset, anchor.after)) {
        event.date = EventDate{};
        event.date.value = to_iso(*day);
        event.date.start = event.date.end = *day;
        event.date.granularity = "day";
        event.date.certainty = "inferred";
      }
    }
  }
  for (Event& event : events) event.anchor.reset();
  return order;
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

std::vector<Event> merge_events(std::vector<Event> events, const std::map<std::string, std::string>& pinned_dates,
                                const std::map<std::string, std::string>& pinned_titles,
                                const std::unordered_set<std::string>& generic_actors) {
  const std::vector<std::vector<std::size_t>> groups = group_reports(events, generic_actors);
  std::vector<Event> merged(groups.size());
  detail::for_each_index(groups.size(), [&](std::size_t k) {
    std::vector<Event*> group;
    for (std::size_t i : groups[k]) group.push_back(&events[i]);
    merged[k] = combine(group);
  });
  events = {};  // the reports' husks: 300 MB on a 1 GB corpus
  const auto order = resolve_anchors(merged);
  for (Event& event : merged) event.id = content_id(event);

  // Distinct events can share a content id (two meetings in London on one day): number them in
  // the order of their first source, which does not depend on other documents.
  std::vector<std::size_t> by_id(merged.size());
  std::iota(by_id.begin(), by_id.end(), 0);
  std::sort(by_id.begin(), by_id.end(), [&](std::size_t x, std::size_t y) {
    const Event& a = merged[x];
    const Event& b = merged[y];
    return std::tie(a.id, a.sources.front().doc, a.sources.front().begin) <
           std::tie(b.id, b.sources.front().doc, b.sources.front().begin);
  });
  for (std::size_t k = 1, run = 1; k < by_id.size(); ++k) {
    Event& event = merged[by_id[k]];
    if (content_id(event) == content_id(merged[by_id[k - run]])) {
      ++run;
      event.id += "-" + std::to_string(run);
    } else {
      run = 1;
    }
  }
  for (const auto& [earlier, later] : order) merged[later].follows.push_back(merged[earlier].id);
  for (Event& event : merged) {
    std::sort(event.follows.begin(), event.follows.end());
    event.follows.erase(std::unique(event.follows.begin(), event.follows.end()), event.follows.end());
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
  // Pinned by the id the event has before its date is pinned, as `dates:` is.
  for (Event& event : merged)
    if (auto pin = pinned_titles.find(event.id); pin != pinned_titles.end()) event.title = pin->second;
  std::sort(merged.begin(), merged.end(), [](const Event& a, const Event& b) { return a.id < b.id; });
  return merged;
}

}  // namespace evgraph
