#include <evgraph/error.hpp>
#include <evgraph/graph_io.hpp>
#include <evgraph/text.hpp>

#include "graph/graph_tree.hpp"
#include "graph/record_fields.hpp"

#include <nlohmann/json.hpp>

#include <exception>

namespace evgraph {
namespace {

using Json = nlohmann::ordered_json;

Json optional_date(const std::optional<Date>& date) { return date ? Json(to_iso(*date)) : Json(nullptr); }

Json date_json(const EventDate& date) {
  Json out;
  out["value"] = date.value ? Json(*date.value) : Json(nullptr);
  out["start"] = optional_date(date.start);
  out["end"] = optional_date(date.end);
  out["granularity"] = date.granularity;
  if (!date.mod.empty()) out["mod"] = date.mod;
  if (date.earliest) out["earliest"] = to_iso(*date.earliest);
  if (date.latest) out["latest"] = to_iso(*date.latest);
  out["certainty"] = date.certainty;
  return out;
}

Json entity_json(const Entity& entity, bool with_kind) {
  Json out;
  out["id"] = entity.id;
  out["name"] = entity.name;
  if (with_kind || !entity.kind.empty()) out["kind"] = entity.kind;
  out["aliases"] = entity.aliases;
  return out;
}

}  // namespace

namespace detail {
namespace {

// Reads the big arrays of an export one record at a time as the parser completes each, and
// drops the record from the tree: a 100,000-event graph.json is never held twice in memory, and
// freeing its parse tree no longer costs as much as parsing it. Errors are kept until the end so
// that they are reported in the order model_from_json reports them.
class StreamingReader {
 public:
  explicit StreamingReader(const std::string& file) : m_file(file) {}

  nlohmann::json::parser_callback_t callback() {
    return [this](int depth, nlohmann::json::parse_event_t event, nlohmann::json& parsed) {
      return on_event(depth, event, parsed);
    };
  }

  // The model, with the errors in the order model_from_json finds them: corpus, then each array.
  GraphModel finish(const nlohmann::json& root) {
    GraphModel model;
    model.corpus = corpus_from_json(root, m_file);
    if (!root.contains("events")) throw InputError({m_file}, ": missing field 'events'");
    for (int k = 0; k < None; ++k) {
      const auto value = root.find(k_names[k]);
      if (value == root.end()) continue;
      if (value->is_array()) {
        if (m_sections[k].error) std::rethrow_exception(m_sections[k].error);
        continue;
      }
      // Not an array, so not streamed: read it as model_from_json would, which rejects it.
      m_streaming = static_cast<Key>(k);
      m_sections[k] = {};
      for (std::size_t i = 0; i < value->size(); ++i) read_element((*value)[i]);
      if (m_sections[k].error) std::rethrow_exception(m_sections[k].error);
    }
    model.events = std::move(m_events);
    model.actors = std::move(m_entities[0]);
    model.places = std::move(m_entities[1]);
    model.proposals = std::move(m_entities[2]);
    model.edges = std::move(m_edges);
    return model;
  }

 private:
  enum Key { Events, Actors, Places, Proposals, Edges, None };
  struct Section {
    std::size_t count = 0;
    std::exception_ptr error;
  };

  static constexpr const char* k_names[] = {"events", "actors", "places", "proposals", "edges"};

  static Key key_of(const std::string& name) {
    for (int k = 0; k < None; ++k)
      if (name == k_names[k]) return static_cast<Key>(k);
    return None;
  }

  // A key given twice keeps its last value, as in a parsed tree.
  void restart(Key key) {
    m_sections[key] = {};
    if (key == Events) m_events.clear();
    else if (key == Edges) m_edges.clear();
    else m_entities[key - Actors].clear();
  }

  bool on_event(int depth, nlohmann::json::parse_event_t event, nlohmann::json& parsed) {
    using Parse = nlohmann::json::parse_event_t;
    if (depth == 1) {
      if (event == Parse::key) m_key = key_of(parsed.get<std::string>());
      else if (event == Parse::array_start && (m_streaming = m_key) != None) restart(m_key);
      else if (event == Parse::array_end || event == Parse::object_start) m_streaming = None;
      return true;
    }
    const bool element_done = event == Parse::object_end || event == Parse::array_end || event == Parse::value;
    if (depth != 2 || m_streaming == None || !element_done) return true;
    read_element(parsed);
    return false;
  }

  void read_element(const nlohmann::json& value) {
    Section& section = m_sections[m_streaming];
    const std::size_t index = section.count++;
    if (section.error) return;
    static const char* const prefixes[] = {"/events/", "/actors/", "/places/", "/proposals/", "/edges/"};
    const std::string path = prefixes[m_streaming] + std::to_string(index);
    try {
      switch (m_streaming) {
        case Events: m_events.push_back(event_from_json(value, path, m_file)); break;
        case Actors:
        case Places:
        case Proposals: m_entities[m_streaming - Actors].push_back(entity_from_json(value, path, m_file)); break;
        case Edges: m_edges.push_back(edge_from_json(value, path, m_file)); break;
        case None: break;
      }
    } catch (const InputError&) {
      section.error = std::current_exception();
    }
  }

  const std::string& m_file;
  Key m_key = None;
  Key m_streaming = None;
  Section m_sections[None];
  std::vector<Event> m_events;
  std::vector<Entity> m_entities[3];
  std::vector<Edge> m_edges;
};

}  // namespace
}  // namespace detail

nlohmann::ordered_json detail::graph_tree(const GraphModel& model, bool with_edges) {
  Json root;
  root["evgraph"] = "1";
  Json corpus;
  corpus["name"] = model.corpus.name;
  if (!model.corpus.version.empty()) corpus["version"] = model.corpus.version;
  corpus["documents"] = Json::array();
  for (const auto& doc : model.corpus.documents) {
    Json d;
    d["id"] = doc.id;
    d["path"] = doc.path;
    d["published"] = to_iso(doc.published);
    d["lang"] = doc.lang;
    d["sha256"] = doc.sha256;
    if (!doc.title.empty()) d["title"] = doc.title;
    if (!doc.source.empty()) d["source"] = doc.source;
    if (!doc.url.empty()) d["url"] = doc.url;
    corpus["documents"].push_back(std::move(d));
  }
  root["corpus"] = std::move(corpus);
  root["events"] = Json::array();
  for (const auto& event : model.events) {
    Json e;
    e["id"] = event.id;
    e["type"] = event.type;
    e["title"] = event.title;
    e["date"] = date_json(event.date);
    e["actors"] = event.actors;
    e["places"] = event.places;
    e["proposals"] = event.proposals;
    e["agents"] = event.agents;
    e["targets"] = event.targets;
    e["sources"] = Json::array();
    for (const auto& source : event.sources)
      e["sources"].push_back(Json{{"doc", source.doc}, {"begin", source.begin}, {"end", source.end}, {"quote", source.quote}});
    e["confidence"] = event.confidence;
    e["salience"] = Json{{"documents", event.salience.documents}, {"sentences", event.salience.sentences}};
    if (!event.modality.empty()) e["modality"] = event.modality;
    if (!event.conflicting_dates.empty()) {
      e["conflicting_dates"] = Json::array();
      for (const auto& date : event.conflicting_dates) e["conflicting_dates"].push_back(date_json(date));
    }
    root["events"].push_back(std::move(e));
  }
  for (const auto& [key, list, with_kind] :
       {std::tuple{"actors", &model.actors, true}, std::tuple{"places", &model.places, false},
        std::tuple{"proposals", &model.proposals, false}}) {
    root[key] = Json::array();
    for (const auto& entity : *list) root[key].push_back(entity_json(entity, with_kind));
  }
  if (!with_edges) return root;
  root["edges"] = Json::array();
  for (const auto& edge : model.edges) root["edges"].push_back(Json{{"from", edge.from}, {"to", edge.to}, {"kind", edge.kind}});
  return root;
}

std::string to_json(const GraphModel& model) { return detail::graph_tree(model, true).dump(2) + "\n"; }

GraphModel graph_from_json(const std::string& text, const std::string& file) {
  detail::StreamingReader reader(file);
  nlohmann::json root;
  try {
    root = nlohmann::json::parse(text, reader.callback());
  } catch (const nlohmann::json::parse_error& e) {
    const std::size_t offset = e.byte == 0 ? 0 : e.byte - 1;
    const auto [line, column] = line_column_at(text, offset);
    std::string message = e.what();
    if (auto colon = message.find("]: "); colon != std::string::npos) message = message.substr(colon + 3);
    throw InputError({file, line, column}, message);
  } catch (const nlohmann::json::exception& e) {
    // Numbers out of range and values of the wrong type inside a record: no byte position.
    std::string message = e.what();
    if (auto colon = message.find("] "); colon != std::string::npos) message = message.substr(colon + 2);
    throw InputError({file}, message);
  }
  try {
    return reader.finish(root);
  } catch (const nlohmann::json::exception& e) {
    throw InputError({file}, e.what());
  }
}

}  // namespace evgraph
