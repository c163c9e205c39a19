// Bounds on what one sentence can cost: long spans cut into pieces, quotes clipped. Both keep to
// UTF-8 boundaries and prefer spaces, so no word and no character is split when avoidable.
#include <evgraph/text.hpp>

#include <algorithm>

namespace evgraph {
namespace {

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The end of a piece starting at `begin` and at most `max_bytes` long, inside [begin, end).
std::size_t piece_end(std::string_view text, std::size_t begin, std::size_t end, std::size_t max_bytes) {
  if (end - begin <= max_bytes) return end;
  std::size_t limit = begin + max_bytes;
  for (std::size_t k = limit; k > begin + max_bytes / 2; --k)
    if (is_space(text[k])) return k;
  while (limit > begin + 1 && is_continuation(static_cast<unsigned char>(text[limit]))) --limit;
  return limit;
}

// Moves `k` forward past UTF-8 continuation bytes, to the start of a code point.
std::size_t align_forward(std::string_view text, std::size_t k) {
  while (k < text.size() && is_continuation(static_cast<unsigned char>(text[k]))) ++k;
  return k;
}

// `count` code points back from `from`, not below `floor`.
std::size_t back_chars(std::string_view text, std::size_t from, std::size_t count, std::size_t floor) {
  std::size_t k = from;
  while (count > 0 && k > floor) {
    --k;
    if (!is_continuation(static_cast<unsigned char>(text[k]))) --count;
  }
  return k;
}

// `count` code points forward from `from`.
std::size_t forward_chars(std::string_view text, std::size_t from, std::size_t count) {
  std::size_t k = from;
  while (count > 0 && k < text.size()) {
    ++k;
    k = align_forward(text, k);
    --count;
  }
  return k;
}

std::size_t count_chars(std::string_view text, std::size_t begin, std::size_t end) {
  std::size_t n = 0;
  for (std::size_t k = begin; k < end; ++k) n += !is_continuation(static_cast<unsigned char>(text[k]));
  return n;
}

}  // namespace

std::vector<Span> bound_sentences(std::string_view text, const std::vector<Span>& sentences, std::size_t max_bytes,
                                  std::size_t* cut) {
  std::vector<Span> out;
  out.reserve(sentences.size());
  for (const Span& sentence : sentences) {
    if (sentence.end - sentence.begin <= max_bytes) {
      out.push_back(sentence);
      continue;
    }
    if (cut) ++*cut;
    for (std::size_t begin = sentence.begin; begin < sentence.end;) {
      const std::size_t end = piece_end(text, begin, sentence.end, max_bytes);
      std::size_t first = begin, last = end;
      while (first < last && is_space(text[first])) ++first;
      while (last > first && is_space(text[last - 1])) --last;
      if (first < last) out.push_back({first, last});
      begin = end;
    }
  }
  return out;
}

std::string clip_around(std::string_view text, std::size_t focus_begin, std::size_t focus_end, std::size_t max_chars) {
  static const std::string kEllipsis = "\xE2\x80\xA6";
  if (max_chars == 0 || text.size() <= max_chars) return std::string(text);  // bytes >= characters
  focus_begin = std::min(focus_begin, text.size());
  focus_end = std::clamp(focus_end, focus_begin, text.size());
  // A window of max_chars around the focus (the focus itself clipped when longer), counted
  // locally: a sentence of megabytes costs no more than a short one.
  const std::size_t budget = max_chars > 2 ? max_chars - 2 : max_chars;  // room for the two "…"
  const std::size_t focus_chars = std::min(count_chars(text, focus_begin, std::min(focus_end, forward_chars(text, focus_begin, budget))), budget);
  const std::size_t side = (budget - focus_chars) / 2;
  std::size_t begin = back_chars(text, focus_begin, side, 0);
  std::size_t end = forward_chars(text, focus_begin, focus_chars + side + (side - count_chars(text, begin, focus_begin)));
  if (begin == 0 && end >= text.size()) return std::string(text);
  // Whole words: start after a space, end before one, unless that would leave the focus out.
  if (begin > 0 && !is_space(text[begin - 1])) {
    std::size_t k = begin;
    while (k < focus_begin && !is_space(text[k])) ++k;
    if (k < focus_begin) begin = k + 1;
  }
  if (end < text.size() && !is_space(text[end])) {
    std::size_t k = end;
    while (k > focus_end && !is_space(text[k - 1])) --k;
    if (k > focus_end) end = k - 1;
  }
  while (begin < end && is_space(text[begin])) ++begin;
  while (end > begin && is_space(text[end - 1])) --end;
  std::string out;
  if (begin > 0) out += kEllipsis;
  out.append(text.substr(begin, end - begin));
  if (end < text.size()) out += kEllipsis;
  return out;
}

}  // namespace evgraph
