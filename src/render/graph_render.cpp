// render_dot and render_graph_svg: the cgraph graph written as DOT or laid out by gvc.
#include "dot_builder.hpp"
#include "text_util.hpp"

#include <evgraph/error.hpp>

namespace evgraph {
namespace {

// Above this many events the layout runs with bounded optimisation passes.
constexpr std::size_t kQuickLayoutEvents = 60;

// Says on the drawing that it is a selection, and of what; empty when it is the whole graph.
std::string selection_note(const LocaleStrings& words, std::size_t shown, std::size_t total) {
  if (shown >= total) return {};
  return detail::fill(words.phrase("graph_selection"),
                      {{"shown", std::to_string(shown)}, {"total", std::to_string(total)}});
}

// dot's crossing minimisation and network simplex dominate on dense graphs; bounded passes keep a
// few hundred events to seconds with a layout that is still readable. Set in the DOT too, so that
// whoever lays it out gets the same bounds.
void bound_layout(detail::GraphHandle& graph, std::size_t events) {
  if (events <= kQuickLayoutEvents) return;
  for (const auto& [name, value] : {std::pair{"mclimit", "0.2"}, std::pair{"nslimit", "2"}, std::pair{"nslimit1", "2"},
                                    std::pair{"searchsize", "20"}, std::pair{"remincross", "false"},
                                    std::pair{"splines", "line"}})
    agsafeset(graph.get(), const_cast<char*>(name), const_cast<char*>(value), const_cast<char*>(""));
}

// The part of the model a drawing shows, in a cgraph graph with its layout bounded: what the DOT
// and the SVG share. The DOT holds the same selection as the SVG: whoever lays it out with
// Graphviz meets the same limits (dot's crossing minimisation crashes or runs for minutes on
// thousands of events). REQUIRES: graphviz_mutex() held.
void fill_graph(detail::GraphHandle& graph, const GraphModel& full_model, const Resources& resources,
                const GraphRenderOptions& options) {
  const LocaleStrings& words = resources.language(options.lang).locale();
  const GraphModel model = detail::drawn_part(full_model, options);
  const std::string note = selection_note(words, model.events.size(), full_model.events.size());
  detail::build_graph(graph, model, options, resources.style(), words, note);
  bound_layout(graph, model.events.size());
}

const char* graph_name(const GraphRenderOptions& options) { return options.changes ? "evgraph_diff" : "evgraph"; }

}  // namespace

std::string render_dot(const GraphModel& full_model, const Resources& resources, const GraphRenderOptions& options) {
  std::lock_guard<std::mutex> lock(detail::graphviz_mutex());
  detail::ErrorCapture errors;
  detail::GraphHandle graph(graph_name(options));
  fill_graph(graph, full_model, resources, options);
  return graph.write();
}

namespace {

// The graph laid out by gvc and rendered to `format` ("svg", "png").
std::string render_laid_out(const GraphModel& full_model, const Resources& resources, const GraphRenderOptions& options,
                            const char* format) {
  std::lock_guard<std::mutex> lock(detail::graphviz_mutex());
  detail::ErrorCapture errors;
  detail::GraphHandle graph(graph_name(options));
  fill_graph(graph, full_model, resources, options);
  detail::LayoutContext context;
  context.layout(graph.get(), "dot", errors, "the graph");
  return context.render(format);
}

}  // namespace

GraphDrawings render_dot_and_graph_svg(const GraphModel& full_model, const Resources& resources,
                                       const GraphRenderOptions& options) {
  std::lock_guard<std::mutex> lock(detail::graphviz_mutex());
  detail::ErrorCapture errors;
  detail::GraphHandle graph(graph_name(options));
  fill_graph(graph, full_model, resources, options);
  GraphDrawings drawings;
  drawings.dot = graph.write();  // before the layout adds its positions to the graph
  detail::LayoutContext context;
  context.layout(graph.get(), "dot", errors, "the graph");
  drawings.svg = detail::strip_generator_comment(context.render("svg"));
  return drawings;
}

std::string render_graph_svg(const GraphModel& model, const Resources& resources, const GraphRenderOptions& options) {
  return detail::strip_generator_comment(render_laid_out(model, resources, options, "svg"));
}

std::string render_graph_png(const GraphModel& model, const Resources& resources, const GraphRenderOptions& options) {
  return render_laid_out(model, resources, options, "png");
}

}  // namespace evgraph
