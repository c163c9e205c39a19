// A sentence cut into clauses (main, relative, subordinate, infinitive, quoted), and the verb
// group of a verb: what a shallow reader needs to tell whose date, whose subject and whose
// object is whose.
#pragma once

#include "extract/words.hpp"

#include <cstddef>
#include <vector>

namespace evgraph::detail {

// Participial: ", defeating Marko Zupan", ", faisant deux morts": a present participle after a
// comma, sharing its parent's subject.
enum class ClauseKind { Main, Relative, Subordinate, Infinitive, Quote, Participial };

struct Clause {
  ClauseKind kind = ClauseKind::Main;
  std::size_t first = 0;  // first word
  int parent = -1;        // the clause this one depends on (or continues, for coordination)
  bool coordinated = false;  // "... et a déclaré": shares its parent's subject
  bool has_verb = false;     // a finite verb group was seen in it
  std::uint32_t tense = 0;   // verb::Tag bits of its first finite verb
  bool awaiting_participle = false;  // its last verb is an auxiliary: "a, pour la première fois, accepté"
  // ", the club said on Tuesday", ", a annoncé mercredi le Quai d'Orsay": a clause that only says
  // who reports its parent clause.
  bool attribution = false;
  // "Alain Gourdon, élu en juillet 2020,": a Relative clause with no pronoun, a past participle
  // after a name and a comma that says what that name underwent or did.
  bool apposition = false;
};

struct ClauseMap {
  std::vector<Clause> clauses;
  std::vector<int> clause_of;  // per word

  int of(std::size_t word) const { return clause_of[word]; }
};

// REQUIRES: sentence.words filled by read_sentence.
ClauseMap segment_clauses(const Sentence& sentence);

// Whether words[k] heads or helps a verb group here: a verb form that is not a noun after a
// determiner, not part of a name or date.
bool acts_as_verb(const Sentence& sentence, std::size_t k);
// Whether the gap before `word` opens or closes a quotation (« », “ ”, or a straight quote by the
// side it sticks to).
bool opens_quote(const Word& word, bool first_word);
bool closes_quote(const Word& word, bool first_word);

// The verb group around a verb: auxiliaries, modals, negation and clitics before it.
struct VerbGroup {
  std::size_t first = 0;   // first word of the group
  std::size_t head = 0;    // the main verb
  std::uint32_t tense = 0; // verb::Tag bits of the group's first finite verb (or the head's)
  bool perfect = false;    // an auxiliary + participle: "a rencontré", "had met"
  bool passive = false;    // "a été arrêté", "was arrested"
  bool reflexive = false;  // "se sont rencontrés"
  bool negated = false;    // "n'a pas", "did not", "ne ... jamais"
  bool future = false;     // a future tense, or "va"/"will"
  bool planned = false;    // a planning verb governs it: "doit démissionner"
  bool possible = false;   // a possibility verb: "pourrait", "could"
  bool conditional = false;  // the conditional mood: "devrait", "aurait rencontré", "would meet"
};

VerbGroup verb_group(const Sentence& sentence, const ClauseMap& clauses, std::size_t head, const Grammar& grammar);

}  // namespace evgraph::detail
