#include <doctest/doctest.h>

#include <evgraph/schema.hpp>

#include <nlohmann/json.hpp>

using namespace evgraph;

TEST_CASE("every schema is valid JSON and every shipped data file passes its schema") {
  const DataStore data;
  for (const auto& schema : data.list("schemas/")) {
    CAPTURE(schema);
    CHECK(nlohmann::json::parse(data.read(schema)).is_object());
  }
  for (const auto& file : data.list("data/lexicon/")) {
    CAPTURE(file);
    CHECK(check_against_schema(data.load_yaml(file), file, "lexicon.schema.json", data).empty());
  }
  for (const auto& file : data.list("data/triggers/")) {
    CAPTURE(file);
    CHECK(check_against_schema(data.load_yaml(file), file, "triggers.schema.json", data).empty());
  }
}

TEST_CASE("violations carry the node's line, column and JSON pointer") {
  const DataStore data;
  const YAML::Node doc = parse_yaml("corpus: c\nlanguage: french\ndocuments:\n  - {id: a, path: a.txt}\n", "m.yaml");
  const auto violations = check_against_schema(doc, "m.yaml", "corpus.schema.json", data);
  REQUIRE(violations.size() == 2);
  CHECK(violations[0].location.to_string() == "m.yaml:2:11");
  CHECK(violations[0].path == "/language");
  CHECK(violations[1].path == "/documents/0");
  CHECK(violations[1].message == "missing required field 'published'");
}

TEST_CASE("YAML syntax errors name line and column") {
  try {
    parse_yaml("a: [1, 2\nb: c\n", "x.yaml");
    FAIL("expected an error");
  } catch (const InputError& e) {
    CHECK(e.location().file == "x.yaml");
    CHECK(e.location().line >= 1);
    CHECK(e.location().column >= 1);
  }
}

TEST_CASE("a mapping used as a field name is a violation, not a crash (found by fuzz_inputs)") {
  const DataStore data;
  const YAML::Node doc = parse_yaml("corpus: c\ndocuments:\n  - {id: a, ? [x]: y, path: a.txt, published: 2025-01-01}\n", "m.yaml");
  const auto violations = check_against_schema(doc, "m.yaml", "corpus.schema.json", data);
  REQUIRE_FALSE(violations.empty());
  CHECK(violations[0].message == "field names must be plain text");
}
