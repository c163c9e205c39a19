// The JSON Lines form of `evgraph timex`, written by hand: valid JSON, the contract's fields in
// order, text escaped.
#include <doctest/doctest.h>

#include <evgraph/schema.hpp>
#include <evgraph/timex.hpp>

#include "test_support.hpp"
#include "time/timex_fixture.hpp"

#include <nlohmann/json.hpp>

TEST_CASE("timex JSON lines: fields, optional mod and range, escapes, --explain fields") {
  evgraph::Timex timex;
  timex.begin = 3;
  timex.end = 17;
  timex.text = "fin \"juin\"\\\n\t\x01é";
  timex.type = evgraph::TimexType::Date;
  timex.value = "2025-06";
  timex.mod = "END";
  timex.first = evgraph::parse_iso_date("2025-06-21");
  timex.last = evgraph::parse_iso_date("2025-06-30");
  timex.rule = "part_of_month";
  timex.anchor = "verb";
  timex.explanation = "year from governing verb 'aura lieu' (future)";
  std::string line;
  evgraph::append_timex_json(line, "doc-1", timex, false);
  REQUIRE(!line.empty());
  CHECK(line.back() == '\n');
  const auto parsed = nlohmann::ordered_json::parse(line);
  CHECK(parsed.dump() + "\n" == line);  // what nlohmann writes: compact, UTF-8 kept
  CHECK(parsed["doc"] == "doc-1");
  CHECK(parsed["begin"] == 3);
  CHECK(parsed["text"] == timex.text);
  CHECK(parsed["range"][1] == "2025-06-30");
  CHECK(!parsed.contains("anchor"));
  std::string explained;
  evgraph::append_timex_json(explained, "doc-1", timex, true);
  const auto with = nlohmann::ordered_json::parse(explained);
  CHECK(with["anchor"] == "verb");
  CHECK(with["rule"] == "part_of_month");
  timex.mod.clear();
  timex.first.reset();
  std::string plain;
  evgraph::append_timex_json(plain, "d", timex, false);
  CHECK(plain.find("\"mod\"") == std::string::npos);
  CHECK(plain.find("\"range\"") == std::string::npos);
}

TEST_CASE("timex JSON lines follow schemas/timex.schema.json, --explain fields included") {
  const char* text =
      "Le 3 mars, les ministres se sont réunis à Paris ; la veille, vers 16 h, ils avaient dîné. Le sommet aura lieu "
      "du 17 au 19 mai, fin juin au plus tard, chaque été, pendant trois semaines, désormais.";
  const auto found = evgraph::test::tag("fr", text, "2025-03-10");
  REQUIRE(found.size() >= 8);
  for (const bool explain : {false, true}) {
    for (const auto& timex : found) {
      std::string line;
      evgraph::append_timex_json(line, "doc-1", timex, explain);
      CAPTURE(line);
      const auto violations = evgraph::check_against_schema(YAML::Load(line), "line", "timex.schema.json",
                                                            evgraph::test::resources().data());
      CHECK(violations.empty());
    }
  }
}
