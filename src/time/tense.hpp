// Tense of the clause around a temporal expression, from the verb cues of the rule pack
// (auxiliaries + participles, future and conditional endings, modals): the nearest cue wins.
#pragma once

#include "time/rule_pack.hpp"

#include <re2/re2.h>

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace evgraph::detail {

enum class Tense { None, Past, Present, Future };
const char* to_string(Tense tense);

struct TenseCueHit {
  Tense tense = Tense::None;
  std::string cue;  // the folded cue text, for explanations
};

class TenseFinder {
 public:
  explicit TenseFinder(const RulePack& pack);
  // The cue nearest to folded [begin, end) inside its clause; Tense::None without one.
  // `origin`/`original` (may be null/empty) let ascii_start cues check the original spelling.
  TenseCueHit find(std::string_view folded, std::size_t begin, std::size_t end, const std::uint32_t* origin = nullptr,
                   std::string_view original = {}) const;

 private:
  struct CueSet {
    Tense tense;
    bool ascii_start;
    std::unique_ptr<RE2> regex;
  };
  std::vector<CueSet> m_cues;  // pack order: on overlapping cues the earlier set wins
  std::array<bool, 256> m_breaks{};  // clause_breaks as a lookup table: checked byte by byte
  std::vector<std::string> m_break_words;  // " et ", " and ": a coordinated clause has its own verb
};

}  // namespace evgraph::detail
