// Issue 12, classes 3-6, 8, 9: vague references, parts of the day, ages, durations and sets in
// words, weekends, centuries, decades, two-digit years, habitual dates, and names and addresses
// that are not dates. French and English.
#include <doctest/doctest.h>

#include "time/timex_fixture.hpp"

using evgraph::test::find_timex;
using evgraph::test::tag;
using evgraph::test::value_of;

TEST_CASE("fr vague present, past and future references") {
  for (const char* text : {"Les prix sont désormais plus bas.", "Pour l'instant, rien ne change.", "actuellement",
                           "à l'heure actuelle", "dorénavant"}) {
    CAPTURE(text);
    CHECK(value_of("fr", text, "2025-03-12") == "PRESENT_REF");
  }
  CHECK(value_of("fr", "l'armée, aujourd'hui considérée comme l'une des meilleures", "2025-03-12", "aujourd") ==
        "PRESENT_REF");
  CHECK(value_of("fr", "la France d'aujourd'hui", "2025-03-12") == "PRESENT_REF");
  // With a dated event, "aujourd'hui" stays the day.
  CHECK(value_of("fr", "Le ministre a annoncé aujourd'hui sa démission.", "2025-03-12") == "2025-03-12");
  CHECK(value_of("fr", "autrefois", "2025-03-12") == "PAST_REF");
  CHECK(value_of("fr", "récemment", "2025-03-12") == "PAST_REF");
  CHECK(value_of("fr", "à la même époque", "2025-03-12") == "PAST_REF");
  CHECK(value_of("fr", "prochainement", "2025-03-12") == "FUTURE_REF");
  CHECK(value_of("fr", "l'avenir du pays", "2025-03-12") == "FUTURE_REF");
}

TEST_CASE("en vague references") {
  CHECK(value_of("en", "for now", "2025-03-12") == "PRESENT_REF");
  CHECK(value_of("en", "for the time being", "2025-03-12") == "PRESENT_REF");
  CHECK(value_of("en", "at the time", "2025-03-12") == "PAST_REF");
  CHECK(value_of("en", "recently", "2025-03-12") == "PAST_REF");
  CHECK(value_of("en", "The party will think of the future.", "2025-03-12") == "FUTURE_REF");
  CHECK(tag("en", "the future of the party", "2025-03-12").empty());  // its fate, not a time
}

TEST_CASE("fr parts of the day") {
  // "après-midi" is not noon.
  const auto afternoon = tag("fr", "Il est parti lundi après-midi.", "2025-03-12");
  REQUIRE(afternoon.size() == 1);
  CHECK(afternoon[0].value == "2025-03-10TAF");
  CHECK(value_of("fr", "La réunion a commencé dans l'après-midi.", "2025-03-12") == "2025-03-12TAF");
  CHECK(value_of("fr", "Les combats ont duré toute la nuit.", "2025-03-12") == "2025-03-12TNI");
  const auto evening = find_timex(tag("fr", "en début de soirée", "2025-03-12"), "soirée");
  CHECK(evening.value == "2025-03-12TEV");
  CHECK(evening.mod == "START");
  CHECK(value_of("fr", "Le 3 mars, il est arrivé. Le lendemain matin, il est reparti.", "2025-03-12", "lendemain") ==
        "2025-03-04TMO");
  CHECK(value_of("fr", "ont été évacués dans la nuit de lundi à mardi", "2025-03-12") == "2025-03-10TNI");
  CHECK(value_of("fr", "midi", "2025-03-12") == "2025-03-12T12:00");
}

TEST_CASE("en parts of the day") {
  CHECK(value_of("en", "He left in the afternoon.", "2025-03-12") == "2025-03-12TAF");
  const auto late = find_timex(tag("en", "late in the evening", "2025-03-12"), "evening");
  CHECK(late.value == "2025-03-12TEV");
  CHECK(late.mod == "END");
  CHECK(value_of("en", "Police arrived on March 3. The next morning, they left.", "2025-03-12", "next morning") ==
        "2025-03-04TMO");
  CHECK(value_of("en", "Soldiers evacuated residents overnight.", "2025-03-12") == "2025-03-12TNI");
}

TEST_CASE("fr ages are not durations") {
  for (const char* text : {"Jean Dupont, 72 ans, a été arrêté.", "une infirmière de 41 ans", "un homme âgé de 30 ans",
                           "âgée de 45 ans", "la victime (41 ans)", "mort à l'âge de 72 ans"}) {
    CAPTURE(text);
    CHECK(tag("fr", text, "2025-03-12").empty());
  }
  // Durations stay durations.
  CHECK(value_of("fr", "une peine de 10 ans", "2025-03-12") == "P10Y");
  CHECK(value_of("fr", "depuis 10 ans", "2025-03-12") == "P10Y");
}

TEST_CASE("en ages are not durations") {
  for (const char* text : {"a 12-year-old boy", "The man, 45 years old, was arrested.", "aged 45", "a woman in her 40s",
                           "a man in his early fifties"}) {
    CAPTURE(text);
    CHECK(tag("en", text, "2025-03-12").empty());
  }
  CHECK(value_of("en", "for 10 years", "2025-03-12") == "P10Y");
}

TEST_CASE("fr durations and sets in words") {
  CHECK(value_of("fr", "un demi-siècle", "2025-03-12") == "P50Y");
  CHECK(value_of("fr", "son second quinquennat", "2025-03-12") == "P5Y");
  CHECK(value_of("fr", "le septennat", "2025-03-12") == "P7Y");
  CHECK(value_of("fr", "en 12,7 secondes", "2025-03-12") == "PT12.7S");
  const auto sets = tag("fr",
                        "deux réunions par an, une conférence annuelle, un bulletin hebdomadaire et des points "
                        "chaque jour, tous les deux ans, chaque été",
                        "2025-03-12");
  CHECK(find_timex(sets, "par an").value == "P1Y");
  CHECK(find_timex(sets, "annuelle").value == "P1Y");
  CHECK(find_timex(sets, "hebdomadaire").value == "P1W");
  CHECK(value_of("fr", "un point quotidien", "2025-03-12") == "P1D");
  CHECK(find_timex(sets, "chaque jour").value == "P1D");
  CHECK(find_timex(sets, "tous les deux ans").value == "P2Y");
  CHECK(find_timex(sets, "chaque été").value == "XXXX-SU");
  for (const auto& t : sets) CHECK(t.type == evgraph::TimexType::Set);
  // Newspapers are not recurrences.
  CHECK(tag("fr", "selon le quotidien Le Monde", "2025-03-12").empty());
}

TEST_CASE("en durations and sets in words") {
  CHECK(value_of("en", "half a century", "2025-03-12") == "P50Y");
  CHECK(value_of("en", "in 12.7 seconds", "2025-03-12") == "PT12.7S");
  CHECK(value_of("en", "every six months", "2025-03-12") == "P6M");
  CHECK(value_of("en", "twice per year", "2025-03-12", "per year") == "P1Y");
  CHECK(value_of("en", "the annual summit", "2025-03-12") == "P1Y");
  CHECK(value_of("en", "every summer", "2025-03-12") == "XXXX-SU");
  const auto hour = tag("en", "Police arrived on March 3. An hour later, it was over.", "2025-03-12");
  CHECK(find_timex(hour, "An hour").value == "PT1H");
}

TEST_CASE("fr weekends, centuries, decades, two-digit years, habitual dates") {
  CHECK(value_of("fr", "ce week-end", "2025-01-22") == "2025-W04-WE");
  CHECK(value_of("fr", "le week-end dernier", "2025-01-22") == "2025-W03-WE");
  CHECK(value_of("fr", "Ils ont manifesté pendant le week-end.", "2025-01-22") == "2025-W03-WE");
  const auto century = find_timex(tag("fr", "au début du XXe siècle", "2025-01-22"), "siècle");
  CHECK(century.value == "19");
  CHECK(century.mod == "START");
  CHECK(value_of("fr", "le XIXe siècle", "2025-01-22") == "18");
  CHECK(value_of("fr", "les années 80", "2025-01-22") == "198X");
  CHECK(value_of("fr", "les années quatre-vingt", "2025-01-22") == "198X");
  CHECK(value_of("fr", "En 98, il était ministre.", "2025-01-22") == "1998");
  CHECK(value_of("fr", "le 4 mars 91.", "2025-01-22") == "1991-03-04");
  CHECK(value_of("fr", "Les touristes viennent généralement en été.", "2025-01-22") == "XXXX-SU");
  CHECK(value_of("fr", "Ils viendront en été.", "2025-01-22") == "2025-SU");
  // Counts after "en" are not years.
  CHECK(value_of("fr", "en 45 minutes", "2025-01-22") == "PT45M");
}

TEST_CASE("en weekends, centuries, decades, two-digit years") {
  CHECK(value_of("en", "this weekend", "2025-01-22") == "2025-W04-WE");
  CHECK(value_of("en", "They protested at the weekend.", "2025-01-22") == "2025-W03-WE");
  CHECK(value_of("en", "The rain will ease by the weekend.", "2025-01-22") == "2025-W04-WE");
  CHECK(value_of("en", "the 20th century", "2025-01-22") == "19");
  CHECK(find_timex(tag("en", "the early nineteenth century", "2025-01-22"), "century").mod == "START");
  CHECK(value_of("en", "the 1950s", "2025-01-22") == "195X");
  CHECK(value_of("en", "the eighties", "2025-01-22") == "198X");
  CHECK(value_of("en", "in '98", "2025-01-22") == "1998");
  CHECK(value_of("en", "Tourists usually come in summer.", "2025-01-22") == "XXXX-SU");
}

TEST_CASE("fr names and addresses are not dates") {
  for (const char* text : {"les accords du Vendredi saint", "au 5, rue du 8-Mai", "la place du 14-Juillet",
                           "le Mouvement du 23-Mars", "avenue du 4 Septembre"}) {
    CAPTURE(text);
    CHECK(tag("fr", text, "2025-03-12").empty());
  }
  // The holiday and the date themselves still are.
  CHECK(value_of("fr", "le 14 juillet", "2025-03-12") == "2025-07-14");
}

TEST_CASE("en names are not dates") {
  for (const char* text : {"the Good Friday Agreement", "the 9/11 attacks"}) {
    CAPTURE(text);
    CHECK(tag("en", text, "2025-03-12").empty());
  }
  CHECK(value_of("en", "on Good Friday", "2025-03-12") == "2025-04-18");
}
