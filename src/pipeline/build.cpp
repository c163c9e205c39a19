#include <evgraph/export.hpp>
#include <evgraph/merge.hpp>
#include <evgraph/pipeline.hpp>

#include <algorithm>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <tuple>

namespace evgraph {
namespace {

// Taggers and trigger sets for each language the corpus uses, loaded once.
struct LanguagePacks {
  LanguagePacks(const Corpus& corpus, const DataStore& data) {
    std::set<std::string> languages;
    for (const auto& doc : corpus.documents) languages.insert(doc.lang);
    for (const auto& lang : languages) {
      taggers.emplace(lang, std::make_unique<TimexTagger>(data, lang));
      triggers.emplace(lang, std::make_unique<TriggerSet>(data, lang));
      names.emplace(lang, std::make_unique<NameFinder>(data, lang));
    }
  }

  LanguageResources resources(const std::string& lang) const {
    return {taggers.at(lang).get(), triggers.at(lang).get(), names.at(lang).get()};
  }

  std::map<std::string, std::unique_ptr<TimexTagger>> taggers;
  std::map<std::string, std::unique_ptr<TriggerSet>> triggers;
  std::map<std::string, std::unique_ptr<NameFinder>> names;
};

// Every entity the corpus names: the lexicon's, then those found in documents (first document
// wins the name), each with the spellings the texts used as aliases.
class EntityTable {
 public:
  explicit EntityTable(const Lexicon& lexicon) {
    for (const auto& entry : lexicon.entries()) add(entry);
  }

  void add_document(const DocumentAnalysis& analysis) {
    for (const auto& entry : analysis.discovered)
      if (!m_index.count(entry.entity.id)) add(entry);
    std::set<std::string> mentioned;
    for (const auto& mention : analysis.mentions) {
      auto it = m_index.find(mention.entity_id);
      if (it == m_index.end()) continue;
      m_surface_forms[it->second].insert(mention.text);
      mentioned.insert(mention.entity_id);
    }
    for (const auto& id : mentioned) m_mentions.push_back({id, analysis.info.id, "mentioned_in"});
  }

  // mentioned_in edges: which documents name each entity.
  const std::vector<Edge>& mentions() const { return m_mentions; }

  std::vector<std::pair<EntityClass, Entity>> take() {
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
      Entity& entity = m_entries[i].second;
      const std::string name = fold(entity.name);
      std::set<std::string> seen;
      for (const auto& alias : entity.aliases) seen.insert(fold(alias));
      for (const auto& form : m_surface_forms[i]) {
        if (fold(form) == name || !seen.insert(fold(form)).second) continue;
        entity.aliases.push_back(form);
      }
      std::sort(entity.aliases.begin(), entity.aliases.end());
    }
    return std::move(m_entries);
  }

 private:
  void add(const LexiconEntry& entry) {
    m_index.emplace(entry.entity.id, m_entries.size());
    m_entries.emplace_back(entry.cls, entry.entity);
    m_surface_forms.emplace_back();
  }

  std::vector<std::pair<EntityClass, Entity>> m_entries;
  std::vector<std::set<std::string>> m_surface_forms;
  std::map<std::string, std::size_t> m_index;
  std::vector<Edge> m_mentions;
};

}  // namespace

void tag_corpus(const Corpus& corpus, const DataStore& data, unsigned threads,
                const std::function<void(const DocumentInfo&, const std::vector<Timex>&, const std::string&)>& emit) {
  std::map<std::string, std::unique_ptr<TimexTagger>> taggers;
  for (const auto& doc : corpus.documents)
    if (!taggers.count(doc.lang)) taggers.emplace(doc.lang, std::make_unique<TimexTagger>(data, doc.lang));
  // Documents are tagged in parallel batches and emitted in order, so memory stays bounded by
  // one batch of texts.
  const std::size_t batch = 256;
  for (std::size_t first = 0; first < corpus.documents.size(); first += batch) {
    const std::size_t count = std::min(batch, corpus.documents.size() - first);
    std::vector<LoadedDocument> documents(count);
    std::vector<std::vector<Timex>> results(count);
    for_each_document(count, threads, [&](std::size_t k) {
      documents[k] = read_document(corpus, first + k);
      results[k] = taggers.at(documents[k].info.lang)->tag(documents[k].text, documents[k].info.published);
    });
    for (std::size_t k = 0; k < count; ++k) emit(documents[k].info, results[k], documents[k].text);
  }
}

EventGraph build_event_graph(const Corpus& corpus, const DataStore& data, const PipelineOptions& options) {
  std::vector<std::filesystem::path> lexicon_files;
  for (const auto& relative : corpus.lexicons) lexicon_files.push_back(corpus.root / relative);
  lexicon_files.insert(lexicon_files.end(), options.lexicons.begin(), options.lexicons.end());
  const Lexicon lexicon(data, lexicon_files, corpus.language);
  const LanguagePacks packs(corpus, data);
  const EventExtractor extractor(lexicon);

  std::vector<DocumentAnalysis> per_document(corpus.documents.size());
  for_each_document(corpus.documents.size(), options.threads, [&](std::size_t index) {
    const LoadedDocument document = read_document(corpus, index);
    DocumentAnalysis analysis = extractor.analyse(document, packs.resources(document.info.lang));
    // Past this point only events, entities and each (entity, spelling) pair are needed: a large
    // corpus keeps one small record per document, not every mention.
    analysis.timexes = {};
    auto& mentions = analysis.mentions;
    std::sort(mentions.begin(), mentions.end(), [](const Mention& a, const Mention& b) {
      return std::tie(a.entity_id, a.text) < std::tie(b.entity_id, b.text);
    });
    mentions.erase(std::unique(mentions.begin(), mentions.end(),
                               [](const Mention& a, const Mention& b) { return a.entity_id == b.entity_id && a.text == b.text; }),
                   mentions.end());
    mentions.shrink_to_fit();
    per_document[index] = std::move(analysis);
  });

  std::vector<Event> events;
  std::vector<DocumentInfo> infos;
  EntityTable entities(lexicon);
  for (auto& analysis : per_document) {
    entities.add_document(analysis);
    infos.push_back(std::move(analysis.info));
    for (auto& event : analysis.events) events.push_back(std::move(event));
  }
  events = merge_events(std::move(events), lexicon.pinned_dates());

  std::vector<Entity> actors, places, proposals;
  const std::vector<Edge> mentions = entities.mentions();
  for (auto& [cls, entity] : entities.take()) {
    auto& target = cls == EntityClass::Actor ? actors : cls == EntityClass::Place ? places : proposals;
    target.push_back(std::move(entity));
  }
  CorpusInfo info{corpus.name, corpus.version, std::move(infos)};
  return EventGraph::from_events(std::move(info), std::move(events), std::move(actors), std::move(places),
                                 std::move(proposals), mentions);
}

}  // namespace evgraph

namespace evgraph {

bool is_graph_export(const std::filesystem::path& path) {
  if (std::filesystem::is_directory(path)) return false;
  const std::string extension = path.extension().string();
  if (extension == ".json") return true;
  if (extension != ".yaml" && extension != ".yml") return false;
  // Peek at the first keys rather than parse: a graph.yaml can be large.
  std::ifstream in(path);
  std::string line;
  for (int k = 0; k < 20 && std::getline(in, line); ++k)
    if (line.rfind("evgraph:", 0) == 0) return true;
  return false;
}

GraphModel load_graph_or_build(const std::filesystem::path& path, const DataStore& data, const CorpusOptions& corpus,
                               const PipelineOptions& options) {
  if (is_graph_export(path)) return load_graph(path, data);
  return build_event_graph(open_corpus(path, corpus, data), data, options).to_model();
}

}  // namespace evgraph
