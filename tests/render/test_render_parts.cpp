// Unit tests of the renderers' parts: escaping, text widths, date placement and wording, the
// time scale with breaks, label packing, and style files.
#include "render/date_placement.hpp"
#include "render/density_strip.hpp"
#include "render/label_fit.hpp"
#include "render/label_packing.hpp"
#include "render/timeline_salience.hpp"
#include "render/text_util.hpp"
#include "render/time_axis.hpp"
#include "render/fixture.hpp"
#include "test_support.hpp"

#include <evgraph/error.hpp>
#include <evgraph/render.hpp>
#include <evgraph/schema.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <random>

using namespace evgraph;
using namespace evgraph::detail;

TEST_CASE("escaping for XML and DOT") {
  CHECK(xml_escape("a<b>&\"c'") == "a&lt;b&gt;&amp;&quot;c&#39;");
  CHECK(xml_escape("tab\there\x01") == "tab here");
  CHECK(xml_escape("bad \xFF byte") == "bad \xEF\xBF\xBD byte");
  // An overlong NUL: one U+FFFD per byte, as Unicode recommends for bytes that start no valid sequence.
  CHECK(xml_escape("\xC0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK(dot_escape("a\\nb & c") == "a\\\\nb &amp; c");
  CHECK(dot_escape("ends\\") == "ends\\\\ ");
  CHECK(dot_tooltip_escape("a\\N & b") == "a\u29F5N &amp; b");
  CHECK(url_escape("docs/a b\"<é>%.txt?x=1&y=2") == "docs/a%20b%22%3C%C3%A9%3E%25.txt?x=1&y=2");
  CHECK(safe_id("ev:a b/é") == "ev_a_b___");
  CHECK(num(-0.01) == "0.0");
  CHECK(num(12.345) == "12.3");
  CHECK(fill("{a} et {b} {c}", {{"a", "1"}, {"b", "2"}}) == "1 et 2 {c}");
  CHECK(wrap_words("un deux trois quatre", 9) == std::vector<std::string>{"un deux", "trois", "quatre"});
}

TEST_CASE("text widths are conservative and labels are cut to fit") {
  const RenderStyle* style = &test::resources().style();
  CHECK(style->text_width("iiii", 10) < style->text_width("MMMM", 10));
  CHECK(style->text_width("e\xCC\x81", 10) == style->text_width("e", 10));  // combining accent
  CHECK(style->text_width("\xF0\x9F\x9A\x80", 10) > style->text_width("a", 10));
  const std::string cut = fit_width(*style, "Une phrase beaucoup trop longue pour tenir", 11, 80);
  CHECK(style->text_width(cut, 11) <= 80);
  CHECK(cut.size() >= 3);
  CHECK(cut.substr(cut.size() - 3) == "\xE2\x80\xA6");
}

TEST_CASE("labels wrap on spaces into balanced lines, and are cut only when they must") {
  const RenderStyle& style = test::resources().style();
  const std::string title = "France et Royaume-Uni ont visité Kiev pour des consultations";
  CHECK(wrap_to_width(style, title, 11, 1000, 2) == std::vector<std::string>{title});
  // Two lines, as even as the words allow, each within the width.
  const auto two = wrap_to_width(style, title, 11, 280, 2);
  CHECK(two == std::vector<std::string>{"France et Royaume-Uni ont visité", "Kiev pour des consultations"});
  for (const auto& line : two) CHECK(style.text_width(line, 11) <= 280);
  CHECK(wrap_to_width(style, title, 11, 100, 2).empty());
  CHECK(wrap_to_width(style, title, 11, 150, 4).size() == 3);
  CHECK(wrap_to_width(style, title, 11, 1000, 3, LineCount::most).size() == 3);
  // French punctuation stays with the word before it.
  const auto glued = wrap_to_width(style, "Zelensky à Kiev : « la paix par la force »", 11, 150, 2);
  REQUIRE(glued.size() == 2);
  CHECK(glued[1].rfind(":", 0) != 0);
  CHECK(glued[1].rfind("\xC2\xBB", 0) != 0);
  // Too long for the lines allowed: the last line cut with an ellipsis, within the width.
  const FittedLabel cut = fit_label(style, title + " " + title, 11, 150, 2);
  CHECK(cut.cut);
  REQUIRE(cut.lines.size() == 2);
  CHECK(cut.lines[1].substr(cut.lines[1].size() - 3) == "\xE2\x80\xA6");
  CHECK(cut.width <= 150);
  CHECK_FALSE(fit_label(style, title, 11, 280, 2).cut);
}

TEST_CASE("event dates: placement and wording") {
  const LocaleStrings& fr = test::resources().language("fr").locale();
  EventDate end_june;
  end_june.value = "2025-06";
  end_june.mod = "END";
  const Placement p = place_event(end_june);
  CHECK(p.kind == MarkKind::range);
  CHECK(to_iso(p.first) == "2025-06-21");
  CHECK(to_iso(p.last) == "2025-06-30");
  CHECK(describe_date(end_june, fr) == "fin juin 2025");
  EventDate before;
  before.latest = Date(2025, 8, 19);
  CHECK(place_event(before).kind == MarkKind::before);
  CHECK(describe_date(before, fr) == "avant le 19 août 2025");
  EventDate between;
  between.earliest = Date(2025, 1, 1);
  between.latest = Date(2025, 1, 9);
  CHECK(place_event(between).kind == MarkKind::between);
  CHECK(describe_date(between, test::resources().language("en").locale()) == "between 1 January 2025 and 9 January 2025");
  EventDate first_of_month;
  first_of_month.value = "2025-03-01";
  CHECK(describe_date(first_of_month, fr) == "1er mars 2025");
  CHECK(place_event(first_of_month).kind == MarkKind::point);
  EventDate quarter;
  quarter.value = "2025-Q3";
  CHECK(describe_date(quarter, fr) == "T3 2025");
  EventDate nothing;
  nothing.value = "PRESENT_REF";
  CHECK(place_event(nothing).kind == MarkKind::undated);
  CHECK(describe_date(nothing, fr) == "date inconnue");
}

TEST_CASE("time scale: long empty stretches become breaks, others do not") {
  TimelineMetrics m;
  const long d0 = day_of(Date(2024, 1, 1));
  // Events in January and in December: the gap is far over a quarter of the span.
  TimeScale cut({d0, d0 + 365}, {{d0 + 2, d0 + 20}, {d0 + 340, d0 + 360}}, 100, 900, m);
  REQUIRE(cut.breaks().size() == 1);
  CHECK(cut.x(d0) == doctest::Approx(100));
  CHECK(cut.x_end(d0 + 365) == doctest::Approx(900));
  CHECK(cut.x(d0 + 10) < cut.breaks()[0].first);
  CHECK(cut.x(d0 + 350) > cut.breaks()[0].second);
  const double mid = (cut.breaks()[0].first + cut.breaks()[0].second) / 2;
  CHECK(cut.x(d0 + 180) == doctest::Approx(mid));
  // Evenly spread events: no break.
  TimeScale even({d0, d0 + 365}, {{d0, d0 + 60}, {d0 + 120, d0 + 200}, {d0 + 260, d0 + 365}}, 100, 900, m);
  CHECK(even.breaks().empty());
  CHECK(even.x(d0 + 183) == doctest::Approx(100 + 183 * 800.0 / 366));
}

TEST_CASE("time scale: a break starts past the labels before it, or is not made") {
  TimelineMetrics m;
  const long d0 = day_of(Date(2024, 1, 1));
  const std::vector<DaySpan> covered = {{d0 + 2, d0 + 20}, {d0 + 340, d0 + 360}};
  // 800 px over 366 days: 2.2 px a day, so a 110 px label takes 51 days after day 20.
  TimeScale spaced({d0, d0 + 365}, covered, 100, 900, m, {110, 0});
  REQUIRE(spaced.breaks().size() == 1);
  CHECK(spaced.segments()[0].last >= d0 + 20 + 51);
  CHECK(spaced.x_end(d0 + 20) + 110 <= spaced.breaks()[0].first);
  // A label that needs the whole gap leaves no break.
  TimeScale none({d0, d0 + 365}, covered, 100, 900, m, {700, 0});
  CHECK(none.breaks().empty());
}

TEST_CASE("density strip: events per day, week or month over the axis") {
  const GraphModel model = test::sample_graph();
  const RenderStyle& style = test::resources().style();
  const LocaleStrings& fr = test::resources().language("fr").locale();
  const TimelineSelection selection = select_events(model, TimelineOptions{}, style, fr);
  const long first = day_of(Date(2024, 11, 20));
  const long last = day_of(Date(2025, 11, 30));
  const DensityStrip weeks = density_strip(selection, TimeScale({first, last}, {}, 0, 600, TimelineMetrics{}));
  CHECK(weeks.unit == "week");
  std::size_t total = 0;
  for (const DensityBar& bar : weeks.bars) {
    total += bar.count;
    CHECK(bar.x1 - bar.x0 == doctest::Approx(7 * 600.0 / static_cast<double>(last - first + 1)).epsilon(0.01));
  }
  CHECK(total == selection.events.size());
  CHECK(weeks.max_count == 2);  // the week of 17 October: a call and a meeting
  CHECK(density_strip(selection, TimeScale({first, last}, {}, 0, 3000, TimelineMetrics{})).unit == "day");
  CHECK(density_strip(selection, TimeScale({first, last}, {}, 0, 80, TimelineMetrics{})).unit == "month");
}

TEST_CASE("salience: the most reported first, equal ones spread over time") {
  GraphModel model = test::sample_graph();
  const RenderStyle& style = test::resources().style();
  const LocaleStrings& fr = test::resources().language("fr").locale();
  for (Event& e : model.events) e.salience = {1, 1};
  for (Event& e : model.events)
    if (e.id == "ev-kyiv-visit") e.salience = {3, 4};
  const TimelineSelection selection = select_events(model, TimelineOptions{}, style, fr);
  const std::vector<std::size_t> order = by_salience(selection, nullptr);
  REQUIRE(order.size() == selection.events.size());
  CHECK(selection.events[order[0]].event->id == "ev-kyiv-visit");
  // Then the 14 equal ones, by date: the earliest, then the one halfway through, then a quarter.
  std::vector<std::size_t> equal;
  for (std::size_t i = 0; i < selection.events.size(); ++i)
    if (i != order[0]) equal.push_back(i);
  CHECK(order[1] == equal[0]);
  CHECK(order[2] == equal[8]);
  CHECK(order[3] == equal[4]);
  CHECK(order[4] == equal[12]);
  std::vector<std::size_t> sorted = order;
  std::sort(sorted.begin(), sorted.end());
  for (std::size_t i = 0; i < sorted.size(); ++i) CHECK(sorted[i] == i);

  // How many fit: the largest count whose rows stay within the budget.
  CHECK(fitting_count(1000, 150, [](std::size_t k) { return static_cast<int>(k); }) == 150);
  CHECK(fitting_count(40, 150, [](std::size_t k) { return static_cast<int>(k); }) == 40);
  CHECK(fitting_count(1000, 150, [](std::size_t k) { return static_cast<int>(k / 10); }) == 1000);
  CHECK(fitting_count(1000, 1, [](std::size_t) { return 5; }) == 1);  // one event is always drawn
  CHECK(fitting_count(0, 10, [](std::size_t) { return 0; }) == 0);
}

TEST_CASE("axis ticks adapt from days to years") {
  const RenderStyle* style = &test::resources().style();
  const LocaleStrings& fr = test::resources().language("fr").locale();
  TimelineMetrics m;
  const long d0 = day_of(Date(2025, 3, 1));
  const AxisLayout days = make_axis(TimeScale({d0, d0 + 13}, {}, 0, 800, m), fr, *style);
  CHECK(days.minor_labels.size() == 14);
  REQUIRE(!days.major_labels.empty());
  CHECK(days.major_labels.front().text == "mars 2025");
  const AxisLayout months = make_axis(TimeScale({d0, d0 + 364}, {}, 0, 800, m), fr, *style);
  CHECK(months.minor_labels.front().text == "mars");
  CHECK(months.major_labels.size() == 2);  // "2025" at the start, "2026" in January
  const AxisLayout years = make_axis(TimeScale({d0, d0 + 365 * 40}, {}, 0, 800, m), fr, *style);
  CHECK(years.major_labels.empty());
  CHECK(years.minor_labels.size() < 41);
}

TEST_CASE("label packing: no overlap, lowest free row, n log n") {
  std::vector<PackItem> items = {{0, 50}, {10, 30}, {55, 80}, {31, 40}, {200, 210}};
  const Packing p = pack_rows(items, 2);
  CHECK(p.rows == std::vector<int>{0, 1, 0, 2, 0});
  CHECK(p.row_count == 3);
  // 200,000 random items: checked for overlaps, and fast enough to show it is not quadratic.
  std::mt19937 random(7);
  std::uniform_real_distribution<double> start(0, 100000);
  std::uniform_real_distribution<double> length(5, 300);
  std::vector<PackItem> many;
  for (int i = 0; i < 200000; ++i) {
    const double b = start(random);
    many.push_back({b, b + length(random)});
  }
  const auto t0 = std::chrono::steady_clock::now();
  const Packing packed = pack_rows(many, 4);
  CHECK(std::chrono::steady_clock::now() - t0 < std::chrono::seconds(2));
  std::vector<std::vector<PackItem>> rows(static_cast<std::size_t>(packed.row_count));
  for (std::size_t i = 0; i < many.size(); ++i) rows[static_cast<std::size_t>(packed.rows[i])].push_back(many[i]);
  bool overlap = false;
  for (auto& row : rows) {
    std::sort(row.begin(), row.end(), [](const PackItem& a, const PackItem& b) { return a.begin < b.begin; });
    for (std::size_t i = 1; i < row.size(); ++i) overlap = overlap || row[i].begin < row[i - 1].end + 4;
  }
  CHECK_FALSE(overlap);

  // Items of two lines take two rows, each free where they are.
  const std::vector<PackItem> tall = {{0, 50, 2}, {10, 30, 1}, {20, 60, 2}, {55, 80, 1}, {70, 90, 2}};
  const Packing t = pack_rows(tall, 2);
  CHECK(t.rows == std::vector<int>{0, 2, 3, 0, 1});
  CHECK(t.row_count == 5);
  std::vector<std::vector<PackItem>> by_row(static_cast<std::size_t>(t.row_count));
  for (std::size_t i = 0; i < tall.size(); ++i)
    for (int r = 0; r < tall[i].rows; ++r) by_row[static_cast<std::size_t>(t.rows[i] + r)].push_back(tall[i]);
  for (auto& row : by_row) {
    std::sort(row.begin(), row.end(), [](const PackItem& a, const PackItem& b) { return a.begin < b.begin; });
    for (std::size_t i = 1; i < row.size(); ++i) CHECK(row[i].begin >= row[i - 1].end + 2);
  }
}

TEST_CASE("style: default file matches its schema, user files merge over it") {
  const DataStore data;
  const YAML::Node defaults = data.load_yaml("data/style/default.yaml");
  CHECK(check_against_schema(defaults, "data/style/default.yaml", "style.schema.json", data).empty());
  test::TempDir dir;
  test::write_file(dir.path() / "style.yaml",
                   "font: {size: 13}\nthemes:\n  light: {background: \"#fafafa\", event_types: {meeting: \"#123456\"}}\n");
  const RenderStyle style = load_style(data, disk_env(), dir.path() / "style.yaml");
  CHECK(style.font_size == 13);
  CHECK(style.small_font_size == doctest::Approx(9.5));
  CHECK(style.theme("light").background == "#fafafa");
  CHECK(style.theme("light").text == "#1b1f24");
  CHECK(style.theme("light").event_type("meeting") == "#123456");
  CHECK(style.theme("light").event_type("visit") == "#0f8a7e");
  test::write_file(dir.path() / "bad.yaml", "themes:\n  light:\n    background: red\n");
  CHECK_THROWS_AS(load_style(data, disk_env(), dir.path() / "bad.yaml"), ConfigError);
  test::write_file(dir.path() / "unknown.yaml", "colour: {x: 1}\n");
  CHECK_THROWS_AS(load_style(data, disk_env(), dir.path() / "unknown.yaml"), ConfigError);
  const Resources styled(disk_env(), DataStore{}, style);
  CHECK(render_timeline_svg(test::sample_graph(), styled).find("fill:#123456") != std::string::npos);
  CHECK(render_timeline_svg(test::sample_graph(), test::resources()).find("fill:#123456") == std::string::npos);
}
