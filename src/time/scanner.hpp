// Finds candidate spans fast: one combined, capture-free RE2 (leftmost-longest) walks the text
// with its DFA; only on a hit does an RE2::Set, run on the short span, say which patterns match it.
#pragma once

#include "time/pattern_compiler.hpp"

#include <re2/re2.h>
#include <re2/set.h>

#include <memory>
#include <string_view>
#include <vector>

namespace evgraph::detail {

class Scanner {
 public:
  // `patterns` must outlive the scanner.
  explicit Scanner(const std::vector<CompiledPattern>& patterns);

  // Calls accept(pattern_index, begin, end) for candidate spans, left to right, patterns of a
  // span in pack order, until one returns true; the scan then resumes after that span. When no
  // pattern accepts a span, shorter spans from the same start are offered before moving on.
  template <typename Accept>
  void scan(std::string_view text, Accept&& accept) const;

 private:
  bool next(std::string_view text, std::size_t from, std::size_t* begin, std::size_t* end) const;
  bool shorter(std::string_view text, std::size_t begin, std::size_t limit, std::size_t* end) const;
  void which(std::string_view span, std::vector<int>* indices) const;

  std::unique_ptr<RE2> m_combined;
  std::unique_ptr<RE2::Set> m_set;
};

template <typename Accept>
void Scanner::scan(std::string_view text, Accept&& accept) const {
  std::vector<int> indices;
  std::size_t position = 0;
  std::size_t begin = 0;
  std::size_t end = 0;
  while (position < text.size() && next(text, position, &begin, &end)) {
    bool accepted = false;
    while (!accepted && end > begin) {
      which(text.substr(begin, end - begin), &indices);
      for (int index : indices)
        if ((accepted = accept(index, begin, end))) break;
      if (!accepted && !shorter(text, begin, end - 1, &end)) break;
    }
    position = accepted ? end : begin + 1;
  }
}

}  // namespace evgraph::detail
