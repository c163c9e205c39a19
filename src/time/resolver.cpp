// Resolution policy for underspecified temporal expressions (the user's view: docs/dates.md; the
// pack's: data/lang/time-rules.md).
//
// News text states dates relative to the day it was published (the reference date). A bare day
// and month ("le 15 mars"), a month, a season or a quarter lack a year; a weekday lacks a week.
// Duckling always picks the future and chrono the nearest occurrence; neither is right for a wire
// story, which reports what happened ("se sont tenues le 15 mars") as often as what is planned
// ("le sommet prévu fin juin"). So:
//
//  1. The governing verb's tense decides (tense.cpp: the verb group read with the pack's verb
//     table). Past: the latest candidate starting on or before the reference (a weekday: up to and
//     including the reference day, as wire copy names the day it is filed). Future: the earliest
//     ending on or after it. Present or no verb: the nearest (choose_year); a weekday with a
//     present is the coming one.
//  2. Explicit direction words override the tense ("lundi prochain", "juillet dernier"); "ce mois"
//     is the reference's own period. Weeks are ISO weeks.
//  3. A written weekday decides the year of its date; a dated list line without a tensed verb is
//     in the reference's year; a date completing a noun takes the nearest occurrence.
//  4. Anaphors ("la veille", "trois jours plus tard") and times without a day count from the
//     narrative day (narrative_day: the last day the text dated, on the side of the reference the
//     verb points to); a time also takes the day written beside it (timex_tagger.cpp).
//  5. Holidays, bare day numbers, ordinal parts of months and open intervals follow 1-2.
// Every choice is written to Resolved::explanation, and what decided it to Resolved::anchor.
#include "time/resolver.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <cstdio>

namespace evgraph::detail {

namespace greg = boost::gregorian;

std::string_view PatternMatch::group(std::string_view name) const {
  const int index = pattern->group_index(name);
  if (index <= 0 || index >= kMaxGroups) return {};
  const auto& piece = groups[static_cast<std::size_t>(index)];
  return piece.data() ? std::string_view(piece.data(), piece.size()) : std::string_view();
}

std::size_t PatternMatch::group_begin(std::string_view name) const {
  const auto text = group(name);
  return text.data() ? static_cast<std::size_t>(text.data() - folded.data()) : std::string_view::npos;
}

std::size_t PatternMatch::group_end(std::string_view name) const {
  const auto text = group(name);
  return text.data() ? static_cast<std::size_t>(text.data() - folded.data()) + text.size() : std::string_view::npos;
}

const std::string* PatternMatch::vocab(std::string_view name, const Vocabulary& vocabulary) const {
  const int index = pattern->group_index(name);
  const auto text = group(name);
  if (index <= 0 || text.empty()) return nullptr;
  for (const auto& vocab_name : pattern->group_vocabs[static_cast<std::size_t>(index) - 1])
    if (const std::string* value = vocabulary.find(vocab_name, text)) return value;
  return nullptr;
}

std::optional<int> to_int(std::string_view text) {
  if (text.empty()) return std::nullopt;
  bool negative = text[0] == '-';
  if (negative || text[0] == '+') text.remove_prefix(1);
  if (text.empty() || text.size() > 9) return std::nullopt;
  int value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return negative ? -value : value;
}

std::optional<int> PatternMatch::number(std::string_view name, const Vocabulary& vocabulary) const {
  const auto text = group(name);
  if (text.empty()) return std::nullopt;
  if (text[0] >= '0' && text[0] <= '9') {
    std::size_t digits = 0;
    while (digits < text.size() && digits < 9 && text[digits] >= '0' && text[digits] <= '9') ++digits;
    return to_int(text.substr(0, digits));
  }
  if (const std::string* value = vocab(name, vocabulary)) return to_int(*value);
  return std::nullopt;
}

TenseCueHit tense_of(const PatternMatch& match, const ResolveContext& context) {
  return context.tense.find(match.folded, match.begin, match.end, context.origin, context.original);
}

std::string describe(const TenseCueHit& hit) {
  if (hit.cue.empty()) return "no governing verb in the clause";
  if (!hit.verb && hit.tense == Tense::None) return hit.cue + ", no verb governs it";
  const std::string what = hit.verb ? "governing verb '" : "cue '";
  if (hit.tense == Tense::None) return what + hit.cue + "' (no clear tense)";
  return what + hit.cue + "' (" + to_string(hit.tense) + ")";
}

const char* tense_anchor(const TenseCueHit& hit) {
  return hit.tense == Tense::None ? anchor::kPublication : anchor::kVerb;
}

std::optional<Date> narrative_day(const PatternMatch& match, const ResolveContext& context, std::string* why,
                                  bool story_line) {
  const TenseCueHit hit = tense_of(match, context);
  const NarrativeLine& narrative = story_line && !hit.pluperfect && context.narrative.main.last
                                       ? static_cast<const NarrativeLine&>(context.narrative.main)
                                       : context.narrative;
  if (!narrative.last) return std::nullopt;
  std::optional<Date> day = hit.tense == Tense::Past     ? narrative.last_past
                            : hit.tense == Tense::Future ? narrative.last_future
                                                         : narrative.last;
  if (!day) return std::nullopt;  // the story dated no day on that side: the publication day
  *why = "the narrative day " + to_iso(*day) +
         (*day == *narrative.last ? " ('" + narrative.last_text + "')" : " on the side of " + describe(hit));
  return day;
}

// The direction a word gives ("last July", "juillet dernier") or the pattern fixes ("the
// following February").
std::optional<std::string> direction_of_month(const PatternMatch& match, const ResolveContext& context) {
  if (const std::string* word = match.vocab("direction", context.vocabulary)) return *word;
  std::string fixed = match.pattern->param("direction");
  if (fixed.empty()) return std::nullopt;
  return fixed;
}

CountedFrom counted_from_last_date(const PatternMatch& match, const ResolveContext& context) {
  if (match.pattern->param("anchor") == "narrative" && context.narrative.last_date_end)
    return {*context.narrative.last_date_end, anchor::kNarrative,
            "after the last date told ('" + context.narrative.last_date_text + "')"};
  return {context.reference, anchor::kPublication, "from the publication day"};
}

CountedFrom counted_from(const PatternMatch& match, const ResolveContext& context, bool narrative) {
  std::string narrative_why;
  if (narrative)
    if (const auto day = narrative_day(match, context, &narrative_why))
      return {*day, anchor::kNarrative, "from " + narrative_why};
  return {context.reference, anchor::kPublication, "from the publication day"};
}

CountedFrom counted_from_in_unit(const PatternMatch& match, const ResolveContext& context, const std::string& unit) {
  const bool narrative = match.pattern->param("anchor") == "narrative";
  const bool coarse_unit = unit == "Y" || unit == "M" || unit == "Q" || unit == "HY" || unit == "DE";
  if (narrative && coarse_unit && context.narrative.last_date_coarse) return counted_from_last_date(match, context);
  return counted_from(match, context, narrative);
}

std::optional<int> choose_year(Date reference, Tense tense,
                               const std::function<std::optional<DateInterval>(int)>& interval, int span) {
  const int year = reference.year();
  std::optional<int> best;
  long best_distance = 0;
  for (int candidate = year - span; candidate <= year + span; ++candidate) {
    const auto days = interval(candidate);
    if (!days) continue;
    if (tense == Tense::Past) {
      if (days->first <= reference) best = candidate;  // ascending: keeps the latest
    } else if (tense == Tense::Future) {
      if (days->last >= reference && !best) best = candidate;
    } else {  // none, or a present: scheduled ("se tient le 3 mars") or historical ("démissionne le 11 février")
      long distance = 0;
      if (reference < days->first) distance = (days->first - reference).days();
      else if (reference > days->last) distance = (reference - days->last).days();
      if (!best || distance < best_distance || (distance == best_distance && distance > 0)) {
        best = candidate;
        best_distance = distance;
      }
    }
  }
  return best;
}

std::string month_value(int year, int month) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month);
  return buffer;
}

std::string year_value(int year) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d", year);
  return buffer;
}

int iso_weekday(Date date) { return (date.day_of_week().as_number() + 6) % 7 + 1; }

std::optional<std::string> period_value(Date day, const std::string& unit) {
  const int year = day.year();
  const int month = day.month();
  if (unit == "D") return to_iso(day);
  if (unit == "W") return iso_week_value(day);
  if (unit == "M") return month_value(year, month);
  if (unit == "Y") return year_value(year);
  if (unit == "Q") return year_value(year) + "-Q" + std::to_string((month - 1) / 3 + 1);
  if (unit == "HY") return year_value(year) + "-H" + std::to_string((month - 1) / 6 + 1);
  if (unit == "DE") return year_value(year).substr(0, 3) + "X";
  if (unit == "CE") return year_value(year).substr(0, 2) + "XX";
  return std::nullopt;
}

Date shift(Date day, const std::string& unit, int count) {
  if (unit == "D") return day + greg::days(count);
  if (unit == "W") return day + greg::weeks(count);
  if (unit == "M") return day + greg::months(count);
  if (unit == "Q") return day + greg::months(3 * count);
  if (unit == "HY") return day + greg::months(6 * count);
  if (unit == "Y") return day + greg::years(count);
  if (unit == "DE") return day + greg::years(10 * count);
  if (unit == "CE") return day + greg::years(100 * count);
  return day;
}

bool resolve(const PatternMatch& match, const ResolveContext& context, std::vector<Resolved>* out) {
  try {
    return resolve_dates(match, context, out) || resolve_periods(match, context, out) ||
           resolve_other(match, context, out);
  } catch (const std::out_of_range&) {  // Boost rejects impossible dates (31 April): no timex
    return false;
  }
}

Resolved resolved_span(const PatternMatch& match, std::string value, std::string explanation,
                       std::optional<TimexType> type) {
  Resolved out;
  out.begin = match.begin;
  out.end = match.end;
  out.value = std::move(value);
  out.explanation = std::move(explanation);
  // "2025-03-15T20:30", "2024-12-03TEV": a day with a time; not the T of "PAST_REF".
  const bool time_of_day = out.value.size() > 10 && out.value[10] == 'T';
  out.type = type ? *type : time_of_day ? TimexType::Time : TimexType::Date;
  return out;
}

}  // namespace evgraph::detail
