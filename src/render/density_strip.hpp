// The density strip under a timeline's axis: how many events fall in each day, week or month of
// the whole selection, so a timeline that shows only the most reported events still shows where
// the others are.
#pragma once

#include "time_axis.hpp"
#include "timeline_model.hpp"

#include <string>
#include <vector>

namespace evgraph::detail {

struct DensityBar {
  double x0;  // px extent of the bin on the axis
  double x1;
  std::size_t count;
};

struct DensityStrip {
  std::string unit;  // day|week|month: the bin, the widest of them at least 2 px wide
  std::vector<DensityBar> bars;  // bins holding events, left to right
  std::size_t max_count = 0;
};

// Events count in the bin of the middle of their span (a month-long event in mid-month).
DensityStrip density_strip(const TimelineSelection& selection, const TimeScale& scale);

}  // namespace evgraph::detail
