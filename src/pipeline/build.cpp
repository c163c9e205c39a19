#include <evgraph/graph_io.hpp>
#include <evgraph/links.hpp>
#include <evgraph/pipeline.hpp>

#include "pipeline/ordered.hpp"
#include "pipeline/part_cache.hpp"

#include <algorithm>
#include <optional>

namespace evgraph {
namespace {

// Results the workers hand to the calling thread, which keeps document order.
constexpr std::size_t kWindowPerThread = 32;

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

unsigned worker_count(unsigned threads) { return threads ? threads : std::max(1u, std::thread::hardware_concurrency()); }

// One document on its way through extraction: its part, where it came from, or why it has none.
struct Extracted {
  std::optional<DocumentPart> part;
  std::optional<InputError> problem;
  std::string cache_key;
  std::string part_json;  // for the cache: as read from it, or as written for it
  std::string part_check;
  bool from_cache = false;
  bool in_place = false;           // its cache line stays where it is (PartCache::Hit)
  bool unread = false;             // its file's stamp named its digest: neither read nor hashed
  std::optional<FileStamp> stamp;  // of its file, for the cache's digest table
  std::string sha256;
  std::size_t bytes = 0;
  std::string path;               // of the document, for warnings
  std::size_t sentences_cut = 0;  // over ExtractLimits::max_sentence_bytes

  void take(detail::PartCache::Hit&& hit) {
    part = std::move(hit.part);
    part_json = std::move(hit.json);
    part_check = std::move(hit.check);
    in_place = hit.in_place;
    from_cache = true;
  }
};

// What the workers of extract_parts share, read-only.
struct ExtractContext {
  const Corpus& corpus;
  const Resources& resources;
  const PipelineOptions& options;
  const Lexicon& lexicon;
  const EventExtractor& extractor;
  const detail::PartCache* cache;  // null without a cache
  Diagnostics& diagnostics;
};

// The cached part of a document whose file stamp names the digest an earlier build read, found
// without reading the document. Leaves in `out.cache_key` the key it looked up, if any.
bool take_unread(const ExtractContext& context, std::size_t position, Extracted& out) {
  const detail::PartCache* cache = context.cache;
  if (!cache || !cache->knows_digests() || !context.corpus.texts.empty()) return false;
  const DocumentInfo& listed = context.corpus.documents[position];
  const std::optional<FileStamp> stamp = context.resources.env().stamp_confined(context.corpus.root, listed.path);
  // A file now over the size limit is read, which reports it as before.
  if (!stamp || stamp->size > context.options.max_document_bytes) return false;
  const std::string* digest = cache->digest(*stamp);
  if (!digest) return false;
  DocumentInfo document = listed;
  document.sha256 = *digest;
  out.cache_key = cache->key(document);
  auto hit = cache->find(out.cache_key, document, context.corpus, position, context.diagnostics);
  if (!hit) return false;
  out.take(std::move(*hit));
  out.unread = true;
  out.stamp = stamp;
  out.sha256 = *digest;
  out.bytes = static_cast<std::size_t>(stamp->size);
  return true;
}

// One document's part: from the cache, unread or read, or analysed.
Extracted extract_one(const ExtractContext& context, std::size_t position) {
  Extracted out;
  if (take_unread(context, position, out)) return out;
  ReadResult read = try_read(context.corpus, position, context.resources, context.options);
  if (!read.document) {
    out.problem = std::move(read.problem);
    return out;
  }
  LoadedDocument& document = *read.document;
  out.bytes = document.text.size();
  out.stamp = document.stamp;
  out.sha256 = document.info.sha256;
  if (context.cache) {
    std::string key = context.cache->key(document.info);
    const bool tried = key == out.cache_key;  // a damaged entry is reported once
    out.cache_key = std::move(key);
    if (!tried) {
      if (auto hit = context.cache->find(out.cache_key, document.info, context.corpus, position, context.diagnostics)) {
        out.take(std::move(*hit));
        return out;
      }
    }
  }
  DocumentAnalysis analysis = context.extractor.analyse(document, context.resources.language(document.info.lang));
  out.sentences_cut = analysis.sentences_cut;
  out.path = (context.corpus.root / document.info.path).string();
  out.part = make_part(std::move(analysis), context.corpus, position, context.lexicon);
  if (context.cache) {
    out.part_json = detail::PartCache::text_of(*out.part);
    out.part_check = detail::PartCache::check_of(out.part_json);
  }
  return out;
}

void report_cut_sentences(const Extracted& extracted, const PipelineOptions& options, Diagnostics& diagnostics) {
  if (extracted.sentences_cut == 0) return;
  diagnostics.warning({extracted.path}, std::to_string(extracted.sentences_cut) + " sentence(s) longer than " +
                                            std::to_string(options.extract.max_sentence_bytes) +
                                            " bytes read in pieces (--max-sentence-bytes)");
}

}  // namespace

void tag_corpus(const Corpus& corpus, const Resources& resources, const PipelineOptions& options, Diagnostics& diagnostics,
                const std::function<void(const DocumentInfo&, const std::vector<Timex>&, const std::string&)>& emit) {
  struct Tagged {
    ReadResult read;
    std::vector<Timex> timexes;
  };
  for (const auto& doc : corpus.documents) resources.language(doc.lang);  // load packs before the workers
  const unsigned threads = worker_count(options.threads);
  detail::run_ordered<Tagged>(
      corpus.documents.size(), threads, kWindowPerThread * threads,
      [&](std::size_t k) {
        Tagged tagged{try_read(corpus, k, resources, options, /*digest=*/false), {}};
        if (const auto& document = tagged.read.document)
          tagged.timexes = resources.language(document->info.lang).tagger().tag(document->text, document->info.published);
        return tagged;
      },
      [&](std::size_t, Tagged&& tagged) {
        if (tagged.read.problem) report_skipped(*tagged.read.problem, diagnostics);
        else emit(tagged.read.document->info, tagged.timexes, tagged.read.document->text);
      });
}

void extract_parts(const Corpus& corpus, const Resources& resources, const PipelineOptions& options,
                   Diagnostics& diagnostics, const Shard& shard, const std::function<void(DocumentPart&&)>& emit,
                   BuildSummary* summary) {
  const std::vector<LexiconSource> lexicon_sources = read_lexicons(corpus, resources, options);
  const Lexicon lexicon(resources.data(), lexicon_sources, corpus.language);
  for (const auto& doc : corpus.documents) resources.language(doc.lang);  // load packs before the workers
  const EventExtractor extractor(lexicon, options.extract);

  std::optional<detail::PartCache> cache;
  if (!options.cache.empty()) {
    std::vector<std::string> rules;
    for (const auto& source : lexicon_sources) rules.push_back(source.text);
    // Parts made under other limits hold other quotes and sentence pieces.
    rules.push_back("limits " + std::to_string(options.extract.max_quote_chars) + " " +
                    std::to_string(options.extract.max_sentence_bytes));
    cache.emplace(options.cache, resources, rules, lexicon);
    cache->open(corpus, diagnostics);
  }

  const std::size_t total = corpus.documents.size();
  const std::size_t first = total * shard.index / shard.count;
  const std::size_t last = total * (shard.index + 1) / shard.count;
  const unsigned threads = worker_count(options.threads);
  const ExtractContext context{corpus, resources, options, lexicon, extractor, cache ? &*cache : nullptr, diagnostics};
  BuildSummary counts;
  Progress progress{0, last - first, 0};
  detail::run_ordered<Extracted>(
      last - first, threads, kWindowPerThread * threads, [&](std::size_t k) { return extract_one(context, first + k); },
      [&](std::size_t, Extracted&& extracted) {
        ++progress.documents_done;
        progress.bytes_done += extracted.bytes;
        if (extracted.problem) {
          report_skipped(*extracted.problem, diagnostics);
          ++counts.documents_skipped;
        } else {
          ++counts.documents_read;
          report_cut_sentences(extracted, options, diagnostics);
          if (extracted.from_cache) ++counts.documents_cached;
          if (extracted.unread) ++counts.documents_unread;
          if (cache)
            cache->keep(extracted.cache_key, extracted.part_check, extracted.part_json, extracted.in_place,
                        extracted.stamp, extracted.sha256);
          emit(std::move(*extracted.part));
        }
        if (options.progress) options.progress(progress);
      });
  if (cache) cache->commit();
  if (summary) *summary = counts;
}

namespace {

GraphReducer reduce(const Corpus& corpus, const Resources& resources, const PipelineOptions& options,
                    Diagnostics& diagnostics, BuildSummary* summary) {
  GraphReducer reducer;
  extract_parts(corpus, resources, options, diagnostics, Shard{}, [&](DocumentPart&& part) {
    reducer.add(std::move(part));
  }, summary);
  if (reducer.documents() == 0) reducer.expect(corpus.name, corpus.version, corpus.language, {});
  return reducer;
}

}  // namespace

EventGraph build_event_graph(const Corpus& corpus, const Resources& resources, const PipelineOptions& options,
                             Diagnostics& diagnostics, BuildSummary* summary) {
  return reduce(corpus, resources, options, diagnostics, summary).finish();
}

GraphModel build_graph_model(const Corpus& corpus, const Resources& resources, const PipelineOptions& options,
                             Diagnostics& diagnostics, BuildSummary* summary) {
  return reduce(corpus, resources, options, diagnostics, summary).finish_model();
}

CompactModel build_compact_model(const Corpus& corpus, const Resources& resources, const PipelineOptions& options,
                                 Diagnostics& diagnostics, BuildSummary* summary) {
  return reduce(corpus, resources, options, diagnostics, summary).finish_compact();
}

CompactModel build_compact_model(Corpus&& corpus, const Resources& resources, const PipelineOptions& options,
                                 Diagnostics& diagnostics, BuildSummary* summary) {
  GraphReducer reducer = reduce(corpus, resources, options, diagnostics, summary);
  corpus.documents = {};
  corpus.texts = {};
  return reducer.finish_compact();
}

GraphModel load_graph_or_build(const std::filesystem::path& path, const Resources& resources,
                               const CorpusOptions& corpus, const PipelineOptions& options, Diagnostics& diagnostics) {
  if (is_graph_export(path, resources.env())) {
    GraphModel model = load_graph(path, resources.data(), resources.env());
    drop_unsafe_urls(model.corpus.documents, path.string(), diagnostics);
    return model;
  }
  return build_graph_model(open_corpus(path, corpus, resources, diagnostics), resources, options, diagnostics);
}

}  // namespace evgraph
