// What the commands that draw or export a graph share: reading INPUT (a graph export, a corpus,
// or "-"), the language of the output with its entity names, and where source links point.
#pragma once

#include "cli/command.hpp"

#include <evgraph/links.hpp>
#include <evgraph/model.hpp>

#include <filesystem>
#include <string>

namespace evgraph::cli {

struct GraphInput {
  GraphModel model;
  std::filesystem::path corpus_root;  // the folder document paths are relative to; empty for an export
};

// A graph.json / graph.yaml as it is, anything else through the pipeline.
GraphInput load_graph_input(const std::string& path, const RunContext& context);

// The language of an output: `requested` (--lang) when given, else the graph's documents'. Checks
// that the pack exists (ConfigError naming those there are). Renames the model's entities to
// their lexicon names in that language (États-Unis -> United States in English).
std::string use_output_language(GraphModel& model, const std::string& requested, const Resources& resources);

// The folder an output file lands in: its parent, or the working folder for standard output ("" or
// "-") and a bare file name.
std::filesystem::path folder_of(const std::string& output);

// Where sources link from an output written into `folder`.
DocumentLinks output_links(const GraphInput& input, const std::filesystem::path& folder, const Resources& resources);

}  // namespace evgraph::cli
