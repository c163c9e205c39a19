// Reading graph records from parsed JSON, shared by the JSON and YAML readers.
#pragma once

#include <evgraph/model.hpp>

#include "graph/json_views.hpp"

#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

#include <string>

namespace evgraph::detail {

// Throws InputError "file: /events/3/date/start: ..." when a field is missing or of the wrong type.
GraphModel model_from_json(const nlohmann::json& root, const std::string& file);
// The same from simdjson's tree: what graph.json is parsed into.
GraphModel model_from_json(simdjson::dom::element root, const std::string& file);

// The parts of model_from_json, for readers that see one record at a time. `path` is the record's
// JSON pointer ("/events/3"), used in messages; each throws InputError as model_from_json does.
CorpusInfo corpus_from_json(const nlohmann::json& root, const std::string& file);  // root["corpus"]
Event event_from_json(const nlohmann::json& value, const std::string& path, const std::string& file);
Entity entity_from_json(const nlohmann::json& value, const std::string& path, const std::string& file);
Edge edge_from_json(const nlohmann::json& value, const std::string& path, const std::string& file);

// The same records through a view of either tree (json_views.hpp): for readers of other files that
// hold graph records, such as parts, written once for both parsers.
DocumentInfo document_from_view(const NlohmannView& value, const std::string& path, const std::string& file);
DocumentInfo document_from_view(const SimdView& value, const std::string& path, const std::string& file);
Event event_from_view(const NlohmannView& value, const std::string& path, const std::string& file);
Event event_from_view(const SimdView& value, const std::string& path, const std::string& file);
Entity entity_from_view(const NlohmannView& value, const std::string& path, const std::string& file);
Entity entity_from_view(const SimdView& value, const std::string& path, const std::string& file);

// A YAML document as JSON: quoted scalars stay strings, plain ones become numbers, booleans or
// null where they read as such.
nlohmann::json yaml_to_json(const YAML::Node& node);

}  // namespace evgraph::detail
