// French forms, one check per form: values against a fixed reference, with and without accents.
#include <doctest/doctest.h>

#include "time/timex_fixture.hpp"

#include <algorithm>
#include <string>
#include <vector>

using evgraph::test::find_timex;
using evgraph::test::tag;
using evgraph::test::value_of;

TEST_CASE("fr absolute dates") {
  CHECK(value_of("fr", "le 15 mars 2025", "2024-12-03") == "2025-03-15");
  CHECK(value_of("fr", "15/03/2025", "2024-12-03") == "2025-03-15");
  CHECK(value_of("fr", "15.03.2025", "2024-12-03") == "2025-03-15");
  CHECK(value_of("fr", "2025-03-15", "2024-12-03") == "2025-03-15");
  CHECK(value_of("fr", "Il a signé le 1er mars 2024.", "2024-12-03") == "2024-03-01");
  CHECK(value_of("fr", "en mars 2025", "2024-12-03") == "2025-03");
  CHECK(value_of("fr", "Contexte 2025", "2024-12-03") == "2025");
  CHECK(value_of("fr", "dans les années 1990", "2024-12-03") == "199X");
  CHECK(value_of("fr", "les années 90", "2024-12-03") == "199X");
  CHECK(value_of("fr", "17 OCTOBRE 2025", "2024-12-03") == "2025-10-17");
}

TEST_CASE("fr partial dates follow the tense of the clause") {
  CHECK(value_of("fr", "Le 15 mars, se sont tenues les rencontres.", "2025-08-20") == "2025-03-15");
  CHECK(value_of("fr", "Le 15 mars, les rencontres se tiendront à Paris.", "2025-08-20") == "2026-03-15");
  CHECK(value_of("fr", "le 4 avril, ils ont visité Kiev", "2025-08-20") == "2025-04-04");
  CHECK(value_of("fr", "Le 23 novembre l'administration devrait envisager", "2025-11-21") == "2025-11-23");
  CHECK(value_of("fr", "le sommet prévu fin juin", "2024-12-03") == "2025-06");
  CHECK(find_timex(tag("fr", "le sommet prévu fin juin", "2024-12-03"), "fin juin").mod == "END");
  const auto mi = find_timex(tag("fr", "mi-janvier", "2024-12-03"), "mi-janvier");
  CHECK(mi.mod == "MID");
  CHECK(find_timex(tag("fr", "début avril", "2024-12-03"), "début avril").mod == "START");
  CHECK(value_of("fr", "Des négociations ont déjà eu lieu au printemps.", "2025-08-20") == "2025-SP");
  CHECK(value_of("fr", "à l'automne 2024", "2025-08-20") == "2024-FA");
  CHECK(value_of("fr", "au premier trimestre 2025", "2025-08-20") == "2025-Q1");
  const auto start = find_timex(tag("fr", "Au debut de ce mois il avait rejete", "2025-11-21"), "debut");
  CHECK(start.value == "2025-11");
  CHECK(start.mod == "START");
  CHECK(value_of("fr", "ce mois-ci", "2025-11-21") == "2025-11");
  CHECK(value_of("fr", "cette année", "2025-11-21") == "2025");
  CHECK(value_of("fr", "l'an prochain", "2025-11-21") == "2026");
  CHECK(value_of("fr", "l’année prochaine", "2024-12-03") == "2025");
  CHECK(value_of("fr", "la semaine dernière", "2024-12-03") == "2024-W48");
  CHECK(value_of("fr", "le mois dernier", "2025-11-21") == "2025-10");
}

TEST_CASE("fr weekdays: tense, nearest, the reference day itself") {
  const char* text = "Le sujet ne sera pas à l'ordre du jour mardi et mercredi. « Rien », a insisté lundi Zelensky.";
  const auto found = tag("fr", text, "2024-12-03");
  CHECK(find_timex(found, "mardi").value == "2024-12-03");
  CHECK(find_timex(found, "mercredi").value == "2024-12-04");
  CHECK(find_timex(found, "lundi").value == "2024-12-02");
  CHECK(find_timex(found, "lundi").explanation.find("a insiste") != std::string::npos);
  CHECK(value_of("fr", "vendredi", "2024-12-03") == "2024-12-06");
  CHECK(value_of("fr", "samedi", "2024-12-03") == "2024-11-30");
  CHECK(value_of("fr", "lundi prochain", "2024-12-03") == "2024-12-09");
  // Past tense on the same weekday: the day the dispatch is filed (wire usage), not a week ago.
  CHECK(value_of("fr", "Il est venu mardi.", "2024-12-03") == "2024-12-03");
  CHECK(value_of("fr", "Il est venu mardi.", "2024-12-04") == "2024-12-03");
  CHECK(value_of("fr", "Il est venu mardi dernier.", "2024-12-03") == "2024-11-26");
  // The present tells a past day as often as a coming one ("signe mercredi", "se tient jeudi"):
  // the nearest (Friday 3 April 2026; Monday 5 October 2026).
  CHECK(value_of("fr", "Le président signe mercredi un décret de grâce.", "2026-04-03") == "2026-04-01");
  CHECK(value_of("fr", "Le sommet se tient jeudi à Nouméa.", "2026-10-05") == "2026-10-08");
  // The future and the conditional look ahead.
  CHECK(value_of("fr", "Le président signera mercredi un décret.", "2026-04-03") == "2026-04-08");
}

TEST_CASE("fr relative expressions") {
  CHECK(value_of("fr", "hier", "2025-10-17") == "2025-10-16");
  CHECK(value_of("fr", "aujourd’hui", "2025-10-17") == "2025-10-17");
  CHECK(value_of("fr", "demain", "2025-10-17") == "2025-10-18");
  CHECK(value_of("fr", "Le 3 mars il est arrivé ; la veille, il avait appelé.", "2025-10-17", "la veille") == "2025-03-02");
  CHECK(value_of("fr", "le lendemain", "2025-10-17") == "2025-10-18");
  CHECK(value_of("fr", "il y a trois jours", "2025-10-17") == "2025-10-14");
  CHECK(value_of("fr", "dans dix jours", "2025-10-17") == "2025-10-27");
  CHECK(value_of("fr", "la semaine prochaine", "2024-12-03") == "2024-W50");
  CHECK(value_of("fr", "ces dernières semaines", "2025-10-17") == "PAST_REF");
  CHECK(value_of("fr", "dans les prochaines semaines", "2025-10-17") == "FUTURE_REF");
  CHECK(value_of("fr", "actuellement", "2025-10-17") == "PRESENT_REF");
  CHECK(value_of("fr", "maintenant", "2025-10-17") == "PRESENT_REF");
}

TEST_CASE("fr ranges and lists") {
  const auto range = find_timex(tag("fr", "du 17 au 19 novembre 2024", "2024-12-03"), "17");
  CHECK(range.value == "2024-11-17");
  REQUIRE(range.last);
  CHECK(evgraph::to_iso(*range.last) == "2024-11-19");
  const auto list = tag("fr", "les 6 et 7 novembre 2024", "2024-12-03");
  REQUIRE(list.size() == 2);
  CHECK(list[0].value == "2024-11-06");
  CHECK(list[1].value == "2024-11-07");
  // A past verb places a list by its first day: filed for a strike starting on the publication day.
  const auto filed = tag("fr", "Le syndicat a déposé un préavis pour les 18 et 19 septembre.", "2025-09-18");
  REQUIRE(filed.size() == 2);
  CHECK(filed[0].value == "2025-09-18");
  CHECK(filed[1].value == "2025-09-19");
  CHECK(value_of("fr", "Les agents se mettront en grève les 18 et 19 septembre.", "2025-09-20", "18") == "2026-09-18");
  const auto between = tag("fr", "entre mars et mai 2025", "2024-12-03");
  CHECK(find_timex(between, "mars").value == "2025-03");
}

TEST_CASE("fr times, durations, sets") {
  const auto time = find_timex(tag("fr", "le 15 mars 2025 à 20 h 30", "2024-12-03"), "20 h 30");
  CHECK(time.value == "2025-03-15T20:30");
  CHECK(time.type == evgraph::TimexType::Time);
  CHECK(value_of("fr", "vers 14h", "2024-12-03") == "2024-12-03T14:00");
  CHECK(value_of("fr", "dans la soirée", "2024-12-03") == "2024-12-03TEV");
  CHECK(value_of("fr", "trois semaines", "2024-12-03") == "P3W");
  CHECK(value_of("fr", "en 24 heures", "2024-12-03") == "PT24H");
  CHECK(value_of("fr", "quelques semaines", "2024-12-03") == "PXW");
  CHECK(value_of("fr", "Depuis plusieurs années", "2024-12-03") == "PXY");
  const auto set = find_timex(tag("fr", "chaque lundi", "2024-12-03"), "lundi");
  CHECK(set.value == "XXXX-WXX-1");
  CHECK(set.type == evgraph::TimexType::Set);
}

TEST_CASE("fr dateline") {
  const auto found = tag("fr", " date 2025-10-17 Donald Trump et Vladimir Poutine", "2025-10-17");
  REQUIRE(!found.empty());
  CHECK(found.front().text == "2025-10-17");
  CHECK(found.front().from_dateline);
  CHECK_FALSE(tag("fr", "Signé le 2025-10-17.", "2025-10-17").front().from_dateline);
}

TEST_CASE("fr spans map back to the original bytes") {
  const std::string text = "Prévu pour l’année prochaine";
  const auto t = find_timex(tag("fr", text, "2024-12-03"), "prochaine");
  CHECK(text.substr(t.begin, t.end - t.begin) == "l’année prochaine");
  REQUIRE(t.first);
  CHECK(evgraph::to_iso(*t.first) == "2025-01-01");
  CHECK(t.granularity == "year");
}

TEST_CASE("fr negatives") {
  for (const char* text : {"à la dernière minute", "la mer Noire", "Mon impression d'analyste", "jusqu'à 1 600 km",
                           "une réduction de 50 %", "Option A : statu quo", "le premier ministre", "2000 soldats",
                           "au bord de la mer.", "32 août", "dans le futur règlement"}) {
    CAPTURE(text);
    const auto found = tag("fr", text, "2024-12-03");
    CHECK(found.empty());
  }
}

TEST_CASE("fr a weekday followed by a quantity is no day of the month") {
  const auto mourning = tag("fr", "Le gouvernement a décrété mardi trois jours de deuil national.", "2024-08-28");
  CHECK(find_timex(mourning, "mardi").value == "2024-08-27");
  CHECK(find_timex(mourning, "trois jours").value == "P3D");
  CHECK(value_of("fr", "Il arrivera mardi 3 septembre.", "2024-08-28") == "2024-09-03");
  // Any plural noun after the number makes it a count, not only the listed units.
  const auto arrests = tag("fr", "L'armée a arrêté mardi quatre suspects à Ayorou.", "2026-05-20");
  CHECK(find_timex(arrests, "mardi").value == "2026-05-19");
  CHECK(value_of("fr", "Le vote aura lieu mardi 3, puis le conseil se réunira.", "2026-03-10") == "2026-03-03");
}

TEST_CASE("fr a coordinated clause's verb governs its own dates") {
  // The past "ont rejeté" belongs to the first clause; the strike dates follow "et maintiennent".
  const auto found = tag("fr", "Les syndicats ont rejeté hier l'offre et maintiennent leur appel à la grève du 17 au 19 février.",
                         "2026-02-05");
  CHECK(find_timex(found, "hier").value == "2026-02-04");
  CHECK(find_timex(found, "17").value == "2026-02-17");
  CHECK(find_timex(found, "19 février").value == "2026-02-19");
  CHECK(value_of("fr", "Le sujet ne sera pas à l'ordre du jour mardi.", "2024-12-02") == "2024-12-03");
}

TEST_CASE("fr vague references are DATEs, days with a part of the day are TIMEs") {
  const auto found = tag("fr", "Ces dernières semaines, il est parti mardi soir.", "2024-12-05");
  CHECK(find_timex(found, "dernières semaines").value == "PAST_REF");
  CHECK(find_timex(found, "dernières semaines").type == evgraph::TimexType::Date);
  CHECK(find_timex(found, "mardi soir").type == evgraph::TimexType::Time);
}

TEST_CASE("a year right after a capitalised word inside a sentence is part of a name") {
  const auto found = tag("fr",
                         "La cérémonie a eu lieu au Palais des sports de Ouaga 2000 samedi. En 2000, le festival "
                         "comptait 40 films. Le plan Vision 2030 a été lancé en 2016. Élément Description Contexte 2025.",
                         "2025-03-03");
  auto texts = [&] {
    std::vector<std::string> out;
    for (const auto& timex : found) out.push_back(timex.text);
    return out;
  }();
  CHECK(std::count(texts.begin(), texts.end(), "2000") == 1);  // "En 2000", not "Ouaga 2000"
  CHECK(std::count(texts.begin(), texts.end(), "2030") == 0);
  CHECK(std::count(texts.begin(), texts.end(), "2016") == 1);
  // A run of capitalised words reads as a table's cells: its year stays a date.
  CHECK(std::count(texts.begin(), texts.end(), "2025") == 1);
}

TEST_CASE("a weekday before a compound number in letters is no day of the month") {
  const auto found = tag("fr", "Le président a gracié mardi dix-sept opposants.", "2025-12-31");
  CHECK(find_timex(found, "mardi").value == "2025-12-30");
  CHECK(std::none_of(found.begin(), found.end(), [](const auto& timex) { return timex.text == "mardi dix"; }));
}
