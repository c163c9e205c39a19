// Fills a cgraph graph from the model: the part render_dot and render_graph_svg share.
#pragma once

#include "graphviz_context.hpp"

#include <evgraph/render.hpp>

namespace evgraph::detail {

// With options.changes, nodes and edges are coloured by their status and a legend is added.
// Events show their modality and confidence, with a legend table under the drawing that starts
// with `note` when it is not empty. Caller holds graphviz_mutex().
void build_graph(const GraphHandle& graph, const GraphModel& model, const GraphRenderOptions& options,
                 const RenderStyle& style, const LocaleStrings& words, const std::string& note = "");

}  // namespace evgraph::detail
