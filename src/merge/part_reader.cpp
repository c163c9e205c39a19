// Reading a part back (schemas/part.schema.json). simdjson parses a line in a fraction of the
// time nlohmann takes, and a rebuild from the cache reads every part of the corpus; nlohmann
// reads what simdjson refuses, because it says where a malformed line goes wrong. The part's
// fields are read once, through the views both trees share (graph/json_views.hpp).
#include <evgraph/error.hpp>
#include <evgraph/parts.hpp>

#include "graph/json_views.hpp"
#include "graph/record_fields.hpp"
#include "merge/cached_parts.hpp"

#include <simdjson.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace evgraph {
namespace {

using detail::NlohmannView;
using detail::SimdView;

template <typename View>
class PartReader {
 public:
  // `lexicon`: for a line of the build cache (cached_parts.hpp), null for a part of `evgraph extract`.
  PartReader(const std::string& file, std::size_t line, const Lexicon* lexicon = nullptr)
      : m_file(file), m_line(line), m_where(file + ":" + std::to_string(line)), m_lexicon(lexicon) {}

  [[noreturn]] void fail(const std::string& message) const {
    throw InputError({m_file, static_cast<int>(m_line)}, message);
  }

  DocumentPart read(const View& view) const {
    const auto root = view.record();
    const auto tag = view.is_object() ? root.find("evgraph_part") : std::optional<View>();
    if (!tag || !tag->is_string() || tag->string() != "1")
      fail("not an evgraph part (no \"evgraph_part\": \"1\"): parts come from `evgraph extract`");
    DocumentPart part;
    part.corpus = text(member(root, "corpus"), "corpus");
    if (const auto version = root.find("corpus_version"); version && !version->is_null())
      part.corpus_version = text(*version, "corpus_version");
    part.corpus_language = text(member(root, "language"), "language");
    part.position = count(member(root, "position"), "position");
    part.document = detail::document_from_view(member(root, "document"), "/document", m_where);
    std::size_t k = 0;
    each(member(root, "events"), "events", [&](const View& item) { part.events.push_back(event(item, k++)); });
    each(member(root, "spellings"), "spellings", [&](const View& pair) {
      if (!pair.is_array() || pair.size() != 2) fail("a spelling is [entity id, text]");
      std::string both[2];
      std::size_t n = 0;
      pair.for_each([&](const View& item) { both[n++] = text(item, "a spelling"); });
      part.spellings.emplace_back(std::move(both[0]), std::move(both[1]));
    });
    k = 0;
    each(member(root, "entities"), "entities", [&](const View& item) { part.entities.push_back(entity(item, k++)); });
    if (const auto ids = root.find("lexicon_entities")) add_lexicon_entities(*ids, part);
    part.pinned_dates = texts_by_key(member(root, "pinned_dates"), "pinned_dates");
    if (const auto titles = root.find("pinned_titles")) part.pinned_titles = texts_by_key(*titles, "pinned_titles");
    return part;
  }

 private:
  template <typename Object>
  View member(const Object& object, const char* key) const {
    const auto value = object.find(key);
    if (!value) fail(std::string("part without '") + key + "'");
    return *value;
  }

  std::string text(const View& value, const char* what) const {
    if (!value.is_string()) fail(std::string("not a part: ") + what + " must be a string");
    return std::string(value.string());
  }

  std::size_t count(const View& value, const char* what) const {
    const auto number = value.count();
    if (!number) fail(std::string("not a part: ") + what + " must be a whole number >= 0");
    return static_cast<std::size_t>(*number);
  }

  template <typename Visit>
  void each(const View& list, const char* what, Visit&& visit) const {
    if (!list.is_array()) fail(std::string("not a part: ") + what + " must be an array");
    list.for_each(visit);
  }

  Event event(const View& value, std::size_t k) const {
    const std::string path = "/events/" + std::to_string(k);
    Event event = detail::event_from_view(value, path, m_where);
    // Every event of a part has a source: the merge orders and keys events by their first.
    if (event.sources.empty()) fail(path + ": an event without sources");
    if (const auto anchor = value.find("anchor")) event.anchor = anchor_of(*anchor);
    return event;
  }

  EventAnchor anchor_of(const View& value) const {
    if (!value.is_object()) fail("an event's anchor must be an object");
    const auto a = value.record();
    EventAnchor anchor;
    anchor.type = text(member(a, "type"), "an anchor's type");
    anchor.doc = text(member(a, "doc"), "an anchor's doc");
    anchor.begin = count(member(a, "begin"), "an anchor's begin");
    anchor.offset = text(member(a, "offset"), "an anchor's offset");
    anchor.after = text(member(a, "after"), "an anchor's after") == "after";
    return anchor;
  }

  DocumentPart::NamedEntity entity(const View& value, std::size_t k) const {
    if (!value.is_object()) fail("not a part: an entity must be an object");
    const auto e = value.record();
    DocumentPart::NamedEntity named;
    named.entry.cls = entity_class(text(member(e, "class"), "an entity's class"));
    named.from_lexicon = text(member(e, "lexicon"), "an entity's lexicon") == "yes";
    named.entry.entity =
        detail::entity_from_view(member(e, "entity"), "/entities/" + std::to_string(k) + "/entity", m_where);
    return named;
  }

  // The entities the cache keeps by id, from the lexicon the cache key covers, in id order with
  // the others as make_part lists them.
  void add_lexicon_entities(const View& ids, DocumentPart& part) const {
    if (!m_lexicon) fail("a line of the build cache, not a part of `evgraph extract`");
    each(ids, "lexicon_entities", [&](const View& item) {
      const std::string id = text(item, "a lexicon entity");
      const LexiconEntry* entry = m_lexicon->find_entry(id);
      if (!entry) fail("the lexicon defines no entity '" + id + "'");
      part.entities.push_back({*entry, true});
    });
    std::sort(part.entities.begin(), part.entities.end(),
              [](const auto& a, const auto& b) { return a.entry.entity.id < b.entry.entity.id; });
  }

  EntityClass entity_class(const std::string& name) const {
    for (EntityClass cls : {EntityClass::Actor, EntityClass::Place, EntityClass::Proposal})
      if (name == to_string(cls)) return cls;
    fail("unknown entity class '" + name + "'");
  }

  // {"event id": "text", ...}; a key given twice keeps its last value, as nlohmann's tree does.
  std::map<std::string, std::string> texts_by_key(const View& object, const char* what) const {
    if (!object.is_object()) fail(std::string("not a part: ") + what + " must be an object");
    std::map<std::string, std::string> out;
    object.for_each_field(
        [&](std::string_view key, const View& value) { out.insert_or_assign(std::string(key), text(value, what)); });
    return out;
  }

  const std::string& m_file;
  std::size_t m_line;
  std::string m_where;  // "file:line", for the record readers' messages
  const Lexicon* m_lexicon;
};

// The slow path, for what simdjson refuses: nlohmann locates malformed JSON, and reads the few
// lines simdjson cannot (an integer past 64 bits).
DocumentPart part_from_nlohmann(std::string_view line, const std::string& file, std::size_t line_number,
                                const Lexicon* lexicon) {
  nlohmann::json root;
  try {
    root = nlohmann::json::parse(line);
  } catch (const nlohmann::json::parse_error& e) {
    const std::size_t column = e.byte == 0 ? 1 : e.byte;
    throw InputError({file, static_cast<int>(line_number), static_cast<int>(column)}, "not a part: malformed JSON");
  } catch (const nlohmann::json::exception&) {  // a number past what a double holds (found by fuzz_parts)
    throw InputError({file, static_cast<int>(line_number)}, "not a part: a number out of range");
  }
  return PartReader<NlohmannView>(file, line_number, lexicon).read(NlohmannView(root));
}

DocumentPart read_part(std::string_view line, const std::string& file, std::size_t line_number, const Lexicon* lexicon) {
  // One parser per thread, a scratch buffer and nothing more: a parser keeps its padded copy of
  // the line and its tape from one line to the next, where a new one allocated both for every
  // part (a rebuild from the cache reads 50,000 of them, ~10% of its time).
  thread_local simdjson::dom::parser parser;
  simdjson::dom::element root;
  if (parser.parse(line.data(), line.size()).get(root) != simdjson::SUCCESS)
    return part_from_nlohmann(line, file, line_number, lexicon);
  return PartReader<SimdView>(file, line_number, lexicon).read(SimdView(root));
}

}  // namespace

DocumentPart part_from_json(std::string_view line, const std::string& file, std::size_t line_number) {
  return read_part(line, file, line_number, nullptr);
}

DocumentPart detail::part_from_cache_json(std::string_view line, const Lexicon& lexicon, const std::string& file,
                                          std::size_t line_number) {
  return read_part(line, file, line_number, &lexicon);
}

}  // namespace evgraph
