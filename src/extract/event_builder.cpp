#include "extract/event_builder.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <optional>

namespace evgraph::detail {
namespace {

// A noun trigger names its own event only near its date ("la réunion de mardi"); farther away the
// date belongs to something else in the sentence. One after a demonstrative ("cette réunion")
// refers back to an event already named, so it needs its date right beside it.
constexpr std::size_t kNounReach = 100;
constexpr std::size_t kAnaphoricReach = 40;
// An undated event is kept only when a place is named right by its trigger ("la réunion en Alaska").
constexpr std::size_t kUndatedPlaceReach = 60;

// How close a "récente" / "upcoming" must stand to the trigger it places in time.
constexpr std::size_t kWhenReach = 25;

struct Candidate {
  const TriggerMention* mention = nullptr;
  const TriggerDefinition* definition = nullptr;
  bool anaphoric = false;
  std::string when;  // "recent" or "upcoming" when a word beside the trigger says so
};

std::size_t distance(std::size_t a_begin, std::size_t a_end, std::size_t b_begin, std::size_t b_end) {
  if (b_begin >= a_end) return b_begin - a_end;
  if (a_begin >= b_end) return a_begin - b_end;
  return 0;
}

// How much less a coarse date tells about when an event happened: a bare year in a sentence is
// more often context ("en 2025") than the date of the event named beside a precise day.
std::size_t granularity_penalty(const std::string& granularity) {
  static const std::map<std::string, std::size_t> penalties = {
      {"day", 0}, {"week", 10}, {"month", 15}, {"season", 25}, {"quarter", 25}, {"half", 30}, {"year", 60}};
  auto it = penalties.find(granularity);
  return it == penalties.end() ? 80 : it->second;
}

bool is_dated(const Timex& timex) {
  return timex.first && !timex.from_dateline && (timex.type == TimexType::Date || timex.type == TimexType::Time);
}

// The date of a wire dateline ("PARIS, 5 février 2026 (AFP) -", "LONDON, Nov 15 (AP) —") is when
// the dispatch was filed, not when what it reports happened: a date followed by an agency in
// parentheses and a dash.
bool is_wire_dateline(std::string_view text, const Timex& timex) {
  std::size_t i = timex.end;
  auto skip_spaces = [&] {
    while (i < text.size() && (text[i] == ' ' || text.compare(i, 2, "\xC2\xA0") == 0)) i += text[i] == ' ' ? 1 : 2;
  };
  skip_spaces();
  if (i >= text.size() || text[i] != '(') return false;
  const std::size_t close = text.find(')', i);
  if (close == std::string_view::npos || close - i > 24) return false;
  for (std::size_t k = i + 1; k < close; ++k)
    if (!std::isalpha(static_cast<unsigned char>(text[k])) && text[k] != '.' && text[k] != ' ' && text[k] != '-') return false;
  i = close + 1;
  skip_spaces();
  return i < text.size() && (text[i] == '-' || text.compare(i, 3, "\xE2\x80\x93") == 0 || text.compare(i, 3, "\xE2\x80\x94") == 0);
}

// Byte ranges of quoted speech in a sentence: « », “ ” and straight double quotes.
std::vector<Span> quotations(std::string_view text, const Span& sentence) {
  std::vector<Span> out;
  std::size_t open = std::string_view::npos;
  for (std::size_t i = sentence.begin; i < sentence.end; ++i) {
    const bool opening = text.compare(i, 2, "\xC2\xAB") == 0 || text.compare(i, 3, "\xE2\x80\x9C") == 0 ||
                         (text[i] == '"' && open == std::string_view::npos);
    const bool closing = text.compare(i, 2, "\xC2\xBB") == 0 || text.compare(i, 3, "\xE2\x80\x9D") == 0 ||
                         (text[i] == '"' && open != std::string_view::npos);
    if (closing && open != std::string_view::npos) {
      out.push_back({open, i});
      open = std::string_view::npos;
    } else if (opening && open == std::string_view::npos) {
      open = i;
    }
  }
  return out;
}

bool inside(const std::vector<Span>& spans, const Timex& timex) {
  return std::any_of(spans.begin(), spans.end(), [&](const Span& s) { return s.begin <= timex.begin && timex.end <= s.end; });
}

std::vector<Candidate> candidates_of(const DocumentContext& context, const SentenceItems& items) {
  std::vector<Candidate> out;
  const auto& definitions = context.language.triggers().definitions();
  for (const TriggerMention* mention : items.triggers) {
    Candidate candidate{mention, &definitions[static_cast<std::size_t>(mention->trigger)], false, {}};
    const std::string& folded = context.folded.text;
    for (const CueMention* cue : items.cues) {
      const bool before = cue->folded_end <= mention->folded_begin;
      // "cette réunion", "cette « décision »": only spaces and quotes between the two.
      if (cue->kind == "anaphoric" && before && !candidate.definition->is_verb &&
          folded.find_first_not_of(" \"", cue->folded_end) >= mention->folded_begin)
        candidate.anaphoric = true;
      if (cue->kind == "recent" || cue->kind == "upcoming") {
        const std::size_t mention_end = mention->folded_begin + (mention->end - mention->begin);
        const std::size_t gap = before ? mention->folded_begin - cue->folded_end
                                       : (cue->folded_begin > mention_end ? cue->folded_begin - mention_end : 0);
        if (gap <= kWhenReach) candidate.when = cue->kind;
      }
    }
    out.push_back(candidate);
  }
  // Verbs of saying are attribution ("a déclaré X") when the sentence reports something else.
  const bool has_event = std::any_of(out.begin(), out.end(), [](const Candidate& c) { return !c.definition->reporting; });
  if (has_event)
    out.erase(std::remove_if(out.begin(), out.end(), [](const Candidate& c) { return c.definition->reporting; }),
              out.end());
  return out;
}

// Timexes coordinated with dated[index] ("mardi et mercredi", "6, 7 and 8 May").
std::vector<const Timex*> coordinated(const DocumentContext& context, const std::vector<const Timex*>& dated,
                                      std::size_t index) {
  auto joined = [&](const Timex* left, const Timex* right) {
    if (right->begin < left->end) return false;
    std::string gap = fold(context.text.substr(left->end, right->begin - left->end));
    gap.erase(std::remove(gap.begin(), gap.end(), ' '), gap.end());
    const auto& joiners = context.language.date_joiners();
    return std::find(joiners.begin(), joiners.end(), gap) != joiners.end();
  };
  std::size_t first = index, last = index;
  while (first > 0 && joined(dated[first - 1], dated[first])) --first;
  while (last + 1 < dated.size() && joined(dated[last], dated[last + 1])) ++last;
  return {dated.begin() + static_cast<long>(first), dated.begin() + static_cast<long>(last) + 1};
}

std::string title_of(const DocumentContext& context, const std::string& type, const std::vector<const Mention*>& mentions) {
  std::string title = context.language.locale().type_name(type);
  std::vector<std::string> names;
  for (EntityClass cls : {EntityClass::Place, EntityClass::Actor, EntityClass::Proposal}) {
    for (const Mention* mention : mentions) {
      if (mention->cls != cls || names.size() >= 3) continue;
      const auto* entry = context.lexicon.find_entry(mention->entity_id);
      if (entry && entry->entity.kind == "media") continue;
      const std::string name = entry ? entry->entity.name : mention->text;
      if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
    }
  }
  for (std::size_t i = 0; i < names.size(); ++i) title += (i == 0 ? " — " : ", ") + names[i];
  return title;
}

Event make_event(const DocumentContext& context, const SentenceItems& items, const Candidate& candidate,
                 const std::optional<EventDate>& date, const std::vector<const Mention*>& mentions) {
  Event event;
  event.type = candidate.definition->type;
  event.title = title_of(context, event.type, mentions);
  if (date) {
    event.date = *date;
  } else {
    event.date.certainty = "unknown";
  }
  event.modality = modality_of(context, items, *candidate.mention, event.date);
  if (!date) {
    // Undated: what the text tells is which side of the publication date it lies.
    if (candidate.when == "upcoming" || (candidate.when.empty() && event.modality == "planned"))
      event.date.earliest = context.info.published;
    else
      event.date.latest = context.info.published;
  }
  for (const Mention* mention : mentions) {
    std::vector<std::string>* target = nullptr;
    if (mention->cls == EntityClass::Place) target = &event.places;
    else if (mention->cls == EntityClass::Proposal) target = &event.proposals;
    else {
      const auto* entry = context.lexicon.find_entry(mention->entity_id);
      if (entry && entry->entity.kind == "media") continue;  // a source, not a participant
      target = &event.actors;
    }
    target->push_back(mention->entity_id);
  }
  for (auto* list : {&event.actors, &event.places, &event.proposals}) {
    std::sort(list->begin(), list->end());
    list->erase(std::unique(list->begin(), list->end()), list->end());
  }
  Source source;
  source.doc = context.info.id;
  source.begin = items.span.begin;
  source.end = items.span.end;
  source.quote.assign(context.text.substr(items.span.begin, items.span.end - items.span.begin));
  event.sources.push_back(std::move(source));

  double confidence = 0.45;
  if (date && event.date.granularity == "day") confidence += 0.2;
  else if (date) confidence += 0.1;
  if (candidate.definition->is_verb) confidence += 0.1;
  if (!event.actors.empty() || !event.places.empty()) confidence += 0.15;
  if (event.modality == "possible" || event.modality == "denied") confidence -= 0.15;
  event.confidence = std::round(std::clamp(confidence, 0.05, 0.95) * 100.0) / 100.0;
  return event;
}

// Each mention goes to the event whose trigger is nearest.
std::vector<std::vector<const Mention*>> assign_mentions(const SentenceItems& items,
                                                         const std::vector<const TriggerMention*>& anchors) {
  std::vector<std::vector<const Mention*>> out(anchors.size());
  for (const Mention* mention : items.mentions) {
    std::size_t best = 0;
    std::size_t best_distance = SIZE_MAX;
    for (std::size_t k = 0; k < anchors.size(); ++k) {
      const std::size_t d = distance(mention->begin, mention->end, anchors[k]->begin, anchors[k]->end);
      if (d < best_distance) best = k, best_distance = d;
    }
    out[best].push_back(mention);
  }
  return out;
}

}  // namespace

std::vector<Event> events_of_sentence(const DocumentContext& context, const SentenceItems& items) {
  const std::vector<Candidate> candidates = candidates_of(context, items);
  if (candidates.empty()) return {};
  std::vector<const Timex*> dated;
  for (const Timex* timex : items.timexes)
    if (is_dated(*timex) && !is_wire_dateline(context.text, *timex)) dated.push_back(timex);
  const std::vector<Span> quoted = quotations(context.text, items.span);

  std::vector<Candidate> chosen;
  std::vector<std::optional<EventDate>> dates;
  if (!dated.empty()) {
    // Each trigger takes its nearest date; of the triggers sharing a date, a verb heading the
    // clause names the event better than a noun, then the more concrete type, then the nearer.
    std::map<std::size_t, std::pair<Candidate, std::size_t>> best_by_timex;
    for (const Candidate& candidate : candidates) {
      const std::size_t reach = candidate.anaphoric ? kAnaphoricReach
                                : candidate.definition->is_verb ? SIZE_MAX : kNounReach;
      std::optional<std::size_t> best;
      std::size_t best_score = SIZE_MAX, best_distance = SIZE_MAX;
      for (std::size_t k = 0; k < dated.size(); ++k) {
        const std::size_t d = distance(candidate.mention->begin, candidate.mention->end, dated[k]->begin, dated[k]->end);
        if (d > reach) continue;
        // "« Juillet paraît trop tôt », estime X": a date in the quoted words does not date the saying.
        if (candidate.definition->reporting && inside(quoted, *dated[k])) continue;
        const std::size_t score = d + granularity_penalty(dated[k]->granularity);
        if (score < best_score) best = k, best_score = score, best_distance = d;
      }
      if (!best) continue;
      auto better = [](const Candidate& a, std::size_t da, const Candidate& b, std::size_t db) {
        const bool verb_a = a.definition->is_verb && !a.definition->reporting;
        const bool verb_b = b.definition->is_verb && !b.definition->reporting;
        if (verb_a != verb_b) return verb_a;
        if (a.definition->rank != b.definition->rank) return a.definition->rank > b.definition->rank;
        return da < db;
      };
      auto it = best_by_timex.find(*best);
      if (it == best_by_timex.end() || better(candidate, best_distance, it->second.first, it->second.second))
        best_by_timex[*best] = {candidate, best_distance};
    }
    for (const auto& [index, pick] : best_by_timex) {
      chosen.push_back(pick.first);
      dates.push_back(event_date_of(coordinated(context, dated, index)));
    }
  } else {
    std::optional<Candidate> best;
    std::size_t best_distance = SIZE_MAX;
    for (const Candidate& candidate : candidates) {
      // Without a date, an event is worth a place on the timeline only when the text places it
      // before or after now ("la réunion récente en Alaska") and says where.
      if (candidate.anaphoric || candidate.definition->rank < 4 || candidate.when.empty()) continue;
      for (const Mention* mention : items.mentions) {
        if (mention->cls != EntityClass::Place) continue;
        const std::size_t d = distance(candidate.mention->begin, candidate.mention->end, mention->begin, mention->end);
        if (d <= kUndatedPlaceReach && d < best_distance) best = candidate, best_distance = d;
      }
    }
    if (best) {
      chosen.push_back(*best);
      dates.emplace_back(std::nullopt);
    }
  }

  if (chosen.empty()) return {};
  std::vector<const TriggerMention*> anchors;
  for (const Candidate& candidate : chosen) anchors.push_back(candidate.mention);
  const auto mentions = assign_mentions(items, anchors);
  std::vector<Event> events;
  for (std::size_t k = 0; k < chosen.size(); ++k) {
    Event event = make_event(context, items, chosen[k], dates[k], mentions[k]);
    // An event with no one, nowhere and about nothing named cannot be told from another of its
    // type on a timeline or linked in the graph: the sentence is context, not an event.
    if (event.actors.empty() && event.places.empty() && event.proposals.empty()) continue;
    events.push_back(std::move(event));
  }
  return events;
}

}  // namespace evgraph::detail
