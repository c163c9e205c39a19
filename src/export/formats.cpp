#include <evgraph/error.hpp>
#include <evgraph/formats.hpp>
#include <evgraph/graph_io.hpp>
#include <evgraph/raster.hpp>

#include "common/streamed_outputs.hpp"

#include <algorithm>
#include <cctype>
#include <future>
#include <memory>
#include <mutex>

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

// graph.dot and graph.svg of `build`, drawn together: one selection of the model and one cgraph
// graph serve both. The first of the two streams to ask draws them; the other waits for it.
class SharedGraphDrawings {
 public:
  SharedGraphDrawings(const GraphModel& model, const Resources& resources, std::string lang)
      : m_model(model), m_resources(resources), m_lang(std::move(lang)) {}

  const GraphDrawings& get() {
    std::call_once(m_drawn, [this] {
      GraphRenderOptions options;
      options.lang = m_lang;
      m_drawings = render_dot_and_graph_svg(m_model, m_resources, options);
    });
    return m_drawings;
  }

 private:
  const GraphModel& m_model;
  const Resources& m_resources;
  std::string m_lang;
  std::once_flag m_drawn;
  GraphDrawings m_drawings;
};

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

std::vector<StreamedOutput> build_output_streams(const GraphModel& model, const Resources& resources,
                                                const std::string& lang, const MentionTable* mentions) {
  auto drawn = [&model, &resources, lang](const char* drawing, const char* name) {
    return [&model, &resources, lang, drawing, name](const StreamedOutput::Write& write) {
      RenderRequest request{model, resources, {}, {}};
      request.graph.lang = lang;
      request.timeline.lang = lang;
      write(output_format(drawing, name).write(request));
    };
  };
  auto graph = std::make_shared<SharedGraphDrawings>(model, resources, lang);
  // The two big records files go out in pieces; the drawings are small.
  return {{"graph.json", [&model, mentions](const StreamedOutput::Write& write) { stream_json(model, write, mentions); }},
          {"graph.yaml", [&model, mentions](const StreamedOutput::Write& write) { stream_yaml(model, write, mentions); }},
          {"graph.dot", [graph](const StreamedOutput::Write& write) { write(graph->get().dot); }},
          {"graph.svg", [graph](const StreamedOutput::Write& write) { write(graph->get().svg); }},
          {"timeline.svg", drawn("timeline", "svg")}};
}

std::vector<OutputFile> build_outputs(const GraphModel& model, const Resources& resources, const std::string& lang) {
  const std::vector<StreamedOutput> streams = build_output_streams(model, resources, lang);
  std::vector<OutputFile> files(streams.size());
  detail::produce_side_by_side(streams.size(), [&](std::size_t k) {
    files[k].name = streams[k].name;
    streams[k].produce([&file = files[k]](std::string_view piece) { file.content += piece; });
  });
  return files;
}

}  // namespace evgraph
