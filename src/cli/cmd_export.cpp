#include "cli/command.hpp"
#include "cli/input.hpp"

#include <evgraph/error.hpp>
#include <evgraph/formats.hpp>

namespace evgraph::cli {
namespace {

class ExportCommand : public Command {
 public:
  const char* name() const override { return "export"; }
  const char* synopsis() const override {
    return "Write the graph for other tools: graphml, gexf (Gephi), csv (a folder of tables), timelinejs, mermaid";
  }

  void setup(CLI::App& app) override {
    app.add_option("FORMAT", m_format, "graphml, gexf, csv, timelinejs or mermaid")
        ->required()
        ->check(CLI::IsMember({"graphml", "gexf", "csv", "timelinejs", "mermaid"}));
    app.add_option("INPUT", m_input, "graph.json, graph.yaml, manifest, corpus folder, or - (standard input)")->required();
    app.add_option("-o,--output", m_output,
                   "Output file (default: stdout); csv: the folder of its tables (required); mermaid: a .md file "
                   "gets a ```mermaid block");
    app.add_option("--lang", m_lang, "Language of the words written: fr, en, ... (default: the corpus's)");
  }

  int run(const RunContext& context) override {
    const Resources& resources = context.resources;
    const OutputFormat& format = output_format("export", m_format);
    const bool folder = format.write_folder != nullptr;
    if (folder && (m_output.empty() || m_output == "-"))
      throw InputError({}, "export " + m_format + " writes a folder of files: give it with -o DIR");
    GraphInput input = load_graph_input(m_input, context);
    const std::string lang = use_output_language(input.model, m_lang, resources);
    const DocumentLinks links = output_links(input, folder ? std::filesystem::path(m_output) : folder_of(m_output), resources);
    RenderRequest request{input.model, resources, {}, {}};
    request.exports.lang = lang;
    request.exports.links = &links;
    request.exports.markdown = std::filesystem::path(m_output).extension() == ".md";
    if (folder) {
      // All the tables or none: a half-written folder would read as a smaller graph.
      resources.env().write_files(m_output, format.write_folder(request));
    } else {
      write_output(resources.env(), m_output, format.write(request));
    }
    return 0;
  }

 private:
  std::string m_format;
  std::string m_input;
  std::string m_output;
  std::string m_lang;
};

}  // namespace

std::unique_ptr<Command> make_export_command() { return std::make_unique<ExportCommand>(); }

}  // namespace evgraph::cli
