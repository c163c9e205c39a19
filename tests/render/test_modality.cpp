// Honest marks: what the articles claim about an event (planned, possible, reported, denied) and
// an unsure extraction are drawn, with a legend entry each, in the timeline and in the graph.
#include "fixture.hpp"
#include "render_checks.hpp"
#include "test_support.hpp"

#include <evgraph/error.hpp>
#include <evgraph/render.hpp>

#include <doctest/doctest.h>

#include <cstdlib>

using namespace evgraph;
using namespace evgraph::test;

namespace {

// The <g> of one event in a timeline SVG, up to its end.
std::string group_of(const std::string& svg, const std::string& id) {
  const auto at = svg.find("<g id=\"evg-ev-" + id + "\"");
  REQUIRE_MESSAGE(at != std::string::npos, id);
  return svg.substr(at, svg.find("</g>", at) - at);
}

// The DOT statement of one node.
std::string node_of(const std::string& dot, const std::string& id) {
  const auto at = dot.find("\"" + id + "\"\t[");
  REQUIRE_MESSAGE(at != std::string::npos, id);
  return dot.substr(at, dot.find("];", at) - at);
}

}  // namespace

TEST_CASE("timeline: modality and confidence marks, each with a legend entry") {
  const std::string svg = render_timeline_svg(modal_graph(), test::resources());
  // happened: a filled dot, plain label.
  const std::string fact = group_of(svg, "ev-trump-putin-call");
  CHECK(fact.find("class=\"evg-dot evg-t3 evg-mk\"") != std::string::npos);
  CHECK(fact.find("evg-hollow") == std::string::npos);
  CHECK(fact.find("class=\"evg-text evg-label\"") != std::string::npos);
  // planned: hollow bar. possible: hollow dot with a dashed outline.
  CHECK(group_of(svg, "ev-hague-summit").find("evg-mk evg-hollow\"") != std::string::npos);
  CHECK(group_of(svg, "ev-us-troops").find("evg-mk evg-hollow evg-dashed\"") != std::string::npos);
  // reported: solid with a dotted outline (the bound of a "before" arrow), italic label.
  const std::string reported = group_of(svg, "ev-alaska-meeting");
  CHECK(reported.find("evg-bound evg-t0 evg-mk evg-dotted\"") != std::string::npos);
  CHECK(reported.find("evg-head evg-t0 evg-mk\"") != std::string::npos);
  CHECK(reported.find("evg-label evg-italic\"") != std::string::npos);
  // denied: hollow, label struck through.
  const std::string denied = group_of(svg, "ev-trump-rejects");
  CHECK(denied.find("evg-hollow") != std::string::npos);
  CHECK(denied.find("evg-label evg-struck\"") != std::string::npos);
  // unsure: lighter; the tooltip says how sure.
  CHECK(svg.find("<g id=\"evg-ev-ev-kyiv-visit\" class=\"evg-ev evg-low\">") != std::string::npos);
  CHECK(group_of(svg, "ev-kyiv-visit").find("a eu lieu · confiance 45 %") != std::string::npos);
  CHECK(svg.find("<g id=\"evg-ev-ev-trump-putin-call\" class=\"evg-ev\">") != std::string::npos);
  CHECK(svg.find(".evg-low .evg-mk{opacity:0.45}") != std::string::npos);
  CHECK(svg.find("text.evg-struck,text.evg-struck tspan{text-decoration:line-through}") != std::string::npos);
  // The legend names each, in the words of the language, the word itself styled like a label.
  for (const char* entry : {">a eu lieu</text>", ">prévu</text>", ">possible</text>",
                            "evg-small evg-italic\">rapporté</text>", "evg-small evg-struck\">démenti</text>",
                            ">confiance &lt; 60 %</text>"})
    CHECK_MESSAGE(svg.find(entry) != std::string::npos, entry);
  TimelineOptions en;
  en.lang = "en";
  const std::string english = render_timeline_svg(modal_graph(), test::resources(), en);
  for (const char* entry : {">happened</text>", ">planned</text>", ">reported</text>", ">denied</text>",
                            ">confidence &lt; 60%</text>"})
    CHECK_MESSAGE(english.find(entry) != std::string::npos, entry);
  CHECK(rsvg_status(svg) == 0);
  // A timeline of facts, all sure, needs none of these entries.
  const std::string facts = render_timeline_svg(sample_graph(), test::resources());
  CHECK(facts.find(">a eu lieu</text>") == std::string::npos);
  CHECK(facts.find("confiance &lt;") == std::string::npos);
}

TEST_CASE("style: modality looks and the confidence threshold come from the style") {
  const DataStore data;
  TempDir dir;
  write_file(dir.path() / "style.yaml",
             "modality:\n  planned: {fill: solid, outline: dashed, label: italic}\nconfidence: {low_below: 0.9}\n");
  const RenderStyle style = load_style(data, disk_env(), dir.path() / "style.yaml");
  CHECK(style.modality_look("planned").outline == MarkOutline::dashed);
  CHECK(style.modality_look("denied").label == LabelLook::struck);  // the defaults stay
  CHECK(style.modality_look("rumoured").fill == MarkFill::solid);   // unknown: drawn as happened
  const Resources styled(disk_env(), DataStore{}, style);
  const std::string svg = render_timeline_svg(modal_graph(), styled);
  const std::string planned = group_of(svg, "ev-hague-summit");
  CHECK(planned.find("evg-mk evg-dashed\"") != std::string::npos);
  CHECK(planned.find("evg-hollow") == std::string::npos);
  CHECK(planned.find("evg-label evg-italic") != std::string::npos);
  CHECK(svg.find("<g id=\"evg-ev-ev-london-chiefs\" class=\"evg-ev evg-low\">") != std::string::npos);  // 0.8 < 0.9

  // A bad value is an error that says where.
  write_file(dir.path() / "bad.yaml", "modality:\n  planned: {fill: empty}\n");
  try {
    load_style(data, disk_env(), dir.path() / "bad.yaml");
    FAIL("expected a ConfigError");
  } catch (const ConfigError& e) {
    CHECK(std::string(e.what()).find("bad.yaml:2:") != std::string::npos);
  }
  write_file(dir.path() / "bad-lines.yaml", "timeline:\n  label_max_lines: 0\n");
  CHECK_THROWS_AS(load_style(data, disk_env(), dir.path() / "bad-lines.yaml"), ConfigError);
}

TEST_CASE("graph: modality and confidence in DOT and SVG, with a legend") {
  const std::string dot = render_dot(modal_graph(), test::resources());
  CHECK(node_of(dot, "ev-trump-putin-call").find("style=\"rounded,filled\"") != std::string::npos);
  CHECK(node_of(dot, "ev-hague-summit").find("style=rounded,") != std::string::npos);
  CHECK(node_of(dot, "ev-us-troops").find("style=\"rounded,dashed\"") != std::string::npos);
  const std::string reported = node_of(dot, "ev-alaska-meeting");
  CHECK(reported.find("style=\"rounded,filled,dotted\"") != std::string::npos);
  CHECK_MESSAGE(reported.find("label=<<I>Rencontre en Alaska entre<BR/>Trump et Poutine</I><BR/>avant le 19 août 2025>") !=
        std::string::npos, reported);
  const std::string denied = node_of(dot, "ev-trump-rejects");
  CHECK(denied.find("style=rounded,") != std::string::npos);
  CHECK(denied.find("label=<<S>Trump refuse publiquement les<BR/>Tomahawk à Kiev</S><BR/>début novembre 2025>") !=
        std::string::npos);
  // Unsure: see-through colours (alpha 0.45 of 255 is 0x73).
  const std::string unsure = node_of(dot, "ev-kyiv-visit");
  CHECK(unsure.find("color=\"#0f8a7e73\"") != std::string::npos);
  CHECK(unsure.find("fillcolor=\"#dbe9f673\"") != std::string::npos);
  // The legend under the drawing, in the graph's language.
  CHECK(dot.find(">prévu</TD>") != std::string::npos);
  CHECK(dot.find("<S>démenti</S>") != std::string::npos);
  CHECK(dot.find("confiance &lt; 60 %") != std::string::npos);
  CHECK(dot.find("labelloc=b") != std::string::npos);
  CHECK(render_dot(sample_graph(), test::resources()).find("<TABLE") == std::string::npos);  // facts, all sure

  // Graphviz reads it back and draws the struck and italic labels.
  TempDir dir;
  write_file(dir.path() / "g.dot", dot);
  const std::string svg_path = (dir.path() / "g.svg").string();
  REQUIRE(std::system(("dot -Tsvg '" + (dir.path() / "g.dot").string() + "' -o '" + svg_path + "' 2>/dev/null").c_str()) ==
          0);
  const std::string from_dot = read_file(svg_path);
  CHECK(from_dot.find("text-decoration=\"line-through\"") != std::string::npos);
  CHECK(from_dot.find("font-style=\"italic\"") != std::string::npos);
  const std::string svg = render_graph_svg(modal_graph(), test::resources());
  CHECK(svg.find("text-decoration=\"line-through\"") != std::string::npos);
  CHECK(svg.find("stroke-dasharray") != std::string::npos);
  CHECK(svg.find(">prévu</text>") != std::string::npos);
  GraphRenderOptions en;
  en.lang = "en";
  CHECK(render_dot(modal_graph(), test::resources(), en).find(">planned</TD>") != std::string::npos);
}
