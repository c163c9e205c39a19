#include "extract/event_builder.hpp"

#include <algorithm>
#include <cctype>

namespace evgraph::detail {
namespace {

bool has_written_year(std::string_view text) {
  int digits = 0;
  for (char c : text) {
    digits = std::isdigit(static_cast<unsigned char>(c)) ? digits + 1 : 0;
    if (digits == 4) return true;
  }
  return false;
}

}  // namespace

EventDate event_date_of(const std::vector<const Timex*>& list) {
  EventDate date;
  const Timex& head = *list.front();
  date.value = head.value;
  date.start = head.first;
  date.end = head.last;
  date.granularity = head.granularity.empty() ? "unknown" : head.granularity;
  date.mod = head.mod;
  for (const Timex* other : list) {
    if (other->first && (!date.start || *other->first < *date.start)) date.start = other->first;
    if (other->last && (!date.end || *other->last > *date.end)) date.end = other->last;
  }
  // A date with its year written is as the text says; one whose year or day was worked out from
  // the publication date is inferred.
  const bool explicit_year = std::any_of(list.begin(), list.end(), [](const Timex* t) { return has_written_year(t->text); });
  date.certainty = explicit_year ? "explicit" : "inferred";
  return date;
}

}  // namespace evgraph::detail
