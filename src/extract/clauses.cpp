#include "extract/clauses.hpp"

#include <algorithm>

namespace evgraph::detail {
namespace {

bool gap_has(std::string_view gap, std::string_view mark) { return gap.find(mark) != std::string_view::npos; }

// A straight quote opens when it sticks to the word after it ('said: "We'), closes when it
// sticks to the word before it, maybe past its punctuation ('Europe", said', 'persecution,"
// Larrea told'). At the start of a sentence it opens.
bool straight_quote_opens(std::string_view gap, bool first_word) {
  return !gap.empty() && gap.back() == '"' && (gap.size() > 1 || first_word);
}
bool straight_quote_closes(std::string_view gap, bool first_word) {
  const std::size_t quote = gap.find('"');
  if (first_word || quote == std::string_view::npos) return false;
  return gap.substr(0, quote).find_first_of(" \t\n") == std::string_view::npos;
}

// Words that only negate or attach to a verb: skipped when looking for what follows an opener.
bool is_verb_satellite(const Word& word) {
  return word.is(word::kVerbClitic) || word.is(word::kNegation) || word.is(word::kReflexive);
}

// "Aucun objet suspect n'a été découvert", "No arrests were made": a negation that opens the
// clause, or one before a verb group that French marks with "ne", denies the verb.
bool negated_subject(const Sentence& sentence, const ClauseMap& clauses, std::size_t group_first) {
  const int clause = clauses.of(group_first);
  const std::size_t opening = clauses.clauses[static_cast<std::size_t>(clause)].first;
  const Word& first_word = sentence.words[opening];
  // "Nobody was", "None of", "No arrests": a pronoun right before the verb or a complement, or a
  // determiner; not an adverb ("Plus tard, ..."). The word after it exists: the group follows.
  if (opening < group_first && first_word.negates() &&
      (first_word.is(word::kDeterminer) || opening + 1 == group_first ||
       sentence.words[opening + 1].is(word::kPreposition)))
    return true;
  const std::string_view marker = sentence.words[group_first].folded;
  if (marker != "ne" && marker != "n") return false;
  for (std::size_t k = opening; k < group_first; ++k)
    if (sentence.words[k].negates()) return true;
  return false;
}

// "il n'a rencontré que le ministre": "que" after "ne" with no other negation restricts, it opens
// no clause.
bool restrictive_que(const Sentence& sentence, const std::vector<int>& clause_of, int current, std::size_t k) {
  const std::string_view word = sentence.words[k].folded;
  if (word != "que" && word != "qu") return false;
  bool ne = false;
  for (std::size_t j = k; j-- > 0 && clause_of[j] == current;) {
    if (sentence.words[j].folded == "ne" || sentence.words[j].folded == "n") ne = true;
    if (sentence.words[j].negates()) return false;
  }
  return ne;
}

// Whether a finite verb follows `k` before a comma or a break, within `reach` words.
bool finite_verb_follows(const Sentence& sentence, std::size_t k, std::size_t reach) {
  for (std::size_t j = k + 1; j < sentence.words.size() && j <= k + reach; ++j) {
    const Word& word = sentence.words[j];
    if (word.after_comma() || word.after_break()) return false;
    if (acts_as_verb(sentence, j) && word.finite()) return true;
  }
  return false;
}

// An infinitive right after a marker, past clitics and negation ("de ne pas se présenter").
bool infinitive_follows(const Sentence& sentence, std::size_t k) {
  for (std::size_t j = k + 1; j < sentence.words.size() && j <= k + 4; ++j) {
    const Word& word = sentence.words[j];
    if (word.after_comma() || word.after_break()) return false;
    if (is_verb_satellite(word) && !acts_as_verb(sentence, j)) continue;
    return acts_as_verb(sentence, j) && word.infinitive();
  }
  return false;
}

class Segmenter {
 public:
  explicit Segmenter(const Sentence& sentence) : m_sentence(sentence), m_words(sentence.words) {
    m_map.clauses.push_back(Clause{});
    m_map.clause_of.assign(m_words.size(), 0);
  }

  ClauseMap run() {
    // « ... », a déclaré X: a sentence that closes a quotation it did not open starts inside it.
    for (std::size_t k = 0; k < m_words.size(); ++k) {
      if (opens_quote(m_words[k], k == 0)) break;
      if (closes_quote(m_words[k], k == 0)) {
        m_map.clauses.front().kind = ClauseKind::Quote;
        m_map.clauses.push_back(Clause{});
        m_map.clauses.front().parent = 1;
        break;
      }
    }
    for (std::size_t k = 0; k < m_words.size(); ++k) {
      step(k);
      m_map.clause_of[k] = m_current;
      if (acts_as_verb(m_sentence, k)) {
        Clause& clause = m_map.clauses[m_current];
        if (m_words[k].finite() && !clause.has_verb) clause.tense = m_words[k].verb_tags;
        if (m_words[k].finite()) clause.has_verb = true;
        clause.awaiting_participle = !m_words[k].auxiliary_lemma.empty() && m_words[k].finite();
      }
    }
    return std::move(m_map);
  }

 private:
  Clause& current() { return m_map.clauses[m_current]; }
  const Clause& current() const { return m_map.clauses[m_current]; }

  void open(ClauseKind kind, std::size_t k, int parent, bool coordinated = false) {
    m_map.clauses.push_back(Clause{kind, k, parent, coordinated, false});
    m_current = static_cast<int>(m_map.clauses.size() - 1);
  }

  bool embedded() const {
    const ClauseKind kind = m_map.clauses[m_current].kind;
    return kind == ClauseKind::Relative || kind == ClauseKind::Subordinate || kind == ClauseKind::Infinitive ||
           kind == ClauseKind::Participial;
  }

  // "met players and staff": a verb after "and" starts a clause of its own when it has its own
  // subject, is an auxiliary ("and will hold", "et a déclaré") or shares the tense of the
  // clause before; a present form after a past one ("staff" after "met") is a noun.
  bool coordinated_verb_follows(std::size_t k) const {
    constexpr std::size_t kReach = 4;
    std::size_t counted = 0;
    for (std::size_t j = k + 1; j < m_words.size() && counted < kReach; ++j) {
      const Word& word = m_words[j];
      // "and the federation's council is": a possessive's "s" counts for nothing.
      if (!word.possessive_s()) ++counted;
      if (word.after_comma() || word.after_break()) return false;
      if (!acts_as_verb(m_sentence, j) || !word.finite()) continue;
      const bool own_subject = m_words[k + 1].mention >= 0 || m_words[k + 1].is(word::kSubjectPronoun) ||
                               m_words[k + 1].is(word::kDeterminer);
      return own_subject || !word.auxiliary_lemma.empty() || (word.verb_tags & current().tense & verb::kFinite) != 0;
    }
    return false;
  }

  // ", defeating Marko Zupan": a present participle after a comma opens a clause of its own.
  bool opens_participial(std::size_t k) const {
    const Word& word = m_words[k];
    return word.after_comma() && (word.verb_tags & verb::kPresentParticiple) && !(word.verb_tags & verb::kFinite) &&
           word.mention < 0 && acts_as_verb(m_sentence, k);
  }

  // "succède à Alain Gourdon, élu en juillet 2020, qui": a past participle after an actor's name
  // and a comma, in a clause that has its verb, qualifies that actor. Not one after a place ("l'usine
  // à Évron, occupée depuis lundi"), after who did a passive's act ("interpellé par la police,
  // soupçonné de"), nor one that says an event is planned ("l'élection ..., prévue le 4 juin").
  bool opens_participle_apposition(std::size_t k) const {
    const Word& word = m_words[k];
    if (!word.after_comma() || !current().has_verb || current().awaiting_participle || word.mention >= 0) return false;
    if (!(word.verb_tags & verb::kPastParticiple) || (word.verb_tags & verb::kFinite) ||
        word.is(word::kPlanned | word::kUpcoming) || !acts_as_verb(m_sentence, k))
      return false;
    const int name = m_words[k - 1].mention;
    if (name < 0 || m_sentence.mentions[static_cast<std::size_t>(name)]->cls != EntityClass::Actor) return false;
    const std::size_t first = determiners_start(m_words, name_start(m_words, k - 1));
    return first == 0 || !m_words[first - 1].is(word::kPrepAgent);
  }

  // "a annoncé mercredi le Quai d'Orsay": a noun phrase after the verb and its dates.
  bool inverted_subject_follows(std::size_t verb) const {
    for (std::size_t j = verb + 1; j < m_words.size(); ++j) {
      const Word& w = m_words[j];
      if (w.after_comma() || w.after_break()) return false;
      if (w.timex >= 0) continue;
      // "a annoncé M. Vassal", "a déclaré Mme Durand": a capitalised title right before the name.
      if (w.capital && w.mention < 0 && j + 1 < m_words.size() && m_words[j + 1].mention >= 0 &&
          !m_words[j + 1].after_comma())
        continue;
      return w.mention >= 0 || w.is(word::kDeterminer);
    }
    return false;
  }

  // ", the club said on Tuesday", ", a annoncé mercredi le Quai d'Orsay", ", she wrote": after a
  // clause with its verb, a comma, at most a short noun phrase, then a verb of saying that takes
  // no "that"/"que" clause.
  bool opens_attribution(std::size_t k) const {
    constexpr std::size_t kSubjectReach = 6;
    const Word& word = m_words[k];
    if (!word.after_comma() || current().kind == ClauseKind::Quote) return false;
    bool verb_before = false;
    for (std::size_t j = 0; j < k && !verb_before; ++j) verb_before = acts_as_verb(m_sentence, j);
    if (!verb_before) return false;
    bool subject_first = false;  // "the club said" rather than "a annoncé le Quai d'Orsay"
    for (std::size_t j = k; j < m_words.size() && j <= k + kSubjectReach; ++j) {
      const Word& w = m_words[j];
      if (j > k && (w.after_comma() || w.after_break())) return false;
      if (w.is(word::kRelative) || w.is(word::kSubordinator) || w.is(word::kCoordinator)) return false;
      if (!acts_as_verb(m_sentence, j)) {
        // ", l'avait annoncé": an object pronoun says the subject stands before the comma.
        if (w.is(word::kVerbClitic) && !w.is(word::kNegation)) return false;
        subject_first = true;
        continue;
      }
      if (!w.reporting) {
        if (w.auxiliary_lemma.empty()) return false;
        continue;  // "a" of "a annoncé", "has" of "has said"
      }
      if (!subject_first && !inverted_subject_follows(j)) return false;
      // "said it would", "said that", "a indiqué que": a clause of its own follows, this is no
      // attribution of the clause before. "said on Monday after counting" is.
      for (std::size_t after = j + 1; after < m_words.size(); ++after) {
        const Word& next = m_words[after];
        if (next.after_comma() || next.after_break()) break;
        if (next.is(word::kRelative)) return false;
        if (next.is(word::kSubordinator)) break;
        if (acts_as_verb(m_sentence, after) && next.finite()) return false;
      }
      return true;
    }
    return false;
  }

  // "Weerasekara said the terminal would reopen": a verb of saying followed by a noun phrase and
  // its finite verb reports a clause of its own without "that"; its subject is that noun's.
  bool zero_complement_at(std::size_t k) const {
    constexpr std::size_t kReach = 6;
    const Word& word = m_words[k];
    const Word& before = m_words[k - 1];
    if (!word.is(word::kDeterminer) || word.after_comma() || word.after_break() || !before.reporting ||
        !acts_as_verb(m_sentence, k - 1))
      return false;
    for (std::size_t j = k + 1; j < m_words.size() && j <= k + kReach; ++j) {
      const Word& next = m_words[j];
      if (next.after_comma() || next.after_break() || next.is(word::kRelative) || next.is(word::kSubordinator))
        return false;
      // "announced his return in a video posted": a form that may be a participle is none of it.
      if (acts_as_verb(m_sentence, j)) return next.finite() && (!next.participle() || !next.auxiliary_lemma.empty());
    }
    return false;
  }

  // "après avoir été reçus par la ministre de l'Agriculture, Mathilde Roussel,": a name between
  // commas right after a noun says who that noun is, inside the clause.
  bool opens_apposition(std::size_t k) const {
    const Word& word = m_words[k];
    if (word.mention < 0 || k == 0 || m_words[k - 1].mention >= 0 || m_words[k - 1].is_verb() ||
        m_words[k - 1].timex >= 0)
      return false;
    std::size_t end = k;
    while (end + 1 < m_words.size() && m_words[end + 1].mention == word.mention) ++end;
    return end + 1 == m_words.size() || (m_words[end + 1].after_comma() && !acts_as_verb(m_sentence, end + 1));
  }

  // The end of a quotation ends every clause opened inside it.
  void leave_quote() {
    for (int clause = m_current; clause >= 0; clause = m_map.clauses[static_cast<std::size_t>(clause)].parent)
      if (m_map.clauses[static_cast<std::size_t>(clause)].kind == ClauseKind::Quote) {
        const int parent = m_map.clauses[static_cast<std::size_t>(clause)].parent;
        if (parent >= 0) m_current = parent;
        return;
      }
  }

  void return_to_parent() {
    const int parent = current().parent;
    if (parent >= 0) m_current = parent;
  }

  void step(std::size_t k) {
    const Word& word = m_words[k];
    if (closes_quote(word, k == 0)) leave_quote();
    if (opens_quote(word, k == 0)) open(ClauseKind::Quote, k, m_current);
    if (gap_has(word.gap, ";")) open(ClauseKind::Main, k, -1);
    // An embedded clause ends at the comma after its verb ("qui a été arrêté mardi, a avoué"),
    // or at a second finite verb when its own group is done ("qui a été arrêté a avoué").
    // "Neuf personnes soupçonnées d'appartenir à un réseau ont été interpellées": an infinitive in
    // the subject ends where the main clause's own verb comes, whether or not its verb was seen.
    if (embedded() && (current().has_verb || current().kind == ClauseKind::Infinitive)) {
      const bool new_verb = acts_as_verb(m_sentence, k) && word.finite() && !is_verb_satellite(m_words[k - 1]) &&
                            !acts_as_verb(m_sentence, k - 1);
      const int parent = current().parent;
      if ((current().has_verb && word.after_comma() && !current().awaiting_participle && !opens_apposition(k)) ||
          (new_verb && parent >= 0 && !m_map.clauses[parent].has_verb))
        return_to_parent();
    }
    // "Deux dirigeants de CoralX, dont la directrice financière, ont été placés": a relative
    // without a verb of its own ("dont" as "including") ends at its comma; the verb after it is
    // the clause's it came from.
    if (current().kind == ClauseKind::Relative && !current().has_verb && word.after_comma() && current().parent >= 0 &&
        !m_map.clauses[static_cast<std::size_t>(current().parent)].has_verb && acts_as_verb(m_sentence, k) && word.finite())
      return_to_parent();
    if (k > 0 && opens_attribution(k)) {
      int content = m_current;  // what is reported: the clause the embedded ones depend on
      while (m_map.clauses[static_cast<std::size_t>(content)].parent >= 0 &&
             m_map.clauses[static_cast<std::size_t>(content)].kind != ClauseKind::Main &&
             m_map.clauses[static_cast<std::size_t>(content)].kind != ClauseKind::Quote)
        content = m_map.clauses[static_cast<std::size_t>(content)].parent;
      open(ClauseKind::Main, k, content);
      current().attribution = true;
      return;
    }
    if (k > 0 && opens_participial(k)) {
      open(ClauseKind::Participial, k, m_current, /*coordinated=*/true);
      current().has_verb = true;
      return;
    }
    if (k > 0 && opens_participle_apposition(k)) {
      open(ClauseKind::Relative, k, m_current);
      current().has_verb = true;
      current().apposition = true;
      return;
    }
    if (k > 0 && zero_complement_at(k)) {
      open(ClauseKind::Subordinate, k, m_current);
      return;
    }
    if (word.mention >= 0 || word.timex >= 0) return;
    if (word.is(word::kRelative) && k > 0 && !restrictive_que(m_sentence, m_map.clause_of, m_current, k) &&
        !(word.is(word::kDeterminer) && !finite_verb_follows(m_sentence, k, 4))) {
      open(ClauseKind::Relative, k, m_current);
    } else if (word.is(word::kSubordinator) && !restrictive_que(m_sentence, m_map.clause_of, m_current, k) &&
               (!word.is(word::kPreposition) || finite_verb_follows(m_sentence, k, 5))) {
      open(ClauseKind::Subordinate, k, m_current);
    } else if (word.is(word::kInfinitiveMarker) && infinitive_follows(m_sentence, k)) {
      open(ClauseKind::Infinitive, k, m_current);
    } else if (word.is(word::kCoordinator) && current().has_verb && coordinated_verb_follows(k)) {
      // "X a rencontré Y et a déclaré": a second clause; without its own subject it shares the first's.
      const bool own_subject = k + 1 < m_words.size() && (m_words[k + 1].mention >= 0 || m_words[k + 1].is(word::kSubjectPronoun));
      open(current().kind == ClauseKind::Quote ? ClauseKind::Quote : ClauseKind::Main, k, m_current, !own_subject);
    } else if (gap_has(word.gap, ":") && finite_verb_follows(m_sentence, k, 12) && current().has_verb) {
      open(ClauseKind::Main, k, -1);
    }
  }

  const Sentence& m_sentence;
  const std::vector<Word>& m_words;
  ClauseMap m_map;
  int m_current = 0;
};

// A word between an auxiliary and its participle that is neither a verb nor a name: an adverb.
bool adverb_like(const Word& word) {
  return !word.is_verb() && word.classes == 0 && word.mention < 0 && word.timex < 0 && !word.capital &&
         !word.after_comma() && !word.after_break();
}

}  // namespace

bool opens_quote(const Word& word, bool first_word) {
  return gap_has(word.gap, "\xC2\xAB") || gap_has(word.gap, "\xE2\x80\x9C") ||  // « “
         straight_quote_opens(word.gap, first_word);
}
bool closes_quote(const Word& word, bool first_word) {
  return gap_has(word.gap, "\xC2\xBB") || gap_has(word.gap, "\xE2\x80\x9D") ||  // » ”
         straight_quote_closes(word.gap, first_word);
}

bool acts_as_verb(const Sentence& sentence, std::size_t k) {
  const Word& word = sentence.words[k];
  if (!word.is_verb() || word.mention >= 0 || word.timex >= 0) return false;
  // "Health Minister Elena Ruiz Collado": a capitalised word inside a sentence is part of a
  // title or a name, not a verb ("to minister").
  if (k > 0 && word.capital && sentence.words[k + 1 < sentence.words.size() ? k + 1 : k].capital) return false;
  if (word.trigger >= 0 && sentence.triggers[static_cast<std::size_t>(word.trigger)]->verb < 0) return false;
  if (k + 1 < sentence.words.size() && sentence.words[k + 1].is(word::kNounBefore) && !word.participle()) return false;
  // "Voting took place over three days": a present participle that opens the sentence right before
  // a finite verb is that verb's subject, a noun.
  if (k == 0 && (word.verb_tags & verb::kPresentParticiple) && !word.finite() && sentence.words.size() > 1 &&
      sentence.words[1].is_verb() && sentence.words[1].finite())
    return false;
  // "Attacks by Hezbollah on shipping rose", "when attacks by Hezbollah forced": a form that can
  // only be finite, and no imperative, has no subject at the start of a sentence or right after
  // a subordinator; with "by"/"par" after it, it is a noun.
  const std::uint32_t non_finite = verb::kInfinitive | verb::kPastParticiple | verb::kPresentParticiple | verb::kImperative;
  if ((k == 0 || sentence.words[k - 1].is(word::kSubordinator)) && word.trigger >= 0 &&
      (word.verb_tags & non_finite) == 0 && k + 1 < sentence.words.size() && sentence.words[k + 1].is(word::kPrepAgent))
    return false;
  if (k == 0) return !word.is(word::kPreposition) && !word.is(word::kDeterminer);
  const Word& before = sentence.words[k - 1];
  // A preposition that is no article and no auxiliary ("par", "by"; not "des", nor "a" for "à").
  const bool after_preposition =
      before.is(word::kPreposition) && !before.is(word::kDeterminer) && before.auxiliary_lemma.empty();
  // "par téléphone", "by phone": after a preposition, a form that is only finite is a noun.
  if (after_preposition && !before.is_verb() && !word.infinitive() && !word.participle() &&
      !(word.verb_tags & verb::kPresentParticiple))
    return false;
  // "in dawn raids", "after price rises": a present in -s after a preposition and one plain word
  // is that word's plural noun; a subject is never that bare.
  if (k >= 2 && before.classes == 0 && before.mention < 0 && before.timex < 0 && !before.capital && before.gap == " " &&
      word.gap == " " && sentence.words[k - 2].is(word::kPreposition) && !sentence.words[k - 2].is(word::kDeterminer) &&
      sentence.words[k - 2].auxiliary_lemma.empty() && (word.verb_tags & verb::kFinite) == verb::kPresent &&
      !word.folded.empty() && word.folded.back() == 's')
    return false;
  auto subject_like = [&](std::size_t j) {
    const Word& w = sentence.words[j];
    return w.is(word::kSubjectPronoun) || w.is(word::kNegation) || w.mention >= 0;
  };
  const bool after_subject = before.is(word::kSubjectPronoun) || before.is(word::kNegation) ||
                             (before.is(word::kVerbClitic) && k >= 2 && subject_like(k - 2));
  // "entre les chefs", "pour": a closed-class word is read as such, unless a subject precedes it.
  // An auxiliary that may be a preposition ("a" for "à" in a text without accents) is a verb when
  // a participle follows ("a rejeté", "a publiquement rejeté").
  if (word.is(word::kParticle)) return false;  // "broke off": "off" is no verb here
  if ((word.is(word::kPreposition) || word.is(word::kDeterminer) || word.is(word::kCoordinator)) && !after_subject) {
    if (word.auxiliary_lemma.empty()) return false;
    bool participle = false;
    for (std::size_t j = k + 1; j < sentence.words.size() && j <= k + 3 && !participle; ++j)
      participle = sentence.words[j].participle() && sentence.words[j].mention < 0;
    if (!participle) return false;
  }
  // "a members' vote", "Brazil's offer": after a possessive, a noun.
  if (word.gap.find("' ") != std::string_view::npos || word.gap.find("\xE2\x80\x99 ") != std::string_view::npos ||
      before.possessive_s())
    return false;
  // "de négocier", "d'offrir": an infinitive after its marker, whatever else the marker may be.
  if (word.infinitive() && before.is(word::kInfinitiveMarker)) return true;
  // "the founder of collapsed payments firm Lumora Pay", "by armed men": a past participle right
  // after a preposition (no auxiliary) and before a plain word qualifies that word. So does one
  // right after a verb that an auxiliary or "to" says is one: "will show seized items", "to return
  // stolen paintings" ("Pirates released", "passengers and crew landed" are verbs).
  if (word.participle() && !word.infinitive() && k + 1 < sentence.words.size()) {
    const bool after_marked_verb =
        k >= 2 && before.auxiliary_lemma.empty() && before.infinitive() &&
        (!sentence.words[k - 2].auxiliary_lemma.empty() || sentence.words[k - 2].is(word::kInfinitiveMarker)) &&
        acts_as_verb(sentence, k - 1);
    const Word& next = sentence.words[k + 1];
    if ((after_preposition || after_marked_verb) && next.classes == 0 && next.mention < 0 && next.timex < 0 &&
        !next.is_verb() && next.gap == " ")
      return false;
  }
  // "la rencontre", "l'envoyé", "the talks": after a determiner a verb form is a noun, unless
  // the determiner is an object pronoun after a subject ("il la rencontre").
  if (before.is(word::kDeterminer) && !(before.is(word::kVerbClitic) && after_subject)) return false;
  // "the first coastwide strike", "a recent meeting", "the French space agency": a bare or -ing
  // verb form after a determiner and words that are neither verbs, names nor adverbs is a noun too.
  // Any other form only after cue adjectives ("la récente rencontre"): "le comité rencontre" is a
  // subject and its verb.
  const bool bare_form = word.folded == word.verb_lemma || (word.verb_tags & verb::kPresentParticiple);
  if (k >= 2 && !word.after_comma() && !word.after_break()) {
    for (std::size_t j = k - 1; j-- > 0 && j + 3 >= k;) {
      const Word& between = sentence.words[j + 1];
      if (between.after_comma() || between.after_break()) break;
      // Cue words ("recent", "first", "possible") are adjectives; a capitalised word that is no
      // name is an adjective of place or nationality ("French"), whatever verb it may spell.
      constexpr std::uint32_t kCues = word::kRecent | word::kUpcoming | word::kPossible | word::kPlanned | word::kFirst;
      const bool plain = (between.classes & ~kCues) == 0 && between.mention < 0 && between.timex < 0;
      // So are adjectives that stand before their noun ("Un grand incendie"), though not after "de"
      // ("ont de nouveau été").
      const bool cue = (between.classes & kCues) != 0 || (between.prenominal && !sentence.words[j].is(word::kPreposition));
      // "an investigating judge": an -ing form between the determiner and the noun qualifies it.
      const bool ing_form = (between.verb_tags & verb::kPresentParticiple) && !(between.verb_tags & verb::kFinite);
      const bool adjective_like = plain && (cue || (bare_form && (between.capital || ing_form || (!between.is_verb() &&
                                  !(between.folded.size() > 2 && between.folded.substr(between.folded.size() - 2) == "ly")))));
      if (!adjective_like) break;
      // "la" is an article here unless a subject stands before it ("il la rencontre").
      const bool object_pronoun = sentence.words[j].is(word::kVerbClitic) && j > 0 &&
                                  (sentence.words[j - 1].is(word::kSubjectPronoun) || sentence.words[j - 1].mention >= 0);
      if (sentence.words[j].is(word::kDeterminer) && !object_pronoun) return false;
    }
  }
  // "the East and Gulf coasts", "Texas ports": a present form after a capitalised word that is no
  // name (an adjective of place, a title) is a plural noun; after a name it is a verb ("Google says").
  if (before.capital && before.mention < 0 && k >= 2 && word.gap == " " && word.auxiliary_lemma.empty() &&
      (word.verb_tags & verb::kPresent) &&
      !(word.verb_tags & (verb::kPast | verb::kPastParticiple | verb::kInfinitive)) && !before.is_verb() &&
      before.classes == 0)
    return false;
  // "a Kiev" in a text without accents is "à Kiev": "a" before a name is no verb.
  if (word.folded == "a" && !word.accented && k + 1 < sentence.words.size() && sentence.words[k + 1].mention >= 0)
    return false;
  return true;
}

ClauseMap segment_clauses(const Sentence& sentence) { return Segmenter(sentence).run(); }

VerbGroup verb_group(const Sentence& sentence, const ClauseMap& clauses, std::size_t head, const Grammar& grammar) {
  const auto& words = sentence.words;
  VerbGroup group;
  group.head = head;
  std::size_t first = head;
  int adverbs = 2;
  // An auxiliary, or a verb that says the head's event is to come, planned or possible.
  auto helper_at = [&](std::size_t k) {
    const Word& word = words[k];
    const bool helper = !word.auxiliary_lemma.empty() || grammar.is_future_verb(word.verb_lemma) ||
                        grammar.is_planned_verb(word.verb_lemma) || grammar.is_possible_verb(word.verb_lemma);
    return helper && acts_as_verb(sentence, k);
  };
  while (first > 0 && clauses.of(first - 1) == clauses.of(head)) {
    const Word& previous = words[first - 1];
    if (previous.mention >= 0 || previous.timex >= 0 || previous.is(word::kSubjectPronoun)) break;
    if (is_verb_satellite(previous) || helper_at(first - 1)) {
      --first;
    } else if (adverbs > 0 && adverb_like(previous) && first - 1 > 0 &&
               (helper_at(first - 2) || (is_verb_satellite(words[first - 2]) && !words[first - 2].is(word::kDeterminer)))) {
      // "avait publiquement rejeté", "n'a jamais vraiment cédé", "doit ensuite effectuer"; not "Le
      // ministre a" ("le" is an article there, "ministre" no adverb).
      --first, --adverbs;
    } else if (adverbs > 0 && adverb_like(previous) && first >= 3 && words[first - 2].is(word::kPreposition) &&
               words[first - 2].mention < 0 && !words[first - 3].auxiliary_lemma.empty() &&
               acts_as_verb(sentence, first - 3)) {
      first -= 2, --adverbs;  // "ont de nouveau été incendiées", "a à nouveau rejeté"
    } else {
      break;
    }
  }
  group.first = first;

  const Word* first_finite = nullptr;
  const Word* last_helper = nullptr;  // the helper verb right before the head
  for (std::size_t k = first; k <= head; ++k) {
    const Word& word = words[k];
    if (word.negates()) group.negated = true;
    if (word.is(word::kReflexive) && k < head) group.reflexive = true;
    if (!acts_as_verb(sentence, k)) continue;
    if (!first_finite && word.finite()) first_finite = &word;
    if (k == head) continue;
    last_helper = &word;
    const std::string_view lemma = word.auxiliary_lemma.empty() ? word.verb_lemma : word.auxiliary_lemma;
    if (grammar.is_future_verb(lemma)) group.future = true;
    if (grammar.is_planned_verb(lemma)) group.planned = true;
    if (grammar.is_possible_verb(lemma)) group.possible = true;
    if (!word.auxiliary_lemma.empty() && words[head].participle()) group.perfect = true;
  }
  // "sans faire de déclaration", "without making a statement": a privative preposition denies
  // the infinitive or the gerund it governs.
  if (first > 0 && first == head && grammar.is_privative(words[first - 1].folded) &&
      (words[head].infinitive() || (words[head].verb_tags & verb::kPresentParticiple)))
    group.negated = true;
  // "ne rencontre pas": French negation may follow a simple tense.
  if (head + 1 < words.size() && clauses.of(head + 1) == clauses.of(head) && words[head + 1].negates()) group.negated = true;
  if (negated_subject(sentence, clauses, first)) group.negated = true;
  group.tense = first_finite ? first_finite->verb_tags : words[head].verb_tags;
  if (group.tense & verb::kFuture) group.future = true;
  if ((group.tense & verb::kConditional) && !(group.tense & (verb::kPresent | verb::kImperfect))) group.conditional = true;
  for (std::size_t k = first; k < head; ++k)
    if (grammar.is_conditional_verb(words[k].auxiliary_lemma) || grammar.is_conditional_verb(words[k].verb_lemma))
      group.conditional = true;
  const Word& main = words[head];
  const std::string_view head_lemma = main.verb_lemma.empty() ? main.auxiliary_lemma : main.verb_lemma;
  if (last_helper && main.participle() && !group.reflexive && !grammar.takes_etre(head_lemma)) {
    const std::string_view helper_lemma = last_helper->auxiliary_lemma;
    group.passive = grammar.is_passive_auxiliary(helper_lemma);
  }
  // "Serge Moreau, condamné jeudi à un an", "Une première grève, lancée le 27 janvier par la
  // FSU", "questioned the pilot, John Smith, arrested on Monday": a participle alone right after
  // a comma describes what comes before it, which underwent the action. A form that is also a
  // simple past is one only after a name, once the sentence has its verb: in "Her rival, Andres
  // Vidal, conceded defeat" the comma closes an apposition.
  const bool alone_after_comma = !last_helper && head > 0 && main.after_comma();
  const bool apposed = alone_after_comma && words[head - 1].mention >= 0;
  // A participle that opens its own apposition ("The attack, led by X, killed") is no verb of it.
  auto verb_before = [&] {
    for (std::size_t k = 0; k + 1 < head; ++k)
      if (words[k].finite() && acts_as_verb(sentence, k) && !(words[k].after_comma() && words[k].participle())) return true;
    return false;
  };
  if (alone_after_comma && main.participle() && !main.reporting && !group.reflexive && !grammar.takes_etre(head_lemma) &&
      (!main.finite() || (apposed && verb_before())))
    group.passive = true;
  if (group.passive || (group.perfect && !group.future)) group.perfect = true;
  return group;
}

}  // namespace evgraph::detail
