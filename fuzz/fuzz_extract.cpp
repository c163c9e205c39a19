// Any bytes as a French and an English article: the whole extraction (sentences, dates, names,
// triggers, events) runs without a crash, and every source span lies inside the text.
#include <evgraph/extract.hpp>
#include <evgraph/text.hpp>

#include "fuzz_support.hpp"

#include <algorithm>
#include <cstdlib>

namespace {

const evgraph::Lexicon& lexicon(const char* lang) {
  static const evgraph::Lexicon french(evgraph::fuzz::store(), {}, "fr");
  static const evgraph::Lexicon english(evgraph::fuzz::store(), {}, "en");
  return std::string(lang) == "fr" ? french : english;
}

}  // namespace

// Lexicons and language packs are loaded before the first input, outside its time limit.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  for (const char* lang : {"fr", "en"}) {
    (void)lexicon(lang);
    (void)evgraph::fuzz::memory_resources().resources.language(lang);
  }
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto& shared = evgraph::fuzz::memory_resources();
  const evgraph::Lexicon& french = lexicon("fr");
  const evgraph::Lexicon& english = lexicon("en");
  evgraph::LoadedDocument document;
  document.info.id = "doc";
  document.info.published = evgraph::Date(2025, 3, 20);
  document.text = evgraph::fuzz::as_text(data, size);
  if (evgraph::find_invalid_utf8(document.text)) return 0;  // the corpus reader rejects it first
  for (const auto* lexicon : {&french, &english}) {
    document.info.lang = lexicon == &french ? "fr" : "en";
    const auto analysis = evgraph::EventExtractor(*lexicon).analyse(document, shared.resources.language(document.info.lang));
    for (const auto& event : analysis.events)
      for (const auto& source : event.sources)
        if (source.begin > source.end || source.end > document.text.size()) std::abort();
  }
  return 0;
}
