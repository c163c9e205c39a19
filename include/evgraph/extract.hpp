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

// Bounds on the work and memory one document can cost, whatever its text (CONTRACT: every limit
// hit is a warning or an error, never a crash or a gigabyte).
struct ExtractLimits {
  // A source's quote is its sentence clipped to this many characters around the trigger, on word
  // boundaries with "…" where cut; the source's begin/end still span the whole sentence. 0: no clip.
  std::size_t max_quote_chars = 400;
  // A longer sentence (an article without full stops, a run-on list) is read as pieces of at most
  // this many bytes, cut at spaces: clause finding and roles are quadratic in the worst case.
  std::size_t max_sentence_bytes = 4000;
};

struct DocumentAnalysis {
  DocumentInfo info;
  std::vector<Timex> timexes;
  std::vector<Mention> mentions;           // lexicon entries and names found, sorted
  std::vector<LexiconEntry> discovered;    // entities no lexicon lists, first seen here
  std::vector<Event> events;  // ids not yet assigned: the merge stage gives them
  std::size_t sentences_cut = 0;  // sentences longer than ExtractLimits::max_sentence_bytes
};

// Thread-safe: analyse() may run on several documents at once.
class EventExtractor {
 public:
  explicit EventExtractor(const Lexicon& lexicon, ExtractLimits limits = {}) : m_lexicon(lexicon), m_limits(limits) {}

  // `language`: the pack of the document's language.
  DocumentAnalysis analyse(const LoadedDocument& document, const LanguagePack& language) const;

 private:
  const Lexicon& m_lexicon;
  ExtractLimits m_limits;
};

}  // namespace evgraph
