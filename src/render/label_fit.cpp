#include "label_fit.hpp"

#include "text_util.hpp"

#include <algorithm>
#include <limits>

namespace evgraph::detail {
namespace {

// French sets a space before : ; ! ? and », which must not start a line: such a word is glued
// to the one before it.
bool glued_to_previous(std::string_view word) {
  return decode_utf8(word).size() <= 2 && (word.find_first_of(":;!?") == 0 || word.rfind("\xC2\xBB", 0) == 0);
}

// Words of `text`, with glued punctuation already joined to the word before.
std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> words;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view word = text.substr(start, end - start);
    if (!word.empty()) {
      if (!words.empty() && glued_to_previous(word))
        words.back() += " " + std::string(word);
      else
        words.emplace_back(word);
    }
    start = end + 1;
  }
  return words;
}

std::string join(const std::vector<std::string>& words, std::size_t from, std::size_t to) {
  std::string line;
  for (std::size_t i = from; i < to; ++i) line += (i > from ? " " : "") + words[i];
  return line;
}

}  // namespace

std::vector<std::string> wrap_to_width(const RenderStyle& style, std::string_view text, double font_px, double max_px,
                                       int max_lines, LineCount count) {
  const std::string clean = clean_text(text);
  if (count == LineCount::fewest && style.text_width(clean, font_px) <= max_px) return {clean};
  const std::vector<std::string> words = words_of(clean);
  const std::size_t n = words.size();
  const auto lines_allowed = static_cast<std::size_t>(std::max(1, max_lines));
  if (n < 2 || lines_allowed < 2) {
    if (style.text_width(clean, font_px) <= max_px) return {clean};
    return {};
  }
  // width[i][j]: px of words i..j-1 on one line. Titles are short, so n² is nothing.
  std::vector<std::vector<double>> width(n, std::vector<double>(n + 1, 0));
  const double space = style.text_width(" ", font_px);
  for (std::size_t i = 0; i < n; ++i) {
    double w = 0;
    for (std::size_t j = i; j < n; ++j) {
      w += (j > i ? space : 0) + style.text_width(words[j], font_px);
      width[i][j + 1] = w;
    }
  }
  // best[k][j]: the narrowest widest line setting words 0..j-1 on k lines; from[k][j] where the
  // last of those lines starts.
  constexpr double kNone = std::numeric_limits<double>::infinity();
  std::vector<std::vector<double>> best(lines_allowed + 1, std::vector<double>(n + 1, kNone));
  std::vector<std::vector<std::size_t>> from(lines_allowed + 1, std::vector<std::size_t>(n + 1, 0));
  best[0][0] = 0;
  for (std::size_t k = 1; k <= lines_allowed; ++k) {
    for (std::size_t j = 1; j <= n; ++j)
      for (std::size_t i = k - 1; i < j; ++i) {
        if (best[k - 1][i] == kNone || width[i][j] > max_px) continue;
        const double widest = std::max(best[k - 1][i], width[i][j]);
        if (widest < best[k][j]) {
          best[k][j] = widest;
          from[k][j] = i;
        }
      }
    const bool last = k == lines_allowed || k == n;
    if (best[k][n] != kNone && (count == LineCount::fewest || last)) {
      std::vector<std::string> lines(k);
      std::size_t end = n;
      for (std::size_t line = k; line > 0; --line) {
        const std::size_t start = from[line][end];
        lines[line - 1] = join(words, start, end);
        end = start;
      }
      return lines;
    }
  }
  return {};
}

FittedLabel fit_label(const RenderStyle& style, std::string_view text, double font_px, double max_px, int max_lines) {
  FittedLabel out;
  out.lines = wrap_to_width(style, text, font_px, max_px, max_lines);
  if (out.lines.empty()) {
    // Fill the lines greedily and cut the last one: a long title keeps its beginning.
    const std::vector<std::string> words = words_of(clean_text(text));
    std::string line;
    std::size_t i = 0;
    while (i < words.size() && static_cast<int>(out.lines.size()) + 1 < std::max(1, max_lines)) {
      const std::string longer = line.empty() ? words[i] : line + " " + words[i];
      if (style.text_width(longer, font_px) <= max_px) {
        line = longer;
        ++i;
      } else if (line.empty()) {
        break;  // a word wider than the room: it goes to the cut last line
      } else {
        out.lines.push_back(line);
        line.clear();
      }
    }
    const std::string rest = join(words, i, words.size());
    out.lines.push_back(fit_width(style, line.empty() ? rest : line + " " + rest, font_px, max_px));
    out.cut = true;
  }
  for (const std::string& line : out.lines) out.width = std::max(out.width, style.text_width(line, font_px));
  return out;
}

}  // namespace evgraph::detail
