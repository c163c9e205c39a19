// Who acts, read from the shape of wire copy (issue 11): datelines, quotes with straight marks,
// trailing attributions ("the club said on Tuesday"), participial clauses, clause openers before a
// subject, noun-phrase heads and their complements, appositions, descriptions with a title.
#include <doctest/doctest.h>

#include <evgraph/extract.hpp>

#include "extract/extract_helpers.hpp"
#include "test_support.hpp"

#include <algorithm>

using namespace evgraph;

namespace {

using test::has;
using test::of_type;
using test::read;
using test::date_of;

bool names_anyone(const std::vector<Event>& events, const std::string& id) {
  return std::any_of(events.begin(), events.end(), [&](const Event& event) {
    return has(event.actors, id) || has(event.agents, id) || has(event.places, id);
  });
}

}  // namespace

TEST_CASE("phrases: a wire dateline names where the dispatch was filed, not who acts") {
  const auto fr = read("fr", "NARBONNE, 23 juillet 2025 (AFP) - Le ministre Jean Martin a démissionné mardi.", "2025-07-23");
  const Event* resignation = of_type(fr, "resignation");
  REQUIRE(resignation);
  CHECK(resignation->agents == std::vector<std::string>{"actor:jean-martin"});
  CHECK_FALSE(names_anyone(fr, "actor:afp"));
  CHECK(resignation->title.rfind("NARBONNE", 0) == std::string::npos);
  const auto en = read("en", "WROCLAW, Poland (AP) — Mayor John Smith resigned on Monday.", "2024-09-17");
  REQUIRE(of_type(en, "resignation"));
  CHECK(of_type(en, "resignation")->agents == std::vector<std::string>{"actor:john-smith"});
}

TEST_CASE("phrases: a straight-quoted statement names the speaker after the verb") {
  const auto fr = read("fr", "\"Notre priorité sera l'Europe\", a déclaré lundi M. Jean Martin lors d'une conférence.", "2025-02-25");
  const Event* statement = of_type(fr, "statement");
  REQUIRE(statement);
  CHECK(statement->agents == std::vector<std::string>{"actor:jean-martin"});
  CHECK(statement->date.value == "2025-02-24");
  // An apposition after a described speaker: the person acts, not the company that describes them.
  const auto apposed = read("fr",
                            "« Nous refusons », a déclaré jeudi le directeur général de Ryanair, Michael O'Leary, "
                            "lors d'une conférence de presse à Bruxelles.",
                            "2025-09-18");
  REQUIRE(of_type(apposed, "statement"));
  CHECK(of_type(apposed, "statement")->agents == std::vector<std::string>{"actor:michael-o-leary"});
}

TEST_CASE("phrases: a trailing attribution dates what it reports when that happened") {
  const auto en = read("en",
                       "Westbridge Athletic have agreed to sell a stake to Daniel Hollis, the club said on Tuesday.",
                       "2023-11-15");
  const Event* agreement = of_type(en, "agreement");
  REQUIRE(agreement);
  CHECK(agreement->date.value == "2023-11-14");
  CHECK(has(agreement->agents, "actor:westbridge-athletic"));
  CHECK_FALSE(of_type(en, "statement"));
  // What is only said keeps no date: the saying takes it.
  const auto said = read("en", "Ursula von der Leyen spoke. The European Union stands ready to help Poland, she wrote on Monday.",
                         "2024-09-17");
  REQUIRE(of_type(said, "statement"));
  CHECK(of_type(said, "statement")->date.value == "2024-09-16");
  // French inverted attribution: the source after the verb is its subject, not the traveller's.
  const auto fr = read("fr",
                       "Le ministre Jean Martin doit se rendre à Alger la semaine prochaine, a annoncé mercredi le "
                       "Quai d'Orsay.",
                       "2025-04-10");
  const Event* visit = of_type(fr, "visit");
  REQUIRE(visit);
  CHECK(visit->agents == std::vector<std::string>{"actor:jean-martin"});
  CHECK_FALSE(has(visit->targets, "actor:quai-d-orsay"));
}

TEST_CASE("phrases: a participial clause after a comma has its own objects") {
  const auto en = read("en", "Tomaz Kranjc won the runoff on Sunday, defeating Marko Zupan.", "2025-05-19");
  REQUIRE_FALSE(en.empty());
  for (const Event& event : en) {
    CHECK(has(event.agents, "actor:tomaz-kranjc"));
    CHECK_FALSE(has(event.agents, "actor:marko-zupan"));
  }
}

TEST_CASE("phrases: the word that opens a clause is no part of its subject") {
  const auto en = read("en", "Oil prices slipped after OPEC+ agreed on Sunday to raise output.", "2025-08-05");
  const Event* agreement = of_type(en, "agreement");
  REQUIRE(agreement);
  CHECK(agreement->agents == std::vector<std::string>{"actor:opec"});
  // "when": the clause happens at the main clause's date, which names nothing itself.
  const auto when = read("en", "Talks collapsed on Sunday when the union ILA rejected an offer from USMX.", "2024-10-02");
  const Event* rejection = of_type(when, "rejection");
  REQUIRE(rejection);
  CHECK(rejection->date.value == "2024-09-29");
  CHECK(rejection->agents == std::vector<std::string>{"actor:ila"});
  // "dont le comité": the antecedent's committee acts for it.
  const auto whose = read("fr",
                          "La BCE devance la Réserve fédérale américaine, dont le comité de politique monétaire se "
                          "réunira mardi à Washington.",
                          "2024-06-07");
  const Event* meeting = of_type(whose, "meeting");
  REQUIRE(meeting);
  CHECK(meeting->agents.size() == 1);
  CHECK_FALSE(has(meeting->agents, "actor:european-central-bank"));
}

TEST_CASE("phrases: a clause of the same time ('when', 'where' after a place) keeps its own event on the date") {
  // Both the collapse (in Newark) and the rejection happened on Sunday.
  const auto when = read("en", "Talks collapsed on Sunday in Newark when the ILA rejected an offer from USMX.", "2024-10-02");
  REQUIRE(of_type(when, "negotiation"));
  REQUIRE(of_type(when, "rejection"));
  CHECK(of_type(when, "negotiation")->date.value == "2024-09-29");
  CHECK(of_type(when, "rejection")->date.value == "2024-09-29");
  const auto where = read("fr", "L'accord a été conclu mardi à Genève, où Carmen Quispe et Javier Mamani se sont rencontrés.",
                          "2026-04-02");
  REQUIRE(of_type(where, "agreement"));
  REQUIRE(of_type(where, "meeting"));
  CHECK(of_type(where, "meeting")->date.value == "2026-03-31");
  // A "when" clause that tells no event of its own dates the clause it depends on.
  const auto motion = read("en", "The European Commission said it will table a no-confidence motion when parliament "
                                 "reconvenes on Feb. 16.", "2025-12-05");
  REQUIRE(of_type(motion, "proposal"));
  CHECK(of_type(motion, "proposal")->date.value == "2026-02-16");
  // So does one that tells its own: the parliament reconvenes, and the motion is tabled, that day.
  const auto sitting = read("en", "The People's Front said it will table a no-confidence motion when the Dewan Rakyat "
                                  "reconvenes on Feb. 16.", "2025-12-05");
  REQUIRE(of_type(sitting, "proposal"));
  CHECK(of_type(sitting, "proposal")->date.value == "2026-02-16");
  REQUIRE(of_type(sitting, "meeting"));
  CHECK(of_type(sitting, "meeting")->date.value == "2026-02-16");
  // A year in it is context, not the time of the main clause.
  const auto outlook = read("en", "Kerstens Photonics shares soared on Thursday as the maker lifted its 2026 outlook.",
                            "2025-12-05");
  for (const Event& event : outlook) CHECK(event.date.value != "2026");
  // "a week after X opened an investigation": X's event lies that long before the main one.
  const auto after = read("en", "Hafiz Kamaruddin stepped down on Monday, a week after the Malaysian Anti-Corruption "
                                "Commission (MACC) opened an investigation into the sale of state land.", "2025-12-05");
  REQUIRE(of_type(after, "investigation"));
  // Extraction links it; the merge then dates it a week before the resignation (24 November).
  REQUIRE(of_type(after, "investigation")->anchor);
  CHECK(of_type(after, "investigation")->anchor->type == "resignation");
  CHECK(of_type(after, "investigation")->anchor->offset == "P1W");
  CHECK_FALSE(of_type(after, "investigation")->anchor->after);
  CHECK(of_type(after, "investigation")->agents ==
        std::vector<std::string>{"actor:malaysian-anti-corruption-commission"});
  // A compound past steps back: the arrests came before the condemnation, on no day told.
  const auto before = read("en", "France on Monday condemned an attack in Tripoli, as Libyan authorities said three "
                                  "suspects had been arrested.", "2025-11-25");
  REQUIRE(of_type(before, "accusation"));
  for (const Event& event : before) CHECK(event.type != "arrest");
}

TEST_CASE("phrases: two verbs joined by a lone coordinator share the date of the second") {
  const auto same_day = read("en", "On March 3, police stopped two activists in Reykjavik. The men were detained and "
                                   "released later in the day.", "2025-03-10");
  REQUIRE(of_type(same_day, "arrest"));
  REQUIRE(of_type(same_day, "release"));
  CHECK(of_type(same_day, "arrest")->date.value == "2025-03-03");
  CHECK(of_type(same_day, "release")->date.value == "2025-03-03");
  // The first verb is no trigger's: the date still reaches back over "and" to the second.
  const auto charged = read("en", "Police arrested and charged two activists in Lyon on Tuesday.", "2025-03-12");
  REQUIRE(of_type(charged, "arrest"));
  CHECK(of_type(charged, "arrest")->date.value == "2025-03-11");
  CHECK(of_type(charged, "arrest")->agents == std::vector<std::string>{"actor:police"});
  // Not across a comma: each verb keeps the date beside it.
  const auto apart = read("en", "Two activists were arrested in Reykjavik on Monday, and released on Tuesday.", "2025-03-12");
  REQUIRE(of_type(apart, "arrest"));
  CHECK(of_type(apart, "arrest")->date.value == "2025-03-10");
  // A coordinated clause with its own subject keeps its date to itself.
  const auto own_subject = read("fr", "Le terminal de l'aéroport de Mulhouse a été évacué vers 10h15 vendredi. "
                                      "Aucun objet suspect n'a été découvert et le trafic a repris à 14h05.", "2025-12-06");
  const Event* discovery = of_type(own_subject, "discovery");
  CHECK((discovery == nullptr || !discovery->date.value.has_value()));
}

TEST_CASE("phrases: dates of two granularities joined by 'and' date two events, and a verb's particle stays with it") {
  const auto events = read("en", "QUITO, Ecuador (AP) — Peru broke off relations with Lima on April 6 and later that month "
                                 "asked the court in The Hague to suspend Ecuador.", "2025-10-22");
  REQUIRE(of_type(events, "rupture"));
  REQUIRE(of_type(events, "request"));
  CHECK(of_type(events, "rupture")->date.value == "2025-04-06");
  CHECK(of_type(events, "request")->date.value == "2025-04");
  // "off" is no verb: the clause's verb is "broke", its subject "Peru".
  CHECK(of_type(events, "request")->title.rfind("Peru asked the court", 0) == 0);
  const auto shut = read("en", "The Palisades nuclear plant in Michigan was shut down on Friday.", "2025-10-22");
  REQUIRE(of_type(shut, "decision"));
  CHECK(of_type(shut, "decision")->title.find("shut down") != std::string::npos);
}

TEST_CASE("phrases: who reports an event that names no one takes part in it, and 'de nouveau' stays in the verb group") {
  const auto fr = read("fr", "Le policier, un brigadier de 34 ans, a été mis en examen mercredi pour homicide volontaire, "
                             "a annoncé le procureur de la République, Rémi Castanet.", "2025-07-04");
  const Event* charge = of_type(fr, "charge");
  REQUIRE(charge);
  CHECK(charge->date.value == "2025-07-02");
  CHECK(charge->actors == std::vector<std::string>{"actor:remi-castanet"});
  CHECK(charge->agents.empty());
  // Where the event names someone itself, the source adds no one.
  const auto named = read("fr", "Jean Dupont a été mis en examen mercredi, a annoncé le procureur, Rémi Castanet.",
                          "2025-07-04");
  REQUIRE(of_type(named, "charge"));
  CHECK_FALSE(has(of_type(named, "charge")->actors, "actor:remi-castanet"));
  // "ont de nouveau été incendiées": the verb group, its tense (past: last Thursday night) and its title.
  const auto again = read("fr", "Des voitures ont de nouveau été incendiées dans la nuit de jeudi à vendredi à Lyon.",
                          "2025-07-04");
  REQUIRE(of_type(again, "attack"));
  CHECK(of_type(again, "attack")->date.value == "2025-07-03TNI");
  CHECK(of_type(again, "attack")->title == "Des voitures ont été incendiées à Lyon");
}

TEST_CASE("phrases: the head of a subject acts, the names that qualify it do not") {
  const auto en = read("en", "Ljubljana mayor Tomaz Kranjc met Janez Vidmar on Monday.", "2025-05-19");
  REQUIRE(of_type(en, "meeting"));
  CHECK(of_type(en, "meeting")->agents == std::vector<std::string>{"actor:janez-vidmar", "actor:tomaz-kranjc"});
  const auto possessive = read("en", "Donald Tusk's government declared a state of emergency on Monday.", "2024-09-17");
  REQUIRE_FALSE(possessive.empty());
  CHECK(has(possessive.front().agents, "actor:donald-tusk"));
  // "les syndicats de la SNCF" are not the SNCF.
  const auto unions = read("fr", "Les syndicats de la SNCF ont rejeté mardi la proposition de la direction.", "2026-02-05");
  const Event* rejection = of_type(unions, "rejection");
  REQUIRE(rejection);
  CHECK_FALSE(has(rejection->agents, "actor:sncf"));
  // An apposition between commas is no subject: "Kranjc, 52, will meet".
  const auto aged = read("en", "Tomaz Kranjc, 52, will meet Janez Vidmar on Thursday.", "2025-05-19");
  REQUIRE(of_type(aged, "meeting"));
  CHECK(has(of_type(aged, "meeting")->agents, "actor:tomaz-kranjc"));
}

TEST_CASE("phrases: 'X a été reçu par Y' is a meeting of both, not Y acting on X") {
  const auto fr = read("fr", "Jean-Noël Barrot a été reçu dimanche à Alger par le président Abdelmadjid Tebboune.", "2025-04-10");
  const Event* meeting = of_type(fr, "meeting");
  REQUIRE(meeting);
  CHECK(has(meeting->agents, "actor:jean-noel-barrot"));
  CHECK(has(meeting->agents, "actor:abdelmadjid-tebboune"));
  CHECK(meeting->targets.empty());
}

TEST_CASE("phrases: a description stands for the person named with that title, or for the office's holder") {
  const auto fr = read("fr",
                       "Le ministre de l'Intérieur, Jean Martin, s'est rendu mardi à Bizanet. La présidente du conseil "
                       "départemental, Claire Dufour, a demandé mercredi une aide. Le Premier ministre devrait se rendre à "
                       "Carcassonne vendredi. Le ministre a démissionné samedi.",
                       "2025-07-23");
  const Event* visit = nullptr;
  for (const Event& event : fr)
    if (event.type == "visit" && has(event.targets, "place:carcassonne")) visit = &event;
  REQUIRE(visit);
  // No Premier ministre is named: the office's holder visits, a person the text does not name.
  CHECK(visit->agents == std::vector<std::string>{"actor:premier-ministre"});
  const Event* resignation = of_type(fr, "resignation");
  REQUIRE(resignation);
  CHECK(resignation->agents == std::vector<std::string>{"actor:jean-martin"});
}

TEST_CASE("phrases: a verb listed only with a following word ('cut … rates') is a trigger only with it") {
  const auto cut = read("en", "Markets expect that the Federal Reserve will cut its key rate on Thursday.", "2025-08-05");
  const Event* economy = of_type(cut, "economy");
  REQUIRE(economy);
  CHECK(economy->date.value == "2025-08-07");
  CHECK(economy->agents == std::vector<std::string>{"actor:federal-reserve"});
  CHECK(read("en", "The Federal Reserve cut its staff on Thursday.", "2025-08-05").empty());
}

TEST_CASE("phrases: dates that do not date the event: a bound, an earlier occurrence") {
  const auto first = read("fr", "La BCE a baissé ses taux jeudi, une première depuis septembre 2019.", "2024-06-07");
  REQUIRE(first.size() == 1);
  CHECK(first[0].date.value == "2024-06-06");
  const auto since = read("en", "Dockworkers of the ILA walked off the job on Tuesday, the first strike since 1977.", "2024-10-02");
  REQUIRE(of_type(since, "strike"));
  CHECK(of_type(since, "strike")->date.value == "2024-10-01");
  for (const Event& event : since) CHECK(event.type != "attack");  // "the first strike" is a noun
  const auto bound = read("fr", "Météo-France a placé l'Aude en vigilance orange jusqu'à vendredi.", "2025-07-23");
  for (const Event& event : bound) CHECK(event.date.value != "2025-07-25");
  // A participle inside an apposition dates its own noun, not the verb after the apposition.
  const auto nested = read("fr", "Le maire de Lyon, un enseignant de 52 ans privé de voix depuis un cancer traité en "
                                 "2019, a démissionné mardi à Lyon.", "2025-07-23");
  REQUIRE(of_type(nested, "resignation"));
  CHECK(of_type(nested, "resignation")->date.value == "2025-07-22");
  const auto undated = read("fr", "Le maire de Lyon, un enseignant de 52 ans privé de voix depuis un cancer traité en "
                                  "2019, a démissionné à Lyon.", "2025-07-23");
  for (const Event& event : undated) CHECK(event.date.value != "2019");
  // The apposition's own participle does: "réuni jeudi soir".
  const auto own = read("fr", "Le conseil municipal de Lyon, réuni jeudi soir, a élu un nouveau maire.", "2025-07-25");
  REQUIRE(of_type(own, "election"));
  CHECK(of_type(own, "election")->date.value == "2025-07-24TEV");
}

TEST_CASE("phrases: a date that qualifies the subject's noun does not date what happens to it") {
  // "scheduled for next Saturday": an apposition of plans dates the race, not its postponement.
  CHECK(date_of("postponement", "en", "The Boat Race between Oxford and Cambridge, scheduled for next Saturday on the "
                "Thames, has been postponed by a week, organisers said on Sunday.", "2026-03-29") == "2026-03-29");
  CHECK(date_of("postponement", "fr", "Le match entre Lens et Lille, prévu samedi prochain, a été reporté d'une semaine, a "
                "annoncé dimanche la Ligue de football professionnel.", "2026-03-29") == "2026-03-29");
  // "This year's": a date in the genitive of the subject; after the verb it dates the act.
  CHECK(date_of("postponement", "en", "This year's Boat Race between Oxford and Cambridge has been postponed, organisers "
                "said on Sunday.", "2026-03-29") == "2026-03-29");
  CHECK(date_of("sport", "en", "Khalid Al-Mansoori, who won Wednesday's fifth stage of the Dakar Rally, said so.",
                "2026-01-09") == "2026-01-07");
}

TEST_CASE("phrases: a support verb in a relative clause dates the noun it describes") {
  const auto fr = read("fr", "Le parquet a requis quatre ans contre Jean Dupont lors du procès qui s'était tenu du 3 au 7 février.",
                       "2025-03-14");
  const Event* trial = of_type(fr, "trial");
  REQUIRE(trial);
  CHECK(trial->date.value == "2025-02-03");
  CHECK_FALSE(of_type(fr, "meeting"));
  // A noun after a preposition is no event a support verb reports: the committee meets.
  const auto committee = read("fr", "Un comité consacré aux feux de forêt se tiendra le 28 juillet à Paris.", "2025-07-23");
  REQUIRE(of_type(committee, "meeting"));
  CHECK(of_type(committee, "meeting")->date.value == "2025-07-28");
}

TEST_CASE("phrases: who carries a noun event: a light verb's subject, a gerund's clause, a lede's description") {
  const auto talks = read("en", "Julie Su met both sides last week and will hold new talks with union leaders on Thursday.",
                          "2024-10-02");
  const Event* negotiation = of_type(talks, "negotiation");
  REQUIRE(negotiation);
  CHECK(negotiation->date.value == "2024-10-03");
  CHECK(negotiation->agents == std::vector<std::string>{"actor:julie-su"});
  const auto gerund = read("fr", "La Banque du Canada avait, elle, ouvert le bal mercredi en ramenant son taux directeur à 4,75 %.",
                           "2024-06-07");
  const Event* cut = of_type(gerund, "economy");
  REQUIRE(cut);
  CHECK(cut->agents == std::vector<std::string>{"actor:banque-du-canada"});
  const auto lede = read("en",
                         "A federal judge ruled on Thursday that Google illegally dominated two markets. U.S. District "
                         "Judge Leonie Brinkema found that Google had engaged in anticompetitive acts.",
                         "2025-04-18");
  const Event* ruling = of_type(lede, "ruling");
  REQUIRE(ruling);
  CHECK(ruling->agents == std::vector<std::string>{"actor:leonie-brinkema"});
  CHECK(has(ruling->actors, "actor:google"));  // whom the ruling's "that" clause speaks of
}

TEST_CASE("phrases: 'and' with a verb of another tense joins nouns, not clauses") {
  const auto en = read("en", "Daniel Hollis met players and staff at the training ground near Reading two days ago.", "2023-11-15");
  const Event* meeting = of_type(en, "meeting");
  REQUIRE(meeting);
  CHECK(meeting->date.value == "2023-11-13");
  CHECK(meeting->agents == std::vector<std::string>{"actor:daniel-hollis"});
}

TEST_CASE("phrases: an adverb of several words inside the verb group, and a dated preposition before the object") {
  // "a par ailleurs ouvert en janvier une enquête": the group is "a ouvert", past, and the
  // preposition of the date does not part the verb from the noun it lends its subject to.
  for (const std::string text : {"Le parquet de Rennes a ouvert en janvier une enquête pénale.",
                           "Le parquet de Rennes a par ailleurs ouvert en janvier une enquête pénale.",
                           "Le parquet de Rennes a en outre ouvert en janvier une enquête pénale."}) {
    CAPTURE(text);
    const auto events = read("fr", text, "2025-10-16");
    REQUIRE(of_type(events, "investigation"));
    CHECK(of_type(events, "investigation")->date.value == "2025-01");
    CHECK(has(of_type(events, "investigation")->agents, "actor:parquet-de-rennes"));
  }
}

TEST_CASE("phrases: a 'verbe … mot' entry finds its word in the subject only when the verb acts on nothing after it") {
  const auto resumed = read("fr", "Le trafic de la SNCF a repris mardi à Grenoble.", "2026-01-14");
  CHECK(of_type(resumed, "resumption"));
  const auto object = read("fr", "Le service de presse de la SNCF a repris mardi les informations de la police.", "2026-01-14");
  CHECK_FALSE(of_type(object, "resumption"));
}
