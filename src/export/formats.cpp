#include <evgraph/error.hpp>
#include <evgraph/formats.hpp>
#include <evgraph/graph_io.hpp>
#include <evgraph/raster.hpp>

#include <algorithm>
#include <cctype>
#include <future>

namespace evgraph {
namespace {

std::string write_json(const RenderRequest& r) { return to_json(r.model); }
std::string write_yaml(const RenderRequest& r) { return to_yaml(r.model); }
std::string write_dot(const RenderRequest& r) { return render_dot(r.model, r.resources, r.graph); }
std::string write_graph_svg(const RenderRequest& r) { return render_graph_svg(r.model, r.resources, r.graph); }
std::string write_graph_png(const RenderRequest& r) { return render_graph_png(r.model, r.resources, r.graph); }
// Graphviz's own PDF carries the time it was made; through librsvg the same drawing gives the
// same bytes.
std::string write_graph_pdf(const RenderRequest& r) { return svg_to_pdf(write_graph_svg(r)); }
std::string write_timeline_svg(const RenderRequest& r) { return render_timeline_svg(r.model, r.resources, r.timeline); }
std::string write_timeline_png(const RenderRequest& r) { return svg_to_png(write_timeline_svg(r)); }
std::string write_timeline_pdf(const RenderRequest& r) { return svg_to_pdf(write_timeline_svg(r)); }
std::string write_timeline_html(const RenderRequest& r) { return render_timeline_html(r.model, r.resources, r.html); }
std::string write_graphml(const RenderRequest& r) { return export_graphml(r.model, r.resources, r.exports); }
std::string write_gexf(const RenderRequest& r) { return export_gexf(r.model, r.resources, r.exports); }
std::vector<OutputFile> write_csv(const RenderRequest& r) { return export_csv(r.model, r.resources, r.exports); }
std::string write_timelinejs(const RenderRequest& r) { return export_timelinejs(r.model, r.resources, r.exports); }
std::string write_mermaid(const RenderRequest& r) { return export_mermaid(r.model, r.resources, r.exports); }

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

}  // namespace

const std::vector<OutputFormat>& output_formats() {
  static const std::vector<OutputFormat> formats = {
      {"graph", "json", ".json", write_json},
      {"graph", "yaml", ".yaml", write_yaml},
      {"graph", "dot", ".dot", write_dot},
      {"graph", "svg", ".svg", write_graph_svg},
      {"graph", "png", ".png", write_graph_png},
      {"graph", "pdf", ".pdf", write_graph_pdf},
      {"timeline", "svg", ".svg", write_timeline_svg},
      {"timeline", "png", ".png", write_timeline_png},
      {"timeline", "pdf", ".pdf", write_timeline_pdf},
      {"timeline", "html", ".html", write_timeline_html},
      {"export", "graphml", ".graphml", write_graphml},
      {"export", "gexf", ".gexf", write_gexf},
      {"export", "csv", "", nullptr, write_csv},
      {"export", "timelinejs", ".json", write_timelinejs},
      {"export", "mermaid", ".mmd", write_mermaid},
  };
  return formats;
}

const OutputFormat& output_format(std::string_view drawing, std::string_view name) {
  std::string known;
  for (const OutputFormat& format : output_formats()) {
    if (format.drawing != drawing) continue;
    if (format.name == name) return format;
    known += (known.empty() ? "" : ", ") + format.name;
  }
  throw InputError({}, std::string(drawing) + ": no format '" + std::string(name) + "' (formats: " + known + ")");
}

const OutputFormat* format_for_extension(std::string_view drawing, std::string_view extension) {
  const std::string wanted = lower(extension);
  if (wanted.empty()) return nullptr;
  for (const OutputFormat& format : output_formats())
    if (format.drawing == drawing && format.extension == wanted) return &format;
  return nullptr;
}

std::string extensions_of(std::string_view drawing) {
  std::string known;
  for (const OutputFormat& format : output_formats())
    if (format.drawing == drawing && !format.extension.empty()) known += (known.empty() ? "" : ", ") + format.extension;
  return known;
}

std::string output_language(const GraphModel& model, const Resources& resources) {
  for (const DocumentInfo& doc : model.corpus.documents)
    for (const auto& known : resources.languages())
      if (doc.lang == known) return doc.lang;
  return resources.default_language();
}

std::vector<OutputFile> build_outputs(const GraphModel& model, const Resources& resources, const std::string& lang) {
  RenderRequest request{model, resources, {}, {}};
  request.graph.lang = lang;
  request.timeline.lang = lang;
  auto render = [&request](const char* drawing, const char* name) { return output_format(drawing, name).write(request); };
  // Graphviz calls are serialised by its lock, so DOT and SVG go on one task and the other
  // writers on others.
  auto graphviz = std::async(std::launch::async, [&] { return std::make_pair(render("graph", "dot"), render("graph", "svg")); });
  auto yaml = std::async(std::launch::async, [&] { return render("graph", "yaml"); });
  auto timeline = std::async(std::launch::async, [&] { return render("timeline", "svg"); });
  std::string json = render("graph", "json");
  auto [dot, svg] = graphviz.get();
  return {{"graph.json", std::move(json)},
          {"graph.yaml", yaml.get()},
          {"graph.dot", std::move(dot)},
          {"graph.svg", std::move(svg)},
          {"timeline.svg", timeline.get()}};
}

}  // namespace evgraph
