#include "diff/compare_fields.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iterator>
#include <map>
#include <tuple>

namespace evgraph::detail {
namespace {

std::optional<std::string> text_of(const std::optional<Date>& date) {
  if (!date) return std::nullopt;
  return to_iso(*date);
}

std::optional<std::string> text_of(const std::string& value) {
  if (value.empty()) return std::nullopt;
  return value;
}

// graph.yaml keeps two decimals and graph.json all of them: compare what both can say.
std::string confidence_text(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", value);
  return buffer;
}

std::string date_text(const EventDate& date) {
  std::string text = date.value ? *date.value : std::string("undated");
  if (!date.mod.empty()) text += " (" + date.mod + ")";
  return text;
}

std::optional<std::string> conflicting_text(const std::vector<EventDate>& dates) {
  if (dates.empty()) return std::nullopt;
  std::string text;
  for (const EventDate& date : dates) text += (text.empty() ? "" : ", ") + date_text(date);
  return text;
}

template <typename T>
void compare(std::vector<FieldChange>& out, const char* field, const T& old_value, const T& new_value) {
  if (old_value == new_value) return;
  out.push_back({field, text_of(old_value), text_of(new_value)});
}

void compare_text(std::vector<FieldChange>& out, const char* field, const std::optional<std::string>& old_value,
                  const std::optional<std::string>& new_value) {
  if (old_value != new_value) out.push_back({field, old_value, new_value});
}

void compare_dates(std::vector<FieldChange>& out, const EventDate& a, const EventDate& b) {
  compare_text(out, "date.value", a.value, b.value);
  compare(out, "date.start", a.start, b.start);
  compare(out, "date.end", a.end, b.end);
  compare(out, "date.granularity", a.granularity, b.granularity);
  compare(out, "date.mod", a.mod, b.mod);
  compare(out, "date.earliest", a.earliest, b.earliest);
  compare(out, "date.latest", a.latest, b.latest);
  compare(out, "date.certainty", a.certainty, b.certainty);
}

bool same_dates(const std::vector<EventDate>& a, const std::vector<EventDate>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    std::vector<FieldChange> changes;
    compare_dates(changes, a[i], b[i]);
    if (!changes.empty()) return false;
  }
  return true;
}

using Span = std::tuple<std::size_t, std::size_t, const std::string*>;

// Each document's quoted spans, to tell a document cited differently from one cited alike.
std::map<std::string_view, std::vector<Span>> spans_by_document(const Event& event) {
  std::map<std::string_view, std::vector<Span>> out;
  for (const Source& s : event.sources) out[s.doc].emplace_back(s.begin, s.end, &s.quote);
  for (auto& entry : out) std::sort(entry.second.begin(), entry.second.end());
  return out;
}

bool same_spans(const std::vector<Span>& a, const std::vector<Span>& b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const Span& x, const Span& y) {
    return std::get<0>(x) == std::get<0>(y) && std::get<1>(x) == std::get<1>(y) && *std::get<2>(x) == *std::get<2>(y);
  });
}

bool same_sources(const std::vector<Source>& a, const std::vector<Source>& b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const Source& x, const Source& y) {
    return x.doc == y.doc && x.begin == y.begin && x.end == y.end && x.quote == y.quote;
  });
}

std::vector<std::string> sorted_unique(std::vector<std::string> list) {
  std::sort(list.begin(), list.end());
  list.erase(std::unique(list.begin(), list.end()), list.end());
  return list;
}

}  // namespace

std::vector<std::string> source_documents(const Event& event) {
  std::vector<std::string> docs;
  docs.reserve(event.sources.size());
  for (const Source& source : event.sources) docs.push_back(source.doc);
  return sorted_unique(std::move(docs));
}

SetChange set_change(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  SetChange change;
  if (a == b) return change;
  const auto x = sorted_unique(a), y = sorted_unique(b);
  std::set_difference(y.begin(), y.end(), x.begin(), x.end(), std::back_inserter(change.added));
  std::set_difference(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(change.removed));
  return change;
}

EventChange compare_events(const Event& o, const Event& n, const DocumentSet& touched) {
  EventChange change;
  change.kind = ChangeKind::Changed;
  change.id = n.id;
  if (o.id != n.id) change.old_id = o.id;
  change.type = n.type;
  change.title = n.title;
  change.date = n.date.value;

  compare(change.fields, "type", o.type, n.type);
  compare(change.fields, "title", o.title, n.title);
  compare_dates(change.fields, o.date, n.date);
  if (!same_dates(o.conflicting_dates, n.conflicting_dates))
    compare_text(change.fields, "conflicting_dates", conflicting_text(o.conflicting_dates),
                 conflicting_text(n.conflicting_dates));
  // Formatting every confidence shows in profiles of large graphs: compare rounded values first.
  if (std::lround(o.confidence * 100) != std::lround(n.confidence * 100))
    compare(change.fields, "confidence", confidence_text(o.confidence), confidence_text(n.confidence));
  compare(change.fields, "modality", o.modality, n.modality);
  change.actors = set_change(o.actors, n.actors);
  change.places = set_change(o.places, n.places);
  change.proposals = set_change(o.proposals, n.proposals);
  change.agents = set_change(o.agents, n.agents);
  change.targets = set_change(o.targets, n.targets);
  std::vector<std::string> causes;
  if (!same_sources(o.sources, n.sources)) {
    const auto old_spans = spans_by_document(o), new_spans = spans_by_document(n);
    std::vector<std::string> old_docs, new_docs;
    for (const auto& entry : old_spans) old_docs.emplace_back(entry.first);
    for (const auto& entry : new_spans) {
      new_docs.emplace_back(entry.first);
      auto before = old_spans.find(entry.first);
      if (before != old_spans.end() && !same_spans(before->second, entry.second))
        change.requoted.emplace_back(entry.first);
    }
    change.sources = set_change(old_docs, new_docs);
    causes = change.sources.added;
    causes.insert(causes.end(), change.sources.removed.begin(), change.sources.removed.end());
    causes.insert(causes.end(), change.requoted.begin(), change.requoted.end());
  }
  // A source edited in place changes what the pipeline reads even when the event cites it alike.
  for (const Source& source : n.sources)
    if (std::binary_search(touched.begin(), touched.end(), source.doc)) causes.push_back(source.doc);
  change.documents = sorted_unique(std::move(causes));
  return change;
}

bool same_event(const Event& a, const Event& b) {
  auto same_date = [](const EventDate& x, const EventDate& y) {
    return x.value == y.value && x.start == y.start && x.end == y.end && x.granularity == y.granularity &&
           x.mod == y.mod && x.earliest == y.earliest && x.latest == y.latest && x.certainty == y.certainty;
  };
  return a.id == b.id && a.type == b.type && a.title == b.title && same_date(a.date, b.date) &&
         std::equal(a.conflicting_dates.begin(), a.conflicting_dates.end(), b.conflicting_dates.begin(),
                    b.conflicting_dates.end(), same_date) &&
         std::lround(a.confidence * 100) == std::lround(b.confidence * 100) && a.modality == b.modality &&
         a.actors == b.actors && a.places == b.places && a.proposals == b.proposals && a.agents == b.agents &&
         a.targets == b.targets && same_sources(a.sources, b.sources);
}

bool has_changes(const EventChange& c) {
  return !c.fields.empty() || !c.actors.empty() || !c.places.empty() || !c.proposals.empty() || !c.agents.empty() ||
         !c.targets.empty() || !c.sources.empty() ||
         !c.requoted.empty() || !c.old_id.empty();
}

EntityChange compare_entities(const Entity& o, const Entity& n) {
  EntityChange change;
  change.kind = ChangeKind::Changed;
  change.id = n.id;
  change.name = n.name;
  compare(change.fields, "name", o.name, n.name);
  compare(change.fields, "kind", o.kind, n.kind);
  change.aliases = set_change(o.aliases, n.aliases);
  return change;
}

}  // namespace evgraph::detail
