// The interactive timeline page (`evgraph render html`): one self-contained HTML file, the page
// template, script and styles of data/html/ with the graph and the words of one language inlined
// as a JSON blob. Nothing is loaded from the network.
#pragma once

#include <evgraph/links.hpp>
#include <evgraph/model.hpp>
#include <evgraph/resources.hpp>

#include <map>
#include <string>

namespace evgraph {

struct HtmlOptions {
  std::string lang = "fr";   // the words of the page (data/lang/<lang>/html.yaml and language.yaml)
  std::string title;         // the page title; empty: the pack's title_corpus with the corpus name
  std::string theme;         // light or dark to open in; empty: the reader's colour scheme
  const DocumentLinks* links = nullptr;  // where sources link; null: web urls only
};

// The page. Throws ConfigError when a data file is missing or the template lacks a placeholder.
std::string render_timeline_html(const GraphModel& model, const Resources& resources, const HtmlOptions& options = {});

// The words of the page in `lang`: data/lang/<lang>/html.yaml (checked against
// schemas/html-words.schema.json), with the calendar names and date phrases of the language
// pack (language.yaml) under the keys the page uses (month_1, date_day, ...).
std::map<std::string, std::string> html_words(const Resources& resources, const std::string& lang);

}  // namespace evgraph
