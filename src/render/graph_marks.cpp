#include "graph_marks.hpp"

#include "text_util.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <set>

namespace evgraph::detail {
namespace {

std::string wrap_look(const std::string& html, LabelLook look) {
  switch (look) {
    case LabelLook::plain: return html;
    case LabelLook::italic: return "<I>" + html + "</I>";
    case LabelLook::struck: return "<S>" + html + "</S>";
  }
  return html;
}

// A swatch cell: a small rounded box drawn like an event node of that look.
std::string swatch(const ModalityLook& look, const std::string& fill, const std::string& line) {
  std::string style = "rounded";
  if (look.outline == MarkOutline::dashed) style += ",dashed";
  if (look.outline == MarkOutline::dotted) style += ",dotted";
  const std::string background = look.fill == MarkFill::solid ? " BGCOLOR=\"" + fill + "\"" : "";
  return fmt::format("<TD BORDER=\"2\" STYLE=\"{}\" COLOR=\"{}\"{} WIDTH=\"26\" HEIGHT=\"14\" FIXEDSIZE=\"TRUE\"></TD>",
                     style, line, background);
}

std::string text_cell(const std::string& html) { return "<TD ALIGN=\"LEFT\">" + html + "</TD>"; }

}  // namespace

std::string event_node_style(const ModalityLook& look) {
  std::string style = "rounded";
  if (look.fill == MarkFill::solid) style += ",filled";
  if (look.outline == MarkOutline::dashed) style += ",dashed";
  if (look.outline == MarkOutline::dotted) style += ",dotted";
  return style;
}

std::string event_html_label(const std::vector<std::string>& title_lines, const std::string& date, LabelLook look) {
  std::string title;
  for (const std::string& line : title_lines) title += (title.empty() ? "" : "<BR/>") + xml_escape(line);
  return wrap_look(title, look) + "<BR/>" + xml_escape(date);
}

std::string with_opacity(const std::string& colour, double opacity) {
  if (colour.size() != 7 || colour[0] != '#') return colour;
  const int alpha = std::clamp(static_cast<int>(std::lround(opacity * 255)), 0, 255);
  return colour + fmt::format("{:02x}", alpha);
}

std::string legend_html(const GraphModel& model, const RenderStyle& style, const ThemeColours& theme,
                        const LocaleStrings& words, const std::string& note) {
  std::set<std::string> modalities;
  bool low_confidence = false;
  for (const Event& event : model.events) {
    modalities.insert(RenderStyle::modality_name(event.modality));
    low_confidence = low_confidence || style.low_confidence_event(event.confidence);
  }
  const std::string fill_colour = theme.node_kind("event");
  const std::string line = theme.muted;
  std::string cells;
  int columns = 0;
  // Modalities only say something when they differ: a graph of facts needs no "happened".
  if (modalities.size() > 1 || !modalities.count(kModalities[0])) {
    for (const char* name : kModalities) {
      if (!modalities.count(name)) continue;
      const ModalityLook& look = style.modality_look(name);
      cells += swatch(look, fill_colour, line) + text_cell(wrap_look(xml_escape(words.phrase(std::string("modality_") + name)), look.label));
      columns += 2;
    }
  }
  if (low_confidence) {
    const std::string percent = std::to_string(static_cast<int>(std::lround(style.low_confidence * 100)));
    cells += swatch(ModalityLook{}, with_opacity(fill_colour, style.low_confidence_opacity),
                    with_opacity(line, style.low_confidence_opacity)) +
             text_cell(xml_escape(fill(words.phrase("low_confidence"), {{"percent", percent}})));
    columns += 2;
  }
  if (columns == 0 && note.empty()) return "";
  std::string rows;
  if (!note.empty())
    rows += fmt::format("<TR><TD ALIGN=\"LEFT\" COLSPAN=\"{}\">{}</TD></TR>", std::max(1, columns), xml_escape(note));
  if (columns > 0) rows += "<TR>" + cells + "</TR>";
  return fmt::format("<FONT POINT-SIZE=\"{}\" COLOR=\"{}\"><TABLE BORDER=\"0\" CELLSPACING=\"3\" CELLPADDING=\"1\">{}</TABLE></FONT>",
                     num(style.graph_font_size - 1), theme.text, rows);
}

void set_html(void* object, const char* name, const std::string& html) {
  Agraph_t* root = agroot(object);
  const int kind = AGTYPE(object) == AGINEDGE ? AGOUTEDGE : AGTYPE(object);
  Agsym_t* symbol = agattr(root, kind, const_cast<char*>(name), nullptr);
  if (!symbol) symbol = agattr(root, kind, const_cast<char*>(name), const_cast<char*>(""));
  char* value = agstrdup_html(root, const_cast<char*>(html.c_str()));
  agxset(object, symbol, value);
  agstrfree(root, value);
}

}  // namespace evgraph::detail
