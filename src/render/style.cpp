// Loading data/style/default.yaml (and a user style merged over it) into RenderStyle.
#include "text_util.hpp"

#include <evgraph/error.hpp>
#include <evgraph/render.hpp>
#include <evgraph/schema.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <initializer_list>
#include <iterator>

namespace evgraph {
namespace {

const char* const k_default_style = "data/style/default.yaml";
const char* const k_schema = "style.schema.json";

// Maps merge key by key; anything else in `over` replaces what `base` had.
YAML::Node merge(const YAML::Node& base, const YAML::Node& over) {
  if (!base.IsMap() || !over.IsMap()) return YAML::Clone(over);
  YAML::Node out = YAML::Clone(base);
  for (const auto& entry : over) {
    const auto key = entry.first.as<std::string>();
    out[key] = out[key] ? merge(out[key], entry.second) : YAML::Clone(entry.second);
  }
  return out;
}

class Reader {
 public:
  explicit Reader(std::string file) : m_file(std::move(file)) {}

  [[noreturn]] void fail(const YAML::Node& node, const std::string& message) const {
    const auto mark = node.Mark();
    throw ConfigError({m_file, mark.line >= 0 ? mark.line + 1 : 0, mark.column >= 0 ? mark.column + 1 : 0}, message);
  }
  const YAML::Node child(const YAML::Node& node, const char* key) const {
    const YAML::Node value = node[key];
    if (!value) fail(node, std::string("missing key '") + key + "'");
    return value;
  }
  double number(const YAML::Node& node, const char* key) const {
    const YAML::Node value = child(node, key);
    try {
      return value.as<double>();
    } catch (const YAML::Exception&) {
      fail(value, std::string("'") + key + "' must be a number");
    }
  }
  std::string text(const YAML::Node& node, const char* key) const {
    const YAML::Node value = child(node, key);
    if (!value.IsScalar()) fail(value, std::string("'") + key + "' must be a string");
    return value.as<std::string>();
  }
  int integer(const YAML::Node& node, const char* key, int min, int max) const {
    const double value = number(node, key);
    if (value != static_cast<double>(static_cast<long>(value)) || value < min || value > max)
      fail(child(node, key), fmt::format("'{}' must be a whole number from {} to {}", key, min, max));
    return static_cast<int>(value);
  }
  std::string choice(const YAML::Node& node, const char* key, std::initializer_list<const char*> allowed) const {
    const std::string value = text(node, key);
    std::string names;
    for (const char* name : allowed) {
      if (value == name) return value;
      names += std::string(names.empty() ? "" : ", ") + name;
    }
    fail(child(node, key), fmt::format("'{}' must be one of {} (not '{}')", key, names, value));
  }
  std::map<std::string, std::string> text_map(const YAML::Node& node, const char* key) const {
    std::map<std::string, std::string> out;
    const YAML::Node value = child(node, key);
    if (!value.IsMap()) fail(value, std::string("'") + key + "' must be a mapping");
    for (const auto& entry : value) out[entry.first.as<std::string>()] = entry.second.as<std::string>();
    return out;
  }
  std::vector<std::string> text_list(const YAML::Node& node, const char* key) const {
    const YAML::Node value = child(node, key);
    if (!value.IsSequence()) fail(value, std::string("'") + key + "' must be a list");
    std::vector<std::string> out;
    for (const auto& item : value) out.push_back(item.as<std::string>());
    return out;
  }

 private:
  std::string m_file;
};

ThemeColours read_theme(const Reader& r, const YAML::Node& node) {
  ThemeColours t;
  t.background = r.text(node, "background");
  t.text = r.text(node, "text");
  t.muted = r.text(node, "muted");
  t.grid = r.text(node, "grid");
  t.axis = r.text(node, "axis");
  t.lane_band = r.text(node, "lane_band");
  t.break_fill = r.text(node, "break_fill");
  t.event_types = r.text_map(node, "event_types");
  t.node_kinds = r.text_map(node, "node_kinds");
  t.edge_kinds = r.text_map(node, "edge_kinds");
  for (const auto* map : {&t.event_types, &t.node_kinds, &t.edge_kinds})
    if (!map->count("other")) r.fail(node, "every colour table of a theme needs an 'other' entry");
  const YAML::Node changes = r.child(node, "changes");
  for (ChangeKind status : {ChangeKind::Unchanged, ChangeKind::Added, ChangeKind::Removed, ChangeKind::Changed}) {
    const YAML::Node look = r.child(changes, to_string(status));
    t.changes[status] = StatusColours{r.text(look, "line"), r.text(look, "fill"), r.text(look, "text")};
  }
  return t;
}

ModalityLook read_modality(const Reader& r, const YAML::Node& node) {
  ModalityLook look;
  look.fill = r.choice(node, "fill", {"solid", "hollow"}) == "solid" ? MarkFill::solid : MarkFill::hollow;
  const std::string outline = r.choice(node, "outline", {"solid", "dashed", "dotted"});
  look.outline = outline == "solid" ? MarkOutline::solid : outline == "dashed" ? MarkOutline::dashed : MarkOutline::dotted;
  const std::string label = r.choice(node, "label", {"plain", "italic", "struck"});
  look.label = label == "plain" ? LabelLook::plain : label == "italic" ? LabelLook::italic : LabelLook::struck;
  return look;
}

RenderStyle read_style(const YAML::Node& root, const std::string& file) {
  const Reader r(file);
  RenderStyle s;
  const YAML::Node font = r.child(root, "font");
  s.font_family = r.text(font, "family");
  s.font_size = r.number(font, "size");
  s.small_font_size = r.number(font, "small_size");
  s.graph_font_family = r.text(font, "graph_family");
  s.graph_font_size = r.number(font, "graph_size");

  const YAML::Node widths = r.child(root, "text_width");
  for (const char* key : {"space", "digit", "narrow", "lower", "upper", "wide", "other", "cjk", "emoji"})
    s.char_widths[key] = r.number(widths, key);
  s.narrow_chars = r.text(widths, "narrow_chars");
  s.wide_chars = r.text(widths, "wide_chars");

  const YAML::Node tl = r.child(root, "timeline");
  TimelineMetrics& m = s.timeline;
  m.margin = r.number(tl, "margin");
  m.row_height = r.number(tl, "row_height");
  m.lane_padding = r.number(tl, "lane_padding");
  m.label_gap = r.number(tl, "label_gap");
  m.label_max_width = r.number(tl, "label_max_width");
  m.lane_label_max_width = r.number(tl, "lane_label_max_width");
  m.max_lanes = static_cast<int>(r.number(tl, "max_lanes"));
  m.point_radius = r.number(tl, "point_radius");
  m.bar_height = r.number(tl, "bar_height");
  m.arrow_length = r.number(tl, "arrow_length");
  m.break_width = r.number(tl, "break_width");
  m.break_gap_ratio = r.number(tl, "break_gap_ratio");
  m.break_min_days = static_cast<int>(r.number(tl, "break_min_days"));
  m.min_tick_spacing = r.number(tl, "min_tick_spacing");
  m.axis_height = r.number(tl, "axis_height");
  m.legend_row_height = r.number(tl, "legend_row_height");
  m.label_max_lines = r.integer(tl, "label_max_lines", 1, 4);
  m.label_line_height = r.number(tl, "label_line_height");
  m.max_rows = r.integer(tl, "max_rows", 1, 1000000);
  m.density_strip = r.choice(tl, "density_strip", {"auto", "always", "never"});
  m.density_height = r.number(tl, "density_height");

  s.event_types = r.text_list(root, "event_types");
  const YAML::Node graph = r.child(root, "graph");
  s.node_shapes = r.text_map(graph, "node_shapes");
  s.edge_styles = r.text_map(graph, "edge_styles");

  const YAML::Node themes = r.child(root, "themes");
  for (const char* name : {"light", "dark", "print"}) s.themes[name] = read_theme(r, r.child(themes, name));
  s.prepare_text_widths();

  const YAML::Node modality = r.child(root, "modality");
  for (const char* name : kModalities) s.modality[name] = read_modality(r, r.child(modality, name));
  const YAML::Node confidence = r.child(root, "confidence");
  s.low_confidence = r.number(confidence, "low_below");
  s.low_confidence_opacity = r.number(confidence, "low_opacity");
  return s;
}

}  // namespace

const std::string& RenderStyle::modality_name(const std::string& name) {
  static const std::vector<std::string> known(std::begin(kModalities), std::end(kModalities));
  auto it = std::find(known.begin(), known.end(), name);
  return it != known.end() ? *it : known.front();
}

namespace {

const std::string& lookup(const std::map<std::string, std::string>& map, const std::string& key) {
  auto it = map.find(key);
  return it != map.end() ? it->second : map.at("other");
}

}  // namespace

const std::string& ThemeColours::event_type(const std::string& type) const { return lookup(event_types, type); }
const std::string& ThemeColours::node_kind(const std::string& kind) const { return lookup(node_kinds, kind); }
const std::string& ThemeColours::edge_kind(const std::string& kind) const { return lookup(edge_kinds, kind); }

const ThemeColours& RenderStyle::theme(const std::string& name) const {
  auto it = themes.find(name);
  if (it == themes.end()) throw ConfigError({k_default_style}, "no theme '" + name + "' (light, dark, print)");
  return it->second;
}

namespace {

CharWidthTable width_table_of(const RenderStyle& style) {
  CharWidthTable table;
  const auto& w = style.char_widths;
  for (int c = 0; c < 128; ++c) {
    const char ch = static_cast<char>(c);
    const char* cls = "lower";
    if (ch == ' ') cls = "space";
    else if (style.narrow_chars.find(ch) != std::string::npos) cls = "narrow";
    else if (style.wide_chars.find(ch) != std::string::npos) cls = "wide";
    else if (ch >= '0' && ch <= '9') cls = "digit";
    else if (ch >= 'A' && ch <= 'Z') cls = "upper";
    table.ascii[c] = w.at(cls);
  }
  table.other = w.at("other");
  table.cjk = w.at("cjk");
  table.emoji = w.at("emoji");
  table.ready = true;
  return table;
}

// Em width of one non-ASCII code point.
double wide_char_em(char32_t cp, const CharWidthTable& table) {
  if ((cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x0591 && cp <= 0x05C7) || (cp >= 0x064B && cp <= 0x065F) ||
      (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) ||
      (cp >= 0xFE00 && cp <= 0xFE0F))
    return 0;  // combining marks and invisible formatting characters take no room
  if ((cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7AF) ||
      (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFF00 && cp <= 0xFF60))
    return table.cjk;
  if ((cp >= 0x2600 && cp <= 0x27BF) || cp >= 0x1F000) return table.emoji;
  return table.other;
}

}  // namespace

void RenderStyle::prepare_text_widths() { width_table = width_table_of(*this); }

double RenderStyle::text_width(std::string_view utf8, double font_px) const {
  // Labels are measured many times over (every side and wrapping tried): no allocation here.
  const CharWidthTable table = width_table.ready ? CharWidthTable() : width_table_of(*this);
  const CharWidthTable& t = width_table.ready ? width_table : table;
  double em = 0;
  for (std::size_t i = 0; i < utf8.size();) {
    const auto byte = static_cast<unsigned char>(utf8[i]);
    if (byte < 0x80) {
      em += t.ascii[byte];
      ++i;
      continue;
    }
    const CodePoint point = code_point_at(utf8, i);
    em += wide_char_em(point.code, t);
    i += point.length;
  }
  return em * font_px;
}

RenderStyle load_style(const DataStore& data, const Env& env, const std::optional<std::filesystem::path>& user_file) {
  YAML::Node root = data.load_yaml(k_default_style);
  std::string file = data.display_name(k_default_style);
  if (user_file) {
    std::string text;
    try {
      text = env.read_file(*user_file);
    } catch (const InputError& e) {
      throw ConfigError(e.location(), "cannot read the style file: " + e.message());
    }
    const YAML::Node user = parse_yaml(text, user_file->string());
    if (!user.IsNull()) {
      validate_against_schema(user, user_file->string(), k_schema, data, true);
      root = merge(root, user);
      file = user_file->string();
    }
  }
  return read_style(root, file);
}


}  // namespace evgraph
