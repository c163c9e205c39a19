// Events of one document: temporal expressions, lexicon mentions and triggers combined sentence
// by sentence into dated events with participants, places, proposals and modality.
#pragma once

#include <evgraph/corpus.hpp>
#include <evgraph/language.hpp>
#include <evgraph/lexicon.hpp>
#include <evgraph/model.hpp>
#include <evgraph/timex.hpp>

#include <string>
#include <vector>

namespace evgraph {

struct DocumentAnalysis {
  DocumentInfo info;
  std::vector<Timex> timexes;
  std::vector<Mention> mentions;           // lexicon entries and names found, sorted
  std::vector<LexiconEntry> discovered;    // entities no lexicon lists, first seen here
  std::vector<Event> events;  // ids not yet assigned: the merge stage gives them
};

// Thread-safe: analyse() may run on several documents at once.
class EventExtractor {
 public:
  explicit EventExtractor(const Lexicon& lexicon) : m_lexicon(lexicon) {}

  // `language`: the pack of the document's language.
  DocumentAnalysis analyse(const LoadedDocument& document, const LanguagePack& language) const;

 private:
  const Lexicon& m_lexicon;
};

}  // namespace evgraph
