// `validate` of JSON files in bounded memory: a graph export is checked against its schema one
// record at a time as the parser completes it, never as one tree (yaml-cpp would take about fifty
// times the file's size).
#pragma once

#include <evgraph/model.hpp>
#include <evgraph/data_store.hpp>

#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

#include <string>

namespace evgraph::detail {

// The node the schema validator expects for `value`: strings tagged as quoted (never read as
// numbers), numbers and booleans plain, null as null.
YAML::Node yaml_from_json(const nlohmann::json& value);

// Checks the syntax of `text` without building it (throws InputError file:line:column) and says
// whether it is a graph export (a top-level "evgraph" key).
bool is_json_graph_export(const std::string& text, const std::string& file);

// Checks a graph export against schemas/graph.schema.json record by record, then reads it as the
// commands do. Throws InputError at the first problem.
// Returns the graph as the commands read it, for the checks beyond the schema.
GraphModel validate_graph_json(const std::string& text, const std::string& file, const DataStore& data);

}  // namespace evgraph::detail
