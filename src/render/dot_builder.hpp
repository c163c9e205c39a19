// Fills a cgraph graph from the model: the part render_dot and render_graph_svg share.
#pragma once

#include "graphviz_context.hpp"

#include <evgraph/render.hpp>

namespace evgraph::detail {

// How many of an event's sources its node quotes in its tooltip.
constexpr std::size_t kNodeSources = 3;

// What build_graph draws of `model` under `options`: most_attested's selection, without the
// documents and their edges unless options.include_sources (but with the documents the events
// link to), each event with only its first kNodeSources sources. Drawn, it gives the same
// DOT and SVG as most_attested's selection, in a copy the size of the drawing.
GraphModel drawn_part(const GraphModel& model, const GraphRenderOptions& options);

// With options.changes, nodes and edges are coloured by their status and a legend is added.
// Events show their modality and confidence, with a legend table under the drawing that starts
// with `note` when it is not empty. Caller holds graphviz_mutex().
void build_graph(const GraphHandle& graph, const GraphModel& model, const GraphRenderOptions& options,
                 const RenderStyle& style, const LocaleStrings& words, const std::string& note = "");

}  // namespace evgraph::detail
