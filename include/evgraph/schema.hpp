// Validation of YAML/JSON documents against the JSON Schemas in schemas/, with the location of
// the offending node. Supports the subset of JSON Schema (2020-12) the project's schemas use:
// type, properties, required, additionalProperties, items, enum, const, pattern, minLength,
// minimum, maximum, minItems, uniqueItems, format "date", oneOf, anyOf, $ref to "#/$defs/...".
#pragma once

#include <evgraph/data_store.hpp>
#include <evgraph/error.hpp>

#include <yaml-cpp/yaml.h>

#include <filesystem>

#include <string>
#include <vector>

namespace evgraph {

struct SchemaViolation {
  SourceLocation location;
  std::string path;     // JSON pointer of the node, "/documents/2/published"
  std::string message;  // "must match pattern ..."
};

// All violations of `document` (parsed from `file`) against schemas/<schema_name>, e.g.
// "corpus.schema.json". Throws ConfigError when the schema itself cannot be read.
std::vector<SchemaViolation> check_against_schema(const YAML::Node& document, const std::string& file,
                                                  const std::string& schema_name, const DataStore& data);

// The violations of `document` against the part of schemas/<schema_name> at `pointer`
// ("#/properties/events/items"), their paths starting with `path` ("/events/12").
std::vector<SchemaViolation> check_against_schema_part(const YAML::Node& document, const std::string& file,
                                                       const std::string& schema_name, const std::string& pointer,
                                                       const std::string& path, const DataStore& data);

// Throws InputError (or ConfigError when `is_config`) for the first violation.
void validate_against_schema(const YAML::Node& document, const std::string& file,
                             const std::string& schema_name, const DataStore& data, bool is_config = false);

// At most this many nodes, and bytes of text, reached through YAML aliases in one input file:
// beyond, aliases would make a small file stand for a huge tree ("billion laughs").
constexpr std::size_t kMaxYamlAliasNodes = 100000;
constexpr std::size_t kMaxYamlAliasBytes = 1u << 20;

// Parses YAML text, throwing InputError "file:line:column: message" on a syntax error or when
// aliases expand past kMaxYamlAliasNodes or kMaxYamlAliasBytes (at the alias).
YAML::Node parse_yaml(const std::string& text, const std::string& file);

}  // namespace evgraph

#include <evgraph/resources.hpp>

namespace evgraph {

// Checks one file a user gives evgraph: a corpus manifest (with its paths and dates), a lexicon,
// a rule pack, a style file or a graph export, recognised by its top-level keys. Returns what it
// was ("corpus manifest", "lexicon", ...); throws InputError at the first problem.
std::string validate_file(const std::filesystem::path& file, const Resources& resources);

}  // namespace evgraph
