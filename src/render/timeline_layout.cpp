#include "timeline_layout.hpp"

#include "label_packing.hpp"
#include "text_util.hpp"
#include "timeline_salience.hpp"

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
  return {first, last};
}

// Items of each event, placed on first use: a big corpus only ever places the few it draws.
class Placements {
 public:
  Placements(const TimelineSelection& selection, const TimeScale& scale, const RenderStyle& style, double left,
             double right)
      : m_selection(selection), m_scale(scale), m_style(style), m_left(left), m_right(right),
        m_items(selection.events.size()) {}
  const PlacedItem& at(std::size_t event) {
    std::optional<PlacedItem>& item = m_items[event];
    if (!item) {
      item = place_item(m_selection.events[event], m_scale, m_style, m_left, m_right);
      item->event = event;
    }
    return *item;
  }

 private:
  const TimelineSelection& m_selection;
  const TimeScale& m_scale;
  const RenderStyle& m_style;
  double m_left;
  double m_right;
  std::vector<std::optional<PlacedItem>> m_items;
};

}  // namespace

TimelineLayout lay_out_timeline(const TimelineSelection& selection, const TimelineOptions& options,
                                const RenderStyle& style, const LocaleStrings& words) {
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
  std::vector<double> label_px;  // room after each event for its label, which breaks keep clear
  for (const TimelineEvent& item : selection.events) {
    has_before = has_before || item.place.kind == MarkKind::before;
    has_after = has_after || item.place.kind == MarkKind::after;
    covered.push_back({day_of(item.place.first), day_of(item.place.last)});
    const std::string& title = item.event->title.empty() ? item.event->id : item.event->title;
    label_px.push_back(std::min(m.label_max_width, style.text_width(title, font)) + m.point_radius + m.label_gap);
  }
  const double left = m.margin + lane_column;
  const double right = width - m.margin;
  const double plot_x0 = left + (has_before ? m.arrow_length : 6);
  const double plot_x1 = right - (has_after ? m.arrow_length : 6);
  if (plot_x1 - plot_x0 < 60) throw RenderError("timeline: the figure is too narrow for its lane labels");

  TimelineLayout out;
  out.width = width;
  out.plot_x0 = plot_x0;
  out.plot_x1 = plot_x1;
  out.scale = TimeScale(domain_of(selection, options), covered, plot_x0, plot_x1, m, label_px);
  out.axis = make_axis(out.scale, words, style);

  // Which events are drawn: the k most reported, k as large as the rows allow.
  const std::size_t total = selection.events.size();
  const std::vector<std::size_t> order = by_salience(selection, options.changes);
  std::vector<std::size_t> rank(total);
  for (std::size_t r = 0; r < total; ++r) rank[order[r]] = r;
  Placements placements(selection, out.scale, style, left, right);
  auto lane_extents = [&](const Lane& lane, std::size_t k) {
    std::vector<PackItem> extents;
    for (std::size_t index : lane.events)
      if (rank[index] < k) extents.push_back(extent(placements.at(index)));
    return extents;
  };
  auto rows_for = [&](std::size_t k) {
    int rows = 0;
    for (const Lane& lane : selection.lanes) rows += pack_rows(lane_extents(lane, k), m.label_gap).row_count;
    return rows;
  };
  out.shown = options.all_events ? total : fitting_count(total, m.max_rows, rows_for);
  out.drawn.assign(total, false);
  for (std::size_t r = 0; r < out.shown; ++r) out.drawn[order[r]] = true;

  double y = m.margin;
  if (out.shown < total) {
    out.note_y = y + 0.5 * m.legend_row_height + 0.35 * style.font_size;
    y += m.legend_row_height + 4;
  }
  out.lanes_top = y;
  for (std::size_t l = 0; l < selection.lanes.size(); ++l) {
    const Lane& source = selection.lanes[l];
    LaneBox lane;
    lane.label = lane_labels[l];
    lane.top = y;
    std::vector<PackItem> extents;
    for (std::size_t index : source.events) {
      if (!out.drawn[index]) continue;
      lane.items.push_back(placements.at(index));
      extents.push_back(extent(lane.items.back()));
    }
    if (lane.items.empty() && !source.events.empty()) continue;  // all its events left out
    const Packing packing = pack_rows(extents, m.label_gap);
    const double first_row = y + m.lane_padding;
    for (std::size_t i = 0; i < lane.items.size(); ++i)
      lane.items[i].cy = first_row + (packing.rows[i] + 0.5 * lane.items[i].rows) * m.row_height;
    lane.bottom = first_row + std::max(1, packing.row_count) * m.row_height + m.lane_padding;
    lane.label_y = first_row + 0.5 * m.row_height + 0.35 * font;
    y = lane.bottom;
    out.lanes.push_back(std::move(lane));
  }
  if (out.lanes.empty()) y += m.row_height + 2 * m.lane_padding;
  out.axis_y = y;
  y += m.axis_height;
  const bool strip = m.density_strip == "always" || (m.density_strip == "auto" && out.shown < total);
  if (strip && total > 0) {
    out.density = density_strip(selection, out.scale);
    out.density_y = y + m.density_height;
    y = out.density_y + m.legend_row_height + 4;  // the bars, then their caption
  }
  out.legend_y = y;
  return out;
}

}  // namespace evgraph::detail
