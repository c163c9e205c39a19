#include "date_placement.hpp"

#include "text_util.hpp"

namespace evgraph::detail {
namespace {

std::string year_text(const Date& day) { return std::to_string(static_cast<int>(day.year())); }

std::string month_text(const Date& day, const LocaleStrings& words) {
  return fill(words.phrase("month"), {{"month", words.months[day.month() - 1]}, {"year", year_text(day)}});
}

std::string range_text(const Date& first, const Date& last, const LocaleStrings& words) {
  if (first == last) return format_day(first, words);
  if (first.year() == last.year() && first.month() == last.month()) {
    const std::string day1 = first.day() == 1 ? words.phrase("first_day") : std::to_string(first.day());
    return fill(words.phrase("day_range_same_month"), {{"day1", day1},
                                                        {"day2", std::to_string(last.day())},
                                                        {"month", words.months[first.month() - 1]},
                                                        {"year", year_text(first)}});
  }
  return fill(words.phrase("day_range"), {{"first", format_day(first, words)}, {"last", format_day(last, words)}});
}

// The period a TIMEX3 value names, before any START/MID/END modifier.
std::string period_text(const std::string& value, const DateInterval& interval, const LocaleStrings& words) {
  const std::string& g = interval.granularity;
  const std::string year = year_text(interval.first);
  if (g == "week") return fill(words.phrase("week"), {{"date", format_day(interval.first, words)}});
  if (g == "month") return month_text(interval.first, words);
  if (g == "season" && value.size() >= 7) {
    auto it = words.seasons.find(value.substr(5, 2));
    const std::string season = it != words.seasons.end() ? it->second : value.substr(5, 2);
    return fill(words.phrase("season"), {{"season", season}, {"year", value.substr(0, 4)}});
  }
  if ((g == "quarter" || g == "half") && value.size() >= 7)
    return fill(words.phrase(g), {{"n", value.substr(6, 1)}, {"year", year}});
  if (g == "decade") return fill(words.phrase("decade"), {{"decade", year}});
  if (g == "year" || g == "century") return fill(words.phrase("year"), {{"year", year}});
  return range_text(interval.first, interval.last, words);
}

}  // namespace

Placement place_event(const EventDate& date) {
  Placement p;
  if (date.value) {
    if (date.start && date.end && *date.start <= *date.end) {
      p.first = *date.start;
      p.last = *date.end;
    } else if (auto interval = interval_of(*date.value)) {
      const DateInterval narrowed = apply_mod(*interval, date.mod);
      p.first = narrowed.first;
      p.last = narrowed.last;
    }
    if (!p.first.is_special()) {
      p.kind = p.first == p.last ? MarkKind::point : MarkKind::range;
      return p;
    }
  }
  if (date.earliest && date.latest && *date.earliest <= *date.latest) {
    p.first = *date.earliest;
    p.last = *date.latest;
    p.kind = p.first == p.last ? MarkKind::point : MarkKind::between;
  } else if (date.latest) {
    p.first = p.last = *date.latest;
    p.kind = MarkKind::before;
  } else if (date.earliest) {
    p.first = p.last = *date.earliest;
    p.kind = MarkKind::after;
  }
  return p;
}

std::string format_day(const Date& day, const LocaleStrings& words) {
  const std::string number = day.day() == 1 ? words.phrase("first_day") : std::to_string(day.day());
  return fill(words.phrase("day"), {{"day", number}, {"month", words.months[day.month() - 1]}, {"year", year_text(day)}});
}

std::string describe_date(const EventDate& date, const LocaleStrings& words) {
  if (date.value) {
    if (auto interval = interval_of(*date.value)) {
      if (interval->granularity == "day") {
        const Date first = date.start ? *date.start : interval->first;
        const Date last = date.end && *date.end >= first ? *date.end : first;
        return range_text(first, last, words);
      }
      const std::string period = period_text(*date.value, *interval, words);
      if (date.mod == "START" || date.mod == "MID" || date.mod == "END")
        return fill(words.phrase("mod_" + date.mod), {{"period", period}});
      return period;
    }
    if (date.start && date.end) return range_text(*date.start, *date.end, words);
  }
  if (date.earliest && date.latest)
    return fill(words.phrase("between"),
                {{"first", format_day(*date.earliest, words)}, {"last", format_day(*date.latest, words)}});
  if (date.latest) return fill(words.phrase("before"), {{"date", format_day(*date.latest, words)}});
  if (date.earliest) return fill(words.phrase("after"), {{"date", format_day(*date.earliest, words)}});
  return words.phrase("unknown");
}

}  // namespace evgraph::detail
