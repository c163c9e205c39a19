#include <doctest/doctest.h>

#include <evgraph/corpus.hpp>
#include <evgraph/error.hpp>
#include <evgraph/graph_io.hpp>
#include <evgraph/part_lines.hpp>
#include <evgraph/parts.hpp>
#include <evgraph/pipeline.hpp>

#include "merge/cached_parts.hpp"
#include "test_support.hpp"

#include <algorithm>
#include <random>

using namespace evgraph;

namespace {

std::vector<DocumentPart> parts_of(const std::filesystem::path& corpus_path) {
  Diagnostics quiet;
  const Corpus corpus = open_corpus(corpus_path, {}, test::resources(), quiet);
  std::vector<DocumentPart> parts;
  extract_parts(corpus, test::resources(), {}, quiet, Shard{}, [&](DocumentPart&& part) { parts.push_back(std::move(part)); });
  return parts;
}

std::string graph_of(std::vector<DocumentPart> parts) {
  GraphReducer reducer;
  for (auto& part : parts) reducer.add(std::move(part));
  return to_json(reducer.finish().to_model());
}

}  // namespace

TEST_CASE("a part's JSON line reads back as the same part") {
  const auto parts = parts_of(test::source_dir() / "tests" / "data" / "wire-mixed");
  REQUIRE(parts.size() == 9);
  bool anchored = false;
  for (const DocumentPart& part : parts) {
    const std::string line = part_to_json(part);
    CHECK(line.find('\n') == std::string::npos);
    const DocumentPart back = part_from_json(line, "p.jsonl", 1);
    CHECK(part_to_json(back) == line);
    for (const Event& event : back.events) anchored = anchored || event.anchor.has_value();
  }
  CHECK(anchored);  // the extraction-only anchors travel too

  // A lexicon's pinned titles travel with every part, and the reducer applies them.
  DocumentPart pinned = parts.front();
  REQUIRE(!pinned.events.empty());
  const std::string id = pinned.events.front().id;
  pinned.pinned_titles = {{id, "A title an analyst chose"}};
  const DocumentPart back = part_from_json(part_to_json(pinned), "p.jsonl", 1);
  CHECK(back.pinned_titles == pinned.pinned_titles);
  GraphReducer reducer;
  reducer.add(back);
  const GraphModel model = reducer.finish().to_model();
  CHECK(std::any_of(model.events.begin(), model.events.end(),
                    [](const Event& event) { return event.title == "A title an analyst chose"; }));
}

TEST_CASE("the reducer gives the same graph whatever the order of the parts") {
  const auto parts = parts_of(test::source_dir() / "tests" / "data" / "wire-mixed");
  const std::string in_order = graph_of(parts);
  std::mt19937 shuffle(7);
  for (int round = 0; round < 5; ++round) {
    auto shuffled = parts;
    std::shuffle(shuffled.begin(), shuffled.end(), shuffle);
    CHECK(graph_of(shuffled) == in_order);
  }
}

TEST_CASE("issue 13: finish_model gives finish().to_model(), byte for byte") {
  for (const auto& corpus : {test::source_dir() / "tests" / "data" / "wire-mixed", test::example_corpus()}) {
    const auto parts = parts_of(corpus);
    GraphReducer graph, model;
    for (const auto& part : parts) graph.add(part), model.add(part);
    const GraphModel expected = graph.finish().to_model();
    const GraphModel got = model.finish_model();
    CHECK(std::any_of(got.edges.begin(), got.edges.end(), [](const Edge& e) { return e.kind == "mentioned_in"; }));
    CHECK(to_json(got) == to_json(expected));
    CHECK(to_yaml(got) == to_yaml(expected));
  }
}

TEST_CASE("parts of another corpus, a document twice and broken lines are input errors") {
  auto parts = parts_of(test::example_corpus());
  REQUIRE(parts.size() == 5);
  GraphReducer reducer;
  reducer.add(parts[0]);
  CHECK_THROWS_AS(reducer.add(parts[0]), InputError);
  DocumentPart other = parts[1];
  other.corpus = "another";
  CHECK_THROWS_AS(reducer.add(other), InputError);
  CHECK_THROWS_WITH_AS(part_from_json("{\"evgraph_part\": \"1\"", "p.jsonl", 3), doctest::Contains("p.jsonl:3"), InputError);
  CHECK_THROWS_WITH_AS(part_from_json("{\"events\": []}", "p.jsonl", 4), doctest::Contains("not an evgraph part"), InputError);
  std::string line = part_to_json(parts[2]);
  line.replace(line.find("\"position\":"), 11, "\"position\":\"x\",\"p\":");
  CHECK_THROWS_WITH_AS(part_from_json(line, "p.jsonl", 5), doctest::Contains("p.jsonl:5"), InputError);
  // Found by fuzz_parts: a tag of another type was a raw library error, an event without sources
  // reached the merge, which keys events by their first source.
  CHECK_THROWS_WITH_AS(part_from_json("{\"evgraph_part\": 1}", "p.jsonl", 6), doctest::Contains("not an evgraph part"), InputError);
  std::string sourceless = part_to_json(parts[2]);
  const std::size_t sources = sourceless.find("\"sources\":[");
  REQUIRE(sources != std::string::npos);
  sourceless.replace(sources, sourceless.find(']', sources) + 1 - sources, "\"sources\":[]");
  CHECK_THROWS_WITH_AS(part_from_json(sourceless, "p.jsonl", 7), doctest::Contains("an event without sources"), InputError);
  CHECK_THROWS_WITH_AS(part_from_json("{\"evgraph_part\": \"1\", \"position\": 9" + std::string(400, '9') + "}", "p.jsonl", 8),
                       doctest::Contains("p.jsonl:8: not a part: a number out of range"), InputError);
}

TEST_CASE("JSON Lines of parts fold as their parts do, blank lines skipped, bad lines named by origin and line") {
  const auto parts = parts_of(test::example_corpus());
  std::string text;
  for (const auto& part : parts) text += part_to_json(part) + "\n\n";
  GraphReducer reducer;
  CHECK(add_part_lines(reducer, text, "p.jsonl") == parts.size());
  CHECK(to_json(reducer.finish().to_model()) == graph_of(parts));

  GraphReducer twice;
  CHECK_THROWS_WITH_AS(add_part_lines(twice, text + part_to_json(parts[0]), "p.jsonl"),
                       doctest::Contains("p.jsonl:11"), InputError);
  GraphReducer broken;
  CHECK_THROWS_WITH_AS(add_part_lines(broken, part_to_json(parts[0]) + "\n{\"events\": []}\n", "q.jsonl"),
                       doctest::Contains("q.jsonl:2"), InputError);
}

TEST_CASE("issue 13: parts read with simdjson keep the located errors of the nlohmann reader") {
  const auto parts = parts_of(test::example_corpus());
  const std::string line = part_to_json(parts[0]);
  auto broken = [&](const std::string& from, const std::string& to) {
    std::string text = line;
    const std::size_t at = text.find(from);
    REQUIRE_MESSAGE(at != std::string::npos, from);
    return text.replace(at, from.size(), to);
  };
  // Malformed JSON is located to its column by the slower parser.
  CHECK_THROWS_WITH_AS(part_from_json("{\"evgraph_part\": \"1\", x}", "p.jsonl", 2),
                       doctest::Contains("p.jsonl:2:23: not a part: malformed JSON"), InputError);
  // Fields of the wrong type, each named.
  const std::pair<std::string, std::string> cases[] = {
      {"\"corpus\":\"", "\"corpus\":1,\"x\":\""},
      {"\"language\":\"", "\"language\":[],\"x\":\""},
      {"\"position\":", "\"position\":-1,\"x\":"},
      {"\"events\":[", "\"events\":{},\"x\":["},
      {"\"spellings\":[[", "\"spellings\":[[\"a\"],["},
      {"\"entities\":[", "\"entities\":[{\"class\":\"planet\",\"lexicon\":\"yes\",\"entity\":{}},"},
      {"\"pinned_dates\":{", "\"pinned_dates\":{\"event:x\":3},\"x\":{"},
      {"\"published\":\"", "\"published\":\"2025-02-30\",\"x\":\""},
  };
  const char* expected[] = {"corpus must be a string",        "language must be a string",
                            "position must be a whole number", "events must be an array",
                            "a spelling is [entity id, text]", "unknown entity class 'planet'",
                            "pinned_dates must be a string",   "/document/published: must be a calendar date"};
  for (std::size_t k = 0; k < std::size(cases); ++k) {
    CAPTURE(cases[k].second);
    CHECK_THROWS_WITH_AS(part_from_json(broken(cases[k].first, cases[k].second), "p.jsonl", 9),
                         doctest::Contains("p.jsonl:9"), InputError);
    CHECK_THROWS_WITH_AS(part_from_json(broken(cases[k].first, cases[k].second), "p.jsonl", 9),
                         doctest::Contains(expected[k]), InputError);
  }
  // A line simdjson refuses but nlohmann reads (an integer past 64 bits) is still read, and judged.
  CHECK_THROWS_WITH_AS(part_from_json(broken("\"position\":", "\"position\":123456789012345678901234,\"x\":"), "p.jsonl", 4),
                       doctest::Contains("p.jsonl:4: not a part: position must be a whole number"), InputError);
  // A key given twice keeps its last value, whichever parser reads the line.
  const DocumentPart twice = part_from_json(broken("\"position\":", "\"position\":77,\"position\":"), "p.jsonl", 1);
  CHECK(twice.position == parts[0].position);
}

TEST_CASE("issue 13: the build cache keeps a part's lexicon entities by id and reads back the same part") {
  const auto parts = parts_of(test::source_dir() / "tests" / "data" / "wire-mixed");
  const Lexicon lexicon(test::resources().data(), {}, "fr");  // the corpus's language, no lexicon of its own
  bool discovered = false;
  for (const DocumentPart& part : parts) {
    const std::string cached = detail::part_to_cache_json(part);
    const std::string full = part_to_json(part);
    CHECK(cached.size() < full.size());
    CHECK(cached.find("\"lexicon_entities\":[") != std::string::npos);
    CHECK(part_to_json(detail::part_from_cache_json(cached, lexicon, "cache.jsonl", 1)) == full);
    // A line of `evgraph extract` reads as itself through the cache's reader too.
    CHECK(part_to_json(detail::part_from_cache_json(full, lexicon, "cache.jsonl", 1)) == full);
    for (const auto& named : part.entities) discovered = discovered || !named.from_lexicon;
  }
  CHECK(discovered);  // names found in the texts stay written out

  const std::string cached = detail::part_to_cache_json(parts.front());
  // A cache line is no part for `evgraph merge`: it would lose its lexicon's entities.
  CHECK_THROWS_WITH_AS(part_from_json(cached, "p.jsonl", 2), doctest::Contains("p.jsonl:2: a line of the build cache"),
                       InputError);
  // An id the lexicon does not define (a cache made with another lexicon) is an error, not a guess.
  std::string foreign = cached;
  const std::size_t ids = foreign.find("\"lexicon_entities\":[");
  foreign.insert(ids + 20, "\"actor:nobody-known\",");
  CHECK_THROWS_WITH_AS(detail::part_from_cache_json(foreign, lexicon, "cache.jsonl", 3),
                       doctest::Contains("cache.jsonl:3: the lexicon defines no entity 'actor:nobody-known'"), InputError);
}

TEST_CASE("issue 11: two articles whose arrests share only 'la police' on one day report two arrests") {
  test::TempDir dir;
  test::write_file(dir.path() / "a.txt", "La police a arrêté mardi un homme de 45 ans à son domicile.\n");
  test::write_file(dir.path() / "b.txt", "La police a arrêté mardi une femme soupçonnée de fraude.\n");
  test::write_file(dir.path() / "corpus.yaml", "corpus: two\nlanguage: fr\ndocuments:\n"
                                               "  - {id: a, path: a.txt, published: \"2026-03-12\"}\n"
                                               "  - {id: b, path: b.txt, published: \"2026-03-12\"}\n");
  const auto result = test::run_evgraph("build " + test::shell_quoted(dir.path() / "corpus.yaml") + " -o " +
                                        test::shell_quoted(dir.path() / "out") + " --no-cache");
  REQUIRE(result.status == 0);
  const std::string json = test::read_file(dir.path() / "out" / "graph.json");
  CHECK(test::count_occurrences(json, "\"id\": \"actor:police\"") == 1);
  CHECK(test::count_occurrences(json, "\"type\": \"arrest\"") == 2);
}
