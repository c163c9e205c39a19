#include "cli/command.hpp"
#include "cli/input.hpp"

#include <evgraph/error.hpp>
#include <evgraph/formats.hpp>

namespace evgraph::cli {
namespace {

class RenderCommand : public Command {
 public:
  const char* name() const override { return "render"; }
  const char* synopsis() const override {
    return "Draw a timeline (SVG, PNG, PDF, or an interactive HTML page) or a graph (DOT, SVG, PNG, PDF)";
  }

  void setup(CLI::App& app) override {
    app.add_option("WHAT", m_what, "timeline, graph, or html (the interactive timeline page)")
        ->required()
        ->check(CLI::IsMember({"timeline", "graph", "html"}));
    app.add_option("INPUT", m_input, "graph.json, graph.yaml, manifest, corpus folder, or - (standard input)")->required();
    app.add_option("-o,--output", m_output, "Output file; its extension chooses the format (default: stdout)");
    app.add_option("--format", m_format, "timeline: svg, png, pdf, html; graph: svg, dot, png, pdf (default: from -o)");
    app.add_option("--lanes", m_timeline.lanes, "timeline lanes: none, type, actor, place, proposal")
        ->check(CLI::IsMember({"none", "type", "actor", "place", "proposal"}));
    app.add_option("--lang", m_lang, "Language of every word written: fr, en, ... (default: the corpus's)");
    app.add_option("--width", m_timeline.width_px, "Width in pixels");
    app.add_flag("--print", m_timeline.print, "Print mode: sizes in mm");
    app.add_option("--width-mm", m_timeline.print_width_mm, "Width in mm in print mode");
    app.add_option("--from", m_from, "Keep events from this date (YYYY-MM-DD)");
    app.add_option("--to", m_to, "Keep events up to this date (YYYY-MM-DD)");
    app.add_option("--actor", m_timeline.actors, "Keep events of this actor (id, name or alias; repeatable)");
    app.add_option("--type", m_timeline.types, "Keep events of this type (repeatable)");
    app.add_option("--min-sources", m_timeline.min_sources, "Keep events reported by at least N sources");
    app.add_flag("--all", m_timeline.all_events, "timeline: draw every event, not only the most reported that fit");
    app.add_option("--id-prefix", m_timeline.id_prefix, "Prefix of the ids in the SVG");
    app.add_option("--title", m_html.title, "html: the page title (default: the corpus name)");
    app.add_flag("--sources", m_graph.include_sources, "graph: add document nodes");
    app.add_option("--style", m_style, "Style YAML (schemas/style.schema.json) over the built-in one")
        ->check(CLI::ExistingFile);
    app.add_option("--theme", m_theme,
                   "light, dark or print (default: light, and for a timeline dark too where the reader prefers it)")
        ->check(CLI::IsMember({"light", "dark", "print"}));
    app.add_option("--max-events", m_graph.max_events, "graph SVG and DOT: draw at most N events, the best attested (0: all)")
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
    const OutputFormat& format = chosen_format();  // a bad -o fails before the corpus is read
    GraphInput input = load_graph_input(m_input, context);
    const std::string lang = use_output_language(input.model, m_lang, resources);
    const DocumentLinks links = output_links(input, folder_of(m_output), resources);
    m_timeline.lang = m_graph.lang = m_html.lang = lang;
    m_timeline.links = m_graph.links = m_html.links = &links;
    if (!m_theme.empty()) {
      m_graph.theme = m_timeline.theme = m_theme;
      if (m_theme != "print") m_html.theme = m_theme;
    }
    RenderRequest request{input.model, resources, m_graph, m_timeline};
    request.html = m_html;
    write_output(resources.env(), m_output, format.write(request));
    return 0;
  }

 private:
  // --format, else the extension of -o, else SVG (the page for html). An extension the drawing
  // cannot write is an error rather than SVG bytes in a file named .png.
  const OutputFormat& chosen_format() const {
    const std::string drawing = m_what == "html" ? "timeline" : m_what;
    const std::string extension = std::filesystem::path(m_output).extension().string();
    const OutputFormat* by_extension = format_for_extension(drawing, extension);
    if (m_what == "html") {
      if (!m_format.empty() && m_format != "html")
        throw InputError({}, "--format " + m_format + ": render html writes an HTML page");
      if (!extension.empty() && extension != ".html" && extension != ".htm")
        throw InputError({m_output}, "render html writes an HTML page: name it .html");
      return output_format("timeline", "html");
    }
    if (!m_format.empty()) {
      const OutputFormat& format = output_format(drawing, m_format);
      if (by_extension && by_extension != &format)
        throw InputError({m_output}, "--format " + m_format + " does not match the extension " + extension);
      return format;
    }
    if (by_extension) return *by_extension;
    if (!extension.empty() && m_output != "-")
      throw InputError({m_output}, "render " + m_what + " cannot write '" + extension + "' files (it writes " +
                                       extensions_of(drawing) + ")");
    return output_format(drawing, "svg");
  }

  std::string m_what;
  std::string m_input;
  std::string m_output;
  std::string m_format;
  std::string m_from;
  std::string m_to;
  std::string m_style;
  std::string m_lang;
  std::string m_theme;
  TimelineOptions m_timeline;
  GraphRenderOptions m_graph;
  HtmlOptions m_html;
};

}  // namespace

std::unique_ptr<Command> make_render_command() { return std::make_unique<RenderCommand>(); }

}  // namespace evgraph::cli
