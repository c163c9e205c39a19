#include <evgraph/error.hpp>
#include <evgraph/lexicon.hpp>
#include <evgraph/schema.hpp>

#include "lexicon/slug.hpp"
#include "lexicon/token_trie.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>
#include <unordered_set>

namespace evgraph {
namespace {

using detail::Token;

enum class NameKind { Person, Organisation, Place, Unknown };


bool is_acronym(std::string_view word) {
  if (word.size() < 2 || word.size() > 6) return false;
  for (char c : word)
    if (!(c >= 'A' && c <= 'Z')) return false;
  return true;
}

struct WordInfo;
bool sentence_initial(const std::vector<WordInfo>& words, std::size_t k, std::string_view original);

struct WordInfo {
  std::string folded;
  std::size_t begin = 0;  // original offsets
  std::size_t end = 0;
  bool capital = false;
  bool free = true;  // not inside a lexicon mention or a temporal expression
};

// The word opens a sentence, a line, a quotation or a heading: its capital says nothing.
bool sentence_initial(const std::vector<WordInfo>& words, std::size_t k, std::string_view original) {
  if (k == 0) return true;
  const std::string_view gap = original.substr(words[k - 1].end, words[k].begin - words[k - 1].end);
  return gap.find_first_of(".!?:\n\"\xC2\xAB\xE2(") != std::string_view::npos;
}

}  // namespace

struct NameFinder::Impl {
  std::unordered_set<std::string> title_words, complements, organisation_words, particles, stop_words;
  std::vector<std::string> place_prepositions;  // folded, each ending before the name
  std::vector<std::string> titles;

  static void load_words(const YAML::Node& node, std::unordered_set<std::string>& into) {
    if (!node) return;
    for (const auto& word : node) {
      const std::string text = word.as<std::string>();
      for (const auto& token : detail::tokenize(text)) into.insert(text.substr(token.begin, token.end - token.begin));
    }
  }

  // A gap between two words of one name: spaces, a hyphen, or an apostrophe ("O'Brien", "d'Estaing").
  static bool joins(std::string_view gap) {
    if (gap == " " || gap == "-" || gap == "'" || gap == "\xE2\x80\x99") return true;
    return false;
  }

  bool preceded_by_title(const std::vector<WordInfo>& words, std::size_t first, std::string_view original) const {
    for (std::size_t k = first, steps = 0; k > 0 && steps < 4; --k, ++steps) {
      const WordInfo& word = words[k - 1];
      const std::string_view gap = original.substr(word.end, words[k].begin - word.end);
      if (gap.find_first_of(".;:!?\n") != std::string_view::npos) return false;
      if (title_words.count(word.folded)) return true;
      if (!particles.count(word.folded) && !complements.count(word.folded)) return false;
    }
    return false;
  }

  bool preceded_by_place_preposition(const FoldedText& folded, std::size_t folded_begin) const {
    std::string_view before(folded.text.data(), folded_begin);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    for (const auto& preposition : place_prepositions) {
      if (before.size() < preposition.size()) continue;
      if (before.substr(before.size() - preposition.size()) != preposition) continue;
      const std::size_t at = before.size() - preposition.size();
      if (at == 0 || !std::isalnum(static_cast<unsigned char>(before[at - 1]))) return true;
    }
    return false;
  }
};

NameFinder::NameFinder(const DataStore& data, const std::string& lang) : m_impl(std::make_unique<Impl>()) {
  const std::string relative = "data/names/" + lang + ".yaml";
  if (!data.exists(relative)) throw ConfigError({relative}, "no name-finding rules for language '" + lang + "'");
  const YAML::Node root = data.load_yaml(relative);
  validate_against_schema(root, data.display_name(relative), "names.schema.json", data, true);
  Impl::load_words(root["person_titles"], m_impl->title_words);
  Impl::load_words(root["title_complements"], m_impl->complements);
  Impl::load_words(root["organisation_words"], m_impl->organisation_words);
  Impl::load_words(root["particles"], m_impl->particles);
  Impl::load_words(root["stop_words"], m_impl->stop_words);
  for (const auto& preposition : root["place_prepositions"]) m_impl->place_prepositions.push_back(preposition.as<std::string>());
  // Longest first, so "dans les environs de" wins over "de".
  std::sort(m_impl->place_prepositions.begin(), m_impl->place_prepositions.end(),
            [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
}

NameFinder::~NameFinder() = default;
NameFinder::NameFinder(NameFinder&&) noexcept = default;
NameFinder& NameFinder::operator=(NameFinder&&) noexcept = default;

NameFinder::Result NameFinder::find(const FoldedText& folded, std::string_view original, const std::vector<Mention>& known,
                                    const std::vector<Span>& blocked, const Lexicon& lexicon) const {
  const Impl& rules = *m_impl;
  std::vector<detail::Token> scratch;
  const auto& tokens = detail::words_of(folded, scratch);
  std::vector<WordInfo> words;
  words.reserve(tokens.size());
  std::size_t next_known = 0, next_blocked = 0;
  for (const Token& token : tokens) {
    WordInfo word;
    word.folded = folded.text.substr(token.begin, token.end - token.begin);
    word.begin = folded.origin[token.begin];
    word.end = folded.original_end(token.end);
    word.capital = capital_at(original, word.begin);
    while (next_known < known.size() && known[next_known].end <= word.begin) ++next_known;
    while (next_blocked < blocked.size() && blocked[next_blocked].end <= word.begin) ++next_blocked;
    word.free = !(next_known < known.size() && known[next_known].begin < word.end) &&
                !(next_blocked < blocked.size() && blocked[next_blocked].begin < word.end);
    words.push_back(std::move(word));
  }

  // People named in full in this document, by surname, so that later short forms resolve.
  std::unordered_map<std::string, std::pair<std::string, int>> surnames;  // folded surname -> (id, entry)
  auto remember_person = [&](const std::string& full_name, const std::string& id, int entry) {
    const std::string folded_name = fold(full_name);
    const auto parts = detail::tokenize(folded_name);
    if (parts.size() < 2) return;
    const std::string surname = folded_name.substr(parts.back().begin, parts.back().end - parts.back().begin);
    surnames.emplace(surname, std::make_pair(id, entry));
  };
  for (const Mention& mention : known) {
    const auto& entity = lexicon.entries()[static_cast<std::size_t>(mention.entry)].entity;
    if (entity.kind == "person") remember_person(entity.name, entity.id, mention.entry);
  }

  // Single words written with a capital in the middle of a sentence, counted: a word seen so more
  // than once is a name, not a capitalised common word.
  std::unordered_map<std::string, std::pair<int, int>> capitalised;  // word -> (mid-sentence, anywhere)
  for (std::size_t k = 0; k < words.size(); ++k) {
    if (!words[k].capital || !words[k].free || rules.stop_words.count(words[k].folded)) continue;
    auto& counts = capitalised[words[k].folded];
    counts.first += sentence_initial(words, k, original) ? 0 : 1;
    ++counts.second;
  }
  std::unordered_set<std::string> repeated_mid_sentence;
  for (const auto& [word, counts] : capitalised)
    if (counts.first >= 1 && counts.second >= 2) repeated_mid_sentence.insert(word);

  Result result;
  std::map<std::string, std::size_t> found_index;
  auto add_found = [&](EntityClass cls, const std::string& name, const std::string& kind) {
    const std::string id = std::string(to_string(cls)) + ":" + detail::slugify(name);
    if (!found_index.count(id)) {
      found_index.emplace(id, result.found.size());
      result.found.push_back({cls, Entity{id, name, kind, {}}});
    }
    return id;
  };

  for (std::size_t i = 0; i < words.size();) {
    if (!words[i].capital || !words[i].free) {
      ++i;
      continue;
    }
    // The run of capitalised words (with particles between them) that starts here.
    std::size_t last = i;
    bool names_organisation = rules.organisation_words.count(words[i].folded) > 0;
    for (std::size_t k = i + 1; k < words.size(); ++k) {
      const std::string_view gap = original.substr(words[k - 1].end, words[k].begin - words[k - 1].end);
      if (!Impl::joins(gap)) break;
      // An organisation's name may hold a name the lexicon knows ("Banque de France").
      const bool after_particle = rules.particles.count(words[k - 1].folded) > 0;
      if (!words[k].free && !(names_organisation && after_particle)) break;
      if (words[k].capital) {
        last = k;
        names_organisation = names_organisation || rules.organisation_words.count(words[k].folded) > 0;
      } else if (!rules.particles.count(words[k].folded) || k + 1 >= words.size() || !words[k + 1].capital) {
        break;
      }
    }
    std::size_t first = i;
    const std::size_t after = last + 1;
    bool titled = rules.preceded_by_title(words, first, original);
    // Leading words that only introduce the name: sentence openers, titles, their complements
    // (but "Justice Department" keeps its first word: an organisation's name is all of it).
    auto introduces = [&](const std::string& word) {
      if (rules.stop_words.count(word) || rules.particles.count(word)) return true;
      return !names_organisation && (rules.title_words.count(word) || rules.complements.count(word));
    };
    while (first <= last && introduces(words[first].folded)) {
      if (rules.title_words.count(words[first].folded)) titled = true;
      ++first;
    }
    i = after;
    if (first > last) continue;
    const std::size_t length = last - first + 1;
    const std::size_t begin = words[first].begin;
    const std::size_t end = words[last].end;
    const std::string name(original.substr(begin, end - begin));
    if (name.size() < 2) continue;  // a lone letter ("zone C", "Option A") is not a name
    bool organisation = false;
    for (std::size_t k = first; k <= last; ++k) organisation = organisation || rules.organisation_words.count(words[k].folded);
    const bool after_preposition = rules.preceded_by_place_preposition(folded, tokens[first].begin);

    Mention mention;
    mention.begin = begin;
    mention.end = end;
    mention.text = name;
    if (length == 1 && !organisation) {
      // A lone capitalised word is a name only as a known person's surname, or after a title.
      auto it = surnames.find(words[first].folded);
      if (it != surnames.end()) {
        mention.entity_id = it->second.first;
        mention.entry = it->second.second;
        mention.cls = EntityClass::Actor;
      } else if (titled) {
        mention.entity_id = add_found(EntityClass::Actor, name, "person");
        mention.cls = EntityClass::Actor;
      } else if (after_preposition) {
        mention.entity_id = add_found(EntityClass::Place, name, "");
        mention.cls = EntityClass::Place;
      } else if (is_acronym(name) || repeated_mid_sentence.count(words[first].folded)) {
        // Acronyms (SPD, ESA) and names capitalised mid-sentence more than once (Google,
        // Mercosur) are actors: most often organisations in news text.
        mention.entity_id = add_found(EntityClass::Actor, name, "organisation");
        mention.cls = EntityClass::Actor;
      } else {
        continue;
      }
    } else if (organisation) {
      mention.entity_id = add_found(EntityClass::Actor, name, "organisation");
      mention.cls = EntityClass::Actor;
    } else if (after_preposition && !titled && length <= 3) {
      mention.entity_id = add_found(EntityClass::Place, name, "");
      mention.cls = EntityClass::Place;
    } else if (length <= 5) {
      mention.entity_id = add_found(EntityClass::Actor, name, "person");
      mention.cls = EntityClass::Actor;
      remember_person(name, mention.entity_id, -1);
    } else {
      continue;
    }
    result.mentions.push_back(std::move(mention));
  }
  return result;
}

}  // namespace evgraph
