// export_timelinejs: the JSON TimelineJS3 reads (timeline.knightlab.com/docs/json-format.html),
// schemas/timelinejs.schema.json. A slide per dated event, as precise as its date: a day gives
// year, month and day; a month year and month; a year the year alone. TimelineJS reads slide text
// as HTML, so every string from the graph is escaped.
#include "export/export_common.hpp"

#include "render/date_placement.hpp"
#include "render/text_util.hpp"

#include <nlohmann/json.hpp>

#include <set>

namespace evgraph {
namespace {

using Json = nlohmann::ordered_json;

Json date_json(const Date& day, const std::string& granularity) {
  Json out;
  out["year"] = static_cast<int>(day.year());
  if (granularity == "year" || granularity == "decade" || granularity == "century") return out;
  out["month"] = static_cast<int>(day.month());
  if (granularity == "month") return out;
  out["day"] = static_cast<int>(day.day());
  return out;
}

// TimelineJS puts unique_id in the page (an element id and the URL fragment): letters, digits,
// "-" and "_" only, and unique.
std::string slide_id(const std::string& event_id, std::set<std::string>& taken) {
  std::string id = detail::safe_id(event_id);
  std::string candidate = id;
  for (int n = 2; !taken.insert(candidate).second; ++n) candidate = id + "-" + std::to_string(n);
  return candidate;
}

// The quotes of an event with a link to their article, as HTML: at most `max` of them.
std::string slide_text(const Event& event, const std::map<std::string, const DocumentInfo*>& documents,
                       const ExportOptions& options, const LocaleStrings& words, std::size_t max) {
  using detail::xml_escape;
  std::string html;
  const std::size_t shown = std::min(max, event.sources.size());
  for (std::size_t i = 0; i < shown; ++i) {
    const Source& source = event.sources[i];
    auto doc = documents.find(source.doc);
    const std::string name = doc != documents.end() && !doc->second->title.empty() ? doc->second->title : source.doc;
    html += "<blockquote>" + xml_escape(source.quote) + "</blockquote><p>";
    const std::string href = detail::source_href(source, documents, options.links);
    if (!href.empty())
      html += "<a href=\"" + xml_escape(href) + "\" target=\"_blank\" rel=\"noopener noreferrer\">" + xml_escape(name) + "</a>";
    else
      html += xml_escape(name);
    if (doc != documents.end() && !doc->second->published.is_special())
      html += ", " + xml_escape(detail::format_day(doc->second->published, words));
    html += "</p>";
  }
  if (event.sources.size() > shown)
    html += "<p>" + xml_escape(detail::fill(words.phrase("sources"), {{"count", std::to_string(event.sources.size())}})) + "</p>";
  return html;
}

}  // namespace

std::string export_timelinejs(const GraphModel& model, const Resources& resources, const ExportOptions& options) {
  const LocaleStrings& words = resources.language(options.lang).locale();
  const auto documents = detail::documents_by_id(model);
  Json root;
  const std::string title = model.corpus.name.empty() ? words.phrase("title")
                                                      : detail::fill(words.phrase("title_corpus"), {{"name", model.corpus.name}});
  Json events = Json::array();
  std::set<std::string> taken;
  std::optional<Date> first, last;
  for (const Event& event : model.events) {
    const auto days = detail::event_days(event);
    if (!days) continue;  // TimelineJS needs a start date
    first = first ? std::min(*first, days->first) : days->first;
    last = last ? std::max(*last, days->last) : days->last;
    const detail::Placement place = detail::place_event(event.date);
    // A bound only ("before 19 August") is drawn at the bound, the words say which side.
    const std::string granularity = place.kind == detail::MarkKind::point || place.kind == detail::MarkKind::range
                                        ? event.date.granularity
                                        : "day";
    Json slide;
    slide["start_date"] = date_json(days->first, granularity);
    if (days->last != days->first && place.kind != detail::MarkKind::before && place.kind != detail::MarkKind::after &&
        granularity != "month" && granularity != "year")
      slide["end_date"] = date_json(days->last, "day");
    slide["display_date"] = detail::describe_date(event.date, words);
    slide["text"] = Json{{"headline", detail::xml_escape(event.title)}, {"text", slide_text(event, documents, options, words, 3)}};
    slide["group"] = words.type_name(event.type);
    slide["unique_id"] = slide_id(event.id, taken);
    events.push_back(std::move(slide));
  }
  std::string description = words.phrase("description_empty");
  if (first)
    description = detail::fill(words.phrase("description"), {{"count", std::to_string(events.size())},
                                                             {"first", detail::format_day(*first, words)},
                                                             {"last", detail::format_day(*last, words)}});
  root["title"] = Json{{"text", Json{{"headline", detail::xml_escape(title)}, {"text", detail::xml_escape(description)}}}};
  root["events"] = std::move(events);
  return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace evgraph
