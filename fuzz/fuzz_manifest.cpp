// Any bytes as a corpus manifest: opened (documents listed, paths confined) or an evgraph::Error.
#include <evgraph/corpus.hpp>

#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto& shared = evgraph::fuzz::memory_resources();
  shared.env.add_file("corpus/corpus.yaml", evgraph::fuzz::as_text(data, size));
  shared.env.add_file("corpus/a.txt", "Le 3 mars, Paris a reçu Berlin.");
  try {
    evgraph::Diagnostics diagnostics;
    (void)evgraph::open_corpus("corpus/corpus.yaml", {}, shared.resources, diagnostics);
  } catch (const evgraph::Error&) {
  }
  return 0;
}
