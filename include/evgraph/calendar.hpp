// Calendar helpers over Boost.Date_Time: ISO parsing and printing, ISO weeks, intervals of TIMEX3
// values.
#pragma once

#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace evgraph {

using Date = boost::gregorian::date;

// The calendar Boost.Date_Time supports, and so the only dates evgraph reads: 1400-01-01 to
// 9999-12-31. A year outside it in a text is not a date; in a graph export or lexicon it is a
// located error. Code that steps away from a date (axes, padding) stays inside it itself.
constexpr int kFirstYear = 1400;
constexpr int kLastYear = 9999;

// Parses "YYYY-MM-DD"; nullopt when malformed, not a real day (2025-02-30) or outside the
// supported years.
std::optional<Date> parse_iso_date(std::string_view text);
// "YYYY-MM-DD".
std::string to_iso(const Date& date);

// The calendar days a TIMEX3 date value covers, inclusive: "2025-03-15", "2025-03", "2025-W48",
// "2025-SP", "2025-Q3", "2025-H1", "2025", "202X"; a value with a time ("2025-03-15T20:30") covers its day.
// nullopt for values with no calendar extent (PRESENT_REF, XXXX-03-15, durations).
struct DateInterval {
  Date first;
  Date last;
  std::string granularity;  // day|week|month|season|quarter|half|year|decade|century
};
std::optional<DateInterval> interval_of(std::string_view timex_value);

// Narrows an interval by a TIMEX3 mod (START, MID, END): the first, middle or last third for
// months and longer, as "fin juin" reads in news text. Other mods return it unchanged.
DateInterval apply_mod(const DateInterval& interval, std::string_view mod);

// ISO 8601 week: Monday first; week 1 holds the year's first Thursday.
std::string iso_week_value(const Date& date);  // "2024-W48"

}  // namespace evgraph
