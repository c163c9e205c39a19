// Choosing what a graph drawing of a large corpus shows.
#include <evgraph/render.hpp>

#include <algorithm>
#include <unordered_set>

namespace evgraph {

GraphModel most_attested(const GraphModel& model, std::size_t max_events, const ChangeMarks* changes) {
  if (max_events == 0 || model.events.size() <= max_events) return model;
  std::vector<const Event*> ranked;
  ranked.reserve(model.events.size());
  for (const Event& event : model.events) ranked.push_back(&event);
  // In a diff, what changed is what the drawing is for.
  auto changed = [changes](const Event* e) { return changes && changes->node(e->id) != ChangeKind::Unchanged; };
  std::partial_sort(ranked.begin(), ranked.begin() + static_cast<long>(max_events), ranked.end(),
                    [&](const Event* a, const Event* b) {
                      if (changed(a) != changed(b)) return changed(a);
                      if (a->sources.size() != b->sources.size()) return a->sources.size() > b->sources.size();
                      if (a->confidence != b->confidence) return a->confidence > b->confidence;
                      return a->id < b->id;
                    });
  ranked.resize(max_events);

  GraphModel out;
  out.corpus = model.corpus;
  std::unordered_set<std::string> kept;
  for (const Event* event : ranked) {
    kept.insert(event->id);
    for (const auto* list : {&event->actors, &event->places, &event->proposals}) kept.insert(list->begin(), list->end());
  }
  for (const auto& doc : model.corpus.documents) kept.insert(doc.id);
  // Copy in model order so every array stays sorted by id.
  for (const Event& event : model.events)
    if (kept.count(event.id)) out.events.push_back(event);
  for (const auto& [from, into] : {std::pair{&model.actors, &out.actors}, std::pair{&model.places, &out.places},
                                   std::pair{&model.proposals, &out.proposals}})
    for (const Entity& entity : *from)
      if (kept.count(entity.id)) into->push_back(entity);
  for (const Edge& edge : model.edges)
    if (kept.count(edge.from) && kept.count(edge.to)) out.edges.push_back(edge);
  return out;
}

}  // namespace evgraph
