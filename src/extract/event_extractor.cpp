#include <evgraph/extract.hpp>

#include "extract/claims.hpp"
#include "extract/event_builder.hpp"
#include "extract/words.hpp"

#include <algorithm>

namespace evgraph {
namespace {

// Lexicon mentions and the names found without a lexicon, in one sorted list: a name found around
// a lexicon entry ("Banque de France" around "France") replaces it.
std::vector<Mention> merge_names(std::vector<Mention> known, std::vector<Mention> names) {
  // Both lists are sorted and names do not overlap each other: one forward sweep.
  std::size_t next_name = 0;
  auto inside_a_name = [&](const Mention& mention) {
    while (next_name < names.size() && names[next_name].end <= mention.begin) ++next_name;
    if (next_name == names.size()) return false;
    const Mention& name = names[next_name];
    return name.begin <= mention.begin && mention.end <= name.end && name.end - name.begin > mention.end - mention.begin;
  };
  known.erase(std::remove_if(known.begin(), known.end(), inside_a_name), known.end());
  known.insert(known.end(), std::make_move_iterator(names.begin()), std::make_move_iterator(names.end()));
  std::sort(known.begin(), known.end(), [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
  return known;
}

}  // namespace

DocumentAnalysis EventExtractor::analyse(const LoadedDocument& document, const LanguagePack& language) const {
  DocumentAnalysis analysis;
  analysis.info = document.info;
  const std::string& text = document.text;
  FoldedText folded = fold_text(text);
  add_words(folded);  // the lexicon, triggers, names and clauses all walk the same words
  analysis.timexes = language.tagger().tag(folded, text, document.info.published);
  std::vector<Span> blocked;
  for (const Timex& timex : analysis.timexes) blocked.push_back({timex.begin, timex.end});
  std::vector<Mention> known = m_lexicon.find(folded, text);
  language.names().drop_places_in_person_names(folded, text, known, m_lexicon);
  NameFinder::Result names = language.names().find(folded, text, known, blocked, m_lexicon);
  analysis.discovered = std::move(names.found);
  analysis.mentions = merge_names(std::move(known), std::move(names.mentions));

  // Kinds and display names of every entity the document names: pronouns need the kinds, titles
  // the names.
  std::map<std::string, std::string> kinds, display;
  for (const Mention& mention : analysis.mentions) {
    if (kinds.count(mention.entity_id)) continue;
    if (const LexiconEntry* entry = m_lexicon.find_entry(mention.entity_id)) {
      kinds[mention.entity_id] = entry->entity.kind;
      display[mention.entity_id] = entry->entity.name;
    }
  }
  for (const LexiconEntry& entry : analysis.discovered) {
    kinds.emplace(entry.entity.id, entry.entity.kind);
    display.emplace(entry.entity.id, entry.entity.name);
  }

  const auto triggers = language.triggers().find(folded);
  const detail::DocumentContext context{document.info, text, folded, language, m_lexicon,
                                        analysis.mentions, analysis.timexes, triggers, kinds, display,
                                        detail::writes_accents(text), m_limits.max_quote_chars};
  detail::EventReader reader(context);
  std::vector<Span> sentences = split_sentences(text, language.abbreviations());
  if (m_limits.max_sentence_bytes > 0)
    sentences = bound_sentences(text, sentences, m_limits.max_sentence_bytes, &analysis.sentences_cut);
  for (const Span& sentence : sentences)
    for (Event& event : reader.read(sentence)) analysis.events.push_back(std::move(event));
  detail::credit_claimed_events(analysis.events, language.triggers());
  return analysis;
}

}  // namespace evgraph
