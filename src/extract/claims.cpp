#include "extract/claims.hpp"

#include <algorithm>

namespace evgraph::detail {
namespace {

// Whether `claimed` may be what `claim` claims: reported no later in the text, and not dated
// after it.
bool may_be_claimed(const Event& claimed, const Event& claim) {
  if (claimed.sources.empty() || claim.sources.empty()) return false;
  if (claimed.sources.front().begin > claim.sources.front().begin) return false;
  return !claimed.date.start || !claim.date.start || *claimed.date.start <= *claim.date.start;
}

void add_sorted(std::vector<std::string>& ids, const std::string& id) {
  const auto at = std::lower_bound(ids.begin(), ids.end(), id);
  if (at == ids.end() || *at != id) ids.insert(at, id);
}

}  // namespace

void credit_claimed_events(std::vector<Event>& events, const TriggerSet& triggers) {
  const auto& credits = triggers.credits();
  if (credits.empty()) return;
  for (const Event& claim : events) {
    const auto credited = credits.find(claim.type);
    if (credited == credits.end() || claim.agents.empty()) continue;
    Event* claimed = nullptr;
    for (Event& event : events) {
      const bool of_type = std::find(credited->second.begin(), credited->second.end(), event.type) != credited->second.end();
      if (of_type && event.agents.empty() && may_be_claimed(event, claim) &&
          (!claimed || event.sources.front().begin >= claimed->sources.front().begin))
        claimed = &event;
    }
    if (!claimed) continue;
    for (const std::string& agent : claim.agents) {
      add_sorted(claimed->agents, agent);
      add_sorted(claimed->actors, agent);
    }
  }
}

}  // namespace evgraph::detail
