#include "graph/record_fields.hpp"

#include <evgraph/calendar.hpp>
#include <evgraph/error.hpp>

namespace evgraph::detail {
namespace {

using Json = nlohmann::json;

class Reader {
 public:
  explicit Reader(std::string file) : m_file(std::move(file)) {}

  [[noreturn]] void fail(const std::string& path, const std::string& message) const {
    throw InputError({m_file}, path + ": " + message);
  }

  const Json& field(const Json& object, const char* key, const std::string& path) const {
    if (!object.is_object() || !object.contains(key)) fail(path, std::string("missing field '") + key + "'");
    return object[key];
  }

  std::string string(const Json& object, const char* key, const std::string& path, bool required = true) const {
    if (!object.contains(key) || object[key].is_null()) {
      if (required) fail(path, std::string("missing field '") + key + "'");
      return {};
    }
    if (!object[key].is_string()) fail(path + "/" + key, "must be a string");
    return object[key].get<std::string>();
  }

  std::optional<Date> date(const Json& object, const char* key, const std::string& path) const {
    if (!object.contains(key) || object[key].is_null()) return std::nullopt;
    const auto parsed = parse_iso_date(object[key].is_string() ? object[key].get<std::string>() : "");
    if (!parsed) fail(path + "/" + key, "must be a calendar date YYYY-MM-DD");
    return parsed;
  }

  std::vector<std::string> strings(const Json& object, const char* key, const std::string& path) const {
    std::vector<std::string> out;
    if (!object.contains(key)) return out;
    if (!object[key].is_array()) fail(path + "/" + key, "must be an array");
    for (const auto& item : object[key]) {
      if (!item.is_string()) fail(path + "/" + key, "must hold strings");
      out.push_back(item.get<std::string>());
    }
    return out;
  }

  EventDate event_date(const Json& value, const std::string& path) const {
    EventDate date;
    if (!value.is_object()) fail(path, "must be an object");
    if (value.contains("value") && !value["value"].is_null()) date.value = string(value, "value", path);
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

  Entity entity(const Json& value, const std::string& path) const {
    Entity entity;
    entity.id = string(value, "id", path);
    entity.name = string(value, "name", path);
    entity.kind = string(value, "kind", path, false);
    entity.aliases = strings(value, "aliases", path);
    return entity;
  }

  std::size_t offset(const Json& object, const char* key, const std::string& path) const {
    const Json& value = field(object, key, path);
    if (!value.is_number_unsigned() && !(value.is_number_integer() && value.get<long long>() >= 0))
      fail(path + "/" + key, "must be a byte offset (a whole number >= 0)");
    return value.get<std::size_t>();
  }

 private:
  std::string m_file;
};

}  // namespace

GraphModel model_from_json(const Json& root, const std::string& file) {
  const Reader read(file);
  if (!root.is_object()) read.fail("/", "a graph export must be an object");
  GraphModel model;
  const Json& corpus = read.field(root, "corpus", "");
  model.corpus.name = read.string(corpus, "name", "/corpus");
  model.corpus.version = read.string(corpus, "version", "/corpus", false);
  const Json& documents = read.field(corpus, "documents", "/corpus");
  for (std::size_t i = 0; i < documents.size(); ++i) {
    const std::string path = "/corpus/documents/" + std::to_string(i);
    const Json& d = documents[i];
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
    model.corpus.documents.push_back(std::move(doc));
  }
  const Json& events = read.field(root, "events", "");
  model.events.reserve(events.size());
  for (std::size_t i = 0; i < events.size(); ++i) {
    const std::string path = "/events/" + std::to_string(i);
    const Json& e = events[i];
    Event event;
    event.id = read.string(e, "id", path);
    event.type = read.string(e, "type", path);
    event.title = read.string(e, "title", path, false);
    event.date = read.event_date(read.field(e, "date", path), path + "/date");
    event.actors = read.strings(e, "actors", path);
    event.places = read.strings(e, "places", path);
    event.proposals = read.strings(e, "proposals", path);
    if (e.contains("sources")) {
      for (std::size_t k = 0; k < e["sources"].size(); ++k) {
        const std::string source_path = path + "/sources/" + std::to_string(k);
        const Json& s = e["sources"][k];
        event.sources.push_back({read.string(s, "doc", source_path), read.offset(s, "begin", source_path),
                                 read.offset(s, "end", source_path), read.string(s, "quote", source_path, false)});
      }
    }
    if (e.contains("confidence") && e["confidence"].is_number()) event.confidence = e["confidence"].get<double>();
    event.modality = read.string(e, "modality", path, false);
    if (e.contains("conflicting_dates"))
      for (std::size_t k = 0; k < e["conflicting_dates"].size(); ++k)
        event.conflicting_dates.push_back(read.event_date(e["conflicting_dates"][k], path + "/conflicting_dates/" + std::to_string(k)));
    model.events.push_back(std::move(event));
  }
  for (const auto& [key, list] : {std::pair{"actors", &model.actors}, std::pair{"places", &model.places},
                                  std::pair{"proposals", &model.proposals}}) {
    if (!root.contains(key)) continue;
    for (std::size_t i = 0; i < root[key].size(); ++i)
      list->push_back(read.entity(root[key][i], std::string("/") + key + "/" + std::to_string(i)));
  }
  if (root.contains("edges")) {
    for (std::size_t i = 0; i < root["edges"].size(); ++i) {
      const std::string path = "/edges/" + std::to_string(i);
      const Json& edge = root["edges"][i];
      model.edges.push_back({read.string(edge, "from", path), read.string(edge, "to", path), read.string(edge, "kind", path)});
    }
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
