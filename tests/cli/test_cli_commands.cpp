// query, user lexicons with pinned dates, render options: the CLI as a user drives it.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "test_support.hpp"

using namespace evgraph::test;

namespace {

const std::filesystem::path& sample_graph() {
  static TempDir dir;
  static const std::filesystem::path graph = [] {
    const auto result = run_evgraph("build '" + example_corpus().string() + "' -o '" + dir.path().string() + "'");
    REQUIRE_MESSAGE(result.status == 0, result.err);
    return dir.path() / "graph.json";
  }();
  return graph;
}

}  // namespace

TEST_CASE("query: events of an actor, neighbourhood of a node, a date window") {
  const std::string graph = "'" + sample_graph().string() + "'";
  const auto of_actor = run_evgraph("query " + graph + " --actor actor:olaf-scholz");
  REQUIRE_MESSAGE(of_actor.status == 0, of_actor.err);
  CHECK(of_actor.out.find("\"date\":\"2024-12-02\"") != std::string::npos);
  const auto around = run_evgraph("query " + graph + " --around place:alaska --hops 1");
  REQUIRE(around.status == 0);
  CHECK(around.out.find("event:undated:meeting:alaska\n") != std::string::npos);
  const auto window = run_evgraph("query " + graph + " --from 2025-03-01 --to 2025-04-30");
  REQUIRE(window.status == 0);
  CHECK(window.out.find("2025-03-15") != std::string::npos);
  CHECK(window.out.find("2025-04-04") != std::string::npos);
  CHECK(window.out.find("2024-12") == std::string::npos);
  CHECK(run_evgraph("query " + graph + " --actor actor:nobody").status == 2);
}

TEST_CASE("a user lexicon pins an undated event's date and adds an actor") {
  TempDir dir;
  write_file(dir.path() / "mine.yaml",
             "actors:\n  - {name: Jean Dupont, kind: person}\n"
             "dates:\n  - {event: 'event:undated:meeting:alaska', value: '2025-08-15', note: summit in Anchorage}\n");
  const auto result = run_evgraph("build '" + example_corpus().string() + "' --lexicon '" + (dir.path() / "mine.yaml").string() +
                                  "' -o '" + (dir.path() / "out").string() + "'");
  REQUIRE_MESSAGE(result.status == 0, result.err);
  const auto graph = nlohmann::json::parse(read_file(dir.path() / "out" / "graph.json"));
  bool pinned = false;
  for (const auto& event : graph["events"])
    if (event["id"] == "event:undated:meeting:alaska") pinned = event["date"]["value"] == "2025-08-15";
  CHECK(pinned);

  write_file(dir.path() / "bad.yaml", "dates:\n  - {event: x, value: 15/08/2025}\n");
  const auto bad = run_evgraph("build '" + example_corpus().string() + "' --lexicon '" + (dir.path() / "bad.yaml").string() +
                               "' -o '" + (dir.path() / "bad").string() + "'");
  CHECK(bad.status == 2);
  CHECK(bad.err.find("bad.yaml:2:") != std::string::npos);
}

TEST_CASE("render options: style file, theme, lanes, filters") {
  TempDir dir;
  write_file(dir.path() / "style.yaml", "font:\n  family: \"Noto Serif, serif\"\n");
  const std::string graph = "'" + sample_graph().string() + "'";
  const auto styled = run_evgraph("render timeline " + graph + " --style '" + (dir.path() / "style.yaml").string() +
                                  "' --lanes actor --lang en --type meeting");
  REQUIRE_MESSAGE(styled.status == 0, styled.err);
  CHECK(styled.out.find("Noto Serif") != std::string::npos);
  CHECK(styled.out.find("Mar") != std::string::npos);
  CHECK(run_evgraph("render graph " + graph + " --theme dark --format dot").status == 0);
  write_file(dir.path() / "bad-style.yaml", "font:\n  size: big\n");
  const auto bad = run_evgraph("render timeline " + graph + " --style '" + (dir.path() / "bad-style.yaml").string() + "'");
  CHECK(bad.status == 2);
  CHECK(bad.err.find("bad-style.yaml:2:") != std::string::npos);
}
