// Geometry of the timeline: the date scale, which events are drawn, each item's mark and label
// box, rows and lanes, and the density strip.
#pragma once

#include "density_strip.hpp"
#include "label_placement.hpp"
#include "time_axis.hpp"
#include "timeline_model.hpp"

#include <optional>
#include <string>
#include <vector>

namespace evgraph::detail {

struct LaneBox {
  std::string label;  // cut to fit the lane column
  double top = 0;
  double bottom = 0;
  double label_y = 0;
  std::vector<PlacedItem> items;
};

struct TimelineLayout {
  double width = 0;
  double plot_x0 = 0;
  double plot_x1 = 0;
  std::size_t shown = 0;    // events drawn, of selection.events.size()
  std::vector<bool> drawn;  // by index into selection.events
  double note_y = 0;        // baseline of "N of M events shown", when some are left out
  double lanes_top = 0;
  double axis_y = 0;        // the axis line, under the last lane
  std::optional<DensityStrip> density;
  double density_y = 0;     // bottom of the density bars
  double legend_y = 0;      // the legend and what follows start here
  TimeScale scale;
  AxisLayout axis;
  std::vector<LaneBox> lanes;
};

// Lays out the events of `selection` that fit the style's max_rows, most reported first (all of
// them with options.all_events). The scale covers every event of the selection either way.
TimelineLayout lay_out_timeline(const TimelineSelection& selection, const TimelineOptions& options,
                                const RenderStyle& style, const LocaleStrings& words);

}  // namespace evgraph::detail
