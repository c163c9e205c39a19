// What one sentence holds: its temporal expressions, mentions, triggers and cues, gathered by one
// forward pass over the document's sorted lists.
#pragma once

#include <evgraph/lexicon.hpp>
#include <evgraph/text.hpp>
#include <evgraph/timex.hpp>

#include <vector>

namespace evgraph::detail {

struct SentenceItems {
  Span span;  // original offsets
  std::vector<const Timex*> timexes;
  std::vector<const Mention*> mentions;
  std::vector<const TriggerMention*> triggers;
  std::vector<const CueMention*> cues;
};

class SentenceItemsCursor {
 public:
  SentenceItemsCursor(const std::vector<Timex>& timexes, const std::vector<Mention>& mentions,
                      const std::vector<TriggerMention>& triggers, const std::vector<CueMention>& cues,
                      const FoldedText& folded)
      : m_timexes(timexes), m_mentions(mentions), m_triggers(triggers), m_cues(cues), m_folded(folded) {}

  // REQUIRES: sentences come in text order without overlap.
  SentenceItems next(const Span& sentence);

 private:
  const std::vector<Timex>& m_timexes;
  const std::vector<Mention>& m_mentions;
  const std::vector<TriggerMention>& m_triggers;
  const std::vector<CueMention>& m_cues;
  const FoldedText& m_folded;
  std::size_t m_timex = 0, m_mention = 0, m_trigger = 0, m_cue = 0;
};

}  // namespace evgraph::detail
