#include <doctest/doctest.h>

#include <evgraph/merge.hpp>

#include <algorithm>

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

TEST_CASE("one event reported by two articles becomes one node, the most specific date wins") {
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

namespace {

Event with_roles(Event event, std::vector<std::string> agents, std::vector<std::string> targets = {}) {
  event.agents = std::move(agents);
  event.targets = std::move(targets);
  return event;
}

}  // namespace

TEST_CASE("issue 11: an undated report between two differently dated ones never chains them") {
  // Two attacks on one capital, years apart, and an undated mention of "the attack on the
  // capital": the undated report may join one of them, never make them one.
  const auto merged = merge_events({report("a", "attack", "2015-06-03", {"actor:rebels"}, {"place:capital"}),
                                    report("b", "attack", std::nullopt, {"actor:rebels"}, {"place:capital"}),
                                    report("c", "attack", "2025-02-11", {"actor:rebels"}, {"place:capital"})});
  REQUIRE(merged.size() == 2);
  std::size_t sources = 0;
  for (const Event& event : merged) {
    REQUIRE(event.date.value);
    sources += event.sources.size();
  }
  CHECK(sources == 3);
}

TEST_CASE("issue 11: day-precise reports of one event differ by one day at most, kept as a conflict") {
  const auto one_day = merge_events({report("a", "meeting", "2025-03-15", {"actor:x"}, {"place:london"}),
                                     report("b", "meeting", "2025-03-16", {"actor:x"}, {"place:london"})});
  REQUIRE(one_day.size() == 1);
  REQUIRE(one_day[0].conflicting_dates.size() == 1);
  CHECK(one_day[0].salience.documents == 2);
  // 15, 16 and 17 March: a chain of one-day differences does not make one event of three days.
  const auto chain = merge_events({report("a", "meeting", "2025-03-15", {"actor:x"}, {"place:london"}),
                                   report("b", "meeting", "2025-03-16", {"actor:x"}, {"place:london"}),
                                   report("c", "meeting", "2025-03-17", {"actor:x"}, {"place:london"})});
  REQUIRE(chain.size() == 2);
  for (const Event& event : chain) {
    std::vector<Date> days{*event.date.start};
    for (const EventDate& other : event.conflicting_dates) days.push_back(*other.start);
    const auto [low, high] = std::minmax_element(days.begin(), days.end());
    CHECK((*high - *low).days() <= 1);
  }
}

TEST_CASE("issue 11: reports that say who acts merge only when they share an agent or a target") {
  const Event a = with_roles(report("a", "meeting", "2025-03-15", {"actor:x", "actor:y"}, {}), {"actor:x"});
  const Event b = with_roles(report("b", "meeting", "2025-03-15", {"actor:x", "actor:y"}, {}), {"actor:z"}, {"actor:w"});
  CHECK(merge_events({a, b}).size() == 2);
  const Event c = with_roles(report("c", "meeting", "2025-03-15", {"actor:x"}, {}), {"actor:x", "actor:z"});
  const auto merged = merge_events({a, c});
  REQUIRE(merged.size() == 1);
  CHECK(merged[0].agents == std::vector<std::string>{"actor:x", "actor:z"});
  CHECK(merged[0].salience.sentences == 2);
}

TEST_CASE("an article naming an event of a day again without saying who acts names the same event") {
  Event election = report("a", "election", "2025-02-23", {"actor:cdu"}, {});
  election.agents = {"actor:cdu"};
  Event bare = report("a", "election", "2025-02-23", {"actor:friedrich-merz"}, {});
  bare.sources.front().begin = 300;
  auto merged = merge_events({election, bare});
  REQUIRE(merged.size() == 1);
  CHECK(merged[0].sources.size() == 2);
  // Two events that both say who acts stay two, and so do the same words in another article or
  // on another day.
  Event other = report("a", "election", "2025-02-23", {"actor:spd"}, {});
  other.agents = {"actor:spd"};
  CHECK(merge_events({election, other}).size() == 2);
  CHECK(merge_events({election, report("b", "election", "2025-02-23", {"actor:friedrich-merz"}, {})}).size() == 2);
  CHECK(merge_events({election, report("a", "election", "2025-02-24", {"actor:friedrich-merz"}, {})}).size() == 2);
}

TEST_CASE("a lexicon entry may pin the title of an event id") {
  Event meeting = report("a", "meeting", std::nullopt, {"actor:vladimir-putin"}, {"place:alaska"});
  meeting.title = "Poutine : réunion récente en Alaska";
  auto merged = merge_events({meeting}, {}, {{"event:undated:meeting:alaska", "Sommet Trump-Poutine en Alaska"}});
  REQUIRE(merged.size() == 1);
  CHECK(merged[0].id == "event:undated:meeting:alaska");
  CHECK(merged[0].title == "Sommet Trump-Poutine en Alaska");
  CHECK(merge_events({meeting}, {}, {{"event:undated:meeting:paris", "Autre"}})[0].title == meeting.title);
}

TEST_CASE("reports of two articles that share only an actor named by its common noun stay apart") {
  const std::unordered_set<std::string> generic{"actor:police"};
  const Event a = with_roles(report("a", "arrest", "2025-03-15", {"actor:police"}, {}), {"actor:police"});
  const Event b = with_roles(report("b", "arrest", "2025-03-15", {"actor:police"}, {}), {"actor:police"});
  CHECK(merge_events({a, b}, {}, {}, generic).size() == 2);
  // Without the list the shared actor merges them, as before.
  CHECK(merge_events({a, b}).size() == 1);
  // Inside one article the common noun names the same body.
  Event a2 = a;
  a2.sources.front().begin = 40;
  CHECK(merge_events({a, a2}, {}, {}, generic).size() == 1);
  // A named actor shared beside it still tells one happening.
  const Event c = with_roles(report("c", "arrest", "2025-03-15", {"actor:police", "actor:jean-dupont"}, {}),
                             {"actor:police"}, {"actor:jean-dupont"});
  const Event d = with_roles(report("d", "arrest", "2025-03-15", {"actor:police", "actor:jean-dupont"}, {}),
                             {"actor:police"}, {"actor:jean-dupont"});
  CHECK(merge_events({c, d}, {}, {}, generic).size() == 1);
}
