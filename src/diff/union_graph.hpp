// Both versions of the graph in one model, each node and edge tagged with what happened to it:
// what the DOT, SVG and timeline renderings of a diff draw.
#pragma once

#include <evgraph/diff.hpp>

#include <map>
#include <string>
#include <tuple>
#include <unordered_map>

namespace evgraph::detail {

using EdgeId = std::tuple<std::string, std::string, std::string>;  // from, to, kind

struct UnionGraph {
  GraphModel model;  // every array sorted by id, edges by (from, to, kind)
  std::unordered_map<std::string, ChangeKind> nodes;  // ids of events, entities, documents; absent: unchanged
  std::map<EdgeId, ChangeKind> edges;                 // absent: unchanged
  std::unordered_map<std::string, std::string> notes; // changed events: "date.value, sources"
};

UnionGraph build_union(const GraphModel& old_model, const GraphModel& new_model, const GraphDiff& diff);

}  // namespace evgraph::detail
