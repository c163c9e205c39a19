#include <evgraph/error.hpp>
#include <evgraph/lexicon.hpp>
#include <evgraph/schema.hpp>

#include "lexicon/token_trie.hpp"

namespace evgraph {

struct TriggerSet::Impl {
  std::vector<TriggerDefinition> definitions;
  detail::TokenTrie triggers;
  detail::TokenTrie cues;
  std::vector<std::string> cue_kinds;

  void add(const std::string& type, const YAML::Node& forms, bool is_verb, bool reporting, int rank) {
    if (!forms) return;
    for (const auto& form : forms) {
      definitions.push_back({type, form.as<std::string>(), is_verb, reporting, rank});
      triggers.insert(fold(form.as<std::string>()), static_cast<int>(definitions.size() - 1));
    }
  }
};

TriggerSet::TriggerSet(const DataStore& data, const std::string& lang) : m_impl(std::make_unique<Impl>()) {
  const std::string relative = "data/lang/" + lang + "/triggers.yaml";
  if (!data.exists(relative)) throw ConfigError({relative}, "no event triggers for language '" + lang + "'");
  const YAML::Node root = data.load_yaml(relative);
  validate_against_schema(root, data.display_name(relative), "triggers.schema.json", data, true);
  for (const auto& item : root["types"]) {
    const std::string type = item.first.as<std::string>();
    const YAML::Node& spec = item.second;
    const int rank = spec["rank"] ? spec["rank"].as<int>() : 1;
    m_impl->add(type, spec["nouns"], false, false, rank);
    m_impl->add(type, spec["verbs"], true, false, rank);
    m_impl->add(type, spec["reporting_verbs"], true, true, 0);
  }
  if (root["cues"]) {
    for (const auto& item : root["cues"]) {
      for (const auto& form : item.second) {
        m_impl->cue_kinds.push_back(item.first.as<std::string>());
        m_impl->cues.insert(fold(form.as<std::string>()), static_cast<int>(m_impl->cue_kinds.size() - 1));
      }
    }
  }
}

TriggerSet::~TriggerSet() = default;
TriggerSet::TriggerSet(TriggerSet&&) noexcept = default;
TriggerSet& TriggerSet::operator=(TriggerSet&&) noexcept = default;

std::vector<TriggerMention> TriggerSet::find(const FoldedText& folded) const {
  std::vector<TriggerMention> out;
  std::vector<detail::Token> scratch;
  const auto& tokens = detail::words_of(folded, scratch);
  std::size_t i = 0;
  while (i < tokens.size()) {
    const auto candidates = m_impl->triggers.matches_at(tokens, folded.text, i, true);
    if (candidates.empty()) {
      ++i;
      continue;
    }
    const auto& longest = candidates.back();
    TriggerMention mention;
    mention.folded_begin = tokens[i].begin;
    mention.begin = folded.origin[tokens[i].begin];
    mention.end = folded.original_end(tokens[i + longest.token_count - 1].end);
    mention.trigger = longest.values->front();
    out.push_back(mention);
    i += longest.token_count;
  }
  return out;
}

std::vector<CueMention> TriggerSet::find_cues(const FoldedText& folded) const {
  std::vector<CueMention> out;
  std::vector<detail::Token> scratch;
  const auto& tokens = detail::words_of(folded, scratch);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const auto candidates = m_impl->cues.matches_at(tokens, folded.text, i, true);
    if (candidates.empty()) continue;
    const auto& longest = candidates.back();
    out.push_back({tokens[i].begin, tokens[i + longest.token_count - 1].end,
                   m_impl->cue_kinds[static_cast<std::size_t>(longest.values->front())]});
  }
  return out;
}

const std::vector<TriggerDefinition>& TriggerSet::definitions() const { return m_impl->definitions; }

}  // namespace evgraph
