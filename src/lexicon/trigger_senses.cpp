#include "lexicon/trigger_senses.hpp"

#include <evgraph/error.hpp>
#include <evgraph/text.hpp>

#include <yaml-cpp/yaml.h>

#include <algorithm>

namespace evgraph::detail {
namespace {

// How far a cue may stand from the word it reads, in words either side: about a clause.
constexpr std::size_t kCueReach = 12;

std::unordered_set<std::string> folded_words(const YAML::Node& list) {
  std::unordered_set<std::string> out;
  if (list)
    for (const auto& word : list) out.insert(fold(word.as<std::string>()));
  return out;
}

}  // namespace

TriggerSenses::TriggerSenses(const YAML::Node& senses, const std::string& file,
                             std::vector<TriggerDefinition>& definitions,
                             const std::map<std::string, TriggerDefinition>& bases) {
  if (!senses) return;
  for (const auto& spec : senses) {
    Sense sense;
    const std::string written = spec["word"].as<std::string>();
    sense.word = fold(written);
    const std::string type = spec["type"].as<std::string>();
    const auto base = bases.find(type);
    if (base == bases.end())
      throw ConfigError({file, spec["type"].Mark().line + 1, spec["type"].Mark().column + 1},
                        "sense of '" + written + "' names no type of this file: '" + type + "'");
    sense.cues = folded_words(spec["cues"]);
    sense.against = folded_words(spec["against"]);
    for (std::size_t k = 0; k < definitions.size(); ++k) {
      const TriggerDefinition& listed = definitions[k];
      const std::string& lemma = listed.is_verb ? listed.verb_lemma : listed.entry;
      if (listed.type != type && listed.then_word.empty() && fold(lemma) == sense.word)
        sense.listed.insert(static_cast<int>(k));
    }
    TriggerDefinition noun = base->second;
    noun.entry = written;
    definitions.push_back(noun);
    sense.noun = static_cast<int>(definitions.size() - 1);
    TriggerDefinition verb = noun;
    verb.is_verb = true;
    verb.verb_lemma = sense.word;
    definitions.push_back(verb);
    sense.verb = static_cast<int>(definitions.size() - 1);
    m_senses.push_back(std::move(sense));
  }
}

int TriggerSenses::vote(const Sense& sense, const TriggerMention& mention, const Words& words) const {
  const std::size_t from = mention.first_word > kCueReach ? mention.first_word - kCueReach : 0;
  const std::size_t to = std::min(words.spans.size(), mention.first_word + mention.word_count + kCueReach);
  bool cue = false, against = false;
  for (std::size_t k = from; k < to; ++k) {
    if (k >= mention.first_word && k < mention.first_word + mention.word_count) continue;
    const std::string word(words.at(k));
    cue = cue || sense.cues.count(word) > 0;
    against = against || sense.against.count(word) > 0;
  }
  return static_cast<int>(cue) - static_cast<int>(against);
}

void TriggerSenses::apply(std::vector<TriggerMention>& mentions, const Words& words) const {
  for (const Sense& sense : m_senses) {
    const auto listed = [&](int definition) { return definition >= 0 && sense.listed.count(definition) > 0; };
    int votes = 0;
    bool used = false;
    for (const TriggerMention& mention : mentions)
      if (listed(mention.noun) || listed(mention.verb)) {
        used = true;
        votes += vote(sense, mention, words);
      }
    if (!used || votes <= 0) continue;
    for (TriggerMention& mention : mentions) {
      if (listed(mention.noun)) mention.noun = sense.noun;
      if (listed(mention.verb)) mention.verb = sense.verb;
    }
  }
}

}  // namespace evgraph::detail
