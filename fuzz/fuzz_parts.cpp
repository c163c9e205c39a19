// Any bytes as the JSON Lines of `evgraph extract`: each line read as a part and folded into a
// graph, or an evgraph::Error.
#include <evgraph/parts.hpp>

#include "fuzz_support.hpp"

#include <algorithm>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text = evgraph::fuzz::as_text(data, size);
  try {
    evgraph::GraphReducer reducer;
    std::size_t line_number = 0;
    for (std::size_t start = 0; start < text.size();) {
      const std::size_t end = std::min(text.find('\n', start), text.size());
      reducer.add(evgraph::part_from_json(std::string_view(text).substr(start, end - start), "fuzz.jsonl", ++line_number));
      start = end + 1;
    }
    (void)reducer.finish();
  } catch (const evgraph::Error&) {
  }
  return 0;
}
