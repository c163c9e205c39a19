// render_timeline_html: the page template of data/html/ with its styles, its script and a JSON
// blob inlined. The blob's shape is what data/html/timeline.js reads:
//   {"graph": graph.json without "edges" (the page draws none; a third smaller),
//    "ui": {"lang", "title", "theme", "words", "type_labels", "modality_labels"},
//    "style": {"type_colors", "default_color", "themes": {"light": {...}, "dark": {...}},
//              "modality": {modality: {"fill", "outline", "label"}, "low_confidence": {"below", "opacity"}}},
//    "links": {doc id: href or null}}
#include <evgraph/error.hpp>
#include <evgraph/html.hpp>
#include <evgraph/render_style.hpp>
#include <evgraph/schema.hpp>

#include "graph/graph_records.hpp"
#include "render/text_util.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <set>

namespace evgraph {
namespace {

using Json = nlohmann::ordered_json;

// Keys of the page's words that the language pack already holds (language.yaml's date_phrases),
// so that a date reads the same in the page as in the SVG timeline.
constexpr std::pair<const char*, const char*> kPackPhrases[] = {
    {"first_day", "first_day"},       {"date_day", "day"},          {"date_day_range_month", "day_range_same_month"},
    {"date_range", "day_range"},      {"date_week", "week"},        {"date_month", "month"},
    {"date_season", "season"},        {"date_quarter", "quarter"},  {"date_half", "half"},
    {"date_year", "year"},            {"date_decade", "decade"},    {"date_before", "before"},
    {"date_after", "after"},          {"date_between", "between"},  {"date_unknown", "unknown"},
    {"mod_START", "mod_START"},       {"mod_MID", "mod_MID"},       {"mod_END", "mod_END"},
    {"mod_APPROX", "mod_APPROX"},     {"mod_BEFORE", "mod_BEFORE"}, {"mod_AFTER", "mod_AFTER"},
};

// The page escapes as markup does, without the drawings' cleaning of control characters.
std::string html_escape(std::string_view text) { return detail::markup_escape(text); }

// JSON inside <script>: a "<" could end the element ("</script>") or open a comment ("<!--"), and
// U+2028/U+2029 end a line in older JavaScript parsers. All three only occur inside strings, where
// their \u escapes mean the same.
std::string script_safe(const std::string& json) {
  std::string out;
  out.reserve(json.size() + json.size() / 64);
  for (std::size_t i = 0; i < json.size(); ++i) {
    const char c = json[i];
    if (c == '<') {
      out += "\\u003c";
    } else if (c == '\xE2' && i + 2 < json.size() && json[i + 1] == '\x80' && (json[i + 2] == '\xA8' || json[i + 2] == '\xA9')) {
      out += json[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

bool contains_nocase(std::string_view text, std::string_view needle) {
  auto it = std::search(text.begin(), text.end(), needle.begin(), needle.end(), [](char a, char b) {
    return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
  });
  return it != text.end();
}

// Type -> label in the style's legend order (the page's lane order), then the pack's other types.
Json type_labels(const RenderStyle& style, const LocaleStrings& locale) {
  Json labels = Json::object();
  std::set<std::string> done;
  for (const std::string& type : style.event_types)
    if (auto it = locale.types.find(type); it != locale.types.end() && done.insert(type).second) labels[type] = it->second;
  for (const auto& [type, label] : locale.types)
    if (done.insert(type).second) labels[type] = label;
  return labels;
}

Json theme_json(const ThemeColours& theme) {
  Json out;
  out["background"] = theme.background;
  out["text"] = theme.text;
  out["muted"] = theme.muted;
  out["grid"] = theme.grid;
  out["axis"] = theme.axis;
  out["lane_band"] = theme.lane_band;
  out["type_colors"] = Json(theme.event_types);
  return out;
}

// The style's modality and confidence marks, so that the page draws them as the SVG timeline
// does; the words are the style file's (fill solid|hollow, outline solid|dashed|dotted, label
// plain|italic|struck).
Json modality_json(const RenderStyle& style) {
  Json out;
  for (const char* modality : kModalities) {
    const ModalityLook& look = style.modality_look(modality);
    const char* outline = look.outline == MarkOutline::solid    ? "solid"
                          : look.outline == MarkOutline::dashed ? "dashed"
                                                                : "dotted";
    const char* label = look.label == LabelLook::plain ? "plain" : look.label == LabelLook::italic ? "italic" : "struck";
    out[modality] = Json{{"fill", look.fill == MarkFill::solid ? "solid" : "hollow"}, {"outline", outline}, {"label", label}};
  }
  out["low_confidence"] = Json{{"below", style.low_confidence}, {"opacity", style.low_confidence_opacity}};
  return out;
}

Json style_json(const RenderStyle& style) {
  Json out;
  const ThemeColours& light = style.theme("light");
  out["type_colors"] = Json(light.event_types);
  out["default_color"] = light.event_type("other");
  out["themes"] = Json{{"light", theme_json(light)}, {"dark", theme_json(style.theme("dark"))}};
  out["modality"] = modality_json(style);
  return out;
}

Json links_json(const GraphModel& model, const DocumentLinks* links) {
  Json out = Json::object();
  for (const DocumentInfo& doc : model.corpus.documents) {
    const std::string href = document_href(doc, links);
    out[doc.id] = href.empty() ? Json(nullptr) : Json(href);
  }
  return out;
}

// The template with each placeholder replaced once, in one pass: text put in for one placeholder
// is never searched for another.
std::string fill_template(const std::string& page, const std::string& file,
                          const std::vector<std::pair<std::string, std::string>>& values) {
  std::vector<std::pair<std::size_t, std::size_t>> at;  // position, index in values
  for (std::size_t k = 0; k < values.size(); ++k) {
    const std::string& key = values[k].first;
    const std::size_t first = page.find(key);
    if (first == std::string::npos || page.find(key, first + 1) != std::string::npos)
      throw ConfigError({file}, "the page template must hold " + key + " exactly once");
    at.emplace_back(first, k);
  }
  std::sort(at.begin(), at.end());
  std::string out;
  std::size_t size = page.size();
  for (const auto& value : values) size += value.second.size();
  out.reserve(size);
  std::size_t from = 0;
  for (const auto& [position, k] : at) {
    out.append(page, from, position - from);
    out += values[k].second;
    from = position + values[k].first.size();
  }
  out.append(page, from, std::string::npos);
  return out;
}

}  // namespace

std::map<std::string, std::string> html_words(const Resources& resources, const std::string& lang) {
  const DataStore& data = resources.data();
  const std::string relative = "data/lang/" + lang + "/html.yaml";
  const LocaleStrings& locale = resources.language(lang).locale();
  if (!data.exists(relative))
    throw ConfigError({data.display_name(relative)}, "the language pack '" + lang + "' has no words for the HTML page");
  const YAML::Node root = data.load_yaml(relative);
  validate_against_schema(root, data.display_name(relative), "html-words.schema.json", data, true);
  std::map<std::string, std::string> words;
  for (const auto& entry : root) words[entry.first.as<std::string>()] = entry.second.as<std::string>();
  for (std::size_t m = 0; m < locale.months.size(); ++m) {
    words["month_" + std::to_string(m + 1)] = locale.months[m];
    words["month_short_" + std::to_string(m + 1)] = locale.months_short[m];
  }
  for (const auto& [code, name] : locale.seasons) words["season_" + code] = name;
  for (const auto& [key, phrase] : kPackPhrases)
    if (auto it = locale.phrases.find(phrase); it != locale.phrases.end()) words[key] = it->second;
  return words;
}

std::string render_timeline_html(const GraphModel& model, const Resources& resources, const HtmlOptions& options) {
  const DataStore& data = resources.data();
  const std::map<std::string, std::string> words = html_words(resources, options.lang);
  const LocaleStrings& locale = resources.language(options.lang).locale();
  auto word = [&](const std::string& key) {
    auto it = words.find(key);
    return it == words.end() ? key : it->second;
  };
  std::string title = options.title;
  if (title.empty()) {
    title = model.corpus.name.empty() ? word("title") : word("title_corpus");
    if (const std::size_t at = title.find("{name}"); at != std::string::npos) title.replace(at, 6, model.corpus.name);
  }

  Json ui;
  ui["lang"] = options.lang;
  ui["title"] = title;
  ui["theme"] = options.theme.empty() ? Json(nullptr) : Json(options.theme);
  ui["words"] = Json(words);
  ui["type_labels"] = type_labels(resources.style(), locale);
  Json modalities = Json::object();
  for (const char* modality : kModalities) modalities[modality] = word(std::string("modality_") + modality);
  ui["modality_labels"] = std::move(modalities);

  // The graph is written by the export's own writer (a large graph would cost seconds as a JSON
  // tree) and put in front of the rest of the blob.
  Json rest;
  rest["ui"] = std::move(ui);
  rest["style"] = style_json(resources.style());
  rest["links"] = links_json(model, options.links);
  std::string blob = "{\"graph\":";
  detail::TreeWriter graph_writer(detail::TreeWriter::Syntax::JsonLine, blob);
  detail::write_graph(model, graph_writer, /*with_edges=*/false);
  blob += ',';
  blob += rest.dump(-1, ' ', false, Json::error_handler_t::replace).substr(1);
  const std::string json = script_safe(blob);

  const std::string css = data.read("data/html/timeline.css");
  const std::string js = data.read("data/html/timeline.js");
  if (contains_nocase(css, "</style"))
    throw ConfigError({data.display_name("data/html/timeline.css")}, "the styles hold \"</style\", which would end them");
  for (const char* tag : {"</script", "<script", "<!--"})
    if (contains_nocase(js, tag))
      throw ConfigError({data.display_name("data/html/timeline.js")},
                        std::string("the script holds \"") + tag + "\", which an HTML parser would act on");
  const std::string template_file = "data/html/timeline.html";
  return fill_template(data.read(template_file), data.display_name(template_file),
                       {{"EVGRAPH_LANG", html_escape(options.lang)},
                        {"EVGRAPH_TITLE", html_escape(title)},
                        {"/*EVGRAPH_CSS*/", css},
                        {"/*EVGRAPH_JS*/", js},
                        {"EVGRAPH_DATA_JSON", json}});
}

}  // namespace evgraph
