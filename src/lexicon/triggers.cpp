#include <evgraph/error.hpp>
#include <evgraph/lexicon.hpp>
#include <evgraph/morphology.hpp>
#include <evgraph/schema.hpp>

#include "lexicon/token_trie.hpp"
#include "lexicon/trigger_senses.hpp"

#include <algorithm>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace evgraph {
namespace {

// "se réunir" -> (true, "réunir"); "s'entretenir" -> (true, "entretenir").
std::pair<bool, std::string> reflexive_split(const std::string& entry) {
  for (const char* prefix : {"se ", "s'", "s\xE2\x80\x99"}) {
    const std::string p(prefix);
    if (entry.compare(0, p.size(), p) == 0) return {true, entry.substr(p.size())};
  }
  return {false, entry};
}

// The verb of an entry and the fixed words after it: "avoir lieu" -> ("avoir", " lieu").
std::pair<std::string, std::string> verb_and_rest(const std::string& entry) {
  const std::size_t space = entry.find(' ');
  if (space == std::string::npos) return {entry, ""};
  return {entry.substr(0, space), entry.substr(space)};
}

}  // namespace

struct TriggerSet::Impl {
  std::vector<TriggerDefinition> definitions;
  detail::TokenTrie verbs;    // inflected forms, exact
  detail::TokenTrie nouns;    // nouns and phrases; plurals allowed
  std::unordered_map<std::string, std::vector<int>> gapped;  // folded lemma -> "verb … word" entries
  std::map<std::string, std::vector<std::string>> credits;  // type -> the types it credits
  std::optional<detail::TriggerSenses> senses;
};

TriggerSet::TriggerSet(const DataStore& data, const std::string& lang, const VerbForms& verb_forms)
    : m_impl(std::make_unique<Impl>()) {
  const std::string relative = "data/lang/" + lang + "/triggers.yaml";
  if (!data.exists(relative)) throw ConfigError({relative}, "no event triggers for language '" + lang + "'");
  const YAML::Node root = data.load_yaml(relative);
  validate_against_schema(root, data.display_name(relative), "triggers.schema.json", data, true);
  Impl& set = *m_impl;

  // Verb entries by folded lemma, so that the forms of every lemma come from one pass over the table.
  struct VerbEntry {
    int definition;
    std::string rest;  // fixed words after the verb, folded
  };
  std::unordered_map<std::string, std::vector<VerbEntry>> by_lemma;
  std::map<std::string, TriggerDefinition> bases;
  for (const auto& item : root["types"]) {
    const std::string type = item.first.as<std::string>();
    const YAML::Node& spec = item.second;
    TriggerDefinition base;
    base.type = type;
    base.event_class = spec["class"] ? spec["class"].as<std::string>() : "other";
    base.rank = spec["rank"] ? spec["rank"].as<int>() : 1;
    base.all_sides = spec["sides"] && spec["sides"].as<std::string>() == "all";
    base.noun_of_target = spec["noun_of"] && spec["noun_of"].as<std::string>() == "target";
    base.passive_subject_acts = spec["passive_subject"] && spec["passive_subject"].as<std::string>() == "agent";
    base.reporter_acts = spec["reporter"] && spec["reporter"].as<std::string>() == "agent";
    base.reporting = spec["reporting"] && spec["reporting"].as<bool>();
    base.place_is_target = spec["places"] && spec["places"].as<std::string>() == "target";
    bases[type] = base;
    if (spec["credits"])
      for (const auto& credited : spec["credits"]) set.credits[type].push_back(credited.as<std::string>());
    for (const char* list : {"nouns", "phrases"}) {
      if (!spec[list]) continue;
      for (const auto& form : spec[list]) {
        TriggerDefinition definition = base;
        definition.entry = form.as<std::string>();
        set.definitions.push_back(definition);
        set.nouns.insert(fold(definition.entry), static_cast<int>(set.definitions.size() - 1));
      }
    }
    for (const char* list : {"verbs", "place_verbs", "aspect_verbs"}) {
      if (!spec[list]) continue;
      TriggerDefinition listed = base;
      listed.is_verb = true;
      listed.needs_place = std::string_view(list) == "place_verbs";
      listed.aspect_only = std::string_view(list) == "aspect_verbs";
      // "Paul Martin est attendu à Menton": the one expected is the one who comes.
      listed.passive_subject_acts = base.passive_subject_acts || listed.needs_place;
      for (const auto& form : spec[list]) {
        TriggerDefinition definition = listed;
        definition.entry = form.as<std::string>();
        const auto [reflexive, verb] = reflexive_split(definition.entry);
        definition.reflexive = reflexive;
        const auto [lemma, rest] = verb_and_rest(verb);
        definition.verb_lemma = fold(lemma);
        const std::size_t gap = verb.find("\xE2\x80\xA6");  // …
        if (gap != std::string::npos) {
          // "condamner … à": not matched by itself, the clause reader switches to it.
          std::string word = verb.substr(gap + 3);
          while (!word.empty() && word.front() == ' ') word.erase(0, 1);
          definition.then_word = word;
          set.definitions.push_back(definition);
          set.gapped[definition.verb_lemma].push_back(static_cast<int>(set.definitions.size() - 1));
          continue;
        }
        set.definitions.push_back(definition);
        const int index = static_cast<int>(set.definitions.size() - 1);
        by_lemma[fold(lemma)].push_back({index, fold(rest)});
        set.verbs.insert(fold(verb), index);  // the lemma as written is a form too (the infinitive)
      }
    }
  }
  // A verb listed only as "verbe … mot" ("cut … rates") is found as a verb too: the clause reader
  // keeps it only when its word follows.
  for (const auto& [lemma, entries] : set.gapped) {
    auto& listed = by_lemma[lemma];
    const bool bare = std::any_of(listed.begin(), listed.end(), [](const VerbEntry& entry) { return entry.rest.empty(); });
    if (bare) continue;  // "condamner": the plain reading comes first, the gapped one wins when its word follows
    listed.push_back({entries.front(), ""});
    set.verbs.insert(lemma, entries.front());
  }
  set.senses.emplace(root["senses"], data.display_name(relative), set.definitions, bases);
  std::unordered_set<std::string> lemmas;
  for (const auto& entry : by_lemma) lemmas.insert(entry.first);
  for (const VerbFormEntry& form : verb_forms.forms_of(lemmas))
    for (const VerbEntry& entry : by_lemma.at(fold(form.lemma))) set.verbs.insert(fold(form.form) + entry.rest, entry.definition);
}

TriggerSet::~TriggerSet() = default;

TriggerSet::TriggerSet(TriggerSet&&) noexcept = default;
TriggerSet& TriggerSet::operator=(TriggerSet&&) noexcept = default;

std::vector<TriggerMention> TriggerSet::find(const FoldedText& folded) const {
  std::vector<TriggerMention> out;
  detail::WordScratch scratch;
  const detail::Words words = detail::words_of(folded, scratch);
  const auto& tokens = words.spans;
  std::size_t i = 0;
  while (i < tokens.size()) {
    const auto verbs = m_impl->verbs.matches_at(words, i, false);
    const auto nouns = m_impl->nouns.matches_at(words, i, true);
    const std::size_t verb_length = verbs.empty() ? 0 : verbs.back().token_count;
    const std::size_t noun_length = nouns.empty() ? 0 : nouns.back().token_count;
    const std::size_t length = std::max(verb_length, noun_length);
    if (length == 0) {
      ++i;
      continue;
    }
    TriggerMention mention;
    mention.first_word = i;
    mention.word_count = length;
    mention.folded_begin = tokens[i].begin;
    mention.begin = folded.origin[tokens[i].begin];
    mention.end = folded.original_end(tokens[i + length - 1].end);
    // The longest reading wins; a form of both kinds keeps both, and the clause decides.
    if (verb_length == length) {
      // One form may read as a plain and as a reflexive verb: the clause decides which.
      for (int definition : *verbs.back().values) {
        int& slot = m_impl->definitions[static_cast<std::size_t>(definition)].reflexive ? mention.reflexive_verb : mention.verb;
        if (slot < 0) slot = definition;
      }
      if (mention.verb < 0) mention.verb = mention.reflexive_verb;
    }
    if (noun_length == length) mention.noun = nouns.back().values->front();
    out.push_back(mention);
    i += length;
  }
  m_impl->senses->apply(out, words);
  return out;
}

const std::vector<TriggerDefinition>& TriggerSet::definitions() const { return m_impl->definitions; }

const std::map<std::string, std::vector<std::string>>& TriggerSet::credits() const { return m_impl->credits; }

std::vector<int> TriggerSet::gapped(const std::string& folded_lemma) const {
  auto it = m_impl->gapped.find(folded_lemma);
  return it == m_impl->gapped.end() ? std::vector<int>{} : it->second;
}

}  // namespace evgraph
