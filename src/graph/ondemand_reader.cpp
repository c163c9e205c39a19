#include "graph/ondemand_reader.hpp"

#include <evgraph/calendar.hpp>

#include <simdjson.h>

#include <array>
#include <cstdint>
#include <string_view>

namespace evgraph::detail {
namespace {

namespace od = simdjson::ondemand;

// Whatever this reader does not accept. Thrown anywhere below and caught once, in
// model_from_ondemand, which then leaves the text to the tree readers; it never leaves this file.
struct Unread {};

// Nesting this reader follows in values the model does not keep; deeper is left to the tree
// readers, which have their own limit (the walk below recurses).
constexpr int k_max_depth = 256;

template <typename T>
T take(simdjson::simdjson_result<T>&& result) {
  T value{};
  if (std::move(result).get(value) != simdjson::SUCCESS) throw Unread{};
  return value;
}

// The index of `key` among `names`, or N for a key the model does not keep.
template <std::size_t N>
std::size_t key_index(std::string_view key, const std::array<std::string_view, N>& names) {
  for (std::size_t k = 0; k < N; ++k)
    if (names[k] == key) return k;
  return N;
}

// The known keys of one record met so far. The tree readers read a key given twice as its last
// value, a single walk would read both: such a record is left to them.
class SeenKeys {
 public:
  void mark(std::size_t key) {
    const std::uint32_t bit = std::uint32_t{1} << key;
    if (m_bits & bit) throw Unread{};
    m_bits |= bit;
  }
  bool has(std::size_t key) const { return (m_bits & (std::uint32_t{1} << key)) != 0; }

 private:
  std::uint32_t m_bits = 0;
};

// A field's key as it stands in the text. The parser's string buffer is not touched: on a large
// export, copying every key and string there cost more in page faults than reading them. A key
// written with an escape is left to the tree readers.
std::string_view key_of(const od::field& field) {
  const char* const start = field.key().raw();
  const char* end = start;
  for (; *end != '"'; ++end)
    if (*end == '\\') throw Unread{};
  return {start, static_cast<std::size_t>(end - start)};
}

// visit(key, value) for each field of the object `value`; anything but an object is not read.
template <typename Visit>
void for_each_field(od::value value, Visit&& visit) {
  od::object object = take(value.get_object());
  for (auto field : object) {
    od::field f = take(std::move(field));
    visit(key_of(f), f.value());
  }
}

template <typename Visit>
void for_each_item(od::value value, Visit&& visit) {
  od::array array = take(value.get_array());
  for (auto item : array) visit(take(std::move(item)));
}

// read(item) for each item of the array `value`, into a vector of its size: growing the vectors
// of 100,000 events moved and faulted in twice their memory.
template <typename Record, typename Read>
std::vector<Record> read_list(od::value value, Read&& read) {
  od::array array = take(value.get_array());
  std::vector<Record> out;
  out.reserve(take(array.count_elements()));
  for (auto item : array) out.push_back(read(take(std::move(item))));
  return out;
}

// Reads to its end a value the model does not keep: On Demand skips an unread value without
// checking it, where the tree readers reject a malformed value wherever it stands.
void check_value(od::value value, int depth = 0) {
  if (depth > k_max_depth) throw Unread{};
  switch (take(value.type())) {
    case od::json_type::object:
      for_each_field(value, [&](std::string_view, od::value field) { check_value(field, depth + 1); });
      break;
    case od::json_type::array: for_each_item(value, [&](od::value item) { check_value(item, depth + 1); }); break;
    case od::json_type::string: take(value.get_string()); break;
    case od::json_type::number: take(value.get_number()); break;
    case od::json_type::boolean: take(value.get_bool()); break;
    case od::json_type::null:
      if (!take(value.is_null())) throw Unread{};
      break;
  }
}

// A string as it stands in the text when it holds no escape, else unescaped by the parser.
std::string_view string_of(od::value value) {
  const std::string_view token = value.raw_json_token();  // up to the next comma, colon or bracket
  std::size_t close = 1;  // the closing quote, unless an escape comes first
  while (close < token.size() && token[close] != '"' && token[close] != '\\') ++close;
  if (close >= token.size() || token[close] == '\\') return take(value.get_string());
  take(value.get_raw_json_string());  // fails when it is no string
  return token.substr(1, close - 1);
}

std::string text(od::value value) { return std::string(string_of(value)); }

// An optional string field: null reads as absent, "".
std::string optional_text(od::value value) { return take(value.is_null()) ? std::string() : text(value); }

std::vector<std::string> texts(od::value value) { return read_list<std::string>(value, text); }

std::optional<Date> date(od::value value) {
  if (take(value.is_null())) return std::nullopt;
  const auto parsed = parse_iso_date(string_of(value));
  if (!parsed) throw Unread{};
  return parsed;
}

std::size_t offset(od::value value) { return static_cast<std::size_t>(take(value.get_uint64())); }

// As the tree readers' views convert numbers (json_views.hpp).
double number(od::value value) {
  const od::number n = take(value.get_number());
  switch (n.get_number_type()) {
    case simdjson::ondemand::number_type::signed_integer: return static_cast<double>(n.get_int64());
    case simdjson::ondemand::number_type::unsigned_integer: return static_cast<double>(n.get_uint64());
    default: return n.get_double();
  }
}

// A whole number not below zero, else nullopt (a salience count that is not one is ignored).
std::optional<std::uint64_t> count(od::value value) {
  if (take(value.type()) != od::json_type::number) {
    check_value(value);
    return std::nullopt;
  }
  const od::number n = take(value.get_number());
  if (n.is_uint64()) return n.get_uint64();
  if (n.is_int64() && n.get_int64() >= 0) return static_cast<std::uint64_t>(n.get_int64());
  return std::nullopt;
}

EventDate event_date(od::value value) {
  enum { Value, Start, End, Earliest, Latest, Granularity, Mod, Certainty };
  static constexpr std::array<std::string_view, 8> names{"value",       "start", "end",      "earliest", "latest",
                                                         "granularity", "mod",   "certainty"};
  EventDate out;
  SeenKeys seen;
  for_each_field(value, [&](std::string_view key, od::value field) {
    const std::size_t k = key_index(key, names);
    if (k == names.size()) return check_value(field);
    seen.mark(k);
    switch (k) {
      case Value:
        if (!take(field.is_null())) out.value = text(field);
        break;
      case Start: out.start = date(field); break;
      case End: out.end = date(field); break;
      case Earliest: out.earliest = date(field); break;
      case Latest: out.latest = date(field); break;
      case Granularity: out.granularity = optional_text(field); break;
      case Mod: out.mod = optional_text(field); break;
      default: out.certainty = optional_text(field); break;
    }
  });
  if (out.granularity.empty()) out.granularity = "unknown";
  if (out.certainty.empty()) out.certainty = "unknown";
  return out;
}

Source source(od::value value) {
  enum { Doc, Begin, End, Quote };
  static constexpr std::array<std::string_view, 4> names{"doc", "begin", "end", "quote"};
  Source out;
  SeenKeys seen;
  for_each_field(value, [&](std::string_view key, od::value field) {
    const std::size_t k = key_index(key, names);
    if (k == names.size()) return check_value(field);
    seen.mark(k);
    switch (k) {
      case Doc: out.doc = text(field); break;
      case Begin: out.begin = offset(field); break;
      case End: out.end = offset(field); break;
      default: out.quote = optional_text(field); break;
    }
  });
  if (!seen.has(Doc) || !seen.has(Begin) || !seen.has(End)) throw Unread{};
  return out;
}

Salience salience(od::value value) {
  Salience out;
  if (take(value.type()) != od::json_type::object) {
    check_value(value);
    return out;
  }
  static constexpr std::array<std::string_view, 2> names{"documents", "sentences"};
  SeenKeys seen;
  for_each_field(value, [&](std::string_view key, od::value field) {
    const std::size_t k = key_index(key, names);
    if (k == names.size()) return check_value(field);
    seen.mark(k);
    if (const auto n = count(field)) (k == 0 ? out.documents : out.sentences) = static_cast<std::size_t>(*n);
  });
  return out;
}

Event event(od::value value) {
  enum { Id, Type, Title, When, Actors, Places, Proposals, Agents, Targets, Sources, Confidence, Prominence,
         Modality, Conflicting };
  static constexpr std::array<std::string_view, 14> names{
      "id",      "type",    "title",      "date",     "actors",   "places",   "proposals",
      "agents",  "targets", "sources",    "confidence", "salience", "modality", "conflicting_dates"};
  Event out;
  SeenKeys seen;
  for_each_field(value, [&](std::string_view key, od::value field) {
    const std::size_t k = key_index(key, names);
    if (k == names.size()) return check_value(field);
    seen.mark(k);
    switch (k) {
      case Id: out.id = text(field); break;
      case Type: out.type = text(field); break;
      case Title: out.title = optional_text(field); break;
      case When: out.date = event_date(field); break;
      case Actors: out.actors = texts(field); break;
      case Places: out.places = texts(field); break;
      case Proposals: out.proposals = texts(field); break;
      case Agents: out.agents = texts(field); break;
      case Targets: out.targets = texts(field); break;
      case Sources: out.sources = read_list<Source>(field, source); break;
      case Confidence:
        // The tree readers ignore a confidence that is not a number.
        if (take(field.type()) == od::json_type::number) out.confidence = number(field);
        else check_value(field);
        break;
      case Prominence: out.salience = salience(field); break;
      case Modality: out.modality = optional_text(field); break;
      default: out.conflicting_dates = read_list<EventDate>(field, event_date); break;
    }
  });
  if (!seen.has(Id) || !seen.has(Type) || !seen.has(When)) throw Unread{};
  return out;
}

Entity entity(od::value value) {
  enum { Id, Name, Kind, Aliases };
  static constexpr std::array<std::string_view, 4> names{"id", "name", "kind", "aliases"};
  Entity out;
  SeenKeys seen;
  for_each_field(value, [&](std::string_view key, od::value field) {
    const std::size_t k = key_index(key, names);
    if (k == names.size()) return check_value(field);
    seen.mark(k);
    switch (k) {
      case Id: out.id = text(field); break;
      case Name: out.name = text(field); break;
      case Kind: out.kind = optional_text(field); break;
      default: out.aliases = texts(field); break;
    }
  });
  if (!seen.has(Id) || !seen.has(Name)) throw Unread{};
  return out;
}

Edge edge(od::value value) {
  static constexpr std::array<std::string_view, 3> names{"from", "to", "kind"};
  Edge out;
  SeenKeys seen;
  for_each_field(value, [&](std::string_view key, od::value field) {
    const std::size_t k = key_index(key, names);
    if (k == names.size()) return check_value(field);
    seen.mark(k);
    (k == 0 ? out.from : k == 1 ? out.to : out.kind) = text(field);
  });
  if (!seen.has(0) || !seen.has(1) || !seen.has(2)) throw Unread{};
  return out;
}

DocumentInfo document(od::value value) {
  enum { Id, Path, Published, Lang, Sha256, Title, Origin, Url };
  static constexpr std::array<std::string_view, 8> names{"id", "path", "published", "lang", "sha256", "title", "source", "url"};
  DocumentInfo out;
  SeenKeys seen;
  for_each_field(value, [&](std::string_view key, od::value field) {
    const std::size_t k = key_index(key, names);
    if (k == names.size()) return check_value(field);
    seen.mark(k);
    switch (k) {
      case Id: out.id = text(field); break;
      case Path: out.path = optional_text(field); break;
      case Published: {
        const auto published = date(field);
        if (!published) throw Unread{};
        out.published = *published;
        break;
      }
      case Lang: out.lang = optional_text(field); break;
      case Sha256: out.sha256 = optional_text(field); break;
      case Title: out.title = optional_text(field); break;
      case Origin: out.source = optional_text(field); break;
      default: out.url = optional_text(field); break;
    }
  });
  if (!seen.has(Id) || !seen.has(Published)) throw Unread{};
  return out;
}

CorpusInfo corpus(od::value value) {
  enum { Name, Version, Documents };
  static constexpr std::array<std::string_view, 3> names{"name", "version", "documents"};
  CorpusInfo out;
  SeenKeys seen;
  for_each_field(value, [&](std::string_view key, od::value field) {
    const std::size_t k = key_index(key, names);
    if (k == names.size()) return check_value(field);
    seen.mark(k);
    switch (k) {
      case Name: out.name = text(field); break;
      case Version: out.version = optional_text(field); break;
      default: out.documents = read_list<DocumentInfo>(field, document); break;
    }
  });
  if (!seen.has(Name) || !seen.has(Documents)) throw Unread{};
  return out;
}

GraphModel model(od::document& doc) {
  enum { Corpus, Events, Actors, Places, Proposals, Edges };
  static constexpr std::array<std::string_view, 6> names{"corpus", "events", "actors", "places", "proposals", "edges"};
  GraphModel out;
  SeenKeys seen;
  od::object root = take(doc.get_object());
  for (auto field : root) {
    od::field f = take(std::move(field));
    const std::size_t k = key_index(key_of(f), names);
    od::value value = f.value();
    if (k == names.size()) {
      check_value(value);
      continue;
    }
    seen.mark(k);
    switch (k) {
      case Corpus: out.corpus = corpus(value); break;
      case Events: out.events = read_list<Event>(value, event); break;
      case Actors: out.actors = read_list<Entity>(value, entity); break;
      case Places: out.places = read_list<Entity>(value, entity); break;
      case Proposals: out.proposals = read_list<Entity>(value, entity); break;
      default: out.edges = read_list<Edge>(value, edge); break;
    }
  }
  if (!seen.has(Corpus) || !seen.has(Events)) throw Unread{};
  // Nothing may follow the root: On Demand stops reading where the object ends.
  const char* rest = nullptr;
  if (doc.current_location().get(rest) != simdjson::OUT_OF_BOUNDS) throw Unread{};
  return out;
}

}  // namespace

std::optional<GraphModel> model_from_ondemand(const std::string& text) {
  simdjson::padded_string copy;
  simdjson::padded_string_view view(text.data(), text.size(), text.capacity());
  if (text.capacity() - text.size() < simdjson::SIMDJSON_PADDING) {
    copy = simdjson::padded_string(text);
    view = copy;
  }
  od::parser parser;
  try {
    od::document doc = take(parser.iterate(view));
    return model(doc);
  } catch (const Unread&) {
    return std::nullopt;
  }
}

}  // namespace evgraph::detail
