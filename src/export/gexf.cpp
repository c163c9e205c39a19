// export_gexf: GEXF 1.3 (gexf.net), the format Gephi reads with its attributes and timeline.
// Written by hand with the renderers' escaping XML writer: no Debian library writes GEXF.
#include "export/export_common.hpp"

#include "render/svg_writer.hpp"

#include <evgraph/render_style.hpp>

#include <array>
#include <optional>

namespace evgraph {
namespace {

using detail::SvgWriter;

struct AttributeSpec {
  const char* id;
  const char* type;  // GEXF types: string, integer, double
};

constexpr AttributeSpec kNodeAttributes[] = {
    {"class", "string"},      {"type", "string"},        {"kind", "string"},
    {"modality", "string"},   {"confidence", "double"},  {"date_value", "string"},
    {"date_granularity", "string"}, {"date_certainty", "string"}, {"sources", "integer"},
    {"documents", "string"},  {"quote", "string"},       {"url", "string"},
    {"aliases", "string"},    {"published", "string"},   {"lang", "string"},
};

// "#rrggbb" -> r, g, b attributes of viz:color; nothing for anything else.
std::optional<std::array<std::string, 3>> rgb(const std::string& colour) {
  if (colour.size() != 7 || colour[0] != '#') return std::nullopt;
  std::array<std::string, 3> out;
  for (int k = 0; k < 3; ++k) {
    const std::string hex = colour.substr(1 + 2 * k, 2);
    if (hex.find_first_not_of("0123456789abcdefABCDEF") != std::string::npos) return std::nullopt;
    out[k] = std::to_string(std::stoi(hex, nullptr, 16));
  }
  return out;
}

void attribute_value(SvgWriter& xml, const char* id, const std::string& value) {
  if (!value.empty()) xml.empty("attvalue", {{"for", id}, {"value", value}});
}

void write_node(SvgWriter& xml, const detail::GraphNode& node, const std::map<std::string, detail::DaySpan>& spans,
                const std::map<std::string, const DocumentInfo*>& documents, const ThemeColours& theme,
                const ExportOptions& options) {
  using detail::clean;
  std::string start, end, colour;
  std::map<std::string, std::string> values{{"class", node.cls}};
  if (const Event* event = node.event) {
    if (const auto days = detail::event_days(*event)) start = to_iso(days->first), end = to_iso(days->last);
    values["type"] = event->type;
    values["modality"] = event->modality;
    values["confidence"] = detail::decimal(event->confidence);
    values["date_value"] = event->date.value.value_or("");
    values["date_granularity"] = event->date.granularity;
    values["date_certainty"] = event->date.certainty;
    values["sources"] = std::to_string(event->sources.size());
    std::vector<std::string> docs;
    for (const Source& source : event->sources)
      if (docs.empty() || docs.back() != source.doc) docs.push_back(source.doc);
    values["documents"] = clean(detail::join(docs, " "));
    if (!event->sources.empty()) {
      values["quote"] = clean(event->sources.front().quote);
      values["url"] = detail::source_href(event->sources.front(), documents, options.links);
    }
    colour = theme.event_type(event->type);
  } else if (const Entity* entity = node.entity) {
    if (auto it = spans.find(entity->id); it != spans.end()) start = to_iso(it->second.first), end = to_iso(it->second.last);
    values["kind"] = entity->kind;
    values["aliases"] = clean(detail::join(entity->aliases, "|"));
    colour = theme.node_kind(node.cls == "actor" ? (entity->kind.empty() ? "other" : entity->kind) : node.cls);
  } else if (const DocumentInfo* doc = node.document) {
    if (!doc->published.is_special()) start = values["published"] = to_iso(doc->published);
    values["lang"] = doc->lang;
    values["url"] = document_href(*doc, options.links);
    colour = theme.node_kind("document");
  }
  const std::string id = clean(node.id);
  const std::string label = clean(node.label);
  if (start.empty()) xml.open("node", {{"id", id}, {"label", label}});
  else if (end.empty()) xml.open("node", {{"id", id}, {"label", label}, {"start", start}});
  else xml.open("node", {{"id", id}, {"label", label}, {"start", start}, {"end", end}});
  xml.open("attvalues");
  for (const AttributeSpec& spec : kNodeAttributes)
    if (auto it = values.find(spec.id); it != values.end()) attribute_value(xml, spec.id, it->second);
  xml.close("attvalues");
  if (const auto channels = rgb(colour)) xml.empty("viz:color", {{"r", (*channels)[0]}, {"g", (*channels)[1]}, {"b", (*channels)[2]}});
  xml.close("node");
}

}  // namespace

std::string export_gexf(const GraphModel& model, const Resources& resources, const ExportOptions& options) {
  const std::vector<detail::GraphNode> nodes = detail::graph_nodes(model);
  const auto spans = detail::entity_days(model);
  const auto documents = detail::documents_by_id(model);
  const ThemeColours& theme = resources.style().theme("light");
  std::map<std::string_view, const Event*> events;
  for (const Event& event : model.events) events[event.id] = &event;

  SvgWriter xml;
  xml.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  xml.open("gexf", {{"xmlns", "http://gexf.net/1.3"}, {"xmlns:viz", "http://gexf.net/1.3/viz"},
                    {"xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"},
                    {"xsi:schemaLocation", "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"},
                    {"version", "1.3"}});
  xml.open("meta");
  xml.element("creator", {}, "evgraph");
  xml.element("description", {}, detail::clean(model.corpus.name));
  xml.close("meta");
  xml.open("graph", {{"mode", "dynamic"}, {"defaultedgetype", "directed"}, {"timeformat", "date"},
                     {"timerepresentation", "interval"}});
  xml.open("attributes", {{"class", "node"}, {"mode", "static"}});
  for (const AttributeSpec& spec : kNodeAttributes) xml.empty("attribute", {{"id", spec.id}, {"title", spec.id}, {"type", spec.type}});
  xml.close("attributes");
  xml.open("attributes", {{"class", "edge"}, {"mode", "static"}});
  xml.empty("attribute", {{"id", "kind"}, {"title", "kind"}, {"type", "string"}});
  xml.close("attributes");

  xml.open("nodes");
  for (const detail::GraphNode& node : nodes) write_node(xml, node, spans, documents, theme, options);
  xml.close("nodes");

  // An edge of an event lives while the event does; the others (mentions) always.
  xml.open("edges");
  std::size_t index = 0;
  for (const Edge* edge : detail::exported_edges(model, nodes)) {
    std::optional<detail::DaySpan> days;
    for (const std::string* end : {&edge->from, &edge->to})
      if (!days)
        if (auto it = events.find(*end); it != events.end()) days = detail::event_days(*it->second);
    const std::string id = std::to_string(index++);
    const std::string from = detail::clean(edge->from), to = detail::clean(edge->to), kind = detail::clean(edge->kind);
    if (days) {
      const std::string start = to_iso(days->first), end = to_iso(days->last);
      xml.open("edge", {{"id", id}, {"source", from}, {"target", to}, {"label", kind}, {"start", start}, {"end", end}});
    } else {
      xml.open("edge", {{"id", id}, {"source", from}, {"target", to}, {"label", kind}});
    }
    xml.open("attvalues");
    attribute_value(xml, "kind", kind);
    xml.close("attvalues");
    xml.close("edge");
  }
  xml.close("edges");
  xml.close("graph");
  xml.close("gexf");
  return xml.take();
}

}  // namespace evgraph
