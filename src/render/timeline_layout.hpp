// Geometry of the timeline: the date scale, each item's mark and label box, rows and lanes.
#pragma once

#include "time_axis.hpp"
#include "timeline_model.hpp"

#include <string>
#include <vector>

namespace evgraph::detail {

struct PlacedItem {
  std::size_t event = 0;  // into TimelineSelection::events
  double mark_x0 = 0;     // px extent of the mark (dot, bar, arrow)
  double mark_x1 = 0;
  double label_x = 0;
  bool label_before = false;  // label ends at label_x, left of the mark (near the right edge)
  std::string label;          // cut to fit
  double cy = 0;              // vertical centre of its row
};

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
  double lanes_top = 0;
  double axis_y = 0;   // the axis line, under the last lane
  double legend_y = 0;
  double height = 0;
  TimeScale scale;
  AxisLayout axis;
  std::vector<LaneBox> lanes;
};

TimelineLayout lay_out_timeline(const TimelineSelection& selection, const TimelineOptions& options,
                                const RenderStyle& style, const LocaleStrings& words, double legend_height);

}  // namespace evgraph::detail
