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

Date day_of(const ResolveContext& context, std::string* why) {
  if (context.clause_day) {
    *why = "day of the clause, " + to_iso(*context.clause_day);
    return *context.clause_day;
  }
  *why = "no day in the clause: the reference date";
  return context.reference;
}

bool duration(const PatternMatch& match, const ResolveContext& context, std::vector<Resolved>* out) {
  const std::string* unit = match.vocab("unit", context.vocabulary);
  if (!unit) return false;
  std::string count = "X";
  if (!match.has("vague")) {
    auto n = match.number("num", context.vocabulary);
    if (!n || *n <= 0) return false;
    count = std::to_string(*n);
  }
  auto value = duration_value(count, *unit);
  if (!value) return false;
  out->push_back(resolved_span(match, *value, "duration of " + count + " " + *unit, TimexType::Duration));
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
  const Date day = day_of(context, &why);
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "T%02d:%02d", *hour % 100, minute % 100);
  out->push_back(resolved_span(match, to_iso(day) + buffer, std::string("time of day; ") + why, TimexType::Time));
  return true;
}

bool part_of_day(const PatternMatch& match, const ResolveContext& context, std::vector<Resolved>* out) {
  const std::string* pod = match.vocab("pod", context.vocabulary);
  if (!pod) return false;
  std::string why;
  Date day = day_of(context, &why);
  if (const std::string* offset = match.vocab("relday", context.vocabulary)) {
    day = context.reference + boost::gregorian::days(to_int(*offset).value_or(0));
    why = "offset " + *offset + " day(s) from the reference date";
  }
  out->push_back(resolved_span(match, to_iso(day) + "T" + *pod, "part of day; " + why, TimexType::Time));
  return true;
}

bool set(const PatternMatch& match, const ResolveContext& context, std::vector<Resolved>* out) {
  if (match.has("weekday")) {
    auto weekday = match.number("weekday", context.vocabulary);
    if (!weekday) return false;
    out->push_back(resolved_span(match, "XXXX-WXX-" + std::to_string(*weekday), "every weekday " + std::to_string(*weekday), TimexType::Set));
    return true;
  }
  const std::string* unit = match.vocab("unit", context.vocabulary);
  std::string fixed = match.pattern->param("value");
  if (!unit && fixed.empty()) return false;
  if (fixed.empty()) {
    auto value = duration_value("1", *unit);
    if (!value) return false;
    fixed = *value;
  }
  out->push_back(resolved_span(match, fixed, "recurrence", TimexType::Set));
  return true;
}

}  // namespace

bool resolve_other(const PatternMatch& match, const ResolveContext& context, std::vector<Resolved>* out) {
  switch (match.pattern->resolver) {
    case ResolverKind::Duration: return duration(match, context, out);
    case ResolverKind::TimeOfDay: return time_of_day(match, context, out);
    case ResolverKind::PartOfDay: return part_of_day(match, context, out);
    case ResolverKind::Set: return set(match, context, out);
    case ResolverKind::Ref: {
      const std::string value = match.pattern->param("value");
      if (value.empty()) return false;
      out->push_back(resolved_span(match, value, "vague reference: " + value, TimexType::Date));
      return true;
    }
    default: return false;
  }
}

}  // namespace evgraph::detail
