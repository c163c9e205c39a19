// Reading graph records from parsed JSON, shared by the JSON and YAML readers.
#pragma once

#include <evgraph/model.hpp>

#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

#include <string>

namespace evgraph::detail {

// Throws InputError "file: /events/3/date/start: ..." when a field is missing or of the wrong type.
GraphModel model_from_json(const nlohmann::json& root, const std::string& file);

// A YAML document as JSON: quoted scalars stay strings, plain ones become numbers, booleans or
// null where they read as such.
nlohmann::json yaml_to_json(const YAML::Node& node);

}  // namespace evgraph::detail
