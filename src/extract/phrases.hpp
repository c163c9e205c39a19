// Noun phrases of a clause: how a name is introduced (bare, "de"/"of", "à", "par"...), which names
// head a phrase and which only complement it ("Tusk's government", "les chefs d'état-major de la
// France", "Ljubljana mayor Tomaz Kranjc"), appositions ("le ministre de l'Intérieur, Jean
// Martin,") and descriptions standing for a person named before ("le ministre").
#pragma once

#include "extract/clauses.hpp"
#include "extract/salience.hpp"

#include <evgraph/lexicon.hpp>

#include <optional>
#include <string_view>
#include <vector>

namespace evgraph::detail {

struct RoleContext {
  const Sentence& sentence;
  const ClauseMap& clauses;
  const Grammar& grammar;
  const NameFinder& names;
  const Lexicon& lexicon;
  const Salience& salience;
};

const Mention& mention_of(const Sentence& sentence, std::size_t k);
bool is_media(const RoleContext& context, const Mention& mention);
// The last word of the name that starts at word k.
std::size_t name_end(const Sentence& sentence, std::size_t k);
// "Tusk's government", "Brazil's Foreign Minister": the name ending at word `end` owns what follows.
bool possessor(const Sentence& sentence, std::size_t end);

// How a name is introduced: the class bits of the preposition before it (past determiners,
// adjectives and title words), 0 when nothing introduces it.
struct Introduction {
  std::uint32_t preposition = 0;  // word::Class bits; 0: a bare noun phrase
  std::size_t at = 0;             // the preposition's word, when there is one
  bool coordinated = false;       // "X et Y": Y follows another name through a coordinator
};
// Looks back from word k no further than word `stop`.
Introduction introduction(const RoleContext& context, std::size_t k, std::size_t stop);

// The first word of each name in [first, last] that belongs to clause `clause` (or, with
// `with_infinitives`, to an infinitive clause it governs: "a rejeté la possibilité d'offrir des
// missiles à Kiev").
std::vector<std::size_t> names_between(const RoleContext& context, std::size_t first, std::size_t last, int clause,
                                       bool with_infinitives = false);

// The names that act for the noun phrase [first, last] of clause `clause`: its head names ("Le SPD
// du chancelier Olaf Scholz" -> SPD; "Ljubljana mayor Tomaz Kranjc" -> Kranjc), or when a common
// noun heads it, the names that complement it ("Tusk's government" -> Tusk; "les chefs
// d'état-major de la France" -> France), unless that noun stands apart from them ("les syndicats
// de la SNCF"). First words of the names.
// `apart`, when given, receives the names of a phrase headed by such a noun: they take part
// without acting.
std::vector<std::size_t> phrase_agents(const RoleContext& context, std::size_t first, std::size_t last, int clause,
                                       std::vector<std::size_t>* apart_names = nullptr);

// "le directeur général de Ryanair, Michael O'Leary,": the name in apposition after the comma
// that follows word `last`, if one stands alone there. Its first word.
std::optional<std::size_t> apposition_after(const RoleContext& context, std::size_t last);

// "le ministre", "the prime minister": a definite article and a title with no name. Returns the
// folded words after the article, or nothing when [first, last] is no such description.
std::optional<std::vector<std::string_view>> description_words(const RoleContext& context, std::size_t first,
                                                                std::size_t last);

// "a federal judge", "un juge": an indefinite article and a title with no name. The title word.
std::optional<std::string_view> indefinite_title(const RoleContext& context, std::size_t first, std::size_t last);

// Whether words first..last describe an organisation named before: a definite article and a noun
// of the pack's organisation_descriptions, with at most two other words and no name.
bool organisation_description(const RoleContext& context, std::size_t first, std::size_t last);

// "The commission", "la commission électorale", "le tribunal": a definite article, then one or two
// lowercase words and nothing named or dated. Those words, folded.
std::optional<std::vector<std::string_view>> short_form_words(const RoleContext& context, std::size_t first,
                                                              std::size_t last);

}  // namespace evgraph::detail
