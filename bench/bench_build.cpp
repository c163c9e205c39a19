// Throughput of the pipeline (corpus -> extract -> merge -> graph), without writing outputs.
// The corpus is EVGRAPH_BENCH_CORPUS when set (e.g. one made by bench/make_bench_corpus.py),
// else the sample corpus in examples/. Reported as bytes of document text per second.
#include <evgraph/pipeline.hpp>

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>

namespace {

std::filesystem::path bench_corpus() {
  if (const char* path = std::getenv("EVGRAPH_BENCH_CORPUS")) return path;
  return std::filesystem::path(EVGRAPH_SOURCE_DIR) / "examples" / "ukraine-fr";
}

std::int64_t text_bytes(const evgraph::Corpus& corpus, const evgraph::Resources& resources) {
  std::int64_t bytes = 0;
  for (std::size_t k = 0; k < corpus.documents.size(); ++k)
    bytes += static_cast<std::int64_t>(
        evgraph::read_document(corpus, k, resources.env(), evgraph::kDefaultMaxDocumentBytes).text.size());
  return bytes;
}

void build_graph(benchmark::State& state) {
  const evgraph::Resources resources(evgraph::disk_env(), evgraph::DataStore{});
  evgraph::Diagnostics quiet;
  const evgraph::Corpus corpus = evgraph::open_corpus(bench_corpus(), {}, resources, quiet);
  evgraph::PipelineOptions options;
  options.threads = static_cast<unsigned>(state.range(0));
  for (auto _ : state) benchmark::DoNotOptimize(evgraph::build_event_graph(corpus, resources, options, quiet));
  state.SetBytesProcessed(state.iterations() * text_bytes(corpus, resources));
  state.counters["documents"] = static_cast<double>(corpus.documents.size());
}
BENCHMARK(build_graph)->ArgName("threads")->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
