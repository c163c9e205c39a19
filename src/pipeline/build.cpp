#include <evgraph/graph_io.hpp>
#include <evgraph/merge.hpp>
#include <evgraph/pipeline.hpp>

#include <algorithm>
#include <optional>
#include <tuple>

namespace evgraph {
namespace {

// A document read, or why it could not be.
struct ReadResult {
  std::optional<LoadedDocument> document;
  std::optional<InputError> problem;
};

ReadResult try_read(const Corpus& corpus, std::size_t index, const Resources& resources, const PipelineOptions& options,
                    bool digest = true) {
  ReadResult result;
  try {
    result.document = read_document(corpus, index, resources.env(), options.max_document_bytes, digest);
  } catch (const InputError& e) {
    result.problem = e;
  }
  return result;
}

void report_skipped(const InputError& problem, Diagnostics& diagnostics) {
  if (diagnostics.strict()) throw problem;
  diagnostics.warning(problem.location(), problem.message() + "; document skipped");
}

std::vector<LexiconSource> read_lexicons(const Corpus& corpus, const Resources& resources, const PipelineOptions& options) {
  std::vector<LexiconSource> sources;
  for (const auto& relative : corpus.lexicons)
    sources.push_back({(corpus.root / relative).string(), resources.env().read_confined(corpus.root, relative)});
  for (const auto& file : options.lexicons) sources.push_back({file.string(), resources.env().read_file(file)});
  return sources;
}

// Past extraction only events, entities and each (entity, spelling) pair are needed: a large
// corpus keeps one small record per document, not every mention.
void keep_what_merge_needs(DocumentAnalysis& analysis) {
  analysis.timexes = {};
  auto& mentions = analysis.mentions;
  std::sort(mentions.begin(), mentions.end(), [](const Mention& a, const Mention& b) {
    return std::tie(a.entity_id, a.text) < std::tie(b.entity_id, b.text);
  });
  mentions.erase(std::unique(mentions.begin(), mentions.end(),
                             [](const Mention& a, const Mention& b) { return a.entity_id == b.entity_id && a.text == b.text; }),
                 mentions.end());
  mentions.shrink_to_fit();
}

}  // namespace

void tag_corpus(const Corpus& corpus, const Resources& resources, const PipelineOptions& options, Diagnostics& diagnostics,
                const std::function<void(const DocumentInfo&, const std::vector<Timex>&, const std::string&)>& emit) {
  // Documents are tagged in parallel batches and emitted in order, so memory stays bounded by
  // one batch of texts and warnings come in corpus order.
  const std::size_t batch = 256;
  for (std::size_t first = 0; first < corpus.documents.size(); first += batch) {
    const std::size_t count = std::min(batch, corpus.documents.size() - first);
    std::vector<ReadResult> documents(count);
    std::vector<std::vector<Timex>> results(count);
    for_each_document(count, options.threads, [&](std::size_t k) {
      documents[k] = try_read(corpus, first + k, resources, options, /*digest=*/false);
      if (!documents[k].document) return;
      const LoadedDocument& document = *documents[k].document;
      results[k] = resources.language(document.info.lang).tagger().tag(document.text, document.info.published);
    });
    for (std::size_t k = 0; k < count; ++k) {
      if (documents[k].problem) report_skipped(*documents[k].problem, diagnostics);
      else emit(documents[k].document->info, results[k], documents[k].document->text);
    }
  }
}

EventGraph build_event_graph(const Corpus& corpus, const Resources& resources, const PipelineOptions& options,
                             Diagnostics& diagnostics, BuildSummary* summary) {
  const Lexicon lexicon(resources.data(), read_lexicons(corpus, resources, options), corpus.language);
  for (const auto& doc : corpus.documents) resources.language(doc.lang);  // load packs before the workers
  const EventExtractor extractor(lexicon);

  std::vector<std::optional<DocumentAnalysis>> per_document(corpus.documents.size());
  std::vector<std::optional<InputError>> problems(corpus.documents.size());
  for_each_document(corpus.documents.size(), options.threads, [&](std::size_t index) {
    ReadResult read = try_read(corpus, index, resources, options);
    if (!read.document) {
      problems[index] = std::move(read.problem);
      return;
    }
    DocumentAnalysis analysis = extractor.analyse(*read.document, resources.language(read.document->info.lang));
    keep_what_merge_needs(analysis);
    per_document[index] = std::move(analysis);
  });

  std::vector<Event> events;
  std::vector<DocumentInfo> infos;
  EntityTable entities(lexicon);
  BuildSummary counts;
  for (std::size_t index = 0; index < per_document.size(); ++index) {
    if (problems[index]) {
      report_skipped(*problems[index], diagnostics);
      ++counts.documents_skipped;
      continue;
    }
    DocumentAnalysis& analysis = *per_document[index];
    ++counts.documents_read;
    entities.add_document(analysis);
    infos.push_back(std::move(analysis.info));
    for (auto& event : analysis.events) events.push_back(std::move(event));
    per_document[index].reset();
  }
  if (summary) *summary = counts;
  events = merge_events(std::move(events), lexicon.pinned_dates(), lexicon.pinned_titles());

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

GraphModel load_graph_or_build(const std::filesystem::path& path, const Resources& resources,
                               const CorpusOptions& corpus, const PipelineOptions& options, Diagnostics& diagnostics) {
  if (is_graph_export(path, resources.env())) return load_graph(path, resources.data(), resources.env());
  return build_event_graph(open_corpus(path, corpus, resources, diagnostics), resources, options, diagnostics).to_model();
}

}  // namespace evgraph
