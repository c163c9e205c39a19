#include "time_axis.hpp"

#include "text_util.hpp"

#include <algorithm>
#include <cmath>

namespace evgraph::detail {
namespace {

using boost::gregorian::date_duration;

Date from_day_number(long n) { return Date(1400, 1, 1) + date_duration(n - day_of(Date(1400, 1, 1))); }

enum class Unit { day, week, month, quarter, year };

// First boundary of `unit` (every `step` for years) at or before `day`, and the next one.
Date floor_to(Unit unit, Date day, int step) {
  switch (unit) {
    case Unit::day: return day;
    case Unit::week: return day - date_duration((day.day_of_week().as_number() + 6) % 7);
    case Unit::month: return Date(day.year(), day.month(), 1);
    case Unit::quarter: return Date(day.year(), static_cast<unsigned short>((day.month() - 1) / 3 * 3 + 1), 1);
    case Unit::year: return Date(static_cast<unsigned short>(day.year() / step * step), 1, 1);
  }
  return day;
}

Date next_of(Unit unit, Date day, int step) {
  switch (unit) {
    case Unit::day: return day + date_duration(1);
    case Unit::week: return day + date_duration(7);
    case Unit::month: return day + boost::gregorian::months(1);
    case Unit::quarter: return day + boost::gregorian::months(3);
    case Unit::year: return day + boost::gregorian::years(step);
  }
  return day;
}

std::string minor_text(Unit unit, Date day, const LocaleStrings& words) {
  switch (unit) {
    case Unit::day:
    case Unit::week: return std::to_string(day.day());
    case Unit::month:
    case Unit::quarter: return words.months_short[day.month() - 1];
    case Unit::year: return std::to_string(static_cast<int>(day.year()));
  }
  return {};
}

std::string major_text(Unit major, Date day, const LocaleStrings& words) {
  if (major == Unit::month)
    return fill(words.phrase("month"), {{"month", words.months[day.month() - 1]},
                                        {"year", std::to_string(static_cast<int>(day.year()))}});
  return std::to_string(static_cast<int>(day.year()));
}

}  // namespace

TimeScale::TimeScale(DaySpan domain, std::vector<DaySpan> covered, double x0, double x1,
                     const TimelineMetrics& metrics, const std::vector<double>& label_px) {
  const long span = domain.last - domain.first + 1;
  // Last day each span's label reaches, in days at the scale without breaks: breaks of at least
  // break_gap_ratio of the span only ever widen days, so the label fits at the final scale too.
  const double least_px_per_day = std::max(1e-9, (x1 - x0) / static_cast<double>(std::max(1L, span)));
  std::vector<std::pair<DaySpan, long>> spans;  // (days covered, last day of the label)
  for (std::size_t i = 0; i < covered.size(); ++i) {
    const double px = i < label_px.size() ? label_px[i] : 0;
    spans.push_back({covered[i], covered[i].last + static_cast<long>(std::ceil(px / least_px_per_day))});
  }
  std::sort(spans.begin(), spans.end(), [](const auto& a, const auto& b) { return a.first.first < b.first.first; });
  // Cuts: [cut_first, cut_last] day ranges removed from the axis. A long gap between events is
  // cut after the labels before it, when what is left of it is still long enough.
  std::vector<DaySpan> cuts;
  const long pad = std::max(2L, std::lround(0.02 * static_cast<double>(span)));
  long reach = spans.empty() ? domain.last : spans.front().first.last;
  long label_reach = spans.empty() ? domain.last : spans.front().second;
  for (std::size_t i = 1; i < spans.size(); ++i) {
    const DaySpan& next = spans[i].first;
    const long gap = next.first - reach - 1;
    if (static_cast<double>(gap) > metrics.break_gap_ratio * static_cast<double>(span) && gap > metrics.break_min_days + 2 * pad) {
      const DaySpan cut{std::max(reach + 1 + pad, label_reach + 1), next.first - 1 - pad};
      if (cut.last - cut.first + 1 >= metrics.break_min_days) cuts.push_back(cut);
    }
    reach = std::max(reach, next.last);
    label_reach = std::max(label_reach, spans[i].second);
  }
  long kept_days = span;
  for (const DaySpan& cut : cuts) kept_days -= cut.last - cut.first + 1;
  const double usable = std::max(1.0, x1 - x0 - static_cast<double>(cuts.size()) * metrics.break_width);
  m_px_per_day = usable / static_cast<double>(std::max(1L, kept_days));
  double cursor = x0;
  long first = domain.first;
  auto add = [&](long last) {
    const double width = static_cast<double>(last - first + 1) * m_px_per_day;
    m_segments.push_back({first, last, cursor, cursor + width});
    cursor += width + metrics.break_width;
  };
  for (const DaySpan& cut : cuts) {
    add(cut.first - 1);
    first = cut.last + 1;
  }
  add(domain.last);
}

double TimeScale::position(double day) const {
  // The last segment starting at or before `day`; a day inside a cut maps to its break's middle.
  auto it = std::upper_bound(m_segments.begin(), m_segments.end(), day,
                             [](double d, const AxisSegment& s) { return d < static_cast<double>(s.first); });
  if (it == m_segments.begin()) return m_segments.front().x0;
  const AxisSegment& s = *(it - 1);
  const double end = static_cast<double>(s.last + 1);
  if (day <= end) return s.x0 + (day - static_cast<double>(s.first)) * m_px_per_day;
  if (it == m_segments.end()) return s.x1;
  return (s.x1 + it->x0) / 2;
}

std::vector<std::pair<double, double>> TimeScale::breaks() const {
  std::vector<std::pair<double, double>> out;
  for (std::size_t i = 1; i < m_segments.size(); ++i) out.emplace_back(m_segments[i - 1].x1, m_segments[i].x0);
  return out;
}

AxisLayout make_axis(const TimeScale& scale, const LocaleStrings& words, const RenderStyle& style) {
  const double font = style.small_font_size;
  const double min_spacing = style.timeline.min_tick_spacing;
  double month_width = 0;
  for (const std::string& name : words.months_short) month_width = std::max(month_width, style.text_width(name, font));
  const double ppd = scale.px_per_day();

  Unit unit = Unit::year;
  int step = 1;
  if (ppd >= std::max(min_spacing, style.text_width("31", font) + 6)) unit = Unit::day;
  else if (ppd * 7 >= std::max(min_spacing, style.text_width("31", font) + 8)) unit = Unit::week;
  else if (ppd * 28 >= std::max(min_spacing, month_width + 6)) unit = Unit::month;
  else if (ppd * 90 >= std::max(min_spacing, month_width + 6)) unit = Unit::quarter;
  else {
    const double needed = std::max(min_spacing, style.text_width("2025", font) + 8);
    for (int s : {1, 2, 5, 10, 20, 50, 100}) {
      step = s;
      if (ppd * 365 * s >= needed) break;
    }
  }
  const bool has_major = unit != Unit::year;
  const Unit major = (unit == Unit::day || unit == Unit::week) ? Unit::month : Unit::year;

  AxisLayout out;
  struct Pending {
    double x;
    std::string text;
    bool at_segment_start;
  };
  std::vector<Pending> majors;
  for (const AxisSegment& segment : scale.segments()) {
    const Date seg_first = from_day_number(segment.first);
    const Date seg_last = from_day_number(segment.last);
    for (Date d = floor_to(unit, seg_first, step); d <= seg_last; d = next_of(unit, d, step)) {
      const long begin = std::max(day_of(d), segment.first);
      const long end = std::min(day_of(next_of(unit, d, step)) - 1, segment.last);
      const bool boundary = day_of(d) >= segment.first;
      if (boundary) out.minor_ticks.push_back(scale.x(day_of(d)));
      const std::string text = minor_text(unit, d, words);
      const double width = style.text_width(text, font);
      const double x0 = scale.x(begin);
      const double x1 = scale.x_end(end);
      if (unit == Unit::week) {
        if (boundary && x1 - x0 >= width + 4) out.minor_labels.push_back({x0 + 2, text, false});
      } else if (x1 - x0 >= width + 2) {
        out.minor_labels.push_back({(x0 + x1) / 2, text, true});
      }
    }
    if (!has_major) continue;
    const Date running = floor_to(major, seg_first, 1);
    if (day_of(running) < segment.first)
      majors.push_back({segment.x0 + 3, major_text(major, running, words), true});
    for (Date d = next_of(major, running, 1); d <= seg_last; d = next_of(major, d, 1)) {
      const double x = scale.x(day_of(d));
      out.major_ticks.push_back(x);
      majors.push_back({x + 3, major_text(major, d, words), false});
    }
    if (day_of(running) >= segment.first) {
      out.major_ticks.push_back(scale.x(day_of(running)));
      majors.push_back({scale.x(day_of(running)) + 3, major_text(major, running, words), false});
    }
  }
  std::stable_sort(majors.begin(), majors.end(), [](const Pending& a, const Pending& b) { return a.x < b.x; });
  // Where a segment's running label collides with a real boundary's label, the boundary wins.
  std::vector<Pending> kept;
  for (const Pending& label : majors) {
    while (!kept.empty() && kept.back().x + style.text_width(kept.back().text, font) + 8 > label.x) {
      if (!kept.back().at_segment_start) break;
      kept.pop_back();
    }
    if (!kept.empty() && kept.back().x + style.text_width(kept.back().text, font) + 8 > label.x) continue;
    kept.push_back(label);
  }
  // A boundary just before the end of the axis has no room for its label past the axis' end.
  const double end = scale.segments().empty() ? 0 : scale.segments().back().x1;
  for (const Pending& label : kept)
    if (label.x + style.text_width(label.text, font) <= end + 8) out.major_labels.push_back({label.x, label.text, false});
  std::sort(out.major_ticks.begin(), out.major_ticks.end());
  return out;
}

}  // namespace evgraph::detail
