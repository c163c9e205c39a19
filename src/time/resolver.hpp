// Resolvers: from the named groups of a matched pattern to TIMEX3 values. The policy for
// underspecified expressions is described at the top of resolver.cpp.
#pragma once

#include "time/pattern_compiler.hpp"
#include "time/tense.hpp"

#include <evgraph/calendar.hpp>
#include <evgraph/timex.hpp>

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace evgraph::detail {

constexpr int kMaxGroups = 24;

// One match of one pattern on the folded text.
struct PatternMatch {
  const CompiledPattern* pattern = nullptr;
  std::string_view folded;  // the whole folded document
  std::size_t begin = 0;    // folded offsets of the match
  std::size_t end = 0;
  std::array<re2::StringPiece, kMaxGroups> groups{};  // [0] is the whole match

  std::string_view group(std::string_view name) const;
  bool has(std::string_view name) const { return !group(name).empty(); }
  std::size_t group_begin(std::string_view name) const;  // folded offset; npos when absent
  std::size_t group_end(std::string_view name) const;
  // The vocabulary value of a group; nullptr when the group is absent or not from a vocabulary.
  const std::string* vocab(std::string_view name, const Vocabulary& vocabulary) const;
  // Digits ("15", "1er") or a number word of the group's vocabularies.
  std::optional<int> number(std::string_view name, const Vocabulary& vocabulary) const;
};

// Days a document has mentioned so far, for anaphors ("la veille", "three days later") and for
// times of day without a day ("vers 16 h"). Reset at a dateline.
struct NarrativeLine {
  std::optional<Date> last;         // the last day-precise date mentioned
  std::optional<Date> last_past;    // the last one on or before the reference
  std::optional<Date> last_future;  // the last one on or after the reference
  std::string last_text;            // the folded words of `last`, for explanations

  void add(Date day, Date reference, std::string_view text) {
    last = day;
    last_text.assign(text.data(), text.size());
    if (day <= reference) last_past = day;
    if (day >= reference) last_future = day;
  }
};

// Every dated day, and apart the story's own line: a date in a pluperfect clause before its last
// day ("Au premier tour, le 29 mars, il était arrivé en tête") steps back from it, and a time of
// day told later in another tense ("ont célébré toute la nuit", "a reconnu sa défaite dès 21H00") is on the line.
struct NarrativeDays : NarrativeLine {
  NarrativeLine main;
  // The year of the last date mentioned, whatever its precision ("en octobre 2024"): what "en
  // novembre de la même année" means.
  std::optional<int> last_year;
  std::string last_year_text;
  // The last day of the last date mentioned, whatever its precision ("in August 2023": Aug. 31):
  // where "the following summer" counts from.
  std::optional<Date> last_date_end;
  std::string last_date_text;
  bool last_date_coarse = false;  // it named no day ("in 2023", "in March 2022")

  // `reported`: the day of a report on what the sentence already dated ("…, a annoncé dimanche
  // la préfecture"), never on the story's line.
  void add(Date day, Date reference, std::string_view text, bool pluperfect = false, bool reported = false) {
    NarrativeLine::add(day, reference, text);
    if (reported) return;
    // "Ils avaient bloqué mardi matin la préfecture. Le préfet a reçu une délégation dans
    // l'après-midi": a pluperfect date after the story's last day is no step back.
    if (!pluperfect || (main.last && day > *main.last)) main.add(day, reference, text);
  }
};

struct ResolveContext {
  Date reference;
  const Vocabulary& vocabulary;
  const TenseFinder& tense;
  const NarrativeDays& narrative;
  std::optional<Date> clause_day;  // the last day-precise date before the match, within its clause
  // The day-precise date the match is coordinated with ("mardi soir et mercredi"): a weekday
  // then follows it, whatever the tense says.
  std::optional<Date> coordinated_day;
  const std::uint32_t* origin = nullptr;  // FoldedText::origin, for tense cues that check spelling
  std::string_view original;
};

// What decided a value (Timex::anchor).
namespace anchor {
constexpr const char* kWritten = "written";          // the text gives it whole
constexpr const char* kPublication = "publication";  // counted from the publication day
constexpr const char* kVerb = "verb";                // the governing verb's tense against the publication day
constexpr const char* kNarrative = "narrative";      // the narrative day (the last day the text dated)
constexpr const char* kDay = "day";                  // the day written beside a time ("lundi vers 22 h")
constexpr const char* kNone = "none";                // durations, sets, vague references
}  // namespace anchor

// One timex a match yields (a list such as "les 6 et 7 novembre" yields two).
struct Resolved {
  std::size_t begin = 0;  // folded offsets
  std::size_t end = 0;
  TimexType type = TimexType::Date;
  std::string value;
  std::string mod;
  std::string explanation;
  std::string anchor = anchor::kWritten;
  std::optional<Date> first;  // set by ranges; otherwise derived from the value
  std::optional<Date> last;
  bool bare_time = false;   // a time of day whose day the match does not write ("vers 16 h")
  bool range_part = false;  // one end of a range ("du 3 au 7 mai"): no open-interval words
};

// The timex spanning all of `match`. Without `type`, a day with a time of day
// ("2025-03-15T20:30", "2024-12-03TEV") is a TIME and any other value a DATE.
Resolved resolved_span(const PatternMatch& match, std::string value, std::string explanation,
                       std::optional<TimexType> type = std::nullopt);

// Appends the timexes of `match`; false rejects the match (invalid day, missing parts).
bool resolve(const PatternMatch& match, const ResolveContext& context, std::vector<Resolved>* out);

// ---- shared by the resolver files ----------------------------------------------------------

// Tense of the clause of the match, and a phrase for the explanation.
TenseCueHit tense_of(const PatternMatch& match, const ResolveContext& context);
std::string describe(const TenseCueHit& hit);

// Picks the year of an underspecified date among the reference's year +/- `span`: `interval(year)`
// gives the candidate's days (nullopt when that year has none, e.g. 29 February). Returns
// nullopt when no candidate exists.
std::optional<int> choose_year(Date reference, Tense tense,
                               const std::function<std::optional<DateInterval>(int)>& interval, int span = 1);
// "publication" without a governing verb, "verb" with one.
const char* tense_anchor(const TenseCueHit& hit);
// The narrative day an anaphor or a time without a day counts from: the last day the text dated,
// taken on the side of the publication day the governing verb points to (a past "avait appelé"
// after a planned date still counts from the story's last past day). nullopt when the text has
// dated no day on that side; `why` says which.
// With `story_line`, outside a pluperfect clause, the last day of the story's own line.
std::optional<Date> narrative_day(const PatternMatch& match, const ResolveContext& context, std::string* why,
                                  bool story_line = false);

// The day a relative expression counts from: with `narrative`, the narrative day when the text
// has dated one (anchor kNarrative, `why` "from the narrative day ..."); else the publication day
// (anchor kPublication, `why` "from the publication day").
struct CountedFrom {
  Date day;
  const char* anchor;
  std::string why;
};
CountedFrom counted_from(const PatternMatch& match, const ResolveContext& context, bool narrative);
// Where "the following February", "l'été suivant" count from: with a narrative anchor, the end of
// the last date the text mentioned, of any precision; else (or with none) the publication day.
CountedFrom counted_from_last_date(const PatternMatch& match, const ResolveContext& context);
// Where a relative expression in `unit` counts from: a year or a month after a date that named no
// day ("in 2023 … a year later") from that date's end, else as counted_from.
CountedFrom counted_from_in_unit(const PatternMatch& match, const ResolveContext& context, const std::string& unit);
// The direction a word gives ("last July", "juillet dernier") or the pattern fixes ("the
// following February", "the following summer"): "-1", "0", "1", or none.
std::optional<std::string> direction_of_month(const PatternMatch& match, const ResolveContext& context);

std::string month_value(int year, int month);
std::string year_value(int year);
int iso_weekday(Date date);  // Monday 1 .. Sunday 7
// The value of the period of `unit` ("D", "W", "M", "Q", "HY", "Y", "DE") holding `day`.
std::optional<std::string> period_value(Date day, const std::string& unit);
Date shift(Date day, const std::string& unit, int count);
std::optional<int> to_int(std::string_view text);

bool resolve_dates(const PatternMatch& match, const ResolveContext& context, std::vector<Resolved>* out);
bool resolve_periods(const PatternMatch& match, const ResolveContext& context, std::vector<Resolved>* out);
bool resolve_other(const PatternMatch& match, const ResolveContext& context, std::vector<Resolved>* out);

}  // namespace evgraph::detail
