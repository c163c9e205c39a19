// Renderers: Graphviz DOT and SVG of the graph (cgraph/gvc), and the timeline SVG.
// All are deterministic: the same model gives byte-identical output.
#pragma once

#include <evgraph/data_store.hpp>
#include <evgraph/model.hpp>

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace evgraph {

// Colours of one theme (light, dark, print), "#rrggbb". Each map has an "other" entry used for
// keys it does not list.
struct ThemeColours {
  std::string background, text, muted, grid, axis, lane_band, break_fill;
  std::map<std::string, std::string> event_types;
  std::map<std::string, std::string> node_kinds;
  std::map<std::string, std::string> edge_kinds;

  const std::string& event_type(const std::string& type) const;
  const std::string& node_kind(const std::string& kind) const;
  const std::string& edge_kind(const std::string& kind) const;
};

// Words of one language: month names, date phrases with {fields}, event type names.
struct LocaleStrings {
  std::vector<std::string> months;        // 12
  std::vector<std::string> months_short;  // 12
  std::map<std::string, std::string> seasons;  // SP SU FA WI
  std::map<std::string, std::string> phrases;
  std::map<std::string, std::string> types;

  // The phrase `key` (throws ConfigError when missing).
  const std::string& phrase(const std::string& key) const;
  // The display name of an event type, the type itself when not translated.
  std::string type_name(const std::string& type) const;
};

struct TimelineMetrics {
  double margin = 14, row_height = 20, lane_padding = 6, label_gap = 10, label_max_width = 280;
  double lane_label_max_width = 150, point_radius = 4.5, bar_height = 14, arrow_length = 46;
  double break_width = 22, break_gap_ratio = 0.25, min_tick_spacing = 26, axis_height = 40;
  double legend_row_height = 18;
  int max_lanes = 12, break_min_days = 21;
};

// Everything data/style/default.yaml holds, after a user style file is merged over it.
struct RenderStyle {
  std::string font_family;
  double font_size = 11;
  double small_font_size = 9.5;
  std::string graph_font_family;
  double graph_font_size = 11;
  std::map<std::string, double> char_widths;  // em per character class
  std::string narrow_chars, wide_chars;
  TimelineMetrics timeline;
  std::vector<std::string> event_types;  // legend and lane order
  std::map<std::string, std::string> node_shapes;
  std::map<std::string, std::string> edge_styles;
  std::map<std::string, ThemeColours> themes;    // light, dark, print
  std::map<std::string, LocaleStrings> locales;  // fr, en, ...

  const ThemeColours& theme(const std::string& name) const;     // throws ConfigError
  const LocaleStrings& locale(const std::string& lang) const;   // throws ConfigError
  // Upper bound of the width in px of `utf8` set at `font_px`, from the per-class table.
  double text_width(std::string_view utf8, double font_px) const;
};

// data/style/default.yaml from `data`, with `user_file` (validated against
// schemas/style.schema.json) merged over it key by key. Throws ConfigError on a bad file.
RenderStyle load_style(const DataStore& data, const std::optional<std::filesystem::path>& user_file = std::nullopt);
// The style of the embedded data, loaded once.
std::shared_ptr<const RenderStyle> default_style();

struct GraphRenderOptions {
  std::string rankdir = "LR";
  bool include_sources = false;  // document nodes and reported_by edges
  std::string lang = "fr";       // dates in node labels
  std::string theme = "light";   // light|dark|print
  std::shared_ptr<const RenderStyle> style;  // nullptr: default_style()
  // Graph SVG only: lay out at most this many events, the best attested (most sources, then
  // confidence), with the entities they link; 0 lays out all. Graphviz's dot layout grows much
  // faster than linearly and a drawing of thousands of nodes cannot be read; DOT keeps everything.
  std::size_t max_events = 120;
};

// The part of `model` a drawing of at most `max_events` events shows: those events by number of
// sources, confidence and id, the actors, places and proposals they link, and the edges between
// what is kept. The model itself when it is small enough.
GraphModel most_attested(const GraphModel& model, std::size_t max_events);

// DOT text built with cgraph. Nodes are created in sorted id order so agwrite is deterministic.
std::string render_dot(const GraphModel& model, const GraphRenderOptions& options = {});
// Laid out in-process with gvc (dot layout, core svg renderer). Throws RenderError when Graphviz's
// plugins are missing, with how to fix it.
std::string render_graph_svg(const GraphModel& model, const GraphRenderOptions& options = {});
// The same layout as a PNG image (Graphviz's cairo renderer), for documents that take no SVG.
std::string render_graph_png(const GraphModel& model, const GraphRenderOptions& options = {});

struct TimelineOptions {
  std::string lang = "fr";         // month names on the axis
  double width_px = 1000;
  std::string lanes = "type";      // none|type|actor|place|proposal
  std::string id_prefix = "evg";   // prefix of every id in the SVG, unique per figure
  std::optional<Date> from;        // date window
  std::optional<Date> to;
  std::vector<std::string> actors; // keep events linked to one of these (ids or names)
  std::vector<std::string> types;  // keep events of these types
  int min_sources = 0;
  bool print = false;              // sizes in mm for print
  double print_width_mm = 170;
  std::shared_ptr<const RenderStyle> style;  // nullptr: default_style()
};

std::string render_timeline_svg(const GraphModel& model, const TimelineOptions& options = {});

}  // namespace evgraph
