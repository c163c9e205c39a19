#include "graph/graph_records.hpp"

#include <evgraph/calendar.hpp>
#include <evgraph/graph.hpp>

#include <tuple>

namespace evgraph::detail {
namespace {

using Layout = TreeWriter::Layout;

void optional_date(const char* key, const std::optional<Date>& date, TreeWriter& out) {
  out.key(key);
  if (date) out.string(to_iso(*date));
  else out.null();
}

void ids(const char* key, const std::vector<std::string>& list, TreeWriter& out) {
  out.key(key);
  out.begin_array(Layout::Inline);
  for (const auto& id : list) out.string(id);
  out.end_array();
}

void write_anchor(const EventAnchor& anchor, TreeWriter& out) {
  out.begin_object(Layout::Inline);
  out.key("type");
  out.symbol(anchor.type);
  out.key("doc");
  out.string(anchor.doc);
  out.key("begin");
  out.number(anchor.begin);
  out.key("offset");
  out.string(anchor.offset);
  out.key("after");
  out.symbol(anchor.after ? "after" : "before");
  out.end_object();
}

void write_edge(std::string_view from, std::string_view to, std::string_view kind, TreeWriter& out) {
  out.begin_object(Layout::Inline);
  out.key("from");
  out.string(from);
  out.key("to");
  out.string(to);
  out.key("kind");
  out.symbol(kind);
  out.end_object();
}

// The model's edges and the mentions' in (from, to, kind) order, as joined() lists them.
void write_edges(const GraphModel& model, const MentionTable* mentions, TreeWriter& out) {
  if (!mentions) {
    for (const Edge& edge : model.edges) write_edge(edge.from, edge.to, edge.kind, out);
    return;
  }
  for_each_joined_edge(
      model, *mentions,
      [&](std::size_t k) { write_edge(model.edges[k].from, model.edges[k].to, model.edges[k].kind, out); },
      [&](std::uint32_t entity, std::uint32_t document) {
        write_edge(mentions->entities[entity], model.corpus.documents[document].id, "mentioned_in", out);
      });
}

}  // namespace

void write_document(const DocumentInfo& document, TreeWriter& out) {
  out.begin_object();
  out.key("id");
  out.string(document.id);
  out.key("path");
  out.string(document.path);
  out.key("published");
  out.string(to_iso(document.published));
  out.key("lang");
  out.string(document.lang);
  out.key("sha256");
  out.string(document.sha256);
  if (!document.title.empty()) {
    out.key("title");
    out.string(document.title);
  }
  if (!document.source.empty()) {
    out.key("source");
    out.string(document.source);
  }
  if (!document.url.empty()) {
    out.key("url");
    out.string(document.url);
  }
  out.end_object();
}

void write_date(const EventDate& date, TreeWriter& out) {
  out.begin_object();
  out.key("value");
  if (date.value) out.string(*date.value);
  else out.null();
  optional_date("start", date.start, out);
  optional_date("end", date.end, out);
  out.key("granularity");
  out.symbol(date.granularity);
  if (!date.mod.empty()) {
    out.key("mod");
    out.symbol(date.mod);
  }
  if (date.earliest) optional_date("earliest", date.earliest, out);
  if (date.latest) optional_date("latest", date.latest, out);
  out.key("certainty");
  out.symbol(date.certainty);
  out.end_object();
}

void write_event(const Event& event, TreeWriter& out, bool with_anchor) {
  out.begin_object();
  out.key("id");
  out.string(event.id);
  out.key("type");
  out.symbol(event.type);
  out.key("title");
  out.string(event.title);
  out.key("date");
  write_date(event.date, out);
  ids("actors", event.actors, out);
  ids("places", event.places, out);
  ids("proposals", event.proposals, out);
  ids("agents", event.agents, out);
  ids("targets", event.targets, out);
  out.key("sources");
  out.begin_array();
  for (const auto& source : event.sources) {
    out.begin_object();
    out.key("doc");
    out.string(source.doc);
    out.key("begin");
    out.number(source.begin);
    out.key("end");
    out.number(source.end);
    out.key("quote");
    out.string(source.quote);
    out.end_object();
  }
  out.end_array();
  out.key("confidence");
  out.number(event.confidence);
  out.key("salience");
  out.begin_object(Layout::Inline);
  out.key("documents");
  out.number(event.salience.documents);
  out.key("sentences");
  out.number(event.salience.sentences);
  out.end_object();
  if (!event.modality.empty()) {
    out.key("modality");
    out.symbol(event.modality);
  }
  if (!event.conflicting_dates.empty()) {
    out.key("conflicting_dates");
    out.begin_array();
    for (const auto& date : event.conflicting_dates) write_date(date, out);
    out.end_array();
  }
  if (with_anchor && event.anchor) {
    out.key("anchor");
    write_anchor(*event.anchor, out);
  }
  out.end_object();
}

void write_entity(const Entity& entity, bool with_kind, TreeWriter& out) {
  out.begin_object();
  out.key("id");
  out.string(entity.id);
  out.key("name");
  out.string(entity.name);
  if (with_kind || !entity.kind.empty()) {
    out.key("kind");
    out.symbol(entity.kind);
  }
  ids("aliases", entity.aliases, out);
  out.end_object();
}

void write_graph(const GraphModel& model, TreeWriter& out, bool with_edges, const MentionTable* mentions) {
  out.begin_object();
  out.key("evgraph");
  out.string("1");
  out.key("corpus");
  out.begin_object();
  out.key("name");
  out.string(model.corpus.name);
  if (!model.corpus.version.empty()) {
    out.key("version");
    out.string(model.corpus.version);
  }
  out.key("documents");
  out.begin_array();
  for (const auto& document : model.corpus.documents) write_document(document, out);
  out.end_array();
  out.end_object();
  out.key("events");
  out.begin_array();
  for (const auto& event : model.events) write_event(event, out);
  out.end_array();
  for (const auto& [key, list, with_kind] :
       {std::tuple{"actors", &model.actors, true}, std::tuple{"places", &model.places, false},
        std::tuple{"proposals", &model.proposals, false}}) {
    out.key(key);
    out.begin_array();
    for (const auto& entity : *list) write_entity(entity, with_kind, out);
    out.end_array();
  }
  if (!with_edges) {
    out.end_object();
    return;
  }
  out.key("edges");
  out.begin_array();
  write_edges(model, mentions, out);
  out.end_array();
  out.end_object();
}

}  // namespace evgraph::detail
