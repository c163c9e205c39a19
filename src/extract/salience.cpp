#include "extract/salience.hpp"

#include <algorithm>
#include <cctype>

#include <evgraph/text.hpp>

#include "lexicon/token_trie.hpp"

namespace evgraph::detail {
namespace {

// "Sylvie Raimbault", "Alain Gourdon": the gender the person's given name says, if any.
NameFinder::Gender gender_of_first_name(const DocumentContext& document, const std::string& id) {
  const auto name = document.names.find(id);
  if (name == document.names.end()) return NameFinder::Gender::None;
  const std::string folded = fold(name->second);
  const std::size_t end = folded.find_first_of(" -");
  if (end == std::string::npos) return NameFinder::Gender::None;  // a surname alone
  return document.language.names().gender_of_given_name(std::string_view(folded).substr(0, end));
}

}  // namespace

// A person's gender is the same wherever the text gives it: "M. Ould Sidi" three paragraphs on says
// who "Elle" is not, before it is read.
Salience::Salience(const DocumentContext& document) : m_document(document), m_kinds(document.kinds) {
  const NameFinder& names = document.language.names();
  for (const Mention& mention : document.mentions) {
    if (mention.cls != EntityClass::Actor || kind_of(mention.entity_id) != "person" || m_genders.count(mention.entity_id))
      continue;
    auto gender = names.gender_of_title_words(title_words_before(document.folded, mention.begin, document.mentions, names));
    if (gender == NameFinder::Gender::None) gender = gender_of_first_name(document, mention.entity_id);
    if (gender != NameFinder::Gender::None) m_genders[mention.entity_id] = gender;
  }
}

std::optional<std::string> Salience::resolve(PronounReference reference, const Sentence& sentence,
                                             std::size_t before, int excluded, bool latest) const {
  if (reference == PronounReference::None) return std::nullopt;
  const bool personal = reference != PronounReference::Plural && reference != PronounReference::Thing;
  // "il" is not "Mme Ferrand", "she" not "Mr Tan"; a person whose gender nothing said may be either.
  const NameFinder::Gender excluded_gender = reference == PronounReference::FemininePerson  ? NameFinder::Gender::Masculine
                                             : reference == PronounReference::MasculinePerson ? NameFinder::Gender::Feminine
                                                                                              : NameFinder::Gender::None;
  auto fits = [&](const std::string& id) {
    const std::string& kind = kind_of(id);
    const bool thing = kind == "state" || kind == "organisation" || kind == "group";
    // A group named by its common noun ("les commerçants") is no "ce dernier" nor "son".
    if (reference == PronounReference::Any) return (thing && !people(id)) || kind == "person";
    // "Deux hommes ont été interpellés par l'OCBC. Ils doivent": one organisation is no "ils"; a
    // group is, and a state may be (its people, its government).
    if (reference == PronounReference::Plural) return kind == "group" || kind == "state";
    if (!personal) return thing;
    if (kind != "person") return false;
    const auto gender = m_genders.find(id);
    return excluded_gender == NameFinder::Gender::None || gender == m_genders.end() || gender->second != excluded_gender;
  };
  // Earlier in the same sentence first ("Trump a dit qu'il ..."), then what came before.
  for (std::size_t k = std::min(before, sentence.words.size()); k-- > 0;) {
    const int m = sentence.words[k].mention;
    if (m >= 0 && m != excluded && sentence.mentions[static_cast<std::size_t>(m)]->cls == EntityClass::Actor &&
        fits(sentence.mentions[static_cast<std::size_t>(m)]->entity_id))
      return sentence.mentions[static_cast<std::size_t>(m)]->entity_id;
  }
  if (reference == PronounReference::Plural && m_counted_people) return std::nullopt;
  // The subject before is the likeliest antecedent, of "it" and "its" too ("The company has five
  // days to do so. It denied", not the board named between).
  if (reference != PronounReference::Plural && !latest)
    for (const auto& id : m_last_subjects)
      if (fits(id)) return id;
  for (auto it = m_recent.rbegin(); it != m_recent.rend(); ++it)
    if (fits(*it)) return *it;
  return std::nullopt;
}

std::optional<std::string> Salience::resolve_description(const std::vector<std::string_view>& words) const {
  if (words.empty()) return std::nullopt;
  for (auto it = m_recent.rbegin(); it != m_recent.rend(); ++it) {
    auto title = m_titles.find(*it);
    if (title == m_titles.end()) continue;
    const bool all = std::all_of(words.begin(), words.end(), [&](std::string_view word) {
      return std::find(title->second.begin(), title->second.end(), word) != title->second.end();
    });
    if (all) return *it;
  }
  return std::nullopt;
}

void Salience::note_event_noun(const std::string& type, EventNames names) {
  if (names.agents.empty() && names.targets.empty() && names.participants.empty() && names.places.empty()) return;
  m_event_nouns[type] = std::move(names);
}

const Salience::EventNames* Salience::event_noun(const std::string& type) const {
  const auto it = m_event_nouns.find(type);
  return it == m_event_nouns.end() ? nullptr : &it->second;
}

std::optional<std::string> Salience::resolve_short_form(const std::vector<std::string_view>& words) const {
  if (words.empty()) return std::nullopt;
  for (auto it = m_recent.rbegin(); it != m_recent.rend(); ++it) {
    const auto names = m_name_words.find(*it);
    if (names == m_name_words.end()) continue;
    const auto& known = names->second;
    if (std::all_of(words.begin(), words.end(),
                    [&](std::string_view word) { return std::find(known.begin(), known.end(), word) != known.end(); }))
      return *it;
  }
  return std::nullopt;
}

std::optional<std::string> Salience::resolve_organisation(const std::string& other_than) const {
  for (auto it = m_recent.rbegin(); it != m_recent.rend(); ++it)
    if (*it != other_than && (kind_of(*it) == "organisation" || (kind_of(*it) == "group" && !people(*it)))) return *it;
  return std::nullopt;
}

// Its name is in lower case: a common noun.
bool Salience::people(const std::string& id) const {
  const auto name = m_document.names.find(id);
  return kind_of(id) == "group" && name != m_document.names.end() && !name->second.empty() &&
         !capital_at(name->second, 0);
}

std::optional<std::string> Salience::named_after(std::size_t from, std::string_view title) const {
  constexpr std::size_t kReach = 400;  // bytes: the next sentence or so
  const auto& mentions = m_document.mentions;
  auto it = std::lower_bound(mentions.begin(), mentions.end(), from,
                             [](const Mention& m, std::size_t at) { return m.begin < at; });
  for (; it != mentions.end() && it->begin < from + kReach; ++it) {
    if (it->cls != EntityClass::Actor || kind_of(it->entity_id) != "person") continue;
    const auto words = title_words_before(m_document.folded, it->begin, mentions, m_document.language.names());
    if (std::find(words.begin(), words.end(), title) != words.end()) return it->entity_id;
  }
  return std::nullopt;
}

std::optional<std::string> Salience::organisation_named_after(std::size_t from,
                                                              const std::vector<std::string_view>& words) const {
  constexpr std::size_t kReach = 400;  // bytes: the next sentence or so
  constexpr std::size_t kMinLetters = 4;
  const auto& mentions = m_document.mentions;
  auto it = std::lower_bound(mentions.begin(), mentions.end(), from,
                             [](const Mention& m, std::size_t at) { return m.begin < at; });
  for (; it != mentions.end() && it->begin < from + kReach; ++it) {
    if (it->cls != EntityClass::Actor || kind_of(it->entity_id) != "organisation") continue;
    const std::string name = fold(it->text);
    for (std::string_view word : words)
      if (word.size() >= kMinLetters && name.find(word) != std::string::npos) return it->entity_id;
    return std::nullopt;  // only the first organisation named
  }
  return std::nullopt;
}

namespace {

// Whether the bytes between two names only join them: commas, spaces, apostrophes and joint words.
bool joins(std::string_view gap, const std::function<bool(std::string_view)>& joint) {
  std::size_t k = 0;
  while (k < gap.size()) {
    const char c = gap[k];
    if (c == ',' || c == ' ' || c == '\'') {
      ++k;
      continue;
    }
    if (gap.compare(k, 3, "\xE2\x80\x99") == 0) {  // a typographic apostrophe
      k += 3;
      continue;
    }
    std::size_t end = k;
    while (end < gap.size() && gap[end] != ' ' && gap[end] != ',' && gap[end] != '\'' && gap.compare(end, 3, "\xE2\x80\x99") != 0)
      ++end;
    std::string word(gap.substr(k, end - k));
    for (char& ch : word) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (!joint(word)) return false;
    k = end;
  }
  return !gap.empty();
}

}  // namespace

namespace {

// The runs of actor mentions a document writes joined (by `joint` words, commas, apostrophes),
// in order: each its first and last mention.
template <typename Visit>
void joined_runs(const std::vector<Mention>& mentions, std::string_view text,
                 const std::function<bool(std::string_view)>& joint, Visit&& visit) {
  constexpr std::size_t kMaxGap = 32;  // bytes: ", l'", " et la ", "'s government and the rebel "
  const Mention* first = nullptr;
  const Mention* previous = nullptr;
  std::vector<std::string> run;
  for (const Mention& mention : mentions) {
    if (mention.cls != EntityClass::Actor) continue;
    const bool joined = previous && mention.begin >= previous->end && mention.begin - previous->end <= kMaxGap &&
                        joins(text.substr(previous->end, mention.begin - previous->end), joint);
    if (!joined) {
      if (first && visit(*first, *previous, run)) return;
      run.clear();
      first = &mention;
    }
    if (std::find(run.begin(), run.end(), mention.entity_id) == run.end()) run.push_back(mention.entity_id);
    previous = &mention;
  }
  if (first) visit(*first, *previous, run);
}

}  // namespace

std::vector<std::string> Salience::listed_together(std::size_t count, std::size_t at,
                                                   const std::function<bool(std::string_view)>& joint) const {
  std::vector<std::string> found;
  joined_runs(m_document.mentions, m_document.text, joint,
              [&](const Mention& first, const Mention&, const std::vector<std::string>& run) {
                if (run.size() != count) return false;
                if (first.begin >= at && !found.empty()) return true;
                found = run;
                return first.begin >= at;
              });
  return found;
}

std::vector<std::string> Salience::listed_near(std::size_t at, const std::function<bool(std::string_view)>& joint) const {
  constexpr std::size_t kReach = 600;  // bytes: the next few sentences or the last few
  std::vector<std::string> nearest;
  std::size_t best = kReach + 1;
  joined_runs(m_document.mentions, m_document.text, joint,
              [&](const Mention& first, const Mention& last, const std::vector<std::string>& run) {
                if (run.size() < 2) return false;
                const std::size_t distance = first.begin >= at ? first.begin - at : (last.end <= at ? at - last.end : 0);
                if (distance < best) best = distance, nearest = run;
                return first.begin > at + kReach;
              });
  return nearest;
}

void Salience::note_subject(const std::vector<std::string>& agents, bool counted_people) {
  if (!agents.empty()) {
    m_last_subjects = agents;
    if (agents.size() >= 2) m_last_plural = agents;
    m_counted_people = false;
  } else if (counted_people) {
    m_last_subjects.clear();
    m_last_plural.clear();
    m_counted_people = true;
  }
}

void Salience::note_mentions(const std::vector<const Mention*>& mentions, const std::vector<const Mention*>& where) {
  for (const Mention* mention : mentions) {
    if (mention->cls == EntityClass::Place) m_place_tally.add(mention->entity_id);
    if (mention->cls != EntityClass::Actor) continue;
    if (std::find(where.begin(), where.end(), mention) == where.end()) m_recent.push_back(mention->entity_id);
    m_actor_tally.add(mention->entity_id);
    if (kind_of(mention->entity_id) != "person") note_name_words(mention->entity_id, mention->text);
  }
  // Only the recent past matters: keep the list short so lookups stay cheap.
  if (m_recent.size() > 64) m_recent.erase(m_recent.begin(), m_recent.end() - 32);
}

std::vector<std::string> Salience::resolve_plural(const Sentence& sentence, std::size_t before) const {
  for (std::size_t k = std::min(before, sentence.words.size()); k-- > 0;)
    if (sentence.words[k].mention >= 0) return {};
  return m_last_plural;
}

void Salience::note_name_words(const std::string& id, std::string_view name) {
  auto& known = m_name_words[id];
  const std::string folded = fold(name);
  // Split as the sentence's words are, so that a short form's words compare with them.
  for (const Token& token : tokenize(folded)) {
    std::string word = folded.substr(token.begin, token.end - token.begin);
    if (std::find(known.begin(), known.end(), word) == known.end()) known.push_back(std::move(word));
  }
}

void Salience::Tally::add(const std::string& id) {
  const auto [at, inserted] = index.emplace(id, counts.size());
  if (inserted) counts.emplace_back(id, 0);
  ++counts[at->second].second;
}

std::optional<std::string> Salience::Tally::most(const std::function<bool(const std::string&)>& eligible) const {
  const std::pair<std::string, std::size_t>* best = nullptr;
  for (const auto& counted : counts)
    if ((!best || counted.second > best->second) && eligible(counted.first)) best = &counted;
  if (!best) return std::nullopt;
  return best->first;
}

std::optional<std::string> Salience::topic() const {
  // A country is where a story happens more often than what it is about ("A Singapore court"); a
  // news agency is who filed it ("CHINGOLA, Zambia (AP) —").
  return m_actor_tally.most([this](const std::string& id) {
    const std::string& kind = kind_of(id);
    return kind != "state" && kind != "media";
  });
}

std::optional<std::string> Salience::topic_place() const {
  return m_place_tally.most([](const std::string&) { return true; });
}

void Salience::note_title(const std::string& id, const std::vector<std::string>& words) {
  if (words.empty()) return;
  auto& known = m_titles[id];
  for (const std::string& word : words)
    if (std::find(known.begin(), known.end(), word) == known.end()) known.push_back(word);
  const auto gender = m_document.language.names().gender_of_title_words(words);
  if (gender != NameFinder::Gender::None) m_genders[id] = gender;
}

const std::string& Salience::kind_of(const std::string& id) const {
  static const std::string none;
  auto it = m_kinds.find(id);
  return it == m_kinds.end() ? none : it->second;
}

std::vector<std::string> title_words_before(const FoldedText& folded, std::size_t mention_begin,
                                            const std::vector<Mention>& mentions, const NameFinder& names) {
  constexpr std::size_t kReach = 6;
  const auto& words = folded.words;
  auto first = std::lower_bound(words.begin(), words.end(), mention_begin,
                                [&](const Span& word, std::size_t at) { return folded.origin[word.begin] < at; });
  std::vector<std::string> out;
  bool titled = false;
  auto named = [&](std::size_t offset) {
    auto it = std::upper_bound(mentions.begin(), mentions.end(), offset,
                               [](std::size_t at, const Mention& m) { return at < m.begin; });
    return it != mentions.begin() && std::prev(it)->end > offset;
  };
  for (auto it = first; it != words.begin() && out.size() < kReach;) {
    const auto next = it;
    --it;
    // Not past the end of a sentence or a break: ". Le ministre", "; the president". The full
    // stop of an abbreviated title ("M. Merz") is no end.
    const std::size_t gap_end = next == words.end() ? folded.text.size() : next->begin;
    const std::string_view gap(folded.text.data() + it->end, gap_end - it->end);
    const std::string word(folded.text.substr(it->begin, it->end - it->begin));
    const bool abbreviation = (gap == "." || gap == ". ") && word.size() <= 3 && names.is_title(word);
    if (gap.find_first_of(".;:!?\"") != std::string_view::npos && !abbreviation) break;
    if (named(folded.origin[it->begin])) break;
    titled = titled || names.is_title(word);
    out.insert(out.begin(), word);
  }
  if (!titled) out.clear();
  return out;
}

}  // namespace evgraph::detail
