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

inline bool has(const std::vector<std::string>& ids, const std::string& id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

}  // namespace evgraph::test
