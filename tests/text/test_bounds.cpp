// Issue 15: long sentences read in pieces, quotes clipped around the trigger.
#include <doctest/doctest.h>

#include <evgraph/text.hpp>

#include <string>

using namespace evgraph;

namespace {

std::size_t chars_of(const std::string& text) {
  std::size_t n = 0;
  for (unsigned char c : text) n += (c & 0xC0) != 0x80;
  return n;
}

const std::string kEllipsis = "\xE2\x80\xA6";

}  // namespace

TEST_CASE("bound_sentences keeps short sentences and cuts long ones at spaces") {
  const std::string text = "Court. " + std::string(50, 'a') + " bb cc dd ee ff gg hh ii jj kk ll mm nn oo pp";
  const std::vector<Span> sentences{{0, 6}, {7, text.size()}};
  std::size_t cut = 0;
  const auto pieces = bound_sentences(text, sentences, 60, &cut);
  CHECK(cut == 1);
  REQUIRE(pieces.size() >= 3);
  CHECK(pieces[0].begin == 0);
  CHECK(pieces[0].end == 6);
  std::size_t covered = 0;
  for (std::size_t k = 1; k < pieces.size(); ++k) {
    CHECK(pieces[k].end - pieces[k].begin <= 60);
    CHECK(text[pieces[k].begin] != ' ');
    CHECK(text[pieces[k].end - 1] != ' ');
    covered += pieces[k].end - pieces[k].begin;
  }
  CHECK(covered >= text.size() - 7 - pieces.size());  // only spaces between pieces are dropped
  CHECK(pieces.back().end == text.size());
}

TEST_CASE("bound_sentences cuts a run without spaces on a UTF-8 boundary") {
  std::string text;
  for (int k = 0; k < 100; ++k) text += "\xC3\xA9";  // é, two bytes each
  const auto pieces = bound_sentences(text, {{0, text.size()}}, 51);
  REQUIRE(pieces.size() >= 4);
  for (const Span& piece : pieces) {
    CHECK(piece.end - piece.begin <= 51);
    CHECK((static_cast<unsigned char>(text[piece.begin]) & 0xC0) != 0x80);
  }
}

TEST_CASE("clip_around keeps a short text whole and clips a long one around the focus") {
  CHECK(clip_around("Une phrase courte.", 4, 10, 400) == "Une phrase courte.");
  std::string before, after;
  for (int k = 0; k < 50; ++k) before += "mot" + std::to_string(k) + " ";
  for (int k = 0; k < 50; ++k) after += " suite" + std::to_string(k);
  const std::string text = before + "RENCONTRÉ" + after;
  const std::size_t focus = before.size();
  const std::string quote = clip_around(text, focus, focus + 10, 80);
  CHECK(chars_of(quote) <= 80);
  CHECK(quote.find("RENCONTRÉ") != std::string::npos);
  CHECK(quote.rfind(kEllipsis, 0) == 0);
  CHECK(quote.compare(quote.size() - kEllipsis.size(), kEllipsis.size(), kEllipsis) == 0);
  // Whole words only: what follows the opening "…" starts a word of the text.
  const std::string inner = quote.substr(kEllipsis.size(), quote.size() - 2 * kEllipsis.size());
  CHECK(text.find(" " + inner + " ") != std::string::npos);
  CHECK(clip_around(text, focus, focus + 10, 0) == text);
}

TEST_CASE("clip_around at the start or end of a sentence leaves out only one side") {
  std::string text = "Macron";
  for (int k = 0; k < 100; ++k) text += " et encore";
  const std::string start = clip_around(text, 0, 6, 50);
  CHECK(start.rfind("Macron", 0) == 0);
  CHECK(chars_of(start) <= 50);
  const std::string end = clip_around(text, text.size() - 6, text.size(), 50);
  CHECK(end.rfind(kEllipsis, 0) == 0);
  CHECK(end.compare(end.size() - 6, 6, "encore") == 0);
  CHECK(chars_of(end) <= 50);
}

TEST_CASE("clip_around never splits a character and bounds a focus longer than the limit") {
  std::string text;
  for (int k = 0; k < 300; ++k) text += "\xC3\xA9";
  const std::string quote = clip_around(text, 100, 500, 40);
  CHECK(chars_of(quote) <= 40);
  CHECK(find_invalid_utf8(quote) == std::nullopt);
}
