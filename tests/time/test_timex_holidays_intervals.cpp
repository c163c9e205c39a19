// Holidays (fixed and computed), open intervals (TIMEX3 BEFORE / AFTER / ON_OR_* mods), day
// numbers without a month, and "lundi en huit", in French and English, with negatives.
#include <doctest/doctest.h>

#include "time/timex_fixture.hpp"

using evgraph::test::find_timex;
using evgraph::test::tag;
using evgraph::test::value_of;

TEST_CASE("fr fixed holidays follow the tense policy") {
  CHECK(value_of("fr", "Noël", "2025-11-21") == "2025-12-25");  // nearest
  CHECK(value_of("fr", "Il est rentré pour Noël.", "2025-11-21") == "2024-12-25");  // past cue
  CHECK(value_of("fr", "Ils se retrouveront à Noël.", "2025-01-10") == "2025-12-25");  // future cue
  CHECK(value_of("fr", "le jour de l'an", "2025-11-21") == "2026-01-01");
  CHECK(value_of("fr", "la Saint-Sylvestre", "2025-11-21") == "2025-12-31");
  CHECK(value_of("fr", "la Toussaint", "2025-11-21") == "2025-11-01");
  CHECK(value_of("fr", "le jour de la Toussaint", "2025-11-21") == "2025-11-01");
  CHECK(value_of("fr", "la fête du Travail", "2025-04-20") == "2025-05-01");
  CHECK(value_of("fr", "la Saint-Valentin 2024", "2025-04-20") == "2024-02-14");
  CHECK(value_of("fr", "l'Assomption", "2025-08-01") == "2025-08-15");
  CHECK(value_of("fr", "le jour de l'Armistice", "2025-11-01") == "2025-11-11");
  CHECK(value_of("fr", "Noël dernier", "2025-01-10") == "2024-12-25");
  CHECK(value_of("fr", "Noël prochain", "2025-01-10") == "2025-12-25");
}

TEST_CASE("fr movable holidays: Gregorian computus") {
  CHECK(value_of("fr", "Pâques 2024", "2025-01-10") == "2024-03-31");
  CHECK(value_of("fr", "Pâques 2025", "2025-01-10") == "2025-04-20");
  CHECK(value_of("fr", "le lundi de Pâques 2025", "2025-01-10") == "2025-04-21");
  CHECK(value_of("fr", "le vendredi saint 2025", "2025-01-10") == "2025-04-18");
  CHECK(value_of("fr", "le jeudi de l'Ascension 2025", "2025-01-10") == "2025-05-29");
  CHECK(value_of("fr", "la Pentecôte 2025", "2025-01-10") == "2025-06-08");
  CHECK(value_of("fr", "le lundi de Pentecôte 2025", "2025-01-10") == "2025-06-09");
  CHECK(value_of("fr", "mardi gras 2025", "2025-01-10") == "2025-03-04");
  CHECK(value_of("fr", "Pâques 2019", "2025-01-10") == "2019-04-21");
}

TEST_CASE("fr holiday words that are not dates") {
  CHECK(tag("fr", "le Père Noël", "2025-11-21").empty());
  CHECK(tag("fr", "l'île de Pâques", "2025-11-21").empty());
  CHECK(tag("fr", "un armistice a été signé", "2025-11-21").empty());
  CHECK(tag("fr", "l'ascension du parti", "2025-11-21").empty());
  CHECK(tag("fr", "le nouvel an chinois", "2025-11-21").empty());
  CHECK(tag("fr", "Toussaint-Louverture", "2025-11-21").empty());
  CHECK(tag("fr", "Noël Mamère a réagi", "2025-11-21").empty());
  CHECK(value_of("fr", "à Noël les magasins", "2025-11-21") == "2025-12-25");
}

TEST_CASE("en holidays") {
  CHECK(value_of("en", "Christmas", "2025-11-21") == "2025-12-25");
  CHECK(value_of("en", "He came home for Christmas.", "2025-11-21") == "2024-12-25");
  CHECK(value_of("en", "Christmas Eve", "2025-11-21") == "2025-12-24");
  CHECK(value_of("en", "New Year's Day", "2025-11-21") == "2026-01-01");
  CHECK(value_of("en", "Valentine's Day", "2025-01-20") == "2025-02-14");
  CHECK(value_of("en", "Halloween", "2025-10-01") == "2025-10-31");
  CHECK(value_of("en", "the Fourth of July", "2025-06-01") == "2025-07-04");
  CHECK(value_of("en", "Veterans Day", "2025-10-20") == "2025-11-11");
  CHECK(value_of("en", "Boxing Day", "2025-12-01") == "2025-12-26");
  CHECK(value_of("en", "Easter 2025", "2025-01-10") == "2025-04-20");
  CHECK(value_of("en", "Good Friday 2024", "2025-01-10") == "2024-03-29");
  CHECK(value_of("en", "Easter Monday 2025", "2025-01-10") == "2025-04-21");
  CHECK(value_of("en", "Thanksgiving 2025", "2025-01-10") == "2025-11-27");
  CHECK(value_of("en", "Thanksgiving 2024", "2025-01-10") == "2024-11-28");
  CHECK(value_of("en", "Memorial Day 2025", "2025-01-10") == "2025-05-26");
  CHECK(value_of("en", "last Christmas", "2025-03-10") == "2024-12-25");
  CHECK(tag("en", "Easter Island", "2025-01-10").empty());
}

TEST_CASE("fr open intervals") {
  const auto before = find_timex(tag("fr", "avant le 15 mars 2025", "2025-01-10"), "15 mars");
  CHECK(before.value == "2025-03-15");
  CHECK(before.mod == "BEFORE");
  CHECK(before.text == "avant le 15 mars 2025");
  const auto after = find_timex(tag("fr", "après mardi", "2025-01-10"), "mardi");
  CHECK(after.mod == "AFTER");
  const auto from = find_timex(tag("fr", "à partir du 3 mai 2025", "2025-01-10"), "3 mai");
  CHECK(from.value == "2025-05-03");
  CHECK(from.mod == "ON_OR_AFTER");
  CHECK(from.first == from.last);  // the anchor's day
  const auto until = find_timex(tag("fr", "jusqu'au 10 juin 2025", "2025-01-10"), "10 juin");
  CHECK(until.mod == "ON_OR_BEFORE");
  CHECK(until.text == "jusqu'au 10 juin 2025");
  CHECK(find_timex(tag("fr", "depuis le 1er janvier 2025", "2025-03-10"), "janvier").mod == "ON_OR_AFTER");
  CHECK(find_timex(tag("fr", "d'ici 2030", "2025-03-10"), "2030").mod == "ON_OR_BEFORE");
  CHECK(find_timex(tag("fr", "dès mardi", "2025-03-10"), "mardi").mod == "ON_OR_AFTER");
  CHECK(find_timex(tag("fr", "dès 8h", "2025-03-10"), "8h").mod == "ON_OR_AFTER");
  CHECK(find_timex(tag("fr", "des années 1990", "2025-03-10"), "1990").mod.empty());  // the article
  CHECK(find_timex(tag("fr", "depuis les années 1990", "2025-03-10"), "1990").mod == "ON_OR_AFTER");
  const auto clock = find_timex(tag("fr", "avant 16h", "2025-03-10"), "16h");
  CHECK(clock.value == "2025-03-10T16:00");
  CHECK(clock.mod == "BEFORE");
  // The day and its time are two expressions (TimeML); the time takes the day and the open interval.
  const auto joined = tag("fr", "vendredi à partir de midi", "2025-03-12");
  CHECK(find_timex(joined, "vendredi").value == "2025-03-14");
  CHECK(find_timex(joined, "midi").value == "2025-03-14T12:00");
  CHECK(find_timex(joined, "midi").mod == "ON_OR_AFTER");
  // Ranges, parts of periods and plain dates keep their own reading.
  CHECK(find_timex(tag("fr", "du 3 au 5 mai 2025", "2025-01-10"), "mai").mod.empty());
  CHECK(find_timex(tag("fr", "d'ici la fin de l'année", "2025-01-10"), "fin").mod == "END");
  CHECK(find_timex(tag("fr", "le 15 mars 2025", "2025-01-10"), "mars").mod.empty());
  CHECK(find_timex(tag("fr", "l'après-midi", "2025-01-10"), "midi").mod.empty());
  const auto span = tag("fr", "à partir de 2014 et jusqu'en 2016", "2025-01-10");
  CHECK(find_timex(span, "2014").mod.empty());  // the start of a span, not an open interval
  CHECK(find_timex(span, "2016").mod == "ON_OR_BEFORE");
  CHECK(value_of("fr", "en 2016", "2025-01-10") == "2016");
}

TEST_CASE("en open intervals") {
  const auto before = find_timex(tag("en", "before March 15, 2025", "2025-01-10"), "March");
  CHECK(before.value == "2025-03-15");
  CHECK(before.mod == "BEFORE");
  CHECK(find_timex(tag("en", "after Tuesday", "2025-01-10"), "Tuesday").mod == "AFTER");
  CHECK(find_timex(tag("en", "from May 3, 2025", "2025-01-10"), "May").mod == "ON_OR_AFTER");
  CHECK(find_timex(tag("en", "until June 10, 2025", "2025-01-10"), "June").mod == "ON_OR_BEFORE");
  CHECK(find_timex(tag("en", "since January 1, 2025", "2025-03-10"), "January").mod == "ON_OR_AFTER");
  CHECK(find_timex(tag("en", "by 2030", "2025-03-10"), "2030").mod == "ON_OR_BEFORE");
  CHECK(find_timex(tag("en", "by the end of this year", "2025-03-10"), "end").mod == "END");
  const auto year_end = find_timex(tag("en", "before the end of the year", "2025-03-10"), "end");
  CHECK(year_end.value == "2025");
  CHECK(year_end.mod == "END");
  CHECK(find_timex(tag("en", "from 2014 to 2016", "2025-03-10"), "2014").mod.empty());
  // "and" ends a range only before another date: "the first hunt since 2022 and drawing criticism".
  CHECK(find_timex(tag("en", "the first hunt since 2022 and drawing criticism", "2025-03-10"), "2022").mod == "ON_OR_AFTER");
  CHECK(find_timex(tag("en", "from 2014 and 2016", "2025-03-10"), "2014").mod.empty());
  const auto chained = tag("en", "the day after Tuesday", "2025-03-10");
  for (std::size_t i = 1; i < chained.size(); ++i) CHECK(chained[i - 1].end <= chained[i].begin);  // no overlap
  CHECK(find_timex(tag("en", "from May 3 to May 5, 2025", "2025-01-10"), "May").mod.empty());
}

TEST_CASE("fr day number without a month") {
  // No cue: the nearest; past: this month if not after today, else the previous one; future: the
  // next one on or after today.
  CHECK(value_of("fr", "le 16", "2013-02-12") == "2013-02-16");
  CHECK(value_of("fr", "le 2", "2013-02-12") == "2013-02-02");
  CHECK(value_of("fr", "Il est arrivé le 20.", "2013-02-12") == "2013-01-20");
  CHECK(value_of("fr", "Il est arrivé le 2.", "2013-02-12") == "2013-02-02");
  CHECK(value_of("fr", "Il arrivera le 2.", "2013-02-12") == "2013-03-02");
  CHECK(value_of("fr", "Il arrivera le 20.", "2013-02-12") == "2013-02-20");
  CHECK(value_of("fr", "le 16 à 18h", "2013-02-12", "18h") == "2013-02-16T18:00");
  const auto range = find_timex(tag("fr", "du 13 au 18", "2013-02-12"), "13");
  CHECK(range.value == "2013-02-13");
  REQUIRE(range.last);
  CHECK(evgraph::to_iso(*range.last) == "2013-02-18");
  CHECK(value_of("fr", "entre le 13 et le dix-huit", "2013-02-12") == "2013-02-13");
  CHECK(value_of("fr", "le 31", "2013-02-12") == "2013-01-31");  // no 31 February
  CHECK(value_of("fr", "le 1er, il a", "2013-02-12") == "2013-02-01");
}

TEST_CASE("fr day number without a month: quantities, ordinals, scores are not dates") {
  CHECK(tag("fr", "le 2 %", "2013-02-12").empty());
  CHECK(tag("fr", "le 13e arrondissement", "2013-02-12").empty());
  CHECK(tag("fr", "le 1er ministre", "2013-02-12").empty());
  CHECK(tag("fr", "le 2-0 final", "2013-02-12").empty());
  CHECK(tag("fr", "le 2 rue de la Paix", "2013-02-12").empty());
  CHECK(tag("fr", "le 17 02", "2013-02-12").empty());
  CHECK(tag("fr", "le 2,5 %", "2013-02-12").empty());
  CHECK(tag("fr", "du 1er au 3e trimestre", "2013-02-12").size() <= 1);
  CHECK(find_timex(tag("fr", "du 1er au 3e trimestre", "2013-02-12"), "1er").value.empty());
  CHECK(value_of("fr", "le 2 juillet", "2013-02-12") == "2013-07-02");
}

TEST_CASE("en day number without a month") {
  CHECK(value_of("en", "on the 16th", "2013-02-12") == "2013-02-16");
  CHECK(value_of("en", "They met on the 20th.", "2013-02-12") == "2013-01-20");
  CHECK(value_of("en", "They will meet on the 2nd.", "2013-02-12") == "2013-03-02");
  const auto by = find_timex(tag("en", "by the 15th", "2013-02-12"), "15th");
  CHECK(by.value == "2013-02-15");
  CHECK(by.mod == "ON_OR_BEFORE");
  CHECK(value_of("en", "from the 13th to the 18th", "2013-02-12") == "2013-02-13");
  CHECK(tag("en", "on the 2nd floor", "2013-02-12").empty());
  CHECK(value_of("en", "the 21st century", "2013-02-12") == "20");  // a century (TIMEX3 20), not a day
  CHECK(value_of("en", "on the 2nd of May", "2013-02-12") == "2013-05-02");
}

TEST_CASE("fr lundi en huit, en quinze") {
  // Reference Tuesday 2013-02-12 (Duckling's): the coming weekday, today included, + 7 or 14 days.
  CHECK(value_of("fr", "lundi en huit", "2013-02-12") == "2013-02-25");
  CHECK(value_of("fr", "mardi en 8", "2013-02-12") == "2013-02-19");
  CHECK(value_of("fr", "mercredi en quinze", "2013-02-12") == "2013-02-27");
  CHECK(value_of("fr", "lundi en 15", "2013-02-12") == "2013-03-04");
  CHECK(value_of("fr", "lundi en 15 minutes", "2013-02-12", "lundi") == "2013-02-11");
}

TEST_CASE("ordinal days, weeks, weekdays and fortnights of a month") {
  CHECK(value_of("fr", "le 3eme jour d'octobre 2013", "2013-02-12") == "2013-10-03");
  CHECK(value_of("fr", "le dernier jour d'octobre 2015", "2013-02-12") == "2015-10-31");
  CHECK(value_of("fr", "la première semaine d'octobre 2014", "2013-02-12") == "2014-W41");  // Monday 6 October
  CHECK(value_of("fr", "la dernière semaine de septembre 2014", "2013-02-12") == "2014-W39");  // 22-28 September
  CHECK(value_of("fr", "le premier mercredi du mois prochain", "2013-02-12") == "2013-03-06");
  CHECK(value_of("fr", "le dernier vendredi de novembre 2025", "2013-02-12") == "2025-11-28");
  const auto fortnight = find_timex(tag("fr", "la deuxième quinzaine d'avril 2013", "2013-02-12"), "quinzaine");
  REQUIRE(fortnight.first);
  REQUIRE(fortnight.last);
  CHECK(evgraph::to_iso(*fortnight.first) == "2013-04-16");
  CHECK(evgraph::to_iso(*fortnight.last) == "2013-04-30");
  CHECK(value_of("en", "the first Monday of May 2025", "2025-01-10") == "2025-05-05");
  CHECK(value_of("en", "the last day of February 2024", "2025-01-10") == "2024-02-29");
  CHECK(value_of("en", "the second Tuesday of next month", "2025-01-10") == "2025-02-11");
  CHECK(value_of("en", "the last week of September 2014", "2025-01-10") == "2014-W39");
  CHECK(value_of("fr", "le cinquième lundi de février 2013", "2013-02-12") != "2013-03-04");  // no fifth Monday
}
