// render_timeline_svg: draws the laid-out timeline as a self-contained SVG.
#include "svg_writer.hpp"
#include "text_util.hpp"
#include "timeline_css.hpp"
#include "timeline_layout.hpp"

#include <evgraph/error.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

namespace evgraph {
namespace detail {
namespace {

struct LegendEntry {
  std::string swatch_class;  // empty for mark-kind entries
  MarkKind kind = MarkKind::point;
  std::string text;
  double x = 0;
  double row = 0;
};

constexpr ChangeKind kStatuses[] = {ChangeKind::Added, ChangeKind::Removed, ChangeKind::Changed,
                                      ChangeKind::Unchanged};

// The colour class of a mark: its event type's, or in a diff its status'.
std::string mark_class(const std::string& p, const TimelineEvent& entry, const ChangeMarks* changes) {
  if (changes) return fmt::format("{}-s-{}", p, to_string(changes->node(entry.event->id)));
  return fmt::format("{}-t{}", p, entry.type_index);
}

std::vector<LegendEntry> legend_entries(const TimelineSelection& selection, const TimelineOptions& options,
                                        const RenderStyle& style, const LocaleStrings& words, const std::string& p,
                                        double width, int& rows) {
  std::vector<LegendEntry> entries;
  if (options.changes) {
    std::set<ChangeKind> present;
    for (const TimelineEvent& item : selection.events) present.insert(options.changes->node(item.event->id));
    for (ChangeKind status : kStatuses)
      if (present.count(status))
        entries.push_back({fmt::format("{}-s-{}", p, to_string(status)), MarkKind::point,
                           words.phrase(std::string("diff_") + to_string(status))});
  } else {
    for (std::size_t i = 0; i < selection.types.size(); ++i)
      entries.push_back({fmt::format("{}-t{}", p, i), MarkKind::point, words.type_name(selection.types[i])});
  }
  std::set<MarkKind> kinds;
  for (const TimelineEvent& item : selection.events) kinds.insert(item.place.kind);
  const std::pair<MarkKind, const char*> kind_names[] = {{MarkKind::point, "legend_point"},
                                                          {MarkKind::range, "legend_range"},
                                                          {MarkKind::before, "legend_before"},
                                                          {MarkKind::after, "legend_after"},
                                                          {MarkKind::between, "legend_between"}};
  for (const auto& [kind, phrase] : kind_names)
    if (kinds.count(kind)) entries.push_back({"", kind, words.phrase(phrase)});
  const double margin = style.timeline.margin;
  double x = margin;
  rows = entries.empty() ? 0 : 1;
  for (LegendEntry& entry : entries) {
    const double w = 30 + style.text_width(entry.text, style.small_font_size) + 14;
    if (x + w > width - margin && x > margin) {
      x = margin;
      ++rows;
    }
    entry.x = x;
    entry.row = rows - 1;
    x += w;
  }
  return entries;
}

// Dot, bar, bounded arrow or dashed box; `cls` is the event type's colour class.
void draw_mark(SvgWriter& svg, const std::string& p, MarkKind kind, double x0, double x1, double cy,
               const std::string& cls, const TimelineMetrics& m) {
  const double half = m.bar_height / 2;
  switch (kind) {
    case MarkKind::point:
      svg.empty("circle", {{"cx", num((x0 + x1) / 2)}, {"cy", num(cy)}, {"r", num(m.point_radius)},
                           {"class", p + "-dot " + cls}});
      break;
    case MarkKind::range:
    case MarkKind::between:
      svg.empty("rect", {{"x", num(x0)}, {"y", num(cy - half)}, {"width", num(x1 - x0)}, {"height", num(2 * half)},
                         {"rx", "3"}, {"class", p + (kind == MarkKind::range ? "-range " : "-between ") + cls}});
      break;
    case MarkKind::before:
    case MarkKind::after: {
      // The known bound is a solid bar; the unknown side is a dashed shaft ending in a head.
      const double bound = kind == MarkKind::before ? x1 : x0;
      const double tip = kind == MarkKind::before ? x0 : x1;
      const double dir = kind == MarkKind::before ? 1 : -1;  // from the tip towards the bound
      svg.empty("path", {{"d", fmt::format("M{0},{1}V{2}", num(bound), num(cy - half), num(cy + half))},
                         {"class", p + "-bound " + cls}});
      svg.empty("path", {{"d", fmt::format("M{0},{1}H{2}", num(bound), num(cy), num(tip + dir * 6))},
                         {"class", p + "-shaft " + cls}});
      svg.empty("path", {{"d", fmt::format("M{0},{1}L{2},{3}L{2},{4}Z", num(tip), num(cy), num(tip + dir * 7),
                                            num(cy - 4), num(cy + 4))},
                         {"class", p + "-head " + cls}});
      break;
    }
    case MarkKind::undated: break;
  }
}

// "Donald Trump → Kyiv": who acts and on whom, by name.
std::string roles_line(const Event& event, const std::map<std::string, std::string>& names) {
  auto list = [&](const std::vector<std::string>& ids) {
    std::string out;
    for (const auto& id : ids) {
      auto it = names.find(id);
      out += (out.empty() ? "" : ", ") + (it == names.end() ? id : it->second);
    }
    return out;
  };
  if (event.agents.empty() && event.targets.empty()) return {};
  std::string line = list(event.agents);
  if (!event.targets.empty()) line += (line.empty() ? "\xE2\x86\x92 " : " \xE2\x86\x92 ") + list(event.targets);
  return line;
}

std::string tooltip(const TimelineEvent& item, const LocaleStrings& words,
                    const std::map<std::string, const DocumentInfo*>& documents,
                    const std::map<std::string, std::string>& names) {
  const Event& event = *item.event;
  std::string text = xml_escape(event.title) + "\n" + xml_escape(describe_date(event.date, words));
  if (const std::string roles = roles_line(event, names); !roles.empty()) text += "\n" + xml_escape(roles);
  const std::size_t shown = std::min<std::size_t>(event.sources.size(), 3);
  for (std::size_t i = 0; i < shown; ++i) {
    const Source& source = event.sources[i];
    std::string quote = clean_text(source.quote);
    const auto points = decode_utf8(quote);
    if (points.size() > 280) {
      quote.clear();
      for (std::size_t k = 0; k < 280; ++k) append_utf8(quote, points[k]);
      quote += "\xE2\x80\xA6";
    }
    auto doc = documents.find(source.doc);
    const std::string where = doc != documents.end() && !doc->second->title.empty() ? doc->second->title : source.doc;
    text += "\n\xC2\xAB " + xml_escape(quote) + " \xC2\xBB \xE2\x80\x94 " + xml_escape(where);
  }
  if (event.sources.size() > shown)
    text += "\n" + xml_escape(fill(words.phrase("sources"), {{"count", std::to_string(event.sources.size())}}));
  return text;
}

void draw_axis(SvgWriter& svg, const std::string& p, const TimelineLayout& layout, const RenderStyle& style) {
  const double y = layout.axis_y;
  for (const AxisSegment& s : layout.scale.segments())
    svg.empty("path", {{"d", fmt::format("M{0},{1}H{2}", num(s.x0), num(y), num(s.x1))}, {"class", p + "-axis"}});
  for (const auto& [x0, x1] : layout.scale.breaks()) {
    std::string d = fmt::format("M{0},{1}", num(x0), num(y));
    const int teeth = std::max(2, static_cast<int>((x1 - x0) / 5));
    for (int i = 1; i <= teeth; ++i)
      d += fmt::format("L{0},{1}", num(x0 + (x1 - x0) * i / teeth), num(y + (i % 2 ? -3.5 : 3.5) * (i < teeth)));
    svg.empty("path", {{"d", d}, {"class", p + "-axis"}});
  }
  std::string ticks;
  for (double x : layout.axis.minor_ticks) ticks += fmt::format("M{0},{1}v4", num(x), num(y));
  for (double x : layout.axis.major_ticks) ticks += fmt::format("M{0},{1}v{2}", num(x), num(y), num(2 * style.small_font_size + 10));
  if (!ticks.empty()) svg.empty("path", {{"d", ticks}, {"class", p + "-axis"}});
  const double minor_y = y + 5 + style.small_font_size;
  for (const AxisLabel& label : layout.axis.minor_labels)
    svg.element("text", {{"x", num(label.x)}, {"y", num(minor_y)}, {"text-anchor", label.centred ? "middle" : "start"},
                         {"class", p + "-muted " + p + "-small"}}, label.text);
  const double major_y = minor_y + style.small_font_size + 5;
  for (const AxisLabel& label : layout.axis.major_labels)
    svg.element("text", {{"x", num(label.x)}, {"y", num(major_y)}, {"class", p + "-text " + p + "-small " + p + "-major"}},
                label.text);
}

void draw_background(SvgWriter& svg, const std::string& p, const TimelineLayout& layout, const RenderStyle& style) {
  const double m = style.timeline.margin;
  svg.empty("rect", {{"width", num(layout.width)}, {"height", num(layout.height)}, {"class", p + "-bg"}});
  for (std::size_t i = 0; i < layout.lanes.size(); ++i) {
    if (i % 2 == 0 && layout.lanes.size() > 1)
      svg.empty("rect", {{"x", num(m)}, {"y", num(layout.lanes[i].top)}, {"width", num(layout.width - 2 * m)},
                         {"height", num(layout.lanes[i].bottom - layout.lanes[i].top)}, {"class", p + "-band"}});
  }
  std::string minor;
  std::string major;
  for (double x : layout.axis.minor_ticks) minor += fmt::format("M{0},{1}V{2}", num(x), num(layout.lanes_top), num(layout.axis_y));
  for (double x : layout.axis.major_ticks) major += fmt::format("M{0},{1}V{2}", num(x), num(layout.lanes_top), num(layout.axis_y));
  if (!minor.empty()) svg.empty("path", {{"d", minor}, {"class", p + "-grid"}});
  if (!major.empty()) svg.empty("path", {{"d", major}, {"class", p + "-grid " + p + "-strong"}});
  // Breaks: the cut stretch of time, shown as a band with zig-zag edges down the lanes.
  for (const auto& [x0, x1] : layout.scale.breaks()) {
    const double top = layout.lanes_top;
    const double bottom = layout.axis_y;
    svg.empty("rect", {{"x", num(x0)}, {"y", num(top)}, {"width", num(x1 - x0)}, {"height", num(bottom - top)},
                       {"class", p + "-break"}});
    for (double x : {x0, x1}) {
      std::string d = fmt::format("M{0},{1}", num(x), num(top));
      int i = 0;
      for (double y = top + 5; y < bottom; y += 5, ++i) d += fmt::format("L{0},{1}", num(x + (i % 2 ? -2.5 : 2.5)), num(y));
      d += fmt::format("L{0},{1}", num(x), num(bottom));
      svg.empty("path", {{"d", d}, {"class", p + "-zigzag"}});
    }
  }
}

}  // namespace
}  // namespace detail

std::string render_timeline_svg(const GraphModel& model, const Resources& resources, const TimelineOptions& options) {
  using namespace detail;
  const RenderStyle& style = resources.style();
  const TimelineMetrics& m = style.timeline;
  const LocaleStrings& words = resources.language(options.lang).locale();
  const std::string theme_name = options.print ? "print" : options.theme.empty() ? "light" : options.theme;
  const ThemeColours& theme = style.theme(theme_name);
  const std::string p = safe_id(options.id_prefix);
  const TimelineSelection selection = select_events(model, options, style, words);
  const double width = options.print ? options.print_width_mm * 96.0 / 25.4 : options.width_px;

  int legend_rows = 0;
  std::vector<LegendEntry> legend = legend_entries(selection, options, style, words, p, width, legend_rows);
  const double legend_height = (legend_rows + (selection.undated ? 1 : 0)) * m.legend_row_height;
  const TimelineLayout layout = lay_out_timeline(selection, options, style, words, legend_height);

  std::map<std::string, const DocumentInfo*> documents;
  for (const DocumentInfo& doc : model.corpus.documents) documents[doc.id] = &doc;
  std::map<std::string, std::string> names;
  for (const auto* list : {&model.actors, &model.places, &model.proposals})
    for (const Entity& entity : *list) names[entity.id] = entity.name;

  SvgWriter svg;
  svg.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  const std::string w = num(layout.width);
  const std::string h = num(layout.height);
  const std::string shown_width = options.print ? num(options.print_width_mm) + "mm" : w;
  const std::string shown_height = options.print ? num(layout.height * 25.4 / 96.0) + "mm" : h;
  svg.open("svg", {{"xmlns", "http://www.w3.org/2000/svg"}, {"xmlns:xlink", "http://www.w3.org/1999/xlink"},
                   {"version", "1.1"}, {"width", shown_width}, {"height", shown_height},
                   {"viewBox", "0 0 " + w + " " + h}, {"role", "img"},
                   {"aria-labelledby", p + "-title " + p + "-desc"}});
  const std::string title = model.corpus.name.empty() ? words.phrase("title")
                                                      : fill(words.phrase("title_corpus"), {{"name", model.corpus.name}});
  svg.element("title", {{"id", p + "-title"}}, title);
  std::string desc = words.phrase("description_empty");
  if (!selection.events.empty()) {
    Date first = selection.events.front().place.first;
    Date last = first;
    for (const TimelineEvent& item : selection.events) last = std::max(last, item.place.last);
    desc = fill(words.phrase("description"), {{"count", std::to_string(selection.events.size())},
                                              {"first", format_day(first, words)},
                                              {"last", format_day(last, words)}});
  }
  const std::string undated_text = fill(words.phrase("undated"), {{"count", std::to_string(selection.undated)}});
  if (selection.undated) desc += " " + undated_text;
  svg.element("desc", {{"id", p + "-desc"}}, desc);
  // The dark theme follows the reader's colour scheme unless a theme was asked for.
  const ThemeColours* dark = !options.print && options.theme.empty() ? &style.theme("dark") : nullptr;
  svg.element_escaped("style", {}, timeline_css(p, style, theme, dark, selection.types, options.changes != nullptr));

  draw_background(svg, p, layout, style);
  for (const LaneBox& lane : layout.lanes)
    if (!lane.label.empty())
      svg.element("text", {{"x", num(m.margin + 4)}, {"y", num(lane.label_y)}, {"class", p + "-text " + p + "-lane"}},
                  lane.label);

  std::set<std::string> ids;
  for (const LaneBox& lane : layout.lanes) {
    for (const PlacedItem& item : lane.items) {
      const TimelineEvent& entry = selection.events[item.event];
      const Event& event = *entry.event;
      std::string id = p + "-ev-" + safe_id(event.id);
      for (int n = 2; ids.count(id); ++n) id = p + "-ev-" + safe_id(event.id) + "-" + std::to_string(n);
      ids.insert(id);
      std::string href;
      if (!event.sources.empty()) {
        auto doc = documents.find(event.sources.front().doc);
        if (doc != documents.end()) href = document_href(*doc->second, options.links);
      }
      if (!href.empty()) svg.open("a", {{"href", href}, {"xlink:href", href}});
      svg.open("g", {{"id", id}, {"class", p + "-ev"}});
      svg.element_escaped("title", {}, tooltip(entry, words, documents, names));
      draw_mark(svg, p, entry.place.kind, item.mark_x0, item.mark_x1, item.cy, mark_class(p, entry, options.changes), m);
      svg.element("text", {{"x", num(item.label_x)}, {"y", num(item.cy + 0.35 * style.font_size)},
                           {"text-anchor", item.label_before ? "end" : "start"},
                           {"class", p + "-text " + p + "-label"}},
                  item.label);
      svg.close("g");
      if (!href.empty()) svg.close("a");
    }
  }
  draw_axis(svg, p, layout, style);

  const double row_h = m.legend_row_height;
  for (const LegendEntry& entry : legend) {
    const double cy = layout.legend_y + (entry.row + 0.5) * row_h;
    if (!entry.swatch_class.empty()) {
      svg.empty("circle", {{"cx", num(entry.x + 12)}, {"cy", num(cy)}, {"r", num(m.point_radius)},
                           {"class", p + "-dot " + entry.swatch_class}});
    } else {
      TimelineMetrics small = m;
      small.bar_height = 8;
      const double x0 = entry.x + (entry.kind == MarkKind::point ? 12 - m.point_radius : 2);
      draw_mark(svg, p, entry.kind, x0, entry.kind == MarkKind::point ? x0 + 2 * m.point_radius : entry.x + 24, cy,
                p + "-neutral", small);
    }
    svg.element("text", {{"x", num(entry.x + 30)}, {"y", num(cy + 0.35 * style.small_font_size)},
                         {"class", p + "-text " + p + "-small"}},
                entry.text);
  }
  if (selection.undated)
    svg.element("text", {{"x", num(m.margin)}, {"y", num(layout.legend_y + (legend_rows + 0.5) * row_h + 3)},
                         {"class", p + "-muted " + p + "-small"}},
                undated_text);
  svg.close("svg");
  return svg.take();
}

}  // namespace evgraph
