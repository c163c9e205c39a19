// Any bytes as a graph.json: read back, or an evgraph::Error. And whatever the On Demand reader
// accepts, the tree readers (which read all the rest) must read to the same model.
#include <evgraph/graph_io.hpp>

#include "fuzz_support.hpp"
#include "graph/ondemand_reader.hpp"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text = evgraph::fuzz::as_text(data, size);
  try {
    (void)evgraph::graph_from_json(text, "fuzz.json");
  } catch (const evgraph::Error&) {
  }
  if (const auto fast = evgraph::detail::model_from_ondemand(text)) {
    std::string tree;
    try {
      tree = evgraph::to_json(evgraph::detail::model_from_json_tree(text, "fuzz.json"));
    } catch (const evgraph::Error& e) {
      tree = e.what();
    }
    if (evgraph::to_json(*fast) != tree) std::abort();
  }
  return 0;
}
