#include <doctest/doctest.h>

#include <evgraph/error.hpp>
#include <evgraph/language.hpp>
#include <evgraph/resources.hpp>
#include <evgraph/timex.hpp>

#include "test_support.hpp"

using namespace evgraph;

TEST_CASE("the shipped packs are the languages evgraph knows") {
  const Resources& resources = test::resources();
  CHECK(resources.languages() == std::vector<std::string>{"en", "fr"});
  CHECK(resources.default_language() == "fr");
  const LanguagePack& fr = resources.language("fr");
  CHECK(fr.name() == "français");
  CHECK(fr.calendar().months.size() == 12);
  CHECK(fr.locale().months[7] == "août");
  CHECK(fr.locale().type_name("ruling") == "Jugement");
  CHECK(resources.language("en").locale().type_name("meeting") == "Meeting");
  try {
    resources.language("xx");
    FAIL("expected an error");
  } catch (const ConfigError& e) {
    CHECK(std::string(e.what()).find("no language pack 'xx' (available: en, fr)") != std::string::npos);
  }
}

TEST_CASE("a pack in an overlay held in memory loads through the Env, month names from language.yaml") {
  MemoryEnv env;
  const std::string de = test::read_file(test::source_dir() / "tests/data/lang-de/data/lang/de/language.yaml");
  env.add_file("overlay/data/lang/de/language.yaml", de);
  for (const char* file : {"time.yaml", "triggers.yaml", "names.yaml"})
    env.add_file(std::string("overlay/data/lang/de/") + file,
                 test::read_file(test::source_dir() / "tests/data/lang-de/data/lang/de" / file));
  const Resources resources(env, DataStore("overlay", env));
  CHECK(resources.languages() == std::vector<std::string>{"de", "en", "fr"});
  const auto found = resources.language("de").tagger().tag("am 15. März 2025", *parse_iso_date("2025-03-20"));
  REQUIRE(found.size() == 1);
  CHECK(found[0].value == "2025-03-15");

  env.add_file("overlay/data/lang/de/language.yaml", de + "unexpected: 1\n");
  const Resources broken(env, DataStore("overlay", env));
  CHECK_THROWS_AS(broken.language("de"), ConfigError);
}
