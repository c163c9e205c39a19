// End-to-end: the CLI on the sample corpus, checked against its reference annotation.
#include <doctest/doctest.h>

#include <evgraph/text.hpp>

#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

#include "test_support.hpp"

#include <set>
#include <sstream>

using namespace evgraph::test;
using Json = nlohmann::json;

namespace {

// Byte span of the n-th occurrence of `needle`, as the project's scorer counts it.
std::pair<std::size_t, std::size_t> span_of(const std::string& text, const std::string& needle, int occurrence) {
  std::size_t at = std::string::npos;
  for (int k = 0; k < occurrence; ++k) at = text.find(needle, at == std::string::npos ? 0 : at + 1);
  REQUIRE(at != std::string::npos);
  return {at, at + needle.size()};
}

const YAML::Node& gold() {
  static const YAML::Node node = YAML::LoadFile((example_corpus() / "gold.yaml").string());
  return node;
}

std::string document_path(const std::string& id) {
  for (const auto& doc : YAML::LoadFile((example_corpus() / "corpus.yaml").string())["documents"])
    if (doc["id"].as<std::string>() == id) return (example_corpus() / doc["path"].as<std::string>()).string();
  return {};
}

}  // namespace

TEST_CASE("evgraph build writes the five outputs, byte-identical across runs") {
  TempDir first, second;
  const auto run1 = run_evgraph("build '" + example_corpus().string() + "' -o '" + first.path().string() + "'");
  REQUIRE_MESSAGE(run1.status == 0, run1.err);
  CHECK(run1.err.empty());
  const auto run2 = run_evgraph("--threads 1 build '" + example_corpus().string() + "' -o '" + second.path().string() + "'");
  REQUIRE(run2.status == 0);
  for (const char* file : {"graph.json", "graph.yaml", "graph.dot", "graph.svg", "timeline.svg"}) {
    CAPTURE(file);
    const std::string content = read_file(first.path() / file);
    CHECK(content.size() > 100);
    CHECK(content == read_file(second.path() / file));
  }
  const auto valid = run_evgraph("validate '" + (first.path() / "graph.json").string() + "' '" +
                                 (first.path() / "graph.yaml").string() + "'");
  CHECK_MESSAGE(valid.status == 0, valid.err);

  const Json graph = Json::parse(read_file(first.path() / "graph.json"));
  for (const char* key : {"evgraph", "corpus", "events", "actors", "places", "proposals", "edges"}) CHECK(graph.contains(key));
  CHECK(graph["corpus"]["documents"][0]["sha256"].get<std::string>().size() == 64);
  for (const auto& event : graph["events"]) {
    for (const char* key : {"id", "type", "title", "date", "actors", "places", "proposals", "sources", "confidence"})
      CHECK(event.contains(key));
    for (const char* key : {"value", "start", "end", "granularity", "certainty"}) CHECK(event["date"].contains(key));
    // Provenance: each quote is the exact bytes of its document at begin..end, or (a long
    // sentence, issue 15) a part of them between "…".
    for (const auto& source : event["sources"]) {
      const std::string text = read_file(document_path(source["doc"].get<std::string>()));
      const std::string sentence =
          text.substr(source["begin"].get<std::size_t>(), source["end"].get<std::size_t>() - source["begin"].get<std::size_t>());
      std::string quote = source["quote"].get<std::string>();
      const std::string ellipsis = "\xE2\x80\xA6";
      if (quote.rfind(ellipsis, 0) == 0) quote.erase(0, ellipsis.size());
      if (quote.size() >= ellipsis.size() && quote.compare(quote.size() - ellipsis.size(), ellipsis.size(), ellipsis) == 0)
        quote.erase(quote.size() - ellipsis.size());
      CHECK(sentence.find(quote) != std::string::npos);
      CHECK((quote.size() == sentence.size()) == (quote == source["quote"].get<std::string>()));
    }
  }
  std::vector<std::string> ids;
  for (const auto& event : graph["events"]) ids.push_back(event["id"].get<std::string>());
  CHECK(std::is_sorted(ids.begin(), ids.end()));
}

TEST_CASE("every non-optional timex of gold.yaml is found with its value") {
  const auto run = run_evgraph("timex '" + example_corpus().string() + "'");
  REQUIRE_MESSAGE(run.status == 0, run.err);
  std::vector<Json> predicted;
  std::istringstream lines(run.out);
  for (std::string line; std::getline(lines, line);) predicted.push_back(Json::parse(line));
  int expected = 0, found = 0;
  for (const auto& doc : gold()["timexes"]) {
    const std::string id = doc.first.as<std::string>();
    const std::string text = read_file(document_path(id));
    for (const auto& item : doc.second) {
      if (item["optional"] && item["optional"].as<bool>()) continue;
      ++expected;
      const auto span = span_of(text, item["text"].as<std::string>(), item["occurrence"] ? item["occurrence"].as<int>() : 1);
      bool hit = false;
      for (const auto& p : predicted)
        hit = hit || (p["doc"] == id && p["begin"].get<std::size_t>() < span.second && span.first < p["end"].get<std::size_t>() &&
                      p["value"] == item["value"].as<std::string>());
      CHECK_MESSAGE(hit, id << ": " << item["text"].as<std::string>() << " -> " << item["value"].as<std::string>());
      found += hit;
    }
  }
  MESSAGE("timex recall on non-optional gold: " << found << "/" << expected);
}

TEST_CASE("the required events of gold.yaml are found with their dates and an anchor") {
  TempDir out;
  REQUIRE(run_evgraph("build '" + example_corpus().string() + "' -o '" + out.path().string() + "'").status == 0);
  const Json graph = Json::parse(read_file(out.path() / "graph.json"));
  std::map<std::string, std::vector<std::string>> names;
  for (const char* kind : {"actors", "places", "proposals"})
    for (const auto& node : graph[kind]) {
      auto& list = names[node["id"].get<std::string>()];
      list.push_back(evgraph::fold(node["name"].get<std::string>()));
      for (const auto& alias : node["aliases"]) list.push_back(evgraph::fold(alias.get<std::string>()));
    }
  int required = 0;
  for (const auto& g : gold()["events"]) {
    if (!g["required"] || !g["required"].as<bool>()) continue;
    ++required;
    const std::string doc = g["doc"].as<std::string>();
    const YAML::Node value = g["date"]["value"];
    bool found = false;
    for (const auto& event : graph["events"]) {
      bool from_doc = false;
      for (const auto& source : event["sources"]) from_doc = from_doc || source["doc"] == doc;
      if (!from_doc) continue;
      if (value.IsNull()) {
        if (!event["date"]["value"].is_null() || event["date"]["latest"] != g["date"]["latest"].as<std::string>()) continue;
      } else if (event["date"]["value"] != value.as<std::string>()) {
        continue;
      }
      std::vector<std::string> linked;
      for (const char* kind : {"actors", "places", "proposals"})
        for (const auto& id : event[kind]) linked.insert(linked.end(), names[id].begin(), names[id].end());
      for (const auto& anchor : g["anchors"])
        for (const auto& name : linked) found = found || name == evgraph::fold(anchor.as<std::string>());
    }
    CHECK_MESSAGE(found, "required event not found: " << g["id"].as<std::string>());
  }
  CHECK(required == 4);
}
