#include "fixture.hpp"
#include "render_checks.hpp"
#include "test_support.hpp"

#include <evgraph/error.hpp>
#include <evgraph/render.hpp>

#include <doctest/doctest.h>

#include <regex>

using namespace evgraph;
using namespace evgraph::test;

namespace {


void check_svg(const std::string& svg) {
  std::string errors;
  CHECK_MESSAGE(xmllint_status(svg, errors) == 0, errors);
  CHECK(rsvg_status(svg) == 0);
}

}  // namespace

TEST_CASE("timeline: golden light and print figures, well-formed and rasterisable") {
  const GraphModel model = sample_graph();
  const std::string light = render_timeline_svg(model, test::resources());
  TimelineOptions print;
  print.print = true;
  print.lang = "en";
  print.lanes = "actor";
  print.id_prefix = "fig2";
  const std::string printed = render_timeline_svg(model, test::resources(), print);
  CHECK(golden_mismatch("timeline-light.svg", light) == "");
  CHECK(golden_mismatch("timeline-print.svg", printed) == "");
  check_svg(light);
  check_svg(printed);
}

TEST_CASE("timeline: the same model gives byte-identical output") {
  const GraphModel model = sample_graph();
  CHECK(render_timeline_svg(model, test::resources()) == render_timeline_svg(model, test::resources()));
}

TEST_CASE("timeline: root is accessible and every id carries the prefix") {
  TimelineOptions options;
  options.id_prefix = "fig7";
  const std::string svg = render_timeline_svg(sample_graph(), test::resources(), options);
  CHECK(svg.find("role=\"img\"") != std::string::npos);
  CHECK(svg.find("<title id=\"fig7-title\">Chronologie : ukraine-security-guarantees</title>") != std::string::npos);
  CHECK(svg.find("<desc id=\"fig7-desc\">15 événements, du 25 novembre 2024 au 23 novembre 2025.</desc>") !=
        std::string::npos);
  const std::regex id_attribute("\\sid=\"([^\"]*)\"");
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), id_attribute); it != std::sregex_iterator(); ++it)
    CHECK_MESSAGE((*it)[1].str().rfind("fig7-", 0) == 0, (*it)[1].str());
  CHECK(svg.find("@media (prefers-color-scheme: dark)") != std::string::npos);
  CHECK(count_occurrences(svg, "class=\"fig7-ev\"") == 15);
}

TEST_CASE("timeline: dates are drawn as what is known about them") {
  const std::string svg = render_timeline_svg(sample_graph(), test::resources());
  // Alaska: known only as before 19 August 2025: a bound bar, a dashed shaft and a head, no dot.
  const auto alaska = svg.find("id=\"evg-ev-ev-alaska-meeting\"");
  REQUIRE(alaska != std::string::npos);
  const std::string group = svg.substr(alaska, svg.find("</g>", alaska) - alaska);
  CHECK(group.find("avant le 19 août 2025") != std::string::npos);
  CHECK(group.find("evg-bound") != std::string::npos);
  CHECK(group.find("evg-shaft") != std::string::npos);
  CHECK(group.find("<circle") == std::string::npos);
  // Season and end-of-month are bars; a single day is a dot; only `earliest` points right.
  auto group_of = [&](const std::string& id) {
    const auto at = svg.find("id=\"evg-ev-" + id + "\"");
    REQUIRE(at != std::string::npos);
    return svg.substr(at, svg.find("</g>", at) - at);
  };
  CHECK(group_of("ev-spring-negotiations").find("evg-range") != std::string::npos);
  CHECK(group_of("ev-spring-negotiations").find("printemps 2025") != std::string::npos);
  CHECK(group_of("ev-hague-summit").find("fin juin 2025") != std::string::npos);
  CHECK(group_of("ev-hague-summit").find("evg-range") != std::string::npos);
  CHECK(group_of("ev-kyiv-visit").find("<circle") != std::string::npos);
  CHECK(group_of("ev-nato-ministerial").find("3–4 décembre 2024") != std::string::npos);
  CHECK(group_of("ev-army-limit-talks").find("après le 21 novembre 2025") != std::string::npos);
  CHECK(group_of("ev-air-defence-request").find("semaine du 25 novembre 2024") != std::string::npos);
  // Links go to the source document, when it can be found.
  CHECK(svg.find("<a href=") == std::string::npos);
  const DocumentLinks links = file_links(sample_graph());
  TimelineOptions linked;
  linked.links = &links;
  const std::string with_links = render_timeline_svg(sample_graph(), test::resources(), linked);
  CHECK(with_links.find("<a href=\"003_c14ae6970ad9469a.txt\"") != std::string::npos);
  // Embedded with <object>, a link must open in the page, not inside the figure.
  CHECK(count_occurrences(with_links, "<a href=") == count_occurrences(with_links, "target=\"_top\""));
  CHECK(count_occurrences(with_links, "<a href=") > 0);
}

TEST_CASE("timeline: the empty winter is cut by an axis break and the axis speaks the language") {
  // At the default width December's labels need the winter: no break rather than cut labels.
  const std::string fr = render_timeline_svg(sample_graph(), test::resources());
  CHECK(count_occurrences(fr, "class=\"evg-break\"") == 0);
  TimelineOptions wide;
  wide.width_px = 2400;
  CHECK(count_occurrences(render_timeline_svg(sample_graph(), test::resources(), wide), "class=\"evg-break\"") == 1);
  CHECK(fr.find(">2025</text>") != std::string::npos);
  CHECK(fr.find(">juil.</text>") != std::string::npos);
  TimelineOptions en;
  en.lang = "en";
  const std::string english = render_timeline_svg(sample_graph(), test::resources(), en);
  CHECK(english.find(">Jul</text>") != std::string::npos);
  CHECK(english.find("before 19 August 2025") != std::string::npos);
  // A short window is drawn by days, with month names as the upper scale.
  TimelineOptions window;
  window.from = Date(2024, 11, 28);
  window.to = Date(2024, 12, 8);
  const std::string days = render_timeline_svg(sample_graph(), test::resources(), window);
  CHECK(days.find(">décembre 2024</text>") != std::string::npos);
  CHECK(days.find(">3</text>") != std::string::npos);
  CHECK(count_occurrences(days, "class=\"evg-ev\"") == 3);
  check_svg(days);
}

TEST_CASE("timeline: filters by actor, type and number of sources") {
  const GraphModel model = sample_graph();
  TimelineOptions trump;
  trump.actors = {"trump"};  // an alias, folded
  CHECK(count_occurrences(render_timeline_svg(model, test::resources(), trump), "class=\"evg-ev\"") == 4);
  TimelineOptions meetings;
  meetings.types = {"meeting"};
  CHECK(count_occurrences(render_timeline_svg(model, test::resources(), meetings), "class=\"evg-ev\"") == 5);
  TimelineOptions sourced;
  sourced.min_sources = 2;
  CHECK(count_occurrences(render_timeline_svg(model, test::resources(), sourced), "class=\"evg-ev\"") == 1);
  TimelineOptions bad;
  bad.lanes = "colour";
  CHECK_THROWS_AS(render_timeline_svg(model, test::resources(), bad), ConfigError);
}

TEST_CASE("timeline: actor lanes repeat an event in each of its actors' lanes") {
  TimelineOptions options;
  options.lanes = "actor";
  const std::string svg = render_timeline_svg(sample_graph(), test::resources(), options);
  CHECK(svg.find("evg-ev-ev-washington-meeting-2") != std::string::npos);
  CHECK(svg.find(">Donald Trump</text>") != std::string::npos);
  check_svg(svg);
}

TEST_CASE("timeline: print mode sizes the figure in millimetres") {
  TimelineOptions options;
  options.print = true;
  const std::string svg = render_timeline_svg(sample_graph(), test::resources(), options);
  CHECK(svg.find("width=\"170.0mm\"") != std::string::npos);
  CHECK(svg.find("viewBox=\"0 0 642.5 ") != std::string::npos);
  CHECK(svg.find("prefers-color-scheme") == std::string::npos);
}

TEST_CASE("timeline: hostile text comes out escaped and well-formed") {
  const GraphModel model = hostile_graph();
  const DocumentLinks links = file_links(model);
  TimelineOptions options;
  options.id_prefix = "x\"><script>";
  options.links = &links;
  const std::string svg = render_timeline_svg(model, test::resources(), options);
  check_svg(svg);
  CHECK(svg.find("<script") == std::string::npos);
  CHECK(svg.find("&lt;script&gt;alert(&quot;x&amp;y&quot;)") != std::string::npos);
  CHECK(svg.find("\xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7") != std::string::npos);  // Arabic kept
  CHECK(svg.find("\xF0\x9F\x9A\x80") != std::string::npos);                          // emoji kept
  CHECK(svg.find('\x01') == std::string::npos);
  CHECK(svg.find("href=\"docs/a%26b%20%3Cc%3E%22.txt\"") != std::string::npos);
}

TEST_CASE("timeline: no event still gives a valid figure") {
  GraphModel empty;
  const std::string svg = render_timeline_svg(empty, test::resources());
  CHECK(svg.find("Aucun événement daté.") != std::string::npos);
  check_svg(svg);
}
