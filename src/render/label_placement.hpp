// Where one timeline item's mark goes and where its label fits beside it: on the side with room,
// never across an axis break, wrapped onto a few lines rather than cut.
#pragma once

#include "label_packing.hpp"
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
  bool label_before = false;       // the label ends at label_x, left of the mark
  std::vector<std::string> lines;  // the label, one or more lines
  double label_width = 0;          // px of its widest line
  double cy = 0;                   // vertical centre of the mark and of the label's lines
  int rows = 1;                    // rows the item takes: one per line
};

// `left` and `right` bound the plot, labels included.
PlacedItem place_item(const TimelineEvent& item, const TimeScale& scale, const RenderStyle& style, double left,
                      double right);

// The px extent of the mark and its label together, for packing into rows.
PackItem extent(const PlacedItem& item);

}  // namespace evgraph::detail
