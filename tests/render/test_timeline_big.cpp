// Timelines of big corpora and labels that read whole: the most reported events that fit, said
// to be a selection, a density strip of all of them, and no label cut or crossing an axis break.
#include "fixture.hpp"
#include "render_checks.hpp"
#include "test_support.hpp"

#include "render/timeline_layout.hpp"

#include <evgraph/render.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <regex>
#include <set>

using namespace evgraph;
using namespace evgraph::test;

namespace {


double svg_height(const std::string& svg) {
  std::smatch match;
  REQUIRE(std::regex_search(svg, match, std::regex("<svg [^>]*height=\"([0-9.]+)\"")));
  return std::stod(match[1].str());
}

// Text of every label (the lines of a wrapped one joined), in drawing order.
std::vector<std::string> labels(const std::string& svg) {
  std::vector<std::string> out;
  const std::regex label("<text [^>]*class=\"evg-text evg-label[^\"]*\">(.*)</text>");
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), label); it != std::sregex_iterator(); ++it)
    out.push_back(std::regex_replace((*it)[1].str(), std::regex("</?tspan[^>]*>"), " "));
  return out;
}

std::set<std::string> drawn_ids(const std::string& svg) {
  std::set<std::string> ids;
  const std::regex group("<g id=\"evg-ev-([^\"]*)\" class=\"evg-ev");
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), group); it != std::sregex_iterator(); ++it)
    ids.insert((*it)[1].str());
  return ids;
}

// Every label of `layout` clear of the axis breaks and inside the figure; none cut.
void check_labels(const detail::TimelineLayout& layout, const RenderStyle& style) {
  for (const detail::LaneBox& lane : layout.lanes)
    for (const detail::PlacedItem& item : lane.items) {
      const double x0 = item.label_before ? item.label_x - item.label_width : item.label_x;
      const double x1 = item.label_before ? item.label_x : item.label_x + item.label_width;
      CHECK(x0 >= style.timeline.margin - 0.01);
      CHECK(x1 <= layout.width - style.timeline.margin + 0.01);
      for (const auto& gap : layout.scale.breaks())  // no structured binding: doctest's lambdas capture it
        CHECK_MESSAGE(!(x0 < gap.second && gap.first < x1), item.lines.front());
      for (const std::string& line : item.lines) CHECK_MESSAGE(line.find("\xE2\x80\xA6") == std::string::npos, line);
    }
}

}  // namespace

TEST_CASE("big timeline: the most reported events that fit, said to be a selection, within three screens") {
  const GraphModel model = generated_graph(20000);
  const std::string svg = render_timeline_svg(model, test::resources());
  CHECK(svg_height(svg) <= 3 * 1000);
  const std::set<std::string> drawn = drawn_ids(svg);
  REQUIRE(drawn.size() > 20);
  REQUIRE(drawn.size() < 1000);
  CHECK(svg.find("evg-note\">" + std::to_string(drawn.size()) + " événements affichés sur 20000 : les plus rapportés<") !=
        std::string::npos);
  // No event left out is reported by more documents than one drawn.
  std::size_t least_drawn = 1000;
  std::size_t most_left_out = 0;
  for (const Event& e : model.events) {
    if (drawn.count(e.id))
      least_drawn = std::min(least_drawn, e.salience.documents);
    else
      most_left_out = std::max(most_left_out, e.salience.documents);
  }
  CHECK(least_drawn >= most_left_out);
  CHECK(least_drawn > 1);
  // The strip under the axis counts all of them, per week over five years at 1000 px.
  CHECK(count_occurrences(svg, "class=\"evg-density\"") == 1);
  CHECK(svg.find("barres : événements par semaine (au plus ") != std::string::npos);
  for (const std::string& label : labels(svg)) CHECK_MESSAGE(label.find("\xE2\x80\xA6") == std::string::npos, label);
  std::string errors;
  CHECK_MESSAGE(xmllint_status(svg, errors) == 0, errors);
  CHECK(svg == render_timeline_svg(model, test::resources()));

  // Wider figures fit more events; English words.
  TimelineOptions wide;
  wide.width_px = 2000;
  wide.lang = "en";
  const std::string english = render_timeline_svg(model, test::resources(), wide);
  CHECK(drawn_ids(english).size() > drawn.size());
  CHECK(english.find(" of 20000 events shown: the most reported<") != std::string::npos);
  CHECK(svg_height(english) <= 3 * 1000);
}

TEST_CASE("big timeline: all_events keeps every event and needs no strip") {
  const GraphModel model = generated_graph(1500);
  TimelineOptions all;
  all.all_events = true;
  const std::string svg = render_timeline_svg(model, test::resources(), all);
  CHECK(drawn_ids(svg).size() == 1500);
  CHECK(svg.find("evg-note\">") == std::string::npos);
  CHECK(svg.find("class=\"evg-density\"") == std::string::npos);
  // A corpus that fits is drawn whole by default, also without note or strip.
  const std::string small = render_timeline_svg(sample_graph(), test::resources());
  CHECK(count_occurrences(small, "class=\"evg-ev") == 15);
  CHECK(small.find("evg-note\">") == std::string::npos);
  CHECK(small.find("class=\"evg-density\"") == std::string::npos);
}

TEST_CASE("labels: whole at the default width, clear of axis breaks at every width") {
  const RenderStyle& style = test::resources().style();
  const LocaleStrings& fr = test::resources().language("fr").locale();
  for (const GraphModel& model : {sample_graph(), generated_graph(3000)}) {
    for (double width : {700.0, 1000.0, 1400.0, 2400.0}) {
      TimelineOptions options;
      options.width_px = width;
      for (const char* lanes : {"type", "actor"}) {
        options.lanes = lanes;
        const detail::TimelineSelection selection = detail::select_events(model, options, style, fr);
        const detail::TimelineLayout layout = detail::lay_out_timeline(selection, options, style, fr);
        CAPTURE(width);
        CAPTURE(lanes);
        check_labels(layout, style);
      }
    }
  }
}

TEST_CASE("labels: a title too long for two lines is wrapped, and cut only when nothing fits") {
  GraphModel model = sample_graph();
  Event& first = model.events.front();
  auto group_of = [&](const std::string& svg) {
    const auto at = svg.find("id=\"evg-ev-" + first.id + "\"");
    REQUIRE(at != std::string::npos);
    return svg.substr(at, svg.find("</g>", at) - at);
  };
  // Past two lines of label_max_width, the lines widen into the room there is.
  first.title = "Une réunion au titre vraiment très long, bien plus long que soixante caractères, et même que cent";
  std::string group = group_of(render_timeline_svg(model, test::resources()));
  CHECK(count_occurrences(group, "<tspan") == 2);
  CHECK(group.find("\xE2\x80\xA6") == std::string::npos);
  std::string huge;
  for (int i = 0; i < 30; ++i) huge += "encore des mots ";
  first.title = huge;
  group = group_of(render_timeline_svg(model, test::resources()));
  CHECK_MESSAGE(count_occurrences(group, "<tspan") == 2, group);
  CHECK(group.find("\xE2\x80\xA6</tspan>") != std::string::npos);
}
