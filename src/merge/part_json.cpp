// One part per line (schemas/part.schema.json): written with the graph's record writer, read
// with the graph's record readers, so a part says exactly what graph.json would.
#include <evgraph/error.hpp>
#include <evgraph/parts.hpp>
#include <evgraph/text.hpp>

#include "graph/graph_records.hpp"
#include "graph/record_fields.hpp"

#include <nlohmann/json.hpp>

namespace evgraph {
namespace {

using detail::TreeWriter;
using Json = nlohmann::json;

void write_spellings(const DocumentPart& part, TreeWriter& out) {
  out.key("spellings");
  out.begin_array();
  for (const auto& [id, text] : part.spellings) {
    out.begin_array();
    out.string(id);
    out.string(text);
    out.end_array();
  }
  out.end_array();
}

void write_entities(const DocumentPart& part, TreeWriter& out) {
  out.key("entities");
  out.begin_array();
  for (const auto& named : part.entities) {
    out.begin_object();
    out.key("class");
    out.symbol(to_string(named.entry.cls));
    out.key("lexicon");
    out.symbol(named.from_lexicon ? "yes" : "no");
    out.key("entity");
    detail::write_entity(named.entry.entity, true, out);
    out.end_object();
  }
  out.end_array();
}

[[noreturn]] void fail(const std::string& file, std::size_t line, const std::string& message) {
  throw InputError({file, static_cast<int>(line)}, message);
}

const Json& member(const Json& object, const char* key, const std::string& file, std::size_t line) {
  auto it = object.find(key);
  if (it == object.end()) fail(file, line, std::string("part without '") + key + "'");
  return *it;
}

EntityClass entity_class(const std::string& name, const std::string& file, std::size_t line) {
  for (EntityClass cls : {EntityClass::Actor, EntityClass::Place, EntityClass::Proposal})
    if (name == to_string(cls)) return cls;
  fail(file, line, "unknown entity class '" + name + "'");
}

std::optional<EventAnchor> anchor_of(const Json& event, const std::string& file, std::size_t line) {
  auto it = event.find("anchor");
  if (it == event.end()) return std::nullopt;
  const Json& a = *it;
  if (!a.is_object()) fail(file, line, "an event's anchor must be an object");
  EventAnchor anchor;
  anchor.type = member(a, "type", file, line).get<std::string>();
  anchor.doc = member(a, "doc", file, line).get<std::string>();
  anchor.begin = member(a, "begin", file, line).get<std::size_t>();
  anchor.offset = member(a, "offset", file, line).get<std::string>();
  anchor.after = member(a, "after", file, line).get<std::string>() == "after";
  return anchor;
}

}  // namespace

std::string part_to_json(const DocumentPart& part) {
  std::string text;
  TreeWriter out(TreeWriter::Syntax::JsonLine, text);
  out.begin_object();
  out.key("evgraph_part");
  out.string("1");
  out.key("corpus");
  out.string(part.corpus);
  if (!part.corpus_version.empty()) {
    out.key("corpus_version");
    out.string(part.corpus_version);
  }
  out.key("language");
  out.string(part.corpus_language);
  out.key("position");
  out.number(part.position);
  out.key("document");
  detail::write_document(part.document, out);
  out.key("events");
  out.begin_array();
  for (const Event& event : part.events) detail::write_event(event, out, /*with_anchor=*/true);
  out.end_array();
  write_spellings(part, out);
  write_entities(part, out);
  out.key("pinned_dates");
  out.begin_object();
  for (const auto& [event, value] : part.pinned_dates) {
    out.key_text(event);
    out.string(value);
  }
  out.end_object();
  // Only when a lexicon pins titles: parts without them stay as they were.
  if (!part.pinned_titles.empty()) {
    out.key("pinned_titles");
    out.begin_object();
    for (const auto& [event, title] : part.pinned_titles) {
      out.key_text(event);
      out.string(title);
    }
    out.end_object();
  }
  out.end_object();
  return text;
}

DocumentPart part_from_json(std::string_view line, const std::string& file, std::size_t line_number) {
  Json root;
  try {
    root = Json::parse(line);
  } catch (const Json::parse_error& e) {
    const std::size_t column = e.byte == 0 ? 1 : e.byte;
    throw InputError({file, static_cast<int>(line_number), static_cast<int>(column)}, "not a part: malformed JSON");
  } catch (const Json::exception&) {  // a number past what a double holds (found by fuzz_parts)
    fail(file, line_number, "not a part: a number out of range");
  }
  const auto tag = root.is_object() ? root.find("evgraph_part") : root.end();
  if (!root.is_object() || tag == root.end() || !tag->is_string() || tag->get_ref<const std::string&>() != "1")
    fail(file, line_number, "not an evgraph part (no \"evgraph_part\": \"1\"): parts come from `evgraph extract`");
  const std::string where = file + ":" + std::to_string(line_number);
  try {
    DocumentPart part;
    part.corpus = member(root, "corpus", file, line_number).get<std::string>();
    part.corpus_version = root.value("corpus_version", std::string());
    part.corpus_language = member(root, "language", file, line_number).get<std::string>();
    part.position = member(root, "position", file, line_number).get<std::size_t>();
    part.document = detail::document_from_json(member(root, "document", file, line_number), "/document", where);
    const Json& events = member(root, "events", file, line_number);
    for (std::size_t k = 0; k < events.size(); ++k) {
      Event event = detail::event_from_json(events[k], "/events/" + std::to_string(k), where);
      // Every event of a part has a source: the merge orders and keys events by their first.
      if (event.sources.empty()) fail(file, line_number, "/events/" + std::to_string(k) + ": an event without sources");
      event.anchor = anchor_of(events[k], file, line_number);
      part.events.push_back(std::move(event));
    }
    for (const Json& pair : member(root, "spellings", file, line_number)) {
      if (!pair.is_array() || pair.size() != 2) fail(file, line_number, "a spelling is [entity id, text]");
      part.spellings.emplace_back(pair[0].get<std::string>(), pair[1].get<std::string>());
    }
    const Json& entities = member(root, "entities", file, line_number);
    for (std::size_t k = 0; k < entities.size(); ++k) {
      DocumentPart::NamedEntity named;
      named.entry.cls = entity_class(member(entities[k], "class", file, line_number).get<std::string>(), file, line_number);
      named.from_lexicon = member(entities[k], "lexicon", file, line_number).get<std::string>() == "yes";
      named.entry.entity = detail::entity_from_json(member(entities[k], "entity", file, line_number),
                                                    "/entities/" + std::to_string(k) + "/entity", where);
      part.entities.push_back(std::move(named));
    }
    for (const auto& [event, value] : member(root, "pinned_dates", file, line_number).items())
      part.pinned_dates.emplace(event, value.get<std::string>());
    if (root.contains("pinned_titles"))
      for (const auto& [event, title] : root["pinned_titles"].items()) part.pinned_titles.emplace(event, title.get<std::string>());
    return part;
  } catch (const Json::exception& e) {
    std::string message = e.what();
    if (auto bracket = message.find("] "); bracket != std::string::npos) message = message.substr(bracket + 2);
    fail(file, line_number, "not a part: " + message);
  }
}

}  // namespace evgraph
