#include <evgraph/error.hpp>
#include <evgraph/graph_io.hpp>
#include <evgraph/text.hpp>

#include "graph/graph_records.hpp"
#include "graph/json_errors.hpp"
#include "graph/ondemand_reader.hpp"
#include "graph/record_fields.hpp"

#include <nlohmann/json.hpp>

#include <exception>

namespace evgraph {
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
    if (!root.contains("events")) throw InputError({m_file}, "missing field 'events'");
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

void stream_json(const GraphModel& model, const std::function<void(std::string_view)>& write,
                 const MentionTable* mentions) {
  std::string out;
  detail::TreeWriter writer(detail::TreeWriter::Syntax::Json, out);
  writer.spill_to(write);
  detail::write_graph(model, writer, true, mentions);
  writer.finish();
}

std::string to_json(const GraphModel& model) {
  std::string out;
  detail::TreeWriter writer(detail::TreeWriter::Syntax::Json, out);
  detail::write_graph(model, writer);
  writer.finish();
  return out;
}

namespace {

// The nlohmann reader: slower, but it knows where a malformed file goes wrong (line and column),
// so it reads what simdjson rejects.
GraphModel graph_from_json_located(const std::string& text, const std::string& file) {
  detail::StreamingReader reader(file);
  nlohmann::json root;
  try {
    root = nlohmann::json::parse(text, reader.callback());
  } catch (const nlohmann::json::parse_error& e) {
    throw detail::json_parse_error(e, text, file);
  } catch (const nlohmann::json::exception& e) {
    // Numbers out of range and values of the wrong type inside a record: no byte position.
    throw detail::json_error(e, {file});
  }
  try {
    return reader.finish(root);
  } catch (const nlohmann::json::exception& e) {
    throw detail::json_error(e, {file});
  }
}

}  // namespace

GraphModel detail::model_from_json_tree(const std::string& text, const std::string& file) {
  // simdjson's DOM parses a 67 MB export in a tenth of the time nlohmann takes; what it cannot
  // parse (malformed JSON, integers past 64 bits) goes to the reader that locates the problem.
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  // Read from disk with spare capacity for simdjson's padding, the text is parsed where it is.
  const bool padded = text.capacity() - text.size() >= simdjson::SIMDJSON_PADDING;
  if (parser.parse(text.data(), text.size(), !padded).get(root) != simdjson::SUCCESS)
    return graph_from_json_located(text, file);
  return detail::model_from_json(root, file);
}

GraphModel graph_from_json(const std::string& text, const std::string& file) {
  // On Demand reads a well-formed export with no parse tree; whatever it leaves goes to the tree
  // readers, whose messages stay the only ones.
  if (auto model = detail::model_from_ondemand(text)) return std::move(*model);
  return detail::model_from_json_tree(text, file);
}

}  // namespace evgraph
