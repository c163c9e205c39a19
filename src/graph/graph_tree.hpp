// graph.json as a JSON tree, for writers that embed the graph in a larger document (the HTML
// page) rather than print it.
#pragma once

#include <evgraph/model.hpp>

#include <nlohmann/json.hpp>

namespace evgraph::detail {

// The tree to_json prints: fields in contract order. Without `with_edges`, no "edges" key.
nlohmann::ordered_json graph_tree(const GraphModel& model, bool with_edges = true);

}  // namespace evgraph::detail
