#include "timeline_css.hpp"

#include "text_util.hpp"

#include <fmt/format.h>

namespace evgraph::detail {
namespace {

std::string colour_rules(const std::string& p, const ThemeColours& t, const std::vector<std::string>& types,
                         bool with_changes) {
  std::string css;
  css += fmt::format(".{0}-bg{{fill:{1}}}.{0}-text{{fill:{2}}}.{0}-muted{{fill:{3}}}.{0}-band{{fill:{4}}}", p,
                     t.background, t.text, t.muted, t.lane_band);
  css += fmt::format(".{0}-grid{{stroke:{1}}}.{0}-axis{{stroke:{2}}}.{0}-break{{fill:{3}}}.{0}-zigzag{{stroke:{4}}}",
                     p, t.grid, t.axis, t.break_fill, t.muted);
  css += fmt::format(".{0}-neutral{{fill:{1};stroke:{1};color:{1}}}circle.{0}-dot{{stroke:{2}}}", p, t.muted,
                     t.background);
  // A halo of the background colour keeps labels readable where they cross grid lines.
  css += fmt::format("text.{0}-label{{stroke:{1}}}", p, t.background);
  // Hollow marks (planned, possible, denied) are filled with the background, outlined in `color`.
  css += fmt::format(".{0}-mk.{0}-hollow{{fill:{1};fill-opacity:1}}", p, t.background);
  css += fmt::format(".{0}-density{{fill:{1}}}", p, t.muted);
  for (std::size_t i = 0; i < types.size(); ++i) {
    const std::string& colour = t.event_type(types[i]);
    css += fmt::format(".{0}-t{1}{{fill:{2};stroke:{2};color:{2}}}", p, i, colour);
  }
  if (with_changes)
    for (const auto& [status, look] : t.changes)
      css += fmt::format(".{0}-s-{1}{{fill:{2};stroke:{2};color:{2}}}", p, to_string(status), look.line);
  return css;
}

}  // namespace

std::string timeline_css(const std::string& p, const RenderStyle& style, const ThemeColours& theme,
                         const ThemeColours* dark, const std::vector<std::string>& types, bool with_changes) {
  std::string css = "\n";
  css += fmt::format(".{0}-text,.{0}-muted{{font-family:{1}}}", p, xml_escape(style.font_family));
  css += fmt::format(".{0}-label,.{0}-lane,.{0}-note{{font-size:{1}px}}.{0}-lane,.{0}-note{{font-weight:bold}}", p,
                     num(style.font_size));
  css += fmt::format(".{0}-small{{font-size:{1}px}}.{0}-major{{font-weight:bold}}", p, num(style.small_font_size));
  css += fmt::format(".{0}-grid{{stroke-width:1}}.{0}-grid.{0}-strong{{stroke-width:1.6}}.{0}-axis{{stroke-width:1;fill:none}}", p);
  css += fmt::format("path.{0}-zigzag{{fill:none;stroke-width:1}}path.{0}-density{{fill-opacity:0.55}}", p);
  css += fmt::format("circle.{0}-dot{{stroke-width:1}}rect.{0}-range{{fill-opacity:0.22;stroke-width:1}}", p);
  css += fmt::format("rect.{0}-between{{fill-opacity:0.22;stroke-width:1}}path.{0}-bracket{{fill:none;stroke-width:1.6}}", p);
  css += fmt::format("path.{0}-shaft{{fill:none;stroke-width:1.6;stroke-dasharray:3 2}}", p);
  css += fmt::format("path.{0}-bound{{fill:none;stroke-width:2}}path.{0}-head{{stroke-width:1}}", p);
  // Modality: hollow dots are rings in the type's colour; broken outlines dashed or dotted.
  css += fmt::format("circle.{0}-dot.{0}-hollow{{stroke:currentColor;stroke-width:1.6}}", p);
  css += fmt::format("circle.{0}-ring{{fill:none;stroke:currentColor;stroke-width:1.3}}", p);
  css += fmt::format(".{0}-mk.{0}-dashed{{stroke-dasharray:3.5 2}}.{0}-mk.{0}-dotted{{stroke-dasharray:1.2 1.6}}", p);
  css += fmt::format("text.{0}-italic{{font-style:italic}}text.{0}-struck,text.{0}-struck tspan{{text-decoration:line-through}}", p);
  // Low confidence: the mark and its label lighter.
  css += fmt::format(".{0}-low .{0}-mk{{opacity:{1:.2f}}}.{0}-low text.{0}-label{{opacity:{2:.2f}}}", p,
                     style.low_confidence_opacity, (1 + style.low_confidence_opacity) / 2);
  css += fmt::format("text.{0}-label{{paint-order:stroke;stroke-width:3px;stroke-linejoin:round}}", p);
  css += fmt::format("a:hover .{0}-label{{text-decoration:underline}}\n", p);
  css += colour_rules(p, theme, types, with_changes) + "\n";
  if (dark) css += "@media (prefers-color-scheme: dark){" + colour_rules(p, *dark, types, with_changes) + "}\n";
  return css;
}

}  // namespace evgraph::detail
