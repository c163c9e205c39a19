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

struct TriggerDefinition {
  std::string type;        // meeting, visit, call, ...
  std::string form;        // as written in the rule data
  bool is_verb = false;    // verbs head the clause; nouns name the event
  bool reporting = false;  // a verb of saying ("a déclaré"): a statement only when nothing else happens
  int rank = 0;            // how concrete the type is: higher wins when several triggers compete
};

struct TriggerMention {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t folded_begin = 0;
  int trigger = -1;  // index into TriggerSet::definitions()
};

// A word or phrase that marks an event's modality ("devrait", "n'a pas", "selon") or a noun
// trigger that refers back to an event already named ("cette décision": kind "anaphoric").
struct CueMention {
  std::size_t folded_begin = 0;
  std::size_t folded_end = 0;
  std::string kind;  // planned|possible|denied|reported|anaphoric|recent|upcoming
};

class TriggerSet {
 public:
  // Loads data/lang/<lang>/triggers.yaml (validated against triggers.schema.json).
  TriggerSet(const DataStore& data, const std::string& lang);
  ~TriggerSet();
  TriggerSet(TriggerSet&&) noexcept;
  TriggerSet& operator=(TriggerSet&&) noexcept;

  std::vector<TriggerMention> find(const FoldedText& folded) const;
  const std::vector<TriggerDefinition>& definitions() const;
  std::vector<CueMention> find_cues(const FoldedText& folded) const;

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
  // Pinned dates for events, from user lexicons (`dates:`): event id -> TIMEX3 value.
  const std::map<std::string, std::string>& pinned_dates() const;

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
  NameFinder(const DataStore& data, const std::string& lang);
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

 private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

}  // namespace evgraph
