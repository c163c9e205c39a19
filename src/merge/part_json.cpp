// One part per line (schemas/part.schema.json): written with the graph's record writer, so a part
// says exactly what graph.json would (part_reader.cpp reads it back with the record readers).
#include <evgraph/parts.hpp>
#include <evgraph/text.hpp>

#include "graph/graph_records.hpp"
#include "merge/cached_parts.hpp"

namespace evgraph {
namespace {

using detail::TreeWriter;

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

// `lexicon_by_id`: the lexicon's entities go to "lexicon_entities", by id (cached_parts.hpp).
void write_entities(const DocumentPart& part, bool lexicon_by_id, TreeWriter& out) {
  out.key("entities");
  out.begin_array();
  for (const auto& named : part.entities) {
    if (lexicon_by_id && named.from_lexicon) continue;
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
  if (!lexicon_by_id) return;
  out.key("lexicon_entities");
  out.begin_array();
  for (const auto& named : part.entities)
    if (named.from_lexicon) out.string(named.entry.entity.id);
  out.end_array();
}

std::string write_part(const DocumentPart& part, bool lexicon_by_id) {
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
  write_entities(part, lexicon_by_id, out);
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

}  // namespace

std::string part_to_json(const DocumentPart& part) { return write_part(part, false); }

std::string detail::part_to_cache_json(const DocumentPart& part) { return write_part(part, true); }

}  // namespace evgraph
