// Resolvers for periods: units relative to the reference ("la semaine dernière"), offsets
// ("il y a trois jours"), parts of periods ("fin juin", "au début de ce mois"), seasons, quarters.
#include "time/resolver.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>

namespace evgraph::detail {
namespace {


int direction_of(const PatternMatch& match, const ResolveContext& context) {
  if (const std::string* value = match.vocab("direction", context.vocabulary)) return to_int(*value).value_or(0);
  return to_int(match.pattern->param("direction", "0")).value_or(0);
}

std::optional<std::string> unit_of(const PatternMatch& match, const ResolveContext& context) {
  if (const std::string* value = match.vocab("unit", context.vocabulary)) return *value;
  std::string unit = match.pattern->param("unit");
  if (unit.empty()) return std::nullopt;
  return unit;
}

bool relative_unit(const PatternMatch& match, const ResolveContext& context, std::vector<Resolved>* out) {
  auto unit = unit_of(match, context);
  if (!unit) return false;
  const int direction = direction_of(match, context);
  // "later that month", "the same year": the period of the narrative day, and nothing without one.
  const bool narrative = match.pattern->param("anchor") == "narrative";
  // "closed in 2022 and was sold the following year": after a date that named no day, its period.
  CountedFrom from = counted_from_in_unit(match, context, *unit);
  if (narrative && from.anchor != anchor::kNarrative) return false;
  if (!narrative) from.why = "from " + to_iso(context.reference);
  auto value = period_value(shift(from.day, *unit, direction), *unit);
  if (!value) return false;
  Resolved r = resolved_span(match, *value, "period " + *unit + " shifted by " + std::to_string(direction) + " " + from.why);
  r.anchor = from.anchor;
  out->push_back(std::move(r));
  return true;
}

bool offset(const PatternMatch& match, const ResolveContext& context, std::vector<Resolved>* out) {
  auto unit = unit_of(match, context);
  if (!unit) return false;
  const int sign = to_int(match.pattern->param("sign", "1")).value_or(1);
  if (match.has("vague")) {
    Resolved r = resolved_span(match, sign < 0 ? "PAST_REF" : "FUTURE_REF", "vague quantity: a reference to the past or future");
    r.anchor = anchor::kNone;
    out->push_back(std::move(r));
    return true;
  }
  auto count = match.number("num", context.vocabulary);
  if (!count) return false;
  const bool time_unit = !unit->empty() && (*unit)[0] == 'T';
  if (time_unit && match.pattern->param("anchor") == "narrative") {
    // "une heure plus tard": the narrative has no clock to count from; TimeML annotates the
    // quantity, a DURATION, on its own words.
    Resolved r = resolved_span(match, "PT" + std::to_string(*count) + unit->substr(1), "a duration inside a relative date",
                               TimexType::Duration);
    r.begin = match.group_begin("num");
    r.end = match.group_end("unit");
    r.anchor = anchor::kNone;
    out->push_back(std::move(r));
    return true;
  }
  // "won the title in 2023 and lost it a year later": from that date, not the last day told before it.
  const CountedFrom from = counted_from_in_unit(match, context, *unit);
  const Date day = time_unit ? from.day : shift(from.day, *unit, sign * *count);
  // Days and weeks land on a day; months and longer keep their own granularity.
  const std::string granularity = (*unit == "W" || time_unit) ? "D" : *unit;
  auto value = period_value(day, granularity);
  if (!value) return false;
  Resolved r = resolved_span(match, *value, std::to_string(sign * *count) + " " + *unit + " " + from.why +
                                               (time_unit ? " (time of day unknown: the day)" : ""));
  r.anchor = from.anchor;
  out->push_back(std::move(r));
  return true;
}

bool part_of_period(const PatternMatch& match, const ResolveContext& context, std::vector<Resolved>* out) {
  const std::string* mod = match.vocab("mod", context.vocabulary);
  if (!mod) return false;
  std::string value;
  std::string why;
  const char* anchor_of = anchor::kWritten;
  if (match.has("month")) {
    auto month = match.number("month", context.vocabulary);
    if (!month || *month < 1 || *month > 12) return false;
    std::optional<int> year;
    if (match.has("year")) {
      year = to_int(match.group("year"));
      why = "explicit year";
    } else {
      const TenseCueHit hit = tense_of(match, context);
      year = choose_year(context.reference, hit.tense, [&](int y) { return interval_of(month_value(y, *month)); });
      why = "year from " + describe(hit) + " against " + to_iso(context.reference);
      anchor_of = tense_anchor(hit);
    }
    if (!year) return false;
    value = month_value(*year, *month);
  } else if (match.has("season")) {
    const std::string* season = match.vocab("season", context.vocabulary);
    if (!season) return false;
    std::optional<int> year = to_int(match.group("year"));
    if (!year) {
      const TenseCueHit hit = tense_of(match, context);
      year = choose_year(context.reference, hit.tense, [&](int y) { return interval_of(year_value(y) + "-" + *season); });
      why = "year from " + describe(hit);
      anchor_of = tense_anchor(hit);
    }
    if (!year) return false;
    value = year_value(*year) + "-" + *season;
  } else if (match.has("year")) {
    value = std::string(match.group("year"));
    why = "explicit year";
  } else {
    auto unit = unit_of(match, context);
    if (!unit) return false;
    const int direction = direction_of(match, context);
    auto period = period_value(shift(context.reference, *unit, direction), *unit);
    if (!period) return false;
    value = *period;
    why = "the reference's " + *unit + " shifted by " + std::to_string(direction);
    anchor_of = anchor::kPublication;
  }
  Resolved r = resolved_span(match, value, "part " + *mod + " of " + value + "; " + why);
  r.mod = *mod;
  r.anchor = anchor_of;
  out->push_back(std::move(r));
  return true;
}

bool season(const PatternMatch& match, const ResolveContext& context, std::vector<Resolved>* out) {
  const std::string* season = match.vocab("season", context.vocabulary);
  if (!season) return false;
  const auto interval = [&](int y) { return interval_of(year_value(y) + "-" + *season); };
  std::optional<int> year = to_int(match.group("year"));
  std::string why = "explicit year";
  const char* anchor_of = anchor::kWritten;
  const Date ref = context.reference;
  if (!year) {
    anchor_of = anchor::kPublication;
    // "the following summer", "l'été suivant": after the day the story last told.
    const std::optional<std::string> direction = direction_of_month(match, context);
    const int sign = direction ? to_int(*direction).value_or(0) : 0;
    if (direction && sign == 0) {
      year = choose_year(ref, Tense::Future, interval);
      why = "this season: the current or coming one";
    } else if (direction) {
      const CountedFrom from = counted_from_last_date(match, context);
      for (int y = from.day.year() - 1; y <= from.day.year() + 1; ++y) {
        auto days = interval(y);
        if (sign < 0 && days && days->last < from.day) year = y;
        if (sign > 0 && days && days->first > from.day && !year) year = y;
      }
      why = std::string(sign < 0 ? "the last one over " : "the next one to start ") + from.why;
      anchor_of = from.anchor;
    } else {
      const TenseCueHit hit = tense_of(match, context);
      // "Les touristes affluent généralement en été": a habitual present, any year's summer.
      if ((hit.tense == Tense::Present || hit.tense == Tense::None) &&
          context.tense.habitual(match.folded, match.begin, match.end)) {
        Resolved r = resolved_span(match, "XXXX-" + *season, "season in a habitual sentence: " + describe(hit));
        r.anchor = anchor::kNone;
        out->push_back(std::move(r));
        return true;
      }
      year = choose_year(ref, hit.tense, interval);
      why = "year from " + describe(hit) + " against " + to_iso(ref);
      anchor_of = tense_anchor(hit);
    }
  }
  if (!year) return false;
  Resolved r = resolved_span(match, year_value(*year) + "-" + *season, "season; " + why);
  r.anchor = anchor_of;
  out->push_back(std::move(r));
  return true;
}

bool quarter(const PatternMatch& match, const ResolveContext& context, std::vector<Resolved>* out) {
  auto index = match.number("num", context.vocabulary);
  auto unit = unit_of(match, context);
  if (!index || !unit || (*unit != "Q" && *unit != "HY")) return false;
  const std::string suffix = (*unit == "Q" ? "-Q" : "-H") + std::to_string(*index);
  if (*index < 1 || *index > (*unit == "Q" ? 4 : 2)) return false;
  std::optional<int> year = to_int(match.group("year"));
  std::string why = "explicit year";
  const char* anchor_of = anchor::kWritten;
  if (!year && match.pattern->param("year") == "nearest") {
    // "second-quarter figures", whenever they are published: the nearest such quarter.
    year = choose_year(context.reference, Tense::None, [&](int y) { return interval_of(year_value(y) + suffix); });
    why = "the nearest one to " + to_iso(context.reference);
    anchor_of = anchor::kPublication;
  } else if (!year) {
    const TenseCueHit hit = tense_of(match, context);
    year = choose_year(context.reference, hit.tense, [&](int y) { return interval_of(year_value(y) + suffix); });
    why = "year from " + describe(hit) + " against " + to_iso(context.reference);
    anchor_of = tense_anchor(hit);
  }
  if (!year) return false;
  Resolved r = resolved_span(match, year_value(*year) + suffix, "part of year; " + why);
  r.anchor = anchor_of;
  out->push_back(std::move(r));
  return true;
}

// "ce week-end", "le week-end dernier", "at the weekend": the Saturday and Sunday of an ISO week
// (TIMEX3 2025-W04-WE). Without a direction word the verb decides: past, the last one begun on or
// before the publication day; otherwise this week's.
bool weekend(const PatternMatch& match, const ResolveContext& context, std::vector<Resolved>* out) {
  const Date ref = context.reference;
  const bool in_weekend = iso_weekday(ref) >= 6;
  int weeks = 0;
  std::string why;
  const char* anchor_of = anchor::kPublication;
  if (const std::string* direction = match.vocab("direction", context.vocabulary)) {
    const int sign = to_int(*direction).value_or(0);
    weeks = sign < 0 ? -1 : sign > 0 && in_weekend ? 1 : 0;
    why = sign < 0 ? "the last one over" : sign > 0 ? "the coming one" : "this week's";
  } else {
    const TenseCueHit hit = tense_of(match, context);
    weeks = hit.tense == Tense::Past && !in_weekend ? -1 : 0;
    why = describe(hit) + (weeks < 0 ? " -> the last one" : " -> this week's");
    anchor_of = tense_anchor(hit);
  }
  const Date monday = ref - boost::gregorian::days(iso_weekday(ref) - 1) + boost::gregorian::weeks(weeks);
  Resolved r = resolved_span(match, iso_week_value(monday) + "-WE", "weekend; " + why);
  r.anchor = anchor_of;
  out->push_back(std::move(r));
  return true;
}

}  // namespace

bool resolve_periods(const PatternMatch& match, const ResolveContext& context, std::vector<Resolved>* out) {
  switch (match.pattern->resolver) {
    case ResolverKind::RelativeUnit: return relative_unit(match, context, out);
    case ResolverKind::Offset: return offset(match, context, out);
    case ResolverKind::PartOfPeriod: return part_of_period(match, context, out);
    case ResolverKind::Season: return season(match, context, out);
    case ResolverKind::Quarter: return quarter(match, context, out);
    case ResolverKind::Weekend: return weekend(match, context, out);
    default: return false;
  }
}

}  // namespace evgraph::detail
