// Text utilities every stage shares: UTF-8 checks, folding for case- and accent-blind matching
// with a map back to the original bytes, sentence splitting.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace evgraph {

// One code point read at a byte offset: U+FFFD for an invalid sequence, whose `length` is then 1,
// so a loop over a hostile text always advances.
struct CodePoint {
  char32_t code = 0;
  std::size_t length = 1;
  bool valid = true;
};
// REQUIRES: i < text.size(). The one UTF-8 decoder of the library (utf8proc underneath).
CodePoint code_point_at(std::string_view text, std::size_t i);
// Every code point of `text`, invalid bytes as U+FFFD.
std::u32string decode_utf8(std::string_view text);

// Byte offset of the first invalid UTF-8 sequence (overlong forms and surrogates included), or
// nullopt when `text` is valid.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

// Whether the character at byte `i` is a capital or title-case letter in Unicode's sense (Lu,
// Lt): "Łukasz", "Ștefan", "Зеленский" start with one, "łódź" does not.
bool capital_at(std::string_view text, std::size_t i);

// Line and column (1-based, column counted in characters) of a byte offset.
std::pair<int, int> line_column_at(std::string_view text, std::size_t offset);

// `text` safe to print on a terminal: C0 and C1 controls, DEL, U+2028/U+2029 and bidirectional
// controls become visible escapes (`\x1b`, `\n`, `\u{202e}`), bytes that are no UTF-8 `\xff`.
// Everything else, accents included, is kept as it is.
std::string terminal_text(std::string_view text);
// JSON text (valid, as nlohmann writes it) with the same characters written as JSON's `\u007f`
// escapes, which JSON readers decode to the same string.
std::string json_terminal_safe(std::string_view json);

struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// Folded text: lower case, accents removed, typographic apostrophes and quotes made ASCII,
// every kind of space made ' '. Mostly ASCII afterwards, so rules and lexicons stay simple.
struct FoldedText {
  std::string text;
  // origin[i] is the byte offset in the original text of the character that produced folded byte
  // i; origin[text.size()] is the original length. Lets a match on `text` map back to the source.
  std::vector<std::uint32_t> origin;
  // Word spans of `text` (runs of letters and digits), when the caller has filled them with
  // add_words: the matchers that walk words share one tokenisation. Empty otherwise.
  std::vector<Span> words;
  // std::hash<std::string_view> of each word, filled with `words`: every matcher looks a word up,
  // and hashing it once serves them all.
  std::vector<std::size_t> word_hashes;

  std::size_t original_begin(std::size_t folded_begin) const { return origin[folded_begin]; }
  // The end offset in the original for a folded range ending at `folded_end` (exclusive).
  std::size_t original_end(std::size_t folded_end) const;
};

FoldedText fold_text(std::string_view utf8);
// Fills folded.words and folded.word_hashes.
void add_words(FoldedText& folded);

// Folded form of a short string (a lexicon key); the same rules as fold_text.
std::string fold(std::string_view utf8);

// A folded word without its final plural mark, -s or -x ("ministres", "travaux"), or nullopt when
// it has none or when fewer than `min_stem` bytes would be left. The one place French and English
// plurals are undone for lookups.
std::optional<std::string_view> without_plural_mark(std::string_view folded, std::size_t min_stem = 1);

// Sentences of a text as byte ranges, trimmed of surrounding space. Splits after . ! ? and
// closing quotes before an upper-case letter, at blank lines, and at a missing space after a full
// stop ("résolution.Les"); keeps abbreviations ("M. Trump", "J.-C.") and numbers (1.5) whole.
// `abbreviations` (sorted, as written: "Mr", "Gen") are the short capitalised words that a full
// stop does not end a sentence after; without them every such word of up to three letters is.
std::vector<Span> split_sentences(std::string_view text, const std::vector<std::string>& abbreviations = {});

// `sentences` with every span longer than `max_bytes` cut into pieces of at most that size, at the
// last space before the limit (at the limit, on a UTF-8 boundary, when a piece has no space).
// Adds the number of spans cut to `*cut` when given. REQUIRES: max_bytes > 0.
std::vector<Span> bound_sentences(std::string_view text, const std::vector<Span>& sentences, std::size_t max_bytes,
                                  std::size_t* cut = nullptr);

// `text` (a sentence) clipped to at most `max_chars` code points around the bytes
// [focus_begin, focus_end) (a trigger), cut at spaces, with "…" where text was left out. The
// whole text when it is short enough or `max_chars` is 0.
std::string clip_around(std::string_view text, std::size_t focus_begin, std::size_t focus_end, std::size_t max_chars);

}  // namespace evgraph
