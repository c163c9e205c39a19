// How outputs look: fonts, sizes, colours of each theme, shapes. data/style/default.yaml, with
// a user style merged over it. The words outputs write come from the language packs.
#pragma once

#include <evgraph/changes.hpp>
#include <evgraph/data_store.hpp>
#include <evgraph/env.hpp>

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace evgraph {

struct StatusColours {
  std::string line;  // border and edge colour
  std::string fill;
  std::string text;
};

// Colours of one theme (light, dark, print), "#rrggbb". Each map has an "other" entry used for
// keys it does not list.
struct ThemeColours {
  std::string background, text, muted, grid, axis, lane_band, break_fill;
  std::map<std::string, std::string> event_types;
  std::map<std::string, std::string> node_kinds;
  std::map<std::string, std::string> edge_kinds;
  // How diff outputs draw added, removed, changed and unchanged nodes and edges.
  std::map<ChangeKind, StatusColours> changes;

  const std::string& event_type(const std::string& type) const;
  const std::string& node_kind(const std::string& kind) const;
  const std::string& edge_kind(const std::string& kind) const;
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

  const ThemeColours& theme(const std::string& name) const;     // throws ConfigError
  // Upper bound of the width in px of `utf8` set at `font_px`, from the per-class table.
  double text_width(std::string_view utf8, double font_px) const;
};

// data/style/default.yaml from `data`, with `user_file` (read through `env`, validated against
// schemas/style.schema.json) merged over it key by key. Throws ConfigError on a bad file.
RenderStyle load_style(const DataStore& data, const Env& env,
                       const std::optional<std::filesystem::path>& user_file = std::nullopt);

}  // namespace evgraph
