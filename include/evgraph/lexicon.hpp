// Lexicons: actors, places and proposals (data/lexicon/**.yaml, user lexicons) and event triggers
// (data/lang/<lang>/triggers.yaml), matched on folded text so case, accents and typographic apostrophes
// do not matter. Matching is token-based and linear in the text.
#pragma once

#include <evgraph/data_store.hpp>
#include <evgraph/model.hpp>
#include <evgraph/text.hpp>

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace evgraph {

enum class EntityClass { Actor, Place, Proposal };
const char* to_string(EntityClass cls);  // "actor", "place", "proposal"

// Throws InputError at the first entry of a lexicon's `dates:` whose value is no calendar date
// ("2025-02-30", a year before 1400). Lexicons are checked so when loaded and by `validate`.
void check_pinned_dates(const YAML::Node& root, const std::string& file);

struct LexiconEntry {
  EntityClass cls = EntityClass::Actor;
  Entity entity;  // id is "<class>:<slug>", e.g. "actor:united-states"
};

// One match of a lexicon form in a text. Offsets are in the original text.
struct Mention {
  std::size_t begin = 0;
  std::size_t end = 0;
  int entry = -1;  // index into Lexicon::entries(), or -1 for a name found without lexicon
  EntityClass cls = EntityClass::Actor;
  std::string entity_id;
  std::string text;  // the original bytes
};

// One word or phrase of a pack's event vocabulary (data/lang/<lang>/triggers.yaml).
struct TriggerDefinition {
  std::string type;        // meeting, visit, arrest, ...
  std::string event_class; // its CAMEO root class: consult, assault, ...
  std::string entry;       // as written in the rule data: a lemma ("se réunir") or a noun
  bool is_verb = false;    // verbs head a clause; nouns name the event
  bool reflexive = false;  // "se réunir": a reading only with its pronoun ("se sont réunis")
  bool reporting = false;  // a verb of saying ("a déclaré"): a statement only when nothing else happens
  bool all_sides = false;  // every party named is an agent (meetings, talks, clashes)
  bool noun_of_target = false;  // "l'arrestation de X": X is the target, not the agent
  bool passive_subject_acts = false;  // "X a été réélu": X won, the passive subject stays the agent
  bool reporter_acts = false;  // "CAS said a hearing would be held": the reporting body, when no agent is named
  bool place_is_target = false; // "s'est rendu à Kiev", "attacked the town": the place is the target
  bool aspect_only = false;  // "the talks began in July": only dates the event a noun of its clause names
  bool needs_place = false;  // "est attendu lundi à Menton": only passive, with a place named after it; its subject comes
  std::string verb_lemma;  // verbs: the lemma, folded ("condamner")
  std::string then_word;   // "condamner … à": a word that must follow within the clause, or empty
  int rank = 0;            // how concrete the type is: higher wins when several triggers compete
};

// Where a trigger matched, in words of the document (FoldedText::words) and bytes.
struct TriggerMention {
  std::size_t begin = 0;  // original offsets
  std::size_t end = 0;
  std::size_t folded_begin = 0;
  std::size_t first_word = 0;  // index into FoldedText::words
  std::size_t word_count = 1;
  int verb = -1;  // the definition when the words are a verb form here, or -1
  int reflexive_verb = -1;  // a reflexive definition of the same form ("se déclarer" beside "déclarer"), or -1
  int noun = -1;  // the definition when they are a noun, or -1 (a form may be both: "rencontre")
};

class VerbForms;

class TriggerSet {
 public:
  // Loads data/lang/<lang>/triggers.yaml (validated against triggers.schema.json). Verbs are
  // listed as lemmas: their inflected forms come from `verbs` (a lemma is also matched as written,
  // so a pack without a verb table still works).
  TriggerSet(const DataStore& data, const std::string& lang, const VerbForms& verbs);
  ~TriggerSet();
  TriggerSet(TriggerSet&&) noexcept;
  TriggerSet& operator=(TriggerSet&&) noexcept;

  // Leftmost-longest matches over the words of `folded` (which must have words: add_words).
  std::vector<TriggerMention> find(const FoldedText& folded) const;
  const std::vector<TriggerDefinition>& definitions() const;
  // Entries "verb … word" of a lemma: readings that win when the word follows the verb.
  std::vector<int> gapped(const std::string& folded_lemma) const;
  // Per type, the types whose agentless event its agents did (triggers.yaml `credits`: a claim
  // of responsibility credits an attack). Only the types that credit any.
  const std::map<std::string, std::vector<std::string>>& credits() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

// A user lexicon as read: its name for messages and its YAML text.
struct LexiconSource {
  std::string file;
  std::string text;
};

class Lexicon {
 public:
  // Every data/lexicon/**.yaml, then each of `user_files` in order; a later entry with an id that
  // exists already adds its aliases and replaces its name and kind. Display names are taken in
  // `lang` where an entry gives `names`. Throws InputError/ConfigError.
  Lexicon(const DataStore& data, const std::vector<LexiconSource>& user_files, const std::string& lang);
  ~Lexicon();
  Lexicon(Lexicon&&) noexcept;
  Lexicon& operator=(Lexicon&&) noexcept;

  // Leftmost-longest matches of every entry's name and aliases. A form written with a capital
  // needs a capital in the text ("Nice" the city, not "nice"); a form in capitals only ("US")
  // needs exactly that case.
  std::vector<Mention> find(const FoldedText& folded, std::string_view original) const;

  const std::vector<LexiconEntry>& entries() const;
  const LexiconEntry* find_entry(const std::string& id) const;
  // The states' names and aliases, folded, each with its entry's index: what an adjective of
  // nationality ("Zambian", "Guinéen") is matched against.
  const std::vector<std::pair<std::string, int>>& folded_state_names() const;
  // Pinned dates for events, from user lexicons (`dates:`): event id -> TIMEX3 value.
  const std::map<std::string, std::string>& pinned_dates() const;
  // Pinned titles for events, from user lexicons (`titles:`): event id -> title.
  const std::map<std::string, std::string>& pinned_titles() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

// Names no lexicon lists: capitalised runs with particles ("Ursula von der Leyen"), names after
// titles ("le ministre de l'Économie Jean Martin", "Secretary of State X"), organisations named by
// their head word ("Banque de France", "Justice Department"), places after "à / près de / in /
// near", and short forms of people named in full earlier in the document ("M. Martin",
// "Trump"). Rules come from data/lang/<lang>/names.yaml.
class NameFinder {
 public:
  // `verbs`: the pack's verb forms, which tell an institution's adjective from the verb after it
  // ("l'armée ukrainienne" / "les gendarmes ont"); without them no adjective is taken.
  NameFinder(const DataStore& data, const std::string& lang, const VerbForms* verbs = nullptr);
  ~NameFinder();
  NameFinder(NameFinder&&) noexcept;
  NameFinder& operator=(NameFinder&&) noexcept;

  struct Result {
    std::vector<Mention> mentions;   // entry -1 for new names, the lexicon entry for short forms
    std::vector<LexiconEntry> found; // entities first seen in this document (one per id)
  };
  // `known`: the lexicon's mentions of this text, sorted; `blocked`: spans that are not names
  // (temporal expressions). Returned mentions are sorted and do not overlap `known`.
  Result find(const FoldedText& folded, std::string_view original, const std::vector<Mention>& known,
              const std::vector<Span>& blocked, const Lexicon& lexicon) const;
  // "Finance Minister Dominique Leclair", "Prime Minister Luis Montenegro": a place the lexicon
  // knows (Dominica, Montenegro) that stands inside a person's name after a title is no place.
  // Drops those mentions from `known`.
  void drop_places_in_person_names(const FoldedText& folded, std::string_view original, std::vector<Mention>& known,
                                   const Lexicon& lexicon) const;
  // Whether a folded word is a title of a person ("ministre", "president"): "le ministre" then
  // refers to a person named before.
  bool is_title(std::string_view folded_word) const;
  // A noun that stands for an organisation named before ("l'entreprise", "the lender").
  bool is_organisation_description(std::string_view folded_word) const;
  // Whether the word is a plural noun of a group of people (names.yaml group_nouns).
  bool is_people_noun(std::string_view folded_word) const;
  // The gender a title word says ("mme" feminine, "spokesman" masculine), or None.
  enum class Gender { None, Feminine, Masculine };
  Gender gender_of_title(std::string_view folded_word) const;
  // The gender a given name says (names.yaml given_names: "sylvie" feminine, "alain" masculine), or None.
  Gender gender_of_given_name(std::string_view folded_word) const;
  // The gender the words of a title say ("l'ancien ministre"), else the article right before its
  // first title word ("par la ministre des Affaires municipales"), or None. `words`: folded, in the
  // text's order.
  Gender gender_of_title_words(const std::vector<std::string>& words) const;
  Gender gender_of_article(std::string_view folded_word) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

}  // namespace evgraph
