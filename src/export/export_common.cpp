#include "export/export_common.hpp"

#include "render/date_placement.hpp"
#include "render/text_util.hpp"

#include <fmt/format.h>

#include <set>

namespace evgraph::detail {

std::vector<GraphNode> graph_nodes(const GraphModel& model) {
  std::vector<GraphNode> nodes;
  nodes.reserve(model.events.size() + model.actors.size() + model.places.size() + model.proposals.size() +
                model.corpus.documents.size());
  for (const Event& event : model.events) nodes.push_back({event.id, "event", event.title, &event, nullptr, nullptr});
  for (const auto& [cls, list] : {std::pair{"actor", &model.actors}, std::pair{"place", &model.places},
                                  std::pair{"proposal", &model.proposals}})
    for (const Entity& entity : *list)
      nodes.push_back({entity.id, cls, entity.name.empty() ? entity.id : entity.name, nullptr, &entity, nullptr});
  for (const DocumentInfo& doc : model.corpus.documents)
    nodes.push_back({doc.id, "document", doc.title.empty() ? doc.id : doc.title, nullptr, nullptr, &doc});
  return nodes;
}

std::vector<const Edge*> exported_edges(const GraphModel& model, const std::vector<GraphNode>& nodes) {
  std::set<std::string_view> ids;
  for (const GraphNode& node : nodes) ids.insert(node.id);
  std::vector<const Edge*> edges;
  edges.reserve(model.edges.size());
  for (const Edge& edge : model.edges)
    if (ids.count(edge.from) && ids.count(edge.to)) edges.push_back(&edge);
  return edges;
}

std::optional<DaySpan> event_days(const Event& event) {
  const Placement place = place_event(event.date);
  if (place.kind == MarkKind::undated) return std::nullopt;
  return DaySpan{place.first, place.last};
}

std::map<std::string, DaySpan> entity_days(const GraphModel& model) {
  std::map<std::string, DaySpan> spans;
  for (const Event& event : model.events) {
    const auto days = event_days(event);
    if (!days) continue;
    for (const auto* ids : {&event.actors, &event.places, &event.proposals, &event.targets}) {
      for (const std::string& id : *ids) {
        auto [it, added] = spans.emplace(id, *days);
        if (!added) {
          it->second.first = std::min(it->second.first, days->first);
          it->second.last = std::max(it->second.last, days->last);
        }
      }
    }
  }
  return spans;
}

std::map<std::string, const DocumentInfo*> documents_by_id(const GraphModel& model) {
  std::map<std::string, const DocumentInfo*> documents;
  for (const DocumentInfo& doc : model.corpus.documents) documents[doc.id] = &doc;
  return documents;
}

std::string source_href(const Source& source, const std::map<std::string, const DocumentInfo*>& documents,
                        const DocumentLinks* links) {
  auto it = documents.find(source.doc);
  return it == documents.end() ? std::string() : document_href(*it->second, links);
}

std::string clean(std::string_view text) { return clean_text(text); }

std::string join(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (const std::string& item : items) {
    if (!out.empty()) out += separator;
    out += item;
  }
  return out;
}

std::string decimal(double value) {
  std::string text = fmt::format("{:.2f}", value);
  return text == "-0.00" ? "0.00" : text;
}

}  // namespace evgraph::detail
