// Choosing what a graph drawing of a large corpus shows.
#include <evgraph/render.hpp>

#include "dot_builder.hpp"

#include <algorithm>
#include <unordered_set>

namespace evgraph {
namespace {

// The `max_events` events a drawing shows, by number of sources, confidence and id (in a diff,
// changed events first).
std::vector<const Event*> top_events(const GraphModel& model, std::size_t max_events, const ChangeMarks* changes) {
  std::vector<const Event*> ranked;
  ranked.reserve(model.events.size());
  for (const Event& event : model.events) ranked.push_back(&event);
  auto changed = [changes](const Event* e) { return changes && changes->node(e->id) != ChangeKind::Unchanged; };
  std::partial_sort(ranked.begin(), ranked.begin() + static_cast<long>(max_events), ranked.end(),
                    [&](const Event* a, const Event* b) {
                      if (changed(a) != changed(b)) return changed(a);
                      if (a->sources.size() != b->sources.size()) return a->sources.size() > b->sources.size();
                      if (a->confidence != b->confidence) return a->confidence > b->confidence;
                      return a->id < b->id;
                    });
  ranked.resize(max_events);
  return ranked;
}

// The ids of the top events and of the entities they link.
std::unordered_set<std::string> kept_ids(const std::vector<const Event*>& events) {
  std::unordered_set<std::string> kept;
  for (const Event* event : events) {
    kept.insert(event->id);
    for (const auto* list : {&event->actors, &event->places, &event->proposals}) kept.insert(list->begin(), list->end());
  }
  return kept;
}

// Every field of `event` but its sources, of which only the first `sources`: copying all of them
// would copy the best attested events' thousands of quotes for nothing.
Event with_first_sources(const Event& event, std::size_t sources) {
  Event out;
  out.id = event.id;
  out.type = event.type;
  out.title = event.title;
  out.date = event.date;
  out.actors = event.actors;
  out.agents = event.agents;
  out.targets = event.targets;
  out.places = event.places;
  out.proposals = event.proposals;
  out.sources.assign(event.sources.begin(), event.sources.begin() + static_cast<long>(std::min(sources, event.sources.size())));
  out.confidence = event.confidence;
  out.modality = event.modality;
  out.conflicting_dates = event.conflicting_dates;
  out.salience = event.salience;
  out.anchor = event.anchor;
  out.follows = event.follows;
  return out;
}

bool document_edge(const Edge& edge) { return edge.kind == "reported_by" || edge.kind == "mentioned_in"; }

}  // namespace

GraphModel most_attested(const GraphModel& model, std::size_t max_events, const ChangeMarks* changes) {
  if (max_events == 0 || model.events.size() <= max_events) return model;
  std::unordered_set<std::string> kept = kept_ids(top_events(model, max_events, changes));
  GraphModel out;
  out.corpus = model.corpus;
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

// most_attested's selection less what build_graph leaves out: on a 200 MB corpus the documents'
// million mentioned_in edges and the top events' quotes made a copy of ~200 MB for a drawing of
// a hundred nodes.
GraphModel detail::drawn_part(const GraphModel& model, const GraphRenderOptions& options) {
  const bool whole = options.max_events == 0 || model.events.size() <= options.max_events;
  std::unordered_set<std::string> kept;
  if (!whole) {
    kept = kept_ids(top_events(model, options.max_events, options.changes));
    if (options.include_sources)
      for (const auto& doc : model.corpus.documents) kept.insert(doc.id);
  }
  auto keeps = [&](const std::string& id) { return whole || kept.count(id) > 0; };

  GraphModel out;
  out.corpus.name = model.corpus.name;
  out.corpus.version = model.corpus.version;
  std::unordered_set<std::string> linked_documents;  // where the events' nodes link
  // Copy in model order so every array stays sorted by id.
  for (const Event& event : model.events) {
    if (!keeps(event.id)) continue;
    out.events.push_back(with_first_sources(event, kNodeSources));
    if (!event.sources.empty()) linked_documents.insert(event.sources.front().doc);
  }
  for (const DocumentInfo& doc : model.corpus.documents)
    if (options.include_sources || linked_documents.count(doc.id)) out.corpus.documents.push_back(doc);
  for (const auto& [from, into] : {std::pair{&model.actors, &out.actors}, std::pair{&model.places, &out.places},
                                   std::pair{&model.proposals, &out.proposals}})
    for (const Entity& entity : *from)
      if (keeps(entity.id)) into->push_back(entity);
  for (const Edge& edge : model.edges) {
    if (document_edge(edge) && !options.include_sources) continue;  // documents are nodes only then
    if (keeps(edge.from) && keeps(edge.to)) out.edges.push_back(edge);
  }
  return out;
}

}  // namespace evgraph
