#include <evgraph/error.hpp>
#include <evgraph/language.hpp>
#include <evgraph/lexicon.hpp>
#include <evgraph/morphology.hpp>
#include <evgraph/schema.hpp>
#include <evgraph/text.hpp>

#include "lexicon/slug.hpp"
#include "lexicon/token_trie.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <map>
#include <set>
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

// "des VIe et VIIe siècles", "le XVIe arrondissement": a Roman ordinal is capitalised but names
// nothing ("Louis XIV", without a suffix, stays in its name). A lone C, L or D with a suffix is a
// word ("Ce", "Le", "De").
bool roman_ordinal(std::string_view word) {
  std::size_t numeral = 0;
  while (numeral < word.size() && std::string_view("IVXLC").find(word[numeral]) != std::string_view::npos) ++numeral;
  if (numeral == 0 || (numeral == 1 && std::string_view("IVX").find(word[0]) == std::string_view::npos)) return false;
  const std::string_view suffix = word.substr(numeral);
  return suffix == "e" || suffix == "er" || suffix == "es" || suffix == "\xc3\xa8me" || suffix == "\xc3\xa8mes" ||
         suffix == "\xc3\xa8re";
}

struct WordInfo;
bool sentence_initial(const std::vector<WordInfo>& words, std::size_t k, std::string_view original);

struct WordInfo {
  std::string_view folded;  // in the folded text
  std::size_t folded_begin = 0;
  std::size_t begin = 0;  // original offsets
  std::size_t end = 0;
  bool capital = false;
  bool free = true;  // not inside a lexicon mention or a temporal expression
  bool known = false;  // inside a lexicon mention
};

// The word opens a sentence, a line, a quotation or a heading: its capital says nothing.
bool sentence_initial(const std::vector<WordInfo>& words, std::size_t k, std::string_view original) {
  if (k == 0) return true;
  const std::string_view gap = original.substr(words[k - 1].end, words[k].begin - words[k - 1].end);
  if (gap.find_first_of(".!?:\n\"\xC2\xAB(") != std::string_view::npos) return true;
  // A spaced hyphen is a dash: "LONDON (Reuters) - Independent candidate ...".
  if (gap.find(" - ") != std::string_view::npos) return true;
  // Quotes, dashes, bullets (U+2000..U+2BFF); not the typographic apostrophe of "l’Arcom".
  for (std::size_t at = gap.find('\xE2'); at != std::string_view::npos; at = gap.find('\xE2', at + 1))
    if (gap.compare(at, 3, "\xE2\x80\x99") != 0) return true;
  return false;
}

}  // namespace

// The word lists of data/lang/<lang>/names.yaml and the tests made of them.
struct NameRules {
  detail::StringSet title_words, complements, organisation_words, company_words, numbered_name_words, particles, stop_words, institution_heads,
      complement_bodies,
      institution_articles, feminine_titles, masculine_titles, feminine_articles, masculine_articles,
      organisation_descriptions, proposal_heads,
      standalone_institutions, qualified_institutions, body_heads, state_body_heads, definite_articles, indefinite_articles,
      organisation_particles, naming_words, association_nouns, association_name_words,
      place_nouns_after, group_nouns, name_coordinators, title_qualifiers, former_qualifiers, possessive_name_words,
      portfolio_linkers, place_words_after_hyphen, singular_determiners,
      given_names, feminine_given_names, masculine_given_names, title_giving_words, title_giving_skips;
  detail::StringSet office_titles;  // each entry's words, joined by one space
  // "chef etat" -> {"president"}: another title of the same office, by its words joined by one space.
  std::map<std::string, std::vector<std::string>, std::less<>> title_synonyms;
  detail::StringSet calendar_words;  // months and weekdays, folded: no adjective ("la gendarmerie mardi")
  detail::StringSet common_words;    // the language's dictionary words in lower case (common-words.tsv)
  bool qualifier_before = false;  // "Malian authorities" (en) rather than "les autorités maliennes" (fr)
  std::vector<std::string> place_prepositions;  // folded, each ending before the name
  std::vector<std::string> employer_phrases;    // folded: "workers at", after which a name is who employs them
  std::vector<std::vector<std::string>> place_preposition_words;  // each one's folded words
  detail::StringSet place_preposition_starts;                     // their first words
  std::vector<std::string> demonym_endings;     // folded: "ais", "aise", "ien"...
  std::map<std::string, std::string, std::less<>> irregular_demonyms;  // folded adjective -> state id ("spanish" -> "spain")
  std::vector<std::string> titles;
  const VerbForms* verbs = nullptr;

  static void load_words(const YAML::Node& node, detail::StringSet& into) {
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
    // "la directrice générale du CHU": an acronym right after a particle is the body the title
    // serves, not the one who holds it.
    if (first > 0 && particles.count(words[first - 1].folded) &&
        is_acronym(original.substr(words[first].begin, words[first].end - words[first].begin)))
      return false;
    // "la procureure de Limoges", "la procureure de la République de Limoges", "the mayor of
    // Springfield": a name right after a particle is where the title holds, not who holds it.
    if (first >= 1 && particles.count(words[first - 1].folded)) return false;
    for (std::size_t k = first, steps = 0; k > 0 && steps < 4; --k, ++steps) {
      const WordInfo& word = words[k - 1];
      const std::string_view gap = original.substr(word.end, words[k].begin - word.end);
      // "Mr. Jones", "Gen. Smith": the full stop of an abbreviated title.
      if ((gap == ". " || gap == ".") && title_words.count(word.folded)) return true;
      if (gap.find_first_of(".;:!?\n") != std::string_view::npos) return false;
      if (title_words.count(word.folded)) return true;
      if (!particles.count(word.folded) && !complements.count(word.folded)) return false;
    }
    return false;
  }

  // Whether the text ends with one of the folded phrases, at a word's start.
  static bool ends_with_phrase(std::string_view text, const std::vector<std::string>& phrases) {
    for (const auto& phrase : phrases) {
      if (text.size() < phrase.size() || text.substr(text.size() - phrase.size()) != phrase) continue;
      const std::size_t at = text.size() - phrase.size();
      if (at == 0 || !std::isalnum(static_cast<unsigned char>(text[at - 1]))) return true;
    }
    return false;
  }

  bool preceded_by_place_preposition(const FoldedText& folded, std::size_t folded_begin) const {
    std::string_view before(folded.text.data(), folded_begin);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    return ends_with_phrase(before, place_prepositions) && !ends_with_phrase(before, employer_phrases);
  }
};

struct NameFinder::Impl : NameRules {};

namespace {

// The pack's common-words.tsv (scripts/generate-common-words.py): one word a line, folded here.
// A pack without one has none, and a lone capitalised word is then never taken for a name on
// that ground.
void load_common_words(const DataStore& data, const std::string& lang, detail::StringSet& into) {
  const std::string relative = "data/lang/" + lang + "/common-words.tsv";
  if (!data.exists(relative)) return;
  const std::string text = data.read(relative);
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t end = text.find('\n', at);
    if (end == std::string::npos) end = text.size();
    if (end > at && text[at] != '#') into.insert(fold(std::string_view(text).substr(at, end - at)));
    at = end + 1;
  }
}

}  // namespace

NameFinder::NameFinder(const DataStore& data, const std::string& lang, const VerbForms* verbs)
    : m_impl(std::make_unique<Impl>()) {
  m_impl->verbs = verbs;
  const std::string relative = "data/lang/" + lang + "/names.yaml";
  if (!data.exists(relative)) throw ConfigError({relative}, "no name-finding rules for language '" + lang + "'");
  const YAML::Node root = data.load_yaml(relative);
  validate_against_schema(root, data.display_name(relative), "names.schema.json", data, true);
  NameRules::load_words(root["person_titles"], m_impl->title_words);
  NameRules::load_words(root["title_complements"], m_impl->complements);
  NameRules::load_words(root["organisation_words"], m_impl->organisation_words);
  NameRules::load_words(root["company_words"], m_impl->company_words);
  NameRules::load_words(root["numbered_name_words"], m_impl->numbered_name_words);
  NameRules::load_words(root["company_words"], m_impl->organisation_words);
  NameRules::load_words(root["particles"], m_impl->particles);
  NameRules::load_words(root["organisation_particles"], m_impl->organisation_particles);
  NameRules::load_words(root["naming_words"], m_impl->naming_words);
  NameRules::load_words(root["singular_determiners"], m_impl->singular_determiners);
  NameRules::load_words(root["association_nouns"], m_impl->association_nouns);
  NameRules::load_words(root["association_name_words"], m_impl->association_name_words);
  NameRules::load_words(root["place_nouns_after"], m_impl->place_nouns_after);
  NameRules::load_words(root["group_nouns"], m_impl->group_nouns);
  NameRules::load_words(root["title_giving_words"], m_impl->title_giving_words);
  NameRules::load_words(root["title_giving_skips"], m_impl->title_giving_skips);
  if (const auto given = root["given_names"]) {
    NameRules::load_words(given["feminine"], m_impl->feminine_given_names);
    NameRules::load_words(given["masculine"], m_impl->masculine_given_names);
    NameRules::load_words(given["either"], m_impl->given_names);
  }
  m_impl->given_names.insert(m_impl->feminine_given_names.begin(), m_impl->feminine_given_names.end());
  m_impl->given_names.insert(m_impl->masculine_given_names.begin(), m_impl->masculine_given_names.end());
  for (const auto& phrase : root["employer_phrases"]) m_impl->employer_phrases.push_back(phrase.as<std::string>());
  NameRules::load_words(root["name_coordinators"], m_impl->name_coordinators);
  NameRules::load_words(root["title_qualifiers"], m_impl->title_qualifiers);
  NameRules::load_words(root["portfolio_linkers"], m_impl->portfolio_linkers);
  NameRules::load_words(root["place_words_after_hyphen"], m_impl->place_words_after_hyphen);
  NameRules::load_words(root["former_qualifiers"], m_impl->former_qualifiers);
  NameRules::load_words(root["possessive_name_words"], m_impl->possessive_name_words);
  for (const auto& ending : root["demonym_endings"]) m_impl->demonym_endings.push_back(fold(ending.as<std::string>()));
  for (const auto& demonym : root["irregular_demonyms"])
    m_impl->irregular_demonyms.emplace(fold(demonym.first.as<std::string>()), demonym.second.as<std::string>());
  NameRules::load_words(root["stop_words"], m_impl->stop_words);
  load_common_words(data, lang, m_impl->common_words);
  NameRules::load_words(root["institution_heads"], m_impl->institution_heads);
  NameRules::load_words(root["complement_bodies"], m_impl->complement_bodies);
  NameRules::load_words(root["institution_articles"], m_impl->institution_articles);
  NameRules::load_words(root["feminine_titles"], m_impl->feminine_titles);
  NameRules::load_words(root["feminine_articles"], m_impl->feminine_articles);
  NameRules::load_words(root["masculine_articles"], m_impl->masculine_articles);
  NameRules::load_words(root["masculine_titles"], m_impl->masculine_titles);
  NameRules::load_words(root["organisation_descriptions"], m_impl->organisation_descriptions);
  NameRules::load_words(root["proposal_heads"], m_impl->proposal_heads);
  NameRules::load_words(root["standalone_institutions"], m_impl->standalone_institutions);
  NameRules::load_words(root["qualified_institutions"], m_impl->qualified_institutions);
  NameRules::load_words(root["body_heads"], m_impl->body_heads);
  NameRules::load_words(root["state_body_heads"], m_impl->state_body_heads);
  if (root["institution_qualifier_before"]) m_impl->qualifier_before = root["institution_qualifier_before"].as<bool>();
  NameRules::load_words(root["definite_articles"], m_impl->definite_articles);
  NameRules::load_words(root["indefinite_articles"], m_impl->indefinite_articles);
  const CalendarNames calendar = load_calendar_names(data, lang);
  for (const auto* names : {&calendar.months, &calendar.weekdays})
    for (const CalendarName& name : *names) {
      m_impl->calendar_words.insert(fold(name.name));
      for (const auto& form : name.forms) m_impl->calendar_words.insert(form);
    }
  // An office's title as a title phrase reads it: its words but particles and articles.
  auto title_words_of = [this](const std::string& text) {
    std::vector<std::string> words;
    for (const auto& token : detail::tokenize(text)) {
      std::string word = text.substr(token.begin, token.end - token.begin);
      if (!m_impl->particles.count(word) && !m_impl->institution_articles.count(word)) words.push_back(std::move(word));
    }
    return words;
  };
  auto joined_words = [](const std::vector<std::string>& words) {
    std::string joined;
    for (const auto& word : words) joined.append(joined.empty() ? "" : " ").append(word);
    return joined;
  };
  for (const auto& synonym : root["title_synonyms"])
    m_impl->title_synonyms.emplace(joined_words(title_words_of(synonym.first.as<std::string>())),
                                   title_words_of(synonym.second.as<std::string>()));
  for (const auto& office : root["office_titles"])
    m_impl->office_titles.insert(joined_words(title_words_of(office.as<std::string>())));
  // The small words inside a title ("of" in "secretary of state") introduce no name alone: "the
  // city of Zilia" names a place, not a person.
  for (const auto& word : m_impl->stop_words) m_impl->title_words.erase(word);
  for (const auto& word : m_impl->particles) m_impl->title_words.erase(word);
  for (const auto& preposition : root["place_prepositions"]) m_impl->place_prepositions.push_back(preposition.as<std::string>());
  for (const auto& preposition : m_impl->place_prepositions) {
    std::vector<std::string> words;
    for (const auto& token : detail::tokenize(preposition)) words.push_back(preposition.substr(token.begin, token.end - token.begin));
    if (words.size() < 2) continue;
    m_impl->place_preposition_starts.insert(words.front());
    m_impl->place_preposition_words.push_back(std::move(words));
  }
  // Longest first, so "dans les environs de" wins over "de".
  std::sort(m_impl->place_prepositions.begin(), m_impl->place_prepositions.end(),
            [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
}

NameFinder::~NameFinder() = default;
NameFinder::NameFinder(NameFinder&&) noexcept = default;
NameFinder& NameFinder::operator=(NameFinder&&) noexcept = default;

namespace {

// One pass of the name finder over a document, step by step: the words and what is known of
// them, the surnames of people named in full, the capitalised words that recur, then each
// capitalised run classified as a person, an organisation, a place or nothing.
class NameScan {
 public:
  NameScan(const NameRules& rules, const FoldedText& folded, std::string_view original, const Lexicon& lexicon)
      : m_rules(rules), m_folded(folded), m_original(original), m_lexicon(lexicon) {}

  NameFinder::Result run(const std::vector<Mention>& known, const std::vector<Span>& blocked) {
    m_known = &known;
    collect_words(known, blocked);
    remember_known_people(known);
    remember_known_titles(known);
    count_capitalised_words();
    collect_full_names();
    note_bracketed_acronyms();
    note_bracketed_places();
    for (std::size_t i = 0; i < m_words.size();) i = scan_run_at(i);
    resolve_headline_titles();
    resolve_headline_short_forms();
    resolve_single_word_short_forms();
    return std::move(m_result);
  }

 private:
  struct Run {
    std::size_t first = 0, last = 0;
    bool organisation_word = false;  // an organisation's head word is in the run
    bool titled = false;             // a title introduces it
  };
  // A title in the headline whose holder the text names only later ("Togo : le président gracie
  // dix-sept opposants"): resolved once the whole text is read.
  struct HeadlineTitle {
    std::size_t first = 0, last = 0;  // the title's words
    std::vector<std::string_view> words;
    int mention = -1;  // the office mention made for it meanwhile, or -1
  };
  struct TitledPerson {
    std::vector<std::string> words;  // of the title, folded
    std::string id;
    int entry = -1;
    std::size_t at = 0;  // the word where the title was given
  };

  void collect_words(const std::vector<Mention>& known, const std::vector<Span>& blocked) {
    const auto& tokens = detail::words_of(m_folded, m_scratch).spans;
    m_words.reserve(tokens.size());
    std::size_t next_known = 0, next_blocked = 0;
    for (const Token& token : tokens) {
      WordInfo word;
      word.folded = std::string_view(m_folded.text).substr(token.begin, token.end - token.begin);
      word.folded_begin = token.begin;
      word.begin = m_folded.origin[token.begin];
      word.end = m_folded.original_end(token.end);
      word.capital = capital_at(m_original, word.begin) &&
                     !roman_ordinal(m_original.substr(word.begin, word.end - word.begin));
      while (next_known < known.size() && known[next_known].end <= word.begin) ++next_known;
      while (next_blocked < blocked.size() && blocked[next_blocked].end <= word.begin) ++next_blocked;
      word.known = next_known < known.size() && known[next_known].begin < word.end;
      word.free = !word.known && !(next_blocked < blocked.size() && blocked[next_blocked].begin < word.end);
      m_words.push_back(std::move(word));
    }
  }

  // People named in full, by surname, so that later short forms ("M. Martin") resolve.
  void remember_person(const std::string& full_name, const std::string& id, int entry, bool by_first_word = false) {
    const std::string folded_name = fold(full_name);
    const auto parts = detail::tokenize(folded_name);
    if (parts.size() < 2) return;
    const std::string surname = folded_name.substr(parts.back().begin, parts.back().end - parts.back().begin);
    m_surnames.emplace(surname, std::make_pair(id, entry));
    // "Sandrine Lemaire-Aubry" is "Mme Lemaire-Aubry" later: the hyphenated surname as a whole.
    const std::size_t space = folded_name.rfind(' ');
    if (space != std::string::npos && folded_name.find('-', space) != std::string::npos)
      m_surnames.emplace(folded_name.substr(space + 1), std::make_pair(id, entry));
    // "Tang Ziqian" is "Tang" later, as "Xi Jinping" is "Xi": a two-word name's first word, when
    // no one else shares it, stands for that person where no surname does. Only a name that
    // surely is a person's: a company's first word is its short form too ("Lumora Digital").
    if (by_first_word && space != std::string::npos && folded_name.find(' ') == space) {
      const std::string first = folded_name.substr(0, space);
      auto [it, added] = m_first_words.emplace(first, std::make_pair(id, entry));
      if (!added && it->second.first != id) m_shared_first_words.insert(first);
    }
  }

  // The person a lone word names as the first word of a two-word name, if only one has it.
  const std::pair<std::string, int>* person_by_first_word(std::string_view word) const {
    auto it = m_first_words.find(word);
    if (it == m_first_words.end() || m_shared_first_words.count(word) || m_rules.particles.count(word)) return nullptr;
    return &it->second;
  }

  void remember_known_people(const std::vector<Mention>& known) {
    for (const Mention& mention : known) {
      const auto& entity = m_lexicon.entries()[static_cast<std::size_t>(mention.entry)].entity;
      if (entity.kind == "person") remember_person(entity.name, entity.id, mention.entry, true);
    }
  }

  // "le président Emmanuel Macron", "Prime Minister Keir Starmer": people of the lexicon whom a
  // title introduces, so that "le président" later stands for them.
  void remember_known_titles(const std::vector<Mention>& known) {
    std::size_t k = 0;
    for (const Mention& mention : known) {
      if (m_lexicon.entries()[static_cast<std::size_t>(mention.entry)].entity.kind != "person") continue;
      while (k < m_words.size() && m_words[k].begin < mention.begin) ++k;
      if (k >= m_words.size() || m_words[k].begin != mention.begin) continue;
      remember_title(k, mention.entity_id, mention.entry);
      std::size_t last = k;
      while (last + 1 < m_words.size() && m_words[last + 1].end <= mention.end) ++last;
      remember_title_given(last, mention.entity_id, mention.entry);
    }
  }

  // The words of the title right before the person's name at `first` ("le ministre québécois des
  // Transports, Denis Bergeron"), kept with who holds it.
  void remember_title(std::size_t first, const std::string& id, int entry) {
    constexpr std::size_t kReach = 6;
    std::vector<std::string> words;
    bool title = false;
    for (std::size_t k = first; k > 0 && k + kReach > first; --k) {
      const std::size_t w = k - 1;
      const std::string_view gap = gap_after(w);
      if (!NameRules::joins(gap) && !(k == first && gap == ", ")) break;
      const std::string_view word = m_words[w].folded;
      if (m_rules.title_words.count(word) || m_rules.complements.count(word) || m_rules.title_qualifiers.count(word)) {
        title = title || m_rules.title_words.count(word) > 0;
        words.emplace_back(word);
      } else if (!m_rules.particles.count(word) && !m_rules.institution_articles.count(word) &&
                 !qualifying_adjective(w)) {
        break;
      }
    }
    if (title) m_titled.push_back({std::move(words), id, entry, first});
  }

  // "Sylvie Raimbault élue présidente", "John Reid was named chief executive": the title a person
  // is given right after their name is theirs, so that "la nouvelle présidente" later stands for them.
  void remember_title_given(std::size_t last, const std::string& id, int entry) {
    constexpr std::size_t kMaxSkips = 3;  // "a été élue", "has been named as"
    std::size_t k = last + 1;
    bool given = false;
    for (std::size_t skipped = 0; k < m_words.size() && joined_by_space(k - 1); ++k) {
      const std::string_view word = m_words[k].folded;
      if (!given && m_rules.title_giving_skips.count(word) && ++skipped <= kMaxSkips) continue;
      if (!given && m_rules.title_giving_words.count(word)) {
        given = true;
        continue;
      }
      if (given && m_rules.title_giving_skips.count(word)) continue;  // "named as"
      break;
    }
    if (!given || k >= m_words.size() || !joined_by_space(k - 1) || m_words[k].capital) return;
    const std::optional<std::size_t> title_last = title_phrase_end(k, /*after_comma=*/true);
    if (!title_last) return;
    std::vector<std::string_view> words = title_words_between(k, *title_last);
    m_titled.push_back({{words.begin(), words.end()}, id, entry, k});
  }

  // A single word written with a capital in the middle of a sentence more than once is a name,
  // not a capitalised common word.
  void count_capitalised_words() {
    detail::StringViewMap<std::pair<int, int>> capitalised;  // word -> (mid-sentence, anywhere)
    for (std::size_t k = 0; k < m_words.size(); ++k) {
      if (!m_words[k].capital || !m_words[k].free || m_rules.stop_words.count(m_words[k].folded)) continue;
      auto& counts = capitalised[m_words[k].folded];
      counts.first += sentence_initial(m_words, k, m_original) ? 0 : 1;
      ++counts.second;
    }
    for (const auto& [word, counts] : capitalised)
      if (counts.first >= 1 && counts.second >= 2) m_repeated_mid_sentence.insert(std::string(word));
  }

  // People named in full mid-sentence anywhere in the document ("candidate Camila Rojas"), so
  // that a capitalised word before one's surname at the start of a sentence or a headline
  // ("Independent Rojas wins ...") is read as no part of the name.
  void collect_full_names() {
    for (std::size_t i = 0; i < m_words.size();) {
      if (!m_words[i].capital || !m_words[i].free || sentence_initial(m_words, i, m_original)) {
        ++i;
        continue;
      }
      Run run = capitalised_run(i);
      const std::size_t next = run.last + 1;
      strip_introduction(run);
      if (run.first < run.last && !run.organisation_word) {
        std::string full;
        for (std::size_t k = run.first; k <= run.last; ++k) full.append(full.empty() ? "" : " ").append(m_words[k].folded);
        m_full_names.insert(full);
        m_full_surnames.insert(std::string(m_words[run.last].folded));
      }
      i = next;
    }
  }

  // "Independent Rojas wins": at the start of a sentence, a word before the surname of someone
  // named in full elsewhere, in a run that is not that full name, is an ordinary capitalised word.
  void strip_sentence_opener(Run& run) const {
    if (run.first + 1 != run.last || !sentence_initial(m_words, run.first, m_original)) return;
    if (!m_full_surnames.count(m_words[run.last].folded)) return;
    const std::string both = std::string(m_words[run.first].folded) + " " + std::string(m_words[run.last].folded);
    if (!m_full_names.count(both)) run.first = run.last;
  }

  // "Jae-myung", "Abdel-aziz": a word in lower case hyphenated to a name ends it, unless it is a
  // verb form ("Moscow-backed", "Paris-based") or another hyphen follows ("Villefranche-sur-Saône").
  bool hyphenated_name_end(std::size_t k) const {
    if (!m_words[k - 1].capital || (k + 1 < m_words.size() && gap_after(k) == "-")) return false;
    return qualifying_adjective(k);  // a lower-case word that is no verb form
  }

  // "l'interpellation à Liège de Karim Bensalah": one word a place preposition introduces, then
  // a particle and a first name and surname, is a place and a person, not one name ("à Rio de
  // Janeiro" stays one).
  bool place_then_person(const Run& run, std::size_t particle) const {
    if (run.first != run.last || run.organisation_word || !m_rules.particles.count(m_words[particle].folded)) return false;
    if (!m_rules.preceded_by_place_preposition(m_folded, m_words[run.first].folded_begin)) return false;
    const std::size_t first = particle + 1, last = particle + 2;
    if (last >= m_words.size() || !m_words[first].capital || !m_words[last].capital || !m_words[first].free ||
        !joined_by_space(first))
      return false;
    return last + 1 >= m_words.size() || !NameRules::joins(gap_after(last)) || !m_words[last + 1].capital;
  }

  // The run of capitalised words (with particles between them) that starts at `i`.
  Run capitalised_run(std::size_t i) const {
    Run run{i, i, m_rules.organisation_words.count(m_words[i].folded) > 0, false};
    constexpr std::size_t kMaxAdjectives = 3;
    std::size_t adjectives = 0;
    for (std::size_t k = i + 1; k < m_words.size(); ++k) {
      // "la Cour constitutionnelle", "la Commission électorale nationale": the adjectives after an
      // organisation's head word are part of its name, in a language that writes them after.
      if (!m_rules.qualifier_before && run.organisation_word && run.last == k - 1 && adjectives < kMaxAdjectives &&
          joined_by_space(k - 1) && qualifying_adjective(k)) {
        run.last = k;
        ++adjectives;
        continue;
      }
      const std::string_view gap = gap_after(k - 1);
      // "Daniel R. Hollis": an initial and its full stop stay in the name.
      const bool initial = gap == ". " && m_words[k - 1].end - m_words[k - 1].begin == 1 && m_words[k - 1].capital;
      if (!NameRules::joins(gap) && !initial) break;
      // "SPD Lars Klingbeil": an acronym does not start a person's name; "SUD-Rail" and "IG Metall",
      // one word after it, are one name.
      const bool person_after = k + 1 < m_words.size() && m_words[k + 1].capital && joined_by_space(k);
      if (k == i + 1 && gap != "-" && is_acronym(m_original.substr(m_words[i].begin, m_words[i].end - m_words[i].begin)) &&
          !is_acronym(m_original.substr(m_words[k].begin, m_words[k].end - m_words[k].begin)) && !run.organisation_word &&
          person_after)
        break;
      // An organisation's name may hold a name the lexicon knows ("Banque de France").
      const bool after_particle = m_rules.particles.count(m_words[k - 1].folded) > 0 ||
                                  (run.organisation_word && m_rules.organisation_particles.count(m_words[k - 1].folded) > 0);
      if (!m_words[k].free && !(run.organisation_word && after_particle)) break;
      if (m_words[k].capital) {
        run.last = k;
        run.organisation_word = run.organisation_word || m_rules.organisation_words.count(m_words[k].folded) > 0;
      } else if (gap == "-" && hyphenated_name_end(k)) {
        run.last = k;  // "Lee Jae-myung", not "Moscow-backed"
        break;
      } else if (k + 1 >= m_words.size() || !m_words[k + 1].capital) {
        break;
      } else if (place_then_person(run, k)) {
        break;
      } else if (!m_rules.particles.count(m_words[k].folded) && !(gap == "-" && gap_after(k) == "-") &&
                 !(run.organisation_word && m_rules.organisation_particles.count(m_words[k].folded)) &&
                 !joins_organisation_name(run, k) && !continues_organisation_complement(run, k) &&
                 !possessive_inside_name(k)) {
        // "Villefranche-sur-Saône", "Châlons-en-Champagne": any small word between hyphens.
        break;
      }
    }
    // "Hospitality Workers Local 712": the number is part of the name.
    const std::size_t number = run.last + 1;
    if (run.last > run.first && number < m_words.size() && m_rules.numbered_name_words.count(m_words[run.last].folded) &&
        joined_by_space(run.last) && m_words[number].folded.size() <= 4 &&
        (number + 1 >= m_words.size() || gap_after(number).substr(0, 1) != "-") &&
        std::all_of(m_words[number].folded.begin(), m_words[number].folded.end(), [](char c) { return c >= '0' && c <= '9'; }))
      run.last = number;
    return run;
  }

  // "l'association Vivre en Maurienne", "le collectif Eau et Rivières de Bretagne": after the noun
  // of an association, a small word the pack lists joins the capitalised words of its name. Not
  // after a name of its own ("l'association Greenpeace en France"): the words before it are the
  // language's common words, or no name the lexicon knows follows. Returns the name's last word.
  std::size_t association_name_end(std::size_t head, std::size_t first, std::size_t last) const {
    if (!m_rules.association_nouns.count(m_words[head].folded)) return last;
    for (std::size_t k = last + 1; k + 1 < m_words.size() && m_rules.association_name_words.count(m_words[k].folded) &&
                                   joined_by_space(k - 1) && joined_by_space(k) && m_words[k + 1].capital;) {
      bool common = true;
      for (std::size_t j = first; j < k; ++j)
        common = common && (m_rules.common_words.count(m_words[j].folded) || m_rules.particles.count(m_words[j].folded) ||
                            m_rules.association_name_words.count(m_words[j].folded));
      if (!common && !m_words[k + 1].free) break;
      last = name_end(k + 1);
      k = last + 1;
    }
    return last;
  }

  // "People's Democratic Party", "Workers' Party": the possessive of a word the pack lists stays
  // inside a name.
  bool possessive_inside_name(std::size_t k) const {
    return possessive_ending(k) && m_rules.possessive_name_words.count(m_words[k - 1].folded) > 0;
  }

  // "National Markets and Competition Commission": a coordinator between capitalised words joins
  // them into one organisation's name when an organisation's head word follows it and none came
  // before ("Chad and Niger" stay two names). A firm's last word is no such head ("Karoo Fresh
  // and Umoya Foods").
  bool joins_organisation_name(const Run& run, std::size_t k) const {
    constexpr std::size_t kHeadReach = 4;  // "Stock and Rural Crime Investigation Squad"
    if (run.organisation_word || !m_rules.name_coordinators.count(m_words[k].folded)) return false;
    for (std::size_t j = k + 1; j < m_words.size() && j <= k + kHeadReach && m_words[j].capital && m_words[j].free; ++j) {
      const std::string_view word = m_words[j].folded;
      if (m_rules.organisation_words.count(word) && !m_rules.company_words.count(word)) return true;
      if (j + 1 < m_words.size() && !joined_by_space(j)) break;
    }
    return false;
  }

  // "Ministry of Trade and Industry", "Department of Health and Human Services": after an
  // organisation's head word and its "of"/"for", a coordinator and a capitalised word no other
  // name holds go on with its complement.
  bool continues_organisation_complement(const Run& run, std::size_t k) const {
    if (!run.organisation_word || !m_rules.name_coordinators.count(m_words[k].folded)) return false;
    if (k + 1 >= m_words.size() || !m_words[k + 1].capital || !m_words[k + 1].free) return false;
    bool head = false;
    for (std::size_t j = run.first; j <= run.last; ++j) {
      if (m_rules.organisation_words.count(m_words[j].folded)) head = true;
      else if (head && m_rules.organisation_particles.count(m_words[j].folded)) return true;
    }
    return false;
  }

  // Drops the leading words that only introduce the name: sentence openers, titles, their
  // complements (but "Justice Department" keeps its first word: an organisation's name is all
  // of it).
  void strip_introduction(Run& run) const {
    run.titled = m_rules.preceded_by_title(m_words, run.first, m_original);
    // "Energy Minister Kwabena Asante-Mensah": a portfolio then a title introduce a person, though
    // the portfolio is also an organisation's word ("Aboadze Energy"); so they do after a word
    // that qualifies them ("French Transport Minister Paul Ferrand").
    constexpr std::size_t kMaxQualifiersBefore = 1;
    for (std::size_t portfolio = run.first; run.organisation_word && portfolio <= run.first + kMaxQualifiersBefore &&
                                            portfolio + 2 <= run.last;
         ++portfolio) {
      if (!m_rules.complements.count(m_words[portfolio].folded) || !m_rules.title_words.count(m_words[portfolio + 1].folded))
        continue;
      run.organisation_word = false;
      for (std::size_t k = portfolio + 2; k <= run.last; ++k)
        run.organisation_word = run.organisation_word || m_rules.organisation_words.count(m_words[k].folded) > 0;
    }
    auto introduces = [&](std::string_view word) {
      if (m_rules.stop_words.count(word) || m_rules.particles.count(word)) return true;
      return !run.organisation_word && (m_rules.title_words.count(word) || m_rules.complements.count(word));
    };
    // "Estonian Prime Minister Karl Tamm", "Tesla Chief Executive Elon Musk": one word that
    // qualifies a title (a nationality, an employer) introduces the name with it.
    // "South Korean President Lee Jae-myung": two such words.
    constexpr std::size_t kMaxQualifiers = 2;
    for (std::size_t q = 1; q <= kMaxQualifiers && !run.organisation_word && run.first + q + 1 <= run.last; ++q) {
      if (introduces(m_words[run.first + q - 1].folded) || !joined(run.first + q - 1)) break;
      const std::size_t next = run.first + q;
      const bool portfolio_title = m_rules.complements.count(m_words[next].folded) && next + 1 <= run.last &&
                                   m_rules.title_words.count(m_words[next + 1].folded);
      if (!m_rules.title_words.count(m_words[next].folded) && !portfolio_title) continue;
      run.first += q;
      break;
    }
    // "The New England Commission": written with a capital inside a sentence, "new" opens the name.
    auto opens_name = [&](std::size_t k) {
      return k < run.last && m_words[k].capital && m_rules.title_qualifiers.count(m_words[k].folded) &&
             !sentence_initial(m_words, k, m_original);
    };
    while (run.first <= run.last && introduces(m_words[run.first].folded) && !opens_name(run.first)) {
      if (m_rules.title_words.count(m_words[run.first].folded)) run.titled = true;
      ++run.first;
    }
    // "le Guinéen Thierno Bah", "la Togolaise Edem Amegah": after an article, a state's people
    // introduce a person as a title does.
    if (run.first + 2 <= run.last && run.first > 0 && m_rules.definite_articles.count(m_words[run.first - 1].folded) &&
        demonym(m_words[run.first].folded)) {
      ++run.first;
      run.titled = true;
    }
    drop_portfolio(run);
  }

  // "Minister of State for Space Arvind Kulkarni", "Commissioner for Energy Kadri Simson": after a
  // title and its "of"/"for", the capitalised words before the person's first name and surname
  // name the portfolio.
  void drop_portfolio(Run& run) const {
    constexpr std::size_t kTitleReach = 4;
    if (run.first == 0 || run.last < run.first + 2 || run.organisation_word) return;
    if (!m_rules.organisation_particles.count(m_words[run.first - 1].folded)) return;
    bool titled = false;
    for (std::size_t k = run.first - 1; k-- > 0 && k + kTitleReach >= run.first && !titled;)
      titled = m_rules.title_words.count(m_words[k].folded) > 0;
    if (!titled) return;
    run.first = run.last - 1;
    run.titled = true;
  }

  // A mention of a name first seen here, over words first..last, as the text writes it.
  void add_found_mention(std::size_t first, std::size_t last, EntityClass cls, const std::string& kind) {
    Mention mention;
    mention.begin = m_words[first].begin;
    mention.end = m_words[last].end;
    mention.text = std::string(m_original.substr(mention.begin, mention.end - mention.begin));
    mention.cls = cls;
    const std::size_t found_before = m_result.found.size();
    mention.entity_id = add_found(cls, mention.text, kind);
    weigh_headline_kind(first, mention.entity_id, found_before);
    m_result.mentions.push_back(std::move(mention));
  }

  // "Revontuli Games shares plunge" / "Finnish video game developer Revontuli Games": the body's
  // context says what a name is better than a headline's bare words. `found_before`: how many
  // entities were found before this mention's.
  void weigh_headline_kind(std::size_t first, const std::string& id, std::size_t found_before) {
    if (in_headline(first)) {
      if (m_result.found.size() > found_before) m_kind_from_headline.insert(id);
      return;
    }
    if (m_kind_from_headline.erase(id) && m_requested_kind == "organisation")
      m_result.found[m_found_index.at(id)].entity.kind = m_requested_kind;
  }

  // The id a name found in the text gets ("actor:tierra-olea").
  static std::string found_id(EntityClass cls, const std::string& name) {
    return std::string(to_string(cls)) + ":" + detail::slugify(name);
  }

  std::string add_found(EntityClass cls, const std::string& name, const std::string& kind) {
    m_requested_kind = kind;
    const std::string id = found_id(cls, name);
    auto known = m_found_index.find(id);
    if (known == m_found_index.end()) {
      m_found_index.emplace(id, m_result.found.size());
      m_result.found.push_back({cls, Entity{id, name, kind, {}}});
    } else if (kind == "person") {
      // "son fils Guillaume ... le grand-duc Guillaume": a lone word first taken for an
      // organisation's name is a person's once a title introduces it.
      std::string& first_kind = m_result.found[known->second].entity.kind;
      if (first_kind == "organisation") first_kind = kind;
    }
    return id;
  }

  // The kind of an entity found in this document ("" when it is the lexicon's).
  std::string_view kind_of_found(const std::string& id) const {
    const auto known = m_found_index.find(id);
    return known == m_found_index.end() ? std::string_view{} : std::string_view(m_result.found[known->second].entity.kind);
  }

  // "the hospital operator Nordklinik", "a group calling itself BlackMoth": a word that describes
  // an organisation, just before a lone capitalised word, says what it names.
  bool described_organisation(const Run& run) const {
    constexpr std::size_t kReach = 2;
    for (std::size_t k = run.first; k-- > 0 && k + kReach >= run.first;) {
      if (m_words[k].capital || !joined_by_space(k)) return false;
      if (m_rules.organisation_descriptions.count(m_words[k].folded)) return true;
    }
    return false;
  }

  // "les révélations de Mediapart, qui", "said Bellingcat, which": a capital in the middle of a
  // sentence, on a word that is no common word of the language (its dictionary's), stop word,
  // title, calendar word, verb form or noun of nationality ("deux Indiens") marks a name even
  // when written once. Not where adjectives come first and a noun follows it ("his Thai
  // counterpart"), nor after a noun or adjective.
  bool unknown_mid_sentence(const Run& run) const {
    const WordInfo& word = m_words[run.first];
    if (word.folded.size() < 3 || sentence_initial(m_words, run.first, m_original) ||
        m_rules.stop_words.count(word.folded) || m_rules.title_words.count(word.folded) ||
        m_rules.calendar_words.count(word.folded) || m_rules.particles.count(word.folded) || !m_rules.verbs)
      return false;
    // "upgraded to Baa3", "an A320": a code of letters and digits, which no dictionary lists either.
    if (word.folded.find_first_of("0123456789") != std::string_view::npos) return false;
    // "par l'Anses": after a singular determiner a final s is no plural ("anse").
    const bool singular_before = run.first > 0 && m_rules.singular_determiners.count(m_words[run.first - 1].folded) &&
                                 word.begin - m_words[run.first - 1].end <= 3;  // "l'", "l’", "un "
    const std::string_view singular =
        singular_before ? word.folded : without_plural_mark(word.folded).value_or(word.folded);
    if (m_rules.common_words.empty() || m_rules.common_words.count(word.folded) || m_rules.common_words.count(singular) ||
        demonym(word.folded) || demonym(singular))
      return false;
    if (m_rules.qualifier_before && run.last + 1 < m_words.size() && joined_by_space(run.last) &&
        qualifying_adjective(run.last + 1))
      return false;
    // "le nouveau missile balistique russe Orechnik": a name after the noun of what it names is
    // a thing's, not an actor's.
    if (run.first > 0 && joined_by_space(run.first - 1) && qualifying_adjective(run.first - 1) &&
        !possessive_ending(run.first - 1))
      return false;
    std::vector<VerbAnalysis> analyses;
    m_rules.verbs->analyse(word.folded, analyses);
    return analyses.empty();
  }

  // "a group calling itself BlackMoth", "une opération baptisée Sentinelle": a word that says
  // what follows is a name.
  bool named_by_word_before(const Run& run) const {
    return run.first > 0 && joined_by_space(run.first - 1) && !m_words[run.first - 1].capital &&
           m_rules.naming_words.count(m_words[run.first - 1].folded) > 0;
  }

  // "Copperbelt province", "the Kalulu shaft": a noun of a kind of place right after a lone
  // capitalised word says it names a place.
  bool place_noun_after(const Run& run) const {
    const std::size_t next = run.last + 1;
    if (next >= m_words.size() || m_words[next].capital) return false;
    // "the Kamloops-based producer"
    if (gap_after(run.last) == "-") return m_rules.place_words_after_hyphen.count(m_words[next].folded) > 0;
    return joined_by_space(run.last) && m_rules.place_nouns_after.count(m_words[next].folded) > 0;
  }

  // "Zambian copper mine", "Chinese special envoy": where adjectives of nationality are capitalised
  // and written before their noun (qualifier_before), a lone word before a lowercase word that is
  // a known state's name with an adjective's ending ("Zambia" + "n", "Japan" + "ese") names that
  // state. Its lexicon entry's index.
  std::optional<int> adjective_of_state(const Run& run) const {
    const std::size_t next = run.last + 1;
    if (!m_rules.qualifier_before || next >= m_words.size() || !joined_by_space(run.last) || m_words[next].capital ||
        m_rules.stop_words.count(m_words[next].folded))
      return std::nullopt;
    constexpr std::size_t kMinStem = 4;
    const std::string_view word = m_words[run.first].folded;
    if (const auto irregular = m_rules.irregular_demonyms.find(word); irregular != m_rules.irregular_demonyms.end()) {
      const LexiconEntry* entry = m_lexicon.find_entry(found_id(EntityClass::Actor, irregular->second));
      if (!entry) return std::nullopt;
      return static_cast<int>(entry - m_lexicon.entries().data());
    }
    for (std::string_view ending : {"n", "an", "ian", "ean", "ese", "ish", "i"}) {
      if (word.size() < ending.size() + kMinStem || word.substr(word.size() - ending.size()) != ending) continue;
      const std::string_view stem = word.substr(0, word.size() - ending.size());
      for (const auto& [name, entry] : m_lexicon.folded_state_names())
        if (name.compare(0, stem.size(), stem) == 0) return entry;
    }
    return std::nullopt;
  }

  // "guineen", "togolaise", "beninois": a word that starts like a known state's name (four letters
  // at least) and ends as the pack's demonyms do.
  // A one-letter ending ("belge", "russe") makes the word no longer than the state's name: not
  // "Grenoble" for "Grenade".
  bool demonym(std::string_view word) const {
    constexpr std::size_t kStem = 4;
    std::size_t longest = 0;
    for (const std::string& e : m_rules.demonym_endings)
      if (word.size() >= e.size() + kStem && word.compare(word.size() - e.size(), e.size(), e) == 0)
        longest = std::max(longest, e.size());
    if (longest == 0) return false;
    for (const auto& [name, entry] : m_lexicon.folded_state_names())
      if (name.size() >= kStem && word.compare(0, kStem, name, 0, kStem) == 0 && (longest > 1 || word.size() <= name.size()))
        return true;
    return false;
  }

  // "Zuidrand's chairwoman", "Radnik's president": a lone capitalised word that owns what follows
  // is a name; an adjective of nationality never takes the possessive.
  bool possessor_word(const Run& run) const { return possessive_ending(run.last + 1); }

  // Whether word k is the "s" of a possessive ("Lumora's", "Lumora’s").
  bool possessive_ending(std::size_t k) const {
    return k > 0 && k < m_words.size() && m_words[k].folded == "s" && apostrophe_after(k - 1);
  }

  // A capitalised word just taken for a name of its own gives way to the longer name it opens.
  void drop_mention_at(std::size_t k) {
    if (!m_result.mentions.empty() && m_result.mentions.back().begin == m_words[k].begin) m_result.mentions.pop_back();
  }

  // Whether word k alone is a lexicon mention ("Copenhagen"), not part of a longer one.
  bool known_single_word(std::size_t k) const {
    return m_words[k].known && (k == 0 || !m_words[k - 1].known || !joined_by_space(k - 1)) &&
           (k + 1 >= m_words.size() || !m_words[k + 1].known);
  }

  // Whether only spaces stand between the words at k and k + 1.
  bool joined_by_space(std::size_t k) const {
    const std::string_view gap = gap_after(k);
    return !gap.empty() && gap.find_first_not_of(' ') == std::string_view::npos;
  }

  // A lone capitalised word is a name only as a known person's surname, after a title, after a
  // place preposition, or as an acronym, a word capitalised mid-sentence more than once, a word
  // an organisation noun introduces or one that owns what follows.
  bool classify_single_word(const Run& run, bool after_preposition, Mention& mention) {
    const std::string_view word = m_words[run.first].folded;
    auto surname = m_surnames.find(word);
    if (auto acronym = m_acronyms.find(word); acronym != m_acronyms.end() && is_acronym(mention.text)) {
      mention.entity_id = acronym->second;
      mention.cls = EntityClass::Actor;
    } else if (surname != m_surnames.end()) {
      mention.entity_id = surname->second.first;
      mention.entry = surname->second.second;
      mention.cls = EntityClass::Actor;
    } else if (const auto* person = person_by_first_word(word)) {
      mention.entity_id = person->first;
      mention.entry = person->second;
      mention.cls = EntityClass::Actor;
    } else if (run.titled) {
      mention.entity_id = add_found(EntityClass::Actor, mention.text, "person");
      mention.cls = EntityClass::Actor;
      remember_title(run.first, mention.entity_id, -1);
    } else if (const auto state = adjective_of_state(run)) {
      const LexiconEntry& entry = m_lexicon.entries()[static_cast<std::size_t>(*state)];
      mention.entity_id = entry.entity.id;
      mention.entry = *state;
      mention.cls = entry.cls;
    } else if (after_preposition || place_noun_after(run)) {
      mention.entity_id = add_found(EntityClass::Place, mention.text, "");
      mention.cls = EntityClass::Place;
    } else if (is_acronym(mention.text) || m_repeated_mid_sentence.count(word) || described_organisation(run) ||
               possessor_word(run) || named_by_word_before(run) || unknown_mid_sentence(run)) {
      // Acronyms (SPD, ESA) and names capitalised mid-sentence more than once (Google,
      // Mercosur) are actors: most often organisations in news text.
      mention.entity_id = add_found(EntityClass::Actor, mention.text, "organisation");
      mention.cls = EntityClass::Actor;
    } else {
      return false;
    }
    return true;
  }

  // Whether a word inside the run is in lower case ("et" in "Lot-et-Garonne").
  bool small_word_inside(const Run& run) const {
    for (std::size_t k = run.first + 1; k < run.last; ++k)
      if (!m_words[k].capital) return true;
    return false;
  }

  // Whether every word of the run is a common word of the language or a particle ("quarante-sept").
  bool common_compound(const Run& run) const {
    if (m_rules.common_words.empty()) return false;
    for (std::size_t k = run.first; k <= run.last; ++k)
      if (!m_rules.common_words.count(m_words[k].folded) && !m_rules.particles.count(m_words[k].folded)) return false;
    return true;
  }

  // Whether every word of the run is joined to the next by a hyphen alone.
  bool hyphenated(const Run& run) const {
    for (std::size_t k = run.first; k < run.last; ++k)
      if (gap_after(k) != "-") return false;
    return run.last > run.first;
  }

  bool classify(const Run& run, Mention& mention) {
    const std::size_t length = run.last - run.first + 1;
    bool organisation = false;
    for (std::size_t k = run.first; k <= run.last; ++k)
      organisation = organisation || m_rules.organisation_words.count(m_words[k].folded);
    // "l'enseigne Maison Vernet", "the retailer Casa Lumo": a noun that describes an organisation
    // says what a name of several words is, unless a given name opens it.
    organisation = organisation || (length > 1 && !run.titled && !m_rules.given_names.count(m_words[run.first].folded) &&
                                    described_organisation(run));
    const bool after_preposition = m_rules.preceded_by_place_preposition(m_folded, m_words[run.first].folded_begin);
    if (!organisation && !run.titled && m_bracketed_places.count(fold(mention.text))) {
      mention.entity_id = add_found(EntityClass::Place, mention.text, "");
      mention.cls = EntityClass::Place;
      return true;
    }
    if (length == 1 && !organisation) return classify_single_word(run, after_preposition, mention);
    if (hyphenated(run) && !run.titled && sentence_initial(m_words, run.first, m_original) && common_compound(run))
      return false;  // "Quarante-sept personnes ont été interpellées": a capital that only opens the sentence
    if (hyphenated(run)) {
      if (auto surname = m_surnames.find(fold(mention.text)); surname != m_surnames.end()) {
        mention.entity_id = surname->second.first;
        mention.entry = surname->second.second;
        mention.cls = EntityClass::Actor;
        return true;
      }
    }
    if (organisation) {
      mention.entity_id = add_found(EntityClass::Actor, mention.text, "organisation");
    } else if (after_preposition && !run.titled && length <= 3 && !m_rules.given_names.count(m_words[run.first].folded)) {
      // "à Saint-Dizier", not "succède à Alain Gourdon": a given name opens a person's name.
      mention.entity_id = add_found(EntityClass::Place, mention.text, "");
      mention.cls = EntityClass::Place;
      return true;
    } else if (hyphenated(run) && !run.titled && small_word_inside(run)) {
      // "Lot-et-Garonne", "Villefranche-sur-Saône": a small word between hyphens joins the parts
      // of a place's name, not an organisation's ("SUD-Rail").
      mention.entity_id = add_found(EntityClass::Place, mention.text, "");
      mention.cls = EntityClass::Place;
      return true;
    } else if (hyphenated(run)) {
      // "Météo-France", "Sud-Ouest": one name of words joined by hyphens is no person's, unless a
      // title introduces it ("Mme Lemaire-Aubry").
      mention.entity_id = add_found(EntityClass::Actor, mention.text, run.titled ? "person" : "organisation");
      if (run.titled) remember_title(run.first, mention.entity_id, -1);
    } else if (length <= 5) {
      // "producer Tierra Olea rose ... Tierra Olea, which listed": a name the text has described as
      // an organisation stays one where nothing says it is a person.
      const bool untitled = !run.titled && !after_possessive(run.first);
      const bool organisation_before = untitled && kind_of_found(found_id(EntityClass::Actor, mention.text)) == "organisation";
      mention.entity_id = add_found(EntityClass::Actor, mention.text, organisation_before ? "organisation" : "person");
      if (!organisation_before) {
        remember_person(mention.text, mention.entity_id, -1, run.titled || after_possessive(run.first));
        remember_title(run.first, mention.entity_id, -1);  // titled, or after "le président togolais,"
        remember_title_given(run.last, mention.entity_id, -1);
      }
    } else {
      return false;
    }
    mention.cls = EntityClass::Actor;
    return true;
  }

  // A dispatch's dateline city, in capitals at the start of a line ("MONTEVIDEO, Dec 6 (Reuters)",
  // "ALEXANDRIA, Va."), and the region written after it ("THUNDER BAY, Ontario (AP)"): places.
  bool dateline(const Run& run) const {
    const std::size_t line = m_original.rfind('\n', m_words[run.first].begin);
    const std::size_t line_start = line == std::string_view::npos ? 0 : line + 1;
    const std::string_view before = m_original.substr(line_start, m_words[run.first].begin - line_start);
    const std::size_t after = m_words[run.last].end;
    const bool closed = after < m_original.size() && (m_original[after] == ',' || m_original.compare(after, 2, " (") == 0);
    if (before.find_first_not_of(" \t") != std::string_view::npos) return closed && dateline_city_before(before);
    for (std::size_t k = run.first; k <= run.last; ++k)
      for (std::size_t c = m_words[k].begin; c < m_words[k].end; ++c)
        if (std::islower(static_cast<unsigned char>(m_original[c]))) return false;
    return closed;
  }

  // "THUNDER BAY, ": a line that so far holds only a name in capitals and its comma.
  static bool dateline_city_before(std::string_view before) {
    if (before.size() < 4 || before.compare(before.size() - 2, 2, ", ") != 0) return false;
    const std::string_view city = before.substr(0, before.size() - 2);
    bool letter = false;
    for (unsigned char c : city) {
      if (std::islower(c) || c == ',' || c == '(' || std::isdigit(c)) return false;
      letter = letter || std::isupper(c);
    }
    return letter;
  }

  std::string_view original_word(std::size_t k) const {
    return m_original.substr(m_words[k].begin, m_words[k].end - m_words[k].begin);
  }

  // Where the next acronym opening a bracket stands after each word: a name spelled out before
  // one is looked for only within reach of it (most lower-case words have none).
  void note_bracketed_acronyms() {
    m_next_bracketed_acronym.assign(m_words.size() + 1, m_words.size());
    for (std::size_t k = m_words.size(); k-- > 1;) {
      const bool bracketed = gap_after(k - 1) == " (" && is_acronym(original_word(k));
      m_next_bracketed_acronym[k - 1] = bracketed ? k : m_next_bracketed_acronym[k];
    }
  }

  // "à Évron (Mayenne)", "in Springfield (Illinois)": a name in brackets right after a place names
  // the place's region; the text may name it again where nothing says it is a place ("la
  // FDSEA de la Mayenne").
  void note_bracketed_places() {
    for (std::size_t k = 1; k < m_words.size(); ++k) {
      if (gap_after(k - 1) != " (" || !m_words[k].capital || !m_words[k - 1].capital || is_acronym(original_word(k)))
        continue;
      std::size_t last = k;
      while (last + 1 < m_words.size() && gap_after(last) == "-") ++last;
      if (last + 1 < m_words.size() && gap_after(last).substr(0, 1) != ")") continue;
      std::size_t place = k - 1;
      while (place > 0 && gap_after(place - 1) == "-") --place;
      if (!m_rules.preceded_by_place_preposition(m_folded, m_words[place].folded_begin)) continue;
      m_bracketed_places.insert(fold(m_original.substr(m_words[k].begin, m_words[last].end - m_words[k].begin)));
    }
  }

  // Whether the acronym spells the initials of words[first, last) but their particles and
  // articles ("État islamique au Sahel (EIS)").
  bool spells_initials(std::string_view acronym, std::size_t first, std::size_t last) const {
    std::string initials;
    for (std::size_t k = first; k < last; ++k) {
      if (m_rules.particles.count(m_words[k].folded) || m_rules.stop_words.count(m_words[k].folded)) continue;
      initials += static_cast<char>(std::toupper(static_cast<unsigned char>(m_words[k].folded.front())));
    }
    return initials == acronym;
  }

  // "the International Ski and Snowboard Federation (FIS)", "the Panama Canal Authority (ACP)":
  // a capitalised name with an organisation's head word among its words, whose acronym may be
  // another language's.
  bool capitalised_organisation(std::size_t first, std::size_t last) const {
    if (!m_words[first].capital) return false;
    for (std::size_t k = first; k < last; ++k)
      if (m_words[k].capital && m_rules.organisation_words.count(m_words[k].folded)) return true;
    return false;
  }

  // "Groupe de soutien à l'islam et aux musulmans (JNIM)", "l'Organisation des Nations unies
  // (ONU)": an organisation spelled out with its acronym in brackets. Lower-case words may stand
  // inside it; the acronym, here and later in the text, is the same actor. Returns the last word
  // used, or nothing when no acronym closes the name within reach.
  static constexpr std::size_t kMaxAcronymNameWords = 10;
  std::optional<std::size_t> acronym_definition(std::size_t i) {
    // "l'agence régionale de santé (ARS)": written in lower case, the name must spell the acronym.
    const bool organisation = m_words[i].capital && m_rules.organisation_words.count(m_words[i].folded) > 0;
    if (!organisation && m_rules.stop_words.count(m_words[i].folded)) return std::nullopt;
    for (std::size_t k = i + 1; k < m_words.size() && k <= i + kMaxAcronymNameWords; ++k) {
      const std::string_view gap = gap_after(k - 1);
      if (gap == " (" && is_acronym(original_word(k)) && m_words[k].free && k > i + 1 &&
          (organisation || spells_initials(original_word(k), i, k) || capitalised_organisation(i, k))) {
        // "(GSIM, ou JNIM selon l'acronyme arabe)": a comma may add another form before the bracket closes.
        const std::size_t close = m_words[k].end;
        if (close >= m_original.size() || (m_original[close] != ')' && m_original[close] != ',')) return std::nullopt;
        Mention name;
        name.begin = m_words[i].begin;
        name.end = m_words[k - 1].end;
        name.text = std::string(m_original.substr(name.begin, name.end - name.begin));
        name.cls = EntityClass::Actor;
        name.entity_id = add_found(EntityClass::Actor, name.text, "organisation");
        const std::string id = name.entity_id;
        m_result.mentions.push_back(std::move(name));
        add_acronym(k, id);
        if (m_original[close] == ',') k = other_acronyms_in_brackets(k, id);
        return k;
      }
      // Only spaces, apostrophes and hyphens join the words of one name.
      // "Forces armées de la RDC (FARDC)": an organisation's name may hold a name the lexicon knows.
      if ((!m_words[k].free && !(organisation && m_words[k].known)) || gap.find_first_not_of(" '\xE2\x80\x99-") != std::string_view::npos) return std::nullopt;
    }
    return std::nullopt;
  }

  // "Taipei District Court", "the Paris Court of Appeal": capitalised words after a lone place the
  // lexicon knows, joined by spaces, with an organisation's head word among them. Their last word.
  std::optional<std::size_t> organisation_after_place(std::size_t i) {
    if (!known_single_word(i) || i + 1 >= m_words.size() || !joined_by_space(i) || !m_words[i + 1].capital ||
        !m_words[i + 1].free)
      return std::nullopt;
    const Run run = capitalised_run(i + 1);
    if (!run.organisation_word) return std::nullopt;
    add_found_mention(i, run.last, EntityClass::Actor, "organisation");
    return run.last;
  }

  // The acronym at k is another name of the organisation `id`, here and later in the text.
  void add_acronym(std::size_t k, const std::string& id) {
    const std::string acronym(original_word(k));
    auto& aliases = m_result.found[m_found_index.at(id)].entity.aliases;
    if (std::find(aliases.begin(), aliases.end(), acronym) == aliases.end()) aliases.push_back(acronym);
    m_acronyms.emplace(std::string(m_words[k].folded), id);
    Mention short_form;
    short_form.begin = m_words[k].begin;
    short_form.end = m_words[k].end;
    short_form.text = acronym;
    short_form.cls = EntityClass::Actor;
    short_form.entity_id = id;
    m_result.mentions.push_back(std::move(short_form));
  }

  // "(GSIM, ou JNIM selon l'acronyme arabe)": the other acronyms before the bracket closes name
  // the same organisation. Returns the last word used.
  std::size_t other_acronyms_in_brackets(std::size_t k, const std::string& id) {
    constexpr std::size_t kReach = 6;
    std::size_t last = k;
    for (std::size_t j = k + 1; j < m_words.size() && j <= k + kReach; ++j) {
      if (is_acronym(original_word(j)) && m_words[j].free && !m_acronyms.count(std::string(m_words[j].folded))) {
        add_acronym(j, id);
        last = j;
      }
      if (m_original.compare(m_words[j].end, 1, ")") == 0) break;
    }
    return last;
  }

  // The original text between the words at k and k + 1.
  std::string_view gap_after(std::size_t k) const {
    return m_original.substr(m_words[k].end, m_words[k + 1].begin - m_words[k].end);
  }

  // "China's Tang Ziqian": a capitalised owner's "'s" right before word k.
  bool after_possessive(std::size_t k) const {
    return k >= 2 && m_words[k - 1].folded == "s" && apostrophe_after(k - 2) && m_words[k - 2].capital;
  }

  // Whether an apostrophe alone joins word k to the next: an elision ("n'a") or a possessive.
  bool apostrophe_after(std::size_t k) const {
    if (k + 1 >= m_words.size()) return false;
    const std::string_view gap = gap_after(k);
    return gap == "'" || gap == "\xE2\x80\x99";
  }

  // Whether the words at k and k + 1 are written together as one name writes them.
  bool joined(std::size_t k) const { return NameRules::joins(gap_after(k)); }

  // The last word of the capitalised name at `k` ("Seine-Maritime", "Terres Vivantes 44"), known
  // to the lexicon or not.
  std::size_t name_end(std::size_t k) const {
    constexpr std::size_t kMaxWords = 4;
    std::size_t last = k;
    while (last + 1 < m_words.size() && last + 1 < k + kMaxWords && joined(last)) {
      if (m_words[last + 1].capital || (m_words[last + 1].folded.front() >= '0' && m_words[last + 1].folded.front() <= '9')) {
        ++last;
      } else if (last + 2 < m_words.size() && gap_after(last) == "-" && gap_after(last + 1) == "-" &&
                 m_words[last + 2].capital) {
        last += 2;  // "Puy-de-Dôme", "Seine-et-Marne": a small word between hyphens
      } else {
        break;
      }
    }
    return last;
  }

  // A free word in lower case that is neither a particle nor a stop word: a modifier of a head.
  bool lower_case_word(std::size_t k) const {
    return m_words[k].free && !m_words[k].capital && !m_rules.particles.count(m_words[k].folded) &&
           !m_rules.stop_words.count(m_words[k].folded);
  }

  // Whether a place preposition of several words starts at word k ("près de", "au large de"):
  // where an institution's name ends ("la police près de la frontière").
  bool opens_place_preposition(std::size_t k) const {
    if (!m_rules.place_preposition_starts.count(m_words[k].folded)) return false;
    for (const auto& preposition : m_rules.place_preposition_words) {
      if (k + preposition.size() > m_words.size()) continue;
      std::size_t n = 0;
      while (n < preposition.size() && m_words[k + n].folded == preposition[n]) ++n;
      if (n == preposition.size()) return true;
    }
    return false;
  }

  // Past a complement in lower case that belongs to an institution's head ("d'appel", "de
  // l'instruction", "des comptes"): the word after it, or `k` when there is none. A complement is
  // followed by another particle, which then introduces the name.
  std::size_t complement_end(std::size_t k) const {
    if (!m_rules.particles.count(m_words[k].folded) || !joined(k - 1)) return k;
    std::size_t word = k + 1;
    if (word < m_words.size() && m_rules.institution_articles.count(m_words[word].folded) && joined(word - 1)) ++word;
    if (word + 1 >= m_words.size() || !lower_case_word(word) || !joined(word - 1)) return k;
    // "de prud'hommes": one noun written with an apostrophe inside.
    while (word + 2 < m_words.size() && apostrophe_after(word) && m_words[word].folded.size() > 1 && lower_case_word(word + 1))
      ++word;
    if (!joined(word)) return k;
    return m_rules.particles.count(m_words[word + 1].folded) ? word + 1 : k;
  }

  // "la gendarmerie", "l'armée nigérienne", "the police": an institution a text names by its
  // common noun acts as one, with the adjective that says which ("l'armée ukrainienne" is not
  // "l'armée nigérienne"); a verb form after the noun is no adjective ("les gendarmes ont").
  // Returns the last word of its mention.
  // Some act only with that adjective ("les autorités maliennes", never "les autorités" alone).
  // So does a group of people a definite article names ("les agriculteurs", "the protesters",
  // "Opposition lawmakers"): who acts when no one is named ("des manifestants" names no one).
  std::optional<std::size_t> standalone_institution_at(std::size_t i) {
    if (m_words[i].capital || !m_words[i].free) return std::nullopt;
    const bool people = m_rules.group_nouns.count(m_words[i].folded) > 0;
    const bool standalone = people || m_rules.standalone_institutions.count(m_words[i].folded) > 0;
    if (!standalone && !m_rules.qualified_institutions.count(m_words[i].folded)) return std::nullopt;
    // "the opposition People's Front", "l'opposition Renouveau civique": the name that follows is who.
    if (i + 1 < m_words.size() && joined_by_space(i) && m_words[i + 1].capital &&
        !m_rules.calendar_words.count(m_words[i + 1].folded))
      return std::nullopt;
    const char* kind = people ? "group" : "organisation";
    if (m_rules.qualifier_before) return institution_after_qualifier(i, standalone, kind);
    // "le nouveau conseil municipal": a title qualifier may stand between the article and the noun.
    std::size_t article = i - (i > 0 ? 1 : 0);
    if (i >= 2 && m_words[i - 1].free && m_rules.title_qualifiers.count(m_words[i - 1].folded) && joined(i - 1)) --article;
    if (i == 0 || !joined(article)) return std::nullopt;
    // "une commission mixte franco-sénégalaise se réunira": a body the text introduces with an
    // indefinite article acts too once an adjective says which.
    const bool definite = m_rules.definite_articles.count(m_words[article].folded) > 0;
    const bool indefinite = !standalone && m_rules.indefinite_articles.count(m_words[article].folded) > 0;
    if (!definite && !indefinite) return std::nullopt;
    std::size_t last = i;
    if (i + 1 < m_words.size() && joined_by_space(i) && qualifying_adjective(i + 1)) last = i + 1;
    if (!standalone && last == i) return std::nullopt;
    add_found_mention(i, last, EntityClass::Actor, kind);
    return last;
  }

  // "Portuguese prosecutors", "Malian authorities": where the adjective comes first, a lone
  // capitalised word that is no name of its own says whose. A standalone one may go without it
  // after the article ("the police").
  std::optional<std::size_t> institution_after_qualifier(std::size_t i, bool standalone, const char* kind) {
    // "Copenhagen prosecutors": a place the lexicon knows may say whose too.
    const bool qualified = i > 0 && m_words[i - 1].capital && (m_words[i - 1].free || known_single_word(i - 1)) &&
                           joined_by_space(i - 1) &&
                           !m_rules.stop_words.count(m_words[i - 1].folded) &&
                           !m_rules.title_words.count(m_words[i - 1].folded) &&
                           (i == 1 || !m_words[i - 2].capital || !m_words[i - 2].free || !joined_by_space(i - 2) ||
                            m_rules.stop_words.count(m_words[i - 2].folded));  // "The Indonesian navy"
    if (qualified) {
      // The capitalised word alone may have been taken for a name already: the institution wins.
      drop_mention_at(i - 1);
      add_found_mention(i - 1, i, EntityClass::Actor, kind);
      return i;
    }
    if (!standalone || i == 0 || !m_rules.definite_articles.count(m_words[i - 1].folded) || !joined(i - 1))
      return std::nullopt;
    add_found_mention(i, i, EntityClass::Actor, kind);
    return i;
  }

  // "the Dutch data protection authority", "the ruling party's executive committee", "a joint
  // committee of elders": in a language that writes qualifiers first, nouns in lower case before
  // a body's head noun (names.yaml body_heads) name that body, after an article, a possessive or a
  // nationality. Not when the next sentences write those words with a capital: the text names the
  // body there ("the country's competition regulator ... The National Markets and Competition
  // Commission"). Returns the head's word; the phrase runs from the nationality or the first noun.
  std::optional<std::size_t> lower_case_body_at(std::size_t i) {
    constexpr std::size_t kMaxModifiers = 3;
    constexpr std::size_t kNamedReach = 60;  // words: the next sentence or two
    if (!m_rules.qualifier_before || m_words[i].capital || !m_words[i].free || !m_rules.body_heads.count(m_words[i].folded))
      return std::nullopt;
    // "the financial regulator Finansinspektionen": the name that follows is the body.
    if (i + 1 < m_words.size() && joined_by_space(i) && m_words[i + 1].capital) return std::nullopt;
    std::size_t first = i;
    while (first > 0 && i - first < kMaxModifiers && joined_by_space(first - 1) && m_words[first - 1].folded.size() > 1 &&
           body_modifier(first - 1))
      --first;
    if (first == 0) return std::nullopt;
    const WordInfo& before = m_words[first - 1];
    const bool article = m_rules.definite_articles.count(before.folded) || m_rules.stop_words.count(before.folded);
    const bool possessive = possessive_ending(first - 1);
    const bool nationality = before.capital && joined_by_space(first - 1) && (before.free || known_single_word(first - 1)) &&
                             !m_rules.stop_words.count(before.folded);
    // "the authority's board": a description's possessive alone says which board; "the Finnish
    // government": so does a nationality after an article.
    const bool described = possessive && first >= 2 && !m_words[first - 2].capital;
    const bool national = nationality && first >= 2 && m_rules.definite_articles.count(m_words[first - 2].folded);
    if (first == i && !described && !national) return std::nullopt;
    if (m_rules.state_body_heads.count(m_words[i].folded) && !nationality) return std::nullopt;
    if (!article && !possessive && !nationality) return std::nullopt;
    for (std::size_t k = i + 1; k < m_words.size() && k <= i + kNamedReach; ++k)
      if (m_words[k].capital)
        for (std::size_t j = first; j <= i; ++j)
          if (m_words[k].folded == m_words[j].folded) return std::nullopt;
    // The nationality stays in the name ("Dutch data protection authority") and gives way to it.
    const std::size_t from = nationality ? first - 1 : first;
    if (nationality) drop_mention_at(from);
    add_found_mention(from, i, EntityClass::Actor, "organisation");
    return i;
  }

  // Before a body's head noun: a qualifying adjective, or a noun that English also uses as a bare
  // verb ("the border commission", "the joint committee", "the trade authority"). Not a verb's
  // other forms ("the elected council" is no body's name).
  bool body_modifier(std::size_t k) const { return lower_case_modifier(k, /*bare_verbs=*/true); }

  // A lower-case word that is no verb form, stop word or particle: an adjective after a noun.
  bool qualifying_adjective(std::size_t k) const { return lower_case_modifier(k, /*bare_verbs=*/false); }

  // A lower-case word that is no stop word, particle, calendar word or place preposition, and no
  // verb form, or with `bare_verbs` none but a bare one (the verb's lemma).
  bool lower_case_modifier(std::size_t k, bool bare_verbs) const {
    if (!m_rules.verbs || !lower_case_word(k) || m_rules.calendar_words.count(m_words[k].folded) || opens_place_preposition(k) ||
        apostrophe_after(k))  // "la police n'a pas": "n'" is a particle, no adjective
      return false;
    std::vector<VerbAnalysis> analyses;
    m_rules.verbs->analyse(m_words[k].folded, analyses);
    return std::all_of(analyses.begin(), analyses.end(), [&](const VerbAnalysis& analysis) {
      return bare_verbs && analysis.folded_lemma == m_words[k].folded;
    });
  }

  // Whether the gap before word k opens a quotation, or the gap after it closes one.
  bool opens_quote(std::size_t k) const {
    const std::string_view gap = k == 0 ? m_original.substr(0, m_words[0].begin) : gap_after(k - 1);
    return gap.find("\xC2\xAB") != std::string_view::npos || gap.find("\xE2\x80\x9C") != std::string_view::npos ||
           gap.find('"') != std::string_view::npos;
  }
  bool closes_quote(std::size_t k) const {
    const std::string_view gap = k + 1 < m_words.size() ? gap_after(k) : m_original.substr(m_words[k].end);
    return gap.find("\xC2\xBB") != std::string_view::npos || gap.find("\xE2\x80\x9D") != std::string_view::npos ||
           gap.find('"') != std::string_view::npos;
  }

  // "l'initiative cantonale « Pour des loyers abordables »", "the "Fair Rents" bill": a quoted
  // title after the noun of a bill, initiative or plan names that proposal. Returns its last word.
  std::optional<std::size_t> quoted_proposal_at(std::size_t i) {
    constexpr std::size_t kMaxQualifiers = 2, kMaxWords = 10;
    if (!m_rules.proposal_heads.count(m_words[i].folded) || !m_words[i].free) return std::nullopt;
    std::size_t first = i + 1;
    while (first < m_words.size() && first <= i + kMaxQualifiers && !opens_quote(first) && !m_words[first].capital &&
           joined(first - 1))
      ++first;
    if (first >= m_words.size() || !opens_quote(first) || !m_words[first].capital || !m_words[first].free) return std::nullopt;
    for (std::size_t last = first; last < m_words.size() && last < first + kMaxWords; ++last) {
      if (!m_words[last].free) return std::nullopt;
      if (!closes_quote(last)) continue;
      add_found_mention(first, last, EntityClass::Proposal, "");
      return last;
    }
    return std::nullopt;
  }

  // "le tribunal correctionnel de Lyon", "le collectif Terres Vivantes 44": an institution written
  // in lower case that a name makes one. Returns the last word of its mention.
  std::optional<std::size_t> institution_at(std::size_t i) {
    constexpr std::size_t kMaxModifiers = 3;
    if (m_words[i].capital || !m_words[i].free || !m_rules.institution_heads.count(m_words[i].folded)) return std::nullopt;
    if (i == 0 || !m_rules.institution_articles.count(m_words[i - 1].folded) || !joined(i - 1)) return std::nullopt;
    std::size_t k = i + 1;
    while (k < m_words.size() && k <= i + kMaxModifiers) {
      if (opens_place_preposition(k)) return std::nullopt;
      if (lower_case_word(k) && joined(k - 1)) {
        ++k;
      } else if (const std::size_t after = complement_end(k); after > k) {
        k = after;  // "la cour d'appel de Poitiers", "la chambre de l'instruction de Lyon"
      } else {
        break;
      }
    }
    if (k >= m_words.size() || !joined(k - 1)) return std::nullopt;
    std::size_t name = k;
    if (m_rules.particles.count(m_words[k].folded)) {
      name = k + 1;
      if (name < m_words.size() && m_rules.institution_articles.count(m_words[name].folded) && joined(k)) ++name;
      if (name >= m_words.size() || !joined(name - 1)) return std::nullopt;
    } else {
      // "le syndicat SUD-Rail": a name of its own (an acronym) needs no head word.
      if (!m_words[k].free || is_acronym(original_word(k))) return std::nullopt;
    }
    if (!m_words[name].capital || m_rules.stop_words.count(m_words[name].folded)) return std::nullopt;
    // The whole phrase is the mention: a place or a name inside it ("de Rouen") gives way to it,
    // as "France" does inside "Banque de France".
    const std::size_t last_own = association_name_end(i, name, name_end(name));
    add_found_mention(i, last_own, EntityClass::Actor, "organisation");
    return last_own;
  }

  // "du groupe", "de l'hôpital", "de la ville": "de" and a definite article, or their contraction.
  bool owner_complement_at(std::size_t k) const {
    const std::string_view of = m_words[k].folded;
    if (of == "du") return true;
    return of == "de" && k + 1 < m_words.size() && joined(k) &&
           (m_words[k + 1].folded == "l" || m_words[k + 1].folded == "la");
  }

  // "le conseil de surveillance", "le conseil d'administration", "le collège des consulteurs": a
  // body's head (names.yaml complement_bodies) after an article, and "de" with the one lower-case
  // noun that says which, is that body. Not "la commission de l'Union" (an article: institution_at's
  // names) nor a noun that goes on ("le comité de suivi des travaux").
  std::optional<std::size_t> body_of_complement_at(std::size_t i) {
    if (m_words[i].capital || !m_words[i].free || !m_rules.complement_bodies.count(m_words[i].folded)) return std::nullopt;
    if (i == 0 || !m_rules.institution_articles.count(m_words[i - 1].folded) || !joined(i - 1)) return std::nullopt;
    const std::size_t particle = i + 1, noun = i + 2;
    if (noun >= m_words.size() || !joined(i) || !joined(particle)) return std::nullopt;
    const std::string_view of = m_words[particle].folded;
    if (!m_rules.particles.count(of) && of != "des") return std::nullopt;
    if (!lower_case_word(noun) || m_rules.institution_articles.count(m_words[noun].folded)) return std::nullopt;
    // "le conseil de surveillance de l'hôpital": a complement with a definite article says whose
    // the body is; any other ("le comité de suivi des travaux") leaves nowhere to cut the name.
    if (noun + 1 < m_words.size() && joined(noun) &&
        ((m_words[noun + 1].folded.size() > 2 && qualifying_adjective(noun + 1)) ||
         (m_rules.particles.count(m_words[noun + 1].folded) && !owner_complement_at(noun + 1))))
      return std::nullopt;
    add_found_mention(i, noun, EntityClass::Actor, "organisation");
    return noun;
  }

  // "le Premier ministre", "la ministre de la Santé", "the interior minister": a definite article
  // and a title with no name after it stand for the person last named with that title ("Jean
  // Castex, le Premier ministre," names him), else for the holder of an office no one names
  // (office_titles, or a title with its portfolio). Returns the phrase's last word.
  std::optional<std::size_t> title_phrase_at(std::size_t i) {
    // "Ireland's transport minister": a place's possessive says whose office, as an article does.
    const bool possessor = m_rules.qualifier_before && possessive_ending(i) && m_words[i - 1].capital;
    if (!m_words[i].free || (!possessor && !m_rules.definite_articles.count(m_words[i].folded))) return std::nullopt;
    const std::optional<std::size_t> last = title_phrase_end(i + 1);
    if (!last) return std::nullopt;
    const std::vector<std::string_view> words = title_words_between(i + 1, *last);
    const bool portfolio = std::any_of(words.begin(), words.end(), [&](std::string_view word) {
      return m_rules.complements.count(word) > 0 || m_rules.portfolio_linkers.count(word) > 0;
    });
    if (i > 0 && appositive_title(i, words)) return last;
    const TitledPerson* holder = title_holder(words, i);
    // "le chef de l'État" is the president named before.
    if (!holder)
      if (const auto synonym = m_rules.title_synonyms.find(joined_title(words)); synonym != m_rules.title_synonyms.end())
        holder = title_holder(std::vector<std::string_view>(synonym->second.begin(), synonym->second.end()), i);
    if (holder) {
      add_mention_of(i + 1, *last, holder->id, holder->entry);
      return last;
    }
    if (in_headline(i)) m_headline_titles.push_back(HeadlineTitle{i + 1, *last, words, -1});
    if (std::any_of(words.begin(), words.end(), [&](std::string_view word) { return m_rules.former_qualifiers.count(word); }))
      return std::nullopt;
    if (!portfolio) {
      const bool office = m_rules.office_titles.count(joined_title(words)) > 0;
      // "le maire d'Annecy", "the mayor of Raleigh": the holder of that place's (or body's) office.
      if (!possessor)
        if (const std::optional<std::size_t> end = named_complement_end(*last)) {
          add_found_mention(i + 1, *end, EntityClass::Actor, "person");
          return end;
        }
      if (!office) return std::nullopt;
    }
    // "la présidente du comité d'initiative": a title of the body its complement names is no office.
    if (*last + 1 < m_words.size() && joined(*last) && m_rules.particles.count(m_words[*last + 1].folded)) return std::nullopt;
    if (!m_headline_titles.empty() && m_headline_titles.back().first == i + 1)
      m_headline_titles.back().mention = static_cast<int>(m_result.mentions.size());
    add_found_mention(i + 1, *last, EntityClass::Actor, "person");
    return last;
  }

  // The last word of the capitalised name a title's particle introduces ("maire | d'Annecy",
  // "mayor | of Raleigh"), when no name of a person follows it ("le maire de Lyon, Grégory
  // Doucet,") and no lexicon entry overlaps it.
  std::optional<std::size_t> named_complement_end(std::size_t title_end) const {
    std::size_t k = title_end + 1;
    const auto particle = [&](std::size_t at) {
      return m_rules.particles.count(m_words[at].folded) || m_rules.organisation_particles.count(m_words[at].folded);
    };
    if (k + 1 >= m_words.size() || !joined(title_end) || !particle(k) || !joined(k)) return std::nullopt;
    ++k;
    if (m_rules.institution_articles.count(m_words[k].folded) && k + 1 < m_words.size() && joined(k)) ++k;
    if (!m_words[k].capital) return std::nullopt;
    const std::size_t end = name_end(k);
    for (std::size_t j = k; j <= end; ++j)
      if (!m_words[j].free) return std::nullopt;
    if (end + 1 < m_words.size() && gap_after(end) == ", " && m_words[end + 1].capital) return std::nullopt;
    // "la ministre de la Transition écologique": a portfolio and its adjective, no place.
    if (end + 1 < m_words.size() && joined_by_space(end) && qualifying_adjective(end + 1)) return std::nullopt;
    return end;
  }

  // The last word of a title phrase starting at `first` (qualifiers, title words, then a
  // portfolio or an adjective), or nothing when none is there or a name follows it.
  // `after_comma`: the title opens an apposition (", archevêque de Rouen"), not a phrase after its
  // article.
  std::optional<std::size_t> title_phrase_end(std::size_t first, bool after_comma = false) const {
    constexpr std::size_t kMaxWords = 8;
    auto continues = [&](std::size_t k) { return (after_comma && k == first) || joined(k - 1); };
    bool linked = false;  // "chargée", "déléguée": the portfolio that follows may be any capitalised word
    std::size_t k = first;
    while (k < m_words.size() && m_words[k].free && m_rules.title_qualifiers.count(m_words[k].folded) && continues(k)) ++k;
    std::optional<std::size_t> last;
    for (; k < m_words.size() && k < first + kMaxWords && m_words[k].free && continues(k); ++k) {
      const std::string_view word = m_words[k].folded;
      if (m_rules.title_words.count(word) || m_rules.complements.count(word)) {
        if (!last && !head_title(k) && !m_rules.qualifier_before) return std::nullopt;
        last = k;
      } else if (last && m_rules.portfolio_linkers.count(word)) {
        linked = true;  // "la ministre déléguée chargée de la Ruralité"
        last = k;
      } else if (last && (m_rules.particles.count(word) || (linked && m_rules.institution_articles.count(word))) &&
                 k + 1 < m_words.size() && joined(k)) {
        // "de l'Intérieur", "des Transports": a particle, perhaps an article, then the portfolio.
        std::size_t next = k + 1;
        if (m_rules.institution_articles.count(m_words[next].folded) && next + 1 < m_words.size() && joined(next)) ++next;
        if (!m_rules.complements.count(m_words[next].folded) && !(linked && m_words[next].capital && m_words[next].free)) break;
        last = k = next;
      } else if (last && !m_rules.qualifier_before && !m_words[k].capital && qualifying_adjective(k)) {
        last = k;  // "le Premier ministre britannique", "la vérificatrice générale"
      } else {
        break;
      }
    }
    if (!last) return std::nullopt;
    // "the interior minister", not "the state department": before its noun, a portfolio needs a title after it.
    if (m_rules.qualifier_before && !head_title(*last)) return std::nullopt;
    // "le président Emmanuel Macron", "the prime minister, Keir Starmer,": a name follows.
    const std::size_t next = *last + 1;
    if (next < m_words.size() && m_words[next].capital && (joined_by_space(*last) || gap_after(*last) == ", ")) return std::nullopt;
    return last;
  }

  // A title word that is no portfolio ("ministre", not "État" of "secrétaire d'État").
  bool head_title(std::size_t k) const {
    return m_rules.title_words.count(m_words[k].folded) && !m_rules.complements.count(m_words[k].folded);
  }

  // A title phrase's words from `first` to `last`, past particles and articles.
  std::vector<std::string_view> title_words_between(std::size_t first, std::size_t last) const {
    std::vector<std::string_view> words;
    for (std::size_t k = first; k <= last; ++k)
      if (!m_rules.particles.count(m_words[k].folded) && !m_rules.institution_articles.count(m_words[k].folded))
        words.push_back(m_words[k].folded);
    return words;
  }

  // "Mgr Olivier Damerval, archevêque de Rouen,", "Jane Roe, director of the agency,": a title
  // without its article right after a name and a comma is that actor's, as "X, le ministre," is.
  // Returns the title's last word.
  std::optional<std::size_t> bare_appositive_title_at(std::size_t i) {
    if (i == 0 || m_words[i].capital || !m_words[i].free) return std::nullopt;
    if (!m_rules.title_words.count(m_words[i].folded) && !m_rules.title_qualifiers.count(m_words[i].folded))
      return std::nullopt;
    const std::optional<std::size_t> last = title_phrase_end(i, /*after_comma=*/true);
    if (!last || !appositive_title(i, title_words_between(i, *last))) return std::nullopt;
    return last;
  }

  // "Denis Bergeron, le ministre des Transports,": a title (its words past particles and
  // articles) after a person's name and a comma says what that person is. Remembers it for later
  // mentions of the title. `first`: the phrase's first word, its article or the title itself.
  bool appositive_title(std::size_t first, const std::vector<std::string_view>& words) {
    if (gap_after(first - 1) != ", ") return false;
    const Mention* before = actor_ending_at(m_words[first - 1].end);
    if (!before) return false;
    m_titled.push_back({{words.begin(), words.end()}, before->entity_id, before->entry, first});
    return true;
  }

  // The actor's mention, of the lexicon or found here, that ends at `end`.
  const Mention* actor_ending_at(std::size_t end) const {
    if (!m_result.mentions.empty() && m_result.mentions.back().end == end)
      return m_result.mentions.back().cls == EntityClass::Actor ? &m_result.mentions.back() : nullptr;
    auto it = std::lower_bound(m_known->begin(), m_known->end(), end,
                               [](const Mention& mention, std::size_t at) { return mention.end < at; });
    return it != m_known->end() && it->end == end && it->cls == EntityClass::Actor ? &*it : nullptr;
  }

  // The title's words but its qualifiers, joined by one space: how office_titles and
  // title_synonyms name a title.
  std::string joined_title(const std::vector<std::string_view>& words) const {
    std::string joined;
    for (std::string_view word : words)
      if (!m_rules.title_qualifiers.count(word)) joined.append(joined.empty() ? "" : " ").append(word);
    return joined;
  }

  bool in_headline(std::size_t k) const {
    const std::size_t end = m_original.find('\n');
    return end != std::string_view::npos && m_words[k].begin < end;
  }

  void resolve_headline_titles() {
    for (const HeadlineTitle& title : m_headline_titles) {
      const TitledPerson* holder = title_holder(title.words, title.first);
      if (!holder) continue;
      if (title.mention >= 0) {
        Mention& office = m_result.mentions[static_cast<std::size_t>(title.mention)];
        office.entity_id = holder->id;
        office.entry = holder->entry;
        continue;
      }
      add_mention_of(title.first, title.last, holder->id, holder->entry);
      // In the text's order, as the other mentions are.
      std::rotate(std::upper_bound(m_result.mentions.begin(), m_result.mentions.end() - 1, m_result.mentions.back(),
                                   [](const Mention& a, const Mention& b) { return a.begin < b.begin; }),
                  m_result.mentions.end() - 1, m_result.mentions.end());
    }
  }

  // "Shares of Ridgeback Timber plunge" over "Ridgeback Timber Corp fell": a name of several words
  // the headline found (a person's or an organisation's), with no given name first, is the short
  // form of the organisation the text names with those words first. Its mentions go to that
  // organisation, and the name goes.
  void resolve_headline_short_forms() {
    const std::size_t headline_end = m_original.find('\n');
    if (headline_end == std::string_view::npos) return;
    std::map<std::string, std::string> moved;  // short form -> organisation
    for (const Mention& mention : m_result.mentions) {
      const std::string_view kind = kind_of_found(mention.entity_id);
      if (mention.begin >= headline_end || mention.cls != EntityClass::Actor || mention.entry >= 0 ||
          (kind != "person" && kind != "organisation"))
        continue;
      const std::string folded = fold(mention.text);
      if (m_rules.given_names.count(folded.substr(0, folded.find(' '))) || folded.find(' ') == std::string::npos) continue;
      const std::string prefix = folded + " ";
      const auto organisation = std::find_if(m_result.mentions.begin(), m_result.mentions.end(), [&](const Mention& later) {
        return later.begin > headline_end && later.cls == EntityClass::Actor &&
               kind_of_found(later.entity_id) == "organisation" && fold(later.text).rfind(prefix, 0) == 0;
      });
      if (organisation == m_result.mentions.end()) continue;
      moved.emplace(mention.entity_id, organisation->entity_id);
    }
    move_mentions(moved);
  }

  // "Italy's Ferrante eyes ... food group Ferrante Alimentari ... an approach from Ferrante": a lone
  // word the text found as a name of its own is the short form of the one organisation of several
  // words it opens. Not a given name ("Paola" of "Paola Ruggeri SA") nor a dictionary word.
  void resolve_single_word_short_forms() {
    std::map<std::string, std::string> organisation_by_first_word;  // "" when two organisations share it
    for (const auto& found : m_result.found) {
      const Entity& entity = found.entity;
      if (found.cls != EntityClass::Actor || entity.kind != "organisation") continue;
      const std::string folded = fold(entity.name);
      const std::size_t space = folded.find(' ');
      if (space == std::string::npos) continue;
      const auto [it, added] = organisation_by_first_word.emplace(folded.substr(0, space), entity.id);
      if (!added && it->second != entity.id) it->second.clear();
    }
    std::map<std::string, std::string> moved;  // lone word -> organisation
    for (const Mention& mention : m_result.mentions) {
      if (mention.entry >= 0 || mention.cls != EntityClass::Actor || moved.count(mention.entity_id)) continue;
      const std::string folded = fold(mention.text);
      if (m_places.count(folded)) continue;  // "Kwara" of "Kwara State House of Assembly", also a place
      if (folded.find(' ') != std::string::npos || m_rules.given_names.count(folded) || m_rules.common_words.count(folded))
        continue;
      const auto organisation = organisation_by_first_word.find(folded);
      if (organisation == organisation_by_first_word.end() || organisation->second.empty() ||
          organisation->second == mention.entity_id)
        continue;
      moved.emplace(mention.entity_id, organisation->second);
    }
    move_mentions(moved);
  }

  // Every mention of an entity in `moved` names the entity it maps to; the former is no longer found.
  void move_mentions(const std::map<std::string, std::string>& moved) {
    if (moved.empty()) return;
    // ("Kuroshio first approached Glen Rothay in May": the body's short form goes with it.)
    for (Mention& mention : m_result.mentions)
      if (const auto to = moved.find(mention.entity_id); to != moved.end()) {
        mention.entity_id = to->second;
        mention.cls = EntityClass::Actor;
      }
    // No mention names the moved people any more.
    auto& found = m_result.found;
    found.erase(std::remove_if(found.begin(), found.end(), [&](const auto& f) { return moved.count(f.entity.id) > 0; }),
                found.end());
    m_found_index.clear();
    for (std::size_t k = 0; k < found.size(); ++k) m_found_index.emplace(found[k].entity.id, k);
  }

  // The person last named before word `at` with a title that has all these words; failing one,
  // the first named after it ("Togo : le président gracie ... Le président togolais, Edem Kossi
  // Agbéyomé, a gracié": a headline speaks of whom the story names).
  const TitledPerson* title_holder(const std::vector<std::string_view>& words, std::size_t at) const {
    const TitledPerson* before = nullptr;
    const TitledPerson* after = nullptr;
    for (const TitledPerson& person : m_titled) {
      const bool all = std::all_of(words.begin(), words.end(), [&](std::string_view word) {
        return m_rules.title_qualifiers.count(word) ||
               std::find(person.words.begin(), person.words.end(), word) != person.words.end();
      });
      if (!all) continue;
      if (person.at < at && (!before || person.at > before->at)) before = &person;
      if (person.at > at && (!after || person.at < after->at)) after = &person;
    }
    return before ? before : after;
  }

  void add_mention_of(std::size_t first, std::size_t last, const std::string& id, int entry) {
    Mention mention;
    mention.begin = m_words[first].begin;
    mention.end = m_words[last].end;
    mention.text = std::string(m_original.substr(mention.begin, mention.end - mention.begin));
    mention.cls = EntityClass::Actor;
    mention.entity_id = id;
    mention.entry = entry;
    m_result.mentions.push_back(std::move(mention));
  }

  // Scans the capitalised run at `i`; returns where the next one may start.
  std::size_t scan_run_at(std::size_t i) {
    if (auto last = quoted_proposal_at(i)) return *last + 1;
    if (!m_words[i].capital && m_words[i].free && i > 0 && m_next_bracketed_acronym[i] <= i + kMaxAcronymNameWords &&
        m_rules.definite_articles.count(m_words[i - 1].folded) && joined(i - 1))
      if (auto last = acronym_definition(i)) return *last + 1;
    if (auto last = institution_at(i)) return *last + 1;
    if (auto last = standalone_institution_at(i)) return *last + 1;
    if (auto last = body_of_complement_at(i)) return *last + 1;
    if (auto last = lower_case_body_at(i)) return *last + 1;
    if (auto last = title_phrase_at(i)) return *last + 1;
    if (auto last = bare_appositive_title_at(i)) return *last + 1;
    // "the Belize Defence Force (BDF)", "the Taipei District Court": a place the lexicon knows may
    // open an organisation's name.
    if (m_words[i].capital && m_words[i].known) {
      if (auto last = acronym_definition(i)) return *last + 1;
      if (auto last = organisation_after_place(i)) return *last + 1;
    }
    if (!m_words[i].capital || !m_words[i].free) return i + 1;
    if (auto last = acronym_definition(i)) return *last + 1;
    // "La Fédération tunisienne de football (FTF)", "Selon le Comité international de la Croix-Rouge
    // (CICR)": the capitalised words that open the sentence are no part of it.
    for (std::size_t j = i + 1; j <= i + 2 && j < m_words.size() && joined_by_space(j - 1); ++j) {
      if (m_words[j].capital && m_words[j].free) {
        if (auto last = acronym_definition(j)) return *last + 1;
        break;
      }
      if (!m_rules.stop_words.count(m_words[j].folded)) break;
    }
    Run run = capitalised_run(i);
    const std::size_t after = run.last + 1;
    if (dateline(run)) {
      add_found_mention(run.first, run.last, EntityClass::Place, "");
      return after;
    }
    strip_introduction(run);
    if (run.first > run.last) return after;
    strip_sentence_opener(run);
    // "Polish Prime Minister": a run that ends with a title names nobody; the name follows.
    if (m_rules.title_words.count(m_words[run.last].folded) && !run.organisation_word) return after;
    Mention mention;
    mention.begin = m_words[run.first].begin;
    mention.end = m_words[run.last].end;
    mention.text = std::string(m_original.substr(mention.begin, mention.end - mention.begin));
    if (mention.text.size() < 2) return after;  // a lone letter ("zone C", "Option A") is not a name
    // "the village of Jhyaltung ... visited Jhyaltung": a name found as a place stays one.
    const std::string folded_text = fold(mention.text);
    if (const auto place = m_places.find(folded_text); place != m_places.end()) {
      mention.entity_id = place->second;
      mention.cls = EntityClass::Place;
      m_result.mentions.push_back(std::move(mention));
      return after;
    }
    // "a annoncé EDF ... reprochent à EDF": an acronym found as an organisation stays one after "à".
    if (const auto organisation = m_organisations.find(folded_text);
        organisation != m_organisations.end() && is_acronym(mention.text)) {
      mention.entity_id = organisation->second;
      mention.cls = EntityClass::Actor;
      m_result.mentions.push_back(std::move(mention));
      return after;
    }
    const std::size_t found_before = m_result.found.size();
    if (!classify(run, mention)) return after;
    if (!mention.entity_id.empty()) weigh_headline_kind(run.first, mention.entity_id, found_before);
    if (mention.cls == EntityClass::Place) m_places.emplace(folded_text, mention.entity_id);
    if (mention.cls == EntityClass::Actor && is_acronym(mention.text) && kind_of_found(mention.entity_id) == "organisation")
      m_organisations.emplace(folded_text, mention.entity_id);
    m_result.mentions.push_back(std::move(mention));
    return after;
  }

  const NameRules& m_rules;
  const FoldedText& m_folded;
  std::string_view m_original;
  const Lexicon& m_lexicon;
  detail::WordScratch m_scratch;
  std::vector<WordInfo> m_words;
  detail::StringMap<std::pair<std::string, int>> m_surnames;  // folded surname -> (id, entry)
  detail::StringMap<std::pair<std::string, int>> m_first_words;  // folded first word -> (id, entry)
  detail::StringSet m_shared_first_words;                         // first words of several people
  std::vector<TitledPerson> m_titled;
  std::vector<HeadlineTitle> m_headline_titles;
  detail::StringMap<std::string> m_places;  // folded name -> id of the places found so far
  detail::StringMap<std::string> m_organisations;  // folded acronym -> id of the organisation found so far
  const std::vector<Mention>* m_known = nullptr;
  detail::StringSet m_repeated_mid_sentence;
  detail::StringSet m_full_names, m_full_surnames;  // folded, of people named in full mid-sentence
  std::vector<std::size_t> m_next_bracketed_acronym;  // per word: the next acronym after " (", or the word count
  detail::StringSet m_bracketed_places;  // folded names in brackets after a place ("Évron (Mayenne)")
  detail::StringMap<std::string> m_acronyms;  // folded acronym -> the organisation it was defined for
  std::map<std::string, std::size_t> m_found_index;
  std::set<std::string> m_kind_from_headline;  // found in the headline, not yet in the body
  std::string m_requested_kind;                 // the kind the last add_found was asked for
  NameFinder::Result m_result;
};

}  // namespace

void NameFinder::drop_places_in_person_names(const FoldedText& folded, std::string_view original,
                                             std::vector<Mention>& known, const Lexicon& lexicon) const {
  const auto& words = folded.words;
  auto word_at = [&](std::size_t original_begin) {  // the folded word starting there, or words.size()
    auto it = std::lower_bound(words.begin(), words.end(), original_begin,
                               [&](const Span& w, std::size_t at) { return folded.original_begin(w.begin) < at; });
    return it != words.end() && folded.original_begin(it->begin) == original_begin ? std::size_t(it - words.begin())
                                                                                    : words.size();
  };
  auto begin_of = [&](std::size_t w) { return folded.original_begin(words[w].begin); };
  auto end_of = [&](std::size_t w) { return folded.original_begin(words[w].end); };
  auto space_before = [&](std::size_t w) { return w > 0 && original.substr(end_of(w - 1), begin_of(w) - end_of(w - 1)) == " "; };
  auto capital = [&](std::size_t w) { return capital_at(original, begin_of(w)); };
  auto title = [&](std::size_t w) {
    return m_impl->title_words.count(std::string(folded.text.substr(words[w].begin, words[w].end - words[w].begin))) > 0;
  };
  // `known` is leftmost-longest, so sorted and without overlaps: only the mentions next to this
  // one can cover the words next to it.
  std::vector<Mention> kept;
  for (std::size_t i = 0; i < known.size(); ++i) {
    const Mention& mention = known[i];
    const std::size_t first = word_at(mention.begin);
    std::size_t last = first;
    while (last + 1 < words.size() && begin_of(last + 1) < mention.end) ++last;
    const bool known_before = i > 0 && first > 0 && known[i - 1].end > begin_of(first - 1);
    const bool known_after = i + 1 < known.size() && last + 1 < words.size() && known[i + 1].begin <= begin_of(last + 1);
    const LexiconEntry* entry = mention.entry >= 0 ? &lexicon.entries()[static_cast<std::size_t>(mention.entry)] : nullptr;
    bool inside_a_name = false;
    if (entry && entry->entity.kind != "person" && entry->entity.kind != "organisation" && entry->entity.kind != "media" &&
        first < words.size() && space_before(first)) {
      // A first name: "Minister Dominique Leclair".
      inside_a_name = title(first - 1) && last + 1 < words.size() && space_before(last + 1) && capital(last + 1) &&
                      !known_after;
      // A surname: "Minister Luis Montenegro".
      inside_a_name = inside_a_name || (first >= 2 && capital(first - 1) && !title(first - 1) && !known_before &&
                                        space_before(first - 1) && title(first - 2));
    }
    if (!inside_a_name) kept.push_back(mention);
  }
  known = std::move(kept);
}

bool NameFinder::is_title(std::string_view folded_word) const {
  return m_impl->title_words.count(std::string(folded_word)) > 0;
}

bool NameFinder::is_organisation_description(std::string_view folded_word) const {
  return m_impl->organisation_descriptions.count(std::string(folded_word)) > 0;
}

bool NameFinder::is_people_noun(std::string_view folded_word) const {
  return m_impl->group_nouns.count(std::string(folded_word)) > 0;
}

NameFinder::Gender NameFinder::gender_of_title(std::string_view folded_word) const {
  if (m_impl->feminine_titles.count(std::string(folded_word))) return Gender::Feminine;
  if (m_impl->masculine_titles.count(std::string(folded_word))) return Gender::Masculine;
  return Gender::None;
}

NameFinder::Gender NameFinder::gender_of_given_name(std::string_view folded_word) const {
  if (m_impl->feminine_given_names.count(std::string(folded_word))) return Gender::Feminine;
  if (m_impl->masculine_given_names.count(std::string(folded_word))) return Gender::Masculine;
  return Gender::None;
}

NameFinder::Gender NameFinder::gender_of_title_words(const std::vector<std::string>& words) const {
  Gender gender = Gender::None;
  for (const auto& word : words)
    if (const Gender said = gender_of_title(word); said != Gender::None) gender = said;
  for (std::size_t k = 1; gender == Gender::None && k < words.size(); ++k)
    if (is_title(words[k])) return gender_of_article(words[k - 1]);
  return gender;
}

NameFinder::Gender NameFinder::gender_of_article(std::string_view folded_word) const {
  if (m_impl->feminine_articles.count(std::string(folded_word))) return Gender::Feminine;
  if (m_impl->masculine_articles.count(std::string(folded_word))) return Gender::Masculine;
  return Gender::None;
}

NameFinder::Result NameFinder::find(const FoldedText& folded, std::string_view original, const std::vector<Mention>& known,
                                    const std::vector<Span>& blocked, const Lexicon& lexicon) const {
  return NameScan(*m_impl, folded, original, lexicon).run(known, blocked);
}

}  // namespace evgraph
