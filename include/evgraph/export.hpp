// graph.json and graph.yaml (CONTRACT.md): writing, and reading back for render and diff.
#pragma once

#include <evgraph/data_store.hpp>
#include <evgraph/model.hpp>

#include <filesystem>
#include <string>

namespace evgraph {

// Deterministic text: fields in contract order, arrays as sorted in the model, UTF-8 unescaped.
std::string to_json(const GraphModel& model);
std::string to_yaml(const GraphModel& model);

// Reads a graph.json or graph.yaml (by extension; .yml too), validated against
// schemas/graph.schema.json. Throws InputError with file:line:column.
GraphModel load_graph(const std::filesystem::path& file, const DataStore& data);
GraphModel graph_from_json(const std::string& text, const std::string& file);
GraphModel graph_from_yaml(const std::string& text, const std::string& file, const DataStore& data);

// Writes `content` to a temporary file beside `path` and renames it over `path`, so a reader
// never sees half a file. Throws Error when the folder is not writable.
void write_file_atomically(const std::filesystem::path& path, const std::string& content);

}  // namespace evgraph
