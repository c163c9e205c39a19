#include "density_strip.hpp"

#include <algorithm>
#include <map>

namespace evgraph::detail {
namespace {

using boost::gregorian::date_duration;

Date from_day_number(long n) { return Date(1400, 1, 1) + date_duration(n - day_of(Date(1400, 1, 1))); }

// First and last day of the bin holding `day`.
DaySpan bin_of(long day, const std::string& unit) {
  if (unit == "day") return {day, day};
  const Date date = from_day_number(day);
  if (unit == "week") {
    const long monday = day - (date.day_of_week().as_number() + 6) % 7;
    return {monday, monday + 6};
  }
  const Date first(date.year(), date.month(), 1);
  return {day_of(first), day_of(first.end_of_month())};
}

}  // namespace

DensityStrip density_strip(const TimelineSelection& selection, const TimeScale& scale) {
  DensityStrip out;
  const double ppd = scale.px_per_day();
  out.unit = ppd >= 2 ? "day" : ppd * 7 >= 2 ? "week" : "month";
  std::map<long, std::pair<DaySpan, std::size_t>> bins;  // by first day
  for (const TimelineEvent& item : selection.events) {
    const long middle = (day_of(item.place.first) + day_of(item.place.last)) / 2;
    const DaySpan bin = bin_of(middle, out.unit);
    auto& entry = bins.try_emplace(bin.first, bin, 0).first->second;
    ++entry.second;
  }
  for (const auto& [first, entry] : bins) {
    const auto& [bin, count] = entry;
    // A bin cut by an axis break is drawn over the part of it the axis keeps.
    for (const AxisSegment& segment : scale.segments()) {
      const long from = std::max(bin.first, segment.first);
      const long to = std::min(bin.last, segment.last);
      if (from > to) continue;
      out.bars.push_back({scale.x(from), scale.x_end(to), count});
    }
    out.max_count = std::max(out.max_count, count);
  }
  return out;
}

}  // namespace evgraph::detail
