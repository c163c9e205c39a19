// The map/reduce seam of the pipeline. Extraction turns each document into a part: what that
// document contributes to the graph (its events before merging, the entities it names and how
// it spells them). The reduce step folds parts, in any order, into the graph. `evgraph build`
// runs both in one process; `evgraph extract` writes parts as JSON Lines
// (schemas/part.schema.json) and `evgraph merge` reads them back, so the two paths give
// byte-identical outputs.
#pragma once

#include <evgraph/extract.hpp>
#include <evgraph/graph.hpp>
#include <evgraph/lexicon.hpp>
#include <evgraph/model.hpp>

#include <cstddef>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <unordered_set>
#include <vector>

namespace evgraph {

struct Corpus;

struct DocumentPart {
  std::string corpus;          // the corpus name
  std::string corpus_version;  // optional
  std::string corpus_language; // the corpus's default language: the outputs' language
  std::size_t position = 0;    // the document's place in its corpus manifest
  DocumentInfo document;
  std::vector<Event> events;   // before merging: each with the id it would have alone
  std::vector<std::pair<std::string, std::string>> spellings;  // (entity id, text as written), sorted, unique
  struct NamedEntity {
    LexiconEntry entry;
    bool from_lexicon = true;  // else found in this document by the name finder
  };
  std::vector<NamedEntity> entities;  // every entity `spellings` names, sorted by id
  std::map<std::string, std::string> pinned_dates;  // the lexicon's (event id -> TIMEX3), in every part
  std::map<std::string, std::string> pinned_titles;  // the lexicon's (event id -> title), in every part
};

// The part of one analysed document. `lexicon` is the one the analysis was made with.
DocumentPart make_part(DocumentAnalysis analysis, const Corpus& corpus, std::size_t position, const Lexicon& lexicon);

// One JSON object on one line (no newline). Lossless: part_from_json gives back an equal part.
std::string part_to_json(const DocumentPart& part);
// Throws InputError "file:line: ..." when the line is no part.
DocumentPart part_from_json(std::string_view line, const std::string& file, std::size_t line_number);

// Folds parts into the graph. The result does not depend on the order parts are added in:
// events are merged in corpus order, entities keep the definition of the first document that
// names them, documents are listed in corpus order.
class GraphReducer {
 public:
  // Fixes the corpus before any part comes (so that a corpus of unreadable documents still has
  // its name); otherwise the first part fixes it.
  void expect(const std::string& corpus, const std::string& version, const std::string& language,
              const std::map<std::string, std::string>& pinned_dates,
              const std::map<std::string, std::string>& pinned_titles = {});
  // Throws InputError when the part belongs to another corpus or repeats a document.
  void add(DocumentPart part, const std::string& origin = {});
  std::size_t documents() const { return m_documents.size(); }
  const std::string& language() const { return m_language; }
  EventGraph finish();
  // finish().to_model(), in less time and memory: the documents' mentions go into the model's
  // edges without a graph. What `merge` and `build` write, as finish_compact() (the mentions kept
  // compact) then joined().
  GraphModel finish_model();
  CompactModel finish_compact();

 private:
  // Where an event of m_events stands in the corpus: its document's position, then its order
  // within the document.
  using EventKey = std::pair<std::size_t, std::size_t>;
  struct KnownEntity {
    std::uint32_t number = 0;  // order of first sight: what m_mentioned holds
    bool from_lexicon = false;
    std::size_t position = 0;  // of the document whose definition it keeps, when found in one
    LexiconEntry entry;
    std::set<std::string> spellings;
  };

  struct Reduced;  // what finish() and finish_model() make a graph of
  Reduced take_reduced();
  void add_entity(const DocumentPart::NamedEntity& named, std::size_t position);
  std::vector<std::pair<EntityClass, Entity>> take_entities();
  std::vector<std::string> rank_mentions();

  bool m_started = false;
  std::string m_corpus, m_corpus_version, m_language;
  std::map<std::string, std::string> m_pinned_dates;
  std::map<std::string, std::string> m_pinned_titles;
  // The documents as the parts came, and their positions: a map by position held each a second
  // time at the end (56 MB on a 1 GB corpus), when they are put in id order.
  std::vector<DocumentInfo> m_documents;
  std::vector<std::size_t> m_document_positions;
  std::unordered_set<std::size_t> m_positions_taken;
  std::vector<Event> m_events;         // as the parts came
  std::vector<EventKey> m_event_keys;  // one per event of m_events
  std::map<std::string, KnownEntity> m_entities;  // by id
  // (entity number, document position), one per mention: two numbers where strings would take
  // ~150 bytes, on a corpus of 50,000 documents a million and more of them. Sorted at the end.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> m_mentioned;
  std::uint32_t m_entity_count = 0;
};

}  // namespace evgraph
