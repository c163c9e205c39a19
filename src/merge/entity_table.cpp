#include <evgraph/merge.hpp>

#include <algorithm>

namespace evgraph {

EntityTable::EntityTable(const Lexicon& lexicon) {
  for (const auto& entry : lexicon.entries()) add(entry);
}

void EntityTable::add(const LexiconEntry& entry) {
  m_index.emplace(entry.entity.id, m_entries.size());
  m_entries.emplace_back(entry.cls, entry.entity);
  m_surface_forms.emplace_back();
}

void EntityTable::add_document(const DocumentAnalysis& analysis) {
  for (const auto& entry : analysis.discovered)
    if (!m_index.count(entry.entity.id)) add(entry);
  std::set<std::string> mentioned;
  for (const auto& mention : analysis.mentions) {
    auto it = m_index.find(mention.entity_id);
    if (it == m_index.end()) continue;
    m_surface_forms[it->second].insert(mention.text);
    mentioned.insert(mention.entity_id);
  }
  for (const auto& id : mentioned) m_mentions.push_back({id, analysis.info.id, "mentioned_in"});
}

namespace {

bool shouted(const std::string& text) {
  bool letter = false;
  for (char c : text) {
    if (c >= 'a' && c <= 'z') return false;
    letter = letter || (c >= 'A' && c <= 'Z');
  }
  return letter && text.size() > 4;
}

}  // namespace

std::vector<std::pair<EntityClass, Entity>> EntityTable::take() {
  for (std::size_t i = 0; i < m_entries.size(); ++i) {
    Entity& entity = m_entries[i].second;
    // "MONTEVIDEO" from a dateline: the text's ordinary spelling names it better.
    if (shouted(entity.name))
      for (const auto& form : m_surface_forms[i])
        if (!shouted(form) && fold(form) == fold(entity.name)) {
          entity.name = form;
          break;
        }
    const std::string name = fold(entity.name);
    std::set<std::string> seen;
    for (const auto& alias : entity.aliases) seen.insert(fold(alias));
    for (const auto& form : m_surface_forms[i]) {
      if (fold(form) == name || !seen.insert(fold(form)).second) continue;
      entity.aliases.push_back(form);
    }
    std::sort(entity.aliases.begin(), entity.aliases.end());
  }
  m_index.clear();
  m_surface_forms.clear();
  return std::move(m_entries);
}

}  // namespace evgraph
