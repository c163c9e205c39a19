// find_nodes and resolve_node: what a user typed after --actor or --around, read as an id, a name
// or an alias.
#include <evgraph/error.hpp>
#include <evgraph/names.hpp>
#include <evgraph/text.hpp>

#include <algorithm>
#include <set>

namespace evgraph {
namespace {

// Levenshtein distance on bytes of folded text: enough to rank suggestions.
std::size_t distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

template <typename Visit>
void for_each_entity(const GraphModel& model, Visit visit) {
  for (const auto* list : {&model.actors, &model.places, &model.proposals})
    for (const Entity& entity : *list) visit(entity);
}

bool has_id(const GraphModel& model, std::string_view id) {
  auto in = [&](const auto& list) {
    auto it = std::lower_bound(list.begin(), list.end(), id, [](const auto& x, std::string_view key) { return x.id < key; });
    return it != list.end() && it->id == id;
  };
  return in(model.events) || in(model.actors) || in(model.places) || in(model.proposals);
}

}  // namespace

std::vector<std::string> find_nodes(const GraphModel& model, std::string_view text) {
  if (has_id(model, text)) return {std::string(text)};
  const std::string wanted = fold(text);
  std::set<std::string> ids;
  for_each_entity(model, [&](const Entity& entity) {
    bool match = fold(entity.name) == wanted;
    for (const std::string& alias : entity.aliases) match = match || fold(alias) == wanted;
    if (match) ids.insert(entity.id);
  });
  return {ids.begin(), ids.end()};
}

std::string resolve_node(const GraphModel& model, std::string_view text, std::string_view option) {
  const std::vector<std::string> ids = find_nodes(model, text);
  const std::string prefix = std::string(option) + ": ";
  if (ids.size() == 1) return ids.front();
  if (ids.size() > 1) {
    std::string list;
    for (const std::string& id : ids) list += (list.empty() ? "" : ", ") + id;
    throw InputError({}, prefix + "'" + std::string(text) + "' names several nodes (" + list + "): give an id");
  }
  // Nothing: suggest the names closest to what was typed.
  const std::string wanted = fold(text);
  std::vector<std::pair<std::size_t, std::string>> near;
  for_each_entity(model, [&](const Entity& entity) {
    std::size_t best = distance(wanted, fold(entity.name));
    for (const std::string& alias : entity.aliases) best = std::min(best, distance(wanted, fold(alias)));
    best = std::min(best, distance(wanted, fold(entity.id)));
    if (best <= std::max<std::size_t>(2, wanted.size() / 3)) near.emplace_back(best, entity.name + " (" + entity.id + ")");
  });
  std::sort(near.begin(), near.end());
  std::string message = prefix + "no node '" + std::string(text) + "' in the graph (an id, or an entity's name or alias)";
  if (!near.empty()) {
    message += "; did you mean ";
    for (std::size_t k = 0; k < near.size() && k < 3; ++k) message += (k ? ", " : "") + near[k].second;
    message += "?";
  }
  throw InputError({}, message);
}

}  // namespace evgraph
