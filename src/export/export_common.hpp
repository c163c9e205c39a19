// What the export writers share: the graph's nodes as one list, an event's days, the links of its
// sources, and text clean-up.
#pragma once

#include <evgraph/export.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace evgraph::detail {

// A node of the exported graph: an event, an actor, a place, a proposal or a document (the
// target of reported_by and mentioned_in edges). Ids never collide: entity and event ids have a
// "class:" prefix, document ids have no colon.
struct GraphNode {
  std::string id;
  std::string cls;    // event|actor|place|proposal|document
  std::string label;  // title, name, or document title (its id when it has none)
  const Event* event = nullptr;
  const Entity* entity = nullptr;
  const DocumentInfo* document = nullptr;
};

// Events, actors, places, proposals, documents, each in the model's (id) order.
std::vector<GraphNode> graph_nodes(const GraphModel& model);

// The edges whose two ends are nodes of graph_nodes, in the model's order.
std::vector<const Edge*> exported_edges(const GraphModel& model, const std::vector<GraphNode>& nodes);

struct DaySpan {
  Date first;  // inclusive
  Date last;
};

// The days an event covers (its date, narrowed by its modifier; or its earliest..latest bounds;
// or its one bound), nullopt when undated.
std::optional<DaySpan> event_days(const Event& event);

// Per entity id: from the first to the last day of the dated events that name it.
std::map<std::string, DaySpan> entity_days(const GraphModel& model);

// Document id -> document.
std::map<std::string, const DocumentInfo*> documents_by_id(const GraphModel& model);

// The href of a source's document ("" when none).
std::string source_href(const Source& source, const std::map<std::string, const DocumentInfo*>& documents,
                        const DocumentLinks* links);

// Valid UTF-8 without control characters (tabs and newlines as spaces): safe in XML and cells.
std::string clean(std::string_view text);

std::string join(const std::vector<std::string>& items, std::string_view separator);

// Fixed 2-decimal confidence text, locale-independent ("0.45").
std::string decimal(double value);

}  // namespace evgraph::detail
