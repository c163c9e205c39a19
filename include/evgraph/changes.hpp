// What happened to a node or an edge between two versions of a graph: computed by diff/, drawn by
// render/ (colours from the style, words from the language pack).
#pragma once

#include <evgraph/model.hpp>

#include <map>
#include <string>
#include <tuple>

namespace evgraph {

enum class ChangeKind { Unchanged, Added, Removed, Changed };
const char* to_string(ChangeKind kind);  // "unchanged", "added", "removed", "changed"

// What changed, by node id and edge: anything not listed is unchanged.
struct ChangeMarks {
  std::map<std::string, ChangeKind> nodes;
  std::map<std::tuple<std::string, std::string, std::string>, ChangeKind> edges;  // (from, to, kind)
  std::map<std::string, std::string> notes;  // node id -> which fields changed, for tooltips

  ChangeKind node(const std::string& id) const;
  ChangeKind edge(const Edge& edge) const;
};

}  // namespace evgraph
