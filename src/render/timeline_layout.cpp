#include "timeline_layout.hpp"

#include "label_packing.hpp"
#include "text_util.hpp"

#include <evgraph/error.hpp>

#include <algorithm>
#include <cmath>

namespace evgraph::detail {
namespace {

DaySpan domain_of(const TimelineSelection& selection, const TimelineOptions& options) {
  long first = 0;
  long last = 0;
  if (!selection.events.empty()) {
    first = day_of(selection.events.front().place.first);
    last = first;
    for (const TimelineEvent& item : selection.events) {
      first = std::min(first, day_of(item.place.first));
      last = std::max(last, day_of(item.place.last));
    }
    // Room either side so the first and last marks do not sit on the frame.
    const long pad = std::max(2L, std::lround(0.02 * static_cast<double>(last - first + 1)));
    first -= pad;
    last += pad;
  } else {
    const Date anchor = options.from ? *options.from: options.to ? *options.to: Date(2000, 1, 1);
    first = day_of(anchor);
    last = first + 30;
  }
  if (options.from) first = day_of(*options.from);
  if (options.to) last = std::max(first, day_of(*options.to));
  // The axis floors its first tick to a round year (at most a century back) and steps one tick
  // past its end: a year kept free at the start and a century at the end keep every tick a
  // date the calendar has, whatever the events' dates.
  const long lowest = day_of(Date(static_cast<unsigned short>(kFirstYear + 1), 1, 1));
  const long highest = day_of(Date(static_cast<unsigned short>(kLastYear - 101), 12, 31));
  first = std::clamp(first, lowest, highest);
  last = std::clamp(last, first, highest);
  return {first, last};
}

// Mark extent and label position of one event; the label goes right of the mark (inside a bar)
// unless that runs past the right edge, then left of it, cut to the room there is.
PlacedItem place_item(const TimelineEvent& item, const TimeScale& scale, const RenderStyle& style, double left,
                      double right) {
  const TimelineMetrics& m = style.timeline;
  const double font = style.font_size;
  PlacedItem out;
  const long first = day_of(item.place.first);
  const long last = day_of(item.place.last);
  switch (item.place.kind) {
    case MarkKind::point: {
      const double cx = (scale.x(first) + scale.x_end(first)) / 2;
      out.mark_x0 = cx - m.point_radius;
      out.mark_x1 = cx + m.point_radius;
      out.label_x = out.mark_x1 + 4;
      break;
    }
    case MarkKind::range:
    case MarkKind::between:
      out.mark_x0 = scale.x(first);
      out.mark_x1 = std::max(scale.x_end(last), out.mark_x0 + 2 * m.point_radius);
      // Text starts inside a bar long enough to show it does; a stub of a bar keeps it clear.
      out.label_x = out.mark_x1 - out.mark_x0 >= 40 ? out.mark_x0 + 4 : out.mark_x1 + 4;
      break;
    case MarkKind::before:
      out.mark_x1 = scale.x_end(last);
      out.mark_x0 = std::max(left, out.mark_x1 - m.arrow_length);
      out.label_x = out.mark_x1 + 4;
      break;
    case MarkKind::after:
      out.mark_x0 = scale.x(first);
      out.mark_x1 = std::min(right, out.mark_x0 + m.arrow_length);
      out.label_x = out.mark_x1 + 4;
      break;
    case MarkKind::undated: break;
  }
  const std::string& title = item.event->title.empty() ? item.event->id : item.event->title;
  out.label = fit_width(style, title, font, m.label_max_width);
  const double width = style.text_width(out.label, font);
  // A label that would run across an axis break goes left of its mark when it fits there.
  auto crosses_break = [&](double x0, double x1) {
    for (const auto& [b0, b1] : scale.breaks())
      if (x0 < b1 && b0 < x1) return true;
    return false;
  };
  const bool label_inside_bar = out.label_x < out.mark_x1;
  if (!label_inside_bar && crosses_break(out.label_x, out.label_x + width) &&
      out.mark_x0 - 4 - width >= left && !crosses_break(out.mark_x0 - 4 - width, out.mark_x0 - 4)) {
    out.label_before = true;
    out.label_x = out.mark_x0 - 4;
    return out;
  }
  if (out.label_x + width > right) {
    const double room_right = right - out.label_x;
    const double room_left = out.mark_x0 - 4 - left;
    if (room_left > room_right) {
      out.label_before = true;
      out.label_x = out.mark_x0 - 4;
      out.label = fit_width(style, out.label, font, room_left);
    } else {
      out.label = fit_width(style, out.label, font, std::max(0.0, room_right));
    }
  }
  return out;
}

PackItem extent(const PlacedItem& item, const RenderStyle& style) {
  const double width = style.text_width(item.label, style.font_size);
  if (item.label_before) return {std::min(item.mark_x0, item.label_x - width), item.mark_x1};
  return {item.mark_x0, std::max(item.mark_x1, item.label_x + width)};
}

}  // namespace

TimelineLayout lay_out_timeline(const TimelineSelection& selection, const TimelineOptions& options,
                                const RenderStyle& style, const LocaleStrings& words, double legend_height) {
  const TimelineMetrics& m = style.timeline;
  const double font = style.font_size;
  const double width = options.print ? options.print_width_mm * 96.0 / 25.4 : options.width_px;

  double lane_column = 0;
  std::vector<std::string> lane_labels;
  for (const Lane& lane : selection.lanes) {
    lane_labels.push_back(fit_width(style, lane.label, font, m.lane_label_max_width));
    lane_column = std::max(lane_column, style.text_width(lane_labels.back(), font) + 14);
  }
  bool has_before = false;
  bool has_after = false;
  std::vector<DaySpan> covered;
  for (const TimelineEvent& item : selection.events) {
    has_before = has_before || item.place.kind == MarkKind::before;
    has_after = has_after || item.place.kind == MarkKind::after;
    covered.push_back({day_of(item.place.first), day_of(item.place.last)});
  }
  const double left = m.margin + lane_column;
  const double right = width - m.margin;
  const double plot_x0 = left + (has_before ? m.arrow_length : 6);
  const double plot_x1 = right - (has_after ? m.arrow_length : 6);
  if (plot_x1 - plot_x0 < 60) throw RenderError("timeline: the figure is too narrow for its lane labels");

  TimelineLayout out{width, plot_x0, plot_x1, m.margin, 0, 0, 0,
                     TimeScale(domain_of(selection, options), covered, plot_x0, plot_x1, m), {}, {}};
  out.axis = make_axis(out.scale, words, style);

  double y = out.lanes_top;
  for (std::size_t l = 0; l < selection.lanes.size(); ++l) {
    LaneBox lane;
    lane.label = lane_labels[l];
    lane.top = y;
    std::vector<PackItem> extents;
    for (std::size_t index : selection.lanes[l].events) {
      PlacedItem item = place_item(selection.events[index], out.scale, style, left, right);
      item.event = index;
      extents.push_back(extent(item, style));
      lane.items.push_back(std::move(item));
    }
    const Packing packing = pack_rows(extents, m.label_gap);
    const double first_row = y + m.lane_padding;
    for (std::size_t i = 0; i < lane.items.size(); ++i)
      lane.items[i].cy = first_row + (packing.rows[i] + 0.5) * m.row_height;
    lane.bottom = first_row + std::max(1, packing.row_count) * m.row_height + m.lane_padding;
    lane.label_y = first_row + 0.5 * m.row_height + 0.35 * font;
    y = lane.bottom;
    out.lanes.push_back(std::move(lane));
  }
  if (out.lanes.empty()) y += m.row_height + 2 * m.lane_padding;
  out.axis_y = y;
  out.legend_y = out.axis_y + m.axis_height;
  out.height = out.legend_y + legend_height + m.margin;
  return out;
}

}  // namespace evgraph::detail
