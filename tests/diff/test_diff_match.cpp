// diff_graphs on hand-built models: pairing by id and by content, field changes, edges.
#include <doctest/doctest.h>

#include <evgraph/diff.hpp>

#include <algorithm>

using namespace evgraph;

namespace {

Date day(const char* iso) { return *parse_iso_date(iso); }

Event make_event(const std::string& id, const std::string& type, std::optional<std::string> value, const char* start,
                 const char* end, std::vector<std::string> actors, std::vector<std::string> places,
                 std::vector<std::string> docs) {
  Event e;
  e.id = id;
  e.type = type;
  e.title = type + " " + id;
  e.date.value = std::move(value);
  if (start) e.date.start = day(start);
  if (end) e.date.end = day(end);
  e.date.granularity = e.date.value ? (e.date.value->size() == 7 ? "month" : "day") : "unknown";
  e.actors = std::move(actors);
  e.places = std::move(places);
  for (const auto& doc : docs) e.sources.push_back({doc, 0, 10, "Sentence of " + doc + "."});
  e.confidence = 0.8;
  return e;
}

// Entities and edges as EventGraph::from_events derives them for participants and places.
GraphModel make_model(std::vector<Event> events) {
  GraphModel m;
  m.corpus.name = "test";
  for (const char* doc : {"a", "b", "c"}) m.corpus.documents.push_back({doc, std::string(doc) + ".txt", day("2025-04-01"), "en", std::string(64, doc[0] == 'a' ? '1' : '2'), {}, {}});
  std::sort(events.begin(), events.end(), [](const Event& x, const Event& y) { return x.id < y.id; });
  for (const Event& e : events) {
    for (const auto& actor : e.actors) {
      m.edges.push_back({actor, e.id, "participant"});
      if (std::none_of(m.actors.begin(), m.actors.end(), [&](const Entity& x) { return x.id == actor; }))
        m.actors.push_back({actor, actor.substr(6), "person", {}});
    }
    for (const auto& place : e.places) {
      m.edges.push_back({e.id, place, "located_in"});
      if (std::none_of(m.places.begin(), m.places.end(), [&](const Entity& x) { return x.id == place; }))
        m.places.push_back({place, place.substr(6), "city", {}});
    }
  }
  m.events = std::move(events);
  auto by_id = [](const Entity& x, const Entity& y) { return x.id < y.id; };
  std::sort(m.actors.begin(), m.actors.end(), by_id);
  std::sort(m.places.begin(), m.places.end(), by_id);
  std::sort(m.edges.begin(), m.edges.end(), [](const Edge& x, const Edge& y) {
    return std::tie(x.from, x.to, x.kind) < std::tie(y.from, y.to, y.kind);
  });
  return m;
}

const FieldChange* field(const EventChange& change, const std::string& name) {
  for (const FieldChange& f : change.fields)
    if (f.field == name) return &f;
  return nullptr;
}

}  // namespace

TEST_CASE("diff: a date refined between versions is one changed event, not an addition and a removal") {
  const GraphModel old_model = make_model({
      make_event("event:2025-03:meeting:london", "meeting", "2025-03", "2025-03-01", "2025-03-31",
                 {"actor:keir-starmer", "actor:volodymyr-zelensky"}, {"place:london"}, {"a"}),
      make_event("event:2025-02-10:call:kyiv", "call", "2025-02-10", "2025-02-10", "2025-02-10", {"actor:volodymyr-zelensky"},
                 {"place:kyiv"}, {"a"}),
  });
  GraphModel new_model = make_model({
      make_event("event:2025-03-15:meeting:london", "meeting", "2025-03-15", "2025-03-15", "2025-03-15",
                 {"actor:keir-starmer", "actor:volodymyr-zelensky"}, {"place:london"}, {"a", "b"}),
      make_event("event:2025-02-10:call:kyiv", "call", "2025-02-10", "2025-02-10", "2025-02-10", {"actor:volodymyr-zelensky"},
                 {"place:kyiv"}, {"a"}),
  });
  const GraphDiff diff = diff_graphs(old_model, new_model);
  REQUIRE(diff.events.size() == 1);
  const EventChange& change = diff.events.front();
  CHECK(change.kind == ChangeKind::Changed);
  CHECK(change.id == "event:2025-03-15:meeting:london");
  CHECK(change.old_id == "event:2025-03:meeting:london");
  REQUIRE(field(change, "date.value"));
  CHECK(*field(change, "date.value")->old_value == "2025-03");
  CHECK(*field(change, "date.value")->new_value == "2025-03-15");
  CHECK(*field(change, "date.granularity")->new_value == "day");
  CHECK(change.sources.added == std::vector<std::string>{"b"});
  CHECK(change.sources.removed.empty());
  CHECK(change.documents == std::vector<std::string>{"b"});
  CHECK(diff.event_counts.added == 0);
  CHECK(diff.event_counts.removed == 0);
  CHECK(diff.event_counts.changed == 1);
  CHECK(diff.event_counts.unchanged == 1);
  CHECK(diff.fuzzy_matches == 1);
  // The renamed event keeps its participant and place edges.
  CHECK(diff.edges.empty());
  CHECK(diff.entities.empty());
  CHECK_FALSE(diff.identical());
  CHECK(diff_summary_line(diff) == "0 events added, 0 removed, 1 changed");
}

TEST_CASE("diff: events in different places or of different types are not paired by content") {
  const GraphModel old_model = make_model({make_event("event:2025-03:meeting:london", "meeting", "2025-03", "2025-03-01",
                                                      "2025-03-31", {"actor:keir-starmer"}, {"place:london"}, {"a"})});
  const GraphModel other_place = make_model({make_event("event:2025-03-15:meeting:paris", "meeting", "2025-03-15",
                                                        "2025-03-15", "2025-03-15", {"actor:keir-starmer"}, {"place:paris"}, {"a"})});
  const GraphModel other_type = make_model({make_event("event:2025-03-15:call:london", "call", "2025-03-15", "2025-03-15",
                                                       "2025-03-15", {"actor:keir-starmer"}, {"place:london"}, {"a"})});
  const GraphModel other_month = make_model({make_event("event:2025-04-15:meeting:london", "meeting", "2025-04-15",
                                                        "2025-04-15", "2025-04-15", {"actor:keir-starmer"}, {"place:london"}, {"a"})});
  for (const GraphModel* new_model : {&other_place, &other_type, &other_month}) {
    const GraphDiff diff = diff_graphs(old_model, *new_model);
    CHECK(diff.event_counts.added == 1);
    CHECK(diff.event_counts.removed == 1);
    CHECK(diff.event_counts.changed == 0);
    CHECK(diff.fuzzy_matches == 0);
  }
}

TEST_CASE("diff: an undated event is paired with a dated one its bounds allow") {
  Event undated = make_event("event:undated:meeting:kyiv", "meeting", std::nullopt, nullptr, nullptr,
                             {"actor:volodymyr-zelensky"}, {"place:kyiv"}, {"a"});
  undated.date.latest = day("2025-08-20");
  const GraphModel old_model = make_model({undated});
  const GraphModel within = make_model({make_event("event:2025-08-01:meeting:kyiv", "meeting", "2025-08-01", "2025-08-01",
                                                   "2025-08-01", {"actor:volodymyr-zelensky"}, {"place:kyiv"}, {"a", "c"})});
  const GraphModel after = make_model({make_event("event:2025-09-01:meeting:kyiv", "meeting", "2025-09-01", "2025-09-01",
                                                  "2025-09-01", {"actor:volodymyr-zelensky"}, {"place:kyiv"}, {"a", "c"})});
  const GraphDiff paired = diff_graphs(old_model, within);
  REQUIRE(paired.events.size() == 1);
  CHECK(paired.events[0].kind == ChangeKind::Changed);
  CHECK(*field(paired.events[0], "date.latest")->old_value == "2025-08-20");
  CHECK_FALSE(field(paired.events[0], "date.latest")->new_value);
  const GraphDiff apart = diff_graphs(old_model, after);
  CHECK(apart.event_counts.added == 1);
  CHECK(apart.event_counts.removed == 1);
}

TEST_CASE("diff: added and removed events bring their entities, edges and documents") {
  const Event kept = make_event("event:2025-02-10:call:kyiv", "call", "2025-02-10", "2025-02-10", "2025-02-10",
                                {"actor:volodymyr-zelensky"}, {"place:kyiv"}, {"a"});
  GraphModel old_model = make_model({kept, make_event("event:2025-01-05:visit:paris", "visit", "2025-01-05", "2025-01-05",
                                                      "2025-01-05", {"actor:emmanuel-macron"}, {"place:paris"}, {"b"})});
  old_model.corpus.documents.pop_back();  // a, b
  GraphModel new_model = make_model({kept, make_event("event:2025-05-01:summit:rome", "summit", "2025-05-01", "2025-05-01",
                                                      "2025-05-01", {"actor:giorgia-meloni"}, {"place:rome"}, {"c"})});
  new_model.corpus.documents.erase(new_model.corpus.documents.begin() + 1);  // a, c
  new_model.corpus.documents.front().sha256 = std::string(64, '9');           // a edited in place

  const GraphDiff diff = diff_graphs(old_model, new_model);
  // The call cites an edited document but reads the same: unchanged.
  REQUIRE(diff.events.size() == 2);
  CHECK(diff.event_counts.unchanged == 1);
  CHECK(diff.events[0].id == "event:2025-01-05:visit:paris");
  CHECK(diff.events[0].kind == ChangeKind::Removed);
  CHECK(diff.events[0].documents == std::vector<std::string>{"b"});
  CHECK(diff.events[1].id == "event:2025-05-01:summit:rome");
  CHECK(diff.events[1].kind == ChangeKind::Added);
  CHECK(diff.events[1].documents == std::vector<std::string>{"c"});

  CHECK(diff.actor_counts.added == 1);
  CHECK(diff.actor_counts.removed == 1);
  CHECK(diff.place_counts.added == 1);
  CHECK(diff.place_counts.removed == 1);
  CHECK(diff.edge_counts.added == 2);
  CHECK(diff.edge_counts.removed == 2);
  for (const EdgeChange& edge : diff.edges)
    CHECK(edge.documents == std::vector<std::string>{edge.kind == ChangeKind::Added ? "c" : "b"});
  REQUIRE(diff.documents.size() == 3);
  CHECK(diff.documents[0].id == "a");
  CHECK(diff.documents[0].kind == ChangeKind::Changed);
  CHECK(diff.documents[0].events.empty());
  CHECK(diff.documents[1].kind == ChangeKind::Removed);
  CHECK(diff.documents[2].kind == ChangeKind::Added);
  CHECK(diff.documents[2].events == std::vector<std::string>{"event:2025-05-01:summit:rome"});
}

TEST_CASE("diff: identical models, and confidence compared at the two decimals graph.yaml keeps") {
  GraphModel model = make_model({make_event("event:2025-02-10:call:kyiv", "call", "2025-02-10", "2025-02-10", "2025-02-10",
                                            {"actor:volodymyr-zelensky"}, {"place:kyiv"}, {"a"})});
  GraphModel rounded = model;
  model.events[0].confidence = 0.8333333;
  rounded.events[0].confidence = 0.83;
  const GraphDiff diff = diff_graphs(model, rounded);
  CHECK(diff.identical());
  CHECK(diff_summary_line(diff) == "no differences");
  rounded.events[0].confidence = 0.9;
  const GraphDiff changed = diff_graphs(model, rounded);
  REQUIRE(changed.events.size() == 1);
  CHECK(*field(changed.events[0], "confidence")->old_value == "0.83");
  CHECK(*field(changed.events[0], "confidence")->new_value == "0.90");
}

TEST_CASE("diff: any one field of an event changed alone is a change, however small") {
  const GraphModel model = make_model({make_event("event:2025-02-10:call:kyiv", "call", "2025-02-10", "2025-02-10",
                                                  "2025-02-10", {"actor:a", "actor:b"}, {"place:kyiv"}, {"a", "b"})});
  const std::vector<std::pair<const char*, void (*)(Event&)>> edits = {
      {"type", [](Event& e) { e.type = "visit"; }},
      {"title", [](Event& e) { e.title += "."; }},
      {"date.value", [](Event& e) { e.date.value.reset(); }},
      {"date.end", [](Event& e) { e.date.end = day("2025-02-11"); }},
      {"date.granularity", [](Event& e) { e.date.granularity = "week"; }},
      {"date.mod", [](Event& e) { e.date.mod = "APPROX"; }},
      {"date.earliest", [](Event& e) { e.date.earliest = day("2025-02-01"); }},
      {"date.latest", [](Event& e) { e.date.latest = day("2025-02-28"); }},
      {"date.certainty", [](Event& e) { e.date.certainty = "inferred"; }},
      {"conflicting_dates", [](Event& e) { e.conflicting_dates.push_back(e.date); }},
      {"modality", [](Event& e) { e.modality = "planned"; }},
      {"confidence", [](Event& e) { e.confidence = 0.81; }},
      {"actors", [](Event& e) { e.actors.pop_back(); }},
      {"agents", [](Event& e) { e.agents = {"actor:a"}; }},
      {"targets", [](Event& e) { e.targets = {"actor:b"}; }},
      {"places", [](Event& e) { e.places.clear(); }},
      {"proposals", [](Event& e) { e.proposals = {"proposal:p"}; }},
      {"sources (quote)", [](Event& e) { e.sources[1].quote += " Again."; }},
      {"sources (span)", [](Event& e) { e.sources[0].end += 1; }},
  };
  for (const auto& [field_name, edit] : edits) {
    const std::string what = field_name;
    CAPTURE(what);
    GraphModel changed = model;
    edit(changed.events[0]);
    const GraphDiff diff = diff_graphs(model, changed);
    CHECK(diff.event_counts.changed == 1);
    CHECK(diff.event_counts.unchanged == 0);
  }
  CHECK(diff_graphs(model, model).event_counts.unchanged == 1);
}

TEST_CASE("diff: events listed in any order, or an id given twice, pair by id as sorted lists do") {
  std::vector<Event> events;
  for (const char* place : {"place:a", "place:b", "place:c", "place:d"})
    events.push_back(make_event(std::string("event:2025-02-10:call:") + place, "call", "2025-02-10", "2025-02-10",
                                "2025-02-10", {"actor:x"}, {place}, {"a"}));
  const GraphModel old_model = make_model({events[0], events[1], events[2]});
  GraphModel new_model = make_model({events[1], events[2], events[3]});
  new_model.events[0].title = "changed";
  const std::string sorted = diff_to_json(diff_graphs(old_model, new_model));
  GraphModel reversed = new_model;
  std::reverse(reversed.events.begin(), reversed.events.end());
  CHECK(diff_to_json(diff_graphs(old_model, reversed)) == sorted);
  CHECK(diff_graphs(old_model, reversed).event_counts.changed == 1);
  GraphModel twice = new_model;
  twice.events.push_back(twice.events[1]);  // the second one of an id is left unpaired: added
  CHECK(diff_graphs(old_model, twice).event_counts.added == diff_graphs(old_model, new_model).event_counts.added + 1);
}
