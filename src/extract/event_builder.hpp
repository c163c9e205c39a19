// Turning a document's sentences into events: which trigger names an event and in which clause,
// which date is its own, who acts and on whom, where, how sure the text is, and a title that says
// what happened.
#pragma once

#include <evgraph/corpus.hpp>
#include <evgraph/language.hpp>
#include <evgraph/lexicon.hpp>
#include <evgraph/model.hpp>

#include "extract/clauses.hpp"
#include "extract/document_context.hpp"
#include "extract/roles.hpp"

#include <map>
#include <string_view>
#include <vector>

namespace evgraph::detail {


// Reads one document sentence by sentence, in order: pronouns refer to what came before.
class EventReader {
 public:
  explicit EventReader(const DocumentContext& context) : m_context(context), m_salience(context) {}

  std::vector<Event> read(const Span& sentence);

 private:
  // Who a sentence named, and with which titles, for the pronouns and descriptions after it;
  // `where`: the states it names only as where something happened.
  void remember(const std::vector<const Mention*>& mentions, const std::vector<const Mention*>& where = {});
  std::vector<const Mention*> states_named_as_places(const Sentence& sentence) const;
  bool dates_something(const Span& span) const;

  const DocumentContext& m_context;
  Salience m_salience;
};

// The event date a temporal expression gives; `list` holds the expressions coordinated with it
// ("mardi et mercredi"), whose days widen the range.
EventDate event_date_of(const std::vector<const Timex*>& list);

// The date of a wire dateline ("PARIS, 5 février 2026 (AFP) -") is when the dispatch was filed,
// not when what it reports happened.
bool is_wire_dateline(std::string_view text, const Timex& timex);

}  // namespace evgraph::detail
