#include "graph/record_fields.hpp"

#include <evgraph/calendar.hpp>
#include <evgraph/error.hpp>

namespace evgraph::detail {
namespace {

using Json = nlohmann::json;

// Each field is looked up once: on exports of 100,000 events the reading is a large share of
// `diff` and `render`.
const Json* find(const Json& object, const char* key) {
  if (!object.is_object()) return nullptr;
  auto it = object.find(key);
  return it == object.end() ? nullptr : &*it;
}

class Reader {
 public:
  explicit Reader(const std::string& file) : m_file(file) {}

  [[noreturn]] void fail(const std::string& path, const std::string& message) const {
    throw InputError({m_file}, path + ": " + message);
  }

  const Json& field(const Json& object, const char* key, const std::string& path) const {
    const Json* value = find(object, key);
    if (!value) fail(path, std::string("missing field '") + key + "'");
    return *value;
  }

  std::string string(const Json& object, const char* key, const std::string& path, bool required = true) const {
    const Json* value = find(object, key);
    if (!value || value->is_null()) {
      if (required) fail(path, std::string("missing field '") + key + "'");
      return {};
    }
    if (!value->is_string()) fail(path + "/" + key, "must be a string");
    return value->get_ref<const std::string&>();
  }

  std::optional<Date> date(const Json& object, const char* key, const std::string& path) const {
    const Json* value = find(object, key);
    if (!value || value->is_null()) return std::nullopt;
    const auto parsed = value->is_string() ? parse_iso_date(value->get_ref<const std::string&>()) : std::nullopt;
    if (!parsed) fail(path + "/" + key, "must be a calendar date YYYY-MM-DD");
    return parsed;
  }

  std::vector<std::string> strings(const Json& object, const char* key, const std::string& path) const {
    std::vector<std::string> out;
    const Json* list = find(object, key);
    if (!list) return out;
    if (!list->is_array()) fail(path + "/" + key, "must be an array");
    out.reserve(list->size());
    for (const auto& item : *list) {
      if (!item.is_string()) fail(path + "/" + key, "must hold strings");
      out.push_back(item.get_ref<const std::string&>());
    }
    return out;
  }

  EventDate event_date(const Json& value, const std::string& path) const {
    EventDate date;
    if (!value.is_object()) fail(path, "must be an object");
    if (const Json* v = find(value, "value"); v && !v->is_null()) date.value = string(value, "value", path);
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

  std::size_t offset(const Json& object, const char* key, const std::string& path) const {
    const Json& value = field(object, key, path);
    if (!value.is_number_unsigned() && !(value.is_number_integer() && value.get<long long>() >= 0))
      fail(path + "/" + key, "must be a byte offset (a whole number >= 0)");
    return value.get<std::size_t>();
  }

 private:
  const std::string& m_file;
};

}  // namespace

DocumentInfo document_from_json(const Json& d, const std::string& path, const std::string& file) {
  const Reader read(file);
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

Event event_from_json(const Json& e, const std::string& path, const std::string& file) {
  const Reader read(file);
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
  if (const Json* sources = find(e, "sources")) {
    event.sources.reserve(sources->size());
    for (std::size_t k = 0; k < sources->size(); ++k) {
      const std::string source_path = path + "/sources/" + std::to_string(k);
      const Json& s = (*sources)[k];
      event.sources.push_back({read.string(s, "doc", source_path), read.offset(s, "begin", source_path),
                               read.offset(s, "end", source_path), read.string(s, "quote", source_path, false)});
    }
  }
  if (const Json* confidence = find(e, "confidence"); confidence && confidence->is_number())
    event.confidence = confidence->get<double>();
  if (const Json* salience = find(e, "salience"); salience && salience->is_object()) {
    // YAML numbers come back signed: any integer not below zero is a count.
    const auto count = [](const Json* n) { return n && n->is_number_integer() && n->get<long long>() >= 0; };
    if (const Json* n = find(*salience, "documents"); count(n)) event.salience.documents = n->get<std::size_t>();
    if (const Json* n = find(*salience, "sentences"); count(n)) event.salience.sentences = n->get<std::size_t>();
  }
  event.modality = read.string(e, "modality", path, false);
  if (const Json* dates = find(e, "conflicting_dates"))
    for (std::size_t k = 0; k < dates->size(); ++k)
      event.conflicting_dates.push_back(read.event_date((*dates)[k], path + "/conflicting_dates/" + std::to_string(k)));
  return event;
}

Entity entity_from_json(const Json& value, const std::string& path, const std::string& file) {
  const Reader read(file);
  Entity entity;
  entity.id = read.string(value, "id", path);
  entity.name = read.string(value, "name", path);
  entity.kind = read.string(value, "kind", path, false);
  entity.aliases = read.strings(value, "aliases", path);
  return entity;
}

Edge edge_from_json(const Json& edge, const std::string& path, const std::string& file) {
  const Reader read(file);
  return {read.string(edge, "from", path), read.string(edge, "to", path), read.string(edge, "kind", path)};
}

CorpusInfo corpus_from_json(const Json& root, const std::string& file) {
  const Reader read(file);
  if (!root.is_object()) read.fail("/", "a graph export must be an object");
  const Json& corpus = read.field(root, "corpus", "");
  CorpusInfo info;
  info.name = read.string(corpus, "name", "/corpus");
  info.version = read.string(corpus, "version", "/corpus", false);
  const Json& documents = read.field(corpus, "documents", "/corpus");
  for (std::size_t i = 0; i < documents.size(); ++i)
    info.documents.push_back(document_from_json(documents[i], "/corpus/documents/" + std::to_string(i), file));
  return info;
}

GraphModel model_from_json(const Json& root, const std::string& file) {
  GraphModel model;
  model.corpus = corpus_from_json(root, file);
  const Json& events = Reader(file).field(root, "events", "");
  model.events.reserve(events.size());
  for (std::size_t i = 0; i < events.size(); ++i)
    model.events.push_back(event_from_json(events[i], "/events/" + std::to_string(i), file));
  for (const auto& [key, list] : {std::pair{"actors", &model.actors}, std::pair{"places", &model.places},
                                  std::pair{"proposals", &model.proposals}}) {
    const Json* entities = find(root, key);
    if (!entities) continue;
    for (std::size_t i = 0; i < entities->size(); ++i)
      list->push_back(entity_from_json((*entities)[i], std::string("/") + key + "/" + std::to_string(i), file));
  }
  if (const Json* edges = find(root, "edges")) {
    model.edges.reserve(edges->size());
    for (std::size_t i = 0; i < edges->size(); ++i)
      model.edges.push_back(edge_from_json((*edges)[i], "/edges/" + std::to_string(i), file));
  }
  return model;
}

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
