// The timeline's date scale: days to x with long empty stretches cut out (axis breaks), and the
// ticks and labels of its axis at a unit that fits the scale.
#pragma once

#include <evgraph/render.hpp>

#include <string>
#include <utility>
#include <vector>

namespace evgraph::detail {

inline long day_of(const Date& day) { return static_cast<long>(day.day_number()); }

struct DaySpan {
  long first;  // day numbers (Date::day_number), inclusive
  long last;
};

struct AxisSegment {
  long first;
  long last;
  double x0;  // left edge of `first`
  double x1;  // right edge of `last`
};

class TimeScale {
 public:
  TimeScale() = default;  // no segments: assign a real scale before use
  // `covered`: the days events occupy; gaps between them longer than break_gap_ratio of the whole
  // domain (and break_min_days) become breaks of break_width px. `label_px`, when given, is the
  // room each covered span's label needs after it: a break starts only past it, so a label never
  // has to cross one.
  TimeScale(DaySpan domain, std::vector<DaySpan> covered, double x0, double x1, const TimelineMetrics& metrics,
            const std::vector<double>& label_px = {});

  double x(long day) const { return position(static_cast<double>(day)); }  // left edge of the day
  double x_end(long day) const { return position(static_cast<double>(day) + 1.0); }
  double px_per_day() const { return m_px_per_day; }
  const std::vector<AxisSegment>& segments() const { return m_segments; }
  // x range of each break, left to right.
  std::vector<std::pair<double, double>> breaks() const;

 private:
  double position(double day) const;
  std::vector<AxisSegment> m_segments;
  double m_px_per_day = 1;
};

struct AxisLabel {
  double x;
  std::string text;
  bool centred;  // else starts at x
};

struct AxisLayout {
  std::vector<double> minor_ticks;
  std::vector<double> major_ticks;
  std::vector<AxisLabel> minor_labels;  // day numbers, months, years...
  std::vector<AxisLabel> major_labels;  // "décembre 2024", "2025"
};

AxisLayout make_axis(const TimeScale& scale, const LocaleStrings& words, const RenderStyle& style);

}  // namespace evgraph::detail
