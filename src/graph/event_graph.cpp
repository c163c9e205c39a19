#include <evgraph/error.hpp>
#include <evgraph/graph.hpp>


#include <algorithm>
#include <cstdint>
#include <iterator>
#include <map>
#include <numeric>
#include <set>
#include <stdexcept>
#include <string_view>
#include <tuple>

namespace evgraph {
namespace {

// Records are large to swap (a document's info holds eight strings): an unsorted list is sorted
// as indices, then each record is moved once; a sorted one (merge_events sorts its events, the
// reducer its documents) is left as it is. Equal ids keep their order.
template <typename Record>
void sort_by_id(std::vector<Record>& records) {
  auto by_id = [](const Record& a, const Record& b) { return a.id < b.id; };
  if (std::is_sorted(records.begin(), records.end(), by_id)) return;
  std::vector<std::size_t> order(records.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return by_id(records[a], records[b]); });
  std::vector<Record> sorted;
  sorted.reserve(records.size());
  for (std::size_t k : order) sorted.push_back(std::move(records[k]));
  records = std::move(sorted);
}

bool by_date(const Event* a, const Event* b) {
  const auto key = [](const Event* e) { return std::make_pair(e->date.start.value_or(Date(boost::gregorian::pos_infin)), e->id); };
  return key(a) < key(b);
}

// The stance an event's agents take towards the proposals it concerns.
const char* stance_of(const Event& event) {
  if (event.modality == "denied") return nullptr;
  const std::string& t = event.type;
  if (t == "proposal" || t == "promise") return "proposes";
  if (t == "rejection" || t == "denial") return "rejects";
  if (t == "threat" || t == "accusation" || t == "warning") return "opposes";
  if (t == "agreement" || t == "support" || t == "decision" || t == "request" || t == "demand" || t == "vote")
    return "supports";
  return nullptr;
}

bool contains(const std::vector<std::string>& sorted, const std::string& id) {
  return std::binary_search(sorted.begin(), sorted.end(), id);
}

}  // namespace

const char* to_string(NodeKind kind) {
  switch (kind) {
    case NodeKind::Event: return "event";
    case NodeKind::Actor: return "actor";
    case NodeKind::Place: return "place";
    case NodeKind::Proposal: return "proposal";
    case NodeKind::Document: return "document";
  }
  return "event";
}

void EventGraph::add_vertices() {
  auto add = [this](NodeKind kind, const std::string& id, std::size_t index) {
    const Vertex v = boost::add_vertex(NodeProperties{kind, id, index}, m_graph);
    m_vertices.emplace(id, v);
  };
  for (std::size_t i = 0; i < m_model.events.size(); ++i) add(NodeKind::Event, m_model.events[i].id, i);
  for (std::size_t i = 0; i < m_model.actors.size(); ++i) add(NodeKind::Actor, m_model.actors[i].id, i);
  for (std::size_t i = 0; i < m_model.places.size(); ++i) add(NodeKind::Place, m_model.places[i].id, i);
  for (std::size_t i = 0; i < m_model.proposals.size(); ++i) add(NodeKind::Proposal, m_model.proposals[i].id, i);
  for (std::size_t i = 0; i < m_model.corpus.documents.size(); ++i)
    add(NodeKind::Document, m_model.corpus.documents[i].id, i);
}

void EventGraph::add_edge(const std::string& from, const std::string& to, const std::string& kind) {
  auto a = m_vertices.find(from);
  auto b = m_vertices.find(to);
  if (a == m_vertices.end() || b == m_vertices.end()) return;
  boost::add_edge(a->second, b->second, EdgeProperties{kind}, m_graph);
}

EventGraph EventGraph::from_events(CorpusInfo corpus, std::vector<Event> events, std::vector<Entity> actors,
                                   std::vector<Entity> places, std::vector<Entity> proposals,
                                   const std::vector<Edge>& mentions) {
  std::vector<std::string> mentioned;
  for (std::size_t k = 0; k < mentions.size(); ++k)
    if (k == 0 || mentions[k].from != mentions[k - 1].from) mentioned.push_back(mentions[k].from);
  EventGraph result = make(std::move(corpus), std::move(events), std::move(actors), std::move(places),
                           std::move(proposals), mentioned);
  // Mentions come sorted by entity (a million on a big corpus): each entity is looked up once.
  const auto none = result.m_vertices.end();
  auto entity = none;
  for (const Edge& mention : mentions) {
    if (entity == none || entity->first != mention.from) entity = result.m_vertices.find(mention.from);
    const auto document = result.m_vertices.find(mention.to);
    if (entity != none && document != none)
      boost::add_edge(entity->second, document->second, EdgeProperties{mention.kind}, result.m_graph);
  }
  return result;
}

CompactModel EventGraph::compact_model_from_events(CorpusInfo corpus, std::vector<Event> events,
                                                   std::vector<Entity> actors, std::vector<Entity> places,
                                                   std::vector<Entity> proposals, MentionTable mentions) {
  if (!std::is_sorted(corpus.documents.begin(), corpus.documents.end(),
                      [](const DocumentInfo& a, const DocumentInfo& b) { return a.id < b.id; }))
    throw std::invalid_argument("compact_model_from_events: documents not sorted by id");
  auto& pairs = mentions.pairs;
  if (!std::is_sorted(pairs.begin(), pairs.end())) std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  const std::size_t documents = corpus.documents.size();
  std::vector<std::string> mentioned;
  for (std::size_t k = 0; k < pairs.size(); ++k)
    if (k == 0 || pairs[k].first != pairs[k - 1].first) mentioned.push_back(mentions.entities.at(pairs[k].first));
  EventGraph graph = make(std::move(corpus), std::move(events), std::move(actors), std::move(places),
                          std::move(proposals), mentioned);
  std::vector<bool> known(mentions.entities.size());
  for (std::size_t k = 0; k < known.size(); ++k) known[k] = graph.m_vertices.count(mentions.entities[k]) > 0;
  pairs.erase(std::remove_if(pairs.begin(), pairs.end(),
                             [&](const auto& pair) { return !known[pair.first] || pair.second >= documents; }),
              pairs.end());
  return {std::move(graph).to_model(), std::move(mentions)};
}

void for_each_joined_edge(const GraphModel& model, const MentionTable& mentions,
                          const std::function<void(std::size_t)>& on_edge,
                          const std::function<void(std::uint32_t, std::uint32_t)>& on_mention) {
  static const std::string kMentioned = "mentioned_in";
  std::size_t edge = 0;
  for (const auto& [entity, document] : mentions.pairs) {
    const std::string& from = mentions.entities[entity];
    const std::string& to = model.corpus.documents[document].id;
    for (; edge < model.edges.size(); ++edge) {
      const Edge& next = model.edges[edge];
      if (std::tie(next.from, next.to, next.kind) >= std::tie(from, to, kMentioned)) break;
      on_edge(edge);
    }
    on_mention(entity, document);
  }
  for (; edge < model.edges.size(); ++edge) on_edge(edge);
}

GraphModel joined(CompactModel compact) {
  GraphModel& model = compact.model;
  const MentionTable& mentions = compact.mentions;
  std::vector<Edge> edges;
  edges.reserve(model.edges.size() + mentions.pairs.size());
  for_each_joined_edge(
      model, mentions, [&](std::size_t k) { edges.push_back(std::move(model.edges[k])); },
      [&](std::uint32_t entity, std::uint32_t document) {
        edges.push_back({mentions.entities[entity], model.corpus.documents[document].id, "mentioned_in"});
      });
  model.edges = std::move(edges);
  return std::move(model);
}

EventGraph EventGraph::make(CorpusInfo corpus, std::vector<Event> events, std::vector<Entity> actors,
                            std::vector<Entity> places, std::vector<Entity> proposals,
                            const std::vector<std::string>& mentioned) {
  std::set<std::string> linked(mentioned.begin(), mentioned.end());
  for (const Event& event : events)
    for (const auto* list : {&event.actors, &event.places, &event.proposals}) linked.insert(list->begin(), list->end());
  auto keep_linked = [&](std::vector<Entity>& entities) {
    entities.erase(std::remove_if(entities.begin(), entities.end(), [&](const Entity& e) { return !linked.count(e.id); }),
                   entities.end());
    sort_by_id(entities);
  };
  keep_linked(actors);
  keep_linked(places);
  keep_linked(proposals);
  sort_by_id(events);
  sort_by_id(corpus.documents);

  EventGraph result;
  result.m_model = GraphModel{std::move(corpus), std::move(events), std::move(actors), std::move(places),
                              std::move(proposals), {}};
  result.add_vertices();
  std::set<std::tuple<std::string, std::string, std::string>> stances;
  for (const Event& event : result.m_model.events) {
    for (const auto& agent : event.agents) result.add_edge(agent, event.id, "agent");
    for (const auto& target : event.targets) result.add_edge(event.id, target, "target");
    for (const auto& actor : event.actors)
      if (!contains(event.agents, actor) && !contains(event.targets, actor)) result.add_edge(actor, event.id, "participant");
    for (const auto& place : event.places)
      if (!contains(event.targets, place)) result.add_edge(event.id, place, "located_in");
    for (const auto& earlier : event.follows) result.add_edge(earlier, event.id, "precedes");
    for (const auto& proposal : event.proposals) result.add_edge(event.id, proposal, "concerns");
    std::set<std::string> documents;
    for (const auto& source : event.sources) documents.insert(source.doc);
    for (const auto& doc : documents) result.add_edge(event.id, doc, "reported_by");
    // A stance is the agents': never a bystander named in the same sentence.
    if (const char* stance = stance_of(event))
      for (const auto& agent : event.agents)
        for (const auto& proposal : event.proposals) stances.insert({agent, proposal, stance});
  }
  for (const auto& [actor, proposal, stance] : stances) result.add_edge(actor, proposal, stance);
  // precedes: each dated event to the next one that starts after it ends, in date order.
  std::vector<const Event*> dated;
  for (const Event& event : result.m_model.events)
    if (event.date.start && event.date.end) dated.push_back(&event);
  std::sort(dated.begin(), dated.end(), by_date);
  for (std::size_t i = 0, next = 0; i < dated.size(); ++i) {
    next = std::max(next, i + 1);
    while (next < dated.size() && *dated[next]->date.start <= *dated[i]->date.end) ++next;
    if (next < dated.size()) result.add_edge(dated[i]->id, dated[next]->id, "precedes");
  }
  return result;
}

EventGraph EventGraph::from_model(GraphModel model, const std::string& file) {
  EventGraph result;
  std::vector<Edge> edges = std::move(model.edges);
  result.m_model = std::move(model);
  result.add_vertices();
  for (const Edge& edge : edges) {
    if (!result.m_vertices.count(edge.from) || !result.m_vertices.count(edge.to))
      throw InputError({file}, "edge " + edge.from + " -> " + edge.to + " names a node the graph does not have");
    result.add_edge(edge.from, edge.to, edge.kind);
  }
  return result;
}

namespace {

// Ranks of the vertices in id order (equal ids, equal ranks): edges are sorted on numbers, not on
// the ids, which share long prefixes ("actor:...", "event:2025-...") and are many (a mentioned_in
// edge per entity and document: close to a million on a 200 MB corpus).
std::vector<std::uint32_t> ranks_by_id(const EventGraph::Graph& graph) {
  const std::size_t count = boost::num_vertices(graph);
  std::vector<std::uint32_t> order(count);
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return graph[a].id < graph[b].id; });
  std::vector<std::uint32_t> rank(count);
  for (std::size_t k = 0, next = 0; k < count; ++k) {
    if (k > 0 && graph[order[k]].id != graph[order[k - 1]].id) ++next;
    rank[order[k]] = static_cast<std::uint32_t>(next);
  }
  return rank;
}

// The edges sorted by (from, to, kind) and unique, as their ids would sort.
void add_sorted_edges(const EventGraph::Graph& graph, GraphModel& model) {
  const std::vector<std::uint32_t> rank = ranks_by_id(graph);
  std::map<std::string_view, std::uint32_t> kinds;  // a dozen kinds: ranked once they are all known
  for (auto [it, end] = boost::edges(graph); it != end; ++it) kinds.emplace(graph[*it].kind, 0);
  std::uint32_t next_kind = 0;
  for (auto& [kind, number] : kinds) number = next_kind++;

  struct Key {
    std::uint32_t from, to, kind;
    EventGraph::Graph::edge_descriptor edge;
    auto tied() const { return std::tie(from, to, kind); }
  };
  std::vector<Key> keys;
  keys.reserve(boost::num_edges(graph));
  for (auto [it, end] = boost::edges(graph); it != end; ++it)
    keys.push_back({rank[boost::source(*it, graph)], rank[boost::target(*it, graph)], kinds.at(graph[*it].kind), *it});
  std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) { return a.tied() < b.tied(); });
  keys.erase(std::unique(keys.begin(), keys.end(), [](const Key& a, const Key& b) { return a.tied() == b.tied(); }),
             keys.end());
  model.edges.reserve(model.edges.size() + keys.size());
  for (const Key& key : keys)
    model.edges.push_back(
        {graph[boost::source(key.edge, graph)].id, graph[boost::target(key.edge, graph)].id, graph[key.edge].kind});
}

}  // namespace

GraphModel EventGraph::to_model() const& {
  GraphModel model = m_model;
  add_sorted_edges(m_graph, model);
  return model;
}

GraphModel EventGraph::to_model() && {
  GraphModel model = std::move(m_model);
  add_sorted_edges(m_graph, model);
  return model;
}

std::optional<EventGraph::Vertex> EventGraph::vertex(std::string_view id) const {
  auto it = m_vertices.find(std::string(id));
  if (it == m_vertices.end()) return std::nullopt;
  return it->second;
}

const Event& EventGraph::event(Vertex v) const { return m_model.events.at(m_graph[v].index); }

std::vector<const Event*> EventGraph::events_of_actor(std::string_view actor_id) const {
  std::vector<const Event*> out;
  const auto v = vertex(actor_id);
  if (!v) return out;
  // As an agent or a participant (actor -> event) or as a target (event -> actor).
  for (auto [it, end] = boost::out_edges(*v, m_graph); it != end; ++it)
    if (m_graph[*it].kind == "participant" || m_graph[*it].kind == "agent")
      out.push_back(&event(boost::target(*it, m_graph)));
  for (auto [it, end] = boost::in_edges(*v, m_graph); it != end; ++it)
    if (m_graph[*it].kind == "target" && m_graph[boost::source(*it, m_graph)].kind == NodeKind::Event)
      out.push_back(&event(boost::source(*it, m_graph)));
  std::sort(out.begin(), out.end(), by_date);
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<std::string> EventGraph::neighbourhood(std::string_view id, int hops) const {
  std::vector<std::string> out;
  const auto start = vertex(id);
  if (!start) return out;
  std::vector<int> depth(boost::num_vertices(m_graph), -1);
  std::vector<Vertex> frontier{*start};
  depth[*start] = 0;
  // Breadth-first over both edge directions: "who is linked to X" does not care which way.
  for (std::size_t head = 0; head < frontier.size(); ++head) {
    const Vertex v = frontier[head];
    if (depth[v] >= hops) continue;
    auto visit = [&](Vertex w) {
      if (depth[w] < 0) depth[w] = depth[v] + 1, frontier.push_back(w);
    };
    for (auto [it, end] = boost::out_edges(v, m_graph); it != end; ++it) visit(boost::target(*it, m_graph));
    for (auto [it, end] = boost::in_edges(v, m_graph); it != end; ++it) visit(boost::source(*it, m_graph));
  }
  for (Vertex v : frontier) out.push_back(m_graph[v].id);
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<const Event*> EventGraph::events_between(const Date& from, const Date& to) const {
  std::vector<const Event*> out;
  for (const Event& event : m_model.events)
    if (event.date.start && event.date.end && *event.date.start <= to && from <= *event.date.end) out.push_back(&event);
  std::sort(out.begin(), out.end(), by_date);
  return out;
}

}  // namespace evgraph
