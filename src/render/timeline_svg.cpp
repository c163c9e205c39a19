// render_timeline_svg: draws the laid-out timeline as a self-contained SVG.
#include "svg_writer.hpp"
#include "text_util.hpp"
#include "timeline_css.hpp"
#include "timeline_layout.hpp"
#include "timeline_legend.hpp"
#include "timeline_marks.hpp"

#include <evgraph/error.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace evgraph {
namespace detail {
namespace {

// The colour class of a mark: its event type's, or in a diff its status'.
std::string mark_class(const std::string& p, const TimelineEvent& entry, const ChangeMarks* changes) {
  if (changes) return fmt::format("{}-s-{}", p, to_string(changes->node(entry.event->id)));
  return fmt::format("{}-t{}", p, entry.type_index);
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
  // What the articles claim and how sure the extraction is, which the mark only hints at.
  const std::string percent = std::to_string(static_cast<int>(std::lround(event.confidence * 100)));
  text += "\n" + xml_escape(words.phrase("modality_" + RenderStyle::modality_name(event.modality)) + " \xC2\xB7 " +
                            fill(words.phrase("confidence"), {{"percent", percent}}));
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

void draw_background(SvgWriter& svg, const std::string& p, const TimelineLayout& layout, const RenderStyle& style,
                     double height) {
  const double m = style.timeline.margin;
  svg.empty("rect", {{"width", num(layout.width)}, {"height", num(height)}, {"class", p + "-bg"}});
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

// One event: its link, its group (with the tooltip), its mark and its label, one line or several.
void draw_item(SvgWriter& svg, const std::string& p, const PlacedItem& item, const TimelineEvent& entry,
               std::set<std::string>& ids, const TimelineOptions& options, const RenderStyle& style,
               const LocaleStrings& words, const std::map<std::string, const DocumentInfo*>& documents,
               const std::map<std::string, std::string>& names) {
  const Event& event = *entry.event;
  std::string id = p + "-ev-" + safe_id(event.id);
  for (int n = 2; ids.count(id); ++n) id = p + "-ev-" + safe_id(event.id) + "-" + std::to_string(n);
  ids.insert(id);
  std::string href;
  if (!event.sources.empty()) {
    auto doc = documents.find(event.sources.front().doc);
    if (doc != documents.end()) href = document_href(*doc->second, options.links);
  }
  const ModalityLook& look = style.modality_look(event.modality);
  const bool low = style.low_confidence_event(event.confidence);
  // _top: the documentation embeds timelines with <object>, where a plain link would open the
  // article inside the figure's own small frame.
  if (!href.empty()) svg.open("a", {{"href", href}, {"xlink:href", href}, {"target", "_top"}});
  svg.open("g", {{"id", id}, {"class", p + "-ev" + (low ? " " + p + "-low" : "")}});
  svg.element_escaped("title", {}, tooltip(entry, words, documents, names));
  draw_mark(svg, p, entry.place.kind, item.mark_x0, item.mark_x1, item.cy, mark_class(p, entry, options.changes), look,
            style.timeline);
  const std::string x = num(item.label_x);
  const std::string anchor = item.label_before ? "end" : "start";
  const std::string classes = p + "-text " + p + "-label" + label_look_classes(p, look);
  const double line_height = style.timeline.label_line_height * style.font_size;
  const double first_baseline =
      item.cy + 0.35 * style.font_size - 0.5 * static_cast<double>(item.lines.size() - 1) * line_height;
  if (item.lines.size() == 1) {
    svg.element("text", {{"x", x}, {"y", num(first_baseline)}, {"text-anchor", anchor}, {"class", classes}},
                item.lines.front());
  } else {
    // On one line of markup: whitespace between the tspans would be drawn as a space.
    std::string spans;
    for (std::size_t i = 0; i < item.lines.size(); ++i)
      spans += "<tspan x=\"" + x + "\" y=\"" + num(first_baseline + static_cast<double>(i) * line_height) + "\">" +
               xml_escape(item.lines[i]) + "</tspan>";
    svg.element_escaped("text", {{"text-anchor", anchor}, {"class", classes}}, spans);
  }
  svg.close("g");
  if (!href.empty()) svg.close("a");
}

// Bars of events per day, week or month over the whole selection, under the axis, and what
// they count.
void draw_density(SvgWriter& svg, const std::string& p, const TimelineLayout& layout, const RenderStyle& style,
                  const LocaleStrings& words) {
  const DensityStrip& strip = *layout.density;
  const double bottom = layout.density_y;
  const double full = style.timeline.density_height;
  std::string d;
  for (const DensityBar& bar : strip.bars) {
    // At least a pixel, so a day with one event among busy weeks still shows.
    const double h = std::max(1.0, full * static_cast<double>(bar.count) / static_cast<double>(strip.max_count));
    d += fmt::format("M{0},{1}H{2}V{3}H{0}Z", num(bar.x0), num(bottom), num(std::max(bar.x1, bar.x0 + 0.6)),
                     num(bottom - h));
  }
  if (!d.empty()) svg.empty("path", {{"d", d}, {"class", p + "-density"}});
  svg.empty("path", {{"d", fmt::format("M{0},{1}H{2}", num(layout.plot_x0), num(bottom), num(layout.plot_x1))},
                     {"class", p + "-axis"}});
  const std::string caption = fill(words.phrase("density_" + strip.unit), {{"max", std::to_string(strip.max_count)}});
  svg.element("text", {{"x", num(layout.plot_x0)}, {"y", num(bottom + 4 + style.small_font_size)},
                       {"class", p + "-muted " + p + "-small"}},
              caption);
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
  const TimelineLayout layout = lay_out_timeline(selection, options, style, words);
  const Legend legend = make_legend(selection, layout.drawn, options, style, words, p, layout.width);
  const std::size_t total = selection.events.size();
  const double height =
      layout.legend_y + (legend.rows + (selection.undated ? 1 : 0)) * m.legend_row_height + m.margin;

  std::map<std::string, const DocumentInfo*> documents;
  for (const DocumentInfo& doc : model.corpus.documents) documents[doc.id] = &doc;
  std::map<std::string, std::string> names;
  for (const auto* list : {&model.actors, &model.places, &model.proposals})
    for (const Entity& entity : *list) names[entity.id] = entity.name;

  SvgWriter svg;
  svg.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  const std::string w = num(layout.width);
  const std::string h = num(height);
  const std::string shown_width = options.print ? num(options.print_width_mm) + "mm" : w;
  const std::string shown_height = options.print ? num(height * 25.4 / 96.0) + "mm" : h;
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
    desc = fill(words.phrase("description"), {{"count", std::to_string(total)},
                                              {"first", format_day(first, words)},
                                              {"last", format_day(last, words)}});
  }
  const std::string selection_note = fill(words.phrase("timeline_selection"),
                                          {{"shown", std::to_string(layout.shown)}, {"total", std::to_string(total)}});
  if (layout.shown < total) desc += " " + selection_note + ".";
  const std::string undated_text = fill(words.phrase("undated"), {{"count", std::to_string(selection.undated)}});
  if (selection.undated) desc += " " + undated_text;
  svg.element("desc", {{"id", p + "-desc"}}, desc);
  // The dark theme follows the reader's colour scheme unless a theme was asked for.
  const ThemeColours* dark = !options.print && options.theme.empty() ? &style.theme("dark") : nullptr;
  svg.element_escaped("style", {}, timeline_css(p, style, theme, dark, selection.types, options.changes != nullptr));

  draw_background(svg, p, layout, style, height);
  if (layout.shown < total)
    svg.element("text", {{"x", num(m.margin)}, {"y", num(layout.note_y)}, {"class", p + "-text " + p + "-note"}},
                selection_note);
  for (const LaneBox& lane : layout.lanes)
    if (!lane.label.empty())
      svg.element("text", {{"x", num(m.margin + 4)}, {"y", num(lane.label_y)}, {"class", p + "-text " + p + "-lane"}},
                  lane.label);

  std::set<std::string> ids;
  for (const LaneBox& lane : layout.lanes)
    for (const PlacedItem& item : lane.items)
      draw_item(svg, p, item, selection.events[item.event], ids, options, style, words, documents, names);
  draw_axis(svg, p, layout, style);
  if (layout.density) draw_density(svg, p, layout, style, words);

  draw_legend(svg, p, legend, layout.legend_y, style);
  if (selection.undated)
    svg.element("text", {{"x", num(m.margin)}, {"y", num(layout.legend_y + (legend.rows + 0.5) * m.legend_row_height + 3)},
                         {"class", p + "-muted " + p + "-small"}},
                undated_text);
  svg.close("svg");
  return svg.take();
}

}  // namespace evgraph
