#include <evgraph/extract.hpp>

#include "extract/event_builder.hpp"
#include "extract/sentence_items.hpp"

#include <algorithm>

namespace evgraph {

DocumentAnalysis EventExtractor::analyse(const LoadedDocument& document, const LanguagePack& language) const {
  DocumentAnalysis analysis;
  analysis.info = document.info;
  const std::string& text = document.text;
  FoldedText folded = fold_text(text);
  add_words(folded);  // the lexicon, triggers, cues and names all walk the same words
  analysis.timexes = language.tagger().tag(folded, text, document.info.published);
  analysis.mentions = m_lexicon.find(folded, text);
  {
    std::vector<Span> blocked;
    for (const Timex& timex : analysis.timexes) blocked.push_back({timex.begin, timex.end});
    NameFinder::Result names = language.names().find(folded, text, analysis.mentions, blocked, m_lexicon);
    analysis.discovered = std::move(names.found);
    // A name found around a lexicon entry ("Banque de France" around "France") replaces it.
    // Both lists are sorted and names do not overlap each other: one forward sweep.
    std::size_t next_name = 0;
    auto inside_a_name = [&](const Mention& known) {
      while (next_name < names.mentions.size() && names.mentions[next_name].end <= known.begin) ++next_name;
      if (next_name == names.mentions.size()) return false;
      const Mention& name = names.mentions[next_name];
      return name.begin <= known.begin && known.end <= name.end && name.end - name.begin > known.end - known.begin;
    };
    analysis.mentions.erase(std::remove_if(analysis.mentions.begin(), analysis.mentions.end(), inside_a_name),
                            analysis.mentions.end());
    analysis.mentions.insert(analysis.mentions.end(), std::make_move_iterator(names.mentions.begin()),
                             std::make_move_iterator(names.mentions.end()));
    std::sort(analysis.mentions.begin(), analysis.mentions.end(),
              [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
  }
  const auto triggers = language.triggers().find(folded);
  const auto cues = language.triggers().find_cues(folded);

  const detail::DocumentContext context{document.info, text, folded, language, m_lexicon};
  detail::SentenceItemsCursor cursor(analysis.timexes, analysis.mentions, triggers, cues, folded);
  for (const Span& sentence : split_sentences(text)) {
    const detail::SentenceItems items = cursor.next(sentence);
    for (Event& event : detail::events_of_sentence(context, items)) analysis.events.push_back(std::move(event));
  }
  return analysis;
}

}  // namespace evgraph
