// Any bytes as a graph.json: read back, or an evgraph::Error.
#include <evgraph/graph_io.hpp>

#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    (void)evgraph::graph_from_json(evgraph::fuzz::as_text(data, size), "fuzz.json");
  } catch (const evgraph::Error&) {
  }
  return 0;
}
