// export_mermaid: a Mermaid `timeline` (mermaid.js.org/syntax/timeline.html) for documentation
// pages. Mermaid's timeline grammar reads ":" as the start of an event, "#" and "%%" as a comment
// and, in older releases, ";" as the end of a statement: in text from the graph these become
// look-alike characters (꞉ ＃ ％ ；) so a title can never change the diagram's structure.
#include "export/export_common.hpp"

#include "render/date_placement.hpp"
#include "render/text_util.hpp"

#include <algorithm>

namespace evgraph {
namespace {

// `in_title`: a title line may hold ":".
std::string mermaid_text(std::string_view text, bool in_title = false) {
  std::string out;
  for (char c : detail::clean(text)) {
    switch (c) {
      case ':':
        if (in_title) out += c;
        else out += "\xEA\x9E\x89";  // U+A789 MODIFIER LETTER COLON
        break;
      case '#': out += "\xEF\xBC\x83"; break;  // U+FF03 FULLWIDTH NUMBER SIGN
      case '%': out += "\xEF\xBC\x85"; break;  // U+FF05 FULLWIDTH PERCENT SIGN
      case ';': out += "\xEF\xBC\x9B"; break;  // U+FF1B FULLWIDTH SEMICOLON
      default: out += c;
    }
  }
  // Leading and trailing spaces would be read as indentation or lost.
  const auto first = out.find_first_not_of(' ');
  if (first == std::string::npos) return "-";
  return out.substr(first, out.find_last_not_of(' ') - first + 1);
}

struct Row {
  Date first;
  std::string period;  // the date in words
  const Event* event;
};

}  // namespace

std::string export_mermaid(const GraphModel& model, const Resources& resources, const ExportOptions& options) {
  const bool fenced = options.markdown;
  const LocaleStrings& words = resources.language(options.lang).locale();
  std::vector<Row> rows;
  std::size_t undated = 0;
  for (const Event& event : model.events) {
    const auto days = detail::event_days(event);
    if (!days) {
      ++undated;
      continue;
    }
    rows.push_back({days->first, mermaid_text(detail::describe_date(event.date, words)), &event});
  }
  std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
    return std::tie(a.first, a.period, a.event->id) < std::tie(b.first, b.period, b.event->id);
  });

  std::string out = fenced ? "```mermaid\ntimeline\n" : "timeline\n";
  const std::string title = model.corpus.name.empty() ? words.phrase("title")
                                                      : detail::fill(words.phrase("title_corpus"), {{"name", model.corpus.name}});
  out += "    title " + mermaid_text(title, true) + "\n";
  if (undated)
    out += "    %% " + mermaid_text(detail::fill(words.phrase("undated"), {{"count", std::to_string(undated)}})) + "\n";
  int year = -1;
  const Row* previous = nullptr;
  for (const Row& row : rows) {
    const int row_year = static_cast<int>(row.first.year());
    if (row_year != year) {
      out += "    section " + std::to_string(row_year) + "\n";
      year = row_year;
      previous = nullptr;
    }
    const std::string event_text = mermaid_text(row.event->title);
    if (previous && previous->first == row.first && previous->period == row.period)
      out += "          : " + event_text + "\n";  // another event of the same period
    else
      out += "        " + row.period + " : " + event_text + "\n";
    previous = &row;
  }
  if (fenced) out += "```\n";
  return out;
}

}  // namespace evgraph
