// English forms, one check per form.
#include <doctest/doctest.h>

#include "time/timex_fixture.hpp"

using evgraph::test::find_timex;
using evgraph::test::tag;
using evgraph::test::value_of;

TEST_CASE("en absolute and partial dates") {
  CHECK(value_of("en", "March 15, 2025", "2024-12-03") == "2025-03-15");
  CHECK(value_of("en", "15 March 2025", "2024-12-03") == "2025-03-15");
  CHECK(value_of("en", "in March 2025", "2024-12-03") == "2025-03");
  // "March" may be a verb: after a preposition it is the month, and a year written after it is its year.
  const auto arrested = tag("en", "He was arrested in March 2022 at his home.", "2023-06-08");
  REQUIRE(arrested.size() == 1);
  CHECK(arrested[0].value == "2022-03");
  // "in March last year": after a preposition, an ambiguous month takes "last year" too.
  CHECK(value_of("en", "The court ruled in March last year that the law was void.", "2026-04-15") == "2025-03");
  // A quarter or a half as a modifier is the nearest one, whatever the tense (Monday 10 August 2026).
  CHECK(find_timex(tag("en", "Kessler will publish full second-quarter figures on Aug. 27.", "2026-08-10"), "second-quarter")
            .value == "2026-Q2");
  CHECK(value_of("en", "First-half sales fell.", "2026-08-10") == "2026-H1");
  // "of May" before a day number is no month alone: "May 23" is the date.
  CHECK(value_of("en", "Thieves broke in during the early hours of May 23, cutting a skylight.", "2026-06-16") ==
        "2026-05-23");
  CHECK(find_timex(tag("en", "Sales in May 23% higher.", "2026-06-16"), "in May").value == "2026-05");
  CHECK(value_of("en", "the 1990s", "2024-12-03") == "199X");
  CHECK(value_of("en", "Talks were held on March 15.", "2025-08-20") == "2025-03-15");
  CHECK(value_of("en", "Talks will be held on March 15.", "2025-08-20") == "2026-03-15");
  const auto late = find_timex(tag("en", "The summit is scheduled for late June.", "2024-12-03"), "June");
  CHECK(late.value == "2025-06");
  CHECK(late.mod == "END");
  CHECK(find_timex(tag("en", "mid-January", "2024-12-03"), "January").mod == "MID");
  CHECK(find_timex(tag("en", "earlier this month", "2024-12-03"), "month").value == "2024-12");
  CHECK(value_of("en", "in the spring of 2024", "2024-12-03") == "2024-SP");
  CHECK(value_of("en", "the first quarter of 2025", "2024-12-03") == "2025-Q1");
}

TEST_CASE("en relative expressions and weekdays") {
  CHECK(value_of("en", "yesterday", "2024-12-03") == "2024-12-02");
  CHECK(value_of("en", "last week", "2024-12-03") == "2024-W48");
  CHECK(value_of("en", "next month", "2024-12-03") == "2025-01");
  CHECK(value_of("en", "two days ago", "2024-12-03") == "2024-12-01");
  CHECK(value_of("en", "in ten days", "2024-12-03") == "2024-12-13");
  CHECK(value_of("en", "next year", "2024-12-03") == "2025");
  CHECK(value_of("en", "in recent weeks", "2024-12-03") == "PAST_REF");
  CHECK(value_of("en", "in the coming weeks", "2024-12-03") == "FUTURE_REF");
  const auto found = tag("en", "Ministers will meet on Tuesday and Wednesday. Zelensky insisted on Monday.", "2024-12-03");
  CHECK(find_timex(found, "Tuesday").value == "2024-12-03");
  CHECK(find_timex(found, "Wednesday").value == "2024-12-04");
  CHECK(find_timex(found, "Monday").value == "2024-12-02");
}

TEST_CASE("en times, durations, sets") {
  CHECK(value_of("en", "at 8 pm", "2024-12-03") == "2024-12-03T20:00");
  CHECK(value_of("en", "a 30-day truce", "2024-12-03") == "P30D");
  CHECK(value_of("en", "eight hours", "2024-12-03") == "PT8H");
  CHECK(value_of("en", "three weeks", "2024-12-03") == "P3W");
  const auto set = find_timex(tag("en", "every Monday at 8 pm", "2024-12-03"), "Monday");
  CHECK(set.value == "XXXX-WXX-1");
  CHECK(set.type == evgraph::TimexType::Set);
}

TEST_CASE("en negatives") {
  for (const char* text : {"Mon impression", "the Black Sea", "1,600 km", "50 %", "You may go.", "at the last minute",
                           "the Prime Minister", "2000 soldiers"}) {
    CAPTURE(text);
    CHECK(tag("en", text, "2024-12-03").empty());
  }
}

TEST_CASE("the date a decision takes effect lies ahead, and 'la veille' counts from the day on its verb's side") {
  CHECK(value_of("en", "The board appointed Jane Doe chief executive on Monday, effective Sept. 1.", "2026-01-24",
                 "Sept. 1") == "2026-09-01");
  const std::string text = "Le Capitole a nommé samedi Min-ji Park à la direction musicale, à compter du 1er septembre. "
                           "La nomination a été approuvée la veille par le conseil d'administration.";
  CHECK(value_of("fr", text, "2026-01-24", "du 1er septembre") == "2026-09-01");
  CHECK(value_of("fr", text, "2026-01-24", "la veille") == "2026-01-23");
}

TEST_CASE("en tense cues: contractions, and names after a French 'a' without accent") {
  // "Hull" is not a contraction of "will": the past "marched" governs.
  CHECK(value_of("en", "Supporters marched before Saturday's game against Hull City.", "2023-11-15") == "2023-11-11");
  CHECK(value_of("en", "We'll meet on Saturday.", "2023-11-15") == "2023-11-18");
  // Unaccented French: "a Carcassonne" is "à Carcassonne", so the future "devrait" governs.
  CHECK(value_of("fr", "Le Premier ministre devrait se rendre a Carcassonne vendredi.", "2025-07-23") == "2025-07-25");
}

TEST_CASE("en: 'early' and 'late' before a weekday are part of it, and a case adjourned to a date is adjourned ahead") {
  // Friday 23 October 2026.
  const auto late = tag("en", "Talks collapsed late Monday and workers were locked out early Tuesday.", "2026-10-23");
  CHECK(find_timex(late, "late Monday").value == "2026-10-19");
  CHECK(find_timex(late, "early Tuesday").value == "2026-10-20");
  CHECK(value_of("en", "The case was adjourned to Dec. 9.", "2026-10-23") == "2026-12-09");
  CHECK(value_of("en", "The hearing was deferred until Dec. 9.", "2026-10-23") == "2026-12-09");
  // A past verb of another kind still tells a past date.
  CHECK(value_of("en", "The case was heard on Dec. 9.", "2026-10-23") == "2025-12-09");
}
