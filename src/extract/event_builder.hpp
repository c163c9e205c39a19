// Turning one sentence's items into events: which trigger names the event, which date it has,
// who takes part, where, about what, and how sure the text is that it happened.
#pragma once

#include <evgraph/corpus.hpp>
#include <evgraph/language.hpp>
#include <evgraph/lexicon.hpp>
#include <evgraph/model.hpp>

#include "extract/sentence_items.hpp"

#include <string_view>
#include <vector>

namespace evgraph::detail {

struct DocumentContext {
  const DocumentInfo& info;
  std::string_view text;
  const FoldedText& folded;
  const LanguagePack& language;
  const Lexicon& lexicon;
};

std::vector<Event> events_of_sentence(const DocumentContext& context, const SentenceItems& items);

// The event date a temporal expression gives; `list` holds the expressions coordinated with it
// ("mardi et mercredi"), whose days widen the range.
EventDate event_date_of(const std::vector<const Timex*>& list);

// happened|planned|possible|denied|reported, from the cues of the sentence around the trigger
// and the date against the publication date.
std::string modality_of(const DocumentContext& context, const SentenceItems& items, const TriggerMention& trigger,
                        const EventDate& date);

}  // namespace evgraph::detail
