#include "time/tense.hpp"

#include "time/pattern_compiler.hpp"

#include <evgraph/error.hpp>

#include <algorithm>

namespace evgraph::detail {
namespace {

Tense tense_of(const std::string& name) {
  if (name == "past") return Tense::Past;
  if (name == "future") return Tense::Future;
  return Tense::Present;
}

}  // namespace

const char* to_string(Tense tense) {
  switch (tense) {
    case Tense::Past: return "past";
    case Tense::Present: return "present";
    case Tense::Future: return "future";
    case Tense::None: break;
  }
  return "none";
}

TenseFinder::TenseFinder(const RulePack& pack) {
  for (char c : pack.clause_breaks) m_breaks[static_cast<unsigned char>(c)] = true;
  m_break_words = pack.clause_break_words;
  for (const auto& cue : pack.tense_cues) {
    auto regex = std::make_unique<RE2>(cue.regex, timex_re2_options(false));
    if (!regex->ok()) throw ConfigError(SourceLocation{pack.file, cue.line, cue.column}, "tense cue: " + regex->error());
    m_cues.push_back(CueSet{tense_of(cue.tense), cue.ascii_start, std::move(regex)});
  }
}

TenseCueHit TenseFinder::find(std::string_view folded, std::size_t begin, std::size_t end, const std::uint32_t* origin,
                              std::string_view original) const {
  // A clause longer than kReach on either side is run-on text (tables, lists): farther cues are
  // unlikely to govern the expression.
  constexpr std::size_t kReach = 300;
  const std::size_t lowest = begin > kReach ? begin - kReach : 0;
  const std::size_t highest = std::min(folded.size(), end + kReach);
  std::size_t clause_begin = begin;
  while (clause_begin > lowest && !m_breaks[static_cast<unsigned char>(folded[clause_begin - 1])]) --clause_begin;
  std::size_t clause_end = end;
  while (clause_end < highest && !m_breaks[static_cast<unsigned char>(folded[clause_end])]) ++clause_end;
  // "ont rejeté hier ... et maintiennent leur appel à la grève du 17 au 19 février": the verb
  // of a coordinated clause does not govern the other clause's dates.
  // Searched only inside the clause window, so the cost stays bounded by kReach per expression.
  for (const auto& word : m_break_words) {
    const std::string_view left = folded.substr(clause_begin, begin - clause_begin);
    const std::size_t before = left.rfind(word);
    if (before != std::string_view::npos) clause_begin += before + word.size();
    const std::string_view right = folded.substr(end, clause_end - end);
    const std::size_t after = right.find(word);
    if (after != std::string_view::npos) clause_end = end + after;
  }

  TenseCueHit best;
  std::size_t best_distance = std::string::npos;
  std::size_t best_begin = 0;
  std::size_t best_end = 0;
  const re2::StringPiece text(folded.data(), folded.size());
  for (const auto& set : m_cues) {
    std::size_t position = clause_begin;
    re2::StringPiece match;
    while (position < clause_end &&
           set.regex->Match(text, position, clause_end, RE2::UNANCHORED, &match, 1)) {
      const auto cue_begin = static_cast<std::size_t>(match.data() - folded.data());
      const std::size_t cue_end = cue_begin + match.size();
      position = cue_end > cue_begin ? cue_end : cue_begin + 1;
      if (cue_end > begin && cue_begin < end) continue;  // inside the expression itself
      if (set.ascii_start && origin && origin[cue_begin] < original.size() &&
          static_cast<unsigned char>(original[origin[cue_begin]]) >= 0x80)
        continue;
      // Text written without accents loses the "à" / "a" difference; a capitalised word after it
      // ("a Carcassonne") is a name, not a participle.
      if (set.ascii_start && origin) {
        const std::size_t last_word = folded.find_last_of(' ', cue_end - 1);
        if (last_word != std::string_view::npos && last_word + 1 < cue_end && origin[last_word + 1] < original.size()) {
          const auto c = static_cast<unsigned char>(original[origin[last_word + 1]]);
          if (c >= 'A' && c <= 'Z') continue;
        }
      }
      const bool overlaps_best = best.tense != Tense::None && cue_begin < best_end && best_begin < cue_end;
      if (overlaps_best) continue;
      const std::size_t distance = cue_end <= begin ? begin - cue_end : cue_begin - end;
      if (distance < best_distance) {
        best_distance = distance;
        best_begin = cue_begin;
        best_end = cue_end;
        best = TenseCueHit{set.tense, std::string(match.data(), match.size())};
      }
    }
  }
  return best;
}

}  // namespace evgraph::detail
