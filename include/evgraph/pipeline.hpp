// The whole path from a corpus to the graph: documents are read and analysed in parallel, one at
// a time per worker (a corpus streams; only its events stay in memory), then merged.
#pragma once

#include <evgraph/corpus.hpp>
#include <evgraph/data_store.hpp>
#include <evgraph/extract.hpp>
#include <evgraph/graph.hpp>

#include <filesystem>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace evgraph {

struct PipelineOptions {
  std::vector<std::filesystem::path> lexicons;  // user lexicons, after the manifest's own
  unsigned threads = 0;                         // 0: one per core
};

// Runs `work(index)` for every document index on `threads` workers; rethrows the first exception
// (by document order) after all workers stop.
void for_each_document(std::size_t count, unsigned threads, const std::function<void(std::size_t)>& work);

// Tags the temporal expressions of every document; `emit` is called in document order.
void tag_corpus(const Corpus& corpus, const DataStore& data, unsigned threads,
                const std::function<void(const DocumentInfo&, const std::vector<Timex>&, const std::string& text)>& emit);

// corpus -> extract -> merge -> graph.
EventGraph build_event_graph(const Corpus& corpus, const DataStore& data, const PipelineOptions& options);

// The five files of `evgraph build` (graph.json, graph.yaml, graph.dot, graph.svg, timeline.svg)
// as (file name, content), rendered concurrently: the Graphviz ones share one lock, the others
// run beside them.
std::vector<std::pair<std::string, std::string>> build_outputs(const GraphModel& model, const std::string& lang);

// A graph export (graph.json, graph.yaml: a YAML file whose root has `evgraph:`) is read as it is;
// anything else is a corpus and goes through the pipeline.
bool is_graph_export(const std::filesystem::path& path);
GraphModel load_graph_or_build(const std::filesystem::path& path, const DataStore& data, const CorpusOptions& corpus,
                               const PipelineOptions& options);

}  // namespace evgraph
