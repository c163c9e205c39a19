#include <evgraph/corpus.hpp>
#include <evgraph/graph_io.hpp>
#include <evgraph/lexicon.hpp>
#include <evgraph/schema.hpp>
#include <evgraph/text.hpp>

#include "graph/json_errors.hpp"
#include "schema/validate_json.hpp"

#include <nlohmann/json.hpp>

namespace evgraph {
namespace {

struct Kind {
  const char* key;
  const char* description;
  const char* schema;
};

// Recognised by a key only that kind of file has at its top level.
const Kind kKinds[] = {
    {"evgraph", "graph export", "graph.schema.json"},
    {"documents", "corpus manifest", "corpus.schema.json"},
    {"types", "trigger rules", "triggers.schema.json"},
    {"calendar", "language pack", "language.schema.json"},
    {"person_titles", "name rules", "names.schema.json"},
    {"themes", "style", "style.schema.json"},
    {"patterns", "timex rule pack", "timex-rules.schema.json"},
    {"actors", "lexicon", "lexicon.schema.json"},
    {"places", "lexicon", "lexicon.schema.json"},
    {"proposals", "lexicon", "lexicon.schema.json"},
    {"dates", "lexicon", "lexicon.schema.json"},
    {"events", "TimelineJS data", "timelinejs.schema.json"},  // after "evgraph": a graph has events too
};

// JSON Lines: parts (`evgraph extract`) or temporal expressions (`evgraph timex`), line by line.
std::string validate_lines(const std::filesystem::path& file, const std::string& text, const DataStore& data) {
  std::string kind;
  std::size_t line_number = 0;
  for (std::size_t at = 0; at < text.size();) {
    std::size_t end = text.find('\n', at);
    if (end == std::string::npos) end = text.size();
    const std::string line = text.substr(at, end - at);
    at = end + 1;
    ++line_number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    // Each line parsed alone (blank lines in front would make a long file quadratic), its
    // locations moved to the line's place in the file.
    const std::string where = file.string();
    const int shift = static_cast<int>(line_number) - 1;
    YAML::Node root;
    try {
      root = parse_yaml(line, where);
    } catch (const InputError& e) {
      throw InputError({where, e.location().line + shift, e.location().column}, e.message());
    }
    if (!root.IsMap()) throw InputError({file.string(), static_cast<int>(line_number), 1}, "expected a JSON object");
    const bool part = static_cast<bool>(root["evgraph_part"]);
    const std::string this_kind = part ? "parts (JSON Lines)" : "temporal expressions (JSON Lines)";
    if (!kind.empty() && kind != this_kind)
      throw InputError({file.string(), static_cast<int>(line_number), 1}, "a line of another kind than the first");
    kind = this_kind;
    const auto violations = check_against_schema(root, where, part ? "part.schema.json" : "timex.schema.json", data);
    if (!violations.empty()) {
      const SchemaViolation& first = violations.front();
      const int line_in_file = first.location.line > 0 ? first.location.line + shift : shift + 1;
      throw InputError({where, line_in_file, first.location.column}, first.path + " " + first.message);
    }
  }
  if (kind.empty()) throw InputError({file.string()}, "no line to validate");
  return kind;
}

// JSON syntax errors with line:column (YAML's parser would report them less clearly); a graph
// export is also read as the commands read it.
void check_json(const std::string& text, const std::string& file) {
  nlohmann::json root;
  try {
    root = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    throw detail::json_parse_error(e, text, file);
  }
  if (root.is_object() && root.contains("evgraph")) check_graph(graph_from_json(text, file), file);
}

}  // namespace

std::string validate_file(const std::filesystem::path& file, const Resources& resources) {
  const DataStore& data = resources.data();
  const std::string text = resources.env().read_file(file);
  if (file.extension() == ".jsonl") return validate_lines(file, text, data);
  if (file.extension() == ".json") {
    if (detail::is_json_graph_export(text, file.string())) {
      // Then what the commands rely on beyond the schema (unique ids, known ends, dates in order),
      // on the graph the schema check has read already.
      check_graph(detail::validate_graph_json(text, file.string(), data), file.string());
      return "graph export";
    }
    check_json(text, file.string());
  }
  const YAML::Node root = parse_yaml(text, file.string());
  if (!root.IsMap()) throw InputError({file.string(), 1, 1}, "expected a mapping at the top level");
  for (const Kind& kind : kKinds) {
    if (!root[kind.key]) continue;
    if (!data.exists(std::string("schemas/") + kind.schema))
      throw InputError({file.string()}, std::string("no schema for a ") + kind.description);
    validate_against_schema(root, file.string(), kind.schema, data);
    if (std::string(kind.description) == "lexicon") check_pinned_dates(root, file.string());
    if (std::string(kind.key) == "evgraph" && file.extension() != ".json")
      check_graph(graph_from_yaml(text, file.string(), data), file.string());
    // A manifest is also checked for what a schema cannot say: real dates, files inside its folder.
    if (std::string(kind.key) == "documents") {
      Diagnostics ignored;
      open_corpus(file, {}, resources, ignored);
    }
    return kind.description;
  }
  throw InputError({file.string(), 1, 1}, "not a file evgraph knows (manifest, lexicon, rules, style, graph export or TimelineJS data)");
}

}  // namespace evgraph
