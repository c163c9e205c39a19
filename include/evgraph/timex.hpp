// Temporal expressions: recognition with the rule packs data/lang/<lang>/time.yaml and normalisation to
// TIMEX3 values against a reference (publication) date.
#pragma once

#include <evgraph/calendar.hpp>
#include <evgraph/data_store.hpp>
#include <evgraph/language.hpp>
#include <evgraph/text.hpp>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace evgraph {

// TimexType::Date names the TIMEX3 type; it shadows evgraph::Date only inside the enum's scope.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wshadow"
enum class TimexType { Date, Time, Duration, Set };
#pragma GCC diagnostic pop
const char* to_string(TimexType type);  // "DATE", "TIME", "DURATION", "SET"

struct Timex {
  std::size_t begin = 0;  // UTF-8 byte offsets into the original text
  std::size_t end = 0;
  std::string text;       // the original bytes [begin, end)
  TimexType type = TimexType::Date;
  std::string value;      // TIMEX3: 2025-03-15, 2025-11, 2025-W48, 2025-SP, P3D, PAST_REF...
  std::string mod;        // START|MID|END|APPROX|BEFORE|AFTER|... or empty
  // Calendar days covered, inclusive, after the mod; unset when the value has no calendar extent.
  std::optional<Date> first;
  std::optional<Date> last;
  std::string granularity;      // day|week|month|season|quarter|half|year|decade|time|unknown
  bool from_dateline = false;   // the "date YYYY-MM-DD" line that opens a document: metadata
  std::string rule;             // name of the rule that matched
  // What decided the value: "written" (the text gives it whole), "publication" (counted from the
  // publication day), "verb" (the governing verb's tense against the publication day),
  // "narrative" (the last day the text dated), "day" (the day written beside a time), "none"
  // (durations, sets, vague references).
  std::string anchor;
  std::string explanation;      // how the value was resolved (tense, anchor), for --explain
};

class VerbForms;

// Appends the JSON Lines form of `timex` (schemas/timex.schema.json: doc, begin, end, text, type,
// value, optional mod and range; with `explain`, also rule, anchor and explanation) and a newline.
void append_timex_json(std::string& out, std::string_view doc, const Timex& timex, bool explain);

class TimexTagger {
 public:
  // Loads and validates data/lang/<lang>/time.yaml, with the month and weekday names of
  // `calendar` (the pack's language.yaml) and the verb morphology `verbs` (the pack's
  // verb-forms.tsv, which must outlive the tagger; null or empty: tense from the pack's lexical
  // cues only). Throws ConfigError (file:line:column).
  TimexTagger(const DataStore& data, const std::string& lang, const CalendarNames& calendar, const VerbForms* verbs);
  // The same with the calendar names and the verb table read from the pack.
  TimexTagger(const DataStore& data, const std::string& lang);
  ~TimexTagger();
  TimexTagger(TimexTagger&&) noexcept;
  TimexTagger& operator=(TimexTagger&&) noexcept;

  const std::string& lang() const;

  // Temporal expressions of `original`, sorted by begin, not overlapping. `folded` must be
  // fold_text(original). Underspecified dates resolve against `reference`. Thread-safe.
  std::vector<Timex> tag(const FoldedText& folded, std::string_view original, Date reference) const;
  std::vector<Timex> tag(std::string_view original, Date reference) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

}  // namespace evgraph
