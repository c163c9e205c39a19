#include <evgraph/changes.hpp>

namespace evgraph {

const char* to_string(ChangeKind kind) {
  switch (kind) {
    case ChangeKind::Added: return "added";
    case ChangeKind::Removed: return "removed";
    case ChangeKind::Changed: return "changed";
    case ChangeKind::Unchanged: break;
  }
  return "unchanged";
}

ChangeKind ChangeMarks::node(const std::string& id) const {
  auto it = nodes.find(id);
  return it == nodes.end() ? ChangeKind::Unchanged : it->second;
}

ChangeKind ChangeMarks::edge(const Edge& e) const {
  auto it = edges.find({e.from, e.to, e.kind});
  return it == edges.end() ? ChangeKind::Unchanged : it->second;
}

}  // namespace evgraph
