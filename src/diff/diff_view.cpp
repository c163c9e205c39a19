// The union model behind the diff's renderings.
#include <evgraph/diff.hpp>

#include <algorithm>
#include <unordered_set>

namespace evgraph {
namespace {

template <typename Record>
void sort_by_id(std::vector<Record>& records) {
  std::sort(records.begin(), records.end(), [](const Record& a, const Record& b) { return a.id < b.id; });
}

// Copies into `into` the records of `from` whose ids `wanted` lists.
template <typename Record>
void add_removed(std::vector<Record>& into, const std::vector<Record>& from, const std::unordered_set<std::string>& wanted) {
  if (wanted.empty()) return;
  for (const Record& record : from)
    if (wanted.count(record.id)) into.push_back(record);
  sort_by_id(into);
}

std::string note_of(const EventChange& change) {
  std::vector<std::string> parts;
  if (!change.old_id.empty()) parts.push_back("id");
  for (const FieldChange& f : change.fields) parts.push_back(f.field);
  for (const auto& [name, set] : {std::pair{"actors", &change.actors}, std::pair{"places", &change.places},
                                  std::pair{"proposals", &change.proposals}, std::pair{"agents", &change.agents},
                                  std::pair{"targets", &change.targets}, std::pair{"sources", &change.sources}})
    if (!set->empty()) parts.push_back(name);
  if (!change.requoted.empty()) parts.push_back("quotes");
  std::string note;
  for (const auto& part : parts) note += (note.empty() ? "" : ", ") + part;
  return note;
}

}  // namespace

DiffView diff_view(const GraphModel& old_model, const GraphModel& new_model, const GraphDiff& diff) {
  DiffView u;
  u.model = new_model;
  std::unordered_set<std::string> removed_events, removed_entities, removed_documents;
  for (const EventChange& c : diff.events) {
    u.changes.nodes.emplace(c.id, c.kind);
    if (c.kind == ChangeKind::Removed) removed_events.insert(c.id);
    if (c.kind == ChangeKind::Changed) u.changes.notes.emplace(c.id, note_of(c));
  }
  for (const EntityChange& c : diff.entities) {
    u.changes.nodes.emplace(c.id, c.kind);
    if (c.kind == ChangeKind::Removed) removed_entities.insert(c.id);
  }
  for (const DocumentChange& c : diff.documents) {
    u.changes.nodes.emplace(c.id, c.kind);
    if (c.kind == ChangeKind::Removed) removed_documents.insert(c.id);
  }
  add_removed(u.model.events, old_model.events, removed_events);
  add_removed(u.model.actors, old_model.actors, removed_entities);
  add_removed(u.model.places, old_model.places, removed_entities);
  add_removed(u.model.proposals, old_model.proposals, removed_entities);
  add_removed(u.model.corpus.documents, old_model.corpus.documents, removed_documents);
  for (const EdgeChange& c : diff.edges) {
    u.changes.edges.emplace(std::make_tuple(c.edge.from, c.edge.to, c.edge.kind), c.kind);
    if (c.kind == ChangeKind::Removed) u.model.edges.push_back(c.edge);
  }
  std::sort(u.model.edges.begin(), u.model.edges.end(), [](const Edge& a, const Edge& b) {
    return std::tie(a.from, a.to, a.kind) < std::tie(b.from, b.to, b.kind);
  });
  return u;
}

}  // namespace evgraph
