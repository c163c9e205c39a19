// What the timeline shows: the events that pass the filters, where they sit in time, and the
// lanes they go in.
#pragma once

#include "date_placement.hpp"

#include <evgraph/render.hpp>

#include <string>
#include <vector>

namespace evgraph::detail {

struct TimelineEvent {
  const Event* event = nullptr;
  Placement place;
  std::size_t type_index = 0;  // into TimelineSelection::types
};

struct Lane {
  std::string label;                  // empty when lanes are "none"
  std::vector<std::size_t> events;    // into TimelineSelection::events, by date
};

struct TimelineSelection {
  std::vector<TimelineEvent> events;  // placed events, by (first day, id)
  std::vector<Lane> lanes;
  std::vector<std::string> types;     // types shown, in the style's legend order
  std::size_t undated = 0;            // passed the filters but have no date to draw
};

// Throws ConfigError for an unknown lanes value.
TimelineSelection select_events(const GraphModel& model, const TimelineOptions& options, const RenderStyle& style,
                                const LocaleStrings& words);

}  // namespace evgraph::detail
