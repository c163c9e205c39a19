// Any bytes as a manifest, a lexicon and a graph export: either parsed or an evgraph::Error with a
// location, never a crash.
#include <evgraph/error.hpp>
#include <evgraph/graph_io.hpp>
#include <evgraph/schema.hpp>

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const evgraph::DataStore store;
  const std::string text(reinterpret_cast<const char*>(data), size);
  try {
    const YAML::Node node = evgraph::parse_yaml(text, "fuzz.yaml");
    for (const char* schema : {"corpus.schema.json", "lexicon.schema.json", "graph.schema.json"})
      (void)evgraph::check_against_schema(node, "fuzz.yaml", schema, store);
  } catch (const evgraph::Error&) {
  }
  try {
    (void)evgraph::graph_from_json(text, "fuzz.json");
  } catch (const evgraph::Error&) {
  }
  return 0;
}
