// Any bytes through folding and the French and English taggers: no crash, spans inside the text,
// sorted and not overlapping.
#include <evgraph/timex.hpp>

#include <cstdint>
#include <cstdlib>
#include <string>

namespace {

const evgraph::TimexTagger& tagger(bool french_one) {
  static const evgraph::DataStore store;
  static const evgraph::TimexTagger french(store, "fr");
  static const evgraph::TimexTagger english(store, "en");
  return french_one ? french : english;
}

}  // namespace

// The rule packs are compiled before the first input, outside its time limit.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  (void)tagger(true);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const evgraph::TimexTagger& french = tagger(true);
  const evgraph::TimexTagger& english = tagger(false);
  const std::string text(reinterpret_cast<const char*>(data), size);
  const evgraph::Date reference(2025, 3, 20);
  for (const auto* tagger : {&french, &english}) {
    std::size_t previous_end = 0;
    for (const auto& timex : tagger->tag(text, reference)) {
      if (timex.begin < previous_end || timex.end > text.size() || timex.begin >= timex.end) std::abort();
      previous_end = timex.end;
    }
  }
  return 0;
}
