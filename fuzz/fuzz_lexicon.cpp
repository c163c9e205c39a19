// Any bytes as a user lexicon (--lexicon): loaded beside the embedded one, or an evgraph::Error.
#include <evgraph/lexicon.hpp>

#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    const evgraph::Lexicon lexicon(evgraph::fuzz::store(), {{"fuzz.yaml", evgraph::fuzz::as_text(data, size)}}, "fr");
    (void)lexicon.entries();
  } catch (const evgraph::Error&) {
  }
  return 0;
}
