// Turns a rule pack's patterns into RE2 programs: {placeholder} expansion from the vocabularies
// and fragments, one capturing program per pattern and a capture-free copy for the combined scan.
#pragma once

#include "time/rule_pack.hpp"

#include <re2/re2.h>

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace evgraph::detail {

enum class ResolverKind {
  AbsoluteDate, DayList, Range, Year, Decade, Month, Weekday, WeekdayDay, RelativeDay, AnchoredDay,
  RelativeUnit, Offset, PartOfPeriod, Season, Quarter, Duration, TimeOfDay, PartOfDay, Set, Ref,
  Holiday, DayOfMonth, OrdinalInMonth, Weekend, Century, Ignore
};
std::optional<ResolverKind> resolver_kind(std::string_view name);

// Folded form -> value, per vocabulary.
class Vocabulary {
 public:
  explicit Vocabulary(const RulePack& pack);
  // Value of `text` (as captured) in vocabulary `name`; nullopt when absent.
  const std::string* find(const std::string& name, std::string_view text) const;
  bool has(const std::string& name) const { return m_tables.count(name) != 0; }

 private:
  // Per vocabulary, (form, value) sorted by form: looked up with the captured text as it is.
  std::unordered_map<std::string, std::vector<std::pair<std::string, std::string>>> m_tables;
};

struct CompiledPattern {
  std::string name;
  ResolverKind resolver = ResolverKind::Ref;
  std::string file;  // where the pattern is written, for messages
  int line = 0;
  int column = 0;
  std::string source;                     // with named groups; compiled on first use (regex())
  std::string scan_source;                // the same without capturing groups
  std::vector<std::string> group_names;   // index i holds group i+1
  // For each group, the vocabularies its text may come from (a placeholder names one; a fragment
  // may reference several).
  std::vector<std::vector<std::string>> group_vocabs;
  std::unique_ptr<RE2> not_before;  // anchored at the end of the preceding text
  std::unique_ptr<RE2> requires_before;  // the same, a condition instead of a veto
  std::unique_ptr<RE2> requires_after;   // anchored at the start of the following text
  std::unique_ptr<RE2> not_after;   // anchored at the start of the following text
  bool not_after_name = false;      // params after_name: no ("Ouaga 2000"), read once per match
  std::unordered_map<std::string, std::string> params;

  int group_index(std::string_view group) const;  // 1-based, 0 when absent
  std::string param(const std::string& key, const std::string& fallback = "") const;
  // The program with named groups, compiled on first use: a run compiles only the patterns its
  // text reaches. The source was checked when the pack was loaded (the scanner's set compiles
  // the same text). Thread-safe.
  const RE2& regex() const;

 private:
  mutable std::unique_ptr<std::once_flag> m_once = std::make_unique<std::once_flag>();
  mutable std::unique_ptr<RE2> m_regex;
};

// Throws ConfigError (pack file, line of the pattern) on unknown placeholders, resolvers or
// regexes RE2 rejects.
std::vector<CompiledPattern> compile_patterns(const RulePack& pack);

// RE2 options every timex program uses: byte-oriented Latin-1 is wrong for folded UTF-8, so UTF-8,
// case-sensitive (the text is folded), and a memory budget for the large combined program.
RE2::Options timex_re2_options(bool longest_match);

// Regex source of a list of folded literal forms, longest first.
std::string alternation_of(const std::vector<std::string>& forms);

}  // namespace evgraph::detail
