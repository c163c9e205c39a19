#include "cli/command.hpp"

#include <evgraph/formats.hpp>
#include <evgraph/pipeline.hpp>

#include <iostream>

namespace evgraph::cli {
namespace {

class BuildCommand : public Command {
 public:
  const char* name() const override { return "build"; }
  const char* synopsis() const override {
    return "Build the event graph of a corpus: graph.json, graph.yaml, graph.dot, graph.svg, timeline.svg";
  }

  void setup(CLI::App& app) override {
    app.add_option("CORPUS", m_corpus, "Manifest (corpus.yaml) or folder")->required();
    app.add_option("-o,--output", m_output, "Output folder")->capture_default_str();
    app.add_option("--lexicon", m_lexicons, "Extra lexicon YAML (repeatable)")->check(CLI::ExistingFile);
    app.add_option("--ref", m_ref, "Publication date of documents that give none (YYYY-MM-DD)");
    app.add_option("--lang", m_lang, "Language of the documents (a language pack: fr, en, ...)");
    app.add_option("--style", m_style, "Style YAML (schemas/style.schema.json) over the built-in one")
        ->check(CLI::ExistingFile);
    app.add_option("--cache", m_cache, "Folder of per-document results reused by later builds (default: OUTPUT/.evgraph-cache)");
    app.add_flag("--no-cache", m_no_cache, "Analyse every document, and keep no cache");
  }

  std::optional<std::filesystem::path> style_file() const override {
    if (m_style.empty()) return std::nullopt;
    return std::filesystem::path(m_style);
  }

  int run(const RunContext& context) override {
    const Resources& resources = context.resources;
    const CorpusOptions corpus_options{parse_cli_date(m_ref, "--ref"), m_lang};
    Corpus corpus = open_corpus(m_corpus, corpus_options, resources, context.diagnostics);
    const std::string language = corpus.language;
    PipelineOptions options = pipeline_options(context);
    for (const auto& file : m_lexicons) options.lexicons.emplace_back(file);
    if (!m_no_cache) options.cache = m_cache.empty() ? std::filesystem::path(m_output) / ".evgraph-cache" : std::filesystem::path(m_cache);
    ProgressDisplay display(context.progress, "build");
    options.progress = [&display](const Progress& progress) { display.update(progress); };
    BuildSummary summary;
    const CompactModel built = build_compact_model(std::move(corpus), resources, options, context.diagnostics, &summary);
    const GraphModel& model = built.model;

    // Every output is rendered before any is written, and they are written all or nothing.
    resources.env().write_streamed(m_output, build_output_streams(model, resources, language, &built.mentions));
    display.finish();
    if (context.quiet) return 0;
    std::cout << "evgraph: " << model.events.size() << " events, " << model.actors.size() << " actors, "
              << model.places.size() << " places, " << model.proposals.size() << " proposals from "
              << summary.documents_read << " documents";
    if (summary.documents_cached) std::cout << " (" << summary.documents_cached << " from the cache)";
    if (summary.documents_skipped) std::cout << " (" << summary.documents_skipped << " skipped, see warnings)";
    std::cout << " -> " << (std::filesystem::path(m_output) / "").string()
              << "{graph.json,graph.yaml,graph.dot,graph.svg,timeline.svg}\n";
    return 0;
  }

 private:
  std::string m_corpus;
  std::string m_output = "out";
  std::vector<std::string> m_lexicons;
  std::string m_ref;
  std::string m_lang;
  std::string m_style;
  std::string m_cache;
  bool m_no_cache = false;
};

}  // namespace

std::unique_ptr<Command> make_build_command() { return std::make_unique<BuildCommand>(); }

}  // namespace evgraph::cli
