#include "cli/command.hpp"

#include <evgraph/diff.hpp>
#include <evgraph/error.hpp>
#include <evgraph/export.hpp>
#include <evgraph/pipeline.hpp>
#include <evgraph/render.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <future>
#include <iostream>

#include <unistd.h>

namespace evgraph::cli {
namespace {

class DiffCommand : public Command {
 public:
  const char* name() const override { return "diff"; }
  const char* synopsis() const override {
    return "Compare two versions of a graph (corpora or graph exports); exit 0 same, 1 different, 2 error";
  }

  void setup(CLI::App& app) override {
    app.add_option("OLD", m_old, "Old version: graph.json, graph.yaml, manifest or corpus folder")->required();
    app.add_option("NEW", m_new, "New version: graph.json, graph.yaml, manifest or corpus folder")->required();
    app.add_option("--format", m_format, "text, json, yaml, dot, svg or timeline (an SVG timeline of both)")
        ->capture_default_str()
        ->check(CLI::IsMember({"text", "json", "yaml", "dot", "svg", "timeline"}));
    app.add_option("-o,--output", m_output, "Output file (default: stdout)");
    app.add_flag("--no-color,--no-colour", m_no_colour, "text: no ANSI colours even on a terminal");
    app.add_option("--lang", m_lang, "dot, svg, timeline: language of dates (fr, en; default: NEW's documents)")
        ->check(CLI::IsMember({"fr", "en"}));
  }

  int run(const GlobalOptions& global) override {
    const DataStore data = global.data();
    PipelineOptions options;
    options.threads = global.threads;
    // Two exports are read side by side: on large graphs parsing is most of the run. Corpora are
    // not, as the pipeline already keeps every core busy.
    auto load = [&](const std::string& path) { return load_graph_or_build(path, data, {}, options); };
    // OLD is read on this thread so that, when both are bad, its error is the one reported.
    std::future<GraphModel> new_loading;
    if (is_graph_export(m_old) && is_graph_export(m_new)) new_loading = std::async(std::launch::async, load, m_new);
    const GraphModel old_model = load(m_old);
    const GraphModel new_model = new_loading.valid() ? new_loading.get() : load(m_new);
    const GraphDiff diff = diff_graphs(old_model, new_model);
    const DiffLabels labels{m_old, m_new};
    const bool to_stdout = m_output.empty() || m_output == "-";
    const std::string lang = m_lang.empty() ? language_of(new_model) : m_lang;

    std::string content;
    if (m_format == "json") {
      content = diff_to_json(diff, labels);
    } else if (m_format == "yaml") {
      content = diff_to_yaml(diff, labels);
    } else if (m_format == "dot" || m_format == "svg") {
      GraphRenderOptions graph;
      graph.lang = lang;
      content = m_format == "dot" ? render_diff_dot(old_model, new_model, diff, graph)
                                  : render_diff_svg(old_model, new_model, diff, graph);
    } else if (m_format == "timeline") {
      TimelineOptions timeline;
      timeline.lang = lang;
      content = render_diff_timeline(old_model, new_model, diff, timeline);
    } else {
      content = format_diff_text(diff, labels, to_stdout && wants_colour());
    }
    if (to_stdout) std::cout << content;
    else write_output(m_output, content);
    return diff.identical() ? 0 : 1;
  }

 private:
  // Colour only for a person at a terminal: never in a pipe or file, never against NO_COLOR.
  bool wants_colour() const {
    const char* no_colour = std::getenv("NO_COLOR");
    return !m_no_colour && (!no_colour || !*no_colour) && ::isatty(STDOUT_FILENO);
  }

  // A file is replaced atomically; a device or pipe (-o /dev/null, -o /dev/stderr) is written in
  // place, since renaming over it would replace the device itself.
  static void write_output(const std::filesystem::path& path, const std::string& content) {
    std::error_code error;
    const auto status = std::filesystem::status(path, error);
    if (error || !std::filesystem::exists(status) || std::filesystem::is_regular_file(status))
      return write_file_atomically(path, content);
    std::ofstream out(path, std::ios::binary);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    out.flush();
    if (!out) throw Error("cannot write " + path.string());
  }

  static std::string language_of(const GraphModel& model) {
    for (const DocumentInfo& doc : model.corpus.documents)
      if (doc.lang == "fr" || doc.lang == "en") return doc.lang;
    return "fr";
  }

  std::string m_old;
  std::string m_new;
  std::string m_format = "text";
  std::string m_output;
  std::string m_lang;
  bool m_no_colour = false;
};

}  // namespace

std::unique_ptr<Command> make_diff_command() { return std::make_unique<DiffCommand>(); }

}  // namespace evgraph::cli
