#include "timeline_legend.hpp"

#include "text_util.hpp"
#include "timeline_marks.hpp"

#include <fmt/format.h>

#include <cmath>
#include <set>

namespace evgraph::detail {
namespace {

constexpr ChangeKind kStatuses[] = {ChangeKind::Added, ChangeKind::Removed, ChangeKind::Changed,
                                    ChangeKind::Unchanged};

constexpr double kSwatchWidth = 30;  // px from an entry's start to its text
constexpr double kEntryGap = 14;

}  // namespace

Legend make_legend(const TimelineSelection& selection, const std::vector<bool>& drawn, const TimelineOptions& options,
                   const RenderStyle& style, const LocaleStrings& words, const std::string& p, double width) {
  std::set<std::size_t> types;
  std::set<ChangeKind> statuses;
  std::set<MarkKind> kinds;
  std::set<std::string> modalities;
  bool low_confidence = false;
  for (std::size_t i = 0; i < selection.events.size(); ++i) {
    if (!drawn[i]) continue;
    const TimelineEvent& item = selection.events[i];
    types.insert(item.type_index);
    if (options.changes) statuses.insert(options.changes->node(item.event->id));
    kinds.insert(item.place.kind);
    modalities.insert(RenderStyle::modality_name(item.event->modality));
    low_confidence = low_confidence || style.low_confidence_event(item.event->confidence);
  }

  Legend legend;
  auto add = [&](LegendEntry entry) { legend.entries.push_back(std::move(entry)); };
  if (options.changes) {
    for (ChangeKind status : kStatuses)
      if (statuses.count(status))
        add({LegendEntry::Swatch::colour, fmt::format("{}-s-{}", p, to_string(status)), MarkKind::point, {},
             words.phrase(std::string("diff_") + to_string(status))});
  } else {
    for (std::size_t i : types)
      add({LegendEntry::Swatch::colour, fmt::format("{}-t{}", p, i), MarkKind::point, {},
           words.type_name(selection.types[i])});
  }
  const std::pair<MarkKind, const char*> kind_names[] = {{MarkKind::point, "legend_point"},
                                                          {MarkKind::range, "legend_range"},
                                                          {MarkKind::before, "legend_before"},
                                                          {MarkKind::after, "legend_after"},
                                                          {MarkKind::between, "legend_between"}};
  for (const auto& [kind, phrase] : kind_names)
    if (kinds.count(kind)) add({LegendEntry::Swatch::date_kind, "", kind, {}, words.phrase(phrase)});
  // Modalities only say something when they differ: a timeline of facts needs no "happened".
  if (modalities.size() > 1 || !modalities.count(kModalities[0]))
    for (const char* name : kModalities)
      if (modalities.count(name))
        add({LegendEntry::Swatch::modality, "", MarkKind::point, style.modality_look(name),
             words.phrase(std::string("modality_") + name)});
  if (low_confidence) {
    const std::string percent = std::to_string(static_cast<int>(std::lround(style.low_confidence * 100)));
    add({LegendEntry::Swatch::low_confidence, "", MarkKind::point, {},
         fill(words.phrase("low_confidence"), {{"percent", percent}})});
  }

  const double margin = style.timeline.margin;
  double x = margin;
  legend.rows = legend.entries.empty() ? 0 : 1;
  for (LegendEntry& entry : legend.entries) {
    const double w = kSwatchWidth + style.text_width(entry.text, style.small_font_size) + kEntryGap;
    if (x + w > width - margin && x > margin) {
      x = margin;
      ++legend.rows;
    }
    entry.x = x;
    entry.row = legend.rows - 1;
    x += w;
  }
  return legend;
}

void draw_legend(SvgWriter& svg, const std::string& p, const Legend& legend, double top, const RenderStyle& style) {
  const TimelineMetrics& m = style.timeline;
  for (const LegendEntry& entry : legend.entries) {
    const double cy = top + (entry.row + 0.5) * m.legend_row_height;
    const double dot_x0 = entry.x + 12 - m.point_radius;
    const double dot_x1 = entry.x + 12 + m.point_radius;
    std::string text_class = p + "-text " + p + "-small";
    switch (entry.swatch) {
      case LegendEntry::Swatch::colour:
        draw_mark(svg, p, MarkKind::point, dot_x0, dot_x1, cy, entry.colour_class, {}, m);
        break;
      case LegendEntry::Swatch::date_kind: {
        TimelineMetrics small = m;
        small.bar_height = 8;
        const bool dot = entry.kind == MarkKind::point;
        draw_mark(svg, p, entry.kind, dot ? dot_x0 : entry.x + 2, dot ? dot_x1 : entry.x + 24, cy, p + "-neutral", {},
                  small);
        break;
      }
      case LegendEntry::Swatch::modality:
        draw_mark(svg, p, MarkKind::point, dot_x0, dot_x1, cy, p + "-neutral", entry.look, m);
        // The word itself shows how labels read: "reported" in italics, "denied" struck.
        text_class += label_look_classes(p, entry.look);
        break;
      case LegendEntry::Swatch::low_confidence:
        svg.open("g", {{"class", p + "-low"}});
        draw_mark(svg, p, MarkKind::point, dot_x0, dot_x1, cy, p + "-neutral", {}, m);
        svg.close("g");
        break;
    }
    svg.element("text", {{"x", num(entry.x + kSwatchWidth)}, {"y", num(cy + 0.35 * style.small_font_size)},
                         {"class", text_class}},
                entry.text);
  }
}

}  // namespace evgraph::detail
