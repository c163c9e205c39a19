// Who did what to whom in one clause: the subject and objects of a verb trigger, the complements
// of a noun trigger, and pronouns resolved to the actors named before them.
#pragma once

#include "extract/clauses.hpp"
#include "extract/phrases.hpp"
#include "extract/salience.hpp"

#include <evgraph/lexicon.hpp>

#include <optional>
#include <string>
#include <vector>

namespace evgraph::detail {

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
  bool counted_people = false;  // the subject counts people it does not name ("Deux hommes", "Two men")
  // "reprochent à EDF d'avoir abandonné": the verb whose object acts in the infinitive.
  std::optional<std::size_t> controlling_verb;
  // "A report by Audit Scotland published on Monday put ...": the verb only qualifies its subject,
  // and what follows it is another clause's.
  bool qualifying_verb = false;
  bool about_topic = false;  // the participants are the document's topic, which the clause does not name
};

// Adds `id` to `list` unless it is there already.
void add_role(std::vector<std::string>& list, const std::string& id);

// The subject of the clause of `group`, into roles.agents and roles.subject_words: names before
// the verb, a pronoun, a description, the antecedent of "qui"/"who", the subject of the clause an
// infinitive or coordinated clause depends on, or a name after the verb ("a déclaré Zelensky").
void read_subject(const RoleContext& context, const VerbGroup& group, Roles& roles, int depth = 0);

// "will hold new talks", "a tenu une réunion": the verb whose direct object the noun at `first`
// is, when that verb names no event of its own. Its head word.
std::optional<std::size_t> light_verb_of(const RoleContext& context, std::size_t first);
// The clause's active verb when the noun at `first` only counts how it acted ("by 212 votes").
std::optional<std::size_t> verb_of_counted_manner(const RoleContext& context, std::size_t first);

// "The attack, claimed by BlackMoth, hit": the leader or author a participle apposition right
// after the noun at `last` names (grammar leading_participles).
std::optional<std::string> leader_after(const RoleContext& context, std::size_t last);

// "Les quatre syndicats", "the two sides" at words first..last: an article and a number word count
// the actors of a list the document writes elsewhere. Empty when it writes none.
std::vector<std::string> counted_actors_at(const RoleContext& context, std::size_t first, std::size_t last);
// "Les principaux syndicats", "the main unions": a noun that stands for the list of names the
// document writes nearest. Empty when it writes none near.
std::vector<std::string> listed_actors_at(const RoleContext& context, std::size_t first, std::size_t last);

// The head of the first verb group of a clause, for subjects shared with it.
std::optional<std::size_t> verb_of_clause(const RoleContext& context, int clause);

// Roles of a verb trigger whose main verb is words[group.head].
Roles verb_roles(const RoleContext& context, const VerbGroup& group, const TriggerDefinition& trigger);
// Whether the subject of `group` underwent `trigger` ("X a été arrêté par la police"): a passive
// verb, or a trigger written with the passive auxiliary ("be fined"), but neither a meeting,
// whose sides all act whatever the voice ("ont été reçus"), nor a trigger whose passive subject
// acts ("a été élu").
// "the decree, signed on Monday by the president": a participle without auxiliary that "by"/"par"
// follows, a passive that qualifies a noun and heads no clause.
bool reduced_passive(const RoleContext& context, const VerbGroup& group);

bool subject_undergoes(const VerbGroup& group, const TriggerDefinition& trigger, const Grammar& grammar);
// Roles of a noun trigger ending at word `last`.
Roles noun_roles(const RoleContext& context, std::size_t first, std::size_t last, const TriggerDefinition& trigger);

}  // namespace evgraph::detail
