// Where an event sits in time for drawing, and how its date reads in words.
#pragma once

#include <evgraph/model.hpp>
#include <evgraph/render.hpp>

#include <string>

namespace evgraph::detail {

enum class MarkKind {
  point,    // one day
  range,    // a known span: several days, a week, a month, a season...
  before,   // only an upper bound ("before the article's publication")
  after,    // only a lower bound
  between,  // both bounds but no value: somewhere inside, not all along
  undated,  // nothing to draw
};

struct Placement {
  MarkKind kind = MarkKind::undated;
  Date first;  // inclusive day bounds; before: both are `latest`, after: both are `earliest`
  Date last;
};

Placement place_event(const EventDate& date);
// "2 décembre 2024", "fin juin 2025", "avant le 19 août 2025"...
std::string describe_date(const EventDate& date, const LocaleStrings& words);
std::string format_day(const Date& day, const LocaleStrings& words);

}  // namespace evgraph::detail
