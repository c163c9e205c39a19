// The closed word classes and verb classes a language pack gives the clause reader
// (data/lang/<code>/grammar.yaml): determiners, pronouns, clause openers, prepositions by the role
// of what they introduce, auxiliaries, modal and reporting cues.
#pragma once

#include <evgraph/data_store.hpp>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace evgraph {

namespace word {
enum Class : std::uint32_t {
  kDeterminer = 1u << 0,
  kSubjectPronoun = 1u << 1,
  kVerbClitic = 1u << 2,
  kReflexive = 1u << 3,
  kNegation = 1u << 4,
  kRelative = 1u << 5,
  kSubordinator = 1u << 6,
  kCoordinator = 1u << 7,
  kInfinitiveMarker = 1u << 8,
  kPrepAgent = 1u << 9,
  kPrepTarget = 1u << 10,
  kPrepWith = 1u << 11,
  kPrepLocation = 1u << 12,
  kPrepSource = 1u << 13,
  kPrepOther = 1u << 14,
  kReported = 1u << 15,
  kPossible = 1u << 16,
  kPlanned = 1u << 17,
  kRecent = 1u << 18,
  kUpcoming = 1u << 19,
  kAnaphoric = 1u << 20,
  kDefiniteArticle = 1u << 21,
  kAfter = 1u << 22,
  kBefore = 1u << 23,
  kPossessive = 1u << 24,
  kNounBefore = 1u << 25,  // a verb form before it is a noun
  kSimultaneous = 1u << 26,  // opens a clause that happens when its main clause does
  kPossessiveRelative = 1u << 27,  // "dont", "whose"
  kApartHead = 1u << 28,  // a noun that does not act for its complement ("les syndicats de la SNCF")
  kFirst = 1u << 29,  // "premier", "first": before "since DATE", DATE is an earlier occurrence
  kPrepCaller = 1u << 30,  // "à l'appel de": who called the strike or the march, its agent in any voice
  kParticle = 1u << 31,    // "broke off", "shut down": a particle that belongs to the verb before it
};
constexpr std::uint32_t kPreposition =
    kPrepAgent | kPrepTarget | kPrepWith | kPrepLocation | kPrepSource | kPrepOther | kPrepCaller;
}  // namespace word

// Whom a pronoun may stand for: a person (of a gender or either), a plural, or a thing (a state,
// an organisation, a group: "its board"); Any when the pronoun does not tell a person from a thing
// ("ses délégués" of the CICR or of a minister).
enum class PronounReference { None, Person, Plural, FemininePerson, MasculinePerson, Thing, Any };

// One word of a text as the grammar sees it: its folded form and whether the text wrote it with
// a letter beyond ASCII (accent-sensitive entries such as "où" and "à" need that).
struct GrammarWord {
  std::string_view folded;
  bool accented = false;
  std::size_t hash = 0;  // std::hash<std::string_view> of `folded`
};

class Grammar {
 public:
  // Loads data/lang/<lang>/grammar.yaml; a pack without one gets an empty grammar (every clause
  // read by word order alone). Throws ConfigError (file:line:column).
  Grammar(const DataStore& data, const std::string& lang);
  ~Grammar();
  Grammar(const Grammar&) = delete;
  Grammar& operator=(const Grammar&) = delete;

  struct Match {
    std::uint32_t classes = 0;  // word::Class bits
    std::size_t length = 0;     // words the longest entry there spans (0: none)
  };
  // The closed-class entries that start at words[at]: every class of the longest entry.
  Match match(const std::vector<GrammarWord>& words, std::size_t at) const;
  PronounReference pronoun(std::string_view folded) const;
  // "him", "lui", "l'": an object pronoun and whom it may stand for, or None.
  PronounReference object_pronoun(std::string_view folded) const;
  // Whether a subject pronoun stands for the last one named ("ce dernier"), not the last subject.
  bool pronoun_means_latest(std::string_view folded) const;
  // Whom a possessive determiner may stand for ("son", "their"); None when it is not one.
  PronounReference possessive(std::string_view folded) const;
  // The value of a number word ("quatre", "four"; `count_words`) or of digits; 0 when neither.
  int count(std::string_view folded) const;

  // Verb lemmas, folded.
  bool is_auxiliary(std::string_view lemma) const;
  bool is_passive_auxiliary(std::string_view lemma) const;
  bool takes_etre(std::string_view lemma) const;  // compound tenses with the passive auxiliary
  bool is_future_verb(std::string_view lemma) const;
  bool is_planned_verb(std::string_view lemma) const;
  // "reprocher à X de", "urge X to": the verb's object acts in the infinitive it governs.
  bool is_object_control_verb(std::string_view lemma) const;
  // The words that open such an infinitive ("à", "de", "to"), not one of purpose ("pour").
  bool is_object_control_marker(std::string_view folded) const;
  // "En visite à Loriol,", "During a raid,": a sentence opened by it tells what its subject was doing.
  bool opens_circumstance(std::string_view folded) const;
  // "lors d'une visite", "at a news conference": a preposition that places what is said at an event.
  bool opens_occasion(std::string_view folded) const;
  // "pour succéder à X", "in order to": the first word of an infinitive marker of purpose.
  bool marks_purpose(std::string_view folded) const;
  // "a annoncé une inspection": its subject acts in the noun event it takes as object.
  bool lends_agent(std::string_view lemma) const;
  // "dirigé par X", "led by X": who leads the subject the participle describes.
  bool names_leader(std::string_view lemma) const;
  // "Colombia's government": a folded noun through which its owner acts.
  bool acts_for_owner(std::string_view word) const;
  // "Il s'est ensuite rendu à Romblon": a folded word that places what follows right after what
  // the text told before.
  bool is_sequence_word(std::string_view word) const;
  // "sans faire de déclaration", "without making a statement": a folded preposition that denies
  // the verb after it.
  bool is_privative(std::string_view word) const;
  // "the rebel Movement for Justice", "le groupe jihadiste X": a folded word that only says what
  // kind of side a name is, inside a list of sides.
  bool qualifies_side(std::string_view word) const;
  // "les syndicats", "the parties": a folded plural noun that stands for a list of names the
  // text gives near it.
  bool names_a_list(std::string_view word) const;
  // "both": a count word that is its own definite determiner, so it counts ones already named
  // ("two men" introduces new ones).
  bool counts_known_ones(std::string_view word) const;
  // "grand", "violent": a folded adjective that stands before its noun ("Un violent incendie"),
  // whatever verb form it also spells.
  bool prenominal_adjective(std::string_view word) const;
  bool is_possible_verb(std::string_view lemma) const;
  bool is_conditional_verb(std::string_view lemma) const;  // "would": the conditional mood
  // Whether a trigger entry ("avoir lieu", "take place") only says that an event took place.
  bool is_support_verb(std::string_view entry) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

}  // namespace evgraph
