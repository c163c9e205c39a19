// Throughput of the temporal tagger on French news text. Builds about 64 MB of documents by
// shuffling the sentences of the sample articles (examples/ukraine-fr), folds them once, then
// times TimexTagger::tag alone (the stage's own cost) and fold + tag together.
#include <evgraph/data_store.hpp>
#include <evgraph/text.hpp>
#include <evgraph/timex.hpp>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace {

constexpr std::size_t kCorpusBytes = 64u << 20;
constexpr std::size_t kDocumentBytes = 4096;

std::vector<std::string> sample_sentences() {
  std::vector<std::string> sentences;
  const std::filesystem::path dir = std::filesystem::path(EVGRAPH_SOURCE_DIR) / "examples" / "ukraine-fr";
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".txt") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string text = buffer.str();
    for (const auto& span : evgraph::split_sentences(text)) sentences.push_back(text.substr(span.begin, span.end - span.begin));
  }
  return sentences;
}

struct Corpus {
  std::vector<std::string> documents;
  std::vector<evgraph::FoldedText> folded;
  std::size_t bytes = 0;
};

const Corpus& corpus() {
  static const Corpus built = [] {
    Corpus c;
    const auto sentences = sample_sentences();
    std::mt19937 rng(42);
    std::uniform_int_distribution<std::size_t> pick(0, sentences.size() - 1);
    while (c.bytes < kCorpusBytes) {
      std::string document;
      while (document.size() < kDocumentBytes) document += sentences[pick(rng)] + (pick(rng) % 4 == 0 ? "\n" : " ");
      c.bytes += document.size();
      c.folded.push_back(evgraph::fold_text(document));
      c.documents.push_back(std::move(document));
    }
    return c;
  }();
  return built;
}

const evgraph::TimexTagger& tagger() {
  static const evgraph::DataStore data;
  static const evgraph::TimexTagger fr(data, "fr");
  return fr;
}

void BM_TagFolded(benchmark::State& state) {
  const Corpus& c = corpus();
  const auto reference = *evgraph::parse_iso_date("2025-08-20");
  std::size_t found = 0;
  for (auto _ : state) {
    for (std::size_t i = 0; i < c.documents.size(); ++i) found += tagger().tag(c.folded[i], c.documents[i], reference).size();
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * c.bytes));
  state.counters["timexes_per_MB"] = static_cast<double>(found) / static_cast<double>(state.iterations()) /
                                     (static_cast<double>(c.bytes) / (1 << 20));
}
BENCHMARK(BM_TagFolded)->Unit(benchmark::kMillisecond)->MinTime(3.0);

void BM_FoldAndTag(benchmark::State& state) {
  const Corpus& c = corpus();
  const auto reference = *evgraph::parse_iso_date("2025-08-20");
  for (auto _ : state)
    for (const auto& document : c.documents) benchmark::DoNotOptimize(tagger().tag(document, reference));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * c.bytes));
}
BENCHMARK(BM_FoldAndTag)->Unit(benchmark::kMillisecond)->MinTime(3.0);

}  // namespace

BENCHMARK_MAIN();
