// Events of one document: temporal expressions, lexicon mentions and triggers combined sentence
// by sentence into dated events with participants, places, proposals and modality.
#pragma once

#include <evgraph/corpus.hpp>
#include <evgraph/lexicon.hpp>
#include <evgraph/model.hpp>
#include <evgraph/timex.hpp>

#include <string>
#include <vector>

namespace evgraph {

// What one language needs to read a document. Borrowed: the caller keeps them alive.
struct LanguageResources {
  const TimexTagger* tagger = nullptr;
  const TriggerSet* triggers = nullptr;
  const NameFinder* names = nullptr;  // optional: without it only lexicon entries are found
};

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

  DocumentAnalysis analyse(const LoadedDocument& document, const LanguageResources& language) const;

 private:
  const Lexicon& m_lexicon;
};

}  // namespace evgraph
