// Rule packs: the shipped ones load; broken ones fail with file:line:column.
#include <doctest/doctest.h>

#include "test_support.hpp"
#include "time/timex_fixture.hpp"

#include <evgraph/error.hpp>

#include <thread>

namespace {

std::string load_error(const std::string& pack) {
  evgraph::test::TempDir dir;
  std::filesystem::create_directories(dir.path() / "data" / "lang" / "fr");
  evgraph::test::write_file(dir.path() / "data" / "lang" / "fr" / "time.yaml", pack);
  try {
    evgraph::TimexTagger tagger(evgraph::DataStore(dir.path()), "fr");
  } catch (const evgraph::ConfigError& e) {
    return e.what();
  }
  return "";
}

const char* kMinimal =
    "language: fr\n"
    "vocab:\n"
    "  month:\n"
    "    - {value: 3, forms: [mars]}\n"
    "tense: {clause_breaks: '.', cues: []}\n"
    "patterns:\n";

}  // namespace

TEST_CASE("shipped rule packs load") {
  CHECK(evgraph::test::tagger("fr").lang() == "fr");
  CHECK(evgraph::test::tagger("en").lang() == "en");
}

TEST_CASE("a minimal pack in an overlay replaces the shipped one") {
  evgraph::test::TempDir dir;
  std::filesystem::create_directories(dir.path() / "data" / "lang" / "fr");
  evgraph::test::write_file(dir.path() / "data" / "lang" / "fr" / "time.yaml",
                            std::string(kMinimal) + "  - {name: month, resolver: month, regex: '\\b{month}\\b'}\n");
  evgraph::TimexTagger tagger(evgraph::DataStore(dir.path()), "fr");
  const auto found = tagger.tag("en mars", *evgraph::parse_iso_date("2025-01-10"));
  REQUIRE(found.size() == 1);
  CHECK(found[0].value == "2025-03");
}

TEST_CASE("broken packs give ConfigError with file:line:column") {
  const std::string unknown_placeholder = load_error(std::string(kMinimal) + "  - {name: x, resolver: month, regex: '{nope}'}\n");
  CHECK(unknown_placeholder.find("time.yaml:7:5") != std::string::npos);
  CHECK(unknown_placeholder.find("{nope}") != std::string::npos);
  const std::string bad_regex = load_error(std::string(kMinimal) + "  - {name: x, resolver: month, regex: '({month}'}\n");
  CHECK(bad_regex.find("time.yaml:7:5") != std::string::npos);
  const std::string capture = load_error(std::string(kMinimal) + "  - {name: x, resolver: month, regex: '(a){month}'}\n");
  CHECK(capture.find("(?:...)") != std::string::npos);
  // Patterns compile on first use; their syntax and the empty match are checked at load.
  const std::string syntax = load_error(std::string(kMinimal) + "  - {name: x, resolver: month, regex: '[a{month}'}\n");
  CHECK(syntax.find("time.yaml:7:5") != std::string::npos);
  const std::string empty = load_error(std::string(kMinimal) + "  - {name: x, resolver: month, regex: '(?:{month})?'}\n");
  CHECK(empty.find("time.yaml:7:5") != std::string::npos);
  CHECK(empty.find("empty string") != std::string::npos);
  const std::string schema = load_error(std::string(kMinimal) + "  - {name: x, resolver: nonsense, regex: 'a'}\n");
  CHECK(schema.find("time.yaml:7:") != std::string::npos);
  const std::string missing = load_error("language: fr\nvocab: {}\n");
  CHECK(missing.find("time.yaml:") != std::string::npos);
}

TEST_CASE("tag is thread-safe") {
  const std::string text = "Le 15 mars, se sont tenues les rencontres ; la semaine dernière, mardi et mercredi.";
  const auto expected = evgraph::test::tag("fr", text, "2024-12-03");
  std::vector<std::thread> threads;
  std::vector<int> ok(4, 0);
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i) {
        const auto found = evgraph::test::tag("fr", text, "2024-12-03");
        ok[static_cast<std::size_t>(t)] += found.size() == expected.size() && found.back().value == expected.back().value;
      }
    });
  for (auto& thread : threads) thread.join();
  for (int count : ok) CHECK(count == 200);
}
