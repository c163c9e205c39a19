// Who did what to whom in one clause: the subject and objects of a verb trigger, the complements
// of a noun trigger, and pronouns resolved to the actors named before them.
#pragma once

#include "extract/clauses.hpp"

#include <evgraph/lexicon.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace evgraph::detail {

// The actors named so far in a document, most recent last: what "il", "they" or "le ministre"
// refer to.
class Salience {
 public:
  // `kinds`: entity id -> kind (person, state, organisation...), for every entity the document
  // names.
  explicit Salience(const std::map<std::string, std::string>& kinds) : m_kinds(kinds) {}

  // The actor a pronoun (or a title standing for a person) refers to, before word `before` of
  // the sentence being read.
  // `excluded`: a mention of the sentence it cannot be (the noun a relative clause describes:
  // in "Klingbeil, qu'il doit rencontrer", "il" is not Klingbeil).
  std::optional<std::string> resolve(PronounReference reference, const Sentence& sentence, std::size_t before,
                                     int excluded = -1) const;
  // The agents of a clause just read: a later "ils"/"they" may mean all of them.
  void note_subject(const std::vector<std::string>& agents);
  // Every actor a sentence named, in order.
  void note_mentions(const std::vector<const Mention*>& mentions);
  const std::string& kind_of(const std::string& id) const;

 private:
  const std::map<std::string, std::string>& m_kinds;
  std::vector<std::string> m_recent;  // actor ids, most recent last
  std::vector<std::string> m_last_subjects;
};

struct Roles {
  std::vector<std::string> agents;
  std::vector<std::string> targets;
  std::vector<std::string> participants;  // other actors of the clause
  std::vector<std::string> places;        // where
  // The subject as written: words [first, last] of the sentence; or the display name of what a
  // pronoun stands for.
  std::optional<std::pair<std::size_t, std::size_t>> subject_words;
  std::string resolved_subject;
  bool reported = false;  // a source is named ("selon X", "according to X")
};

struct RoleContext {
  const Sentence& sentence;
  const ClauseMap& clauses;
  const Grammar& grammar;
  const NameFinder& names;
  const Lexicon& lexicon;
  const Salience& salience;
};

// Roles of a verb trigger whose main verb is words[group.head].
Roles verb_roles(const RoleContext& context, const VerbGroup& group, const TriggerDefinition& trigger);
// Roles of a noun trigger ending at word `last`.
Roles noun_roles(const RoleContext& context, std::size_t first, std::size_t last, const TriggerDefinition& trigger);

}  // namespace evgraph::detail
