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
  int label_max_lines = 2;         // a wider title wraps onto this many lines before it is cut
  double label_line_height = 1.2;  // em
  int max_rows = 72;               // rows of all lanes; past them the least reported events are left out
  std::string density_strip = "auto";  // auto (when events are left out), always, never
  double density_height = 26;
};

// How a mark shows what the articles claim about an event (its modality). The names are shared
// with the HTML timeline: happened solid, planned hollow, possible hollow and dashed, reported
// solid, dotted and in italics, denied hollow and struck through.
enum class MarkFill { solid, hollow };
enum class MarkOutline { solid, dashed, dotted };
enum class LabelLook { plain, italic, struck };

struct ModalityLook {
  MarkFill fill = MarkFill::solid;
  MarkOutline outline = MarkOutline::solid;
  LabelLook label = LabelLook::plain;
};

// The modalities outputs know, in legend order; any other is drawn as the first.
inline const char* const kModalities[] = {"happened", "planned", "possible", "reported", "denied"};

// The em width of every ASCII character and of the other classes, from RenderStyle's
// char_widths: measuring a label is then a table lookup per character.
struct CharWidthTable {
  bool ready = false;
  double ascii[128] = {};
  double other = 0, cjk = 0, emoji = 0;
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
  std::map<std::string, ModalityLook> modality;  // one per kModalities entry
  double low_confidence = 0.6;                   // below it, marks are drawn lighter
  double low_confidence_opacity = 0.45;

  const ThemeColours& theme(const std::string& name) const;     // throws ConfigError
  // The known modality `name` is, "happened" for anything else (an empty or unknown value).
  static const std::string& modality_name(const std::string& name);
  const ModalityLook& modality_look(const std::string& name) const { return modality.at(modality_name(name)); }
  bool low_confidence_event(double confidence) const { return confidence < low_confidence; }
  // Upper bound of the width in px of `utf8` set at `font_px`, from the per-class table.
  double text_width(std::string_view utf8, double font_px) const;
  // Fills width_table from char_widths, narrow_chars and wide_chars (load_style does); until
  // then, or after they change without a new call, text_width reads them directly, slowly.
  void prepare_text_widths();
  CharWidthTable width_table;
};

// data/style/default.yaml from `data`, with `user_file` (read through `env`, validated against
// schemas/style.schema.json) merged over it key by key. Throws ConfigError on a bad file.
RenderStyle load_style(const DataStore& data, const Env& env,
                       const std::optional<std::filesystem::path>& user_file = std::nullopt);

}  // namespace evgraph
