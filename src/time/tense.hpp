// Tense of the clause around a temporal expression: the verb group that governs it, read with the
// pack's verb morphology (verb-forms.tsv) and the pack's rules for auxiliaries, modals and
// scheduling verbs; the pack's lexical cues ("d'ici", "upcoming") compete with it.
#pragma once

#include "time/rule_pack.hpp"

#include <re2/re2.h>

#include <array>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace evgraph {
class VerbForms;
}

namespace evgraph::detail {

enum class Tense { None, Past, Present, Future };
const char* to_string(Tense tense);

struct TenseCueHit {
  Tense tense = Tense::None;
  std::string cue;    // the folded words of the verb group or cue, for explanations
  bool verb = false;  // a verb group read with the morphology, not a lexical cue
  bool weak = false;  // a lone present form, which may be a noun: a farther group of the same clause wins
  bool announcing = false;  // a verb of announcing: a date past its object is the object's
  bool pluperfect = false;  // "avait remporté", "had won": a step back from the story's line
  bool directive = false;   // a verb that directs someone to do something ("summoned", "appelé")
  bool intent = false;      // a verb of intent, whose infinitive lies ahead ("a proposé", "asked")
  bool reporting = false;   // a verb of saying ("a annoncé", "said"): the day of a report, not of the story
};

// Folded words with flag bits, searched without allocating.
class WordTable {
 public:
  void add(const std::vector<std::string>& words, std::uint32_t flags);
  void finish();  // sorts and merges: call once after the last add
  std::uint32_t find(std::string_view word) const;  // 0 when absent
  const std::vector<std::pair<std::string, std::uint32_t>>& entries() const { return m_entries; }

 private:
  std::vector<std::pair<std::string, std::uint32_t>> m_entries;  // sorted
  std::size_t m_longest = 0;
  std::array<bool, 256> m_first{};  // first bytes of the words: most lookups stop here
};

class TenseFinder {
 public:
  // `verbs` (may be null, or an empty table for a pack without one: then only the lexical cues
  // count) must outlive the finder.
  TenseFinder(const RulePack& pack, const VerbForms* verbs);

  // The governing verb group of folded [begin, end): in the expression's clause (bounded by the
  // pack's clause_breaks), the nearest group on either side, a group across fewer coordinators
  // ("et", "and") and subordinators ("que", "which") first; on the right, the first group after a
  // subordinator belongs to that subordinate clause and is passed over. Tense::None without one.
  // `origin`/`original` (may be null/empty) let names (capitalised words) and accented
  // homographs ("à" folds to the auxiliary "a") be told apart. Thread-safe.
  TenseCueHit find(std::string_view folded, std::size_t begin, std::size_t end, const std::uint32_t* origin = nullptr,
                   std::string_view original = {}) const;

  // Whether the word right after folded offset `end` is a past participle and nothing else
  // ("aujourd'hui considérée comme"). Thread-safe.
  bool participle_after(std::string_view folded, std::size_t end, const std::uint32_t* origin,
                        std::string_view original) const;
  // Whether the clause of folded [begin, end) holds one of the pack's habitual words
  // ("généralement", "every year"). Thread-safe.
  bool habitual(std::string_view folded, std::size_t begin, std::size_t end) const;

 private:
  void clause(std::string_view folded, std::size_t begin, std::size_t end, std::size_t* clause_begin,
              std::size_t* clause_end, const std::uint32_t* origin = nullptr, std::string_view original = {}) const;
  bool title_period(std::string_view folded, std::size_t at) const;
  static bool abbreviation_period(std::string_view folded, std::size_t at, const std::uint32_t* origin,
                                  std::string_view original);
  struct Word;
  struct Scan;
  struct CueSet {
    Tense tense;
    bool ascii_start;
    std::unique_ptr<RE2> regex;
  };

  void analyse(Scan& scan, std::size_t index) const;
  static bool keep_written_accents(Scan& scan, std::size_t begin, std::size_t end);
  static bool after_comma(const Scan& scan, std::size_t index);
  bool verbal(Scan& scan, std::size_t index) const;
  std::uint32_t flags(Scan& scan, std::size_t index) const;
  bool noun_complement(Scan& scan, std::size_t split) const;
  bool group_word(Scan& scan, std::size_t index) const;
  // Whether words[index] is a marker of `marker_flag` ("de", "to") and an infinitive follows it.
  bool marked_infinitive(Scan& scan, std::size_t index, std::uint32_t marker_flag) const;
  bool marked_infinitive_before(Scan& scan, std::size_t index) const;
  bool passive_be(Scan& scan, std::size_t first, std::size_t finite, std::size_t last) const;
  bool auxiliary(Scan& scan, std::size_t index) const;
  // A directive verb's past participle with no auxiliary before it ("et appelé à manifester").
  bool object_of_past_verb(Scan& scan, std::size_t index) const;
  bool lone_directive_participle(Scan& scan, std::size_t index) const;
  // `after_date`: the group follows the date, which a scheduling verb then does not look ahead
  // to ("On Tuesday the club postponed the match": Tuesday is when it did).
  bool group(Scan& scan, std::size_t index, std::size_t* lo, std::size_t* hi, TenseCueHit* hit,
             bool after_date = false) const;
  TenseCueHit lexical_cue(std::string_view folded, std::size_t clause_begin, std::size_t clause_end, std::size_t begin,
                          std::size_t end, const std::uint32_t* origin, std::string_view original,
                          std::size_t* distance, std::size_t* found_begin, std::size_t* found_end) const;

  const VerbForms* m_verbs = nullptr;
  std::vector<CueSet> m_cues;  // pack order: on overlapping cues the earlier set wins
  std::unique_ptr<RE2> m_habitual;  // may be null
  std::array<bool, 256> m_breaks{};  // clause_breaks as a lookup table: checked byte by byte
  std::vector<std::string> m_title_abbreviations;  // "m", "dr": their full stop ends no clause
  WordTable m_words;  // coordinators, subordinators, group words, determiners... (tense.cpp)
  WordTable m_roles;  // folded lemmas of auxiliaries, modals, scheduling verbs
  // The same lemmas as the verb table spells them ("être"), found on the first lookup: the
  // analyses' lemmas are then matched without folding.
  mutable std::once_flag m_table_roles_once;
  mutable WordTable m_table_roles;
  const WordTable& table_roles() const;
};

}  // namespace evgraph::detail
