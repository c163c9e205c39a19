#include "time/scanner.hpp"

#include <evgraph/error.hpp>

#include <algorithm>

namespace evgraph::detail {

Scanner::Scanner(const std::vector<CompiledPattern>& patterns) {
  std::string combined;
  m_set = std::make_unique<RE2::Set>(timex_re2_options(true), RE2::ANCHOR_BOTH);
  for (const auto& pattern : patterns) {
    if (!combined.empty()) combined.push_back('|');
    combined += "(?:" + pattern.scan_source + ")";
    std::string error;
    if (m_set->Add(pattern.scan_source, &error) < 0)
      throw ConfigError(SourceLocation{pattern.file, pattern.line, pattern.column}, "pattern '" + pattern.name + "': " + error);
  }
  if (!m_set->Compile()) throw ConfigError(SourceLocation{}, "the temporal patterns are too large to compile together");
  std::vector<int> empty;
  if (m_set->Match(re2::StringPiece(), &empty) && !empty.empty()) {
    const CompiledPattern& pattern = patterns[static_cast<std::size_t>(*std::min_element(empty.begin(), empty.end()))];
    throw ConfigError(SourceLocation{pattern.file, pattern.line, pattern.column}, "pattern '" + pattern.name + "' matches the empty string");
  }
  m_combined = std::make_unique<RE2>(combined, timex_re2_options(true));
  if (!m_combined->ok()) throw ConfigError(SourceLocation{}, "combined temporal pattern: " + m_combined->error());
}

bool Scanner::next(std::string_view text, std::size_t from, std::size_t* begin, std::size_t* end) const {
  re2::StringPiece match;
  const re2::StringPiece input(text.data(), text.size());
  if (!m_combined->Match(input, from, text.size(), RE2::UNANCHORED, &match, 1)) return false;
  *begin = static_cast<std::size_t>(match.data() - text.data());
  *end = *begin + match.size();
  return true;
}

bool Scanner::shorter(std::string_view text, std::size_t begin, std::size_t limit, std::size_t* end) const {
  if (limit <= begin) return false;
  re2::StringPiece match;
  const re2::StringPiece input(text.data(), text.size());
  if (!m_combined->Match(input, begin, limit, RE2::ANCHOR_START, &match, 1) || match.empty()) return false;
  *end = begin + match.size();
  return true;
}

void Scanner::which(std::string_view span, std::vector<int>* indices) const {
  indices->clear();
  m_set->Match(re2::StringPiece(span.data(), span.size()), indices);
  std::sort(indices->begin(), indices->end());
}

}  // namespace evgraph::detail
