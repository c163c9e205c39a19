#include <evgraph/export.hpp>
#include <evgraph/pipeline.hpp>
#include <evgraph/render.hpp>

#include <future>

namespace evgraph {

std::vector<std::pair<std::string, std::string>> build_outputs(const GraphModel& model, const std::string& lang) {
  TimelineOptions timeline;
  timeline.lang = lang;
  GraphRenderOptions graph;
  graph.lang = lang;
  // Graphviz calls are serialised by its lock, so DOT and SVG go on one task and the writers of
  // JSON, YAML and the timeline on others.
  auto graphviz = std::async(std::launch::async, [&] {
    return std::make_pair(render_dot(model, graph), render_graph_svg(model, graph));
  });
  auto yaml = std::async(std::launch::async, [&] { return to_yaml(model); });
  auto timeline_svg = std::async(std::launch::async, [&] { return render_timeline_svg(model, timeline); });
  std::string json = to_json(model);
  auto [dot, svg] = graphviz.get();
  return {{"graph.json", std::move(json)},
          {"graph.yaml", yaml.get()},
          {"graph.dot", std::move(dot)},
          {"graph.svg", std::move(svg)},
          {"timeline.svg", timeline_svg.get()}};
}

}  // namespace evgraph
