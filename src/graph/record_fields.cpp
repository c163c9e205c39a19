#include "graph/record_fields.hpp"

#include <evgraph/calendar.hpp>
#include <evgraph/error.hpp>

namespace evgraph::detail {
namespace {

using Json = nlohmann::json;

// Written once for both JSON trees (json_views.hpp). Each field is looked up once: on exports of
// 100,000 events the reading is a large share of `diff` and `render`.
template <typename View>
class Reader {
 public:
  explicit Reader(const std::string& file) : m_file(file) {}

  [[noreturn]] void fail(const std::string& path, const std::string& message) const {
    throw InputError({m_file}, path.empty() ? message : path + ": " + message);  // "" is the root
  }

  template <typename Object>
  View field(const Object& object, const char* key, const std::string& path) const {
    const auto value = object.find(key);
    if (!value) fail(path, std::string("missing field '") + key + "'");
    return *value;
  }

  template <typename Object>
  std::string string(const Object& object, const char* key, const std::string& path, bool required = true) const {
    const auto value = object.find(key);
    if (!value || value->is_null()) {
      if (required) fail(path, std::string("missing field '") + key + "'");
      return {};
    }
    if (!value->is_string()) fail(path + "/" + key, "must be a string");
    return std::string(value->string());
  }

  template <typename Object>
  std::optional<Date> date(const Object& object, const char* key, const std::string& path) const {
    const auto value = object.find(key);
    if (!value || value->is_null()) return std::nullopt;
    const auto parsed = value->is_string() ? parse_iso_date(std::string(value->string())) : std::nullopt;
    if (!parsed) fail(path + "/" + key, "must be a calendar date YYYY-MM-DD from 1400-01-01 to 9999-12-31");
    return parsed;
  }

  // The array at `key` (nullopt when absent); anything else there is an error.
  template <typename Object>
  std::optional<View> array(const Object& object, const char* key, const std::string& path) const {
    const auto list = object.find(key);
    if (list && !list->is_array()) fail(path + "/" + key, "must be an array");
    return list;
  }

  template <typename Object>
  std::vector<std::string> strings(const Object& object, const char* key, const std::string& path) const {
    std::vector<std::string> out;
    const auto list = array(object, key, path);
    if (!list) return out;
    out.reserve(list->size());
    list->for_each([&](const View& item) {
      if (!item.is_string()) fail(path + "/" + key, "must hold strings");
      out.emplace_back(item.string());
    });
    return out;
  }

  EventDate event_date(const View& view, const std::string& path) const {
    EventDate date;
    if (!view.is_object()) fail(path, "must be an object");
    const auto value = view.record();
    if (const auto v = value.find("value"); v && !v->is_null()) date.value = string(value, "value", path);
    date.start = this->date(value, "start", path);
    date.end = this->date(value, "end", path);
    date.earliest = this->date(value, "earliest", path);
    date.latest = this->date(value, "latest", path);
    date.granularity = string(value, "granularity", path, false);
    if (date.granularity.empty()) date.granularity = "unknown";
    date.mod = string(value, "mod", path, false);
    date.certainty = string(value, "certainty", path, false);
    if (date.certainty.empty()) date.certainty = "unknown";
    return date;
  }

  template <typename Object>
  std::size_t offset(const Object& object, const char* key, const std::string& path) const {
    const auto count = field(object, key, path).count();
    if (!count) fail(path + "/" + key, "must be a byte offset (a whole number >= 0)");
    return static_cast<std::size_t>(*count);
  }

 private:
  const std::string& m_file;
};

template <typename View>
DocumentInfo read_document(const View& view, const std::string& path, const std::string& file) {
  const Reader<View> read(file);
  const auto d = view.record();
  DocumentInfo doc;
  doc.id = read.string(d, "id", path);
  doc.path = read.string(d, "path", path, false);
  const auto published = read.date(d, "published", path);
  if (!published) read.fail(path, "missing field 'published'");
  doc.published = *published;
  doc.lang = read.string(d, "lang", path, false);
  doc.sha256 = read.string(d, "sha256", path, false);
  doc.title = read.string(d, "title", path, false);
  doc.source = read.string(d, "source", path, false);
  doc.url = read.string(d, "url", path, false);
  return doc;
}

template <typename View, typename Object>
void read_sources(const Reader<View>& read, const Object& e, const std::string& path, Event& event) {
  const auto sources = read.array(e, "sources", path);
  if (!sources) return;
  event.sources.reserve(sources->size());
  std::size_t k = 0;
  sources->for_each([&](const View& source) {
    const auto s = source.record();
    const std::string source_path = path + "/sources/" + std::to_string(k++);
    event.sources.push_back({read.string(s, "doc", source_path), read.offset(s, "begin", source_path),
                             read.offset(s, "end", source_path), read.string(s, "quote", source_path, false)});
  });
}

template <typename View>
Event read_event(const View& view, const std::string& path, const std::string& file) {
  const Reader<View> read(file);
  const auto e = view.record();
  Event event;
  event.id = read.string(e, "id", path);
  event.type = read.string(e, "type", path);
  event.title = read.string(e, "title", path, false);
  event.date = read.event_date(read.field(e, "date", path), path + "/date");
  event.actors = read.strings(e, "actors", path);
  event.places = read.strings(e, "places", path);
  event.proposals = read.strings(e, "proposals", path);
  event.agents = read.strings(e, "agents", path);
  event.targets = read.strings(e, "targets", path);
  read_sources(read, e, path, event);
  if (const auto confidence = e.find("confidence"); confidence && confidence->is_number())
    event.confidence = confidence->number();
  if (const auto salience = e.find("salience"); salience && salience->is_object()) {
    if (const auto n = salience->find("documents"); n && n->count()) event.salience.documents = *n->count();
    if (const auto n = salience->find("sentences"); n && n->count()) event.salience.sentences = *n->count();
  }
  event.modality = read.string(e, "modality", path, false);
  if (const auto dates = read.array(e, "conflicting_dates", path)) {
    std::size_t k = 0;
    dates->for_each([&](const View& date) {
      event.conflicting_dates.push_back(read.event_date(date, path + "/conflicting_dates/" + std::to_string(k++)));
    });
  }
  return event;
}

template <typename View>
Entity read_entity(const View& view, const std::string& path, const std::string& file) {
  const Reader<View> read(file);
  const auto value = view.record();
  Entity entity;
  entity.id = read.string(value, "id", path);
  entity.name = read.string(value, "name", path);
  entity.kind = read.string(value, "kind", path, false);
  entity.aliases = read.strings(value, "aliases", path);
  return entity;
}

template <typename View>
Edge read_edge(const View& view, const std::string& path, const std::string& file) {
  const Reader<View> read(file);
  const auto edge = view.record();
  return {read.string(edge, "from", path), read.string(edge, "to", path), read.string(edge, "kind", path)};
}

template <typename View>
CorpusInfo read_corpus(const View& root, const std::string& file) {
  const Reader<View> read(file);
  if (!root.is_object()) read.fail("/", "a graph export must be an object");
  const View corpus = read.field(root, "corpus", "");
  CorpusInfo info;
  info.name = read.string(corpus, "name", "/corpus");
  info.version = read.string(corpus, "version", "/corpus", false);
  const View documents = read.field(corpus, "documents", "/corpus");
  if (!documents.is_array()) read.fail("/corpus/documents", "must be an array");
  std::size_t i = 0;
  documents.for_each([&](const View& document) {
    info.documents.push_back(read_document(document, "/corpus/documents/" + std::to_string(i++), file));
  });
  return info;
}

template <typename View>
GraphModel read_model(const View& root, const std::string& file) {
  const Reader<View> read(file);
  GraphModel model;
  model.corpus = read_corpus(root, file);
  const View events = read.field(root, "events", "");
  if (!events.is_array()) read.fail("/events", "must be an array");
  model.events.reserve(events.size());
  std::size_t i = 0;
  events.for_each([&](const View& event) { model.events.push_back(read_event(event, "/events/" + std::to_string(i++), file)); });
  for (const auto& [key, list] : {std::pair{"actors", &model.actors}, std::pair{"places", &model.places},
                                  std::pair{"proposals", &model.proposals}}) {
    const auto entities = read.array(root, key, "");
    if (!entities) continue;
    list->reserve(entities->size());
    i = 0;
    entities->for_each([&, key = key, list = list](const View& entity) {
      list->push_back(read_entity(entity, std::string("/") + key + "/" + std::to_string(i++), file));
    });
  }
  if (const auto edges = read.array(root, "edges", "")) {
    model.edges.reserve(edges->size());
    i = 0;
    edges->for_each([&](const View& edge) { model.edges.push_back(read_edge(edge, "/edges/" + std::to_string(i++), file)); });
  }
  return model;
}

}  // namespace

Event event_from_json(const Json& e, const std::string& path, const std::string& file) {
  return read_event(NlohmannView(e), path, file);
}
Entity entity_from_json(const Json& value, const std::string& path, const std::string& file) {
  return read_entity(NlohmannView(value), path, file);
}
Edge edge_from_json(const Json& edge, const std::string& path, const std::string& file) {
  return read_edge(NlohmannView(edge), path, file);
}
DocumentInfo document_from_view(const NlohmannView& value, const std::string& path, const std::string& file) {
  return read_document(value, path, file);
}
DocumentInfo document_from_view(const SimdView& value, const std::string& path, const std::string& file) {
  return read_document(value, path, file);
}
Event event_from_view(const NlohmannView& value, const std::string& path, const std::string& file) {
  return read_event(value, path, file);
}
Event event_from_view(const SimdView& value, const std::string& path, const std::string& file) {
  return read_event(value, path, file);
}
Entity entity_from_view(const NlohmannView& value, const std::string& path, const std::string& file) {
  return read_entity(value, path, file);
}
Entity entity_from_view(const SimdView& value, const std::string& path, const std::string& file) {
  return read_entity(value, path, file);
}
CorpusInfo corpus_from_json(const Json& root, const std::string& file) { return read_corpus(NlohmannView(root), file); }
GraphModel model_from_json(const Json& root, const std::string& file) { return read_model(NlohmannView(root), file); }
GraphModel model_from_json(simdjson::dom::element root, const std::string& file) { return read_model(SimdView(root), file); }

Json yaml_to_json(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Map: {
      Json out = Json::object();
      for (const auto& item : node) out[item.first.as<std::string>()] = yaml_to_json(item.second);
      return out;
    }
    case YAML::NodeType::Sequence: {
      Json out = Json::array();
      for (const auto& item : node) out.push_back(yaml_to_json(item));
      return out;
    }
    case YAML::NodeType::Scalar: {
      const std::string& text = node.Scalar();
      if (node.Tag() == "!") return text;
      if (text == "null" || text == "~") return nullptr;
      if (text == "true" || text == "false") return text == "true";
      try {
        std::size_t used = 0;
        const long long integer = std::stoll(text, &used);
        if (used == text.size()) return integer;
        const double number = std::stod(text, &used);
        if (used == text.size()) return number;
      } catch (...) {
      }
      return text;
    }
    default:
      return nullptr;
  }
}

}  // namespace evgraph::detail
