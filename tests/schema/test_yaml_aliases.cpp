// Issue 15: YAML aliases counted as the nodes they stand for, and graph.json checked record by record.
#include <doctest/doctest.h>

#include <evgraph/error.hpp>
#include <evgraph/schema.hpp>

#include "schema/validate_json.hpp"
#include "test_support.hpp"

#include <string>

using namespace evgraph;

namespace {

std::string error_of(const std::string& text) {
  try {
    parse_yaml(text, "f.yaml");
  } catch (const InputError& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST_CASE("an anchor reused a few times parses, nested aliases past the limit are an error at the alias") {
  CHECK(error_of("a: &x [1, 2, 3]\nb: *x\nc: *x\n") == "no error");
  std::string laughs = "l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n";
  for (int k = 1; k < 9; ++k) {
    laughs += "l" + std::to_string(k) + ": &l" + std::to_string(k) + " [";
    for (int j = 0; j < 10; ++j) laughs += std::string(j ? ", " : "") + "*l" + std::to_string(k - 1);
    laughs += "]\n";
  }
  const std::string error = error_of(laughs);
  CHECK(error.rfind("f.yaml:5:", 0) == 0);  // l4's aliases take the count past 100,000
  CHECK(error.find("YAML aliases expand to more than 100000 nodes or 1048576 bytes") != std::string::npos);
}

TEST_CASE("a syntax error is still reported by the parser, with its location") {
  CHECK(error_of("a: *missing\n").find("f.yaml:1:") == 0);
  CHECK(error_of("a: [1, 2\n").find("f.yaml:") == 0);
}

TEST_CASE("yaml_from_json keeps strings strings and numbers numbers for the schema validator") {
  const auto node = detail::yaml_from_json(nlohmann::json::parse(R"({"a": "12", "b": 12, "c": null, "d": [true]})"));
  CHECK(node["a"].Tag() == "!");
  CHECK(node["b"].Scalar() == "12");
  CHECK(node["b"].Tag() != "!");
  CHECK(node["c"].IsNull());
  CHECK(node["d"][0].Scalar() == "true");
}

TEST_CASE("a graph.json is checked against the schema record by record, with the record's path") {
  const std::string text = R"({"evgraph": "1", "corpus": {"name": "c", "documents": []}, "events": [],
    "actors": [], "places": [], "proposals": [], "edges": [{"from": "a", "to": "b", "kind": "nope"}]})";
  CHECK(detail::is_json_graph_export(text, "g.json"));
  try {
    detail::validate_graph_json(text, "g.json", test::resources().data());
    FAIL("no error");
  } catch (const InputError& e) {
    CHECK(std::string(e.what()).find("/edges/0/kind") != std::string::npos);
  }
  CHECK_THROWS_AS(detail::is_json_graph_export("{\"evgraph\": ", "g.json"), InputError);
  CHECK(!detail::is_json_graph_export("{\"events\": []}", "g.json"));
}
