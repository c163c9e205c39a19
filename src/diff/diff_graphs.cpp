// diff_graphs: pairs the records of both versions, compares them, and traces each change to the
// documents behind it.
#include <evgraph/diff.hpp>

#include "diff/compare_fields.hpp"
#include "diff/match.hpp"

#include <algorithm>
#include <iterator>
#include <map>
#include <set>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

namespace evgraph {
namespace {

using detail::DocumentSet;

template <typename Record>
std::vector<const Record*> sorted_by_id(const std::vector<Record>& records) {
  std::vector<const Record*> out;
  out.reserve(records.size());
  for (const Record& r : records) out.push_back(&r);
  // Exports come sorted; checking is linear where sorting compares strings n log n times.
  const auto by_id = [](const Record* a, const Record* b) { return a->id < b->id; };
  if (!std::is_sorted(out.begin(), out.end(), by_id)) std::sort(out.begin(), out.end(), by_id);
  return out;
}

// Walks two id-sorted lists in step: `both(a, b)` for ids on both sides, `only_old`/`only_new` for the rest.
template <typename Record, typename Both, typename OnlyOld, typename OnlyNew>
void merge_walk(const std::vector<Record>& old_records, const std::vector<Record>& new_records, Both both,
                OnlyOld only_old, OnlyNew only_new) {
  const auto a = sorted_by_id(old_records), b = sorted_by_id(new_records);
  std::size_t i = 0, j = 0;
  while (i < a.size() || j < b.size()) {
    if (j == b.size() || (i < a.size() && a[i]->id < b[j]->id)) only_old(*a[i++]);
    else if (i == a.size() || b[j]->id < a[i]->id) only_new(*b[j++]);
    else both(*a[i++], *b[j++]);
  }
}

void diff_documents(const GraphModel& old_model, const GraphModel& new_model, GraphDiff& diff, DocumentSet& touched) {
  auto change = [&](ChangeKind kind, const DocumentInfo& doc, std::string old_sha, std::string new_sha) {
    diff.documents.push_back({kind, doc.id, doc.path, std::move(old_sha), std::move(new_sha), {}});
  };
  merge_walk(
      old_model.corpus.documents, new_model.corpus.documents,
      [&](const DocumentInfo& o, const DocumentInfo& n) {
        if (o.sha256 == n.sha256) {
          ++diff.document_counts.unchanged;
          return;
        }
        ++diff.document_counts.changed;
        touched.push_back(n.id);
        change(ChangeKind::Changed, n, o.sha256, n.sha256);
      },
      [&](const DocumentInfo& o) {
        ++diff.document_counts.removed;
        change(ChangeKind::Removed, o, o.sha256, {});
      },
      [&](const DocumentInfo& n) {
        ++diff.document_counts.added;
        touched.push_back(n.id);
        change(ChangeKind::Added, n, {}, n.sha256);
      });
  std::sort(touched.begin(), touched.end());
}

EventChange whole_event(ChangeKind kind, const Event& event) {
  EventChange change;
  change.kind = kind;
  change.id = event.id;
  change.type = event.type;
  change.title = event.title;
  change.date = event.date.value;
  change.documents = detail::source_documents(event);
  return change;
}

void diff_events(const GraphModel& old_model, const GraphModel& new_model, const DocumentSet& touched,
                 GraphDiff& diff, std::unordered_map<std::string, std::string>& renamed) {
  const auto matching = detail::match_events(old_model.events, new_model.events);
  for (const auto& [o, n] : matching.pairs) {
    if (detail::same_event(old_model.events[o], new_model.events[n])) {
      ++diff.event_counts.unchanged;
      continue;
    }
    EventChange change = detail::compare_events(old_model.events[o], new_model.events[n], touched);
    if (!detail::has_changes(change)) {
      ++diff.event_counts.unchanged;
      continue;
    }
    if (!change.old_id.empty()) {
      ++diff.fuzzy_matches;
      renamed.emplace(change.old_id, change.id);
    }
    ++diff.event_counts.changed;
    diff.events.push_back(std::move(change));
  }
  for (std::size_t o : matching.removed) diff.events.push_back(whole_event(ChangeKind::Removed, old_model.events[o]));
  for (std::size_t n : matching.added) diff.events.push_back(whole_event(ChangeKind::Added, new_model.events[n]));
  diff.event_counts.removed = matching.removed.size();
  diff.event_counts.added = matching.added.size();
  std::sort(diff.events.begin(), diff.events.end(),
            [](const EventChange& a, const EventChange& b) { return std::tie(a.id, a.kind) < std::tie(b.id, b.kind); });
}

// The documents of the events of `model` that link each of `wanted`.
std::map<std::string, std::set<std::string>> documents_linking(const GraphModel& model,
                                                               const std::unordered_set<std::string>& wanted) {
  std::map<std::string, std::set<std::string>> out;
  if (wanted.empty()) return out;
  for (const Event& event : model.events)
    for (const auto* list : {&event.actors, &event.places, &event.proposals})
      for (const std::string& id : *list)
        if (wanted.count(id))
          for (const Source& source : event.sources) out[id].insert(source.doc);
  return out;
}

void diff_entities(const GraphModel& old_model, const GraphModel& new_model, GraphDiff& diff) {
  const std::tuple<const char*, const std::vector<Entity>*, const std::vector<Entity>*, ChangeCounts*> collections[] = {
      {"actor", &old_model.actors, &new_model.actors, &diff.actor_counts},
      {"place", &old_model.places, &new_model.places, &diff.place_counts},
      {"proposal", &old_model.proposals, &new_model.proposals, &diff.proposal_counts}};
  std::unordered_set<std::string> gone, arrived;
  for (const auto& [collection, old_list, new_list, counts] : collections) {
    auto whole = [&, name = collection](ChangeKind kind, const Entity& e) {
      diff.entities.push_back({kind, name, e.id, e.name, {}, {}, {}});
      (kind == ChangeKind::Added ? arrived : gone).insert(e.id);
    };
    merge_walk(
        *old_list, *new_list,
        [&, counts = counts, name = collection](const Entity& o, const Entity& n) {
          EntityChange change = detail::compare_entities(o, n);
          if (change.fields.empty() && change.aliases.empty()) {
            ++counts->unchanged;
            return;
          }
          ++counts->changed;
          change.collection = name;
          diff.entities.push_back(std::move(change));
        },
        [&, counts = counts](const Entity& o) {
          ++counts->removed;
          whole(ChangeKind::Removed, o);
        },
        [&, counts = counts](const Entity& n) {
          ++counts->added;
          whole(ChangeKind::Added, n);
        });
  }
  const auto old_links = documents_linking(old_model, gone), new_links = documents_linking(new_model, arrived);
  for (EntityChange& change : diff.entities) {
    if (change.kind == ChangeKind::Changed) continue;
    const auto& links = change.kind == ChangeKind::Added ? new_links : old_links;
    auto found = links.find(change.id);
    if (found != links.end()) change.documents.assign(found->second.begin(), found->second.end());
  }
}

using EdgeKey = std::tuple<std::string_view, std::string_view, std::string_view>;

// The edges as sorted, unique keys, OLD ids of content-matched events renamed. Exports list edges
// sorted, so only the few renamed ones need sorting before they are merged back in.
std::vector<EdgeKey> edge_keys(const std::vector<Edge>& edges, const std::unordered_map<std::string, std::string>& renamed) {
  std::vector<EdgeKey> kept, moved;
  kept.reserve(edges.size());
  auto name = [&](const std::string& id, bool& was_renamed) -> std::string_view {
    if (renamed.empty()) return id;
    auto found = renamed.find(id);
    if (found == renamed.end()) return id;
    was_renamed = true;
    return found->second;
  };
  for (const Edge& edge : edges) {
    bool was_renamed = false;
    EdgeKey key{name(edge.from, was_renamed), name(edge.to, was_renamed), edge.kind};
    (was_renamed ? moved : kept).push_back(key);
  }
  if (!std::is_sorted(kept.begin(), kept.end())) std::sort(kept.begin(), kept.end());
  if (!moved.empty()) {  // else no copy: NEW's keys are never renamed
    std::sort(moved.begin(), moved.end());
    std::vector<EdgeKey> keys;
    keys.reserve(kept.size() + moved.size());
    std::merge(kept.begin(), kept.end(), moved.begin(), moved.end(), std::back_inserter(keys));
    kept = std::move(keys);
  }
  kept.erase(std::unique(kept.begin(), kept.end()), kept.end());
  return kept;
}

void diff_edges(const GraphModel& old_model, const GraphModel& new_model,
                const std::unordered_map<std::string, std::string>& renamed, GraphDiff& diff) {
  // Edges are compared under NEW's names, so an event that only changed id keeps its edges.
  const auto a = edge_keys(old_model.edges, renamed), b = edge_keys(new_model.edges, {});
  std::unordered_map<std::string_view, const std::vector<std::string>*> causes;
  for (const EventChange& c : diff.events) causes.emplace(c.id, &c.documents);
  for (const EntityChange& c : diff.entities) causes.emplace(c.id, &c.documents);
  std::unordered_set<std::string_view> changed_docs;
  for (const DocumentChange& c : diff.documents) changed_docs.insert(c.id);
  auto record = [&](ChangeKind kind, const EdgeKey& key) {
    EdgeChange change{kind, {std::string(std::get<0>(key)), std::string(std::get<1>(key)), std::string(std::get<2>(key))}, {}};
    for (const std::string* end : {&change.edge.from, &change.edge.to}) {
      if (auto found = causes.find(*end); found != causes.end())
        change.documents.insert(change.documents.end(), found->second->begin(), found->second->end());
      if (changed_docs.count(*end)) change.documents.push_back(*end);
    }
    std::sort(change.documents.begin(), change.documents.end());
    change.documents.erase(std::unique(change.documents.begin(), change.documents.end()), change.documents.end());
    diff.edges.push_back(std::move(change));
  };
  std::size_t i = 0, j = 0;
  while (i < a.size() || j < b.size()) {
    if (j == b.size() || (i < a.size() && a[i] < b[j])) {
      ++diff.edge_counts.removed;
      record(ChangeKind::Removed, a[i++]);
    } else if (i == a.size() || b[j] < a[i]) {
      ++diff.edge_counts.added;
      record(ChangeKind::Added, b[j++]);
    } else {
      ++diff.edge_counts.unchanged;
      ++i, ++j;
    }
  }
}

// Per-document attribution: the event changes each changed document is one of the causes of.
void attribute_documents(GraphDiff& diff) {
  std::unordered_map<std::string_view, DocumentChange*> by_id;
  for (DocumentChange& doc : diff.documents) by_id.emplace(doc.id, &doc);
  for (const EventChange& change : diff.events)
    for (const std::string& doc : change.documents)
      if (auto found = by_id.find(doc); found != by_id.end()) found->second->events.push_back(change.id);
}

}  // namespace

bool GraphDiff::identical() const { return documents.empty() && events.empty() && entities.empty() && edges.empty(); }

GraphDiff diff_graphs(const GraphModel& old_model, const GraphModel& new_model) {
  GraphDiff diff;
  diff.old_corpus = {old_model.corpus.name, old_model.corpus.version, {}};
  diff.new_corpus = {new_model.corpus.name, new_model.corpus.version, {}};
  for (auto [side, model] : {std::pair{&diff.old_corpus, &old_model}, std::pair{&diff.new_corpus, &new_model}}) {
    side->documents = model->corpus.documents;
    const auto by_id = [](const DocumentInfo& a, const DocumentInfo& b) { return a.id < b.id; };
    if (!std::is_sorted(side->documents.begin(), side->documents.end(), by_id))  // exports come sorted
      std::sort(side->documents.begin(), side->documents.end(), by_id);
  }
  DocumentSet touched;
  diff_documents(old_model, new_model, diff, touched);
  std::unordered_map<std::string, std::string> renamed;
  diff_events(old_model, new_model, touched, diff, renamed);
  diff_entities(old_model, new_model, diff);
  diff_edges(old_model, new_model, renamed, diff);
  attribute_documents(diff);
  return diff;
}

}  // namespace evgraph
