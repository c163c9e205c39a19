#include <evgraph/extract.hpp>

#include "extract/event_builder.hpp"
#include "extract/sentence_items.hpp"

namespace evgraph {

DocumentAnalysis EventExtractor::analyse(const LoadedDocument& document, const LanguageResources& language) const {
  DocumentAnalysis analysis;
  analysis.info = document.info;
  const std::string& text = document.text;
  const FoldedText folded = fold_text(text);
  analysis.timexes = language.tagger->tag(folded, text, document.info.published);
  analysis.mentions = m_lexicon.find(folded, text);
  const auto triggers = language.triggers->find(folded);
  const auto cues = language.triggers->find_cues(folded);

  const detail::DocumentContext context{document.info, text, folded, *language.triggers, m_lexicon};
  detail::SentenceItemsCursor cursor(analysis.timexes, analysis.mentions, triggers, cues, folded);
  for (const Span& sentence : split_sentences(text)) {
    const detail::SentenceItems items = cursor.next(sentence);
    for (Event& event : detail::events_of_sentence(context, items)) analysis.events.push_back(std::move(event));
  }
  return analysis;
}

}  // namespace evgraph
