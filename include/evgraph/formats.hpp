// The one table of output formats: every file evgraph writes from a graph (build's five outputs,
// render, diff drawings, exports) is produced by a writer named here, so a new format is one entry.
#pragma once

#include <evgraph/export.hpp>
#include <evgraph/html.hpp>
#include <evgraph/model.hpp>
#include <evgraph/render.hpp>
#include <evgraph/resources.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace evgraph {

// What a writer draws from: the model, the run's resources, and the options of each drawing
// (a diff sets their `changes`).
struct RenderRequest {
  const GraphModel& model;
  const Resources& resources;
  GraphRenderOptions graph;
  TimelineOptions timeline;
  ExportOptions exports{};  // the "export" formats
  HtmlOptions html{};       // the timeline page
};

struct OutputFormat {
  std::string drawing;    // "graph" (graph.json and its Graphviz drawings), "timeline" or "export"
  std::string name;       // "json", "yaml", "dot", "svg", "png", "html", "graphml", ...
  std::string extension;  // ".json"; empty for a format that writes a folder
  std::string (*write)(const RenderRequest& request);
  // Set instead of `write` by a format that writes a folder of files (csv).
  std::vector<OutputFile> (*write_folder)(const RenderRequest& request) = nullptr;
};

// Every format, by drawing then name.
const std::vector<OutputFormat>& output_formats();

// The format of `drawing` called `name`; throws InputError listing the names there are.
const OutputFormat& output_format(std::string_view drawing, std::string_view name);
// The format of `drawing` that writes files with `extension` (".png", ".PNG"), or nullptr.
const OutputFormat* format_for_extension(std::string_view drawing, std::string_view extension);
// The extensions `drawing` writes, for messages: ".svg, .png, .pdf".
std::string extensions_of(std::string_view drawing);

// The language outputs of `model` are written in by default: its first document's that has a
// pack, else the default language.
std::string output_language(const GraphModel& model, const Resources& resources);

// The files of `evgraph build` (graph.json, graph.yaml, graph.dot, graph.svg, timeline.svg),
// rendered concurrently: the Graphviz ones share one lock, the others run beside them.
// The same five outputs as producers for Env::write_streamed (`model`, `resources` and `mentions`
// must outlive them): graph.json and graph.yaml are written in pieces, never whole in memory, with
// the mentioned_in edges of `mentions` when given (a CompactModel's) among the model's edges.
std::vector<StreamedOutput> build_output_streams(const GraphModel& model, const Resources& resources,
                                                const std::string& lang, const MentionTable* mentions = nullptr);
std::vector<OutputFile> build_outputs(const GraphModel& model, const Resources& resources, const std::string& lang);

}  // namespace evgraph
