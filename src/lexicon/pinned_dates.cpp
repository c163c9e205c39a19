// A pinned date must be one the calendar has: the schema's pattern lets "2025-02-30" and
// "1300" through, and the event would then silently lose its date.
#include <evgraph/calendar.hpp>
#include <evgraph/error.hpp>
#include <evgraph/lexicon.hpp>

namespace evgraph {

void check_pinned_dates(const YAML::Node& root, const std::string& file) {
  const YAML::Node dates = root.IsMap() ? root["dates"] : YAML::Node();
  if (!dates || !dates.IsSequence()) return;
  for (const auto& pin : dates) {
    const YAML::Node value = pin.IsMap() ? pin["value"] : YAML::Node();
    if (!value || !value.IsScalar() || interval_of(value.Scalar())) continue;
    const YAML::Mark mark = value.Mark();
    throw InputError({file, mark.line + 1, mark.column + 1},
                     "'" + value.Scalar() + "' is not a date the calendar has (from 1400-01-01 to 9999-12-31)");
  }
}

}  // namespace evgraph
