#include "cli/command.hpp"

#include <evgraph/corpus.hpp>
#include <evgraph/pipeline.hpp>
#include <evgraph/timex.hpp>

#include <nlohmann/json.hpp>

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
    app.add_option("--lang", m_lang, "Language: fr or en")->check(CLI::IsMember({"fr", "en"}));
    app.add_flag("--explain", m_explain, "Add how each value was resolved");
  }

  int run(const GlobalOptions& global) override {
    const DataStore data = global.data();
    const CorpusOptions options{parse_cli_date(m_ref, "--ref"), m_lang};
    const std::filesystem::path input(m_input);
    const bool text_file = std::filesystem::is_regular_file(input) && input.extension() != ".yaml" && input.extension() != ".yml";
    const Corpus corpus = text_file ? open_text_file(input, options) : open_corpus(input, options, data);
    std::string buffer;
    tag_corpus(corpus, data, global.threads, [&](const DocumentInfo& doc, const std::vector<Timex>& timexes, const std::string&) {
      for (const Timex& timex : timexes) {
        nlohmann::ordered_json line;
        line["doc"] = doc.id;
        line["begin"] = timex.begin;
        line["end"] = timex.end;
        line["text"] = timex.text;
        line["type"] = to_string(timex.type);
        line["value"] = timex.value;
        if (!timex.mod.empty()) line["mod"] = timex.mod;
        if (timex.first && timex.last) line["range"] = {to_iso(*timex.first), to_iso(*timex.last)};
        if (m_explain) {
          line["rule"] = timex.rule;
          line["explanation"] = timex.explanation;
        }
        buffer += line.dump();
        buffer += '\n';
      }
      if (buffer.size() > (1u << 20)) {
        std::cout << buffer;
        buffer.clear();
      }
    });
    std::cout << buffer;
    return 0;
  }

 private:
  std::string m_input;
  std::string m_ref;
  std::string m_lang;
  bool m_explain = false;
};

}  // namespace

std::unique_ptr<Command> make_timex_command() { return std::make_unique<TimexCommand>(); }

}  // namespace evgraph::cli
