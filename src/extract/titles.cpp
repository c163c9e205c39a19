#include "extract/titles.hpp"

#include "extract/phrases.hpp"

#include <evgraph/text.hpp>

#include <algorithm>

namespace evgraph::detail {
namespace {

// Subjects longer than this give way to the agents' names.
constexpr std::size_t kSubjectMaxChars = 32;

std::size_t chars(std::string_view text) {
  std::size_t count = 0;
  for (char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return count;
}

// A word that carries no meaning of its own at the end of a title.
bool dangling(const Word& word) {
  return word.is(word::kDeterminer) || word.is(word::kPreposition) || word.is(word::kCoordinator) ||
         word.is(word::kInfinitiveMarker) || word.is(word::kVerbClitic) || word.is(word::kRelative) ||
         word.is(word::kSubordinator);
}

// A date, and the preposition that only introduces it ("de samedi", "on Friday"): a title drops
// both, or "L'attaque de samedi" would read "L'attaque de".
bool date_word(const Sentence& sentence, std::size_t k) {
  const auto& words = sentence.words;
  if (words[k].timex >= 0) return true;
  // "won Sunday's run-off": the possessive of a dropped date goes with it.
  if (k > 0 && words[k - 1].timex >= 0 && possessor(sentence, k - 1)) return true;
  return k + 1 < words.size() && words[k + 1].timex >= 0 && words[k].is(word::kPreposition);
}

bool adverb_like(const Word& word) {
  return !word.is_verb() && word.classes == 0 && word.mention < 0 && word.timex < 0 && !word.capital;
}

// "% ", " % " (with a no-break space too): a percent sign between a number and the next word.
bool is_percent_gap(std::string_view gap) {
  const std::size_t percent = gap.find('%');
  if (percent == std::string_view::npos) return false;
  for (std::string_view side : {gap.substr(0, percent), gap.substr(percent + 1)}) {
    for (std::size_t i = 0; i < side.size();) {
      if (side[i] == ' ') ++i;
      else if (side.compare(i, 2, "\xC2\xA0") == 0) i += 2;
      else if (side.compare(i, 3, "\xE2\x80\xAF") == 0) i += 3;
      else return false;
    }
  }
  return true;
}

// The first letter in lower case (ASCII and the two-byte Latin capitals), when only it is a capital.
std::string lower_initial(std::string text) {
  if (text.size() > 1 && text[0] >= 'A' && text[0] <= 'Z' && !(text[1] >= 'A' && text[1] <= 'Z')) {
    text[0] = static_cast<char>(text[0] - 'A' + 'a');
  } else if (text.size() > 2 && static_cast<unsigned char>(text[0]) == 0xC3 && static_cast<unsigned char>(text[1]) >= 0x80 &&
             static_cast<unsigned char>(text[1]) <= 0x9E && static_cast<unsigned char>(text[1]) != 0x97) {
    text[1] = static_cast<char>(static_cast<unsigned char>(text[1]) + 0x20);
  }
  return text;
}

// Words kept for a title, joined as the text joins them where they are adjacent.
class TitleText {
 public:
  TitleText(std::string_view text, const Sentence& sentence) : m_text(text), m_sentence(sentence) {}

  bool add(std::size_t k, std::size_t budget) {
    const Word& word = m_sentence.words[k];
    std::string piece(m_text.substr(word.begin, word.end - word.begin));
    std::string joint = " ";
    if (m_last && *m_last + 1 == k) {
      // Keep an apostrophe or a hyphen that joins the words ("d'offrir", "cessez-le-feu"), and
      // the full stop of an abbreviation ("M. Duclos", "U.S. envoy").
      const std::string_view gap = word.gap;
      const Word& previous = m_sentence.words[*m_last];
      if (gap.find_first_not_of(" '\xE2\x80\x99-") == std::string_view::npos && gap.find(' ') == std::string_view::npos &&
          !gap.empty())
        joint = std::string(gap);
      else if ((gap == "," || gap == "." || gap == "+") && !word.folded.empty() && word.folded.front() >= '0' &&
               word.folded.front() <= '9')
        joint = std::string(gap);  // "73,000", "3,75", "1.4"
      else if ((gap == ". " || gap == ".") && previous.end - previous.begin <= 3 && previous.capital)
        joint = std::string(gap);
      else if (is_percent_gap(gap) && !previous.folded.empty() && previous.folded.back() >= '0' && previous.folded.back() <= '9')
        joint = std::string(gap);  // "a 31% jump", "à 57,4 %"
      else if (gap == ", " && (word.mention >= 0 || word.is(word::kDeterminer)))
        joint = std::string(gap);  // a list of names: "La FSU, l'Unsa-Éducation et SUD-Éducation"
    }
    if (m_out.empty()) joint.clear();
    // "Lévesque élu pour la première fois": the sentence's first word, no longer first, loses the
    // capital only its place gave it.
    if (k == 0 && !m_out.empty() && word.mention < 0) piece = lower_initial(std::move(piece));
    if (chars(m_out) + chars(joint) + chars(piece) > budget) return false;
    m_out += joint + piece;
    m_words.push_back(k);
    m_last = k;
    return true;
  }

  void add_text(const std::string& text) {
    if (text.empty()) return;
    if (!m_out.empty()) m_out += ' ';
    m_out += text;
  }

  // Drops words at the end that leave the title hanging ("... à la", "... de").
  void trim_dangling() {
    while (!m_words.empty() && dangling(m_sentence.words[m_words.back()])) {
      const Word& word = m_sentence.words[m_words.back()];
      const std::size_t length = word.end - word.begin;
      m_out.erase(m_out.size() - length);
      while (!m_out.empty() && (m_out.back() == ' ' || m_out.back() == '\'' )) m_out.pop_back();
      if (m_out.size() >= 3 && m_out.compare(m_out.size() - 3, 3, "\xE2\x80\x99") == 0) m_out.resize(m_out.size() - 3);
      m_words.pop_back();
    }
  }

  // Whether one of the title's words names one of `ids`.
  bool names_any(const std::vector<std::string>& ids) const {
    for (std::size_t k : m_words) {
      const int m = m_sentence.words[k].mention;
      if (m < 0) continue;
      const std::string& id = m_sentence.mentions[static_cast<std::size_t>(m)]->entity_id;
      if (std::find(ids.begin(), ids.end(), id) != ids.end()) return true;
    }
    return false;
  }

  std::string take(bool capital = true) {
    std::string out = std::move(m_out);
    if (!capital) return out;
    // A capital first letter, as a headline: ASCII and the two-byte Latin letters.
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
    else if (out.size() > 1 && static_cast<unsigned char>(out[0]) == 0xC3 && static_cast<unsigned char>(out[1]) >= 0xA0 &&
             static_cast<unsigned char>(out[1]) <= 0xBE && static_cast<unsigned char>(out[1]) != 0xB7)
      out[1] = static_cast<char>(static_cast<unsigned char>(out[1]) - 0x20);
    return out;
  }

  std::size_t size() const { return chars(m_out); }

 private:
  std::string_view m_text;
  const Sentence& m_sentence;
  std::string m_out;
  std::vector<std::size_t> m_words;
  std::optional<std::size_t> m_last;
};

// Whether word k belongs to the clause of `clause` or to an infinitive it governs.
bool in_reach(const ClauseMap& clauses, std::size_t k, int clause) {
  const int of = clauses.of(k);
  if (of == clause) return true;
  const Clause& info = clauses.clauses[static_cast<std::size_t>(of)];
  return info.kind == ClauseKind::Infinitive && info.parent == clause;
}

// The words that name one of `ids`, with the capitalised words right before them that introduce
// the name ("Housing Minister" of "Housing Minister Tomas Errazuriz").
std::vector<bool> words_naming(const Sentence& sentence, const std::vector<std::string>& ids) {
  const auto& words = sentence.words;
  std::vector<bool> naming(words.size(), false);
  for (std::size_t k = 0; k < words.size(); ++k) {
    const int m = words[k].mention;
    if (m < 0) continue;
    const std::string& id = sentence.mentions[static_cast<std::size_t>(m)]->entity_id;
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) continue;
    naming[k] = true;
    for (std::size_t j = k; j-- > 0 && !words[j + 1].after_comma() && !words[j + 1].after_break();) {
      if (!words[j].capital || words[j].mention >= 0 || words[j].timex >= 0 || naming[j]) break;
      naming[j] = true;
    }
  }
  return naming;
}

// Adds the words after `after` in reach of `clause` until the budget, a comma or another clause.
// Words in `named` are skipped: the title has said those names already.
void add_tail(TitleText& title, const TitleParts& parts, std::size_t after, int clause,
              const std::optional<std::pair<std::size_t, std::size_t>>& skip, const std::vector<bool>& named = {},
              std::size_t budget = kTitleMaxChars) {
  const auto& words = parts.sentence.words;
  for (std::size_t k = after + 1; k < words.size(); ++k) {
    const Word& word = words[k];
    if (word.after_comma() || word.after_break()) break;
    if (!in_reach(parts.clauses, k, clause)) break;
    if (skip && k >= skip->first && k <= skip->second) continue;
    if (k < named.size() && named[k]) continue;
    if (date_word(parts.sentence, k)) continue;
    // "mardi et mercredi": the word that joins two dropped dates goes with them.
    if (word.is(word::kCoordinator) && k > 0 && words[k - 1].timex >= 0 && k + 1 < words.size() && words[k + 1].timex >= 0)
      continue;
    if (!title.add(k, budget)) break;
  }
  title.trim_dangling();
}

std::string replaced(std::string pattern, std::string_view field, const std::string& value) {
  const std::size_t at = pattern.find(field);
  if (at != std::string::npos) pattern.replace(at, field.size(), value);
  return pattern;
}

}  // namespace

std::string join_names(const std::vector<std::string>& names, std::string_view conjunction) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += i + 1 == names.size() ? " " + std::string(conjunction) + " " : ", ";
    out += names[i];
  }
  return out;
}

std::string verb_title(const TitleParts& parts, const VerbGroup& group) {
  const auto& words = parts.sentence.words;
  TitleText title(parts.text, parts.sentence);
  std::optional<std::pair<std::size_t, std::size_t>> subject = parts.subject_words;
  bool subject_written = false;
  if (subject && subject->second < group.first) {
    const std::size_t length = words[subject->second].end - words[subject->first].begin;
    // The agents' names stand for a long subject only when they are shorter: "les quatre syndicats
    // de la SNCF" says more, in fewer words, than the four unions' names.
    if (length <= kSubjectMaxChars || parts.agent_names.empty() || parts.agent_names.size() >= length) {
      // "et l'usine a été perquisitionnée": the coordinator that joins the clause is no part of it.
      std::size_t first = subject->first;
      if (words[first].is(word::kCoordinator) && first < subject->second) ++first;
      // A word that does not fit ends the subject, rather than leaving a hole in it.
      for (std::size_t k = first; k <= subject->second; ++k)
        if (!date_word(parts.sentence, k) && !title.add(k, kTitleMaxChars)) break;
      title.trim_dangling();
      subject_written = true;
    }
  }
  if (!subject_written) title.add_text(parts.agent_names);
  // An infinitive clause's event says what governs it: "doit former", "a décidé de démissionner".
  const int clause = parts.clauses.of(group.head);
  const Clause& info = parts.clauses.clauses[static_cast<std::size_t>(clause)];
  if (info.kind == ClauseKind::Infinitive && info.first > 0 && parts.clauses.of(info.first - 1) == info.parent) {
    auto verbal = [&](std::size_t k) {
      return words[k].is_verb() || words[k].is(word::kNegation) || words[k].is(word::kVerbClitic);
    };
    std::size_t from = info.first;
    // "a appelé les viticulteurs à manifester": past a short object, to the verb that governs it;
    // past a named one when that one acts ("reprochent à EDF d'avoir abandonné").
    constexpr std::size_t kObjectReach = 3;
    if (parts.controlling_verb) from = *parts.controlling_verb + 1;
    for (std::size_t k = info.first; !parts.controlling_verb && k-- > 0 && k + kObjectReach + 1 >= info.first &&
                                     parts.clauses.of(k) == info.parent;) {
      // A group named by its common noun ("les viticulteurs") is an object like any other.
      if (words[k].after_comma() || (words[k].mention >= 0 && words[k].capital) || words[k].timex >= 0) break;
      if (k + 1 < info.first && words[k].is_verb() && !words[k].is(word::kDeterminer)) {
        from = k + 1;
        break;
      }
    }
    // Then the verb group itself, at most three words, as before an object was looked past.
    const std::size_t group_end = from;
    while (from > 0 && parts.clauses.of(from - 1) == info.parent && from + 3 > group_end && verbal(from - 1)) --from;
    // Not the subject again ("Joint patrols are due to start": "patrols" also reads as a verb).
    if (subject_written) from = std::max(from, subject->second + 1);
    if (from < info.first)
      for (std::size_t k = from; k < group.first; ++k) title.add(k, kTitleMaxChars);
  }
  // Auxiliaries, negation, clitics and the verb; adverbs go ("avait publiquement rejeté"). The
  // verb says what happened: it may run a little over the length a long subject left, never be
  // cut from it, and nothing after it is said when it did not fit.
  constexpr std::size_t kVerbOverrun = 16;
  for (std::size_t k = group.first; k <= group.head; ++k) {
    if (k != group.head && adverb_like(words[k])) continue;
    if (k + 1 < group.head && words[k].is(word::kPreposition) && adverb_like(words[k + 1])) continue;  // "de nouveau"
    if (words[k].is(word::kSubjectPronoun)) continue;
    if (!title.add(k, kTitleMaxChars + kVerbOverrun)) return title.take();
  }
  if (parts.qualifying_verb) return title.take();
  // "Rojas and Errazuriz would meet": every side named first is not named again after the verb.
  const std::vector<bool> named = subject_written ? std::vector<bool>{} : words_naming(parts.sentence, parts.agent_ids);
  add_tail(title, parts, group.head, parts.clauses.of(group.head), subject_written ? std::nullopt : subject, named);
  return title.take();
}

std::string noun_title(const TitleParts& parts, std::size_t first, std::size_t last) {
  first = negation_determining(parts.sentence, first);  // "No arrests were made"
  TitleText title(parts.text, parts.sentence);
  for (std::size_t k = first; k <= last; ++k) title.add(k, kTitleMaxChars);
  add_tail(title, parts, last, parts.clauses.of(last), std::nullopt);
  if (parts.who.empty() || title.names_any(parts.agent_ids)) return title.take();
  // "Entretien téléphonique ... Donald Trump, Vladimir Poutine": say who, then what.
  const std::string frame = replaced(replaced(parts.who_pattern, "{who}", parts.who), "{what}", "");
  if (chars(frame) + 8 > kTitleMaxChars) return title.take();
  TitleText what(parts.text, parts.sentence);
  const std::size_t budget = kTitleMaxChars - chars(frame);
  for (std::size_t k = first; k <= last; ++k) what.add(k, budget);
  add_tail(what, parts, last, parts.clauses.of(last), std::nullopt, {}, budget);
  std::string noun_phrase = what.take(false);
  // "Entretien téléphonique" at the head of a table cell reads "entretien téléphonique" after "who :".
  if (parts.sentence.words[first].mention < 0) noun_phrase = lower_initial(noun_phrase);
  std::string out = replaced(replaced(parts.who_pattern, "{who}", parts.who), "{what}", noun_phrase);
  TitleText capital(parts.text, parts.sentence);
  capital.add_text(out);
  return capital.take();
}

std::string title_name(std::string_view written, bool person) {
  std::string name(written);
  if (!person) return name;
  // "Ursula von der Leyen" -> "von der Leyen"; "Vladimir Poutine" -> "Poutine".
  std::size_t start = std::string::npos;
  for (std::size_t i = 0; i < name.size(); ++i) {
    if (i > 0 && name[i - 1] != ' ') continue;
    const unsigned char c = static_cast<unsigned char>(name[i]);
    if (i > 0 && c >= 'a' && c <= 'z') {
      start = i;
      break;
    }
  }
  if (start == std::string::npos) {
    const std::size_t space = name.rfind(' ');
    start = space == std::string::npos ? 0 : space + 1;
  }
  return name.substr(start);
}

}  // namespace evgraph::detail
