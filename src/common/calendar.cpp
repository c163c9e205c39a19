#include <evgraph/calendar.hpp>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <cctype>
#include <cstdio>

namespace evgraph {
namespace {

bool all_digits(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

int to_int(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

std::optional<Date> make_date(int year, int month, int day) {
  if (year < kFirstYear || year > kLastYear || month < 1 || month > 12 || day < 1) return std::nullopt;
  if (day > boost::gregorian::gregorian_calendar::end_of_month_day(
                static_cast<unsigned short>(year), static_cast<unsigned short>(month)))
    return std::nullopt;
  return Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
              static_cast<unsigned short>(day));
}

Date last_of_month(int year, int month) {
  return Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month), 1).end_of_month();
}

Date monday_of_iso_week(int year, int week) {
  // 4 January is always in ISO week 1.
  Date jan4(static_cast<unsigned short>(year), 1, 4);
  const int offset = (jan4.day_of_week().as_number() + 6) % 7;  // days since Monday
  return jan4 - boost::gregorian::days(offset) + boost::gregorian::weeks(week - 1);
}

}  // namespace

std::optional<Date> parse_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  if (!all_digits(text.substr(0, 4)) || !all_digits(text.substr(5, 2)) || !all_digits(text.substr(8, 2)))
    return std::nullopt;
  return make_date(to_int(text.substr(0, 4)), to_int(text.substr(5, 2)), to_int(text.substr(8, 2)));
}

std::string to_iso(const Date& date) {
  // Called for every date the tagger and the exports write: digits by hand, not snprintf.
  const int year = date.year(), month = date.month(), day = date.day();
  std::string out(10, '-');
  out[0] = static_cast<char>('0' + year / 1000 % 10);
  out[1] = static_cast<char>('0' + year / 100 % 10);
  out[2] = static_cast<char>('0' + year / 10 % 10);
  out[3] = static_cast<char>('0' + year % 10);
  out[5] = static_cast<char>('0' + month / 10);
  out[6] = static_cast<char>('0' + month % 10);
  out[8] = static_cast<char>('0' + day / 10);
  out[9] = static_cast<char>('0' + day % 10);
  return out;
}

std::string iso_week_value(const Date& date) {
  const int week = date.week_number();
  int year = date.year();
  if (week == 1 && date.month() == 12) ++year;
  if (week >= 52 && date.month() == 1) --year;
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-W%02d", year, week);
  return buffer;
}

std::optional<DateInterval> interval_of(std::string_view value) {
  if (value.size() > 10 && value[10] == 'T') value = value.substr(0, 10);
  if (value.size() < 4) return std::nullopt;
  const std::string_view year_part = value.substr(0, 4);
  if (value.size() == 4) {
    if (all_digits(year_part)) {
      const int year = to_int(year_part);
      auto first = make_date(year, 1, 1);
      if (!first) return std::nullopt;
      return DateInterval{*first, Date(static_cast<unsigned short>(year), 12, 31), "year"};
    }
    if (all_digits(year_part.substr(0, 3)) && year_part[3] == 'X') {
      const int decade = to_int(year_part.substr(0, 3)) * 10;
      auto first = make_date(decade, 1, 1);
      if (!first) return std::nullopt;
      return DateInterval{*first, Date(static_cast<unsigned short>(decade + 9), 12, 31), "decade"};
    }
    if (all_digits(year_part.substr(0, 2)) && year_part.substr(2) == "XX") {
      const int century = to_int(year_part.substr(0, 2)) * 100;
      auto first = make_date(century, 1, 1);
      if (!first) return std::nullopt;
      return DateInterval{*first, Date(static_cast<unsigned short>(century + 99), 12, 31), "century"};
    }
    return std::nullopt;
  }
  if (!all_digits(year_part) || value[4] != '-') return std::nullopt;
  const int year = to_int(year_part);
  if (year < 1400 || year > 9998) return std::nullopt;
  const std::string_view rest = value.substr(5);
  if (rest.size() == 5 && rest[2] == '-' && all_digits(rest.substr(0, 2)) && all_digits(rest.substr(3))) {
    auto day = make_date(year, to_int(rest.substr(0, 2)), to_int(rest.substr(3)));
    if (!day) return std::nullopt;
    return DateInterval{*day, *day, "day"};
  }
  if (rest.size() == 2 && all_digits(rest)) {
    const int month = to_int(rest);
    if (month < 1 || month > 12) return std::nullopt;
    return DateInterval{*make_date(year, month, 1), last_of_month(year, month), "month"};
  }
  if (rest.size() == 3 && rest[0] == 'W' && all_digits(rest.substr(1))) {
    const int week = to_int(rest.substr(1));
    if (week < 1 || week > 53) return std::nullopt;
    const Date monday = monday_of_iso_week(year, week);
    return DateInterval{monday, monday + boost::gregorian::days(6), "week"};
  }
  // "2025-W04-WE": the Saturday and Sunday of that ISO week.
  if (rest.size() == 6 && rest[0] == 'W' && all_digits(rest.substr(1, 2)) && rest.substr(3) == "-WE") {
    const int week = to_int(rest.substr(1, 2));
    if (week < 1 || week > 53) return std::nullopt;
    const Date saturday = monday_of_iso_week(year, week) + boost::gregorian::days(5);
    return DateInterval{saturday, saturday + boost::gregorian::days(1), "week"};
  }
  if (rest.size() == 2 && (rest[0] == 'Q' || rest[0] == 'H') && rest[1] >= '1' &&
      rest[1] <= (rest[0] == 'Q' ? '4' : '2')) {
    const int months = rest[0] == 'Q' ? 3 : 6;
    const int first_month = (rest[1] - '1') * months + 1;
    return DateInterval{*make_date(year, first_month, 1), last_of_month(year, first_month + months - 1),
                        rest[0] == 'Q' ? "quarter" : "half"};
  }
  // Astronomical seasons, as French and English news use them ("au printemps" from 20 March).
  if (rest == "SP") return DateInterval{*make_date(year, 3, 20), *make_date(year, 6, 20), "season"};
  if (rest == "SU") return DateInterval{*make_date(year, 6, 21), *make_date(year, 9, 22), "season"};
  if (rest == "FA") return DateInterval{*make_date(year, 9, 23), *make_date(year, 12, 20), "season"};
  if (rest == "WI") return DateInterval{*make_date(year, 12, 21), *make_date(year + 1, 3, 19), "season"};
  return std::nullopt;
}

DateInterval apply_mod(const DateInterval& interval, std::string_view mod) {
  if (interval.granularity == "day") return interval;
  const long length = (interval.last - interval.first).days() + 1;
  const long third = length / 3;
  DateInterval out = interval;
  if (mod == "START") {
    out.last = interval.first + boost::gregorian::days(third - 1);
  } else if (mod == "MID") {
    out.first = interval.first + boost::gregorian::days(third);
    out.last = interval.last - boost::gregorian::days(third);
  } else if (mod == "END") {
    out.first = interval.last - boost::gregorian::days(third - 1);
  }
  return out;
}

}  // namespace evgraph
