// Issue 12, classes 2 and 7: the story's own day (the narrative day) anchors anaphors and times
// without a day; a day and its time, and the two ends of a range, are separate expressions.
#include <doctest/doctest.h>

#include "time/timex_fixture.hpp"

using evgraph::test::find_timex;
using evgraph::test::tag;
using evgraph::test::value_of;

TEST_CASE("fr anaphors and bare times take the narrative day across sentences") {
  const char* text =
      "Le 3 mars, les troupes sont entrées dans la ville. Le même jour, vers 16 h, un convoi est arrivé.\n\n"
      "La veille, les habitants avaient fui. Le lendemain matin, les combats ont repris. "
      "Trois jours plus tard, un cessez-le-feu a été signé. Vers 22 h, la ville était calme.";
  const auto found = tag("fr", text, "2025-03-10");
  CHECK(find_timex(found, "Le même jour").value == "2025-03-03");
  CHECK(find_timex(found, "Le même jour").anchor == "narrative");
  const auto four = find_timex(found, "16 h");
  CHECK(four.value == "2025-03-03T16:00");
  CHECK(four.type == evgraph::TimexType::Time);
  CHECK(four.anchor == "day");
  // Across a paragraph break: "la veille" of 3 March, a flashback that leaves the narrative day
  // alone; "le lendemain" moves it on to 4 March, "trois jours plus tard" to 7 March.
  CHECK(find_timex(found, "La veille").value == "2025-03-02");
  CHECK(find_timex(found, "Le lendemain matin").value == "2025-03-04TMO");
  CHECK(find_timex(found, "Trois jours plus tard").value == "2025-03-07");
  // A past time without a day: the narrative day, not the publication day.
  CHECK(find_timex(found, "22 h").value == "2025-03-07T22:00");
  CHECK(find_timex(found, "22 h").anchor == "narrative");
}

TEST_CASE("later or earlier in the day is the narrative day") {
  const auto en = tag("en", "Two activists were brought down on March 3. They were released later in the day.", "2025-03-10");
  CHECK(find_timex(en, "later in the day").value == "2025-03-03");
  CHECK(find_timex(en, "later in the day").anchor == "narrative");
  CHECK(find_timex(tag("en", "The talks began on March 3. Earlier that day, police had sealed the street.", "2025-03-10"),
                   "Earlier that day")
            .value == "2025-03-03");
  const auto fr = tag("fr", "Deux militants ont été interpellés le 3 mars. Ils ont été relâchés plus tard dans la journée.",
                      "2025-03-10");
  CHECK(find_timex(fr, "plus tard dans la journée").value == "2025-03-03");
}

TEST_CASE("that month, the same year, cette année-là: the period of the narrative day") {
  const auto en = tag("en", "Police entered the embassy on April 5, 2024. Mexico later that month asked the court to act. "
                            "The same year, Ecuador apologized.", "2025-10-22");
  CHECK(find_timex(en, "later that month").value == "2024-04");
  CHECK(find_timex(en, "later that month").anchor == "narrative");
  CHECK(find_timex(en, "The same year").value == "2024");
  const auto fr = tag("fr", "La police est entrée dans l'ambassade le 5 avril 2024. Le Mexique a saisi la Cour plus tard "
                            "dans le mois. Cette année-là, l'Équateur s'est excusé.", "2025-10-22");
  CHECK(find_timex(fr, "plus tard dans le mois").value == "2024-04");
  CHECK(find_timex(fr, "Cette année-là").value == "2024");
  // "cette année" alone is still the publication's.
  CHECK(find_timex(tag("fr", "Le 5 avril 2024, il est venu. Cette année, il part.", "2025-10-22"), "Cette année").value == "2025");
}

TEST_CASE("fr a time takes the day written before or after it, and stays its own expression") {
  const auto yesterday = tag("fr", "Il a été arrêté hier vers 9 h 20.", "2025-03-10");
  REQUIRE(yesterday.size() == 2);
  CHECK(yesterday[0].text == "hier");
  CHECK(yesterday[0].value == "2025-03-09");
  CHECK(yesterday[1].value == "2025-03-09T09:20");
  const auto night = tag("fr", "Les tirs ont eu lieu entre 1 h et 5 h jeudi.", "2025-03-10");
  CHECK(find_timex(night, "1 h").value == "2025-03-06T01:00");
  CHECK(find_timex(night, "5 h").value == "2025-03-06T05:00");
  CHECK(find_timex(night, "jeudi").value == "2025-03-06");
  const auto monday = tag("fr", "L'attaque a eu lieu lundi vers 22 h 10.", "2025-03-12");
  REQUIRE(monday.size() == 2);
  CHECK(monday[0].value == "2025-03-10");
  CHECK(monday[1].value == "2025-03-10T22:10");
}

TEST_CASE("fr a range gives its two ends, the first carrying the range") {
  const auto found = tag("fr", "Le festival aura lieu du 3 au 7 mai.", "2025-03-12");
  REQUIRE(found.size() == 2);
  CHECK(found[0].text == "du 3");
  CHECK(found[0].value == "2025-05-03");
  REQUIRE(found[0].last);
  CHECK(evgraph::to_iso(*found[0].last) == "2025-05-07");
  CHECK(found[1].text == "7 mai");
  CHECK(found[1].value == "2025-05-07");
}

TEST_CASE("fr a duration before an event is a duration, a later day without one is relative") {
  const auto coup = tag("fr", "Trois semaines après le coup d'État, l'armée a parlé.", "2025-03-12");
  CHECK(find_timex(coup, "Trois semaines").value == "P3W");
  CHECK(find_timex(coup, "Trois semaines").type == evgraph::TimexType::Duration);
  const auto name = tag("fr", "Il est parti trois jours après Noël.", "2025-03-12");
  CHECK(find_timex(name, "trois jours").type == evgraph::TimexType::Duration);
  const auto after = tag("fr", "La grève a commencé le 3 mars. Trois jours après, tout était fini.", "2025-03-12");
  CHECK(find_timex(after, "Trois jours après").value == "2025-03-06");
  // "une heure plus tard": the hour is a DURATION.
  const auto hour = tag("fr", "Le 3 mars, la police est arrivée. Une heure plus tard, tout était fini.", "2025-03-12");
  CHECK(find_timex(hour, "Une heure").value == "PT1H");
  CHECK(find_timex(hour, "Une heure").type == evgraph::TimexType::Duration);
}

TEST_CASE("a month 'of that year' takes the year the text dated last") {
  const auto en = tag("en", "The plant closed on March 11, 2024. He was arrested in May of that year.", "2026-07-03");
  CHECK(find_timex(en, "in May of that year").value == "2024-05");
  const auto fr = tag("fr", "L'usine a fermé le 11 mars 2024. Il avait été arrêté en mai de la même année.", "2026-07-03");
  CHECK(find_timex(fr, "en mai de la même année").value == "2024-05");
  // Without it, the verb's tense against the publication decides.
  CHECK(find_timex(tag("en", "He was arrested in May.", "2026-07-03"), "in May").value == "2026-05");
  // The last date may be a month or a year only: its year is "that year".
  const auto month = tag("en", "An investigation opened in October 2024. Officers searched the offices in November that year.",
                         "2026-01-22");
  CHECK(find_timex(month, "in November that year").value == "2024-11");
  const auto year = tag("fr", "Le contrat a été signé en 2019. Il a été dénoncé en décembre de cette année-là.", "2026-01-22");
  CHECK(find_timex(year, "en décembre de cette année-là").value == "2019-12");
}

TEST_CASE("en anaphors, times and ranges") {
  const char* text =
      "Protesters gathered on March 3. The same day, at 4 pm, police arrived. "
      "The day before, the mayor had resigned. Three days later, a curfew was imposed.";
  const auto found = tag("en", text, "2025-03-10");
  CHECK(find_timex(found, "The same day").value == "2025-03-03");
  CHECK(find_timex(found, "4 pm").value == "2025-03-03T16:00");
  CHECK(find_timex(found, "The day before").value == "2025-03-02");
  CHECK(find_timex(found, "Three days later").value == "2025-03-06");
  const auto coup = tag("en", "Three weeks after the coup, the army spoke.", "2025-03-12");
  CHECK(find_timex(coup, "Three weeks").value == "P3W");
  // Before a clause or a name too: the duration measures from that event, not from today.
  const auto fined = tag("en", "The deal comes three weeks after Gavle Sparbank was fined.", "2025-10-21");
  CHECK(find_timex(fined, "three weeks").type == evgraph::TimexType::Duration);
  const auto earlier = tag("en", "He had resigned two days before Rojas took office.", "2025-10-21");
  CHECK(find_timex(earlier, "two days").type == evgraph::TimexType::Duration);
  // At the end of its clause it is a day counted from the narrative's.
  const auto after = tag("en", "Protesters gathered on March 3. Three days after, a curfew was imposed.", "2025-03-10");
  CHECK(find_timex(after, "Three days after").value == "2025-03-06");
  const auto range = tag("en", "The fair runs from May 3 to 7.", "2025-03-12");
  REQUIRE(range.size() == 2);
  CHECK(range[0].value == "2025-05-03");
  REQUIRE(range[0].last);
  CHECK(evgraph::to_iso(*range[0].last) == "2025-05-07");
  CHECK(range[1].value == "2025-05-07");
  const auto monday = tag("en", "The attack happened on Monday at 10:10 pm.", "2025-03-12");
  REQUIRE(monday.size() == 2);
  CHECK(monday[1].value == "2025-03-10T22:10");
}

TEST_CASE("a time without a day is on the story's line, not on a date told in a pluperfect clause") {
  const auto fr = tag("fr",
                      "Mme Rigaud a remporté dimanche le second tour. Elle avait fusionné sa liste le 17 mars. "
                      "M. Vuillemin a reconnu sa défaite dès 21H00.",
                      "2026-03-23");
  CHECK(find_timex(fr, "21H00").value == "2026-03-22T21:00");
  // In a pluperfect clause itself, the day told last.
  const auto back = tag("fr", "Le vote a eu lieu dimanche. Le 17 mars, elle avait parlé vers 18 h.", "2026-03-23");
  CHECK(find_timex(back, "18 h").value == "2026-03-17T18:00");
  const auto en = tag("en", "Rojas won the runoff on Sunday. She had merged her list on March 17. Vidal conceded at 9 p.m.",
                      "2026-03-23");
  CHECK(find_timex(en, "9 p.m.").value == "2026-03-22T21:00");
  // A pluperfect date after the story's last day is no step back: the afternoon is that day's.
  const auto later = tag("fr", "Les vergers ont été ravagés lundi soir. Des agriculteurs avaient bloqué mardi matin la "
                               "préfecture. Le préfet a reçu une délégation dans l'après-midi.", "2026-06-03");
  CHECK(find_timex(later, "dans l'après-midi").value == "2026-06-02TAF");
}

TEST_CASE("'the following February' and 'en février suivant' count from the last date the story told") {
  const auto en = tag("en", "He died in a fire on Aug. 14, 2023. His widow sued the maker the following February.",
                      "2025-12-10");
  CHECK(find_timex(en, "following February").value == "2024-02");
  CHECK(find_timex(en, "following February").anchor == "narrative");
  const auto fr = tag("fr", "Il est mort le 14 août 2023. Sa veuve a porté plainte en février suivant.", "2025-12-10");
  CHECK(find_timex(fr, "février suivant").value == "2024-02");
  // Without a date before it, the publication day.
  CHECK(find_timex(tag("en", "The maker will answer the following February.", "2025-12-10"), "following February").value ==
        "2026-02");
  // A month is a date told too, and a season follows it as a month does (Thursday 23 April 2026).
  const auto month = tag("en", "It was spotted in August 2023. A team dug out the skull the following summer.", "2026-04-23");
  CHECK(find_timex(month, "the following summer").value == "2024-SU");
  CHECK(find_timex(tag("fr", "Il a été arrêté en mars 2022 et jugé l'été suivant.", "2026-04-23"), "l'été suivant").value ==
        "2022-SU");
  CHECK(find_timex(tag("en", "They will be back next summer.", "2026-04-23"), "next summer").value == "2026-SU");
}

TEST_CASE("a year or a month after a date that named no day counts from that date") {
  const auto later = tag("en", "He won the title in 2023 and lost it a year later.", "2026-04-15");
  CHECK(find_timex(later, "a year later").value == "2024");
  CHECK(find_timex(tag("en", "The reactor closed in 2022 and was sold the following year.", "2026-04-15"),
                   "the following year").value == "2023");
  CHECK(find_timex(tag("fr", "La centrale a fermé en 2022 et a été vendue l'année suivante.", "2026-04-15"),
                   "l'année suivante").value == "2023");
  CHECK(find_timex(tag("en", "She was hired in March 2022. Two months later she quit.", "2026-04-15"), "Two months later")
            .value == "2022-05");
  // After a day, from that day; with no date before it, the publication's next year.
  CHECK(find_timex(tag("en", "He was arrested on March 3, 2022. The following year he was freed.", "2026-04-15"),
                   "The following year").value == "2023");
  CHECK(find_timex(tag("en", "Sales will rise the following year.", "2026-04-15"), "following year").value == "2027");
}

TEST_CASE("a report's day after a sentence that dated what it tells leaves the story's line alone") {
  // Sunday 14 June 2026: the tornado struck on Saturday; the prefecture reported it on Sunday.
  const auto fr = tag("fr", "Une tornade a balayé samedi plusieurs communes, tuant un homme, a annoncé dimanche la préfecture. "
                            "Elle a frappé Arques vers 18h20.", "2026-06-14");
  CHECK(find_timex(fr, "18h20").value == "2026-06-13T18:20");
  const auto en = tag("en", "A tornado struck several towns on Saturday, killing a man, officials said on Sunday. "
                            "It hit Arques at about 6:20 p.m.", "2026-06-14");
  CHECK(find_timex(en, "6:20 p.m.").value == "2026-06-13T18:20");
  // A report that is the sentence's only date still moves the story on.
  const auto only = tag("fr", "La préfecture a annoncé dimanche la fermeture de la route. Elle a rouvert vers 18h20.",
                        "2026-06-14");
  CHECK(find_timex(only, "18h20").value == "2026-06-14T18:20");
}
