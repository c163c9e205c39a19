#include <evgraph/error.hpp>
#include <evgraph/grammar.hpp>
#include <evgraph/schema.hpp>
#include <evgraph/text.hpp>

#include "common/string_map.hpp"
#include "lexicon/token_trie.hpp"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace evgraph {
namespace {

PronounReference reference_of(const YAML::Node& pronoun) {
  const std::string refers = pronoun["refers"].as<std::string>();
  const std::string gender = pronoun["gender"] ? pronoun["gender"].as<std::string>() : "";
  if (refers == "person")
    return gender == "feminine"    ? PronounReference::FemininePerson
           : gender == "masculine" ? PronounReference::MasculinePerson
                                   : PronounReference::Person;
  if (refers == "thing") return PronounReference::Thing;
  if (refers == "any") return PronounReference::Any;
  return refers == "plural" ? PronounReference::Plural : PronounReference::None;
}

struct Entry {
  std::vector<std::string> words;  // folded
  std::vector<bool> accented;      // per word: the entry writes it with an accent
  std::uint32_t classes = 0;
};

bool non_ascii(std::string_view text) {
  for (char c : text)
    if (static_cast<unsigned char>(c) >= 0x80) return true;
  return false;
}

// Splits an entry as texts are split into words: letters and digits, apostrophes and hyphens
// breaking words ("d'après" -> d, après).
std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> out;
  std::string current;
  for (std::size_t i = 0; i < text.size();) {
    const CodePoint point = code_point_at(text, i);
    const bool letter = point.code >= 0x80 || std::isalnum(static_cast<int>(point.code));
    if (letter) current.append(text.substr(i, point.length));
    else if (!current.empty()) out.push_back(std::move(current)), current.clear();
    i += point.length;
  }
  if (!current.empty()) out.push_back(std::move(current));
  return out;
}

}  // namespace

struct Grammar::Impl {
  // First folded word -> entries starting with it, longest first.
  detail::StringMap<std::vector<Entry>> entries;
  struct SubjectPronoun {
    PronounReference reference = PronounReference::None;
    bool latest = false;  // "ce dernier": the last one named
  };
  detail::StringMap<SubjectPronoun> pronouns;
  detail::StringMap<PronounReference> possessives;
  detail::StringMap<PronounReference> object_pronouns;
  detail::StringMap<int> counts;
  detail::StringSet agent_lending_verbs;
  detail::StringSet leading_participles;
  detail::StringSet sequence_words;
  detail::StringSet privative_words;
  detail::StringSet side_qualifiers;
  detail::StringSet list_nouns;
  detail::StringSet definite_counts;
  detail::StringSet prenominal_adjectives;
  detail::StringSet owner_institutions;
  detail::StringSet auxiliaries, etre_verbs, future_verbs, planned_verbs, object_control_verbs, object_control_markers, possible_verbs, support_verbs,
      conditional_verbs, circumstance_prepositions, occasion_prepositions, purpose_markers;
  std::string passive_auxiliary;

  void add(const std::string& text, std::uint32_t classes) {
    Entry entry;
    for (const std::string& word : words_of(text)) {
      entry.accented.push_back(non_ascii(word));
      entry.words.push_back(fold(word));
    }
    if (entry.words.empty()) return;
    auto& list = entries[entry.words.front()];
    for (Entry& existing : list)
      if (existing.words == entry.words && existing.accented == entry.accented) {
        existing.classes |= classes;
        return;
      }
    entry.classes = classes;
    list.push_back(std::move(entry));
  }

  void add_list(const YAML::Node& node, std::uint32_t classes) {
    if (!node) return;
    for (const auto& item : node) add(item.as<std::string>(), classes);
  }

  static void add_lemmas(const YAML::Node& node, detail::StringSet& into) {
    if (!node) return;
    for (const auto& item : node) into.insert(fold(item.as<std::string>()));
  }
};

Grammar::Grammar(const DataStore& data, const std::string& lang) : m_impl(std::make_unique<Impl>()) {
  const std::string relative = "data/lang/" + lang + "/grammar.yaml";
  if (!data.exists(relative)) return;
  const YAML::Node root = data.load_yaml(relative);
  validate_against_schema(root, data.display_name(relative), "grammar.schema.json", data, /*is_config=*/true);
  Impl& g = *m_impl;
  using namespace word;
  g.add_list(root["determiners"], kDeterminer);
  g.add_list(root["possessives"], kPossessive | kDeterminer);
  g.add_list(root["noun_before"], kNounBefore);
  for (const auto& pronoun : root["subject_pronouns"]) {
    for (const auto& form : pronoun["forms"]) {
      g.add(form.as<std::string>(), kSubjectPronoun);
      g.pronouns[fold(form.as<std::string>())] = {reference_of(pronoun), pronoun["latest"] && pronoun["latest"].as<bool>()};
    }
  }
  for (const auto& pronoun : root["object_pronouns"])
    for (const auto& form : pronoun["forms"]) g.object_pronouns[fold(form.as<std::string>())] = reference_of(pronoun);
  for (const auto& possessive : root["possessive_pronouns"])
    for (const auto& form : possessive["forms"]) g.possessives[fold(form.as<std::string>())] = reference_of(possessive);
  g.add_list(root["verb_clitics"], kVerbClitic);
  g.add_list(root["reflexive_pronouns"], kReflexive);
  g.add_list(root["negation"], kNegation);
  g.add_list(root["relative_pronouns"], kRelative);
  g.add_list(root["subordinators"], kSubordinator);
  g.add_list(root["coordinators"], kCoordinator);
  g.add_list(root["infinitive_markers"], kInfinitiveMarker);
  g.add_list(root["verb_particles"], kParticle);
  const YAML::Node prepositions = root["prepositions"];
  g.add_list(prepositions["agent"], kPrepAgent);
  g.add_list(prepositions["target"], kPrepTarget);
  g.add_list(prepositions["with"], kPrepWith);
  g.add_list(prepositions["location"], kPrepLocation);
  g.add_list(prepositions["source"], kPrepSource);
  g.add_list(prepositions["other"], kPrepOther);
  g.add_list(prepositions["caller"], kPrepCaller);
  g.add_list(root["reported_words"], kReported);
  g.add_list(root["possible_words"], kPossible);
  g.add_list(root["planned_words"], kPlanned);
  g.add_list(root["recent_words"], kRecent);
  g.add_list(root["upcoming_words"], kUpcoming);
  g.add_list(root["anaphoric_determiners"], kAnaphoric);
  g.add_list(root["definite_articles"], kDefiniteArticle);
  g.add_list(root["after_words"], kAfter);
  g.add_list(root["before_words"], kBefore);
  g.add_list(root["simultaneous_subordinators"], kSimultaneous);
  g.add_list(root["possessive_relatives"], kPossessiveRelative);
  g.add_list(root["apart_heads"], kApartHead);
  g.add_list(root["first_words"], kFirst);
  for (const auto& item : root["count_words"]) g.counts[fold(item.first.as<std::string>())] = item.second.as<int>();
  for (auto it = g.entries.begin(); it != g.entries.end(); ++it)
    std::stable_sort(it.value().begin(), it.value().end(),
                     [](const Entry& a, const Entry& b) { return a.words.size() > b.words.size(); });
  Impl::add_lemmas(root["auxiliaries"], g.auxiliaries);
  Impl::add_lemmas(root["etre_verbs"], g.etre_verbs);
  Impl::add_lemmas(root["future_verbs"], g.future_verbs);
  Impl::add_lemmas(root["planned_verbs"], g.planned_verbs);
  Impl::add_lemmas(root["object_control_verbs"], g.object_control_verbs);
  Impl::add_lemmas(root["object_control_markers"], g.object_control_markers);
  Impl::add_lemmas(root["circumstance_prepositions"], g.circumstance_prepositions);
  Impl::add_lemmas(root["occasion_prepositions"], g.occasion_prepositions);
  Impl::add_lemmas(root["purpose_markers"], g.purpose_markers);
  Impl::add_lemmas(root["agent_lending_verbs"], g.agent_lending_verbs);
  Impl::add_lemmas(root["leading_participles"], g.leading_participles);
  Impl::add_lemmas(root["sequence_words"], g.sequence_words);
  Impl::add_lemmas(root["privative_words"], g.privative_words);
  Impl::add_lemmas(root["side_qualifiers"], g.side_qualifiers);
  Impl::add_lemmas(root["list_nouns"], g.list_nouns);
  Impl::add_lemmas(root["definite_count_words"], g.definite_counts);
  Impl::add_lemmas(root["prenominal_adjectives"], g.prenominal_adjectives);
  Impl::add_lemmas(root["owner_institutions"], g.owner_institutions);
  Impl::add_lemmas(root["possible_verbs"], g.possible_verbs);
  Impl::add_lemmas(root["support_verbs"], g.support_verbs);
  Impl::add_lemmas(root["conditional_verbs"], g.conditional_verbs);
  if (root["passive_auxiliary"]) g.passive_auxiliary = fold(root["passive_auxiliary"].as<std::string>());
}

Grammar::~Grammar() = default;

Grammar::Match Grammar::match(const std::vector<GrammarWord>& words, std::size_t at) const {
  Match out;
  auto it = m_impl->entries.find(words[at].folded, words[at].hash);
  if (it == m_impl->entries.end()) return out;
  for (const Entry& entry : it->second) {
    if (at + entry.words.size() > words.size()) continue;
    bool fits = true;
    for (std::size_t k = 0; k < entry.words.size() && fits; ++k)
      fits = words[at + k].folded == entry.words[k] && (!entry.accented[k] || words[at + k].accented);
    if (!fits) continue;
    if (out.length == 0) out.length = entry.words.size();
    if (entry.words.size() == out.length) out.classes |= entry.classes;
  }
  return out;
}

bool Grammar::pronoun_means_latest(std::string_view folded) const {
  auto it = m_impl->pronouns.find(folded);
  return it != m_impl->pronouns.end() && it->second.latest;
}

PronounReference Grammar::possessive(std::string_view folded) const {
  auto it = m_impl->possessives.find(folded);
  return it == m_impl->possessives.end() ? PronounReference::None : it->second;
}

PronounReference Grammar::object_pronoun(std::string_view folded) const {
  auto it = m_impl->object_pronouns.find(folded);
  return it == m_impl->object_pronouns.end() ? PronounReference::None : it->second;
}

PronounReference Grammar::pronoun(std::string_view folded) const {
  auto it = m_impl->pronouns.find(folded);
  return it == m_impl->pronouns.end() ? PronounReference::None : it->second.reference;
}

int Grammar::count(std::string_view folded) const {
  if (!folded.empty() && folded.size() <= 2 &&
      std::all_of(folded.begin(), folded.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return std::stoi(std::string(folded));
  auto it = m_impl->counts.find(folded);
  return it == m_impl->counts.end() ? 0 : it->second;
}

bool Grammar::is_auxiliary(std::string_view lemma) const { return m_impl->auxiliaries.count(lemma) > 0; }
bool Grammar::is_passive_auxiliary(std::string_view lemma) const { return lemma == m_impl->passive_auxiliary; }
bool Grammar::takes_etre(std::string_view lemma) const { return m_impl->etre_verbs.count(lemma) > 0; }
bool Grammar::is_future_verb(std::string_view lemma) const { return m_impl->future_verbs.count(lemma) > 0; }
bool Grammar::is_planned_verb(std::string_view lemma) const { return m_impl->planned_verbs.count(lemma) > 0; }
bool Grammar::is_object_control_verb(std::string_view lemma) const {
  return m_impl->object_control_verbs.count(lemma) > 0;
}
bool Grammar::is_object_control_marker(std::string_view folded) const {
  return m_impl->object_control_markers.count(folded) > 0;
}
bool Grammar::opens_circumstance(std::string_view folded) const {
  return m_impl->circumstance_prepositions.count(folded) > 0;
}
bool Grammar::opens_occasion(std::string_view folded) const { return m_impl->occasion_prepositions.count(folded) > 0; }
bool Grammar::marks_purpose(std::string_view folded) const { return m_impl->purpose_markers.count(folded) > 0; }
bool Grammar::lends_agent(std::string_view lemma) const { return m_impl->agent_lending_verbs.count(lemma) > 0; }
bool Grammar::names_leader(std::string_view lemma) const { return m_impl->leading_participles.count(lemma) > 0; }
bool Grammar::acts_for_owner(std::string_view word) const { return m_impl->owner_institutions.count(word) > 0; }
bool Grammar::is_sequence_word(std::string_view word) const { return m_impl->sequence_words.count(word) > 0; }
bool Grammar::is_privative(std::string_view word) const { return m_impl->privative_words.count(word) > 0; }
bool Grammar::qualifies_side(std::string_view word) const { return m_impl->side_qualifiers.count(word) > 0; }
bool Grammar::names_a_list(std::string_view word) const { return m_impl->list_nouns.count(word) > 0; }
bool Grammar::counts_known_ones(std::string_view word) const { return m_impl->definite_counts.count(word) > 0; }
bool Grammar::prenominal_adjective(std::string_view word) const { return m_impl->prenominal_adjectives.count(word) > 0; }
bool Grammar::is_possible_verb(std::string_view lemma) const { return m_impl->possible_verbs.count(lemma) > 0; }
bool Grammar::is_conditional_verb(std::string_view lemma) const {
  return m_impl->conditional_verbs.count(lemma) > 0;
}
bool Grammar::is_support_verb(std::string_view entry) const { return m_impl->support_verbs.count(fold(entry)) > 0; }

}  // namespace evgraph
