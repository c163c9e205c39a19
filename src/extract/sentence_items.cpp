#include "extract/sentence_items.hpp"

namespace evgraph::detail {
namespace {

// Appends the items of `all` that start inside [begin, end), advancing `cursor` past them; items
// before `begin` (between sentences) are skipped.
template <typename Item, typename Begin>
void take(const std::vector<Item>& all, std::size_t& cursor, std::size_t begin, std::size_t end, Begin begin_of,
          std::vector<const Item*>& out) {
  while (cursor < all.size() && begin_of(all[cursor]) < begin) ++cursor;
  while (cursor < all.size() && begin_of(all[cursor]) < end) out.push_back(&all[cursor++]);
}

}  // namespace

SentenceItems SentenceItemsCursor::next(const Span& sentence) {
  SentenceItems items;
  items.span = sentence;
  take(m_timexes, m_timex, sentence.begin, sentence.end, [](const Timex& t) { return t.begin; }, items.timexes);
  take(m_mentions, m_mention, sentence.begin, sentence.end, [](const Mention& m) { return m.begin; },
       items.mentions);
  take(m_triggers, m_trigger, sentence.begin, sentence.end, [](const TriggerMention& t) { return t.begin; },
       items.triggers);
  const auto& origin = m_folded.origin;
  take(m_cues, m_cue, sentence.begin, sentence.end, [&](const CueMention& c) { return std::size_t{origin[c.folded_begin]}; },
       items.cues);
  return items;
}

}  // namespace evgraph::detail
