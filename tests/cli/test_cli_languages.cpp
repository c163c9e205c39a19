// Languages are data: a pack folder adds one, an overlay changes words and colours.
#include <doctest/doctest.h>

#include "test_support.hpp"

#include <fstream>
#include <regex>

using namespace evgraph::test;

TEST_CASE("a German pack given with --data yields a dated event from German text, with no C++ change") {
  TempDir out;
  const auto overlay = source_dir() / "tests" / "data" / "lang-de";
  const auto run = run_evgraph("--data '" + overlay.string() + "' build '" + (overlay / "corpus").string() + "' -o '" +
                               out.path().string() + "'");
  REQUIRE_MESSAGE(run.status == 0, run.err);
  const std::string graph = read_file(out.path() / "graph.json");
  CHECK(graph.find("\"type\": \"meeting\"") != std::string::npos);
  CHECK(graph.find("\"value\": \"2025-03-15\"") != std::string::npos);
  CHECK(graph.find("actor:friedrich-merz") != std::string::npos);
  // The outputs speak German: the words come from the pack too.
  const std::string timeline = read_file(out.path() / "timeline.svg");
  CHECK(timeline.find("<title id=\"evg-title\">Zeitleiste: deutsch</title>") != std::string::npos);
  CHECK(timeline.find(">März 2025<") != std::string::npos);
}

TEST_CASE("a language without a pack is an error that lists the packs there are") {
  TempDir dir;
  write_file(dir.path() / "a.txt", "date 2025-03-20\nLe 15 mars, une réunion à Londres.\n");
  const auto run = run_evgraph("timex '" + (dir.path() / "a.txt").string() + "' --lang xx");
  CHECK(run.status == 2);
  CHECK(run.err.find("no language pack 'xx' (available: en, fr)") != std::string::npos);
  CHECK(run.out.empty());
}

TEST_CASE("a style in a --data overlay changes the colours of the rendered timeline") {
  TempDir overlay;
  std::string style = read_file(source_dir() / "data" / "style" / "default.yaml");
  const std::regex meeting_light(R"re((event_types: &light_types\n\s+meeting: )"#[0-9a-f]{6}")re");
  REQUIRE(std::regex_search(style, meeting_light));
  style = std::regex_replace(style, meeting_light, "$1\"#abc123\"");
  write_file(overlay.path() / "data" / "style" / "default.yaml", style);
  TempDir plain, styled;
  REQUIRE(run_evgraph("build '" + example_corpus().string() + "' -o '" + plain.path().string() + "'").status == 0);
  const auto run = run_evgraph("--data '" + overlay.path().string() + "' build '" + example_corpus().string() + "' -o '" +
                               styled.path().string() + "'");
  REQUIRE_MESSAGE(run.status == 0, run.err);
  CHECK(read_file(styled.path() / "timeline.svg").find("fill:#abc123") != std::string::npos);
  CHECK(read_file(plain.path() / "timeline.svg").find("#abc123") == std::string::npos);
}
