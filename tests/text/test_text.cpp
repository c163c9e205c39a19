#include <doctest/doctest.h>

#include <evgraph/text.hpp>

using namespace evgraph;

namespace {

std::vector<std::string> sentences_of(const std::string& text) {
  std::vector<std::string> out;
  for (const Span& span : split_sentences(text)) out.push_back(text.substr(span.begin, span.end - span.begin));
  return out;
}

}  // namespace

TEST_CASE("folding removes case and accents and keeps a map to the original bytes") {
  const std::string text = "Le Président À l’Élysée — « Œuvre »";
  const FoldedText folded = fold_text(text);
  CHECK(folded.text == "le president a l'elysee - \" oeuvre \"");
  const auto at = folded.text.find("elysee");
  CHECK(text.substr(folded.original_begin(at), folded.original_end(at + 6) - folded.original_begin(at)) == "Élysée");
  CHECK(folded.origin.back() == text.size());
  CHECK(fold("Wítkoff") == "witkoff");
  CHECK(fold("KYÏV") == "kyiv");
  CHECK(fold("a\xC2\xA0" "b") == "a b");
}

TEST_CASE("UTF-8 validation finds the first bad byte") {
  CHECK_FALSE(find_invalid_utf8("déjà vu ✓ 😀").has_value());
  CHECK(find_invalid_utf8("ab\xE9" "cd").value() == 2);
  CHECK(find_invalid_utf8("\xC0\xAF").value() == 0);        // overlong '/'
  CHECK(find_invalid_utf8("\xED\xA0\x80").value() == 0);    // surrogate
  CHECK(find_invalid_utf8("ok\xE2\x82").value() == 2);      // truncated
  CHECK(line_column_at("ab\ncdé\xFF", 6) == std::pair<int, int>{2, 4});
}

TEST_CASE("sentences split at stops, blank lines and missing spaces, not at abbreviations") {
  CHECK(sentences_of("M. Trump est arrivé. Il a parlé ! Puis ?  Fin") ==
        std::vector<std::string>{"M. Trump est arrivé.", "Il a parlé !", "Puis ?", "Fin"});
  CHECK(sentences_of("la résolution.Les sources indiquent 1.5 % de hausse.") ==
        std::vector<std::string>{"la résolution.", "Les sources indiquent 1.5 % de hausse."});
  CHECK(sentences_of("Titre sans point\nLe texte commence. « Citation. » Suite.") ==
        std::vector<std::string>{"Titre sans point", "Le texte commence.", "« Citation. »", "Suite."});
  CHECK(sentences_of("une ligne coupée\nau milieu.") == std::vector<std::string>{"une ligne coupée\nau milieu."});
}

TEST_CASE("where a language lists its abbreviations, another short capitalised word ends a sentence") {
  const std::vector<std::string> abbreviations{"Gen", "Mr", "Va"};
  const std::string text = "ALEXANDRIA, Va. (AP) - Gen. Smith met Mr. Jones in May. The talks went on with Xi. He left.";
  std::vector<std::string> out;
  for (const Span& span : split_sentences(text, abbreviations)) out.push_back(text.substr(span.begin, span.end - span.begin));
  CHECK(out == std::vector<std::string>{"ALEXANDRIA, Va. (AP) - Gen. Smith met Mr. Jones in May.",
                                        "The talks went on with Xi.", "He left."});
  // Without the list, "May." is taken for an abbreviation, as before.
  CHECK(sentences_of("They met in May. The talks went on.").size() == 1);
}

TEST_CASE("capitals are Unicode's: Polish, Romanian and Cyrillic names start with one") {
  CHECK(capital_at("Łukasz", 0));
  CHECK_FALSE(capital_at("łódź", 0));
  CHECK(capital_at("Ștefan", 0));
  CHECK(capital_at("Зеленский", 0));
  CHECK_FALSE(capital_at("зеленский", 0));
  CHECK(capital_at("Élysée", 0));
  CHECK_FALSE(capital_at("\xC5", 0));  // a truncated sequence is no letter
}

TEST_CASE("one decoder: invalid bytes become U+FFFD and every form of bad UTF-8 is found") {
  CHECK(decode_utf8("a\xC3\xA9\xFF") == std::u32string{U'a', U'\u00E9', U'\uFFFD'});
  CHECK(find_invalid_utf8("\xC0\xAF") == std::optional<std::size_t>(0));          // overlong '/'
  CHECK(find_invalid_utf8("ok \xED\xA0\x80") == std::optional<std::size_t>(3));   // a surrogate
  CHECK(find_invalid_utf8("\xF4\x90\x80\x80") == std::optional<std::size_t>(0));  // past U+10FFFF
  CHECK_FALSE(find_invalid_utf8("Łódź, Ștefan, Зеленский, 🚀").has_value());
}

TEST_CASE("a plural mark comes off a word only when enough of it is left") {
  CHECK(without_plural_mark("ministres") == std::optional<std::string_view>("ministre"));
  CHECK(without_plural_mark("travaux") == std::optional<std::string_view>("travau"));
  CHECK_FALSE(without_plural_mark("ministre"));
  CHECK_FALSE(without_plural_mark("s"));
  CHECK_FALSE(without_plural_mark("as", 3));   // not "a" for "as"
  CHECK_FALSE(without_plural_mark("les", 3));
  CHECK(without_plural_mark("mots", 3) == std::optional<std::string_view>("mot"));
}
