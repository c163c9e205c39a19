// graph.json and graph.yaml (CONTRACT.md): writing, and reading back for render and diff.
#pragma once

#include <evgraph/data_store.hpp>
#include <evgraph/env.hpp>
#include <evgraph/model.hpp>

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

namespace evgraph {

// Deterministic text: fields in contract order, arrays as sorted in the model, UTF-8 unescaped.
std::string to_json(const GraphModel& model);
std::string to_yaml(const GraphModel& model);
// The same two documents handed to `write` in pieces of about a megabyte, for files too big to
// hold in memory whole; with `mentions`, those of joined({model, *mentions}).
void stream_json(const GraphModel& model, const std::function<void(std::string_view)>& write,
                 const MentionTable* mentions = nullptr);
void stream_yaml(const GraphModel& model, const std::function<void(std::string_view)>& write,
                 const MentionTable* mentions = nullptr);

// Reads a graph.json or graph.yaml (by extension; .yml too) through `env`, validated against
// schemas/graph.schema.json. Throws InputError with file:line:column.
GraphModel load_graph(const std::filesystem::path& file, const DataStore& data, const Env& env);

// Whether `path` is a graph export rather than a corpus: a .json file, or a YAML file whose root
// has `evgraph:` (looked for in its first lines only, since a graph.yaml can be large).
bool is_graph_export(const std::filesystem::path& path, const Env& env);
GraphModel graph_from_json(const std::string& text, const std::string& file);
GraphModel graph_from_yaml(const std::string& text, const std::string& file, const DataStore& data);

// What the schema cannot say and the commands rely on: ids unique across documents, events and
// entities; every edge, participant and source naming a known id; begin <= end in sources and
// start <= end in dates; UTF-8 text. Throws InputError "file: /events/3/sources/0: ..." at the
// first problem. `validate` runs it on every graph export.
void check_graph(const GraphModel& model, const std::string& file);

}  // namespace evgraph
