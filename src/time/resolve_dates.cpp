// Resolvers for calendar dates: absolute and partial dates, ranges and lists of days, years,
// decades, weekdays, and days relative to the reference or to the narrative.
#include "time/resolver.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <cstdio>

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


// A date that opens a line of a dated list and is followed by a colon or a dash ("- 15 mars :
// ...", "15 March - ..."): a chronology, whose days lie in the publication's year unless a verb
// says otherwise (year-in-review lists, agendas).
bool chronology_line(const PatternMatch& match) {
  const std::string_view text = match.folded;
  std::size_t i = match.begin;
  while (i > 0 && text[i - 1] != '\n') {
    const char c = text[i - 1];
    if (c != ' ' && c != '-' && c != '*' && c != '\t') return false;
    --i;
  }
  std::size_t j = match.end;
  while (j < text.size() && text[j] == ' ') ++j;
  return j < text.size() && (text[j] == ':' || text[j] == '-');
}

// The day-of-week group of a date ("vendredi 14 septembre"), when written.
std::optional<int> written_weekday(const PatternMatch& match, const ResolveContext& context) {
  for (const char* group : {"wd", "wda"})
    if (auto weekday = match.number(group, context.vocabulary); weekday && *weekday >= 1 && *weekday <= 7) return weekday;
  return std::nullopt;
}

// Day and month with an optional year; a missing year follows the tense policy, a written weekday
// ("vendredi 14 septembre": the years where the 14th is a Friday) and chronology lines.
std::optional<Date> day_month_year(const PatternMatch& match, const ResolveContext& context, std::string_view day_group,
                                   std::string_view month_group, std::string_view year_group, const TenseCueHit& hit,
                                   std::string* why, const char** anchor_of = nullptr) {
  auto day = match.number(day_group, context.vocabulary);
  auto month = month_of(match, month_group, context.vocabulary);
  if (!day || !month) return std::nullopt;
  if (auto year = year_of(match, year_group, context.reference)) return make_day(*year, *month, *day);
  if (anchor_of) *anchor_of = hit.cue.empty() ? anchor::kPublication : anchor::kVerb;
  const Date ref = context.reference;
  if ((hit.tense == Tense::None || hit.tense == Tense::Present) && chronology_line(match)) {
    *why = "a chronology line: the publication's year";
    if (anchor_of) *anchor_of = anchor::kPublication;
    return make_day(ref.year(), *month, *day);
  }
  const auto candidate = [&](int y) -> std::optional<DateInterval> {
    auto date = make_day(y, *month, *day);
    if (!date) return std::nullopt;
    return DateInterval{*date, *date, "day"};
  };
  if (auto weekday = written_weekday(match, context)) {
    const auto agreeing = [&](int y) -> std::optional<DateInterval> {
      auto days = candidate(y);
      if (!days || iso_weekday(days->first) != *weekday) return std::nullopt;
      return days;
    };
    // The nearest years first; then up to six years away, where every weekday recurs.
    for (int span : {1, 6}) {
      if (auto year = choose_year(ref, hit.tense, agreeing, span)) {
        *why = "year where the weekday agrees, by " + describe(hit) + " against " + to_iso(ref);
        return make_day(*year, *month, *day);
      }
    }
  }
  auto year = choose_year(ref, hit.tense, candidate);
  if (!year) return std::nullopt;
  *why = "year from " + describe(hit) + " against " + to_iso(ref);
  return make_day(*year, *month, *day);
}

bool absolute_date(const PatternMatch& match, const ResolveContext& context, std::vector<Resolved>* out) {
  const bool has_year = match.has("year");
  const TenseCueHit hit = has_year ? TenseCueHit{} : tense_of(match, context);
  std::string why = "explicit year";
  const char* anchor_of = anchor::kWritten;
  if (match.has("day")) {
    auto date = day_month_year(match, context, "day", "month", "year", hit, &why, &anchor_of);
    if (!date) return false;
    Resolved r = resolved_span(match, to_iso(*date) + pod_suffix(match, context), "day and month; " + why);
    r.anchor = anchor_of;
    out->push_back(std::move(r));
    return true;
  }
  auto month = month_of(match, "month", context.vocabulary);
  if (!month) return false;
  std::optional<int> year = year_of(match, "year", context.reference);
  const Date ref = context.reference;
  const auto interval = [&](int y) { return interval_of(month_value(y, *month)); };
  if (year) {
    why = "explicit year";
  } else if (const std::optional<std::string> direction = direction_of_month(match, context)) {
    // "juillet dernier": the last July over before the publication's month; "next July" the
    // first one to start after it. "The following February", "en février suivant": after the
    // day the story last told.
    const int sign = to_int(*direction).value_or(0);
    const CountedFrom from = counted_from_last_date(match, context);
    const Date origin = from.day;
    for (int y = origin.year() - 1; y <= origin.year() + 1; ++y) {
      auto days = interval(y);
      if (sign < 0 && days && days->last < origin) year = y;
      if (sign > 0 && days && days->first > origin && !year) year = y;
    }
    why = std::string(sign < 0 ? "the last one over " : "the next one to start ") + from.why;
    anchor_of = from.anchor;
  } else if (match.pattern->param("anchor") == "narrative") {
    // "in May of that year", "en mai de la même année": the year the text dated last.
    if (!context.narrative.last_year) return false;
    year = context.narrative.last_year;
    why = "the year of the last date ('" + context.narrative.last_year_text + "')";
    anchor_of = anchor::kNarrative;
  } else if (const std::string* shift = match.vocab("year_ref", context.vocabulary)) {
    year = ref.year() + to_int(*shift).value_or(0);  // "July last year", "en juillet de l'an prochain"
    why = "the publication's year shifted by " + *shift;
    anchor_of = anchor::kPublication;
  } else {
    year = choose_year(ref, hit.tense, interval);
    why = "year from " + describe(hit) + " against " + to_iso(ref);
    anchor_of = hit.cue.empty() ? anchor::kPublication : anchor::kVerb;
  }
  if (!year) return false;
  Resolved r = resolved_span(match, month_value(*year, *month), "month; " + why);
  r.anchor = anchor_of;
  out->push_back(std::move(r));
  return true;
}

// "du 17 au 19 novembre", "from Nov. 20 to 22": each end on its own words, as TimeML annotates
// them ("17", "19 novembre"); the first carries the whole range (first/last).
void push_range(const PatternMatch& match, Date first, Date last, const std::string& why, const char* anchor_of,
                std::initializer_list<const char*> first_groups, std::initializer_list<const char*> second_groups,
                std::vector<Resolved>* out) {
  std::size_t first_end = match.begin;
  for (const char* group : first_groups)
    if (match.has(group)) first_end = std::max(first_end, match.group_end(group));
  std::size_t second_begin = match.end;
  for (const char* group : second_groups)
    if (match.has(group)) second_begin = std::min(second_begin, match.group_begin(group));
  Resolved a = resolved_span(match, to_iso(first), "range " + to_iso(first) + " .. " + to_iso(last) + ", its first day; " + why);
  a.first = first;
  a.last = last;
  a.anchor = anchor_of;
  a.range_part = true;
  Resolved b = resolved_span(match, to_iso(last), "range " + to_iso(first) + " .. " + to_iso(last) + ", its last day; " + why);
  b.anchor = anchor_of;
  b.range_part = true;
  if (first_end > match.begin && second_begin < match.end && first_end <= second_begin) {
    a.end = first_end;
    b.begin = second_begin;
    out->push_back(std::move(a));
    out->push_back(std::move(b));
  } else {
    out->push_back(std::move(a));
  }
}

bool range(const PatternMatch& match, const ResolveContext& context, std::vector<Resolved>* out) {
  const TenseCueHit hit = tense_of(match, context);
  std::string why = "explicit year";
  const char* anchor_of = anchor::kWritten;
  const bool has_m1 = match.has("m1");
  const auto year_group = match.has("y2") ? "y2" : "y1";
  // "from May 3 to 7": the month written once, first.
  const auto last_month = match.has("m2") ? "m2" : "m1";
  auto last = day_month_year(match, context, "d2", last_month, year_group, hit, &why, &anchor_of);
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
  push_range(match, *first, *last, why, anchor_of, {"wd1", "d1", "m1", "y1"}, {"wd2", "d2", "m2"}, out);
  return true;
}

// "les 6 et 7 novembre": one timex per day, each on its own words.
bool day_list(const PatternMatch& match, const ResolveContext& context, std::vector<Resolved>* out) {
  const TenseCueHit hit = tense_of(match, context);
  std::string why = "explicit year";
  const char* anchor_of = anchor::kWritten;
  // A past verb places the list by its first day, as it places a day by its start: "a déposé un
  // préavis pour les 18 et 19 septembre", published on the 18th, is this year's strike.
  const bool by_first = hit.tense == Tense::Past;
  auto placed = day_month_year(match, context, by_first ? "d1" : "d2", "month", "year", hit, &why, &anchor_of);
  auto other_day = match.number(by_first ? "d2" : "d1", context.vocabulary);
  if (!placed || !other_day) return false;
  auto other = make_day(placed->year(), placed->month(), *other_day);
  if (!other) return false;
  auto first = by_first ? placed : other;
  auto second = by_first ? other : placed;
  Resolved a = resolved_span(match, to_iso(*first), "first of a list of days; " + why);
  a.begin = match.group_begin("d1");
  a.end = match.group_end("d1");
  a.anchor = anchor_of;
  Resolved b = resolved_span(match, to_iso(*second), "second of a list of days; " + why);
  b.begin = match.group_begin("d2");
  b.anchor = anchor_of;
  out->push_back(std::move(a));
  out->push_back(std::move(b));
  return true;
}

// "mardi", "lundi prochain", "mardi et mercredi prochains" (one timex per weekday, the plural
// direction word holding for both).
bool weekday(const PatternMatch& match, const ResolveContext& context, std::vector<Resolved>* out) {
  auto target = match.number("weekday", context.vocabulary);
  if (!target || *target < 1 || *target > 7) return false;
  auto second = match.number("weekday2", context.vocabulary);
  if (match.has("weekday2") && (!second || *second < 1 || *second > 7)) return false;
  const Date ref = context.reference;
  std::string why;
  const char* anchor_of = anchor::kPublication;
  const std::string* direction = match.vocab("direction", context.vocabulary);
  const std::string* week = match.vocab("week", context.vocabulary);
  const std::string* later = match.vocab("later", context.vocabulary);
  TenseCueHit hit;
  if (!week && !later && !(direction && *direction != "0")) {
    hit = tense_of(match, context);
    anchor_of = tense_anchor(hit);
  }
  const auto day_of = [&](int weekday_number) {
    const int forward = (weekday_number - iso_weekday(ref) + 7) % 7;  // 0..6 days ahead
    if (week) {  // "mardi de la semaine prochaine", "lundi cette semaine": that ISO week
      const Date monday = ref - greg::days(iso_weekday(ref) - 1) + greg::weeks(to_int(*week).value_or(0));
      why = "weekday of the week " + *week + " from the reference week";
      return monday + greg::days(weekday_number - 1);
    }
    if (later) {  // "lundi en huit", "mardi en quinze": the coming one (today when it is that weekday) + 7 / 14
      why = "the coming weekday + " + *later + " days";
      return ref + greg::days(forward + to_int(*later).value_or(0));
    }
    if (context.coordinated_day && !direction) {
      const int after = (weekday_number - iso_weekday(*context.coordinated_day) + 7) % 7;
      why = "the first such weekday from " + to_iso(*context.coordinated_day) + ", the date it is coordinated with";
      return *context.coordinated_day + greg::days(after);
    }
    if (direction && *direction != "0") {
      const int sign = to_int(*direction).value_or(0);
      why = std::string("explicit ") + (sign > 0 ? "next" : "last") + " weekday";
      return sign > 0 ? ref + greg::days(forward == 0 ? 7 : forward) : ref - greg::days(forward == 0 ? 7 : 7 - forward);
    }
    if (hit.tense == Tense::Past) {
      // Wire copy names the day even for the day it is filed ("chaired a meeting on Tuesday",
      // sent on Tuesday), so a past weekday is the latest one up to the reference day.
      why = describe(hit) + " -> latest one up to " + to_iso(ref);
      return ref - greg::days(forward == 0 ? 0 : 7 - forward);
    }
    if (hit.tense != Tense::None && hit.tense != Tense::Present) {
      why = describe(hit) + " -> this one or the next from " + to_iso(ref);
      return ref + greg::days(forward);
    }
    why = describe(hit) + " -> nearest to " + to_iso(ref);
    return forward <= 3 ? ref + greg::days(forward) : ref - greg::days(7 - forward);
  };
  const Date day = day_of(*target);
  Resolved r = resolved_span(match, to_iso(day) + pod_suffix(match, context), "weekday '" + std::string(match.group("weekday")) + "'; " + why);
  r.anchor = anchor_of;
  if (!second) {
    out->push_back(std::move(r));
    return true;
  }
  const Date other = day_of(*second);
  r.end = match.group_end("weekday");
  Resolved s2 = resolved_span(match, to_iso(other), "weekday '" + std::string(match.group("weekday2")) + "'; " + why);
  s2.begin = match.group_begin("weekday2");
  s2.anchor = anchor_of;
  out->push_back(std::move(r));
  out->push_back(std::move(s2));
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
  Resolved r = resolved_span(match, to_iso(*best) + pod_suffix(match, context), "weekday and day of month: nearest agreeing date");
  r.anchor = anchor::kPublication;
  out->push_back(std::move(r));
  return true;
}

// "hier", "demain"; anchored: "la veille", "le lendemain", "le même jour", counted from the
// narrative day (the last day the text dated), else the publication day. "aujourd'hui" followed
// by a participle ("l'armée, aujourd'hui considérée comme...") is the present in general
// (PRESENT_REF), not the day: patterns ask for it with the parameter generic.
bool relative_day(const PatternMatch& match, const ResolveContext& context, std::vector<Resolved>* out, bool anchored) {
  const std::string* offset = match.vocab("relday", context.vocabulary);
  if (!offset) return false;
  const std::string generic = match.pattern->param("generic");
  if (!generic.empty() && !match.has("pod") &&
      context.tense.participle_after(match.folded, match.end, context.origin, context.original)) {
    Resolved r = resolved_span(match, generic, "the present in general: a participle follows, not an event of the day");
    r.anchor = anchor::kNone;
    out->push_back(std::move(r));
    return true;
  }
  const CountedFrom from = counted_from(match, context, anchored);
  const Date day = from.day + greg::days(to_int(*offset).value_or(0));
  Resolved r = resolved_span(match, to_iso(day) + pod_suffix(match, context), "offset " + *offset + " day(s) " + from.why);
  r.anchor = from.anchor;
  out->push_back(std::move(r));
  return true;
}

// Easter Sunday of `year` (Gregorian computus, Meeus/Jones/Butcher).
Date easter(int year) {
  const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
  const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month), static_cast<unsigned short>(day));
}

// The day of a holiday rule in `year`: "12-25" (fixed), "easter+39" / "easter-2" (days from
// Easter Sunday), "nth:11:4:4" (month 11, ISO weekday 4, the 4th; -1 = the last).
std::optional<Date> holiday_in(const std::string& rule, int year) {
  if (year < 1583 || year > 9998) return std::nullopt;
  if (rule.rfind("easter", 0) == 0) {
    auto offset = to_int(std::string_view(rule).substr(6));
    if (!offset) return std::nullopt;
    return easter(year) + greg::days(*offset);
  }
  if (rule.rfind("nth:", 0) == 0) {
    int month = 0, weekday = 0, nth = 0;
    if (std::sscanf(rule.c_str() + 4, "%d:%d:%d", &month, &weekday, &nth) != 3 || month < 1 || month > 12 ||
        weekday < 1 || weekday > 7 || nth == 0 || nth < -1 || nth > 5)
      return std::nullopt;
    if (nth > 0) {
      const Date start = *make_day(year, month, 1);
      const Date day = start + greg::days((weekday - iso_weekday(start) + 7) % 7 + 7 * (nth - 1));
      if (static_cast<int>(day.month()) != month) return std::nullopt;
      return day;
    }
    const Date end = Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month), 1) + greg::months(1) - greg::days(1);
    return end - greg::days((iso_weekday(end) - weekday + 7) % 7);
  }
  int month = 0, day = 0;
  if (std::sscanf(rule.c_str(), "%d-%d", &month, &day) != 2) return std::nullopt;
  return make_day(year, month, day);
}

// "Noël", "Pâques 2024", "Thanksgiving": the holiday's day, the year by the tense policy unless
// written or given by a direction word ("Noël dernier", "next Easter").
bool holiday(const PatternMatch& match, const ResolveContext& context, std::vector<Resolved>* out) {
  const std::string* rule = match.vocab("holiday", context.vocabulary);
  if (!rule) return false;
  // "Noël Mamère", "Toussaint Louverture": a holiday name followed by a capitalised word is a name.
  if (context.origin && match.end + 1 < match.folded.size() && match.folded[match.end] == ' ') {
    const std::uint32_t at = context.origin[match.end + 1];
    if (at < context.original.size() && context.original[at] >= 'A' && context.original[at] <= 'Z') return false;
  }
  std::optional<int> year = year_of(match, "year", context.reference);
  std::string why = "explicit year";
  const char* anchor_of = anchor::kWritten;
  if (!year) {
    TenseCueHit hit = tense_of(match, context);
    anchor_of = tense_anchor(hit);
    if (const std::string* direction = match.vocab("direction", context.vocabulary)) {
      const int sign = to_int(*direction).value_or(0);
      hit = TenseCueHit{};
      hit.tense = sign < 0 ? Tense::Past : sign > 0 ? Tense::Future : Tense::None;
      hit.cue = std::string(match.group("direction"));
    }
    year = choose_year(context.reference, hit.tense, [&](int y) -> std::optional<DateInterval> {
      auto day = holiday_in(*rule, y);
      if (!day) return std::nullopt;
      return DateInterval{*day, *day, "day"};
    });
    why = "year from " + describe(hit) + " against " + to_iso(context.reference);
  }
  if (!year) return false;
  auto day = holiday_in(*rule, *year);
  if (!day) return false;
  Resolved r = resolved_span(match, to_iso(*day), "holiday " + *rule + "; " + why);
  r.anchor = anchor_of;
  out->push_back(std::move(r));
  return true;
}

// A bare day number is a date only when what follows ends the phrase or is a word of the pack's
// `bare_day_next` list ("le 16 à 18h", "du 13 au 18."): "le 2 %", "le 13e", "le 1er ministre",
// "le 2-0" are not dates.
bool bare_day_context(const PatternMatch& match, const Vocabulary& vocabulary) {
  const std::string_view text = match.folded;
  std::size_t i = match.end;
  while (i < text.size() && text[i] == ' ') ++i;
  if (i == text.size()) return true;
  const char c = text[i];
  if (c >= 'a' && c <= 'z') {
    std::size_t j = i;
    while (j < text.size() && text[j] >= 'a' && text[j] <= 'z') ++j;
    return vocabulary.find("bare_day_next", text.substr(i, j - i)) != nullptr;
  }
  if (c == '.' || c == ',') return i + 1 >= text.size() || text[i + 1] < '0' || text[i + 1] > '9';
  return c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == '\n' || c == '"';
}

// "le 16", "du 13 au 18": a day (or days) of the reference month, the previous or the next one,
// chosen like a year: past -> the latest starting on or before the reference, future/present ->
// the earliest ending on or after it, no cue -> the nearest.
bool day_of_month(const PatternMatch& match, const ResolveContext& context, std::vector<Resolved>* out) {
  if (!bare_day_context(match, context.vocabulary)) return false;
  const bool is_range = match.has("d2");
  auto d1 = match.number(is_range ? "d1" : "day", context.vocabulary);
  auto d2 = is_range ? match.number("d2", context.vocabulary) : d1;
  if (!d1 || !d2 || *d1 > *d2 || (is_range && *d1 == *d2)) return false;
  const TenseCueHit hit = tense_of(match, context);
  const Date ref = context.reference;
  const Date this_month(ref.year(), ref.month(), 1);
  std::optional<Date> first, last;
  long best_distance = 0;
  for (int k = -1; k <= 1; ++k) {
    const Date start = this_month + greg::months(k);
    auto a = make_day(start.year(), start.month(), *d1);
    auto b = make_day(start.year(), start.month(), *d2);
    if (!a || !b) continue;
    bool take = false;
    if (hit.tense == Tense::Past) {
      take = *a <= ref;
    } else if (hit.tense == Tense::Future) {
      take = *b >= ref && !first;
    } else {
      const long distance = ref < *a ? (*a - ref).days() : ref > *b ? (ref - *b).days() : 0;
      take = !first || distance < best_distance || (distance == best_distance && distance > 0);
      if (take) best_distance = distance;
    }
    if (take) {
      first = a;
      last = b;
    }
  }
  if (!first) return false;
  const std::string why = "day of month without a month: " + describe(hit) + " against " + to_iso(ref);
  if (!is_range) {
    Resolved r = resolved_span(match, to_iso(*first), why);
    r.anchor = tense_anchor(hit);
    out->push_back(std::move(r));
    return true;
  }
  push_range(match, *first, *last, why, tense_anchor(hit), {"d1"}, {"d2"}, out);
  return true;
}

// "le 3e jour d'octobre", "la première semaine d'octobre 2014", "le premier mercredi du mois
// prochain", "the last day of October 2015", "la deuxième quinzaine d'avril": the Nth (-1 = the
// last) day, ISO week, weekday or fortnight of a month. The first week is the first one starting
// in the month, the last the last one ending in it; fortnights are the 1st-15th and the 16th-end.
bool ordinal_in_month(const PatternMatch& match, const ResolveContext& context, std::vector<Resolved>* out) {
  const std::string* nth_text = match.vocab("nth", context.vocabulary);
  auto nth = nth_text ? to_int(*nth_text) : std::nullopt;
  if (!nth || *nth == 0 || *nth < -1 || *nth > 5) return false;
  std::optional<Date> month_start;
  std::string why;
  const char* anchor_of = anchor::kWritten;
  if (auto month = month_of(match, "month", context.vocabulary)) {
    std::optional<int> year = year_of(match, "year", context.reference);
    why = "explicit year";
    if (!year) {
      const TenseCueHit hit = tense_of(match, context);
      anchor_of = tense_anchor(hit);
      year = choose_year(context.reference, hit.tense, [&](int y) { return interval_of(month_value(y, *month)); });
      why = "year from " + describe(hit) + " against " + to_iso(context.reference);
    }
    if (!year) return false;
    month_start = make_day(*year, *month, 1);
  } else {
    int direction = 0;
    if (const std::string* value = match.vocab("direction", context.vocabulary)) direction = to_int(*value).value_or(0);
    month_start = Date(context.reference.year(), context.reference.month(), 1) + greg::months(direction);
    why = "the reference's month shifted by " + std::to_string(direction);
    anchor_of = anchor::kPublication;
  }
  if (!month_start) return false;
  const Date month_end = *month_start + greg::months(1) - greg::days(1);
  const int last_day = month_end.day();
  const std::string* sub = match.vocab("sub", context.vocabulary);
  auto weekday_number = match.number("weekday", context.vocabulary);
  std::optional<Date> day;
  std::string value;
  if (weekday_number) {
    if (*weekday_number < 1 || *weekday_number > 7) return false;
    day = *nth > 0 ? *month_start + greg::days((*weekday_number - iso_weekday(*month_start) + 7) % 7 + 7 * (*nth - 1))
                   : month_end - greg::days((iso_weekday(month_end) - *weekday_number + 7) % 7);
  } else if (sub && *sub == "D") {
    day = *nth > 0 ? make_day(month_start->year(), month_start->month(), *nth) : std::optional<Date>(month_end);
  } else if (sub && *sub == "W") {
    // Monday of the first week starting in the month / of the last week ending in it
    day = *nth > 0 ? *month_start + greg::days((8 - iso_weekday(*month_start)) % 7 + 7 * (*nth - 1))
                   : month_end - greg::days(iso_weekday(month_end) % 7) - greg::days(6);
    if (day->month() != month_start->month()) return false;
    value = iso_week_value(*day);
  } else if (sub && *sub == "F") {
    if (*nth > 2) return false;
    const bool second = *nth == 2 || *nth == -1;
    Resolved r = resolved_span(match, to_iso(*month_start + greg::days(second ? 15 : 0)), "");
    r.first = *month_start + greg::days(second ? 15 : 0);
    r.last = second ? month_end : *month_start + greg::days(14);
    r.explanation = std::string(second ? "second" : "first") + " fortnight of the month; " + why;
    r.anchor = anchor_of;
    out->push_back(std::move(r));
    return true;
  } else {
    return false;
  }
  if (!day || day->month() != month_start->month() || day->day() > last_day) return false;
  if (value.empty()) value = to_iso(*day);
  Resolved r = resolved_span(match, value, "ordinal " + std::to_string(*nth) + " in the month; " + why);
  r.anchor = anchor_of;
  out->push_back(std::move(r));
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
    case ResolverKind::Holiday: return holiday(match, context, out);
    case ResolverKind::DayOfMonth: return day_of_month(match, context, out);
    case ResolverKind::OrdinalInMonth: return ordinal_in_month(match, context, out);
    case ResolverKind::RelativeDay: return relative_day(match, context, out, false);
    case ResolverKind::AnchoredDay: return relative_day(match, context, out, true);
    case ResolverKind::Year: {
      auto year = year_of(match, "year", context.reference);
      if (!year) return false;
      out->push_back(resolved_span(match, year_value(*year), "explicit year"));
      return true;
    }
    case ResolverKind::Decade: {
      // "les années 80", "the 1950s", "the eighties" (a vocabulary value: 1980)
      const std::string* word = match.vocab("decade", context.vocabulary);
      const std::string_view text = word ? std::string_view(*word) : match.group("decade");
      if (text.size() != 2 && text.size() != 4) return false;
      const std::string digits = text.size() == 2 ? "19" + std::string(text) : std::string(text);
      out->push_back(resolved_span(match, digits.substr(0, 3) + "X", "decade"));
      return true;
    }
    default: return false;
  }
}

}  // namespace evgraph::detail
