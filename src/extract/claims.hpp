// Claims of responsibility: "al Shabaab claimed responsibility on Monday" names who carried out
// the attack an earlier sentence reported without its author.
#pragma once

#include <evgraph/lexicon.hpp>
#include <evgraph/model.hpp>

#include <vector>

namespace evgraph::detail {

// Gives the agents of each claim (an event whose type credits others: triggers.yaml `credits`)
// to the last event of a credited type that the document reported before it, or in the same
// sentence, without an agent and not after the claim's date. `events` are one document's, in
// text order.
void credit_claimed_events(std::vector<Event>& events, const TriggerSet& triggers);

}  // namespace evgraph::detail
