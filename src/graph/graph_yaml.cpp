#include <evgraph/error.hpp>
#include <evgraph/graph_io.hpp>
#include <evgraph/schema.hpp>

#include "graph/graph_records.hpp"
#include "graph/record_fields.hpp"

#include <yaml-cpp/yaml.h>

#include <cstdio>
#include <fstream>
#include <sstream>

namespace evgraph {

// Written by hand rather than with yaml-cpp's emitter, which took a seventh of a large build:
// strings double-quoted with the escapes YAML parsers agree on, so yaml-cpp and PyYAML read back
// exactly what graph.json holds.
void stream_yaml(const GraphModel& model, const std::function<void(std::string_view)>& write,
                 const MentionTable* mentions) {
  std::string out;
  detail::TreeWriter writer(detail::TreeWriter::Syntax::Yaml, out);
  writer.spill_to(write);
  detail::write_graph(model, writer, true, mentions);
  writer.finish();
}

std::string to_yaml(const GraphModel& model) {
  std::string out;
  detail::TreeWriter writer(detail::TreeWriter::Syntax::Yaml, out);
  detail::write_graph(model, writer);
  writer.finish();
  return out;
}

GraphModel graph_from_yaml(const std::string& text, const std::string& file, const DataStore& data) {
  const YAML::Node root = parse_yaml(text, file);
  validate_against_schema(root, file, "graph.schema.json", data);
  return detail::model_from_json(detail::yaml_to_json(root), file);
}

}  // namespace evgraph
