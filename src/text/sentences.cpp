#include <evgraph/text.hpp>

#include <algorithm>
#include <cctype>

namespace evgraph {
namespace {

bool is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }


// Opening quotes and dashes that may start a sentence: " « “ ‘ ' — -.
std::size_t skip_openers(std::string_view text, std::size_t i) {
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '"' || c == '\'' || c == '(' || c == '-') {
      ++i;
    } else if (text.compare(i, 2, "\xC2\xAB") == 0) {  // «
      i += 2;
    } else if (text.compare(i, 3, "\xE2\x80\x9C") == 0 || text.compare(i, 3, "\xE2\x80\x98") == 0 ||
               text.compare(i, 3, "\xE2\x80\x94") == 0) {  // “ ‘ —
      i += 3;
    } else if (text.compare(i, 2, "\xC2\xA0") == 0) {
      i += 2;
    } else if (c == ' ') {
      ++i;
    } else {
      break;
    }
  }
  return i;
}

// Closing quotes and brackets that belong to the sentence that just ended, with the space French
// puts before a closing guillemet ("… fin. »").
std::size_t skip_closers(std::string_view text, std::size_t i) {
  while (i < text.size()) {
    std::size_t spaced = i;
    while (spaced < text.size() && text[spaced] == ' ') ++spaced;
    if (text.compare(spaced, 2, "\xC2\xA0") == 0) spaced += 2;
    if (spaced != i && text.compare(spaced, 2, "\xC2\xBB") == 0) i = spaced;
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '"' || c == '\'' || c == ')') {
      ++i;
    } else if (text.compare(i, 2, "\xC2\xBB") == 0) {  // »
      i += 2;
    } else if (text.compare(i, 3, "\xE2\x80\x9D") == 0 || text.compare(i, 3, "\xE2\x80\x99") == 0) {
      i += 3;
    } else {
      break;
    }
  }
  return i;
}

// The word before a full stop is an abbreviation or an initial ("M.", "Mme.", "Dr.", "J.")
// when it is a capital followed by at most two lower-case letters, and, where the language lists
// its abbreviations, one of them or a lone initial ("in May." ends a sentence in English).
bool ends_with_abbreviation(std::string_view text, std::size_t dot, const std::vector<std::string>& abbreviations) {
  std::size_t start = dot;
  while (start > 0 && std::isalpha(static_cast<unsigned char>(text[start - 1]))) --start;
  const std::size_t length = dot - start;
  if (length == 0) return false;
  if (!std::isupper(static_cast<unsigned char>(text[start]))) return false;
  if (length == 1) return true;
  const std::string_view word = text.substr(start, length);
  if (!abbreviations.empty()) return std::binary_search(abbreviations.begin(), abbreviations.end(), word);
  if (length > 3) return false;
  for (std::size_t k = start + 1; k < dot; ++k)
    if (!std::islower(static_cast<unsigned char>(text[k]))) return false;
  return true;
}

void push_trimmed(std::string_view text, std::size_t begin, std::size_t end, std::vector<Span>& out) {
  while (begin < end && is_space(static_cast<unsigned char>(text[begin]))) ++begin;
  while (end > begin && is_space(static_cast<unsigned char>(text[end - 1]))) --end;
  if (end > begin) out.push_back({begin, end});
}

}  // namespace

std::vector<Span> split_sentences(std::string_view text, const std::vector<std::string>& abbreviations) {
  std::vector<Span> out;
  std::size_t start = 0;
  const std::size_t size = text.size();
  for (std::size_t i = 0; i < size; ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      // A line break ends a sentence unless the line was hard-wrapped mid-sentence (no final
      // punctuation and the next line goes on in lower case).
      std::size_t next = i + 1;
      while (next < size && (text[next] == ' ' || text[next] == '\t' || text[next] == '\r')) ++next;
      const bool wrapped = next < size && std::islower(static_cast<unsigned char>(text[next])) &&
                           i > start && std::isalpha(static_cast<unsigned char>(text[i - 1]));
      if (!wrapped) {
        push_trimmed(text, start, i, out);
        start = i + 1;
      }
      continue;
    }
    // Tested first on its lead byte: this loop visits every byte of every document.
    const bool ellipsis = c == 0xE2 && text.compare(i, 3, "\xE2\x80\xA6") == 0;
    if (c != '.' && c != '!' && c != '?' && !ellipsis) continue;
    std::size_t after = ellipsis ? i + 3 : i + 1;
    while (after < size && (text[after] == '.' || text[after] == '!' || text[after] == '?')) ++after;
    after = skip_closers(text, after);
    if (after >= size) break;
    const bool spaced = is_space(static_cast<unsigned char>(text[after])) || text.compare(after, 2, "\xC2\xA0") == 0;
    const std::size_t next_word = skip_openers(text, after);
    bool boundary = false;
    if (spaced) {
      boundary = capital_at(text, next_word) ||
                 (next_word < size && std::isdigit(static_cast<unsigned char>(text[next_word])));
      if (c == '.' && ends_with_abbreviation(text, i, abbreviations)) boundary = false;
    } else if (c == '.' && i >= 2 && std::islower(static_cast<unsigned char>(text[i - 1])) &&
               std::islower(static_cast<unsigned char>(text[i - 2]))) {
      boundary = capital_at(text, after);  // "résolution.Les": a missing space
    }
    if (boundary) {
      push_trimmed(text, start, after, out);
      start = after;
      i = after - 1;
    }
  }
  push_trimmed(text, start, size, out);
  return out;
}

}  // namespace evgraph
