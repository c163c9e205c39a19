// The whole path from a corpus to the graph: documents are read and analysed in parallel, one at
// a time per worker (a corpus streams; only its events stay in memory), then merged. A document
// that cannot be read is reported to the Diagnostics sink and left out.
#pragma once

#include <evgraph/corpus.hpp>
#include <evgraph/diagnostics.hpp>
#include <evgraph/extract.hpp>
#include <evgraph/graph.hpp>
#include <evgraph/resources.hpp>

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace evgraph {

struct PipelineOptions {
  std::vector<std::filesystem::path> lexicons;  // user lexicons, after the manifest's own
  unsigned threads = 0;                         // 0: one per core
  std::size_t max_document_bytes = kDefaultMaxDocumentBytes;
};

// Runs `work(index)` for every document index on `threads` workers; rethrows the first exception
// (by document order) after all workers stop.
void for_each_document(std::size_t count, unsigned threads, const std::function<void(std::size_t)>& work);

// Tags the temporal expressions of every readable document; `emit` is called in document order.
void tag_corpus(const Corpus& corpus, const Resources& resources, const PipelineOptions& options,
                Diagnostics& diagnostics,
                const std::function<void(const DocumentInfo&, const std::vector<Timex>&, const std::string& text)>& emit);

// What a build made of a corpus, besides the graph.
struct BuildSummary {
  std::size_t documents_read = 0;
  std::size_t documents_skipped = 0;
};

// corpus -> extract -> merge -> graph. Throws Error for problems that are not one document's.
EventGraph build_event_graph(const Corpus& corpus, const Resources& resources, const PipelineOptions& options,
                             Diagnostics& diagnostics, BuildSummary* summary = nullptr);

// A graph export (graph.json, graph.yaml) is read as it is; anything else is a corpus and goes
// through the pipeline.
GraphModel load_graph_or_build(const std::filesystem::path& path, const Resources& resources,
                               const CorpusOptions& corpus, const PipelineOptions& options, Diagnostics& diagnostics);

}  // namespace evgraph
