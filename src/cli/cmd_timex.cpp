#include "cli/command.hpp"

#include <evgraph/corpus.hpp>
#include <evgraph/pipeline.hpp>
#include <evgraph/timex.hpp>

#include <iostream>

namespace evgraph::cli {
namespace {

class TimexCommand : public Command {
 public:
  const char* name() const override { return "timex"; }
  const char* synopsis() const override { return "Temporal expressions of a corpus or a text file, as JSON Lines"; }

  void setup(CLI::App& app) override {
    app.add_option("INPUT", m_input, "Manifest, corpus folder or .txt file")->required();
    app.add_option("--ref", m_ref, "Reference (publication) date for documents that give none (YYYY-MM-DD)");
    app.add_option("--lang", m_lang, "Language (a language pack: fr, en, ...)");
    app.add_flag("--explain", m_explain, "Add how each value was resolved");
  }

  int run(const RunContext& context) override {
    const Resources& resources = context.resources;
    if (!m_lang.empty()) resources.language(m_lang);  // an unknown language fails before any output
    const CorpusOptions options{parse_cli_date(m_ref, "--ref"), m_lang};
    const Corpus corpus = open_corpus(m_input, options, resources, context.diagnostics);
    PipelineOptions pipeline = pipeline_options(context);
    std::string buffer;
    tag_corpus(corpus, resources, pipeline, context.diagnostics,
               [&](const DocumentInfo& doc, const std::vector<Timex>& timexes, const std::string&) {
                 for (const Timex& timex : timexes) append_line(buffer, doc, timex);
                 if (buffer.size() > (1u << 20)) {
                   std::cout << buffer;
                   buffer.clear();
                 }
               });
    std::cout << buffer;
    return 0;
  }

 private:
  void append_line(std::string& buffer, const DocumentInfo& doc, const Timex& timex) const {
    append_timex_json(buffer, doc.id, timex, m_explain);
  }

  std::string m_input;
  std::string m_ref;
  std::string m_lang;
  bool m_explain = false;
};

}  // namespace

std::unique_ptr<Command> make_timex_command() { return std::make_unique<TimexCommand>(); }

}  // namespace evgraph::cli
