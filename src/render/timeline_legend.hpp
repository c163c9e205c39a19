// The timeline's legend: the colours (event types, or diff statuses), the kinds of dates and the
// modalities among the events drawn, and the lighter look of unsure events; in rows that wrap.
#pragma once

#include "svg_writer.hpp"
#include "timeline_model.hpp"

#include <string>
#include <vector>

namespace evgraph::detail {

struct LegendEntry {
  enum class Swatch { colour, date_kind, modality, low_confidence };
  Swatch swatch = Swatch::colour;
  std::string colour_class;  // Swatch::colour
  MarkKind kind = MarkKind::point;
  ModalityLook look;
  std::string text;
  double x = 0;
  int row = 0;
};

struct Legend {
  std::vector<LegendEntry> entries;
  int rows = 0;
};

// Entries for the events of `selection` that `drawn` marks, laid out in rows `width` px wide.
Legend make_legend(const TimelineSelection& selection, const std::vector<bool>& drawn, const TimelineOptions& options,
                   const RenderStyle& style, const LocaleStrings& words, const std::string& p, double width);

void draw_legend(SvgWriter& svg, const std::string& p, const Legend& legend, double top, const RenderStyle& style);

}  // namespace evgraph::detail
