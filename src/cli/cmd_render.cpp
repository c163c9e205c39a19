#include "cli/command.hpp"

#include <evgraph/formats.hpp>
#include <evgraph/pipeline.hpp>

namespace evgraph::cli {
namespace {

class RenderCommand : public Command {
 public:
  const char* name() const override { return "render"; }
  const char* synopsis() const override { return "Render a timeline SVG or a graph (DOT, SVG, PNG) from a graph export or a corpus"; }

  void setup(CLI::App& app) override {
    app.add_option("WHAT", m_what, "timeline or graph")->required()->check(CLI::IsMember({"timeline", "graph"}));
    app.add_option("INPUT", m_input, "graph.json, graph.yaml, manifest or corpus folder")->required();
    app.add_option("-o,--output", m_output, "Output file (default: stdout)");
    app.add_option("--format", m_format, "svg, dot or png (default: from the output's extension, else svg)");
    app.add_option("--lanes", m_timeline.lanes, "timeline lanes: none, type, actor, place, proposal")
        ->check(CLI::IsMember({"none", "type", "actor", "place", "proposal"}));
    app.add_option("--lang", m_lang, "Language of the words and dates (a language pack: fr, en, ...)");
    app.add_option("--width", m_timeline.width_px, "Width in pixels");
    app.add_flag("--print", m_timeline.print, "Print mode: sizes in mm");
    app.add_option("--width-mm", m_timeline.print_width_mm, "Width in mm in print mode");
    app.add_option("--from", m_from, "Keep events from this date (YYYY-MM-DD)");
    app.add_option("--to", m_to, "Keep events up to this date (YYYY-MM-DD)");
    app.add_option("--actor", m_timeline.actors, "Keep events of this actor (id or name; repeatable)");
    app.add_option("--type", m_timeline.types, "Keep events of this type (repeatable)");
    app.add_option("--min-sources", m_timeline.min_sources, "Keep events reported by at least N sources");
    app.add_flag("--all", m_timeline.all_events, "timeline: draw every event, not only the most reported that fit");
    app.add_option("--id-prefix", m_timeline.id_prefix, "Prefix of the ids in the SVG");
    app.add_flag("--sources", m_graph.include_sources, "graph: add document nodes");
    app.add_option("--style", m_style, "Style YAML (schemas/style.schema.json) over the built-in one")
        ->check(CLI::ExistingFile);
    app.add_option("--theme", m_graph.theme, "graph: light, dark or print")->check(CLI::IsMember({"light", "dark", "print"}));
    app.add_option("--max-events", m_graph.max_events, "graph SVG: lay out at most N events, the best attested (0: all)")
        ->capture_default_str();
  }

  std::optional<std::filesystem::path> style_file() const override {
    if (m_style.empty()) return std::nullopt;
    return std::filesystem::path(m_style);
  }

  int run(const RunContext& context) override {
    const Resources& resources = context.resources;
    m_timeline.from = parse_cli_date(m_from, "--from");
    m_timeline.to = parse_cli_date(m_to, "--to");
    PipelineOptions options;
    options.threads = context.threads;
    const GraphModel model = load_graph_or_build(m_input, resources, {}, options, context.diagnostics);
    const std::string lang = m_lang.empty() ? output_language(model, resources) : m_lang;
    resources.language(lang);  // an unknown language fails before anything is drawn
    m_timeline.lang = lang;
    m_graph.lang = lang;
    const OutputFormat& format = chosen_format();
    RenderRequest request{model, resources, m_graph, m_timeline};
    write_output(resources.env(), m_output, format.write(request));
    return 0;
  }

 private:
  const OutputFormat& chosen_format() const {
    if (!m_format.empty()) return output_format(m_what, m_format);
    const std::string extension = std::filesystem::path(m_output).extension().string();
    if (const OutputFormat* format = format_for_extension(m_what, extension)) return *format;
    return output_format(m_what, "svg");
  }

  std::string m_what;
  std::string m_input;
  std::string m_output;
  std::string m_format;
  std::string m_from;
  std::string m_to;
  std::string m_style;
  std::string m_lang;
  TimelineOptions m_timeline;
  GraphRenderOptions m_graph;
};

}  // namespace

std::unique_ptr<Command> make_render_command() { return std::make_unique<RenderCommand>(); }

}  // namespace evgraph::cli
