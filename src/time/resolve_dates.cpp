// Resolvers for calendar dates: absolute and partial dates, ranges and lists of days, years,
// decades, weekdays, and days relative to the reference or to the narrative.
#include "time/resolver.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>

namespace evgraph::detail {
namespace {

namespace greg = boost::gregorian;

std::optional<Date> make_day(int year, int month, int day) {
  if (month < 1 || month > 12 || day < 1 || year < 1400 || year > 9999) return std::nullopt;
  if (day > greg::gregorian_calendar::end_of_month_day(static_cast<unsigned short>(year), static_cast<unsigned short>(month)))
    return std::nullopt;
  return Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month), static_cast<unsigned short>(day));
}

// Four digits as written; two digits pivot around the reference year ("31/10/74" is 1974).
std::optional<int> year_of(const PatternMatch& match, std::string_view group, Date reference) {
  const auto text = match.group(group);
  if (text.empty()) return std::nullopt;
  auto year = to_int(text);
  if (!year) return std::nullopt;
  if (text.size() == 2) *year += (*year > reference.year() % 100 + 10) ? 1900 : 2000;
  return year;
}

std::optional<int> month_of(const PatternMatch& match, std::string_view group, const Vocabulary& vocabulary) {
  auto month = match.number(group, vocabulary);
  if (!month || *month < 1 || *month > 12) return std::nullopt;
  return month;
}

std::string pod_suffix(const PatternMatch& match, const ResolveContext& context) {
  const std::string* pod = match.vocab("pod", context.vocabulary);
  return pod ? "T" + *pod : std::string();
}

Resolved make(const PatternMatch& match, std::string value, std::string explanation) {
  Resolved out;
  out.begin = match.begin;
  out.end = match.end;
  out.value = std::move(value);
  out.explanation = std::move(explanation);
  if (out.value.find('T') != std::string::npos) out.type = TimexType::Time;
  return out;
}

// Day and month with an optional year; a missing year follows the tense policy.
std::optional<Date> day_month_year(const PatternMatch& match, const ResolveContext& context, std::string_view day_group,
                                   std::string_view month_group, std::string_view year_group, const TenseCueHit& hit,
                                   std::string* why) {
  auto day = match.number(day_group, context.vocabulary);
  auto month = month_of(match, month_group, context.vocabulary);
  if (!day || !month) return std::nullopt;
  if (auto year = year_of(match, year_group, context.reference)) return make_day(*year, *month, *day);
  auto year = choose_year(context.reference, hit.tense, [&](int y) -> std::optional<DateInterval> {
    auto date = make_day(y, *month, *day);
    if (!date) return std::nullopt;
    return DateInterval{*date, *date, "day"};
  });
  if (!year) return std::nullopt;
  *why = "year from " + describe(hit) + " against " + to_iso(context.reference);
  return make_day(*year, *month, *day);
}

bool absolute_date(const PatternMatch& match, const ResolveContext& context, std::vector<Resolved>* out) {
  const bool has_year = match.has("year");
  const TenseCueHit hit = has_year ? TenseCueHit{} : tense_of(match, context);
  std::string why = "explicit year";
  if (match.has("day")) {
    auto date = day_month_year(match, context, "day", "month", "year", hit, &why);
    if (!date) return false;
    out->push_back(make(match, to_iso(*date) + pod_suffix(match, context), "day and month; " + why));
    return true;
  }
  auto month = month_of(match, "month", context.vocabulary);
  if (!month) return false;
  std::optional<int> year = year_of(match, "year", context.reference);
  if (!year) {
    year = choose_year(context.reference, hit.tense,
                       [&](int y) { return interval_of(month_value(y, *month)); });
    why = "year from " + describe(hit) + " against " + to_iso(context.reference);
  }
  if (!year) return false;
  out->push_back(make(match, month_value(*year, *month), "month; " + why));
  return true;
}

// "du 17 au 19 novembre": one timex valued by its first day, first/last covering the range.
bool range(const PatternMatch& match, const ResolveContext& context, std::vector<Resolved>* out) {
  const TenseCueHit hit = tense_of(match, context);
  std::string why = "explicit year";
  const bool has_m1 = match.has("m1");
  const auto year_group = match.has("y2") ? "y2" : "y1";
  auto last = day_month_year(match, context, "d2", "m2", year_group, hit, &why);
  if (!last) return false;
  std::optional<Date> first;
  if (match.has("y1")) {
    first = make_day(year_of(match, "y1", context.reference).value_or(0),
                     has_m1 ? month_of(match, "m1", context.vocabulary).value_or(0) : static_cast<int>(last->month()),
                     match.number("d1", context.vocabulary).value_or(0));
  } else {
    const int month = has_m1 ? month_of(match, "m1", context.vocabulary).value_or(0) : static_cast<int>(last->month());
    const int last_year = last->year();
    const int year = month > static_cast<int>(last->month()) ? last_year - 1 : last_year;
    first = make_day(year, month, match.number("d1", context.vocabulary).value_or(0));
  }
  if (!first || *first > *last) return false;
  Resolved r = make(match, to_iso(*first), "range " + to_iso(*first) + " .. " + to_iso(*last) + "; " + why);
  r.first = first;
  r.last = last;
  out->push_back(std::move(r));
  return true;
}

// "les 6 et 7 novembre": one timex per day, each on its own words.
bool day_list(const PatternMatch& match, const ResolveContext& context, std::vector<Resolved>* out) {
  const TenseCueHit hit = tense_of(match, context);
  std::string why = "explicit year";
  auto second = day_month_year(match, context, "d2", "month", "year", hit, &why);
  auto day1 = match.number("d1", context.vocabulary);
  if (!second || !day1) return false;
  auto first = make_day(second->year(), second->month(), *day1);
  if (!first) return false;
  Resolved a = make(match, to_iso(*first), "first of a list of days; " + why);
  a.begin = match.group_begin("d1");
  a.end = match.group_end("d1");
  Resolved b = make(match, to_iso(*second), "second of a list of days; " + why);
  b.begin = match.group_begin("d2");
  out->push_back(std::move(a));
  out->push_back(std::move(b));
  return true;
}

bool weekday(const PatternMatch& match, const ResolveContext& context, std::vector<Resolved>* out) {
  auto target = match.number("weekday", context.vocabulary);
  if (!target || *target < 1 || *target > 7) return false;
  const Date ref = context.reference;
  const int forward = (*target - iso_weekday(ref) + 7) % 7;  // 0..6 days ahead
  Date day = ref;
  std::string why;
  const std::string* direction = match.vocab("direction", context.vocabulary);
  const std::string* week = match.vocab("week", context.vocabulary);
  if (week) {  // "mardi de la semaine prochaine", "lundi cette semaine": that ISO week
    const Date monday = ref - greg::days(iso_weekday(ref) - 1) + greg::weeks(to_int(*week).value_or(0));
    day = monday + greg::days(*target - 1);
    why = "weekday of the week " + *week + " from the reference week";
  } else if (direction && *direction != "0") {
    const int sign = to_int(*direction).value_or(0);
    day = sign > 0 ? ref + greg::days(forward == 0 ? 7 : forward) : ref - greg::days(forward == 0 ? 7 : 7 - forward);
    why = std::string("explicit ") + (sign > 0 ? "next" : "last") + " weekday";
  } else {
    const TenseCueHit hit = tense_of(match, context);
    if (hit.tense == Tense::Past) {
      // Wire copy names the day even for the day it is filed ("chaired a meeting on Tuesday",
      // sent on Tuesday), so a past weekday is the latest one up to the reference day.
      day = ref - greg::days(forward == 0 ? 0 : 7 - forward);
      why = describe(hit) + " -> latest one up to " + to_iso(ref);
    } else if (hit.tense != Tense::None) {
      day = ref + greg::days(forward);
      why = describe(hit) + " -> this one or the next from " + to_iso(ref);
    } else {
      day = forward <= 3 ? ref + greg::days(forward) : ref - greg::days(7 - forward);
      why = describe(hit) + " -> nearest to " + to_iso(ref);
    }
  }
  out->push_back(make(match, to_iso(day) + pod_suffix(match, context), "weekday '" + std::string(match.group("weekday")) + "'; " + why));
  return true;
}

// "mercredi 13": the day of month nearest the reference whose weekday agrees, else the nearest.
bool weekday_day(const PatternMatch& match, const ResolveContext& context, std::vector<Resolved>* out) {
  auto target = match.number("weekday", context.vocabulary);
  auto day_of_month = match.number("day", context.vocabulary);
  if (!target || !day_of_month) return false;
  const Date ref = context.reference;
  std::optional<Date> best;
  for (int k = -12; k <= 12; ++k) {
    const Date month_start = Date(ref.year(), ref.month(), 1) + greg::months(k);
    auto day = make_day(month_start.year(), month_start.month(), *day_of_month);
    if (!day || iso_weekday(*day) != *target) continue;
    if (!best || std::abs((*day - ref).days()) < std::abs((*best - ref).days())) best = day;
  }
  if (!best) return false;
  out->push_back(make(match, to_iso(*best) + pod_suffix(match, context), "weekday and day of month: nearest agreeing date"));
  return true;
}

bool relative_day(const PatternMatch& match, const ResolveContext& context, std::vector<Resolved>* out, bool anchored) {
  const std::string* offset = match.vocab("relday", context.vocabulary);
  if (!offset) return false;
  Date anchor = context.reference;
  std::string why = "relative to the reference date";
  if (anchored && context.last_day) {
    anchor = *context.last_day;
    why = "relative to the last date mentioned, " + to_iso(anchor);
  }
  const Date day = anchor + greg::days(to_int(*offset).value_or(0));
  out->push_back(make(match, to_iso(day) + pod_suffix(match, context), "offset " + *offset + " day(s) " + why));
  return true;
}

}  // namespace

bool resolve_dates(const PatternMatch& match, const ResolveContext& context, std::vector<Resolved>* out) {
  switch (match.pattern->resolver) {
    case ResolverKind::AbsoluteDate:
    case ResolverKind::Month: return absolute_date(match, context, out);
    case ResolverKind::Range: return range(match, context, out);
    case ResolverKind::DayList: return day_list(match, context, out);
    case ResolverKind::Weekday: return weekday(match, context, out);
    case ResolverKind::WeekdayDay: return weekday_day(match, context, out);
    case ResolverKind::RelativeDay: return relative_day(match, context, out, false);
    case ResolverKind::AnchoredDay: return relative_day(match, context, out, true);
    case ResolverKind::Year: {
      auto year = year_of(match, "year", context.reference);
      if (!year) return false;
      out->push_back(make(match, year_value(*year), "explicit year"));
      return true;
    }
    case ResolverKind::Decade: {
      auto text = match.group("decade");
      if (text.size() != 2 && text.size() != 4) return false;
      const std::string digits = text.size() == 2 ? "19" + std::string(text) : std::string(text);
      out->push_back(make(match, digits.substr(0, 3) + "X", "decade"));
      return true;
    }
    default: return false;
  }
}

}  // namespace evgraph::detail
