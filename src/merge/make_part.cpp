#include <evgraph/corpus.hpp>
#include <evgraph/merge.hpp>
#include <evgraph/parts.hpp>

#include <map>
#include <set>

namespace evgraph {

DocumentPart make_part(DocumentAnalysis analysis, const Corpus& corpus, std::size_t position, const Lexicon& lexicon) {
  DocumentPart part;
  part.corpus = corpus.name;
  part.corpus_version = corpus.version;
  part.corpus_language = corpus.language;
  part.position = position;
  part.document = std::move(analysis.info);
  part.events = std::move(analysis.events);
  // The id the mention alone would get; the merge gives the merged event its own.
  for (Event& event : part.events) event.id = content_id(event);
  part.pinned_dates = lexicon.pinned_dates();
  part.pinned_titles = lexicon.pinned_titles();

  std::set<std::pair<std::string, std::string>> spellings;
  for (const Mention& mention : analysis.mentions) spellings.emplace(mention.entity_id, mention.text);
  part.spellings.assign(spellings.begin(), spellings.end());

  // Each named entity with its definition: the lexicon's, else the one found in this document
  // (a name the lexicon does not list). A mention of neither names nothing the graph keeps.
  std::map<std::string, DocumentPart::NamedEntity> named;
  for (const auto& [id, text] : part.spellings) {
    if (named.count(id)) continue;
    if (const LexiconEntry* entry = lexicon.find_entry(id)) named.emplace(id, DocumentPart::NamedEntity{*entry, true});
  }
  for (LexiconEntry& found : analysis.discovered) {
    const std::string id = found.entity.id;  // `found` is moved from below
    if (named.count(id)) continue;
    if (const LexiconEntry* entry = lexicon.find_entry(id)) named.emplace(id, DocumentPart::NamedEntity{*entry, true});
    else named.emplace(id, DocumentPart::NamedEntity{std::move(found), false});
  }
  for (auto& [id, entity] : named) part.entities.push_back(std::move(entity));
  return part;
}

}  // namespace evgraph
