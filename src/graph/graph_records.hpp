// The records of graph.json and graph.yaml, and of parts, written through a TreeWriter: one walk
// for every syntax.
#pragma once

#include <evgraph/model.hpp>

#include "graph/tree_writer.hpp"

namespace evgraph::detail {

void write_document(const DocumentInfo& document, TreeWriter& out);
void write_date(const EventDate& date, TreeWriter& out);
// `with_anchor`: the extraction-only anchor too (parts carry it to the merge).
void write_event(const Event& event, TreeWriter& out, bool with_anchor = false);
void write_entity(const Entity& entity, bool with_kind, TreeWriter& out);
// The whole export (without "edges" when `with_edges` is false: the HTML page derives its own),
// with the mentioned_in edges of `mentions` among the model's edges when given.
void write_graph(const GraphModel& model, TreeWriter& out, bool with_edges = true,
                 const MentionTable* mentions = nullptr);

}  // namespace evgraph::detail
