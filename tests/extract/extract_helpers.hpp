// What the extraction tests share: one document read by the extractor, and lookups in its events.
#pragma once

#include <evgraph/calendar.hpp>
#include <evgraph/extract.hpp>

#include "test_support.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace evgraph::test {

// The events of one document `text` in `lang` published on `published` (YYYY-MM-DD), read with
// the built-in lexicon.
inline std::vector<Event> read(const std::string& lang, const std::string& text, const std::string& published) {
  static const Lexicon french(resources().data(), {}, "fr");
  static const Lexicon english(resources().data(), {}, "en");
  const Lexicon& lexicon = lang == "fr" ? french : english;
  LoadedDocument document;
  document.info.id = "doc";
  document.info.lang = lang;
  document.info.published = *parse_iso_date(published);
  document.text = text;
  return EventExtractor(lexicon).analyse(document, resources().language(lang)).events;
}

inline const Event* of_type(const std::vector<Event>& events, const std::string& type) {
  for (const Event& event : events)
    if (event.type == type) return &event;
  return nullptr;
}

// The date value of the first event of `type` read from one document, or "no <type>" when there
// is none (so that a CHECK on it prints what was missing).
inline std::string date_of(const std::string& type, const std::string& lang, const std::string& text,
                           const std::string& published) {
  const auto events = read(lang, text, published);
  const Event* event = of_type(events, type);
  if (!event) return "no " + type;
  return event->date.value.value_or("undated");
}

inline bool has(const std::vector<std::string>& ids, const std::string& id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

}  // namespace evgraph::test
