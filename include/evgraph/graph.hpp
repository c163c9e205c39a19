// The event graph in Boost.Graph: events, actors, places, proposals and documents as vertices,
// their links as edges. Owns its records; queries answer in time linear in what they visit.
#pragma once

#include <evgraph/model.hpp>

#include <boost/graph/adjacency_list.hpp>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace evgraph {

enum class NodeKind { Event, Actor, Place, Proposal, Document };
const char* to_string(NodeKind kind);

struct NodeProperties {
  NodeKind kind = NodeKind::Event;
  std::string id;
  std::size_t index = 0;  // into the model's array of that kind
};

struct EdgeProperties {
  std::string kind;  // participant|located_in|concerns|proposes|supports|opposes|rejects|precedes|reported_by|mentioned_in
};

class EventGraph {
 public:
  // Edges in a vector, not boost's default list: a big corpus has a million of them (one node
  // allocation each in a list), and the graph never removes one.
  using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, NodeProperties, EdgeProperties,
                                      boost::no_property, boost::vecS>;
  using Vertex = Graph::vertex_descriptor;

  // From merged events and the entities they name: derives participant, located_in, concerns,
  // stance (proposes/supports/opposes/rejects), precedes and reported_by edges. `mentions` are
  // mentioned_in edges (entity -> document). Keeps the entities some event links or some
  // document mentions.
  static EventGraph from_events(CorpusInfo corpus, std::vector<Event> events, std::vector<Entity> actors,
                                std::vector<Entity> places, std::vector<Entity> proposals,
                                const std::vector<Edge>& mentions = {});
  // from_events(...).to_model(), the mentions kept apart and compact rather than put in a graph
  // (3.7 million of them on a 1 GB corpus). `mentions` index `corpus.documents`, which must come
  // sorted by id (std::invalid_argument otherwise); its pairs need not be sorted or unique, and
  // those of an entity the graph does not have are dropped.
  static CompactModel compact_model_from_events(CorpusInfo corpus, std::vector<Event> events, std::vector<Entity> actors,
                                                std::vector<Entity> places, std::vector<Entity> proposals,
                                                MentionTable mentions);
  // From an export: the edges as listed. Throws InputError when an edge names an unknown node.
  static EventGraph from_model(GraphModel model, const std::string& file = {});

  // The records, every array sorted by id and edges by (from, to, kind), read off the graph.
  GraphModel to_model() const&;
  // The same, moving the events and entities out instead of copying them (the graph is spent).
  GraphModel to_model() &&;

  const Graph& graph() const { return m_graph; }
  std::optional<Vertex> vertex(std::string_view id) const;
  const Event& event(Vertex v) const;

  // Events an actor takes part in, by date then id.
  std::vector<const Event*> events_of_actor(std::string_view actor_id) const;
  // Ids of the nodes within `hops` edges of `id` (either direction), sorted; includes `id`.
  std::vector<std::string> neighbourhood(std::string_view id, int hops) const;
  // Events whose dates meet [from, to], by date then id.
  std::vector<const Event*> events_between(const Date& from, const Date& to) const;

 private:
  // from_events without the mentions' edges: `mentioned` are the ids of the entities that
  // documents mention, kept like those some event links.
  static EventGraph make(CorpusInfo corpus, std::vector<Event> events, std::vector<Entity> actors,
                         std::vector<Entity> places, std::vector<Entity> proposals,
                         const std::vector<std::string>& mentioned);
  void add_vertices();
  void add_edge(const std::string& from, const std::string& to, const std::string& kind);

  GraphModel m_model;  // edges are kept in m_graph, not here
  Graph m_graph;
  std::unordered_map<std::string, Vertex> m_vertices;
};

// The plain model of a compact one: its mentions merged into its edges, in (from, to, kind) order.
GraphModel joined(CompactModel compact);

// The edges of joined({model, mentions}) in their order, without making them: on_edge(k) for
// model.edges[k], on_mention(entity, document) for a pair of `mentions`.
void for_each_joined_edge(const GraphModel& model, const MentionTable& mentions,
                          const std::function<void(std::size_t)>& on_edge,
                          const std::function<void(std::uint32_t, std::uint32_t)>& on_mention);

}  // namespace evgraph
