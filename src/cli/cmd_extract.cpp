#include "cli/command.hpp"

#include <evgraph/error.hpp>
#include <evgraph/parts.hpp>
#include <evgraph/pipeline.hpp>

#include <iostream>

namespace evgraph::cli {
namespace {

// "3/8" -> shard 2 of 8 (0-based); throws InputError naming the option.
Shard parse_shard(const std::string& text) {
  const std::size_t slash = text.find('/');
  std::size_t index = 0, count = 0;
  try {
    if (slash == std::string::npos) throw std::invalid_argument(text);
    std::size_t used = 0;
    index = std::stoul(text.substr(0, slash), &used);
    if (used != slash) throw std::invalid_argument(text);
    count = std::stoul(text.substr(slash + 1), &used);
    if (used != text.size() - slash - 1) throw std::invalid_argument(text);
  } catch (const std::exception&) {
    throw InputError({}, "--shard: '" + text + "' is not I/N (e.g. 1/4)");
  }
  if (count == 0 || index == 0 || index > count)
    throw InputError({}, "--shard: '" + text + "': I must be between 1 and N");
  return {index - 1, count};
}

class ExtractCommand : public Command {
 public:
  const char* name() const override { return "extract"; }
  const char* synopsis() const override {
    return "The map step: each document's analysis as one JSON line (a part for `evgraph merge`)";
  }

  void setup(CLI::App& app) override {
    app.add_option("CORPUS", m_corpus, "Manifest (corpus.yaml) or folder")->required();
    app.add_option("--shard", m_shard, "Only the I-th of N slices of the corpus (1/N .. N/N)");
    app.add_option("-o,--output", m_output, "JSON Lines file (default: standard output)");
    app.add_option("--lexicon", m_lexicons, "Extra lexicon YAML (repeatable)")->check(CLI::ExistingFile);
    app.add_option("--ref", m_ref, "Publication date of documents that give none (YYYY-MM-DD)");
    app.add_option("--lang", m_lang, "Language of the documents (a language pack: fr, en, ...)");
  }

  int run(const RunContext& context) override {
    const Resources& resources = context.resources;
    const Shard shard = m_shard.empty() ? Shard{} : parse_shard(m_shard);
    const Corpus corpus = open_corpus(m_corpus, {parse_cli_date(m_ref, "--ref"), m_lang}, resources, context.diagnostics);
    PipelineOptions options = pipeline_options(context);
    for (const auto& file : m_lexicons) options.lexicons.emplace_back(file);
    ProgressDisplay display(context.progress, "extract");
    options.progress = [&display](const Progress& progress) { display.update(progress); };
    const bool to_stdout = m_output.empty() || m_output == "-";
    std::string lines;
    extract_parts(corpus, resources, options, context.diagnostics, shard, [&](DocumentPart&& part) {
      lines += part_to_json(part);
      lines += '\n';
      if (to_stdout && lines.size() > (1u << 20)) {
        std::cout << lines;
        lines.clear();
      }
    });
    display.finish();
    // A file is written whole or not at all; standard output streams.
    if (to_stdout) std::cout << lines << std::flush;
    else write_output(resources.env(), m_output, lines);
    return 0;
  }

 private:
  std::string m_corpus;
  std::string m_shard;
  std::string m_output;
  std::vector<std::string> m_lexicons;
  std::string m_ref;
  std::string m_lang;
};

}  // namespace

std::unique_ptr<Command> make_extract_command() { return std::make_unique<ExtractCommand>(); }

}  // namespace evgraph::cli
