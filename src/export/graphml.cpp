// export_graphml: the graph through Boost.Graph's write_graphml, which writes each bundled
// property as a GraphML key typed from its C++ type (string, int, double).
#include "export/export_common.hpp"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphml.hpp>

#include <climits>
#include <cmath>
#include <limits>
#include <sstream>

namespace evgraph {
namespace {

// Values a node does not have are written as these and the lines removed afterwards:
// write_graphml writes every key on every node, and an actor has no confidence.
constexpr int kNoCount = INT_MIN;
const double kNoNumber = std::numeric_limits<double>::quiet_NaN();

struct NodeData {
  std::string evgraph_id, node_class, label, type, kind, modality;
  std::string date_value, date_start, date_end, granularity, certainty, date_mod;
  std::string actors, agents, targets, places, proposals, documents, quote, url, aliases;
  std::string published, lang, source;
  double confidence = kNoNumber;
  int source_count = kNoCount;
  int document_count = kNoCount;
};

struct EdgeData {
  std::string kind;
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, NodeData, EdgeData>;

NodeData node_data(const detail::GraphNode& node, const std::map<std::string, const DocumentInfo*>& documents,
                   const ExportOptions& options) {
  using detail::clean;
  using detail::join;
  NodeData data;
  data.evgraph_id = clean(node.id);
  data.node_class = node.cls;
  data.label = clean(node.label);
  if (const Event* event = node.event) {
    data.type = event->type;
    data.modality = event->modality;
    data.confidence = event->confidence;
    data.date_value = event->date.value.value_or("");
    const auto days = detail::event_days(*event);
    if (days) {
      data.date_start = to_iso(days->first);
      data.date_end = to_iso(days->last);
    }
    data.granularity = event->date.granularity;
    data.certainty = event->date.certainty;
    data.date_mod = event->date.mod;
    data.actors = join(event->actors, " ");
    data.agents = join(event->agents, " ");
    data.targets = join(event->targets, " ");
    data.places = join(event->places, " ");
    data.proposals = join(event->proposals, " ");
    std::vector<std::string> docs;
    for (const Source& source : event->sources)
      if (docs.empty() || docs.back() != source.doc) docs.push_back(source.doc);
    data.documents = clean(join(docs, " "));
    data.source_count = static_cast<int>(event->sources.size());
    data.document_count = static_cast<int>(docs.size());
    if (!event->sources.empty()) {
      data.quote = clean(event->sources.front().quote);
      data.url = detail::source_href(event->sources.front(), documents, options.links);
    }
  } else if (const Entity* entity = node.entity) {
    data.kind = entity->kind;
    data.aliases = clean(join(entity->aliases, "|"));
  } else if (const DocumentInfo* doc = node.document) {
    data.published = doc->published.is_special() ? std::string() : to_iso(doc->published);
    data.lang = doc->lang;
    data.source = clean(doc->source);
    data.url = document_href(*doc, options.links);
  }
  return data;
}

// Drops the <data> lines that hold no value (see kNoCount).
std::string without_missing_values(const std::string& xml) {
  static const std::string empty = "></data>";
  static const std::string nan = ">nan</data>";
  static const std::string no_count = ">" + std::to_string(kNoCount) + "</data>";
  std::string out;
  out.reserve(xml.size());
  std::size_t at = 0;
  while (at < xml.size()) {
    std::size_t end = xml.find('\n', at);
    end = end == std::string::npos ? xml.size() : end + 1;
    const std::string_view line(xml.data() + at, end - at);
    const bool data_line = line.find("<data key=") != std::string_view::npos;
    auto ends_with = [&](const std::string& tail) {
      const std::string_view body = line.substr(0, line.size() - (line.back() == '\n' ? 1 : 0));
      return body.size() >= tail.size() && body.compare(body.size() - tail.size(), tail.size(), tail) == 0;
    };
    if (!(data_line && (ends_with(empty) || ends_with(nan) || ends_with(no_count)))) out.append(line);
    at = end;
  }
  return out;
}

}  // namespace

std::string export_graphml(const GraphModel& model, const Resources&, const ExportOptions& options) {
  const std::vector<detail::GraphNode> nodes = detail::graph_nodes(model);
  const auto documents = detail::documents_by_id(model);
  Graph graph;
  std::map<std::string_view, Graph::vertex_descriptor> vertex_of;
  for (const detail::GraphNode& node : nodes) vertex_of[node.id] = boost::add_vertex(node_data(node, documents, options), graph);
  for (const Edge* edge : detail::exported_edges(model, nodes))
    boost::add_edge(vertex_of.at(edge->from), vertex_of.at(edge->to), EdgeData{edge->kind}, graph);

  std::string corpus_name = detail::clean(model.corpus.name);
  boost::dynamic_properties properties(boost::ignore_other_properties);
  properties.property("corpus", boost::ref_property_map<Graph*, std::string>(corpus_name));
  auto node_string = [&](const char* name, std::string NodeData::*field) {
    properties.property(name, boost::get(field, graph));
  };
  node_string("evgraph_id", &NodeData::evgraph_id);
  node_string("class", &NodeData::node_class);
  node_string("label", &NodeData::label);
  node_string("type", &NodeData::type);
  node_string("kind", &NodeData::kind);
  node_string("modality", &NodeData::modality);
  node_string("date_value", &NodeData::date_value);
  node_string("date_start", &NodeData::date_start);
  node_string("date_end", &NodeData::date_end);
  node_string("date_granularity", &NodeData::granularity);
  node_string("date_certainty", &NodeData::certainty);
  node_string("date_mod", &NodeData::date_mod);
  node_string("actors", &NodeData::actors);
  node_string("agents", &NodeData::agents);
  node_string("targets", &NodeData::targets);
  node_string("places", &NodeData::places);
  node_string("proposals", &NodeData::proposals);
  node_string("documents", &NodeData::documents);
  node_string("quote", &NodeData::quote);
  node_string("url", &NodeData::url);
  node_string("aliases", &NodeData::aliases);
  node_string("published", &NodeData::published);
  node_string("lang", &NodeData::lang);
  node_string("source", &NodeData::source);
  properties.property("confidence", boost::get(&NodeData::confidence, graph));
  properties.property("sources", boost::get(&NodeData::source_count, graph));
  properties.property("document_count", boost::get(&NodeData::document_count, graph));
  properties.property("edge_kind", boost::get(&EdgeData::kind, graph));

  std::ostringstream out;
  out.imbue(std::locale::classic());
  boost::write_graphml(out, graph, properties, true);
  return without_missing_values(out.str());
}

}  // namespace evgraph
