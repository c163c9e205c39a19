// Renderers: Graphviz DOT and SVG of the graph (cgraph/gvc), and the timeline SVG.
// All are deterministic: the same model gives byte-identical output. Style and words come from
// the Resources passed in; a diff is drawn by the same renderers from ChangeMarks.
#pragma once

#include <evgraph/changes.hpp>
#include <evgraph/links.hpp>
#include <evgraph/model.hpp>
#include <evgraph/render_style.hpp>
#include <evgraph/resources.hpp>

#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

namespace evgraph {

struct GraphRenderOptions {
  std::string rankdir = "LR";
  bool include_sources = false;  // document nodes and reported_by edges
  std::string lang = "fr";       // words and dates in labels
  std::string theme = "light";   // light|dark|print
  // Graph SVG and DOT: draw at most this many events, the best attested (most sources, then
  // confidence), with the entities they link; 0 draws all. Graphviz's dot layout grows much
  // faster than linearly (thousands of events crash dot_mincross or take gigabytes) and a drawing
  // of thousands of nodes cannot be read; graph.json keeps everything.
  std::size_t max_events = 120;
  const ChangeMarks* changes = nullptr;  // a diff: colour by status and add a legend
  const DocumentLinks* links = nullptr;  // where sources link; null: web urls only (links.hpp)
};

// The part of `model` a drawing of at most `max_events` events shows: those events by number of
// sources, confidence and id, the actors, places and proposals they link, and the edges between
// what is kept (in a diff, changed events first). The model itself when it is small enough.
GraphModel most_attested(const GraphModel& model, std::size_t max_events, const ChangeMarks* changes = nullptr);

// DOT text built with cgraph. Nodes are created in sorted id order so agwrite is deterministic.
std::string render_dot(const GraphModel& model, const Resources& resources, const GraphRenderOptions& options = {});
// Laid out in-process with gvc (dot layout, core svg renderer). Throws RenderError when Graphviz's
// plugins are missing, with how to fix it.
std::string render_graph_svg(const GraphModel& model, const Resources& resources,
                             const GraphRenderOptions& options = {});
// render_dot and render_graph_svg at once, as they would give them, for the price of one
// selection and one graph: what `evgraph build` writes.
struct GraphDrawings {
  std::string dot;
  std::string svg;
};
GraphDrawings render_dot_and_graph_svg(const GraphModel& model, const Resources& resources,
                                       const GraphRenderOptions& options = {});
// The same layout as a PNG image (Graphviz's cairo renderer), for documents that take no SVG.
std::string render_graph_png(const GraphModel& model, const Resources& resources,
                             const GraphRenderOptions& options = {});

struct TimelineOptions {
  std::string lang = "fr";         // words and month names
  double width_px = 1000;
  std::string lanes = "type";      // none|type|actor|place|proposal
  std::string id_prefix = "evg";   // prefix of every id in the SVG, unique per figure
  std::optional<Date> from;        // date window
  std::optional<Date> to;
  std::vector<std::string> actors; // keep events linked to one of these (ids or names)
  std::vector<std::string> types;  // keep events of these types
  int min_sources = 0;
  // false: the most reported events (distinct documents, then sentences) that fit in the style's
  // timeline.max_rows, the others counted and shown only in the density strip; true: every event.
  bool all_events = false;
  bool print = false;              // sizes in mm for print
  double print_width_mm = 170;
  const ChangeMarks* changes = nullptr;  // a diff: marks coloured by status, with a legend
  const DocumentLinks* links = nullptr;  // where sources link; null: web urls only (links.hpp)
  // Colours: empty for light with dark under the reader's prefers-color-scheme; light, dark or
  // print for that theme alone.
  std::string theme;
};

std::string render_timeline_svg(const GraphModel& model, const Resources& resources,
                                const TimelineOptions& options = {});

}  // namespace evgraph
