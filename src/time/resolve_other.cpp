// Resolvers for durations, times of day, parts of day, sets and the vague references
// (PRESENT_REF, PAST_REF, FUTURE_REF).
#include "time/resolver.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <cstdio>

namespace evgraph::detail {
namespace {

// TIMEX3 duration of `count` (a number or "X") units.
std::optional<std::string> duration_value(const std::string& count, const std::string& unit) {
  const auto scaled = [&](int factor) {
    auto n = to_int(count);
    return n ? std::to_string(*n * factor) : count;
  };
  if (unit == "D" || unit == "W" || unit == "M" || unit == "Y" || unit == "DE" || unit == "CE") return "P" + count + unit;
  if (unit == "Q") return "P" + scaled(3) + "M";
  if (unit == "HY") return "P" + scaled(6) + "M";
  if (unit == "TH") return "PT" + count + "H";
  if (unit == "TM") return "PT" + count + "M";
  if (unit == "TS") return "PT" + count + "S";
  return std::nullopt;
}

// The day of a time of day written without one ("vers 16 h", "dans la soirée"): the day its
// clause dated before it; else the narrative day, the last day the text dated, taken on the side
// of the publication day its verb points to (a past "ont manifesté vers 18 h" does not land on a
// summit planned for next week), on the story's line unless its clause is pluperfect itself (a
// date told in a flashback is not the day of "dès 21H00" in the next sentence); else the
// publication day. A day written right after the time ("vers 16 h mardi") replaces it later
// (timex_tagger.cpp).
Date day_of(const PatternMatch& match, const ResolveContext& context, std::string* why, const char** anchor_of) {
  if (context.clause_day) {
    *why = "day of the clause, " + to_iso(*context.clause_day);
    *anchor_of = anchor::kDay;
    return *context.clause_day;
  }
  if (auto day = narrative_day(match, context, why, /*story_line=*/true)) {
    *anchor_of = anchor::kNarrative;
    return *day;
  }
  *why = "no day in the text before it: the publication day";
  *anchor_of = anchor::kPublication;
  return context.reference;
}

// A count as written: digits, a decimal with a comma or a point ("12,7"), or a number word.
std::optional<std::string> count_of(const PatternMatch& match, const ResolveContext& context) {
  const std::string_view text = match.group("num");
  const std::size_t mark = text.find_first_of(",.");
  if (!text.empty() && text[0] >= '0' && text[0] <= '9' && mark != std::string_view::npos) {
    auto whole = to_int(text.substr(0, mark));
    auto fraction = to_int(text.substr(mark + 1));
    if (!whole || !fraction) return std::nullopt;
    return std::string(text.substr(0, mark)) + "." + std::string(text.substr(mark + 1));
  }
  auto n = match.number("num", context.vocabulary);
  if (!n || *n <= 0) return std::nullopt;
  return std::to_string(*n);
}

bool duration(const PatternMatch& match, const ResolveContext& context, std::vector<Resolved>* out) {
  // "un demi-siècle", "quinquennat": the vocabulary or the pattern gives the value.
  std::string fixed = match.pattern->param("value");
  if (const std::string* value = match.vocab("fixed", context.vocabulary)) fixed = *value;
  if (!fixed.empty()) {
    Resolved r = resolved_span(match, fixed, "duration " + fixed, TimexType::Duration);
    r.anchor = anchor::kNone;
    out->push_back(std::move(r));
    return true;
  }
  const std::string* unit = match.vocab("unit", context.vocabulary);
  if (!unit) return false;
  std::string count = "X";
  if (!match.has("vague")) {
    auto n = count_of(match, context);
    if (!n) return false;
    count = *n;
  }
  auto value = duration_value(count, *unit);
  if (!value) return false;
  Resolved r = resolved_span(match, *value, "duration of " + count + " " + *unit, TimexType::Duration);
  r.anchor = anchor::kNone;
  out->push_back(std::move(r));
  return true;
}

// "le XXe siècle", "the 20th century", "au début du XIXe siècle": TIMEX3 gives a century by its
// first two digits ("19" for the 20th), with the mod of "début", "fin".
bool century(const PatternMatch& match, const ResolveContext& context, std::vector<Resolved>* out) {
  std::string_view text = match.group("century");
  int number = 0;
  if (const std::string* value = match.vocab("century", context.vocabulary)) {
    number = to_int(*value).value_or(0);
  } else if (!text.empty() && text[0] >= '0' && text[0] <= '9') {
    number = match.number("century", context.vocabulary).value_or(0);
  } else {
    // Roman numerals, then the ordinal suffix ("xxe", "xixeme").
    int previous = 0;
    for (auto it = text.rbegin(); it != text.rend(); ++it) {
      int digit = 0;
      switch (*it) {
        case 'i': digit = 1; break;
        case 'v': digit = 5; break;
        case 'x': digit = 10; break;
        case 'l': digit = 50; break;
        case 'c': digit = 100; break;
        default: digit = -1;
      }
      if (digit < 0) {
        if (number > 0) return false;  // a letter after the numeral
        continue;
      }
      number += digit < previous ? -digit : digit;
      previous = std::max(previous, digit);
    }
  }
  if (number < 1 || number > 30) return false;
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "%02d", number - 1);
  Resolved r = resolved_span(match, buffer, "century " + std::to_string(number));
  if (const std::string* mod = match.vocab("mod", context.vocabulary)) r.mod = *mod;
  out->push_back(std::move(r));
  return true;
}

bool time_of_day(const PatternMatch& match, const ResolveContext& context, std::vector<Resolved>* out) {
  std::optional<int> hour = match.number("hour", context.vocabulary);
  if (!hour) hour = to_int(match.pattern->param("hour"));
  int minute = match.number("minute", context.vocabulary).value_or(0);
  if (!hour || *hour > 24 || minute > 59) return false;
  if (const std::string* half = match.vocab("half", context.vocabulary)) {
    if (*half == "pm" && *hour < 12) *hour += 12;
    if (*half == "am" && *hour == 12) *hour = 0;
  }
  if (*hour == 24) *hour = 0;
  std::string why;
  const char* anchor_of = anchor::kPublication;
  const Date day = day_of(match, context, &why, &anchor_of);
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "T%02d:%02d", *hour % 100, minute % 100);
  Resolved r = resolved_span(match, to_iso(day) + buffer, std::string("time of day; ") + why, TimexType::Time);
  r.anchor = anchor_of;
  r.bare_time = true;
  out->push_back(std::move(r));
  return true;
}

bool part_of_day(const PatternMatch& match, const ResolveContext& context, std::vector<Resolved>* out) {
  const std::string* pod = match.vocab("pod", context.vocabulary);
  if (!pod) return false;
  std::string why;
  const char* anchor_of = anchor::kPublication;
  Date day = context.reference;
  bool bare = false;
  if (const std::string* offset = match.vocab("relday", context.vocabulary)) {
    day = context.reference + boost::gregorian::days(to_int(*offset).value_or(0));
    why = "offset " + *offset + " day(s) from the publication day";
  } else if (match.has("direction")) {  // "ce soir", "this morning": the publication day's
    why = "the publication day's";
  } else {
    day = day_of(match, context, &why, &anchor_of);
    bare = true;
  }
  Resolved r = resolved_span(match, to_iso(day) + "T" + *pod, "part of day; " + why, TimexType::Time);
  if (const std::string* mod = match.vocab("mod", context.vocabulary)) r.mod = *mod;  // "en début de soirée"
  r.anchor = anchor_of;
  r.bare_time = bare;
  out->push_back(std::move(r));
  return true;
}

bool set(const PatternMatch& match, const ResolveContext& context, std::vector<Resolved>* out) {
  if (const std::string* season = match.vocab("season", context.vocabulary)) {  // "chaque été"
    Resolved r = resolved_span(match, "XXXX-" + *season, "every season " + *season, TimexType::Set);
    r.anchor = anchor::kNone;
    out->push_back(std::move(r));
    return true;
  }
  if (match.has("weekday")) {
    auto weekday = match.number("weekday", context.vocabulary);
    if (!weekday) return false;
    Resolved r = resolved_span(match, "XXXX-WXX-" + std::to_string(*weekday), "every weekday " + std::to_string(*weekday), TimexType::Set);
    r.anchor = anchor::kNone;
    out->push_back(std::move(r));
    return true;
  }
  const std::string* unit = match.vocab("unit", context.vocabulary);
  std::string fixed = match.pattern->param("value");
  if (const std::string* value = match.vocab("fixed", context.vocabulary)) fixed = *value;  // "annuel"
  if (!unit && fixed.empty()) return false;
  if (fixed.empty()) {
    std::string count = "1";  // "tous les deux ans", "every six months"
    if (match.has("num")) {
      auto n = count_of(match, context);
      if (!n) return false;
      count = *n;
    }
    auto value = duration_value(count, *unit);
    if (!value) return false;
    fixed = *value;
  }
  Resolved r = resolved_span(match, fixed, "recurrence", TimexType::Set);
  r.anchor = anchor::kNone;
  out->push_back(std::move(r));
  return true;
}

}  // namespace

bool resolve_other(const PatternMatch& match, const ResolveContext& context, std::vector<Resolved>* out) {
  switch (match.pattern->resolver) {
    case ResolverKind::Duration: return duration(match, context, out);
    case ResolverKind::TimeOfDay: return time_of_day(match, context, out);
    case ResolverKind::PartOfDay: return part_of_day(match, context, out);
    case ResolverKind::Set: return set(match, context, out);
    case ResolverKind::Century: return century(match, context, out);
    case ResolverKind::Ignore: return true;
    case ResolverKind::Ref: {
      const std::string value = match.pattern->param("value");
      if (value.empty()) return false;
      Resolved r = resolved_span(match, value, "vague reference: " + value, TimexType::Date);
      r.anchor = anchor::kNone;
      out->push_back(std::move(r));
      return true;
    }
    default: return false;
  }
}

}  // namespace evgraph::detail
