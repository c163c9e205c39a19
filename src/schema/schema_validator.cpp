#include <evgraph/calendar.hpp>
#include <evgraph/schema.hpp>

#include "schema/yaml_aliases.hpp"
#include "schema/yaml_input.hpp"

#include <yaml-cpp/depthguard.h>

#include <nlohmann/json.hpp>
#include <re2/re2.h>

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>
#include <set>

namespace evgraph {
namespace {

using Json = nlohmann::json;

SourceLocation location_of(const YAML::Node& node, const std::string& file) {
  const YAML::Mark mark = node.Mark();
  if (mark.is_null()) return {file};
  return {file, mark.line + 1, mark.column + 1};
}

bool is_null(const YAML::Node& node) {
  if (node.IsNull()) return true;
  if (!node.IsScalar() || node.Tag() == "!") return false;  // quoted scalars are strings
  const std::string& s = node.Scalar();
  return s == "null" || s == "~" || s == "Null" || s == "NULL";
}

bool is_quoted(const YAML::Node& node) { return node.Tag() == "!"; }

bool as_integer(const YAML::Node& node, long long& out) {
  if (!node.IsScalar() || is_quoted(node)) return false;
  const std::string& s = node.Scalar();
  if (s.empty()) return false;
  std::size_t used = 0;
  try {
    out = std::stoll(s, &used);
  } catch (...) {
    return false;
  }
  return used == s.size();
}

bool as_number(const YAML::Node& node, double& out) {
  if (!node.IsScalar() || is_quoted(node)) return false;
  const std::string& s = node.Scalar();
  if (s.empty()) return false;
  std::size_t used = 0;
  try {
    out = std::stod(s, &used);
  } catch (...) {
    return false;
  }
  return used == s.size();
}

bool is_boolean(const YAML::Node& node) {
  if (!node.IsScalar() || is_quoted(node)) return false;
  const std::string& s = node.Scalar();
  return s == "true" || s == "false" || s == "True" || s == "False";
}

bool has_type(const YAML::Node& node, const std::string& type) {
  if (type == "object") return node.IsMap();
  if (type == "array") return node.IsSequence();
  if (type == "null") return is_null(node);
  if (!node.IsScalar() || is_null(node)) return false;
  long long integer = 0;
  double number = 0;
  if (type == "string") return true;  // YAML scalars are text; keys like `published: 2025-03-15` are too
  if (type == "integer") return as_integer(node, integer);
  if (type == "number") return as_number(node, number);
  if (type == "boolean") return is_boolean(node);
  return false;
}

std::string describe(const Json& value) { return value.is_string() ? value.get<std::string>() : value.dump(); }

const Json& load_schema(const std::string& schema_name, const DataStore& data);

class Validator {
 public:
  Validator(const Json& root, std::string file, std::vector<SchemaViolation>& out, const DataStore& data)
      : m_root(root), m_file(std::move(file)), m_out(out), m_data(data) {}

  void check(const YAML::Node& node, const Json& schema, const std::string& path) {
    if (schema.is_boolean()) {
      if (!schema.get<bool>()) report(node, path, "is not allowed here");
      return;
    }
    if (schema.contains("$ref")) {
      const std::string ref = schema["$ref"].get<std::string>();
      const std::size_t hash = ref.find('#');
      if (hash != std::string::npos && hash > 0) {
        // "graph.schema.json#/$defs/event": a definition of another of the project's schemas,
        // whose own references are relative to that schema.
        const Json& other = load_schema(ref.substr(0, hash), m_data);
        Validator there(other, m_file, m_out, m_data);
        there.check(node, there.resolve(ref.substr(hash)), path);
      } else {
        check(node, resolve(ref), path);
      }
    }
    if (schema.contains("type") && !check_type(node, schema["type"], path)) return;
    if (schema.contains("enum")) check_enum(node, schema["enum"], path);
    if (schema.contains("const") && !(node.IsScalar() && node.Scalar() == describe(schema["const"])))
      report(node, path, "must be " + describe(schema["const"]));
    if (node.IsScalar()) check_scalar(node, schema, path);
    if (node.IsMap()) check_object(node, schema, path);
    if (node.IsSequence()) check_array(node, schema, path);
    if (schema.contains("anyOf") || schema.contains("oneOf")) check_alternatives(node, schema, path);
  }

  const Json& resolve(const std::string& ref) {
    const std::string prefix = "#/$defs/";
    if (ref.compare(0, prefix.size(), prefix) != 0 || !m_root.contains("$defs") ||
        !m_root["$defs"].contains(ref.substr(prefix.size())))
      throw ConfigError({m_file}, "schema reference not supported or missing: " + ref);
    return m_root["$defs"][ref.substr(prefix.size())];
  }
 private:

  void report(const YAML::Node& node, const std::string& path, const std::string& message) {
    m_out.push_back({location_of(node, m_file), path.empty() ? "/" : path, message});
  }

  bool check_type(const YAML::Node& node, const Json& type, const std::string& path) {
    if (type.is_string()) {
      if (has_type(node, type.get<std::string>())) return true;
      report(node, path, "must be of type " + type.get<std::string>());
      return false;
    }
    for (const auto& alternative : type)
      if (has_type(node, alternative.get<std::string>())) return true;
    report(node, path, "must be of type " + type.dump());
    return false;
  }

  void check_enum(const YAML::Node& node, const Json& values, const std::string& path) {
    if (node.IsScalar()) {
      for (const auto& value : values)
        if (describe(value) == node.Scalar() || (value.is_null() && is_null(node))) return;
    }
    std::string allowed;
    for (const auto& value : values) allowed += (allowed.empty() ? "" : ", ") + describe(value);
    report(node, path, "must be one of: " + allowed);
  }

  void check_scalar(const YAML::Node& node, const Json& schema, const std::string& path) {
    const std::string& text = node.Scalar();
    if (schema.contains("minLength") && text.size() < schema["minLength"].get<std::size_t>())
      report(node, path, "must not be empty");
    // JSON Schema counts characters, not bytes: count the bytes that start a UTF-8 sequence.
    if (schema.contains("maxLength")) {
      const auto limit = schema["maxLength"].get<std::size_t>();
      const auto characters = static_cast<std::size_t>(std::count_if(
          text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
      if (characters > limit) report(node, path, "must be at most " + std::to_string(limit) + " characters long");
    }
    if (schema.contains("pattern")) {
      const RE2& pattern = compiled(schema["pattern"].get<std::string>());
      if (!RE2::PartialMatch(text, pattern))
        report(node, path, "'" + text + "' must match " + schema["pattern"].get<std::string>());
    }
    if (schema.contains("format") && schema["format"] == "date" && !parse_iso_date(text))
      report(node, path, "'" + text + "' is not a calendar date (YYYY-MM-DD, 1400-01-01 to 9999-12-31)");
    double number = 0;
    if (schema.contains("minimum") && as_number(node, number) && number < schema["minimum"].get<double>())
      report(node, path, "must be at least " + schema["minimum"].dump());
    if (schema.contains("maximum") && as_number(node, number) && number > schema["maximum"].get<double>())
      report(node, path, "must be at most " + schema["maximum"].dump());
  }

  void check_object(const YAML::Node& node, const Json& schema, const std::string& path) {
    if (schema.contains("required")) {
      for (const auto& key : schema["required"])
        if (!node[key.get<std::string>()]) report(node, path, "missing required field '" + key.get<std::string>() + "'");
    }
    const Json* properties = schema.contains("properties") ? &schema["properties"] : nullptr;
    for (const auto& item : node) {
      if (!item.first.IsScalar()) {  // YAML allows "? [a, b]: c"; no format of ours does
        report(item.first, path, "field names must be plain text");
        continue;
      }
      const std::string key = item.first.Scalar();
      const std::string child_path = path + "/" + key;
      if (properties && properties->contains(key)) {
        check(item.second, (*properties)[key], child_path);
      } else if (schema.contains("additionalProperties")) {
        const Json& additional = schema["additionalProperties"];
        if (additional.is_boolean() && !additional.get<bool>())
          report(item.first, child_path, "unknown field '" + key + "'");
        else if (additional.is_object())
          check(item.second, additional, child_path);
      }
    }
  }

  void check_array(const YAML::Node& node, const Json& schema, const std::string& path) {
    if (schema.contains("minItems") && node.size() < schema["minItems"].get<std::size_t>())
      report(node, path, "must have at least " + schema["minItems"].dump() + " item(s)");
    if (schema.contains("items")) {
      for (std::size_t i = 0; i < node.size(); ++i) check(node[i], schema["items"], path + "/" + std::to_string(i));
    }
    if (schema.value("uniqueItems", false)) {
      std::set<std::string> seen;
      for (const auto& item : node)
        if (item.IsScalar() && !seen.insert(item.Scalar()).second)
          report(item, path, "'" + item.Scalar() + "' appears twice");
    }
  }

  void check_alternatives(const YAML::Node& node, const Json& schema, const std::string& path) {
    const bool one = schema.contains("oneOf");
    const Json& alternatives = one ? schema["oneOf"] : schema["anyOf"];
    int matching = 0;
    // The failure worth telling is that of a form the value has the type of ("'1399-12-31' is not
    // a calendar date", not "must be of type null").
    std::vector<SchemaViolation> first_failure, typed_failure;
    auto wrong_type = [](const std::vector<SchemaViolation>& trial) {
      return trial.size() == 1 && trial.front().message.rfind("must be of type", 0) == 0;
    };
    for (const auto& alternative : alternatives) {
      std::vector<SchemaViolation> trial;
      Validator(m_root, m_file, trial, m_data).check(node, alternative, path);
      if (trial.empty()) ++matching;
      else if (typed_failure.empty() && !wrong_type(trial)) typed_failure = trial;
      if (!trial.empty() && first_failure.empty()) first_failure = std::move(trial);
    }
    if (matching == 0) {
      const auto& told = typed_failure.empty() ? first_failure : typed_failure;
      m_out.insert(m_out.end(), told.begin(), told.end());
    } else if (one && matching > 1) {
      report(node, path, "matches more than one of the allowed forms");
    }
  }

  const RE2& compiled(const std::string& pattern) {
    static std::mutex mutex;
    static std::map<std::string, std::unique_ptr<RE2>> cache;
    std::lock_guard<std::mutex> lock(mutex);
    auto& slot = cache[pattern];
    if (!slot) slot = std::make_unique<RE2>(pattern);
    return *slot;
  }

  const Json& m_root;
  std::string m_file;
  std::vector<SchemaViolation>& m_out;
  const DataStore& m_data;
};

const Json& load_schema(const std::string& schema_name, const DataStore& data) {
  static std::mutex mutex;
  static std::map<std::string, std::unique_ptr<Json>> cache;
  const std::string relative = "schemas/" + schema_name;
  const std::string key = data.display_name(relative);
  std::lock_guard<std::mutex> lock(mutex);
  auto& slot = cache[key];
  if (!slot) {
    try {
      slot = std::make_unique<Json>(Json::parse(data.read(relative)));
    } catch (const Json::parse_error& e) {
      throw ConfigError({key}, std::string("schema is not valid JSON: ") + e.what());
    }
  }
  return *slot;
}

}  // namespace

std::vector<SchemaViolation> check_against_schema(const YAML::Node& document, const std::string& file,
                                                  const std::string& schema_name, const DataStore& data) {
  const Json& schema = load_schema(schema_name, data);
  std::vector<SchemaViolation> violations;
  Validator(schema, file, violations, data).check(document, schema, "");
  return violations;
}

std::vector<SchemaViolation> check_against_schema_part(const YAML::Node& document, const std::string& file,
                                                       const std::string& schema_name, const std::string& pointer,
                                                       const std::string& path, const DataStore& data) {
  const Json& schema = load_schema(schema_name, data);
  std::vector<SchemaViolation> violations;
  Validator validator(schema, file, violations, data);
  const Json* part = nullptr;
  try {
    part = &schema.at(Json::json_pointer(pointer.substr(pointer.rfind('#') + 1)));
  } catch (const Json::exception&) {
    throw ConfigError({data.display_name("schemas/" + schema_name)}, "no schema part " + pointer);
  }
  validator.check(document, *part, path);
  return violations;
}

void validate_against_schema(const YAML::Node& document, const std::string& file, const std::string& schema_name,
                             const DataStore& data, bool is_config) {
  const auto violations = check_against_schema(document, file, schema_name, data);
  if (violations.empty()) return;
  const auto& first = violations.front();
  const std::string message = first.path + " " + first.message;
  if (is_config) throw ConfigError(first.location, message);
  throw InputError(first.location, message);
}

YAML::Node parse_yaml(const std::string& text, const std::string& file) {
  detail::check_alias_expansion(text, file, {kMaxYamlAliasNodes, kMaxYamlAliasBytes});
  detail::check_yaml_text(text, file);
  YAML::Node root;
  try {
    root = YAML::Load(text);
  } catch (const YAML::DeepRecursion& e) {
    // yaml-cpp's own words for this are "bad file".
    throw InputError({file, e.mark.line + 1, e.mark.column + 1}, "nested too deeply (more than " +
                                                                      std::to_string(e.depth()) + " levels)");
  } catch (const YAML::Exception& e) {
    if (e.mark.is_null()) throw InputError({file}, e.msg);
    throw InputError({file, e.mark.line + 1, e.mark.column + 1}, e.msg);
  }
  detail::check_yaml_keys(root, file);
  return root;
}

}  // namespace evgraph
