#include "schema/validate_json.hpp"

#include <evgraph/error.hpp>
#include <evgraph/graph_io.hpp>
#include <evgraph/schema.hpp>
#include <evgraph/text.hpp>

namespace evgraph::detail {
namespace {

using Json = nlohmann::json;

// Syntax only, and whether the root object has the "evgraph" key: nothing is kept.
class SyntaxCheck : public nlohmann::json_sax<Json> {
 public:
  explicit SyntaxCheck(const std::string& text, const std::string& file) : m_text(text), m_file(file) {}
  bool graph = false;

  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return ++m_depth, true; }
  bool end_object() override { return --m_depth, true; }
  bool start_array(std::size_t) override { return ++m_depth, true; }
  bool end_array() override { return --m_depth, true; }
  bool key(string_t& name) override {
    if (m_depth == 1 && name == "evgraph") graph = true;
    return true;
  }
  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& e) override {
    const auto [line, column] = line_column_at(m_text, position == 0 ? 0 : position - 1);
    std::string message = e.what();
    if (auto colon = message.find("]: "); colon != std::string::npos) message = message.substr(colon + 3);
    throw InputError({m_file, line, column}, message);
  }

 private:
  const std::string& m_text;
  const std::string& m_file;
  int m_depth = 0;
};

void throw_first(const std::vector<SchemaViolation>& violations) {
  if (violations.empty()) return;
  throw InputError(violations.front().location, violations.front().path + " " + violations.front().message);
}

// Checks each element of the top-level arrays against its items schema as soon as it is parsed,
// then drops it; what is left (the corpus, empty arrays) is checked against the whole schema.
class RecordCheck {
 public:
  RecordCheck(const std::string& file, const DataStore& data) : m_file(file), m_data(data) {}

  bool on_event(int depth, Json::parse_event_t event, Json& parsed) {
    using Parse = Json::parse_event_t;
    if (depth == 1) {
      if (event == Parse::key) m_key = parsed.get<std::string>();
      else if (event == Parse::array_start) m_streaming = is_record_array(m_key), m_index = 0;
      else if (event == Parse::array_end || event == Parse::object_start) m_streaming = false;
      return true;
    }
    const bool element_done = event == Parse::object_end || event == Parse::array_end || event == Parse::value;
    if (depth != 2 || !m_streaming || !element_done) return true;
    const std::string path = "/" + m_key + "/" + std::to_string(m_index++);
    throw_first(check_against_schema_part(yaml_from_json(parsed), m_file, "graph.schema.json",
                                          "#/properties/" + m_key + "/items", path, m_data));
    return false;
  }

 private:
  static bool is_record_array(const std::string& key) {
    return key == "events" || key == "actors" || key == "places" || key == "proposals" || key == "edges";
  }

  const std::string& m_file;
  const DataStore& m_data;
  std::string m_key;
  bool m_streaming = false;
  std::size_t m_index = 0;
};

}  // namespace

YAML::Node yaml_from_json(const Json& value) {
  switch (value.type()) {
    case Json::value_t::object: {
      YAML::Node node(YAML::NodeType::Map);
      for (const auto& [key, member] : value.items()) node[key] = yaml_from_json(member);
      return node;
    }
    case Json::value_t::array: {
      YAML::Node node(YAML::NodeType::Sequence);
      for (const auto& element : value) node.push_back(yaml_from_json(element));
      return node;
    }
    case Json::value_t::string: {
      YAML::Node node(value.get<std::string>());
      node.SetTag("!");
      return node;
    }
    case Json::value_t::null:
    case Json::value_t::discarded: return YAML::Node(YAML::NodeType::Null);
    default: return YAML::Node(value.dump());
  }
}

bool is_json_graph_export(const std::string& text, const std::string& file) {
  SyntaxCheck check(text, file);
  Json::sax_parse(text, &check);
  return check.graph;
}

GraphModel validate_graph_json(const std::string& text, const std::string& file, const DataStore& data) {
  RecordCheck records(file, data);
  const Json rest = Json::parse(text, [&records](int depth, Json::parse_event_t event, Json& parsed) {
    return records.on_event(depth, event, parsed);
  });
  validate_against_schema(yaml_from_json(rest), file, "graph.schema.json", data);
  return graph_from_json(text, file);
}

}  // namespace evgraph::detail
