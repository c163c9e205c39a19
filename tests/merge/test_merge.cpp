#include <doctest/doctest.h>

#include <evgraph/merge.hpp>

using namespace evgraph;

namespace {

Event report(const std::string& doc, const std::string& type, const std::optional<std::string>& value,
             std::vector<std::string> actors, std::vector<std::string> places) {
  Event e;
  e.type = type;
  if (value) {
    e.date.value = value;
    const auto interval = interval_of(*value);
    e.date.start = interval->first;
    e.date.end = interval->last;
    e.date.granularity = interval->granularity;
  } else {
    e.date.latest = parse_iso_date("2025-08-19");
  }
  e.actors = std::move(actors);
  e.places = std::move(places);
  e.sources.push_back({doc, 0, 5, "quote"});
  e.confidence = 0.5;
  return e;
}

}  // namespace

TEST_CASE("one event reported by two articles becomes one node; the most specific date wins") {
  auto merged = merge_events({report("b", "meeting", "2025-03", {"actor:france"}, {"place:london"}),
                              report("a", "meeting", "2025-03-15", {"actor:united-kingdom"}, {"place:london"})});
  REQUIRE(merged.size() == 1);
  CHECK(merged[0].id == "event:2025-03-15:meeting:london");
  CHECK(merged[0].date.value == "2025-03-15");
  CHECK(merged[0].sources.size() == 2);
  CHECK(merged[0].sources[0].doc == "a");
  CHECK(merged[0].actors == std::vector<std::string>{"actor:france", "actor:united-kingdom"});
  CHECK(merged[0].confidence == doctest::Approx(0.55));
}

TEST_CASE("events in different places, or only sharing one actor on different days, stay apart") {
  CHECK(merge_events({report("a", "meeting", "2025-03-15", {"actor:ukraine"}, {"place:london"}),
                      report("b", "meeting", "2025-03-15", {"actor:ukraine"}, {"place:paris"})})
            .size() == 2);
  CHECK(merge_events({report("a", "meeting", "2025-03", {"actor:ukraine"}, {}),
                      report("b", "meeting", "2025-03-15", {"actor:ukraine"}, {})})
            .size() == 2);
  CHECK(merge_events({report("a", "meeting", std::nullopt, {"actor:ukraine"}, {}),
                      report("b", "meeting", "2025-03-15", {"actor:ukraine"}, {})})
            .size() == 2);
}

TEST_CASE("an undated report joins a dated one at the same place within its bounds") {
  auto merged = merge_events({report("a", "meeting", std::nullopt, {"actor:vladimir-putin"}, {"place:alaska"}),
                              report("b", "meeting", "2025-08-15", {"actor:donald-trump"}, {"place:alaska"})});
  REQUIRE(merged.size() == 1);
  CHECK(merged[0].date.value == "2025-08-15");
  CHECK(merge_events({report("a", "meeting", std::nullopt, {}, {"place:alaska"}),
                      report("b", "meeting", "2025-09-15", {}, {"place:alaska"})})
            .size() == 2);
}

TEST_CASE("ids come from content, not order, and pinned dates apply") {
  const auto one = merge_events({report("a", "visit", "2025-04-04", {"actor:france"}, {"place:kyiv"}),
                                 report("a", "call", "2025-04-05", {"actor:france"}, {})});
  const auto two = merge_events({report("z", "call", "2025-04-05", {"actor:france"}, {}),
                                 report("a", "visit", "2025-04-04", {"actor:france"}, {"place:kyiv"})});
  REQUIRE(one.size() == 2);
  CHECK(one[0].id == two[0].id);
  CHECK(one[1].id == two[1].id);
  CHECK(one[0].id == "event:2025-04-04:visit:kyiv");

  const auto same_id = merge_events({report("a", "meeting", "2025-04-04", {"actor:x"}, {"place:kyiv"}),
                                     report("a", "meeting", "2025-04-04", {"actor:y"}, {"place:kyiv"})});
  CHECK(same_id.size() == 1);  // same place, same day, same document

  const auto pinned = merge_events({report("a", "meeting", std::nullopt, {}, {"place:alaska"})},
                                   {{"event:undated:meeting:alaska", "2025-08-15"}});
  CHECK(pinned[0].date.value == "2025-08-15");
  CHECK(pinned[0].date.granularity == "day");
}
