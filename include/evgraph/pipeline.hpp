// The whole path from a corpus to the graph: documents stream through parallel workers into
// parts (pipeline of map and reduce, see parts.hpp), which fold into the graph. A document that
// cannot be read is reported to the Diagnostics sink and left out.
#pragma once

#include <evgraph/corpus.hpp>
#include <evgraph/diagnostics.hpp>
#include <evgraph/extract.hpp>
#include <evgraph/graph.hpp>
#include <evgraph/parts.hpp>
#include <evgraph/resources.hpp>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace evgraph {

// How far a run has come, for progress displays.
struct Progress {
  std::size_t documents_done = 0;
  std::size_t documents_total = 0;
  std::uint64_t bytes_done = 0;  // document text read (or found in the cache)
};

struct PipelineOptions {
  std::vector<std::filesystem::path> lexicons;  // user lexicons, after the manifest's own
  unsigned threads = 0;                         // 0: one per core
  std::size_t max_document_bytes = kDefaultMaxDocumentBytes;  // a larger document: warning, skipped
  ExtractLimits extract;  // bounds on one sentence's work and quote
  // A folder of earlier builds' per-document parts (see pipeline/part_cache.hpp): documents
  // whose part is there are not analysed again. Empty: no cache.
  std::filesystem::path cache;
  // Called from the calling thread after each document, in corpus order.
  std::function<void(const Progress&)> progress;
};

// The documents `extract --shard I/N` takes: a contiguous slice of the manifest.
struct Shard {
  std::size_t index = 0;  // 0-based
  std::size_t count = 1;
};

// Tags the temporal expressions of every readable document; `emit` is called in document order.
void tag_corpus(const Corpus& corpus, const Resources& resources, const PipelineOptions& options,
                Diagnostics& diagnostics,
                const std::function<void(const DocumentInfo&, const std::vector<Timex>&, const std::string& text)>& emit);

// What a build made of a corpus, besides the graph.
struct BuildSummary {
  std::size_t documents_read = 0;
  std::size_t documents_skipped = 0;
  std::size_t documents_cached = 0;  // parts found in the cache
  std::size_t documents_unread = 0;  // of those, found by their file's unchanged stamp: not read
};

// The map step: the part of every readable document of `shard`, passed to `emit` in corpus
// order (on the calling thread). Documents are read and analysed on `options.threads` workers a
// bounded window ahead of `emit`, so memory does not grow with the corpus.
void extract_parts(const Corpus& corpus, const Resources& resources, const PipelineOptions& options,
                   Diagnostics& diagnostics, const Shard& shard, const std::function<void(DocumentPart&&)>& emit,
                   BuildSummary* summary = nullptr);

// corpus -> extract -> merge -> graph: extract_parts folded by a GraphReducer, as `evgraph
// extract` then `evgraph merge` would. Throws Error for problems that are not one document's.
EventGraph build_event_graph(const Corpus& corpus, const Resources& resources, const PipelineOptions& options,
                             Diagnostics& diagnostics, BuildSummary* summary = nullptr);
// build_event_graph(...).to_model(), in less time and memory (GraphReducer::finish_model): the
// records `build` writes.
GraphModel build_graph_model(const Corpus& corpus, const Resources& resources, const PipelineOptions& options,
                             Diagnostics& diagnostics, BuildSummary* summary = nullptr);
// The same records with the mentions kept compact (GraphReducer::finish_compact): what `build`
// writes, in a third less memory on a big corpus.
CompactModel build_compact_model(const Corpus& corpus, const Resources& resources, const PipelineOptions& options,
                                 Diagnostics& diagnostics, BuildSummary* summary = nullptr);
// The same, letting go of the corpus's document list (and texts) once every document is read:
// the merge can use that memory (a 1 GB corpus lists 56 MB of documents).
CompactModel build_compact_model(Corpus&& corpus, const Resources& resources, const PipelineOptions& options,
                                 Diagnostics& diagnostics, BuildSummary* summary = nullptr);

// A graph export (graph.json, graph.yaml) is read as it is; anything else is a corpus and goes
// through the pipeline.
GraphModel load_graph_or_build(const std::filesystem::path& path, const Resources& resources,
                               const CorpusOptions& corpus, const PipelineOptions& options, Diagnostics& diagnostics);

}  // namespace evgraph
