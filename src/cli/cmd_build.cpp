#include "cli/command.hpp"

#include <evgraph/export.hpp>
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
    app.add_option("--lang", m_lang, "Language of the documents (fr, en)");
  }

  int run(const GlobalOptions& global) override {
    const DataStore data = global.data();
    CorpusOptions corpus_options{parse_cli_date(m_ref, "--ref"), m_lang};
    const Corpus corpus = open_corpus(m_corpus, corpus_options, data);
    PipelineOptions options;
    options.threads = global.threads;
    for (const auto& file : m_lexicons) options.lexicons.emplace_back(file);
    const GraphModel model = build_event_graph(corpus, data, options).to_model();

    // Every output is rendered before any is written, so a failure leaves the folder as it was.
    const auto outputs = build_outputs(model, corpus.language);
    for (const auto& [file, content] : outputs) write_file_atomically(std::filesystem::path(m_output) / file, content);
    std::cout << "evgraph: " << model.events.size() << " events, " << model.actors.size() << " actors, "
              << model.places.size() << " places, " << model.proposals.size() << " proposals from "
              << model.corpus.documents.size() << " documents -> " << (std::filesystem::path(m_output) / "").string() << "{graph.json,graph.yaml,graph.dot,graph.svg,timeline.svg}\n";
    return 0;
  }

 private:
  std::string m_corpus;
  std::string m_output = "out";
  std::vector<std::string> m_lexicons;
  std::string m_ref;
  std::string m_lang;
};

}  // namespace

std::unique_ptr<Command> make_build_command() { return std::make_unique<BuildCommand>(); }

}  // namespace evgraph::cli
