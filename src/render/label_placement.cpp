#include "label_placement.hpp"

#include "label_fit.hpp"

#include <algorithm>

namespace evgraph::detail {
namespace {

constexpr double kLabelOffset = 4;  // px between a mark and its label

// The mark's extent and where a label after it starts (inside a bar long enough to hold text).
void place_mark(PlacedItem& out, const TimelineEvent& item, const TimeScale& scale, const TimelineMetrics& m,
                double left, double right) {
  const long first = day_of(item.place.first);
  const long last = day_of(item.place.last);
  switch (item.place.kind) {
    case MarkKind::point: {
      const double cx = (scale.x(first) + scale.x_end(first)) / 2;
      out.mark_x0 = cx - m.point_radius;
      out.mark_x1 = cx + m.point_radius;
      out.label_x = out.mark_x1 + kLabelOffset;
      break;
    }
    case MarkKind::range:
    case MarkKind::between:
      out.mark_x0 = scale.x(first);
      out.mark_x1 = std::max(scale.x_end(last), out.mark_x0 + 2 * m.point_radius);
      // Text starts inside a bar long enough to show it does; a stub of a bar keeps it clear.
      out.label_x = out.mark_x1 - out.mark_x0 >= 40 ? out.mark_x0 + kLabelOffset : out.mark_x1 + kLabelOffset;
      break;
    case MarkKind::before:
      out.mark_x1 = scale.x_end(last);
      out.mark_x0 = std::max(left, out.mark_x1 - m.arrow_length);
      out.label_x = out.mark_x1 + kLabelOffset;
      break;
    case MarkKind::after:
      out.mark_x0 = scale.x(first);
      out.mark_x1 = std::min(right, out.mark_x0 + m.arrow_length);
      out.label_x = out.mark_x1 + kLabelOffset;
      break;
    case MarkKind::undated: break;
  }
}

// Free px from `x` rightwards up to the figure's edge or the next axis break.
double room_after(double x, const TimeScale& scale, double right) {
  double limit = right;
  for (const auto& [b0, b1] : scale.breaks())
    if (b1 > x) limit = std::min(limit, b0);
  return std::max(0.0, limit - x);
}

// Free px from `x` leftwards down to the plot's left edge or the previous axis break.
double room_before(double x, const TimeScale& scale, double left) {
  double limit = left;
  for (const auto& [b0, b1] : scale.breaks())
    if (b0 < x) limit = std::max(limit, b1);
  return std::max(0.0, x - limit);
}

}  // namespace

PlacedItem place_item(const TimelineEvent& item, const TimeScale& scale, const RenderStyle& style, double left,
                      double right) {
  const TimelineMetrics& m = style.timeline;
  const double font = style.font_size;
  PlacedItem out;
  place_mark(out, item, scale, m, left, right);
  const std::string& title = item.event->title.empty() ? item.event->id : item.event->title;
  // One line may start inside a bar; several would be crossed by its edges, so they follow it.
  const double inside_x = out.label_x;
  const double after_x = std::max(out.label_x, out.mark_x1 + kLabelOffset);
  const double before_x = out.mark_x0 - kLabelOffset;
  const double room_inside = room_after(inside_x, scale, right);
  const double room_right = room_after(after_x, scale, right);
  const double room_left = room_before(before_x, scale, left);

  // In order of preference: one line after the mark, one line before it, a few lines after,
  // a few lines before; then lines wider than label_max_width on the roomier side; last, cut.
  struct Try {
    double x;
    bool before;
    int lines;
    double max_px;
    LineCount count = LineCount::fewest;
  };
  const bool roomier_before = room_left > room_right;
  const double wide = std::max(room_right, room_left);
  const Try tries[] = {{inside_x, false, 1, std::min(m.label_max_width, room_inside)},
                       {before_x, true, 1, std::min(m.label_max_width, room_left)},
                       {after_x, false, m.label_max_lines, std::min(m.label_max_width, room_right)},
                       {before_x, true, m.label_max_lines, std::min(m.label_max_width, room_left)},
                       {roomier_before ? before_x : after_x, roomier_before, m.label_max_lines, wide, LineCount::most}};
  std::vector<std::string> lines;
  const Try* chosen = nullptr;
  for (const Try& t : tries) {
    lines = wrap_to_width(style, title, font, t.max_px, t.lines, t.count);
    if (!lines.empty()) {
      chosen = &t;
      break;
    }
  }
  if (!chosen) {
    chosen = &tries[4];
    lines = fit_label(style, title, font, std::min(m.label_max_width, wide), m.label_max_lines).lines;
  }
  out.label_before = chosen->before;
  out.label_x = chosen->x;
  out.lines = std::move(lines);
  for (const std::string& line : out.lines) out.label_width = std::max(out.label_width, style.text_width(line, font));
  out.rows = static_cast<int>(out.lines.size());
  return out;
}

PackItem extent(const PlacedItem& item) {
  if (item.label_before) return {std::min(item.mark_x0, item.label_x - item.label_width), item.mark_x1, item.rows};
  return {item.mark_x0, std::max(item.mark_x1, item.label_x + item.label_width), item.rows};
}

}  // namespace evgraph::detail
