#include <evgraph/error.hpp>
#include <evgraph/merge.hpp>
#include <evgraph/parts.hpp>
#include <evgraph/text.hpp>

#include <algorithm>
#include <numeric>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

namespace evgraph {
namespace {

std::string where(const std::string& origin, const DocumentPart& part) {
  return origin.empty() ? "document '" + part.document.id + "'" : origin;
}

// "MONTEVIDEO" from a dateline: the text's ordinary spelling names it better.
bool shouted(const std::string& text) {
  bool letter = false;
  for (char c : text) {
    if (c >= 'a' && c <= 'z') return false;
    letter = letter || (c >= 'A' && c <= 'Z');
  }
  return letter && text.size() > 4;
}

// The entity with the spellings the texts used as aliases, sorted.
Entity with_spellings(Entity entity, const std::set<std::string>& spellings) {
  if (shouted(entity.name))
    for (const auto& form : spellings)
      if (!shouted(form) && fold(form) == fold(entity.name)) {
        entity.name = form;
        break;
      }
  const std::string name = fold(entity.name);
  std::set<std::string> seen;
  for (const auto& alias : entity.aliases) seen.insert(fold(alias));
  for (const auto& form : spellings) {
    if (fold(form) == name || !seen.insert(fold(form)).second) continue;
    entity.aliases.push_back(form);
  }
  std::sort(entity.aliases.begin(), entity.aliases.end());
  return entity;
}

// Puts items[order[k]] at k for every k, moving each item once along the permutation's cycles:
// a second vector would hold them all twice at the peak of a big corpus's build.
template <class T>
void permute_in_place(std::vector<T>& items, std::vector<std::size_t> order) {
  for (std::size_t start = 0; start < order.size(); ++start) {
    if (order[start] == start) continue;
    T held = std::move(items[start]);
    std::size_t at = start;
    while (order[at] != start) {
      const std::size_t from = order[at];
      items[at] = std::move(items[from]);
      order[at] = at;
      at = from;
    }
    items[at] = std::move(held);
    order[at] = at;
  }
}

// The events sorted by their keys, in place: a second vector of half a million events would hold
// some 300 MB more at the peak of a 1 GB corpus's build, and `build` hands them over in corpus
// order already, which moves none. (A deque, which gives its memory back as it is emptied, peaked
// higher: the freed blocks do not make the vector's room.)
std::vector<Event> in_corpus_order(std::vector<Event> events, const std::vector<std::pair<std::size_t, std::size_t>>& keys) {
  if (std::is_sorted(keys.begin(), keys.end())) return events;
  std::vector<std::size_t> order(events.size());  // order[k]: the index of the event that goes to k
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&keys](std::size_t a, std::size_t b) { return keys[a] < keys[b]; });
  permute_in_place(events, std::move(order));
  return events;
}

}  // namespace

void GraphReducer::expect(const std::string& corpus, const std::string& version, const std::string& language,
                          const std::map<std::string, std::string>& pinned_dates,
                          const std::map<std::string, std::string>& pinned_titles) {
  m_started = true;
  m_corpus = corpus;
  m_corpus_version = version;
  m_language = language;
  m_pinned_dates = pinned_dates;
  m_pinned_titles = pinned_titles;
}

void GraphReducer::add(DocumentPart part, const std::string& origin) {
  if (!m_started) {
    expect(part.corpus, part.corpus_version, part.corpus_language, part.pinned_dates, part.pinned_titles);
  } else if (part.corpus != m_corpus || part.corpus_version != m_corpus_version || part.corpus_language != m_language) {
    throw InputError({where(origin, part)}, "part of corpus '" + part.corpus + "' among parts of corpus '" + m_corpus +
                                                "': merge the parts of one corpus version");
  } else if (part.pinned_dates != m_pinned_dates || part.pinned_titles != m_pinned_titles) {
    throw InputError({where(origin, part)}, "part extracted with another lexicon than the parts before it");
  }
  if (!m_positions_taken.insert(part.position).second)
    throw InputError({where(origin, part)}, "document '" + part.document.id + "' (position " +
                                                std::to_string(part.position) + ") is in two parts");
  m_documents.push_back(std::move(part.document));
  m_document_positions.push_back(part.position);

  for (const auto& named : part.entities) add_entity(named, part.position);
  for (const auto& [id, text] : part.spellings) {
    auto known = m_entities.find(id);
    if (known == m_entities.end()) continue;
    known->second.spellings.insert(text);
    m_mentioned.emplace_back(known->second.number, static_cast<std::uint32_t>(part.position));
  }
  for (std::size_t k = 0; k < part.events.size(); ++k) {
    m_events.push_back(std::move(part.events[k]));
    m_event_keys.emplace_back(part.position, k);
  }
}

// The lexicon's definition wins; among names found in texts, the first document's.
void GraphReducer::add_entity(const DocumentPart::NamedEntity& named, std::size_t position) {
  auto [it, added] = m_entities.try_emplace(named.entry.entity.id);
  KnownEntity& known = it->second;
  if (added) known.number = m_entity_count++;
  const bool better = added || (named.from_lexicon && !known.from_lexicon) ||
                      (named.from_lexicon == known.from_lexicon && !known.from_lexicon && position < known.position);
  if (!better) return;
  known.from_lexicon = named.from_lexicon;
  known.position = position;
  known.entry = named.entry;
}

// Turns m_mentioned into (entity rank, document rank) pairs, in id order both, sorted and unique, so
// that the sort compares integers. Returns the entities' ids by rank; a document's rank is its
// place among the documents sorted by id.
std::vector<std::string> GraphReducer::rank_mentions() {
  std::vector<std::uint32_t> entity_rank(m_entity_count);
  std::vector<std::string> entity_by_rank;
  entity_by_rank.reserve(m_entities.size());
  for (const auto& [id, known] : m_entities) {  // a map: in id order
    entity_rank[known.number] = static_cast<std::uint32_t>(entity_by_rank.size());
    entity_by_rank.push_back(id);
  }
  std::vector<std::pair<const std::string*, std::size_t>> documents;  // (id, position)
  documents.reserve(m_documents.size());
  for (std::size_t k = 0; k < m_documents.size(); ++k) documents.emplace_back(&m_documents[k].id, m_document_positions[k]);
  std::sort(documents.begin(), documents.end(), [](const auto& a, const auto& b) { return *a.first < *b.first; });
  std::unordered_map<std::size_t, std::uint32_t> document_rank;
  document_rank.reserve(documents.size());
  for (std::size_t k = 0; k < documents.size(); ++k) document_rank.emplace(documents[k].second, static_cast<std::uint32_t>(k));

  for (auto& [entity, position] : m_mentioned) entity = entity_rank[entity], position = document_rank.at(position);
  std::sort(m_mentioned.begin(), m_mentioned.end());
  m_mentioned.erase(std::unique(m_mentioned.begin(), m_mentioned.end()), m_mentioned.end());
  return entity_by_rank;
}

std::vector<std::pair<EntityClass, Entity>> GraphReducer::take_entities() {
  std::vector<std::pair<EntityClass, Entity>> out;
  for (auto& [id, known] : m_entities) out.emplace_back(known.entry.cls, with_spellings(std::move(known.entry.entity), known.spellings));
  m_entities.clear();
  return out;
}

struct GraphReducer::Reduced {
  CorpusInfo corpus;
  std::vector<Event> events;  // merged
  std::vector<Entity> actors, places, proposals;
  MentionTable mentions;
};

namespace {

// "police", "élus": a lower-case letter first, not a capital or a digit ("20 Minutes").
bool starts_in_lower_case(std::string_view name) {
  if (name.empty()) return false;
  const auto first = static_cast<unsigned char>(name.front());
  return (first >= 'a' && first <= 'z') || (first >= 0x80 && !capital_at(name, 0));
}

}  // namespace

GraphReducer::Reduced GraphReducer::take_reduced() {
  // Corpus order, whatever order the parts came in: the merge of mentions depends on it.
  std::vector<Event> events = in_corpus_order(std::move(m_events), m_event_keys);
  m_events = {};
  m_event_keys = {};
  // The entity tables and the documents first, the merge (which uses every core) after them: made
  // on a thread of their own beside it, their memory came on top of the merge's peak (1,113 MiB
  // rather than 1,075 for the 1 GB bench corpus).
  Reduced reduced;
  reduced.mentions.entities = rank_mentions();
  for (auto& [cls, entity] : take_entities()) {
    auto& into = cls == EntityClass::Actor ? reduced.actors : cls == EntityClass::Place ? reduced.places : reduced.proposals;
    into.push_back(std::move(entity));
  }
  // The documents in id order, as the model lists them.
  reduced.corpus = CorpusInfo{m_corpus, m_corpus_version, {}};
  std::vector<std::size_t> by_id(m_documents.size());
  std::iota(by_id.begin(), by_id.end(), 0);
  std::sort(by_id.begin(), by_id.end(), [this](std::size_t a, std::size_t b) { return m_documents[a].id < m_documents[b].id; });
  permute_in_place(m_documents, std::move(by_id));
  reduced.corpus.documents = std::move(m_documents);
  m_documents = {};
  m_document_positions = {};
  m_positions_taken = {};
  reduced.mentions.pairs = std::move(m_mentioned);
  m_mentioned = {};
  // Actors the texts name only by a common noun ("police", "direction", "board"): written in lower case.
  std::unordered_set<std::string> generic_actors;
  for (const Entity& actor : reduced.actors)
    if (starts_in_lower_case(actor.name)) generic_actors.insert(actor.id);
  reduced.events = merge_events(std::move(events), m_pinned_dates, m_pinned_titles, generic_actors);
  return reduced;
}

EventGraph GraphReducer::finish() {
  Reduced r = take_reduced();
  std::vector<Edge> mentions;
  mentions.reserve(r.mentions.pairs.size());
  for (const auto& [entity, document] : r.mentions.pairs)
    mentions.push_back({r.mentions.entities[entity], r.corpus.documents[document].id, "mentioned_in"});
  return EventGraph::from_events(std::move(r.corpus), std::move(r.events), std::move(r.actors), std::move(r.places),
                                 std::move(r.proposals), mentions);
}

CompactModel GraphReducer::finish_compact() {
  Reduced r = take_reduced();
  return EventGraph::compact_model_from_events(std::move(r.corpus), std::move(r.events), std::move(r.actors),
                                               std::move(r.places), std::move(r.proposals), std::move(r.mentions));
}

GraphModel GraphReducer::finish_model() { return joined(finish_compact()); }

}  // namespace evgraph
