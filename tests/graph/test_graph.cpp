#include <doctest/doctest.h>

#include <evgraph/error.hpp>
#include <evgraph/graph_io.hpp>
#include <evgraph/graph.hpp>

#include "test_support.hpp"

#include <algorithm>

using namespace evgraph;

namespace {

Event dated(const std::string& id, const std::string& type, const std::string& day, std::vector<std::string> actors,
            std::vector<std::string> proposals = {}) {
  Event e;
  e.id = id;
  e.type = type;
  e.title = "Title of " + id;
  e.date.value = day;
  e.date.start = e.date.end = parse_iso_date(day);
  e.date.granularity = "day";
  e.date.certainty = "explicit";
  e.actors = std::move(actors);
  e.proposals = std::move(proposals);
  e.sources.push_back({"doc-a", 10, 20, "Une « citation » \"exacte\" \\ ok"});
  e.confidence = 0.85;
  e.modality = "happened";
  return e;
}

EventGraph sample_event_graph() {
  CorpusInfo corpus{"c", "", {{"doc-a", "a.txt", *parse_iso_date("2025-05-01"), "fr", std::string(64, 'a'), "", ""}}};
  std::vector<Event> events = {dated("event:b", "proposal", "2025-03-02", {"actor:x", "actor:y"}, {"proposal:p"}),
                               dated("event:a", "meeting", "2025-03-01", {"actor:x", "actor:y"})};
  events[0].agents = {"actor:x"};  // y is named beside the proposal: a bystander, no stance
  events[1].agents = {"actor:x"};
  events[1].targets = {"actor:y"};
  Event undated;
  undated.id = "event:c";
  undated.type = "meeting";
  undated.date.latest = parse_iso_date("2025-05-01");
  undated.places = {"place:l"};
  undated.sources.push_back({"doc-a", 0, 5, "Avant"});
  events.push_back(undated);
  return EventGraph::from_events(corpus, events,
                                 {{"actor:x", "X", "person", {}}, {"actor:y", "Y", "state", {"Why"}}, {"actor:unused", "U", "person", {}}},
                                 {{"place:l", "L", "city", {}}}, {{"proposal:p", "P", "", {}}});
}

}  // namespace

TEST_CASE("the graph derives edges of every kind and keeps only linked entities") {
  const GraphModel model = sample_event_graph().to_model();
  CHECK(model.actors.size() == 2);
  std::vector<std::string> edges;
  for (const auto& e : model.edges) edges.push_back(e.from + ">" + e.to + ":" + e.kind);
  CHECK(edges == std::vector<std::string>{
                     "actor:x>event:a:agent", "actor:x>event:b:agent", "actor:x>proposal:p:proposes",
                     "actor:y>event:b:participant", "event:a>actor:y:target", "event:a>doc-a:reported_by",
                     "event:a>event:b:precedes", "event:b>doc-a:reported_by", "event:b>proposal:p:concerns",
                     "event:c>doc-a:reported_by", "event:c>place:l:located_in"});
}

TEST_CASE("issue 13: a compact model, joined or written, gives from_events(...).to_model()") {
  CorpusInfo corpus{"c", "", {{"doc-a", "a.txt", *parse_iso_date("2025-05-01"), "fr", "", "", ""},
                              {"doc-b", "b.txt", *parse_iso_date("2025-05-02"), "fr", "", "", ""}}};
  std::vector<Event> events = {dated("event:a", "meeting", "2025-03-01", {"actor:x", "actor:y"})};
  events[0].agents = {"actor:x"};
  const std::vector<Entity> actors = {{"actor:x", "X", "person", {}}, {"actor:y", "Y", "state", {}},
                                      {"actor:only-mentioned", "M", "person", {}}, {"actor:unused", "U", "person", {}}};
  const std::vector<Entity> places = {{"place:l", "L", "city", {}}};
  const std::vector<Edge> edges = {{"actor:only-mentioned", "doc-b", "mentioned_in"}, {"actor:x", "doc-a", "mentioned_in"},
                                   {"actor:x", "doc-b", "mentioned_in"}, {"place:l", "doc-a", "mentioned_in"}};
  const GraphModel expected = EventGraph::from_events(corpus, events, actors, places, {}, edges).to_model();
  const std::vector<std::string> entities = {"actor:ghost", "actor:only-mentioned", "actor:x", "place:l"};
  using Pairs = std::vector<std::pair<std::uint32_t, std::uint32_t>>;
  const Pairs sorted = {{1, 1}, {2, 0}, {2, 1}, {3, 0}};
  // In disorder, one twice, and one of an entity the graph does not have.
  Pairs messy(sorted.rbegin(), sorted.rend());
  messy.push_back(sorted[1]);
  messy.push_back({0, 0});
  for (const auto& pairs : {sorted, messy}) {
    const CompactModel compact =
        EventGraph::compact_model_from_events(corpus, events, actors, places, {}, MentionTable{entities, pairs});
    CHECK(compact.mentions.pairs == sorted);
    CHECK(std::none_of(compact.model.edges.begin(), compact.model.edges.end(),
                       [](const Edge& e) { return e.kind == "mentioned_in"; }));
    std::string json, yaml;
    stream_json(compact.model, [&json](std::string_view piece) { json += piece; }, &compact.mentions);
    stream_yaml(compact.model, [&yaml](std::string_view piece) { yaml += piece; }, &compact.mentions);
    CHECK(json == to_json(expected));
    CHECK(yaml == to_yaml(expected));
    const GraphModel model = joined(compact);
    CHECK(to_json(model) == to_json(expected));
    CHECK(model.actors.size() == 3);  // the mentioned one kept, the unused one not
  }
  std::swap(corpus.documents[0], corpus.documents[1]);
  CHECK_THROWS_AS(EventGraph::compact_model_from_events(corpus, events, actors, places, {}, MentionTable{entities, sorted}),
                  std::invalid_argument);
}

TEST_CASE("queries: events of an actor, neighbourhood, date window") {
  const EventGraph graph = sample_event_graph();
  const auto of_x = graph.events_of_actor("actor:x");
  REQUIRE(of_x.size() == 2);
  CHECK(of_x[0]->id == "event:a");
  CHECK(graph.neighbourhood("actor:y", 1) == std::vector<std::string>{"actor:y", "event:a", "event:b"});
  CHECK(graph.events_of_actor("actor:y").size() == 2);  // a target and a participant
  const auto window = graph.events_between(*parse_iso_date("2025-03-02"), *parse_iso_date("2025-12-31"));
  REQUIRE(window.size() == 1);
  CHECK(window[0]->id == "event:b");
}

TEST_CASE("graph.json and graph.yaml read back to the same model and the same bytes") {
  const GraphModel model = sample_event_graph().to_model();
  const std::string json = to_json(model);
  const std::string yaml = to_yaml(model);
  CHECK(to_json(graph_from_json(json, "graph.json")) == json);
  CHECK(to_json(graph_from_yaml(yaml, "graph.yaml", DataStore{})) == json);
  CHECK(json.find("\"evgraph\": \"1\"") != std::string::npos);
  CHECK(json.find("\"latest\": \"2025-05-01\"") != std::string::npos);
}

TEST_CASE("a broken graph export is reported with its location") {
  try {
    graph_from_json("{\n  \"evgraph\": \"1\",\n  \"corpus\": {,}\n}", "g.json");
    FAIL("expected an error");
  } catch (const InputError& e) {
    CHECK(std::string(e.what()).rfind("g.json:3:14:", 0) == 0);
  }
  try {
    graph_from_yaml("evgraph: '1'\ncorpus: {name: c, documents: []}\nevents:\n  - {id: e}\nactors: []\nplaces: []\nproposals: []\nedges: []\n",
                    "g.yaml", DataStore{});
    FAIL("expected an error");
  } catch (const InputError& e) {
    CHECK(std::string(e.what()).rfind("g.yaml:4:5: /events/0 missing required field", 0) == 0);
  }
}

TEST_CASE("a number out of range in graph.json is an input error (found by fuzz_inputs)") {
  CHECK_THROWS_AS(graph_from_json("{\"evgraph\": \"1\", \"corpus\": {\"name\": \"c\", \"documents\": []}, \"x\": 1e999}", "g.json"),
                  InputError);
}
