#include "timeline_model.hpp"

#include <evgraph/error.hpp>
#include <evgraph/text.hpp>

#include <algorithm>
#include <map>
#include <set>

namespace evgraph::detail {
namespace {

bool in_window(const Placement& p, const TimelineOptions& options) {
  if (options.from && p.last < *options.from) return false;
  if (options.to && p.first > *options.to) return false;
  return true;
}

// Ids of the actors the --actors filter names, by id or by name or alias, case- and accent-blind.
std::set<std::string> wanted_actors(const GraphModel& model, const std::vector<std::string>& wanted) {
  std::set<std::string> folded;
  for (const std::string& name : wanted) folded.insert(fold(name));
  std::set<std::string> ids(wanted.begin(), wanted.end());
  for (const Entity& actor : model.actors) {
    bool match = folded.count(fold(actor.name)) > 0;
    for (const std::string& alias : actor.aliases) match = match || folded.count(fold(alias)) > 0;
    if (match) ids.insert(actor.id);
  }
  return ids;
}

std::size_t type_rank(const RenderStyle& style, const std::string& type) {
  auto it = std::find(style.event_types.begin(), style.event_types.end(), type);
  return static_cast<std::size_t>(it - style.event_types.begin());
}

}  // namespace

TimelineSelection select_events(const GraphModel& model, const TimelineOptions& options, const RenderStyle& style,
                                const LocaleStrings& words) {
  const std::string& mode = options.lanes;
  if (mode != "none" && mode != "type" && mode != "actor" && mode != "place" && mode != "proposal")
    throw ConfigError({"--lanes"}, "unknown lanes '" + mode + "' (none, type, actor, place, proposal)");
  const std::set<std::string> actors = wanted_actors(model, options.actors);
  const std::set<std::string> types(options.types.begin(), options.types.end());

  TimelineSelection out;
  for (const Event& event : model.events) {
    if (!options.actors.empty() &&
        std::none_of(event.actors.begin(), event.actors.end(), [&](const std::string& a) { return actors.count(a); }))
      continue;
    if (!types.empty() && !types.count(event.type)) continue;
    if (static_cast<long>(event.sources.size()) < options.min_sources) continue;
    TimelineEvent item{&event, place_event(event.date), 0};
    if (item.place.kind == MarkKind::undated) {
      ++out.undated;
      continue;
    }
    if (!in_window(item.place, options)) continue;
    out.events.push_back(item);
  }
  std::sort(out.events.begin(), out.events.end(), [](const TimelineEvent& a, const TimelineEvent& b) {
    return a.place.first < b.place.first || (a.place.first == b.place.first && a.event->id < b.event->id);
  });

  std::set<std::string> used;
  for (const TimelineEvent& item : out.events) used.insert(item.event->type.empty() ? "other" : item.event->type);
  out.types.assign(used.begin(), used.end());
  std::stable_sort(out.types.begin(), out.types.end(), [&](const std::string& a, const std::string& b) {
    return type_rank(style, a) < type_rank(style, b);
  });
  for (TimelineEvent& item : out.events) {
    const std::string type = item.event->type.empty() ? "other" : item.event->type;
    item.type_index = static_cast<std::size_t>(std::find(out.types.begin(), out.types.end(), type) - out.types.begin());
  }

  // Lane keys of each event; an event with several actors shows in each of their lanes.
  std::map<std::string, std::string> names;
  const std::vector<Entity>* entities = mode == "actor" ? &model.actors
                                        : mode == "place" ? &model.places
                                        : mode == "proposal" ? &model.proposals
                                                             : nullptr;
  if (entities)
    for (const Entity& e : *entities) names[e.id] = e.name.empty() ? e.id : e.name;
  std::map<std::string, std::vector<std::size_t>> by_key;
  std::vector<std::size_t> others;
  for (std::size_t i = 0; i < out.events.size(); ++i) {
    const Event& event = *out.events[i].event;
    if (mode == "none") {
      by_key[""].push_back(i);
    } else if (mode == "type") {
      by_key[out.types[out.events[i].type_index]].push_back(i);
    } else {
      const auto& keys = mode == "actor" ? event.actors : mode == "place" ? event.places : event.proposals;
      if (keys.empty()) others.push_back(i);
      for (const std::string& key : keys) by_key[key].push_back(i);
    }
  }
  std::vector<std::pair<std::string, std::vector<std::size_t>>> lanes(by_key.begin(), by_key.end());
  if (mode == "type") {
    std::stable_sort(lanes.begin(), lanes.end(), [&](const auto& a, const auto& b) {
      return type_rank(style, a.first) < type_rank(style, b.first);
    });
  } else if (entities) {
    std::stable_sort(lanes.begin(), lanes.end(), [&](const auto& a, const auto& b) {
      if (a.second.size() != b.second.size()) return a.second.size() > b.second.size();
      const std::string& na = names.count(a.first) ? names[a.first] : a.first;
      const std::string& nb = names.count(b.first) ? names[b.first] : b.first;
      return na < nb;
    });
  }
  const std::size_t max_lanes = static_cast<std::size_t>(std::max(1, style.timeline.max_lanes));
  if (lanes.size() + (others.empty() ? 0 : 1) > max_lanes) {
    // The fullest lanes keep their own row, in the order above; the rest go to "other".
    std::vector<std::size_t> by_size(lanes.size());
    for (std::size_t i = 0; i < lanes.size(); ++i) by_size[i] = i;
    std::stable_sort(by_size.begin(), by_size.end(), [&](std::size_t a, std::size_t b) {
      return lanes[a].second.size() > lanes[b].second.size();
    });
    std::vector<bool> kept(lanes.size(), false);
    for (std::size_t i = 0; i + 1 < max_lanes && i < by_size.size(); ++i) kept[by_size[i]] = true;
    std::vector<std::pair<std::string, std::vector<std::size_t>>> own;
    for (std::size_t i = 0; i < lanes.size(); ++i) {
      if (kept[i])
        own.push_back(std::move(lanes[i]));
      else
        others.insert(others.end(), lanes[i].second.begin(), lanes[i].second.end());
    }
    lanes = std::move(own);
  }
  for (auto& [key, indexes] : lanes) {
    std::string label = key;
    if (mode == "type") label = words.type_name(key);
    if (entities && names.count(key)) label = names[key];
    out.lanes.push_back({label, indexes});
  }
  if (!others.empty()) {
    std::sort(others.begin(), others.end());
    others.erase(std::unique(others.begin(), others.end()), others.end());
    out.lanes.push_back({words.phrase("other_lane"), others});
  }
  return out;
}

}  // namespace evgraph::detail
