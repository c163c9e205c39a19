// Shared helpers of the temporal tests: one tagger per language, built once, and short lookups.
#pragma once

#include <evgraph/data_store.hpp>
#include <evgraph/timex.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace evgraph::test {

inline const TimexTagger& tagger(const std::string& lang) {
  static const DataStore data;
  static const TimexTagger fr(data, "fr");
  static const TimexTagger en(data, "en");
  return lang == "en" ? en : fr;
}

inline std::vector<Timex> tag(const std::string& lang, std::string_view text, const std::string& reference) {
  return tagger(lang).tag(text, *parse_iso_date(reference));
}

// The timex whose text is exactly `expression` (or contains it), else an empty Timex.
inline Timex find_timex(const std::vector<Timex>& timexes, std::string_view expression) {
  for (const auto& t : timexes)
    if (t.text == expression) return t;
  for (const auto& t : timexes)
    if (t.text.find(expression) != std::string::npos) return t;
  return Timex{};
}

// Value of the timex covering `expression` when `text` is tagged alone ("" when none).
inline std::string value_of(const std::string& lang, std::string_view text, const std::string& reference,
                            std::string_view expression = {}) {
  const auto found = tag(lang, text, reference);
  if (found.empty()) return "";
  return expression.empty() ? found.front().value : find_timex(found, expression).value;
}

}  // namespace evgraph::test
