#include <doctest/doctest.h>

#include <evgraph/error.hpp>
#include <evgraph/lexicon.hpp>

#include "test_support.hpp"

using namespace evgraph;

namespace {

std::vector<std::string> ids_in(const Lexicon& lexicon, const std::string& text) {
  std::vector<std::string> out;
  for (const Mention& m : lexicon.find(fold_text(text), text)) out.push_back(m.entity_id + "=" + m.text);
  return out;
}

const Lexicon& french() {
  static const Lexicon lexicon(DataStore{}, {}, "fr");
  return lexicon;
}

}  // namespace

TEST_CASE("lexicon matches ignore case and accents and follow aliases") {
  CHECK(ids_in(french(), "Poutine et Vladimir Putin, Kiev ou Kyiv, Steve Wítkoff") ==
        std::vector<std::string>{"actor:vladimir-putin=Poutine", "actor:vladimir-putin=Vladimir Putin", "place:kyiv=Kiev",
                                 "place:kyiv=Kyiv", "actor:steve-witkoff=Steve Wítkoff"});
  CHECK(ids_in(french(), "les Etats-Unis et l’administration americaine") ==
        std::vector<std::string>{"actor:united-states=Etats-Unis", "actor:united-states=administration americaine"});
  CHECK(ids_in(french(), "des missiles Tomahawks") == std::vector<std::string>{"proposal:tomahawk-transfer=missiles Tomahawks"});
}

TEST_CASE("capitalised forms need capitals in the text") {
  CHECK(ids_in(french(), "Let us be nice to US envoys in Nice") ==
        std::vector<std::string>{"actor:united-states=US", "place:nice=Nice"});
  CHECK(ids_in(french(), "la réunion de l'alliance") == std::vector<std::string>{});
  CHECK(ids_in(french(), "la réunion de l'Alliance") == std::vector<std::string>{"actor:nato=l'Alliance"});
}

TEST_CASE("a form glued by a hyphen to a word no form matched ends a longer name") {
  CHECK(ids_in(french(), "Météo-France et l'Île-de-France").empty());
  // Two names joined by a hyphen are both matched ("le sommet Ukraine-Russie").
  CHECK(ids_in(french(), "le sommet Ukraine-Russie") ==
        std::vector<std::string>{"actor:ukraine=Ukraine", "actor:russia=Russie"});
}

TEST_CASE("display names follow the corpus language") {
  const Lexicon english(DataStore{}, {}, "en");
  REQUIRE(english.find_entry("actor:united-states") != nullptr);
  CHECK(english.find_entry("actor:united-states")->entity.name == "United States");
  CHECK(french().find_entry("actor:united-states")->entity.name == "États-Unis");
  CHECK(french().find_entry("actor:germany")->entity.kind == "state");
}

TEST_CASE("user lexicons add entries, extend existing ones and are validated") {
  test::TempDir dir;
  test::write_file(dir.path() / "mine.yaml",
                   "actors:\n  - {name: Jeanne Martin, kind: person, aliases: [J. Martin]}\n"
                   "  - {id: united-states, aliases: [Oncle Sam]}\n"
                   "dates:\n  - {event: 'event:undated:meeting:alaska', value: 2025-08-15}\n"
                   "titles:\n  - {event: 'event:undated:meeting:alaska', title: 'Sommet Trump-Poutine en Alaska'}\n");
  const Lexicon lexicon(DataStore{}, {{"mine.yaml", test::read_file(dir.path() / "mine.yaml")}}, "fr");
  CHECK(ids_in(lexicon, "J. Martin et l'Oncle Sam") ==
        std::vector<std::string>{"actor:jeanne-martin=J. Martin", "actor:united-states=Oncle Sam"});
  CHECK(lexicon.pinned_dates().at("event:undated:meeting:alaska") == "2025-08-15");
  CHECK(lexicon.pinned_titles().at("event:undated:meeting:alaska") == "Sommet Trump-Poutine en Alaska");

  // A pinned title renders uncut or not at all: longer than 60 characters is refused.
  test::write_file(dir.path() / "long.yaml", "titles:\n  - {event: 'event:x', title: '" + std::string(61, 'x') + "'}\n");
  CHECK_THROWS_AS(Lexicon(DataStore{}, {{"long.yaml", test::read_file(dir.path() / "long.yaml")}}, "fr"), InputError);

  test::write_file(dir.path() / "bad.yaml", "actors:\n  - {name: X, kind: alien}\n");
  try {
    Lexicon bad(DataStore{}, {{(dir.path() / "bad.yaml").string(), test::read_file(dir.path() / "bad.yaml")}}, "fr");
    FAIL("expected an error");
  } catch (const InputError& e) {
    CHECK(std::string(e.what()).find("bad.yaml:2:") != std::string::npos);
  }
}

TEST_CASE("triggers match every inflected form of their lemmas, reflexives and nouns") {
  const TriggerSet& triggers = test::resources().language("fr").triggers();
  const std::string text = "Les chefs ont visité Kiev puis se sont tenues des rencontres; il rencontrera Poutine et la rencontre aura lieu.";
  FoldedText folded = fold_text(text);
  add_words(folded);
  std::vector<std::string> found;
  for (const auto& t : triggers.find(folded)) {
    const int index = t.verb >= 0 ? t.verb : t.noun;
    found.push_back(triggers.definitions()[static_cast<std::size_t>(index)].type + (t.verb >= 0 ? "/v" : "") +
                    (t.noun >= 0 ? "/n" : "") + "=" + text.substr(t.begin, t.end - t.begin));
  }
  std::string all;
  for (const auto& f : found) all += f + ";";
  CAPTURE(all);
  // Folded, "visité" is also the noun "visite" and "rencontres" the participle "rencontrés": the
  // clause reader decides which reading the sentence has.
  CHECK(found == std::vector<std::string>{"visit/v/n=visité", "meeting/v=tenues", "meeting/v/n=rencontres",
                                          "meeting/v=rencontrera", "meeting/v/n=rencontre", "meeting/v=aura lieu"});
  CHECK(test::resources().language("fr").locale().type_name("visit") == "Visite");
}

TEST_CASE("French public bodies named with lower-case words are whole names") {
  const auto audit = ids_in(french(), "Un rapport publié lundi par la Cour des comptes critique les dépenses.");
  CHECK(std::find(audit.begin(), audit.end(), "actor:cour-des-comptes=Cour des comptes") != audit.end());
  const auto competition = ids_in(french(), "L'Autorité de la concurrence a infligé une amende.");
  CHECK(std::find(competition.begin(), competition.end(),
                  "actor:autorite-de-la-concurrence=Autorité de la concurrence") != competition.end());
}
