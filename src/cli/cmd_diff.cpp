#include "cli/command.hpp"

#include <evgraph/diff.hpp>
#include <evgraph/formats.hpp>
#include <evgraph/graph_io.hpp>
#include <evgraph/names.hpp>
#include <evgraph/pipeline.hpp>

#include <cstdlib>
#include <future>

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
    app.add_flag("--stat", m_text.stat_only, "text: only the per-document table and the summary line");
    app.add_option("--edges", m_edges, "text: list all changed edges, or those of events (mentioned_in ones counted only)")
        ->capture_default_str()
        ->check(CLI::IsMember({"all", "events"}));
    app.add_option("--lang", m_lang, "dot, svg, timeline: language of every word written (default: NEW's documents)");
    app.add_option("--max-events", m_max_events, "svg, dot: draw at most N events, changed ones first (0: all)")
        ->capture_default_str();
  }

  int run(const RunContext& context) override {
    const Resources& resources = context.resources;
    PipelineOptions options = pipeline_options(context);
    // Two exports are read side by side: on large graphs parsing is most of the run. Corpora are
    // not, as the pipeline already keeps every core busy.
    auto load = [&](const std::string& path) {
      return load_graph_or_build(path, resources, {}, options, context.diagnostics);
    };
    // OLD is read on this thread so that, when both are bad, its error is the one reported.
    std::future<GraphModel> new_loading;
    if (is_graph_export(m_old, resources.env()) && is_graph_export(m_new, resources.env()))
      new_loading = std::async(std::launch::async, load, m_new);
    const GraphModel old_model = load(m_old);
    const GraphModel new_model = new_loading.valid() ? new_loading.get() : load(m_new);
    const GraphDiff diff = diff_graphs(old_model, new_model);
    const DiffLabels labels{m_old, m_new};
    const bool to_stdout = m_output.empty() || m_output == "-";

    std::string content;
    if (m_format == "json") {
      content = diff_to_json(diff, labels);
    } else if (m_format == "yaml") {
      content = diff_to_yaml(diff, labels);
    } else if (m_format == "text") {
      m_text.colour = to_stdout && wants_colour();
      m_text.all_edges = m_edges == "all";
      content = format_diff_text(diff, labels, m_text);
    } else {
      content = drawing(old_model, new_model, diff, resources);
    }
    write_output(resources.env(), m_output, content);
    return diff.identical() ? 0 : 1;
  }

 private:
  // dot, svg and timeline: both versions drawn by the renderers, coloured by what changed.
  std::string drawing(const GraphModel& old_model, const GraphModel& new_model, const GraphDiff& diff,
                      const Resources& resources) const {
    DiffView view = diff_view(old_model, new_model, diff);
    const std::string lang = m_lang.empty() ? output_language(new_model, resources) : m_lang;
    resources.language(lang);  // an unknown language fails before anything is drawn
    use_names(view.model, lexicon_names(resources.data(), lang));
    RenderRequest request{view.model, resources, {}, {}};
    request.graph.lang = lang;
    request.graph.changes = &view.changes;
    request.graph.max_events = m_max_events;
    request.timeline.lang = lang;
    request.timeline.changes = &view.changes;
    const bool timeline = m_format == "timeline";
    return output_format(timeline ? "timeline" : "graph", timeline ? "svg" : m_format).write(request);
  }

  // Colour only for a person at a terminal: never in a pipe or file, never against NO_COLOR.
  bool wants_colour() const {
    const char* no_colour = std::getenv("NO_COLOR");
    return !m_no_colour && (!no_colour || !*no_colour) && ::isatty(STDOUT_FILENO);
  }

  std::string m_old;
  std::string m_new;
  std::string m_format = "text";
  std::string m_output;
  std::string m_lang;
  std::size_t m_max_events = 120;
  std::string m_edges = "events";
  DiffTextOptions m_text;
  bool m_no_colour = false;
};

}  // namespace

std::unique_ptr<Command> make_diff_command() { return std::make_unique<DiffCommand>(); }

}  // namespace evgraph::cli
