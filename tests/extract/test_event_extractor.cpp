#include <doctest/doctest.h>

#include <evgraph/extract.hpp>

#include "extract/extract_helpers.hpp"
#include "test_support.hpp"

using namespace evgraph;

namespace {

struct Fixture {
  Lexicon lexicon{test::resources().data(), {}, "fr"};
  EventExtractor extractor{lexicon};

  std::vector<Event> events(const std::string& text, const std::string& published) {
    LoadedDocument document;
    document.info.id = "doc";
    document.info.lang = "fr";
    document.info.published = *parse_iso_date(published);
    document.text = text;
    return extractor.analyse(document, test::resources().language("fr")).events;
  }
};

}  // namespace

TEST_CASE("a dated sentence with a trigger gives an event with its date, participants and source") {
  Fixture f;
  const std::string text = "Préambule. Plus tard, le 4 avril, les chefs d'état-major de la France et du Royaume-Uni ont visité Kiev.";
  const auto events = f.events(text, "2025-08-20");
  REQUIRE(events.size() == 1);
  const Event& e = events[0];
  CHECK(e.type == "visit");
  CHECK(e.date.value == "2025-04-04");
  CHECK(e.date.granularity == "day");
  CHECK(e.date.certainty == "inferred");
  CHECK(e.actors == std::vector<std::string>{"actor:france", "actor:united-kingdom"});
  CHECK(e.places == std::vector<std::string>{"place:kyiv"});
  CHECK(e.modality == "happened");
  REQUIRE(e.sources.size() == 1);
  CHECK(e.sources[0].quote.rfind("Plus tard", 0) == 0);
  CHECK(text.substr(e.sources[0].begin, e.sources[0].end - e.sources[0].begin) == e.sources[0].quote);
}

TEST_CASE("the trigger nearest a precise date names the event, verbs of saying only attribute") {
  Fixture f;
  const auto events = f.events("La question sera abordée l'année prochaine, avant le sommet prévu fin juin à La Haye, estime un diplomate.",
                               "2024-12-03");
  REQUIRE(events.size() == 1);
  CHECK(events[0].type == "summit");
  CHECK(events[0].date.value == "2025-06");
  CHECK(events[0].date.mod == "END");
  CHECK(events[0].modality == "planned");
  CHECK(events[0].places == std::vector<std::string>{"place:the-hague"});
}

TEST_CASE("a part of a day dates an event as well as the day: a year further off does not") {
  Fixture f;
  const auto events = f.events(
      "Météo-France avait placé l'île en alerte rouge vendredi soir, la première depuis le passage du cyclone Belal en "
      "janvier 2024.",
      "2026-02-02");
  REQUIRE(!events.empty());
  CHECK(events[0].date.value == "2026-01-30TEV");
}

TEST_CASE("an -ing form between a determiner and a noun qualifies the noun, it opens no clause") {
  Lexicon lexicon{test::resources().data(), {}, "en"};
  LoadedDocument document;
  document.info.id = "doc";
  document.info.lang = "en";
  document.info.published = *parse_iso_date("2026-09-10");
  document.text = "The three men will appear before an investigating judge in Rotterdam on Friday.";
  const auto events = EventExtractor(lexicon).analyse(document, test::resources().language("en")).events;
  REQUIRE(events.size() == 1);
  CHECK(events[0].type == "trial");
  CHECK(events[0].date.value == "2026-09-11");
}

TEST_CASE("coordinated days widen the event's range") {
  Fixture f;
  const auto events = f.events("La réunion ministérielle se tiendra mardi et mercredi à Bruxelles.", "2024-12-02");
  REQUIRE(events.size() == 1);
  CHECK(events[0].date.value == "2024-12-03");
  CHECK(to_iso(*events[0].date.start) == "2024-12-03");
  CHECK(to_iso(*events[0].date.end) == "2024-12-04");
}

TEST_CASE("an undated event named beside its place is kept, bounded by the publication date") {
  Fixture f;
  const auto events = f.events("Au cours de la réunion récente en Alaska, Poutine a peut-être accepté des garanties.", "2025-08-19");
  REQUIRE(events.size() == 1);
  CHECK(events[0].type == "meeting");
  CHECK_FALSE(events[0].date.value.has_value());
  CHECK(to_iso(*events[0].date.latest) == "2025-08-19");
  CHECK(events[0].places == std::vector<std::string>{"place:alaska"});
  CHECK(events[0].actors == std::vector<std::string>{"actor:vladimir-putin"});
}

TEST_CASE("sentences without a trigger, or whose only date is the dateline, give no event") {
  Fixture f;
  CHECK(f.events("Le 15 mars 2025, il faisait beau à Londres.", "2025-03-20").empty());
  CHECK(f.events(" date 2025-10-17 Washington va livrer des missiles à Kyiv.", "2025-10-17").empty());
  CHECK(f.events("Cette décision prendra du temps et ne sera abordée que l'année prochaine.", "2024-12-03").empty());
}

TEST_CASE("modality: negation, possibility and plans are kept apart") {
  Fixture f;
  auto events = f.events("Le 3 mai, le ministre n'a pas signé l'accord à Paris.", "2025-05-10");
  REQUIRE(events.size() == 1);
  CHECK(events[0].modality == "denied");
  events = f.events("Le 23 novembre, Washington pourrait envisager le transfert de missiles Tomahawk.", "2025-11-21");
  REQUIRE(events.size() == 1);
  CHECK(events[0].modality == "possible");
}

TEST_CASE("modality: a negated subject or a negation before the noun denies the event") {
  const auto denied = [](const char* language, const char* text, const char* type) {
    const auto events = test::read(language, text, "2025-12-06");
    const Event* event = test::of_type(events, type);
    return event && event->modality == "denied";
  };
  CHECK(denied("fr", "Aucun objet suspect n'a été découvert vendredi à Mulhouse.", "discovery"));
  CHECK(denied("en", "Nobody was arrested in Mulhouse on Friday.", "arrest"));
  CHECK(denied("en", "MULHOUSE, France (AP) — Police made no arrests on Friday.", "arrest"));
  CHECK(denied("fr", "MULHOUSE, 6 décembre 2025 (AFP) - La police n'a procédé à aucune arrestation vendredi.", "arrest"));
  // The title keeps the negation that the noun starts with.
  const auto none = test::read("en", "No arrests were made in Mulhouse on Friday.", "2025-12-06");
  REQUIRE(test::of_type(none, "arrest"));
  CHECK(test::of_type(none, "arrest")->modality == "denied");
  CHECK(test::of_type(none, "arrest")->title == "No arrests were made in Mulhouse");
  // "n'" after a body's common noun is no adjective of its name.
  const auto police = test::read("fr", "La gendarmerie n'a pas arrêté le suspect vendredi à Mulhouse.", "2025-12-06");
  REQUIRE(test::of_type(police, "arrest"));
  CHECK(test::of_type(police, "arrest")->agents == std::vector<std::string>{"actor:gendarmerie"});
  // Not a negation further off, nor the French "ne" alone.
  CHECK_FALSE(denied("fr", "MULHOUSE, 6 décembre 2025 (AFP) - La police a arrêté vendredi un homme qui n'avait aucun papier.", "arrest"));
  CHECK_FALSE(denied("fr", "MULHOUSE, 6 décembre 2025 (AFP) - La police n'a arrêté que le chauffeur vendredi.", "arrest"));
}

TEST_CASE("a capitalised event noun inside an actor's name is part of the name") {
  const auto events = test::read("en", "French driver Julien Vasseur lost the lead of the Dakar Rally's car category on "
                                       "Friday in Hail.", "2026-01-09");
  CHECK(test::of_type(events, "protest") == nullptr);
  // Not a capitalised noun that opens the sentence.
  CHECK(test::of_type(test::read("en", "Rally in Hail on Friday draws thousands of protesters.", "2026-01-09"), "protest"));
}

TEST_CASE("a wire dateline dates the dispatch, not the events it reports") {
  Fixture f;
  const auto events = f.events("PARIS, 5 février 2026 (AFP) - Les syndicats de la SNCF ont rejeté hier la proposition.",
                               "2026-02-05");
  REQUIRE(events.size() == 1);
  CHECK(events[0].type == "rejection");
  CHECK(events[0].date.value == "2026-02-04");
}

TEST_CASE("a date inside quoted words does not date the saying, events need someone or somewhere") {
  Fixture f;
  CHECK(f.events("« Juillet paraît trop tôt », estime Anne Keller, économiste à Francfort.", "2024-06-07").empty());
  CHECK(f.events("Le 15 mars, une réunion s'est tenue.", "2025-03-20").empty());
  const auto events = f.events("Le 15 mars, une réunion s'est tenue à Londres.", "2025-03-20");
  REQUIRE(events.size() == 1);
  CHECK(events[0].places == std::vector<std::string>{"place:london"});
}

TEST_CASE("undated events need a word that places them before or after the article") {
  Fixture f;
  CHECK(f.events("Les négociations à Washington réévaluent les termes.", "2025-11-21").empty());
  const auto upcoming = f.events("Budapest et d'autres capitales pourraient accueillir de futures rencontres à Genève.", "2025-10-17");
  REQUIRE(upcoming.size() == 1);
  CHECK_FALSE(upcoming[0].date.latest.has_value());
  CHECK(to_iso(*upcoming[0].date.earliest) == "2025-10-17");
}

TEST_CASE("a denial told in the past or the present is news without a date: before the article, by whoever denied") {
  const auto fr = test::read("fr", "La cabine est restée bloquée. Le directeur de la société exploitante, Alpes Câbles "
                                   "Services, a démenti tout défaut d'entretien.", "2026-02-17");
  const Event* denial = test::of_type(fr, "denial");
  REQUIRE(denial != nullptr);
  CHECK_FALSE(denial->date.value.has_value());
  CHECK(to_iso(*denial->date.latest) == "2026-02-17");
  CHECK_FALSE(denial->agents.empty());
  // In the present, as agencies tell a denial that still stands.
  const auto told_now =
      test::read("fr", "Des écoliers sont tombés malades. Son directeur, Franck Aubineau, réfute tout manquement.", "2025-11-19");
  const Event* present = test::of_type(told_now, "denial");
  REQUIRE(present != nullptr);
  CHECK(to_iso(*present->date.latest) == "2025-11-19");
  // Not denied, or not yet: no undated denial.
  CHECK(test::of_type(test::read("fr", "Le directeur n'a pas démenti ces informations.", "2026-02-17"), "denial") == nullptr);
  CHECK(test::of_type(test::read("en", "Hanseong Energy is expected to deny the reports.", "2026-02-27"), "denial") == nullptr);
  // Nobody named denies nothing a timeline can show.
  CHECK(test::read("en", "Officials denied the reports.", "2026-02-27").empty());
}

TEST_CASE("'it' as a subject stands for the organisation or state named before") {
  const auto events = test::read("en", "SHELBYVILLE (AP) - Hanseong Energy said it would respect the vote. It denied "
                                       "accusations that managers had threatened workers.", "2026-02-27");
  const Event* denial = test::of_type(events, "denial");
  REQUIRE(denial != nullptr);
  CHECK(denial->agents == std::vector<std::string>{"actor:hanseong-energy"});
  // The subject before, not the body named since.
  const auto later = test::read("en", "SHELBYVILLE (AP) - Hanseong Energy said it would file objections with the labor "
                                      "board. It denied accusations that managers had threatened workers.", "2026-02-27");
  const Event* second = test::of_type(later, "denial");
  REQUIRE(second != nullptr);
  CHECK(second->agents == std::vector<std::string>{"actor:hanseong-energy"});
}

TEST_CASE("a dated main verb of a concrete kind whose sentence names no one is about the document's topic") {
  Fixture f;
  const auto events = f.events("Le port de Sète a été fermé mardi. Le port rouvrira jeudi.", "2025-10-14");
  const bool reopening = std::any_of(events.begin(), events.end(), [](const Event& e) {
    return e.type == "decision" && e.date.value == "2025-10-16" && e.places == std::vector<std::string>{"place:sete"};
  });
  CHECK(reopening);
  // An event noun that opens its sentence after any article.
  const auto hearing = f.events("La société STHJ a été placée en redressement judiciaire mardi à Lons-le-Saunier. "
                                "Une audience d'examen des offres est prévue le 9 juin, a précisé le tribunal.",
                                "2026-02-20");
  CHECK(std::any_of(hearing.begin(), hearing.end(), [](const Event& e) { return e.date.value == "2026-06-09"; }));
  // A description in the imperfect says what was going on, not what happened.
  const auto market = f.events("Le CAC 40 a perdu 1 % lundi à Paris. L'euro cédait mardi 0,2 %.", "2024-06-05");
  CHECK(std::none_of(market.begin(), market.end(), [](const Event& e) { return e.date.value == "2024-06-04"; }));
  // Names in another clause of the sentence are not the event's: it is still about the topic.
  const auto municipal = f.events("Agnès Mounier a été élue maire d'Annonay vendredi. Elle ne restera en fonctions que "
                                  "deux mois : les élections municipales se tiendront le 15 mars, et Mme Mounier a "
                                  "confirmé samedi qu'elle conduirait une liste.",
                                  "2026-01-10");
  CHECK(std::any_of(municipal.begin(), municipal.end(),
                    [](const Event& e) { return e.type == "election" && e.date.value == "2026-03-15"; }));
  // An infinitive that a main clause governs, with its subject there ("is due to start").
  const auto patrols = test::read("en", "Kessler Group said on Monday it would sell its plant in Lyon. Joint patrols "
                                        "are due to start on July 1.",
                                  "2026-05-18");
  CHECK(std::any_of(patrols.begin(), patrols.end(), [](const Event& e) {
    return e.type == "launch" && e.date.value == "2026-07-01" && e.title == "Joint patrols are due to start";
  }));
  // An event noun a clause places itself at ("lors de", "at") is the topic's, and its title says whose.
  const auto occasion = f.events("Régis Lartigue a été condamné jeudi à Auch. Lors de l'audience du 18 septembre, le "
                                 "prévenu avait évoqué des « erreurs de stock ».",
                                 "2025-10-16");
  CHECK(std::any_of(occasion.begin(), occasion.end(), [](const Event& e) {
    return e.type == "trial" && e.date.value == "2025-09-18" && e.title == "Régis Lartigue : audience";
  }));
}

TEST_CASE("a verb of beginning dates the event its noun names, and alone is no event") {
  // Sunday 18 January 2026.
  CHECK(test::date_of("negotiation", "en", "Moncada thanked Cuba for hosting the talks, which began in November 2022.",
                      "2026-01-18") == "2022-11");
  CHECK_FALSE(test::of_type(test::read("en", "Jane Roe began to cry on Monday in Lyon.", "2026-01-18"), "launch"));
}

TEST_CASE("a verb joined by a lone coordinator to a dated clause that tells no event happens on its day") {
  // Wednesday 24 September 2025.
  CHECK(test::date_of("statement", "en", "Tom Lindqvist flew over the site on Tuesday and said he was shocked.",
                      "2025-09-24") == "2025-09-23");
  CHECK(test::date_of("statement", "fr", "Jean Martin a survolé le site mardi et a déclaré qu'il était choqué.",
                      "2025-09-24") == "2025-09-23");
  // A clause with an event of its own keeps the date: the statement is then only said.
  CHECK(test::date_of("visit", "en", "Tom Lindqvist visited the site on Tuesday and said he was shocked.", "2025-09-24") ==
        "2025-09-23");
}

TEST_CASE("a bare year that qualifies a noun does not date the verb acting on it") {
  const auto withdrawn = test::read("en", "Finnish company Nokia withdrew its 2026 revenue forecast.", "2025-12-04");
  for (const auto& event : withdrawn) CHECK(event.date.value != "2026");
  const auto plan = test::read("fr", "Le constructeur Renault a présenté son plan 2026.", "2025-12-05");
  for (const auto& event : plan) CHECK(event.date.value != "2026");
  // An event noun it qualifies, or a phrase a preposition opens, it dates.
  const auto election = test::read("en", "Finnish lawmaker Anna Virtanen lost the 2024 election.", "2025-12-04");
  REQUIRE(test::of_type(election, "election"));
  CHECK(test::of_type(election, "election")->date.value == "2024");
}

TEST_CASE("a verb of saying placed at a dated event ('lors d'une visite de presse mercredi') is dated by it") {
  // Thursday 9 April 2026.
  const auto said = test::read("fr",
                               "« C'est une pièce exceptionnelle pour la région », a déclaré la responsable de "
                               "l'opération, Hélène Marchal, lors d'une visite de presse mercredi matin.",
                               "2026-04-09");
  const Event* statement = test::of_type(said, "statement");
  REQUIRE(statement);
  REQUIRE(statement->date.value);
  CHECK(statement->date.value->rfind("2026-04-08", 0) == 0);
  CHECK(statement->agents == std::vector<std::string>{"actor:helene-marchal"});
}

TEST_CASE("a visit that names no place nor target goes where the story happens") {
  // Wednesday 14 October 2026.
  const auto events = test::read("en",
                                 "Growers near Te Puke found a kiwifruit disease on Monday. Orchards in Te Puke were "
                                 "closed. The biosecurity minister will visit the area on Friday.",
                                 "2026-10-14");
  const Event* visit = test::of_type(events, "visit");
  REQUIRE(visit);
  CHECK(visit->agents == std::vector<std::string>{"actor:biosecurity-minister"});
  CHECK(visit->places == std::vector<std::string>{"place:te-puke"});
}

TEST_CASE("an association, a union or a federation named by its common noun is the one named before") {
  // Monday 1 December 2025.
  const auto events = test::read("fr", "Des militants ont manifesté vendredi à Lyon à l'appel de Greenpeace. L'association "
                                       "tiendra une réunion mardi à Lyon.",
                                 "2025-12-01");
  const Event* meeting = test::of_type(events, "meeting");
  REQUIRE(meeting);
  CHECK(test::has(meeting->agents, "actor:greenpeace"));
  // A description that stands for no one named before keeps its words in the title, rather than
  // giving way to the one named after the verb ("Bassirou Diomaye Faye a été reçue").
  test::TempDir out;
  const auto run = test::run_evgraph("build " + test::shell_quoted(test::source_dir() / "tests/data/dev-wire3/corpus.yaml") +
                                     " -o " + test::shell_quoted(out.path()) + " --no-cache");
  REQUIRE(run.status == 0);
  const std::string graph = test::read_file(out.path() / "graph.json");
  CHECK(graph.find("La ministre française a été reçue") != std::string::npos);
  CHECK(graph.find("Bassirou Diomaye Faye a été reçue") == std::string::npos);
}
