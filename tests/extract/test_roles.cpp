// Who did what to whom (issue 11): roles from the clause's structure, pronouns, dates that belong
// to their own clause, modality, titles made of the sentence's words, events tied to events.
#include <doctest/doctest.h>

#include <evgraph/extract.hpp>
#include <evgraph/merge.hpp>

#include "extract/extract_helpers.hpp"
#include "test_support.hpp"

#include <algorithm>

using namespace evgraph;

namespace {

using test::has;
using test::of_type;
using test::read;

}  // namespace

TEST_CASE("roles: the subject acts, the object is the target") {
  const auto events = read("fr", "Mardi, la Russie a attaqué l'Ukraine.", "2025-03-06");
  const Event* attack = of_type(events, "attack");
  REQUIRE(attack);
  CHECK(attack->agents == std::vector<std::string>{"actor:russia"});
  CHECK(attack->targets == std::vector<std::string>{"actor:ukraine"});
  const auto english = read("en", "On Tuesday Russia attacked Ukraine.", "2025-03-06");
  REQUIRE(of_type(english, "attack"));
  CHECK(of_type(english, "attack")->agents == std::vector<std::string>{"actor:russia"});
  CHECK(of_type(english, "attack")->targets == std::vector<std::string>{"actor:ukraine"});
}

TEST_CASE("roles: passive voice, the agent after par/by") {
  const auto fr = read("fr", "Jean Dupont a été arrêté mardi par la DGSI à Lyon.", "2025-03-06");
  const Event* arrest = of_type(fr, "arrest");
  REQUIRE(arrest);
  CHECK(arrest->agents == std::vector<std::string>{"actor:dgsi"});
  CHECK(arrest->targets == std::vector<std::string>{"actor:jean-dupont"});
  CHECK(has(arrest->places, "place:lyon"));
  const auto en = read("en", "John Smith was arrested on Tuesday by the FBI in Chicago.", "2025-03-06");
  REQUIRE(of_type(en, "arrest"));
  CHECK(of_type(en, "arrest")->agents == std::vector<std::string>{"actor:fbi"});
  CHECK(of_type(en, "arrest")->targets == std::vector<std::string>{"actor:john-smith"});
  // A participle alone after a name and a comma: the name underwent it.
  const auto apposed = read("en", "Police questioned the pilot, John Smith, arrested on Monday at the airport.", "2026-03-12");
  REQUIRE(of_type(apposed, "arrest"));
  CHECK(of_type(apposed, "arrest")->agents.empty());
  CHECK(of_type(apposed, "arrest")->targets == std::vector<std::string>{"actor:john-smith"});
  // A simple past after the comma that closes an apposition is the subject's verb.
  const auto closing = read("en", "Her rival, former chief Andres Vidal, conceded defeat on Sunday.", "2025-11-17");
  REQUIRE(of_type(closing, "withdrawal"));
  CHECK(of_type(closing, "withdrawal")->agents == std::vector<std::string>{"actor:andres-vidal"});
}

TEST_CASE("titles: a pronoun names one side of a meeting, and the verb's object stays the other") {
  const auto events = read("en", "Camila Rojas said she would meet Housing Minister Tomas Errazuriz on Thursday in Santiago.",
                           "2025-11-18");
  const Event* meeting = of_type(events, "meeting");
  REQUIRE(meeting);
  CHECK(meeting->title.rfind("Camila Rojas would meet", 0) == 0);
  CHECK(meeting->title.find("Errazuriz") == meeting->title.rfind("Errazuriz"));
  const auto fr = read("fr", "Franck Leroux a parlé aux grévistes. Lundi, il a rencontré le sous-préfet du Havre.", "2026-01-22");
  REQUIRE(of_type(fr, "meeting"));
  CHECK(of_type(fr, "meeting")->title == "Franck Leroux a rencontré le sous-préfet du Havre");
  CHECK(has(of_type(fr, "meeting")->agents, "actor:sous-prefet-du-havre"));
}

TEST_CASE("roles: coordination and every side of a meeting") {
  const auto fr = read("fr", "Vladimir Poutine et Donald Trump se sont rencontrés le 15 août en Alaska.", "2025-08-19");
  const Event* meeting = of_type(fr, "meeting");
  REQUIRE(meeting);
  CHECK(meeting->agents == std::vector<std::string>{"actor:donald-trump", "actor:vladimir-putin"});
  CHECK(meeting->date.value == "2025-08-15");
  const auto en = read("en", "Emmanuel Macron met Olaf Scholz in Berlin on Monday.", "2025-03-05");
  REQUIRE(of_type(en, "meeting"));
  CHECK(of_type(en, "meeting")->agents == std::vector<std::string>{"actor:emmanuel-macron", "actor:olaf-scholz"});
}

TEST_CASE("roles: apposition, and a title standing for the person named before") {
  const auto fr = read("fr", "Le ministre de l'Intérieur, Jean Martin, s'est rendu lundi à Marseille.", "2025-03-05");
  const Event* visit = of_type(fr, "visit");
  REQUIRE(visit);
  CHECK(visit->agents == std::vector<std::string>{"actor:jean-martin"});
  CHECK(visit->targets == std::vector<std::string>{"place:marseille"});
  const auto en = read("en", "Interior Minister Jane Doe spoke in Leeds. On Friday the minister resigned.", "2025-03-10");
  REQUIRE(of_type(en, "resignation"));
  CHECK(of_type(en, "resignation")->agents == std::vector<std::string>{"actor:jane-doe"});
}

TEST_CASE("roles: 'il' after a planned visit by 'le ministre' is the minister, not an agency named in a hyphen") {
  const auto events = read("fr",
                           "Météo-France avait placé l'île en alerte rouge vendredi. Le ministre Thierry Roussel doit se "
                           "rendre sur l'île mardi. Il a promis dimanche une aide.",
                           "2026-02-02");
  const Event* promise = of_type(events, "promise");
  REQUIRE(promise);
  CHECK(promise->agents == std::vector<std::string>{"actor:thierry-roussel"});
  const Event* alert = of_type(events, "decision");
  REQUIRE(alert);
  CHECK(alert->agents == std::vector<std::string>{"actor:meteo-france"});
}

TEST_CASE("roles: pronouns refer to the person named before, not to the noun a relative describes") {
  const auto fr = read("fr",
                       "Les informations marquent un changement dans la position de Donald Trump. Au début du mois, il "
                       "avait publiquement rejeté la possibilité d'offrir des missiles à Kiev.",
                       "2025-11-21");
  const Event* rejection = of_type(fr, "rejection");
  REQUIRE(rejection);
  CHECK(rejection->agents == std::vector<std::string>{"actor:donald-trump"});
  CHECK(rejection->modality == "happened");  // "avait rejeté" happened, whatever "possibilité" says
  CHECK(rejection->title == "Trump avait rejeté la possibilité d'offrir des missiles");
  const auto relative = read("fr",
                             "Friedrich Merz avance avec le dirigeant Lars Klingbeil, qu'il doit rencontrer jeudi à Berlin.",
                             "2025-02-25");
  const Event* meeting = of_type(relative, "meeting");
  REQUIRE(meeting);
  CHECK(has(meeting->agents, "actor:friedrich-merz"));
}

TEST_CASE("roles: 'ce dernier' is the last one named, a body too, not a group named by its common noun") {
  const auto body = read("fr", "BRUXELLES, 9 décembre 2025 (AFP) - Jordi Casals a signé mardi l'accord à Bruxelles. Mais le "
                               "Conseil général, le Parlement andorran, ne l'a pas encore ratifié. Ce dernier doit se "
                               "prononcer le 22 janvier.", "2025-12-09");
  const Event* decision = of_type(body, "decision");
  REQUIRE(decision);
  CHECK_FALSE(has(decision->agents, "actor:jordi-casals"));
  CHECK((has(decision->agents, "actor:conseil-general") || has(decision->agents, "actor:parlement-andorran")));
  const auto person = read("fr", "VALLOIRE, 13 janvier 2026 (AFP) - Le préfet rencontrera jeudi le maire, Jean-Luc Bérard, "
                                 "et les commerçants. Ce dernier a réclamé mardi un plan d'urgence.", "2026-01-13");
  REQUIRE(of_type(person, "demand"));
  CHECK(of_type(person, "demand")->agents == std::vector<std::string>{"actor:jean-luc-berard"});
}

TEST_CASE("roles: reported speech names the speaker, after the quote or in 'selon'") {
  const auto fr = read("fr", "« Nous ne céderons pas », a déclaré mardi Volodymyr Zelensky.", "2025-03-06");
  const Event* statement = of_type(fr, "statement");
  REQUIRE(statement);
  CHECK(statement->agents == std::vector<std::string>{"actor:volodymyr-zelensky"});
  const auto en = read("en", "Ariane 6 will fly on July 9, the European Space Agency said on Wednesday.", "2024-06-05");
  const Event* said = of_type(en, "statement");
  REQUIRE(said);
  CHECK(said->date.value == "2024-06-05");
  CHECK(said->agents == std::vector<std::string>{"actor:european-space-agency"});
}

TEST_CASE("roles: nouns name their event with its complements") {
  const auto fr = read("fr", "L'arrestation de Jean Dupont mardi à Paris a surpris.", "2025-03-06");
  const Event* arrest = of_type(fr, "arrest");
  REQUIRE(arrest);
  CHECK(arrest->targets == std::vector<std::string>{"actor:jean-dupont"});
  CHECK(arrest->date.value == "2025-03-04");
  const auto en = read("en", "The signing of the accord by Armenia and Azerbaijan on Friday ended the war.", "2025-08-10");
  const Event* signing = of_type(en, "agreement");
  REQUIRE(signing);
  CHECK(signing->agents == std::vector<std::string>{"actor:armenia", "actor:azerbaijan"});
  const auto possessive = read("fr", "M. Lindner a annoncé lundi son départ de la vie politique.", "2025-02-25");
  REQUIRE(!possessive.empty());
}

TEST_CASE("dates belong to their own clause") {
  const auto relative = read("en", "The envoy Steve Witkoff, who landed on May 3, met the president on Friday.", "2025-05-10");
  const Event* meeting = of_type(relative, "meeting");
  REQUIRE(meeting);
  CHECK(meeting->date.value == "2025-05-09");
  const Event* arrival = of_type(relative, "arrival");
  REQUIRE(arrival);
  CHECK(arrival->date.value == "2025-05-03");
  CHECK(arrival->agents == std::vector<std::string>{"actor:steve-witkoff"});
  const auto plan = read("en", "EU ministers on Tuesday approved a plan to cut emissions by 2040.", "2025-07-03");
  const Event* approval = of_type(plan, "decision");
  REQUIRE(approval);
  CHECK(approval->date.value == "2025-07-01");
}

TEST_CASE("modality from the verb group: negation, modals, the future, the pluperfect") {
  CHECK(of_type(read("fr", "Le 3 mai, Emmanuel Macron n'a pas rencontré Olaf Scholz.", "2025-05-10"), "meeting")->modality == "denied");
  CHECK(of_type(read("fr", "Emmanuel Macron doit rencontrer Olaf Scholz le 20 mai.", "2025-05-10"), "meeting")->modality == "planned");
  CHECK(of_type(read("fr", "Emmanuel Macron pourrait rencontrer Olaf Scholz le 20 mai.", "2025-05-10"), "meeting")->modality == "possible");
  CHECK(of_type(read("en", "Emmanuel Macron is expected to meet Olaf Scholz on May 20.", "2025-05-10"), "meeting")->modality == "planned");
  CHECK(of_type(read("en", "Emmanuel Macron did not meet Olaf Scholz on May 3.", "2025-05-10"), "meeting")->modality == "denied");
  CHECK(of_type(read("fr", "Le 3 mai, Emmanuel Macron avait rencontré Olaf Scholz à Berlin.", "2025-05-10"), "meeting")->modality == "happened");
}

TEST_CASE("an event tied to another: 'three weeks after the coup' follows it, and gets its date") {
  const auto events = read("fr",
                           "Le coup d'État du 3 juillet a renversé le président Mohamed Bazoum. Trois semaines après le "
                           "coup d'État, "
                           "le général Jean Moulin a démissionné.",
                           "2025-08-20");
  std::vector<Event> merged = merge_events(events);
  const Event* resignation = nullptr;
  const Event* coup = nullptr;
  for (const Event& event : merged) {
    if (event.type == "resignation") resignation = &event;
    if (event.date.value == "2025-07-03") coup = &event;
  }
  REQUIRE(resignation);
  REQUIRE(coup);
  CHECK(resignation->date.value == "2025-07-24");
  CHECK(resignation->follows == std::vector<std::string>{coup->id});
}

TEST_CASE("of the events a clause ties to another, the verb heading it takes the date, not a noun on the way") {
  const auto events = read("fr",
                           "Arrivée en tête au premier tour le 15 mars, Claire Rigaud a gagné. Le candidat Patrick Belin, "
                           "qualifié pour le second tour, s'était retiré trois jours après le premier tour.",
                           "2026-03-23");
  const std::vector<Event> merged = merge_events(events);
  const Event* withdrawal = nullptr;
  for (const Event& event : merged)
    if (event.type == "withdrawal") withdrawal = &event;
  REQUIRE(withdrawal);
  CHECK(withdrawal->date.value == "2026-03-18");
  CHECK(withdrawal->agents == std::vector<std::string>{"actor:patrick-belin"});
}

TEST_CASE("a hyphenated modifier does not part a verb from the noun event it carries") {
  const auto events = read("en", "The Competition Authority will open an in-depth inquiry next month.", "2025-10-21");
  const Event* inquiry = of_type(events, "investigation");
  REQUIRE(inquiry);
  CHECK(inquiry->agents == std::vector<std::string>{"actor:competition-authority"});
}

TEST_CASE("an event noun opening its clause in a sentence that names no one is about the document's topic") {
  const auto events = read("en",
                           "Prosecutors charged Daniel Koh with fraud in Lyon. Koh denied wrongdoing. Koh's lawyer "
                           "spoke. The trial opened on Jan. 12.",
                           "2026-07-03");
  const Event* trial = of_type(events, "trial");
  REQUIRE(trial);
  CHECK(trial->date.value == "2026-01-12");
  CHECK(trial->actors == std::vector<std::string>{"actor:daniel-koh"});
  CHECK(trial->places == std::vector<std::string>{"place:lyon"});
  // A noun after other words of its clause is not its subject: no topic.
  const auto later = read("en", "Koh spoke. Koh left. Reporters waited for the trial on Jan. 12.", "2026-07-03");
  for (const Event& event : later) CHECK(event.type != "trial");
}

TEST_CASE("people of a body named after the passive's 'par'/'by' act for that body") {
  const auto fr = read("fr", "Kossi Amégah a été arrêté samedi par des agents du Service central de renseignements et "
                             "d'investigations criminelles (SCRIC).", "2026-01-20");
  REQUIRE(of_type(fr, "arrest"));
  CHECK(of_type(fr, "arrest")->agents ==
        std::vector<std::string>{"actor:service-central-de-renseignements-et-d-investigations-criminelles"});
  CHECK(of_type(fr, "arrest")->targets == std::vector<std::string>{"actor:kossi-amegah"});
  const auto en = read("en", "Kossi Amegah was arrested on Saturday by members of the Border Police.", "2026-01-20");
  REQUIRE(of_type(en, "arrest"));
  CHECK(of_type(en, "arrest")->agents == std::vector<std::string>{"actor:border-police"});
  // Not a body's people: the name after "de" keeps its own role.
  const auto plain = read("fr", "Kossi Amégah a été arrêté samedi par la police près du domicile de Jean Koffi.", "2026-01-20");
  REQUIRE(of_type(plain, "arrest"));
  CHECK_FALSE(has(of_type(plain, "arrest")->agents, "actor:jean-koffi"));
}

TEST_CASE("an organisation that reports an arrest, a charge or a hearing naming no agent is its agent") {
  const auto en = read("en", "The Court of Arbitration for Sport said a hearing would be held in Lausanne on Sept. 15.",
                       "2026-06-04");
  REQUIRE(of_type(en, "trial"));
  CHECK(of_type(en, "trial")->agents == std::vector<std::string>{"actor:court-of-arbitration-for-sport"});
  const auto fr = read("fr", "Deux hommes ont été interpellés mardi à Lyon, a indiqué la gendarmerie.", "2026-06-04");
  REQUIRE(of_type(fr, "arrest"));
  CHECK(of_type(fr, "arrest")->agents == std::vector<std::string>{"actor:gendarmerie"});
  // A person who reports is no agent; nor is a reporter of what its type does not let it do.
  const auto person = read("fr", "Deux hommes ont été interpellés mardi à Lyon, a indiqué Jean Dupont.", "2026-06-04");
  REQUIRE(of_type(person, "arrest"));
  CHECK(of_type(person, "arrest")->agents.empty());
  const auto blast = read("en", "The Interior Ministry said a bomb exploded in Lahore on Tuesday.", "2026-06-04");
  for (const Event& event : blast)
    if (event.type != "statement") CHECK_FALSE(has(event.agents, "actor:interior-ministry"));
}

TEST_CASE("the place a 'where' clause follows is where its event happens, and 'le gouvernement marocain' acts") {
  const auto fr = read("fr", "M. Benkirane doit visiter dimanche la ville de Safi, où des villageois ont bloqué la semaine "
                             "dernière la route nationale pour protester contre les coupures.", "2025-08-12");
  const Event* protest = of_type(fr, "protest");
  REQUIRE(protest);
  CHECK(protest->places == std::vector<std::string>{"place:safi"});
  const auto government = read("fr", "Le gouvernement marocain a décrété hier l'état d'urgence hydrique.", "2025-08-12");
  REQUIRE(of_type(government, "decision"));
  CHECK(of_type(government, "decision")->agents == std::vector<std::string>{"actor:gouvernement-marocain"});
}

TEST_CASE("a title and its body in apposition after a person describe that person, and 'its board' is its owner's") {
  const auto en = read("en", "John Smith, chief executive of Acme Corp, resigned on Friday.", "2026-05-22");
  REQUIRE(of_type(en, "resignation"));
  CHECK(of_type(en, "resignation")->agents == std::vector<std::string>{"actor:john-smith"});
  const auto fr = read("fr", "Pieter Vanhoutte, administrateur délégué de la SNCB, a démissionné vendredi.", "2026-05-22");
  REQUIRE(of_type(fr, "resignation"));
  CHECK(of_type(fr, "resignation")->agents == std::vector<std::string>{"actor:pieter-vanhoutte"});
  // "its" stands for a state, an organisation or a group, whose board acts for it.
  const auto board = read("en", "The European Commission said on Tuesday that profits fell. Its board will meet on Monday.",
                          "2026-02-11");
  REQUIRE(of_type(board, "meeting"));
  CHECK(of_type(board, "meeting")->agents == std::vector<std::string>{"actor:european-commission"});
}

TEST_CASE("an event noun after 'where' is what the clause's verb tells, at the place before 'where' and its noun") {
  // "where a landslide buried": the landslide, not a burial; in Sindhupalchok though "district" stands between.
  const auto en = read("en", "Rescuers worked on Wednesday in Sindhupalchok district, where a landslide buried 40 houses "
                             "on Monday.", "2026-07-29");
  const Event* landslide = of_type(en, "disaster");
  REQUIRE(landslide);
  CHECK(landslide->date.value == "2026-07-27");
  CHECK(landslide->places == std::vector<std::string>{"place:sindhupalchok"});
  CHECK(of_type(en, "ceremony") == nullptr);
}

TEST_CASE("a definite event noun that names nothing is the event of its type the text told of before") {
  const auto fr = read("fr",
                       "Pieter Vanhoutte a présenté vendredi sa démission, cinq jours après le déraillement d'un train "
                       "près de Ciney. Le déraillement s'est produit dimanche, lorsqu'un train reliant Bruxelles à "
                       "Luxembourg a quitté les rails.",
                       "2026-05-22");
  const Event* derailment = nullptr;
  for (const Event& event : fr)
    if (event.date.value == "2026-05-17") derailment = &event;
  REQUIRE(derailment);
  CHECK(derailment->places == std::vector<std::string>{"place:ciney"});
  CHECK_FALSE(has(derailment->places, "place:bruxelles"));
  const auto blast = read("fr", "L'explosion d'une usine à Tours a fait deux morts mardi. L'explosion s'est produite "
                                "jeudi, lorsque la digue a cédé près de Nantes.", "2026-05-22");
  const Event* same = nullptr;
  for (const Event& event : blast)
    if (event.date.value == "2026-05-21" && event.type == "attack") same = &event;
  REQUIRE(same);
  CHECK(same->places == std::vector<std::string>{"place:tours"});
  // Told before, it wins over the document's topic when the sentence names no one.
  const auto strike = read("fr", "Les détenus de la prison de Mornaguia observent une grève de la faim. Jean Dupont a "
                                 "parlé. Jean Dupont a protesté. La grève avait débuté le 20 mai.", "2025-06-12");
  const Event* started = nullptr;
  for (const Event& event : strike)
    if (event.date.value == "2025-05-20") started = &event;
  REQUIRE(started);
  CHECK(started->places == std::vector<std::string>{"place:mornaguia"});
  CHECK_FALSE(has(started->actors, "actor:jean-dupont"));
  // A noun that says which event it is ("l'explosion de la cuve") is another one.
  const auto other = read("fr", "L'explosion d'une usine à Tours a fait deux morts mardi. L'explosion de la cuve s'est "
                                "produite jeudi, lorsque la digue a cédé près de Nantes.", "2026-05-22");
  for (const Event& event : other)
    if (event.date.value == "2026-05-21" && event.type == "attack") CHECK_FALSE(has(event.places, "place:tours"));
}

TEST_CASE("a past participle between a preposition and a noun qualifies the noun, gapped verdicts") {
  const auto events = read("en", "A court on Thursday found the founder of collapsed payments firm Lumora Pay guilty of fraud.",
                           "2026-07-03");
  REQUIRE(of_type(events, "ruling"));
  CHECK(of_type(events, "disaster") == nullptr);
  const auto objected = read("en", "The United States and Saudi Arabia had objected on Thursday to a draft.", "2025-09-26");
  REQUIRE(of_type(objected, "accusation"));
  CHECK(of_type(objected, "accusation")->agents == std::vector<std::string>{"actor:saudi-arabia", "actor:united-states"});
}

TEST_CASE("a subject coordinated past an apposition keeps both names, in the text's order") {
  const auto fr = read("fr", "Le SNCTA, principal syndicat de la profession, et l'Unsa-ICNA ont annoncé le 22 janvier une grève.",
                       "2026-02-04");
  const Event* announced = of_type(fr, "announcement");
  REQUIRE(announced);
  CHECK(announced->agents == std::vector<std::string>{"actor:sncta", "actor:unsa-icna"});
  CHECK(announced->title.rfind("SNCTA et Unsa-ICNA", 0) == 0);
  const auto en = read("en", "Nordvik Bank, the country's fifth-largest lender, and Gavle Sparbank met on Tuesday.", "2026-02-04");
  REQUIRE(of_type(en, "meeting"));
  CHECK(of_type(en, "meeting")->agents == std::vector<std::string>{"actor:gavle-sparbank", "actor:nordvik-bank"});
}

TEST_CASE("a sentence whose main verb makes no event still says who the next pronoun stands for") {
  const auto events = read("fr",
                           "La ministre, Annie Genevard, doit recevoir lundi les représentants. Hervé Lachaux a affirmé que "
                           "les drones étaient sûrs. Il a ensuite appelé les viticulteurs à manifester à Dijon le 29 janvier.",
                           "2026-01-14");
  const Event* protest = of_type(events, "protest");
  REQUIRE(protest);
  CHECK(protest->agents == std::vector<std::string>{"actor:herve-lachaux"});
  CHECK(protest->date.value == "2026-01-29");
}

TEST_CASE("a passive with an agreed participle of an intransitive verb, a title drops the coordinator") {
  const auto events = read("fr",
                           "Le parquet a ouvert une enquête, et l'usine a été perquisitionnée par les gendarmes mardi.",
                           "2026-02-27");
  const Event* raid = of_type(events, "investigation");
  REQUIRE(raid);
  CHECK(raid->date.value == "2026-02-24");
  CHECK(raid->agents == std::vector<std::string>{"actor:gendarmes"});
  CHECK(raid->title.rfind("L'usine a été perquisitionnée", 0) == 0);
}

TEST_CASE("a country's name inside a person's name after a title is part of the name") {
  const auto first = read("en", "Finance Minister Dominique Leclair announced the surtax on Friday.", "2026-08-21");
  REQUIRE(of_type(first, "announcement"));
  CHECK(of_type(first, "announcement")->agents == std::vector<std::string>{"actor:dominique-leclair"});
  const auto last = read("en", "Prime Minister Luis Montenegro visited Porto on Monday.", "2026-10-14");
  REQUIRE(of_type(last, "visit"));
  CHECK(of_type(last, "visit")->agents == std::vector<std::string>{"actor:luis-montenegro"});
  // Elsewhere the country is one.
  const auto country = read("en", "President Macron visited Montenegro on Monday.", "2026-10-14");
  REQUIRE(of_type(country, "visit"));
  CHECK(of_type(country, "visit")->targets == std::vector<std::string>{"actor:montenegro"});
}

TEST_CASE("a counted description after 'par'/'by' names the agents of a passive") {
  const auto events = read("fr",
                           "Le SNCTA et la DGAC ont négocié lundi. L'accord doit être signé par les deux parties le 9 "
                           "février à Paris.",
                           "2026-02-04");
  const Event* signing = of_type(events, "agreement");
  REQUIRE(signing);
  CHECK(signing->agents == std::vector<std::string>{"actor:dgac", "actor:sncta"});
  // No list of that many names: no agent.
  const auto alone = read("fr", "L'accord doit être signé par les trois parties le 9 février à Paris.", "2026-02-04");
  REQUIRE(of_type(alone, "agreement"));
  CHECK(of_type(alone, "agreement")->agents.empty());
}

TEST_CASE("'they' and 'their ministers' after a subject of several sides stand for all of them") {
  const auto they = read("en", "India and Indonesia announced a joint fund on Thursday. They signed the agreement on Friday.",
                         "2025-09-26");
  REQUIRE(of_type(they, "agreement"));
  CHECK(of_type(they, "agreement")->agents == std::vector<std::string>{"actor:india", "actor:indonesia"});
  const auto theirs = read("fr", "L'Inde et l'Indonésie ont annoncé jeudi un fonds commun. Leurs ministres ont signé l'accord "
                                 "vendredi.", "2025-09-26");
  REQUIRE(of_type(theirs, "agreement"));
  CHECK(of_type(theirs, "agreement")->agents == std::vector<std::string>{"actor:india", "actor:indonesia"});
  // After a subject of one side, "they" is resolved as before, to one.
  const auto one = read("en", "India announced a fund on Thursday. They signed the agreement on Friday.", "2025-09-26");
  REQUIRE(of_type(one, "agreement"));
  CHECK(of_type(one, "agreement")->agents == std::vector<std::string>{"actor:india"});
}

TEST_CASE("an event noun in a participle phrase opening the sentence is the main subject's") {
  const auto events = read("fr",
                           "Arrivée en tête au premier tour le 15 mars, Claire Rigaud a fusionné sa liste mardi.",
                           "2026-03-23");
  const Event* round = of_type(events, "election");
  REQUIRE(round);
  CHECK(round->date.value == "2026-03-15");
  CHECK(round->agents == std::vector<std::string>{"actor:claire-rigaud"});
  // Not without the participle: "Au premier tour le 15 mars, ..." says nothing of who.
  const auto plain = read("fr", "Au premier tour le 15 mars, Claire Rigaud a fusionné sa liste mardi.", "2026-03-23");
  REQUIRE(of_type(plain, "election"));
  CHECK(of_type(plain, "election")->agents.empty());
}

TEST_CASE("the owners a subject counts act: 'the boards of the two banks', 'shareholders of both banks'") {
  const auto events = read("en",
                           "Nordvik Bank and Gavle Sparbank said on Tuesday they had agreed to merge. The boards of the two "
                           "banks approved the terms on Monday. Shareholders of both banks will vote on Dec. 9.",
                           "2025-10-21");
  const std::vector<std::string> both{"actor:gavle-sparbank", "actor:nordvik-bank"};
  REQUIRE(of_type(events, "decision"));
  CHECK(of_type(events, "decision")->agents == both);
  REQUIRE(of_type(events, "vote"));
  CHECK(of_type(events, "vote")->agents == both);
}

TEST_CASE("a bare number counts new people, not a list the text names: 'Two men were arrested'") {
  const auto events = read("en",
                           "Police in Antwerp recovered the violin on Friday. Two men were arrested on Friday evening. Feys "
                           "will play at deSingel on Sept. 27, with Anna Berg and Jan Peeters.",
                           "2025-09-15");
  const Event* arrest = of_type(events, "arrest");
  REQUIRE(arrest);
  CHECK(!has(arrest->targets, "actor:anna-berg"));
  CHECK(!has(arrest->targets, "actor:jan-peeters"));
}

TEST_CASE("a passive's title names what underwent it, never its agents in its place") {
  const auto events = read("fr",
                           "Les habitants des hameaux voisins de la rivière ont été évacués par les gendarmes lundi soir.",
                           "2025-08-12");
  REQUIRE(events.size() == 1);
  CHECK(events[0].agents == std::vector<std::string>{"actor:gendarmes"});
  CHECK(events[0].title.rfind("Gendarmes", 0) != 0);
  CHECK(events[0].title.rfind("Les habitants", 0) == 0);
}

TEST_CASE("an infinitive's title says the verb that governs it past a short object") {
  const auto fr = read("fr", "Hervé Lachaux a appelé les viticulteurs à manifester à Dijon le 29 janvier.", "2026-01-14");
  REQUIRE(of_type(fr, "protest"));
  CHECK(of_type(fr, "protest")->title.rfind("Hervé Lachaux a appelé les viticulteurs à manifester", 0) == 0);
  CHECK(of_type(fr, "protest")->date.value == "2026-01-29");
  const auto en = read("en", "Hervé Lachaux urged farmers to protest in Dijon on Jan. 29.", "2026-01-14");
  REQUIRE(of_type(en, "protest"));
  CHECK(of_type(en, "protest")->title.rfind("Hervé Lachaux urged farmers to protest", 0) == 0);
  CHECK(of_type(en, "protest")->date.value == "2026-01-29");
}

TEST_CASE("roles: the object of 'reprocher à X de', 'ask X to' acts in the infinitive, and the title tells the whole clause") {
  const auto fr = read("fr", "CORDEMAIS, 31 mars 2026 (AFP) - La CGT a alerté mardi EDF. Les deux syndicats reprochent à EDF "
                             "d'avoir abandonné en 2024 le projet Ecocombust.", "2026-03-31");
  REQUIRE(of_type(fr, "withdrawal"));
  CHECK(of_type(fr, "withdrawal")->agents == std::vector<std::string>{"actor:edf"});
  CHECK(of_type(fr, "withdrawal")->title.rfind("Les deux syndicats reprochent à EDF d'avoir abandonné", 0) == 0);
  const auto en = read("en", "The Kenyan Wildlife Service (KWS) said on Monday it would sell land. Residents asked KWS to "
                             "suspend in 2024 the evictions.", "2026-03-31");
  REQUIRE(of_type(en, "rupture"));
  CHECK(of_type(en, "rupture")->agents == std::vector<std::string>{"actor:kenyan-wildlife-service"});
  CHECK(of_type(en, "rupture")->title.rfind("Residents asked KWS to suspend", 0) == 0);
  // Not an infinitive of purpose: who calls acts.
  const auto purpose = read("fr", "Le ministre Jean Martin a appelé Paul Durand pour démissionner en 2024 de son poste.", "2026-03-31");
  REQUIRE(of_type(purpose, "resignation"));
  CHECK(of_type(purpose, "resignation")->agents == std::vector<std::string>{"actor:jean-martin"});
}

TEST_CASE("roles: a bare participle right after a noun's 'by' and a name is that name's act, and its title ends with it") {
  const auto events = read("en", "GLASGOW (Reuters) - A report by Audit Scotland published on Monday put the final cost of "
                                 "the pair at 412 million pounds.", "2025-03-18");
  const Event* report = of_type(events, "publication");
  REQUIRE(report);
  CHECK(report->agents == std::vector<std::string>{"actor:audit-scotland"});
  CHECK(report->title == "A report by Audit Scotland published");
}

TEST_CASE("annulling and cancelling are decisions") {
  const auto french = read("fr", "Le Conseil d'État a annulé mardi le texte du 3 juillet 2025.", "2026-01-14");
  const Event* fr = of_type(french, "decision");
  REQUIRE(fr);
  CHECK(fr->date.value == "2026-01-13");
  CHECK(fr->agents == std::vector<std::string>{"actor:conseil-d-etat"});
  const auto english = read("en", "The Central Bank of Ireland revoked the licence of Nordbank on Monday.", "2026-01-14");
  const Event* en = of_type(english, "decision");
  REQUIRE(en);
  CHECK(en->date.value == "2026-01-12");
}

TEST_CASE("titles say who did what, in the sentence's words, short enough to show uncut") {
  const auto events = read("fr",
                           "Plus tard, le 4 avril, les chefs d'état-major de la France et du Royaume-Uni ont visité Kiev pour "
                           "des consultations avec la direction ukrainienne.",
                           "2025-08-20");
  const Event* visit = of_type(events, "visit");
  REQUIRE(visit);
  CHECK(visit->title == "France et Royaume-Uni ont visité Kiev pour des consultations");
  CHECK(visit->agents == std::vector<std::string>{"actor:france", "actor:united-kingdom"});
  CHECK(visit->targets == std::vector<std::string>{"place:kyiv"});
  for (const Event& event : events) CHECK(decode_utf8(event.title).size() <= 60);
}

TEST_CASE("titles: a noun event names who acts first, or the verb that carries it says it") {
  // The noun phrase names none of its agents: "who : what", a person by surname.
  const auto met = read("fr", "Au cours de la réunion récente en Alaska, Vladimir Poutine a peut-être accepté un compromis.",
                        "2025-08-20");
  const Event* meeting = of_type(met, "meeting");
  REQUIRE(meeting);
  CHECK(meeting->title == "Poutine : réunion récente en Alaska");
  // "chaired an emergency meeting": the light verb and its subject make the title.
  const auto chaired = read("en", "Prime Minister Donald Tusk chaired an emergency meeting in Wroclaw on Monday.", "2024-09-17");
  const Event* emergency = of_type(chaired, "meeting");
  REQUIRE(emergency);
  CHECK(emergency->title == "Prime Minister Donald Tusk chaired an emergency meeting");
  CHECK(emergency->agents == std::vector<std::string>{"actor:donald-tusk"});
}

TEST_CASE("titles: a date goes with the preposition that introduces it") {
  const auto fr = read("fr", "L'attaque de samedi a été revendiquée lundi par le JNIM.", "2024-08-28");
  REQUIRE(!fr.empty());
  for (const Event& event : fr) CHECK(event.title.find(" de a ") == std::string::npos);
  const auto en = read("en", "The attack on Saturday was claimed on Monday by the JNIM group.", "2024-08-28");
  const Event* attack = of_type(en, "attack");
  REQUIRE(attack);
  CHECK(attack->title == "The attack was claimed by the JNIM group");
  const auto runoff = read("en", "Camila Rojas won Sunday's mayoral run-off in Valparaiso.", "2025-11-17");
  REQUIRE(!runoff.empty());
  CHECK(runoff.front().title == "Camila Rojas won mayoral run-off in Valparaiso");
}

TEST_CASE("roles: 'les quatre syndicats' counts the actors of a list the article writes") {
  const auto events = read("fr",
                           "Les quatre syndicats représentatifs de la SNCF ont rejeté hier la dernière proposition de la "
                           "direction. Le préavis avait été déposé par la CGT-Cheminots, SUD-Rail, l'Unsa-Ferroviaire et la "
                           "CFDT-Cheminots.",
                           "2026-02-05");
  const Event* rejection = of_type(events, "rejection");
  REQUIRE(rejection);
  CHECK(rejection->agents == std::vector<std::string>{"actor:cfdt-cheminots", "actor:cgt-cheminots", "actor:sud-rail",
                                                      "actor:unsa-ferroviaire"});
  CHECK(!has(rejection->agents, "actor:sncf"));
  // Its title keeps the subject as written: shorter than the four names.
  CHECK(rejection->title == "Les quatre syndicats représentatifs de la SNCF ont rejeté");
  // A count no list of the article matches names nobody.
  const auto three = read("fr", "Les trois syndicats ont rejeté mardi la proposition. La CGT et la CFDT avaient signé.",
                          "2026-02-05");
  const Event* refused = of_type(three, "rejection");
  CHECK((refused == nullptr || refused->agents.empty()));
  const auto two = read("fr", "Les deux syndicats ont rejeté mardi la proposition. La CGT et la CFDT avaient signé.", "2026-02-05");
  REQUIRE(of_type(two, "rejection"));
  CHECK(of_type(two, "rejection")->agents == std::vector<std::string>{"actor:cfdt", "actor:cgt"});
}

TEST_CASE("roles: a verb that lends its subject reaches its object past a date of several words") {
  const auto events = read("fr", "La CGT et la CFDT avaient annoncé le 22 janvier une grève les 10 et 11 février.", "2026-02-04");
  const Event* strike = of_type(events, "strike");
  REQUIRE(strike);
  CHECK(strike->agents == std::vector<std::string>{"actor:cfdt", "actor:cgt"});
  CHECK(strike->date.value == "2026-02-10");
  // A complement with its preposition still parts a verb from the noun.
  const auto far = read("fr", "La CGT a annoncé hier soir aux salariés une grève le 10 février.", "2026-02-04");
  const Event* distant = of_type(far, "strike");
  REQUIRE(distant);
  CHECK(distant->agents.empty());
}

TEST_CASE("roles: a participle phrase between commas is passed when reading the subject") {
  const auto fr = read("fr", "Le gouvernement de la Fédération, dirigé par Pierre Lambotte, doit adopter le projet le 5 mars.",
                       "2026-01-20");
  REQUIRE(!fr.empty());
  CHECK(fr.front().agents == std::vector<std::string>{"actor:gouvernement-de-la-federation"});
  CHECK(fr.front().title.rfind("Gouvernement de la Fédération doit adopter", 0) == 0);
  // The subject names no one: its leader stands for it.
  const auto en = read("en", "The government, led by Prime Minister Anna Berg, will adopt the bill on March 5.", "2026-01-20");
  REQUIRE(!en.empty());
  CHECK(en.front().agents == std::vector<std::string>{"actor:anna-berg"});
  const auto led = read("fr", "Le comité, emmené par la députée Léa Rouiller, a reconnu sa défaite dimanche soir.",
                        "2025-11-17");
  REQUIRE(!led.empty());
  CHECK(led.front().agents == std::vector<std::string>{"actor:lea-rouiller"});
  // A body its complement names acts itself.
  const auto named = read("fr", "Le comité d'initiative, emmené par la députée Léa Rouiller, a reconnu sa défaite dimanche soir.",
                          "2025-11-17");
  REQUIRE(!named.empty());
  CHECK(named.front().agents == std::vector<std::string>{"actor:comite-d-initiative"});
  // Any other participle leaves an unnamed subject unnamed.
  // (The participle is an event of its own, whose agent "by" names.)
  const auto other = read("en", "The government, elected by Anna Berg, will adopt the bill on March 5.", "2026-01-20");
  const auto adoption = std::find_if(other.begin(), other.end(), [](const Event& e) { return e.type != "election"; });
  REQUIRE(adoption != other.end());
  CHECK(adoption->agents.empty());
}

TEST_CASE("roles: a participle alone after a comma underwent the action, and 'par' says who did it") {
  const auto events = read("fr", "Une première grève, lancée le 27 janvier par la FSU et SUD-Éducation, avait été suivie.",
                           "2026-03-04");
  REQUIRE(!events.empty());
  CHECK(events.front().agents == std::vector<std::string>{"actor:fsu", "actor:sud-education"});
}

TEST_CASE("roles: a list of names separated by commas is one subject") {
  const auto events = read("fr", "La FSU, l'Unsa-Éducation, le Sgen-CFDT et SUD-Éducation ont manifesté mardi à Paris.", "2026-03-04");
  REQUIRE(!events.empty());
  CHECK(events.front().agents ==
        std::vector<std::string>{"actor:fsu", "actor:sgen-cfdt", "actor:sud-education", "actor:unsa-education"});
  CHECK(events.front().title == "FSU, Unsa-Éducation, Sgen-CFDT et SUD-Éducation ont manifesté");
  const auto en = read("en", "Germany, France, Italy and Spain signed the accord on Tuesday.", "2026-03-04");
  REQUIRE(!en.empty());
  CHECK(en.front().agents.size() == 4);
  CHECK(en.front().title == "Germany, France, Italy and Spain signed the accord");
  // A name that opens with a preposition is no member: "Selon Paris, Berlin et Rome".
  const auto after = read("fr", "Selon l'OTAN, la Russie et l'Ukraine ont signé un accord mardi.", "2026-03-04");
  REQUIRE(!after.empty());
  CHECK(after.front().agents == std::vector<std::string>{"actor:russia", "actor:ukraine"});
}

TEST_CASE("roles: a sentence whose main verb is no trigger still says whom the next pronoun stands for") {
  const auto events = read("fr", "La secrétaire Nadia Kerbrat a critiqué le texte mardi. Sandrine Lemaire-Aubry a défendu une méthode. "
                                 "Elle a proposé de recevoir les syndicats le 12 mars.",
                           "2026-03-04");
  const Event* meeting = of_type(events, "meeting");
  REQUIRE(meeting);
  CHECK(meeting->agents == std::vector<std::string>{"actor:sandrine-lemaire-aubry"});
}

TEST_CASE("roles: a noun's own complement may follow its date and place, and who summons acts on the one summoned") {
  const auto arrest = read("fr", "L'interpellation le 2 mars à Liège de Karim Bensalah a fait réagir Alger.", "2026-03-12");
  const Event* held = of_type(arrest, "arrest");
  REQUIRE(held);
  CHECK(held->targets == std::vector<std::string>{"actor:karim-bensalah"});
  const auto summons = read("fr", "Les autorités algériennes avaient convoqué Marc Vandenbroucke lundi.", "2026-03-12");
  REQUIRE(!summons.empty());
  CHECK(summons.front().agents == std::vector<std::string>{"actor:autorites-algeriennes"});
  CHECK(summons.front().targets == std::vector<std::string>{"actor:marc-vandenbroucke"});
}

TEST_CASE("roles: the event a clause counts from is not dated by what comes before 'après'") {
  const auto events = read("fr", "La Cour constitutionnelle doit proclamer les résultats définitifs vendredi, cinq jours après le vote.",
                           "2026-04-14");
  const Event* proclaimed = of_type(events, "announcement");
  REQUIRE(proclaimed);
  CHECK(proclaimed->date.value == "2026-04-17");
  CHECK(proclaimed->agents == std::vector<std::string>{"actor:cour-constitutionnelle"});
  const Event* vote = of_type(events, "vote");
  CHECK((vote == nullptr || vote->date.value != "2026-04-17"));
}

TEST_CASE("roles: the names in a quotation are what was said, and a passive's subject is the next pronoun") {
  const auto said = read("fr",
                         "« Gérard Lapeyre conteste fermement les faits », a déclaré vendredi son avocate, Me Laure Daguzan.",
                         "2025-11-21");
  REQUIRE(!said.empty());
  CHECK(said.front().agents == std::vector<std::string>{"actor:laure-daguzan"});
  const auto passive = read("fr",
                            "La première adjointe, Muriel Soulé, assure l'intérim. Gérard Lapeyre avait été réélu en 2020. "
                            "Il avait annoncé en septembre sa candidature.",
                            "2025-11-21");
  const Event* announced = of_type(passive, "announcement");
  REQUIRE(announced);
  CHECK(announced->agents == std::vector<std::string>{"actor:gerard-lapeyre"});
}

TEST_CASE("roles: a capitalised word inside a sentence, before another, is part of a title, not a verb") {
  // "Minister" is also a verb ("to minister"): read as one, it was the clause's verb and left
  // the infinitive's subject unread.
  const auto events = read("en", "Health Minister Elena Ruiz Collado is due to meet patient associations next Tuesday.",
                           "2026-01-22");
  const Event* meeting = of_type(events, "meeting");
  REQUIRE(meeting);
  CHECK(meeting->agents == std::vector<std::string>{"actor:elena-ruiz-collado"});
  CHECK(meeting->date.value == "2026-01-27");
}

TEST_CASE("roles: 'reach … agreement' with words between is an agreement of both sides") {
  const auto events = read("en",
                           "The International Monetary Fund and Mongolia reached a staff-level agreement on a loan programme "
                           "on Tuesday, the fund said.",
                           "2025-12-03");
  const Event* deal = of_type(events, "agreement");
  REQUIRE(deal);
  CHECK(deal->agents == std::vector<std::string>{"actor:imf", "actor:mongolia"});
  CHECK(deal->date.value == "2025-12-02");
}

TEST_CASE("roles: a straight quote closed after its comma ends the quotation, and its speaker is the next pronoun") {
  const auto events = read("en",
                           "The trial of Esteban Larrea opened on Monday. Judge Paulina Cevallos granted the defense request "
                           "on Monday. She also ordered Larrea to report to the court. \"This is political persecution,\" "
                           "Larrea told supporters. He was indicted last August.",
                           "2026-02-17");
  const Event* charge = of_type(events, "charge");
  REQUIRE(charge);
  CHECK(charge->targets == std::vector<std::string>{"actor:esteban-larrea"});
  // A name inside the quotation is not the speaker.
  const auto said = read("en", "\"Maria Lopez will win,\" said John Smith on Monday.", "2026-02-17");
  REQUIRE(!said.empty());
  CHECK(said.front().agents == std::vector<std::string>{"actor:john-smith"});
}

TEST_CASE("roles: a name owning an institution acts through it ('Colombia's government')") {
  const auto events = read("en",
                           "Colombia's government and the National Liberation Army, the country's last major guerrilla group, "
                           "signed a peace accord on Friday in Havana.",
                           "2026-06-27");
  const Event* deal = of_type(events, "agreement");
  REQUIRE(deal);
  CHECK(deal->agents == std::vector<std::string>{"actor:colombia", "actor:national-liberation-army"});
  // Beside a name that acts, a possessor of anything else only qualifies what it owns.
  const auto visit = read("en", "Russia's envoy and Jane Smith visited Kyiv on Friday.", "2026-06-27");
  REQUIRE(!visit.empty());
  CHECK(visit.front().agents == std::vector<std::string>{"actor:jane-smith"});
}

TEST_CASE("roles: the one elected won: in the passive an election's subject stays its agent") {
  const auto fr = read("fr", "Gérard Lapeyre avait été réélu en 2020 avec 58 % des voix.", "2025-11-21");
  REQUIRE(!fr.empty());
  CHECK(fr.front().agents == std::vector<std::string>{"actor:gerard-lapeyre"});
  CHECK(fr.front().targets.empty());
  const auto en = read("en", "Jane Smith was elected mayor on Sunday.", "2025-11-21");
  REQUIRE(!en.empty());
  CHECK(en.front().agents == std::vector<std::string>{"actor:jane-smith"});
  // Other passives keep their subject as what underwent the action.
  const auto arrest = read("en", "Jane Smith was arrested on Sunday.", "2025-11-21");
  REQUIRE(!arrest.empty());
  CHECK(arrest.front().targets == std::vector<std::string>{"actor:jane-smith"});
}

TEST_CASE("roles: a participle alone right after a noun qualifies it, and the names before are no subject of it") {
  const auto events = read("fr",
                           "Claire Rigaud a remporté dimanche le second tour, devançant le candidat de la droite, Jérôme "
                           "Vuillemin, selon les résultats définitifs publiés dans la nuit.",
                           "2026-03-23");
  const Event* published = of_type(events, "publication");
  REQUIRE(published);
  CHECK(published->agents.empty());
  const Event* won = of_type(events, "election");
  REQUIRE(won);
  CHECK(won->agents == std::vector<std::string>{"actor:claire-rigaud"});
}

TEST_CASE("roles: after a preposition a form that is only finite is a noun ('par téléphone')") {
  // "téléphone" read as the verb "téléphoner" took the apposed subject's place.
  const auto events = read("fr",
                           "La ministre bulgare des Affaires étrangères, Elena Petrova, s'est entretenue hier par téléphone "
                           "avec son homologue tchadien.",
                           "2025-10-07");
  REQUIRE(!events.empty());
  CHECK(events.front().agents == std::vector<std::string>{"actor:elena-petrova"});
  CHECK(events.front().title == "Elena Petrova s'est entretenue par téléphone");
}

TEST_CASE("roles: an apposition whose names only say where or since when is passed, and its 'since' dates nothing") {
  const auto events = read("fr",
                           "Horizons Solidaires, présente en Centrafrique depuis 2014, avait suspendu mardi ses activités.",
                           "2025-10-13");
  REQUIRE(!events.empty());
  CHECK(events.front().agents == std::vector<std::string>{"actor:horizons-solidaires"});
  CHECK(events.front().date.value == "2025-10-07");
  // A day the apposition tells dates the verb.
  const auto board = read("fr", "Le conseil de Normachim, réuni en urgence jeudi soir, a nommé Nathalie Brunet.", "2026-02-27");
  REQUIRE(!board.empty());
  REQUIRE(board.front().date.value);
  CHECK(board.front().date.value->rfind("2026-02-26", 0) == 0);
}

TEST_CASE("roles: an institution written in lower case and named by a place acts as one actor") {
  const auto events = read("fr", "Le parquet de Rouen a ouvert mardi une enquête.", "2026-02-27");
  const Event* investigation = of_type(events, "investigation");
  REQUIRE(investigation);
  CHECK(investigation->agents == std::vector<std::string>{"actor:parquet-de-rouen"});
  CHECK(investigation->date.value == "2026-02-24");
  // "le collectif Terres Vivantes 44": the name that follows the head word is part of it.
  const auto protest = read("fr", "Le collectif Terres Vivantes 44 a manifesté samedi à Nantes.", "2026-04-06");
  const Event* march = of_type(protest, "protest");
  REQUIRE(march);
  CHECK(march->agents == std::vector<std::string>{"actor:collectif-terres-vivantes-44"});
  // The place inside it is part of its name, in the title too.
  const auto storm = read("fr", "La tempête a fait trois morts, a annoncé lundi soir la préfecture du Finistère.", "2025-02-03");
  REQUIRE(!storm.empty());
  CHECK(storm.front().agents == std::vector<std::string>{"actor:prefecture-du-finistere"});
  CHECK(storm.front().title == "Préfecture du Finistère a annoncé");
  // A complement of the head word in lower case comes before the place: "la cour d'appel de".
  const auto appeal = read("fr", "La cour d'appel de Poitiers a condamné jeudi Jean Ravel à trois ans de prison.", "2026-03-12");
  REQUIRE(of_type(appeal, "ruling"));
  CHECK(of_type(appeal, "ruling")->agents == std::vector<std::string>{"actor:cour-d-appel-de-poitiers"});
  // A complement written with an apostrophe inside is one noun: "le conseil de prud'hommes de".
  const auto labour = read("fr", "Le conseil de prud’hommes de Périgueux a condamné mercredi l’enseigne Maxi à payer.", "2025-10-16");
  REQUIRE(of_type(labour, "ruling"));
  CHECK(of_type(labour, "ruling")->agents == std::vector<std::string>{"actor:conseil-de-prud-hommes-de-perigueux"});
  // An association, an NGO or a company group named right after its head word.
  const auto complaint = read("fr", "L'association Anticor avait porté plainte le 3 mai 2022.", "2026-03-12");
  REQUIRE(of_type(complaint, "charge"));
  CHECK(of_type(complaint, "charge")->agents == std::vector<std::string>{"actor:association-anticor"});
}

TEST_CASE("roles: a noun describing an organisation stands for the one named last") {
  const auto fr = read("fr",
                       "Les otages travaillaient pour Sahel Gold Resources, qui exploite une mine depuis 2021. "
                       "L'entreprise a suspendu ses activités sur le site dimanche.",
                       "2025-10-06");
  const Event* suspension = of_type(fr, "rupture");
  REQUIRE(suspension);
  CHECK(suspension->agents == std::vector<std::string>{"actor:sahel-gold-resources"});
  // A person named last is no organisation: the company is still the one meant.
  const auto en = read("en",
                       "Skarpa Holdings hired Anna Berg in 2024. The company announced on Monday the closure of its plant.",
                       "2025-10-08");
  REQUIRE(of_type(en, "announcement"));
  CHECK(of_type(en, "announcement")->agents == std::vector<std::string>{"actor:skarpa-holdings"});
}

TEST_CASE("titles: a percent sign stays with its number") {
  const auto events = read("en", "Fjordheim Bank reported a 31% jump in first-quarter profit on Tuesday.", "2026-03-12");
  REQUIRE(!events.empty());
  CHECK(events[0].title.find("31% jump") != std::string::npos);
}

TEST_CASE("types: a verb whose subject is an event noun says what that event did") {
  const auto quake = read("en", "An earthquake of magnitude 6.2 struck central Italy on Sunday, killing at least 12 people.",
                          "2026-03-12");
  REQUIRE(quake.size() == 1);
  CHECK(quake[0].type == "disaster");
  CHECK(quake[0].targets == std::vector<std::string>{"actor:italy"});
  CHECK(quake[0].date.value == "2026-03-08");
  const auto embassy = read("en", "The attack on the embassy in Kabul killed five people on Monday.", "2026-03-12");
  REQUIRE(embassy.size() == 1);
  CHECK(embassy[0].type == "attack");
  // A subject that names who acts is no event noun: the verb keeps its own type.
  const auto met = read("en", "Emmanuel Macron met Olaf Scholz in Berlin on Monday.", "2026-03-12");
  REQUIRE(of_type(met, "meeting"));
}

TEST_CASE("roles: who claims an attack carried it out, when the report of the attack names nobody") {
  const auto en = read("en",
                       "Gunmen attacked a bus near Mandera on Sunday, killing nine people. The group al Shabaab claimed "
                       "responsibility on Monday.",
                       "2026-05-11");
  REQUIRE(of_type(en, "attack"));
  CHECK(of_type(en, "attack")->agents == std::vector<std::string>{"actor:shabaab"});
  REQUIRE(of_type(en, "claim"));
  // An attack that names its author keeps it; a claim dated before the attack claims nothing.
  const auto named = read("fr", "L'armée a attaqué lundi le village de Tessit. Le groupe JNIM a revendiqué dimanche l'attaque.",
                          "2026-05-12");
  REQUIRE(of_type(named, "attack"));
  CHECK(of_type(named, "attack")->agents == std::vector<std::string>{"actor:armee"});
}

TEST_CASE("roles: an institution named by its common noun acts, with the adjective that says which") {
  const auto army = read("fr", "Selon une source sécuritaire, l'armée nigérienne a arrêté mardi quatre suspects à Ayorou.",
                         "2026-05-20");
  REQUIRE(of_type(army, "arrest"));
  CHECK(of_type(army, "arrest")->agents == std::vector<std::string>{"actor:armee-nigerienne"});
  // A verb after the noun is no adjective of it.
  const auto gendarmes = read("fr", "Les gendarmes ont arrêté mardi deux suspects à Nantes.", "2026-05-20");
  REQUIRE(of_type(gendarmes, "arrest"));
  CHECK(of_type(gendarmes, "arrest")->agents == std::vector<std::string>{"actor:gendarmes"});
  // Some act only with it: "les autorités maliennes", not "les autorités".
  const auto malian = read("fr", "Les autorités maliennes ont arrêté mercredi quatre suspects à Kayes.", "2026-05-20");
  REQUIRE(of_type(malian, "arrest"));
  CHECK(of_type(malian, "arrest")->agents == std::vector<std::string>{"actor:autorites-maliennes"});
  const auto any = read("fr", "Les autorités ont arrêté mercredi quatre suspects à Kayes.", "2026-05-20");
  REQUIRE(of_type(any, "arrest"));
  CHECK(of_type(any, "arrest")->agents.empty());
}

TEST_CASE("roles: a possessive before a noun event stands for the actor named before") {
  const auto events = read("fr", "M. Ravel a quitté le tribunal jeudi. Son procès s'était ouvert le 2 février.", "2026-03-12");
  const Event* trial = of_type(events, "trial");
  REQUIRE(trial);
  CHECK(trial->date.value == "2026-02-02");
  CHECK(has(trial->actors, "actor:ravel"));
}

TEST_CASE("roles: a trigger written with the passive auxiliary is passive ('was fined by')") {
  const auto events = read("en", "Westbridge Athletic was fined 20,000 pounds by the Football League on Tuesday.", "2025-10-01");
  const Event* fine = of_type(events, "sanction");
  REQUIRE(fine);
  CHECK(fine->agents == std::vector<std::string>{"actor:football-league"});
  CHECK(fine->targets == std::vector<std::string>{"actor:westbridge-athletic"});
}

TEST_CASE("roles: whoever called a strike or a march is its agent, before or after the verb") {
  const auto before = read("fr", "À l'appel de la CGT, des milliers de personnes ont manifesté mardi à Lyon.", "2026-01-22");
  const Event* march = of_type(before, "protest");
  REQUIRE(march);
  CHECK(march->agents == std::vector<std::string>{"actor:cgt"});
  const auto after = read("fr", "Le mouvement, lancé le 12 janvier à l'appel de la CGT, paralyse les terminaux.", "2026-01-22");
  REQUIRE(!after.empty());
  CHECK(has(after.front().agents, "actor:cgt"));
}

TEST_CASE("roles: a possessor owns the noun event past its qualifiers, a name apart from it does not") {
  const auto owned = read("en", "Russia's full-scale invasion of Ukraine in February 2022 changed everything.", "2026-02-06");
  const Event* invasion = of_type(owned, "capture");
  REQUIRE(invasion);
  CHECK(invasion->agents == std::vector<std::string>{"actor:russia"});
  CHECK(invasion->targets == std::vector<std::string>{"actor:ukraine"});
  // "Merz, grand vainqueur des législatives": words between a name and a noun do not make it its agent.
  const auto apart = read("fr", "Friedrich Merz, grand vainqueur des législatives de dimanche, a parlé mardi.", "2025-02-25");
  const Event* election = of_type(apart, "election");
  REQUIRE(election);
  CHECK(!has(election->agents, "actor:friedrich-merz"));
}

TEST_CASE("roles: the subject of 'annoncer', 'order'... acts in the noun event it takes as object") {
  const auto announced = read("fr", "La ministre de l'Industrie, Agnès Roussel, a annoncé une inspection des usines d'ici à la fin avril.",
                              "2026-02-27");
  const Event* inspection = of_type(announced, "investigation");
  REQUIRE(inspection);
  CHECK(inspection->agents == std::vector<std::string>{"actor:agnes-roussel"});
  const auto ordered = read("en", "Prime Minister Jane Doe on Tuesday ordered an inquiry into the collapse.", "2026-02-27");
  const Event* inquiry = of_type(ordered, "investigation");
  REQUIRE(inquiry);
  CHECK(inquiry->agents == std::vector<std::string>{"actor:jane-doe"});
}

TEST_CASE("roles: a pronoun stands only for a person of its gender when a title said it") {
  // "il" skips Mme Lacombe, named last, for M. Ravel; the title names whom it stands for.
  const auto fr = read("fr",
                       "Le tribunal a condamné jeudi Bernard Ravel. L'avocate de M. Ravel, Mme Sophie Lacombe, a annoncé "
                       "jeudi qu'il ferait appel. Il avait été mis en examen le 14 juin 2022.",
                       "2026-03-12");
  const Event* charge = of_type(fr, "charge");
  REQUIRE(charge);
  CHECK(charge->targets == std::vector<std::string>{"actor:bernard-ravel"});
  CHECK(charge->title == "Ravel avait été mis en examen");
  const auto en = read("en", "Mrs Ann Cole sentenced John Smith on Thursday. His trial opened on Feb. 2.", "2026-03-12");
  const Event* trial = of_type(en, "trial");
  REQUIRE(trial);
  CHECK(has(trial->actors, "actor:john-smith"));
  CHECK(!has(trial->actors, "actor:ann-cole"));
}

TEST_CASE("roles: 'won the run-off' is the election, won by the subject, not by whose run-off it is") {
  const auto events = read("en", "Ljubljana mayor Tomaz Kranjc won Slovenia's presidential runoff on Sunday.", "2025-05-19");
  REQUIRE(events.size() == 1);
  CHECK(events.front().type == "election");
  CHECK(events.front().agents == std::vector<std::string>{"actor:tomaz-kranjc"});
  const auto fr = read("fr", "Le candidat Jean Roux a remporté dimanche l'élection municipale à Lyon.", "2025-11-17");
  REQUIRE(fr.size() == 1);
  CHECK(fr.front().type == "election");
  CHECK(fr.front().agents == std::vector<std::string>{"actor:jean-roux"});
  // Alone, the verb is the result of a match.
  const auto match = read("en", "Manchester United won on Sunday against Chelsea.", "2025-11-17");
  REQUIRE(!match.empty());
  CHECK(match.front().type == "sport");
}

TEST_CASE("roles: an owned name stands where its owner stands, and the owner only says whose") {
  const auto en = read("en", "Lumora was fined 310 million euros by Ireland's Data Protection Commission on Thursday.",
                       "2025-09-18");
  const Event* fine = of_type(en, "sanction");
  REQUIRE(fine);
  CHECK(fine->agents == std::vector<std::string>{"actor:data-protection-commission"});
  CHECK(!has(fine->targets, "actor:data-protection-commission"));
  CHECK(!has(fine->agents, "actor:ireland"));
  CHECK(has(fine->actors, "actor:ireland"));
}

TEST_CASE("roles: a short form stands for the body whose name holds its words") {
  const auto en = read("en",
                       "Lumora was fined on Thursday by Ireland's Data Protection Commission. The company will appeal, "
                       "Priya Raman said. The commission met Lumora's executives on Friday.",
                       "2025-09-20");
  const Event* meeting = of_type(en, "meeting");
  REQUIRE(meeting);
  CHECK(has(meeting->agents, "actor:data-protection-commission"));
  const auto fr = read("fr",
                       "La Commission électorale centrale a publié lundi les résultats. Le Parti vert a dénoncé des "
                       "fraudes. La commission a rejeté mardi ces accusations.",
                       "2026-04-29");
  const Event* rejection = of_type(fr, "rejection");
  REQUIRE(rejection);
  CHECK(rejection->agents == std::vector<std::string>{"actor:commission-electorale-centrale"});
  // Phrases of time or place before it hold no subject it could be an apposition to.
  const auto late = read("en",
                         "The bank's monetary policy committee will announce its decision on Oct. 7. At its last "
                         "meeting, on Aug. 26, the committee held its key rate at 7.25%.",
                         "2026-09-01");
  const Event* held = of_type(late, "economy");
  REQUIRE(held);
  CHECK(held->date.value == "2026-08-26");
  CHECK(held->agents == std::vector<std::string>{"actor:monetary-policy-committee"});
  // So does one that opens a clause after "and".
  const auto coordinated = read("en",
                                "The Kwara State House of Assembly impeached the deputy governor on Friday. The speaker "
                                "said Salami would nominate a new deputy and the assembly would reconvene on Tuesday.",
                                "2025-07-05");
  const Event* sitting = of_type(coordinated, "meeting");
  REQUIRE(sitting);
  CHECK(sitting->date.value == "2025-07-08");
  CHECK(sitting->agents == std::vector<std::string>{"actor:kwara-state-house-of-assembly"});
  // A description whose words no recent name holds is no short form of it.
  const auto none = read("en", "Ireland's Data Protection Commission fined Lumora on Thursday. The board met on Friday.",
                         "2025-09-20");
  const Event* board = of_type(none, "meeting");
  if (board) CHECK(!has(board->agents, "actor:data-protection-commission"));
}

TEST_CASE("events: a physical act whose doers the sentence does not name is about the document's topic") {
  const auto en = read("en",
                       "A tunnel collapsed on Saturday at the Kalulu shaft operated by Nkana Ridge Copper. Nkana Ridge "
                       "Copper said 19 miners were trapped. The first five miners were brought to the surface on Monday "
                       "evening.",
                       "2026-01-14");
  const Event* rescue = of_type(en, "rescue");
  REQUIRE(rescue);
  CHECK(has(rescue->actors, "actor:nkana-ridge-copper"));
  CHECK(rescue->agents.empty());
  // A less concrete act says too little without a name.
  const auto fr = read("fr", "La BCE a relevé ses taux jeudi. Sur le marché des changes, l'euro cédait 0,2 % vendredi.",
                       "2026-02-06");
  for (const Event& event : fr) CHECK(event.type != "withdrawal");
}

TEST_CASE("roles: who claimed or carried out the act an unnamed subject names stands for it") {
  const auto en = read("en", "The attack, claimed by Boko Haram, killed two Libyan guards late on Saturday in Tripoli.",
                       "2025-11-24");
  const Event* killing = of_type(en, "killing");
  REQUIRE(killing);
  CHECK(killing->agents == std::vector<std::string>{"actor:boko-haram"});
  // "two Libyan guards": whose they were.
  CHECK(killing->targets == std::vector<std::string>{"actor:libya"});
  const auto fr = read("fr", "L'attentat, revendiqué par Boko Haram, a tué deux policiers samedi à Tripoli.", "2025-11-24");
  const Event* fr_killing = of_type(fr, "killing");
  REQUIRE(fr_killing);
  CHECK(fr_killing->agents == std::vector<std::string>{"actor:boko-haram"});
}

TEST_CASE("roles: a name in apposition keeps its clause open, and an infinitive that says when is no complement") {
  const auto fr = read("fr",
                       "Les agriculteurs de la FNSEA ont levé les barrages mardi, après avoir été reçus lundi soir par la ministre "
                       "de l'Agriculture, Mathilde Roussel.",
                       "2026-01-27");
  const Event* meeting = of_type(fr, "meeting");
  REQUIRE(meeting);
  // Both sides of the meeting: who was received, and who received them.
  CHECK(meeting->agents == std::vector<std::string>{"actor:fnsea", "actor:mathilde-roussel"});
  CHECK(meeting->date.value == std::optional<std::string>("2026-01-26TEV"));
  const Event* protest = of_type(fr, "protest");
  REQUIRE(protest);
  CHECK(!has(protest->actors, "actor:mathilde-roussel"));
}

TEST_CASE("roles: a group of people named by the article acts, or the body named after it does") {
  const auto fr = read("fr", "Les agriculteurs du Lot-et-Garonne ont levé mardi les barrages.", "2026-01-27");
  const Event* protest = of_type(fr, "protest");
  REQUIRE(protest);
  CHECK(protest->agents == std::vector<std::string>{"actor:agriculteurs"});
  CHECK(protest->places == std::vector<std::string>{"place:lot-et-garonne"});
  CHECK(protest->title.rfind("Les agriculteurs du Lot-et-Garonne ont levé les barrages", 0) == 0);
  const auto pj = read("fr", "Les enquêteurs de la police judiciaire ont interpellé jeudi deux hommes à Nantes.", "2026-04-03");
  const Event* arrest = of_type(pj, "arrest");
  REQUIRE(arrest);
  CHECK(arrest->agents == std::vector<std::string>{"actor:police-judiciaire"});
}

TEST_CASE("roles: a possessive and a body through which its owner acts stand for the owner") {
  const auto en = read("en",
                       "Prosecutor General Marta Ccori opened an investigation on Monday. Her office raided the Defence "
                       "Ministry on April 30.",
                       "2026-05-06");
  const Event* raid = of_type(en, "attack");
  REQUIRE(raid);
  CHECK(raid->agents == std::vector<std::string>{"actor:marta-ccori"});
  CHECK(raid->targets == std::vector<std::string>{"actor:defence-ministry"});
  const auto fr = read("fr", "Le président Jean Roux a été élu dimanche. Son gouvernement a annoncé mardi une hausse des impôts.",
                       "2026-05-06");
  const Event* announcement = of_type(fr, "announcement");
  REQUIRE(announcement);
  CHECK(announcement->agents == std::vector<std::string>{"actor:jean-roux"});
  // A body that does not act for its owner leaves the subject unnamed.
  const auto other = read("en", "Prosecutor General Marta Ccori opened an investigation on Monday. Her car was attacked on April 30.",
                          "2026-05-06");
  const Event* attack = of_type(other, "attack");
  REQUIRE(attack);
  CHECK(attack->agents.empty());
}

TEST_CASE("past a comma, a date beside another event noun is that noun's, not the verb's") {
  const auto events = read("fr", "Bulgarie : le président Stefan Iordanov dissout le Parlement, législatives anticipées le 24 mai",
                           "2026-03-19");
  for (const Event& event : events)
    if (event.type == "decision") CHECK(event.date.value != std::optional<std::string>("2026-05-24"));
  bool election = false;
  for (const Event& event : events) election = election || (event.type == "election" && event.date.value == "2026-05-24");
  CHECK(election);
}

TEST_CASE("events: a sentence that says it comes next tells an event of the day of the event before it") {
  const auto fr = read("fr",
                       "Le ministre des Transports, Ramon Villaroza, a ordonné mardi l'ouverture d'une enquête. Il s'est "
                       "ensuite rendu à Romblon.",
                       "2025-10-08");
  const Event* visit = of_type(fr, "visit");
  REQUIRE(visit);
  CHECK(visit->date.value == std::optional<std::string>("2025-10-07"));
  CHECK(visit->date.certainty == "inferred");
  CHECK(visit->agents == std::vector<std::string>{"actor:ramon-villaroza"});
  // Without the word that says it comes next, the sentence gives no date.
  const auto plain = read("fr",
                          "Le ministre des Transports, Ramon Villaroza, a ordonné mardi l'ouverture d'une enquête. Il "
                          "s'est rendu à Romblon.",
                          "2025-10-08");
  CHECK(of_type(plain, "visit") == nullptr);
  const auto en = read("en", "Interior Minister Anna Berg met the mayors on Tuesday. She then visited Ostend.", "2025-10-08");
  const Event* en_visit = of_type(en, "visit");
  REQUIRE(en_visit);
  CHECK(en_visit->date.value == std::optional<std::string>("2025-10-07"));
  // "aussitôt", "immediately" say so too.
  const auto appeal = read("fr", "La cour a condamné jeudi la société Vélivra. La société Vélivra a aussitôt fait appel.",
                           "2025-10-17");
  REQUIRE(of_type(appeal, "trial"));
  CHECK(of_type(appeal, "trial")->date.value == std::optional<std::string>("2025-10-16"));
  // A sentence dated another time in between, with no event of its own there, is what comes next
  // follows: not the last event's day.
  const auto moved = read("fr",
                          "Le ministre Ramon Villaroza a ordonné mardi une enquête. La crise avait éclaté en juillet 2024. "
                          "Alger avait aussitôt rappelé son ambassadeur en France.",
                          "2025-10-08");
  for (const Event& event : moved)
    if (event.type == "rupture") CHECK(event.date.value != std::optional<std::string>("2025-10-07"));
}

TEST_CASE("roles: 'the two sides' stands for a list of two sides whose names kind words part") {
  const auto en = read("en",
                       "Peace talks between Chad's government and the rebel Movement for Justice and Renewal (MJR) "
                       "stalled on Tuesday. The round was the third since the two sides signed a ceasefire in N'Djamena on Jan. 15.",
                       "2026-04-22");
  const Event* agreement = of_type(en, "agreement");
  REQUIRE(agreement);
  CHECK(agreement->agents == std::vector<std::string>{"actor:chad", "actor:movement-for-justice-and-renewal"});
  const auto fr = read("fr",
                       "Les pourparlers entre le Mali et le groupe rebelle CSP ont repris lundi. Les deux "
                       "camps ont signé mardi un accord à Alger.",
                       "2026-04-22");
  const Event* accord = of_type(fr, "agreement");
  REQUIRE(accord);
  CHECK(accord->agents == std::vector<std::string>{"actor:csp", "actor:mali"});
}

TEST_CASE("roles: 'les syndicats', 'the unions' stand for the list of names the text gives nearest") {
  const auto fr = read("fr",
                       "Les principaux syndicats d'enseignants ont annoncé mercredi une journée de grève le 19 mars. La "
                       "FSU, l'Unsa-Éducation et SUD-Éducation ont été reçus mardi rue de Grenelle.",
                       "2026-03-05");
  const Event* strike = of_type(fr, "strike");
  REQUIRE(strike);
  CHECK(strike->agents == std::vector<std::string>{"actor:fsu", "actor:sud-education", "actor:unsa-education"});
  const auto en = read("en", "The RMT and ASLEF met ministers on Monday. The unions announced a walkout on Tuesday.",
                       "2026-03-05");
  const Event* en_strike = of_type(en, "strike");
  REQUIRE(en_strike);
  CHECK(en_strike->agents == std::vector<std::string>{"actor:aslef", "actor:rmt"});
  // With no list near, the noun names no one.
  const auto none = read("fr", "Les syndicats ont annoncé mercredi une grève le 19 mars.", "2026-03-05");
  const Event* alone = of_type(none, "strike");
  if (alone) CHECK(alone->agents.empty());
}

TEST_CASE("roles: between commas after a name, whose that name is does not take its place") {
  const auto en = read("en",
                       "Officials of the Riigikogu said on Monday that the budget was ready. The Riigikogu, Estonia's "
                       "parliament, is due to vote on the budget on Dec. 12.",
                       "2025-12-10");
  const Event* vote = of_type(en, "vote");
  REQUIRE(vote);
  CHECK(vote->agents == std::vector<std::string>{"actor:riigikogu"});
}

TEST_CASE("roles: 'by the country's competition regulator' is the organisation the next sentence names with its words") {
  const auto en = read("en",
                       "Spanish group Laboratorios Varadel was fined 41.7 million euros ($48.6 million) by the country's "
                       "competition regulator on Thursday, the regulator said. The National Markets and Competition "
                       "Commission (CNMC) found that Varadel had raised prices.",
                       "2026-01-22");
  const Event* fine = of_type(en, "sanction");
  REQUIRE(fine);
  CHECK(fine->agents == std::vector<std::string>{"actor:national-markets-and-competition-commission"});
  CHECK(fine->targets == std::vector<std::string>{"actor:laboratorios-varadel"});
  // A passive trigger's title keeps what underwent it, not the agent.
  CHECK(fine->title.rfind("Laboratorios Varadel was fined", 0) == 0);
  // An organisation whose name shares no word with the description is not it: the regulator the
  // text leaves unnamed acts under its description.
  const auto other = read("en",
                          "Laboratorios Varadel was fined on Thursday by the country's competition regulator. The "
                          "Health Ministry said it would review prices.",
                          "2026-01-22");
  const Event* unnamed = of_type(other, "sanction");
  REQUIRE(unnamed);
  CHECK(unnamed->agents == std::vector<std::string>{"actor:competition-regulator"});
}

TEST_CASE("roles: a possessor before a title and a name only says whose, and 'ruled ... that' past a date is a ruling") {
  const auto en = read("en",
                       "The treaty was signed in Abidjan on July 4 by Ghana's Energy Minister Kwabena Asante-Mensah.",
                       "2025-12-11");
  const Event* signing = of_type(en, "agreement");
  REQUIRE(signing);
  CHECK(signing->agents == std::vector<std::string>{"actor:kwabena-asante-mensah"});
  CHECK(has(signing->actors, "actor:ghana"));
  const auto ruling = read("en", "The tribunal, based in Hamburg, ruled in September 2017 that Ghana had not violated the border.",
                           "2025-12-11");
  const Event* ruled = of_type(ruling, "ruling");
  REQUIRE(ruled);
  CHECK(ruled->date.value == std::optional<std::string>("2017-09"));
}

TEST_CASE("roles: a list of people each introduced by their state's people is one subject") {
  const auto fr = read("fr",
                       "Le Guinéen Thierno Bah, la Togolaise Edem Amegah et le Béninois Rodrigue Houénou avaient annoncé "
                       "le 18 février leur retrait.",
                       "2025-03-01");
  REQUIRE(!fr.empty());
  CHECK(fr.front().agents == std::vector<std::string>{"actor:edem-amegah", "actor:rodrigue-houenou", "actor:thierno-bah"});
}

TEST_CASE("roles: a participle without auxiliary before 'by'/'par' is a passive whose agent 'by' names") {
  // The sentence's subject, Carrillo, only reports the signing.
  const auto decree = read("en", "Energy Minister Ines Carrillo said the decree, signed on Monday by President Daniel Noboa, "
                                 "ended the contract.", "2026-09-01");
  REQUIRE(!decree.empty());
  CHECK(decree.front().agents == std::vector<std::string>{"actor:daniel-noboa"});
  CHECK(decree.front().title == "The decree signed by President Daniel Noboa");
  const auto opinion = read("en", "The fine follows a binding opinion adopted by the European Data Protection Board on Aug. 28.",
                            "2026-09-01");
  REQUIRE(!opinion.empty());
  CHECK(opinion.front().agents == std::vector<std::string>{"actor:european-data-protection-board"});
  CHECK(opinion.front().title.rfind("A binding opinion adopted by", 0) == 0);
  // A participle between commas keeps its own date and does not reach the main verb's.
  const auto elected = read("en", "The government, elected by Anna Berg in 2024, will adopt the bill on March 5.", "2026-01-20");
  const Event* election = of_type(elected, "election");
  REQUIRE(election);
  CHECK(election->date.value == "2024");
  CHECK(election->agents == std::vector<std::string>{"actor:anna-berg"});
  const auto adoption = std::find_if(elected.begin(), elected.end(), [](const Event& e) { return e.type != "election"; });
  REQUIRE(adoption != elected.end());
  CHECK(adoption->date.value == "2026-03-05");
  // Such a participle heads no clause: the main verb keeps its date.
  const auto seized = read("en", "Honduras on Tuesday demanded the immediate release of a shrimp trawler seized by the Nicaraguan navy.",
                           "2026-05-20");
  const Event* demand = of_type(seized, "demand");
  REQUIRE(demand);
  CHECK(demand->date.value == "2026-05-19");
  CHECK(demand->agents == std::vector<std::string>{"actor:honduras"});
  // A simple past with its object is no passive, whatever follows.
  const auto active = read("en", "Germany signed the accord on Monday by the river.", "2026-09-01");
  REQUIRE(!active.empty());
  CHECK(active.front().agents == std::vector<std::string>{"actor:germany"});
}

TEST_CASE("roles: the statement a verb of saying is made in takes its subject") {
  const auto en = read("en", "Kalliston Maritime said in a statement on Wednesday that the penalty was disproportionate.",
                       "2026-06-11");
  REQUIRE(!en.empty());
  CHECK(en.front().agents == std::vector<std::string>{"actor:kalliston-maritime"});
  const auto fr = read("fr", "Le ministre Paul Durand a déclaré lors d'une conférence de presse mercredi que la loi serait votée.",
                       "2026-06-11");
  REQUIRE(!fr.empty());
  CHECK(fr.front().agents == std::vector<std::string>{"actor:paul-durand"});
  // Any other event after a verb of saying is not the speaker's.
  const auto attack = read("en", "Kalliston Maritime said after the attack on Tuesday that its ships would stay in port.",
                           "2026-06-11");
  for (const auto& event : attack)
    if (event.type == "attack") CHECK(event.agents.empty());
}

TEST_CASE("roles: the opposition and a council with its adjective act, a title qualifier before it too") {
  const auto fr = read("fr", "L'opposition a appelé samedi à un rassemblement devant l'Assemblée nationale.", "2026-06-11");
  REQUIRE(!fr.empty());
  CHECK(fr.front().agents == std::vector<std::string>{"actor:opposition"});
  const auto council = read("fr", "La commission électorale a annoncé lundi les résultats du scrutin.", "2026-06-11");
  REQUIRE(!council.empty());
  CHECK(council.front().agents == std::vector<std::string>{"actor:commission-electorale"});
  // Without its adjective a council is anyone's.
  const auto bare = read("fr", "La commission a annoncé lundi les résultats du scrutin.", "2026-06-11");
  for (const auto& event : bare) CHECK(event.agents.empty());
  const auto renewed = read("fr", "Le nouveau conseil municipal se réunira samedi pour élire la maire.", "2026-03-23");
  const Event* meets = of_type(renewed, "meeting");
  REQUIRE(meets);
  CHECK(meets->agents == std::vector<std::string>{"actor:conseil-municipal"});
  const auto en = read("en", "The opposition called for a rally on Saturday.", "2026-06-11");
  REQUIRE(!en.empty());
  CHECK(en.front().agents == std::vector<std::string>{"actor:opposition"});
}

TEST_CASE("roles: an adjective of order ('sa première visite') does not part a carrying verb from its event noun") {
  const auto events = read("fr", "Le ministre Paul Durand a démissionné mardi. Il effectuera sa première visite en Belgique le 20 octobre.",
                           "2026-06-11");
  const Event* visit = of_type(events, "visit");
  REQUIRE(visit);
  CHECK(visit->agents == std::vector<std::string>{"actor:paul-durand"});
}

TEST_CASE("roles: a statement that carries another verb's act is its subject's, and 'the opposition' before a name is that name") {
  const auto rejected = read("fr", "Bennani Ouvrages a rejeté toute responsabilité dans un communiqué publié mardi soir.", "2026-06-11");
  REQUIRE(!rejected.empty());
  CHECK(rejected.front().agents == std::vector<std::string>{"actor:bennani-ouvrages"});
  const auto named = read("en", "The opposition People's Front said it will table a no-confidence motion on Feb. 16.", "2026-02-10");
  const Event* motion = of_type(named, "proposal");
  REQUIRE(motion);
  CHECK(motion->agents == std::vector<std::string>{"actor:people-s-front"});
}

TEST_CASE("roles: a name between commas renames the counterpart it follows, and both sides meet") {
  const auto en = read("en", "Peruvian Foreign Minister Carmen Quispe Torres and her Bolivian counterpart, Javier Mamani, met on "
                             "Tuesday in La Paz.", "2026-04-01");
  const Event* met = of_type(en, "meeting");
  REQUIRE(met);
  CHECK(met->agents == std::vector<std::string>{"actor:carmen-quispe-torres", "actor:javier-mamani"});
  const auto fr = read("fr", "Le ministre français Jean Martin et son homologue belge, Pierre Dubois, se sont rencontrés mardi à Lille.",
                       "2026-04-01");
  const Event* rencontre = of_type(fr, "meeting");
  REQUIRE(rencontre);
  CHECK(rencontre->agents == std::vector<std::string>{"actor:jean-martin", "actor:pierre-dubois"});
  CHECK(rencontre->title == "Jean Martin et Pierre Dubois se sont rencontrés à Lille");
}

TEST_CASE("roles: an apposition that says what 'the group' is does not act for it") {
  const auto events = read("en", "The Revolutionary Popular Front (FRP) claimed the attack on Saturday. The group, a splinter of the "
                                 "former FARC rebels, attacked a police station on Sunday.", "2026-01-26");
  const Event* attack = of_type(events, "attack");
  REQUIRE(attack);
  CHECK(attack->agents == std::vector<std::string>{"actor:revolutionary-popular-front"});
}

TEST_CASE("roles: the author a participle apposition names after an event noun is its agent, and a report is its author's") {
  const auto attack = read("en", "The attack, claimed by a group calling itself BlackMoth, hit the IT systems of the hospital operator "
                                 "Nordklinik on Nov. 9.", "2025-11-20");
  const Event* hit = of_type(attack, "attack");
  REQUIRE(hit);
  CHECK(hit->agents == std::vector<std::string>{"actor:blackmoth"});
  const auto report = read("en", "The International Trade Administration Commission (ITAC) had recommended the duties in a report "
                                 "submitted to the minister last week.", "2025-11-20");
  const Event* publication = of_type(report, "publication");
  REQUIRE(publication);
  CHECK(publication->agents == std::vector<std::string>{"actor:international-trade-administration-commission"});
}

TEST_CASE("roles: the act told in a statement takes the statement's date, and 'le mouvement' is the organisation named before") {
  const auto accused = read("en", "The RSF accused the army of sabotaging peace in a statement on Tuesday.", "2026-04-29");
  const Event* accusation = of_type(accused, "accusation");
  REQUIRE(accusation);
  CHECK(accusation->date.value == "2026-04-28");
  CHECK(accusation->agents == std::vector<std::string>{"actor:rsf"});
  const auto movement = read("fr", "Le Front de libération nationale kanak et socialiste (FLNKS) a rejeté le résultat dimanche. Son "
                                   "porte-parole a annoncé que le mouvement réunirait son bureau politique samedi à Koné.",
                             "2026-10-06");
  const Event* meeting = of_type(movement, "meeting");
  REQUIRE(meeting);
  CHECK(meeting->agents == std::vector<std::string>{"actor:front-de-liberation-nationale-kanak-et-socialiste"});
}

TEST_CASE("modality: 'sans'/'without' denies the verb it governs and the event noun that verb carries") {
  const auto fr = read("fr", "Le ministre Paul Durand a quitté Paris jeudi sans rencontrer le président Emmanuel Macron.", "2026-03-12");
  const Event* meeting = of_type(fr, "meeting");
  REQUIRE(meeting);
  CHECK(meeting->modality == "denied");
  const auto en = read("en", "Mayor Bernard Ravel left the court on Thursday without making a statement.", "2026-03-12");
  const Event* statement = of_type(en, "statement");
  REQUIRE(statement);
  CHECK(statement->modality == "denied");
  // A preposition that denies nothing leaves the event as it happened.
  const auto before = read("fr", "Le ministre Paul Durand a quitté Paris jeudi avant de rencontrer le président Emmanuel Macron.",
                           "2026-03-12");
  const Event* met = of_type(before, "meeting");
  REQUIRE(met);
  CHECK(met->modality == "happened");
}

TEST_CASE("roles: 'la directrice générale du CHU, Anne Le Goff' said it, and the press conference after her name is hers") {
  const auto said = read("fr", "« Nous ne paierons pas », a déclaré mercredi la directrice générale du CHU, Anne Le Goff.", "2024-11-21");
  REQUIRE(!said.empty());
  CHECK(said.front().agents == std::vector<std::string>{"actor:anne-le-goff"});
  const auto briefing = read("fr", "Le Premier ministre Étienne Gagnon a exclu le ministre. « Personne n'est au-dessus des lois », a "
                                   "déclaré M. Gagnon jeudi lors d'un point de presse à Québec.", "2025-10-10");
  const Event* interview = of_type(briefing, "interview");
  REQUIRE(interview);
  CHECK(interview->agents == std::vector<std::string>{"actor:etienne-gagnon"});
}

TEST_CASE("roles: a past participle opening the sentence tells what the main subject underwent") {
  const auto elected = read("fr", "Le ministre Marc-André Lévesque a été exclu du cabinet. Élu pour la première fois en 2018, il "
                                  "siégera désormais comme député indépendant.", "2025-10-10");
  const Event* election = of_type(elected, "election");
  REQUIRE(election);
  CHECK(election->agents == std::vector<std::string>{"actor:marc-andre-levesque"});
  CHECK(election->title == "Marc-André Lévesque élu pour la première fois");
  const auto arrested = read("en", "Opposition leader John Okello returned on Sunday. Arrested at the airport on Sunday, he was taken "
                                   "to a police station.", "2025-10-10");
  const Event* arrest = of_type(arrested, "arrest");
  REQUIRE(arrest);
  CHECK(arrest->agents.empty());
  CHECK(arrest->targets == std::vector<std::string>{"actor:john-okello"});
  // A verb whose compound tenses take être is active as a participle: who arrived acts.
  const auto arrived = read("fr", "Le Pau FC a limogé son entraîneur, Thierry Garric. Arrivé en juin 2024, Garric avait conduit le "
                                  "club à la septième place.", "2026-02-16");
  const Event* arrival = of_type(arrived, "arrival");
  REQUIRE(arrival);
  CHECK(arrival->agents == std::vector<std::string>{"actor:thierry-garric"});
}

TEST_CASE("roles: a name in apposition to the 'par'/'by' phrase did it, and the one told stands apart from who spoke") {
  const auto fr = read("fr", "Le recteur Jean Dupont a été limogé lundi par le ministre de l'Éducation, Paul Martin, après la grève.",
                       "2025-11-18");
  const Event* dismissal = of_type(fr, "dismissal");
  REQUIRE(dismissal);
  CHECK(dismissal->agents == std::vector<std::string>{"actor:paul-martin"});
  CHECK(dismissal->targets == std::vector<std::string>{"actor:jean-dupont"});
  const auto told = read("fr", "« Les médecins ont demandé son évacuation », a déclaré à l'AFP Me Rachelle Dossou-Yovo, jointe par "
                               "téléphone jeudi matin.", "2026-03-12");
  REQUIRE(!told.empty());
  CHECK(told.front().agents == std::vector<std::string>{"actor:rachelle-dossou-yovo"});
}

TEST_CASE("roles: a possessor owns an event noun past adjectives of order, and a press conference far after its verb is the speaker's") {
  const auto statement = read("en", "The Reserve Bank of New Zealand (RBNZ) cut rates on Tuesday. The RBNZ's next monetary policy "
                                    "statement is scheduled for Feb. 18.", "2026-01-20");
  const auto next = std::find_if(statement.begin(), statement.end(), [](const Event& e) { return e.type == "statement"; });
  REQUIRE(next != statement.end());
  CHECK(next->agents == std::vector<std::string>{"actor:reserve-bank-of-new-zealand"});
  const auto staff = read("fr", "Le président du club, Christian Mourgues, a parlé. Le président Mourgues doit présenter le nouveau "
                                "staff mercredi lors d'une conférence de presse au Nouste Camp.", "2026-02-16");
  const Event* interview = of_type(staff, "interview");
  REQUIRE(interview);
  CHECK(interview->agents == std::vector<std::string>{"actor:christian-mourgues"});
}

TEST_CASE("roles: an event noun coordinated after another object takes the subject of the verb before both") {
  const auto fr = read("fr", "La Fédération tunisienne de football (FTF) a infligé lundi un huis clos de six matches et une amende au club.",
                       "2026-04-14");
  const Event* sanction = of_type(fr, "sanction");
  REQUIRE(sanction);
  CHECK(sanction->agents == std::vector<std::string>{"actor:federation-tunisienne-de-football"});
  // A name inside the first object ends the walk: the subject is too far to be the noun's.
  const auto named = read("fr", "Le ministre Paul Durand a annoncé lundi la libération de Jean Martin et une amende.", "2026-04-14");
  for (const auto& event : named)
    if (event.type == "sanction") CHECK(event.agents.empty());
}

TEST_CASE("roles: the people a 'par'/'by' phrase names act for the body their 'de'/'of' complement names") {
  const auto en = read("en", "The two men were detained on Tuesday by a patrol of the Belize Defence Force (BDF).", "2026-06-11");
  const Event* arrest = of_type(en, "arrest");
  REQUIRE(arrest);
  CHECK(arrest->agents == std::vector<std::string>{"actor:belize-defence-force"});
  const auto fr = read("fr", "Le militant a été interpellé mardi par des agents de la Direction générale de la sécurité intérieure (DGSI).",
                       "2026-06-11");
  const Event* arrested = of_type(fr, "arrest");
  REQUIRE(arrested);
  CHECK(arrested->agents == std::vector<std::string>{"actor:direction-generale-de-la-securite-interieure"});
  // The people named on the way give way to their body.
  const auto investigators = read("fr", "L'UPAC enquête. Gilles Tremblay a été arrêté mardi par les enquêteurs de l'UPAC.",
                                  "2025-10-09");
  const Event* held = of_type(investigators, "arrest");
  REQUIRE(held);
  CHECK(held->agents == std::vector<std::string>{"actor:upac"});
  // So do an institution's people ("les gendarmes").
  const auto gendarmes = read("fr", "Douze personnes ont été interpellées mardi par les gendarmes de l'OCLAESP.", "2026-03-12");
  REQUIRE(of_type(gendarmes, "arrest"));
  CHECK(of_type(gendarmes, "arrest")->agents == std::vector<std::string>{"actor:oclaesp"});
  // In the active voice, "de"/"of" after the object says nothing of who acts.
  const auto active = read("en", "The army detained a patrol of the Belize Defence Force (BDF) on Tuesday.", "2026-06-11");
  const Event* detained = of_type(active, "arrest");
  REQUIRE(detained);
  CHECK(std::find(detained->agents.begin(), detained->agents.end(), "actor:belize-defence-force") == detained->agents.end());
}

TEST_CASE("roles: 'both sides' opening a sentence and 'the two countries' stand for the last pair listed before them") {
  const auto sides = read("en", "Talks between Chad and Niger failed in May. Mali and Senegal then held talks in Dakar. Both sides "
                                "agreed on Tuesday to meet again.", "2026-04-29");
  const Event* agreed = of_type(sides, "agreement");
  REQUIRE(agreed);
  CHECK(agreed->agents == std::vector<std::string>{"actor:mali", "actor:senegal"});
  // A meeting in a phrase of place ("at a meeting") is held by the clause's subject.
  const auto met = read("en", "Saudi Arabia and Indonesia had a dispute over rules of origin. The two countries settled it at a "
                              "meeting of their trade ministers in Jeddah on Sept. 18.", "2026-09-20");
  const Event* meeting = of_type(met, "meeting");
  REQUIRE(meeting);
  CHECK(meeting->agents == std::vector<std::string>{"actor:indonesia", "actor:saudi-arabia"});
}

TEST_CASE("roles: 'un de ses délégués', 'son conseil d'administration' act for the body the possessive stands for") {
  const auto delegate = read("fr", "Selon le Comité international de la Croix-Rouge (CICR), un de ses délégués a rendu visite au "
                                   "prisonnier mardi.", "2026-03-12");
  const Event* visit = of_type(delegate, "visit");
  REQUIRE(visit);
  CHECK(visit->agents == std::vector<std::string>{"actor:comite-international-de-la-croix-rouge"});
  const auto board = read("fr", "La SNCB a perdu son patron. Son conseil d'administration s'est réuni jeudi soir en urgence.",
                          "2026-05-22");
  const Event* meeting = of_type(board, "meeting");
  REQUIRE(meeting);
  CHECK(meeting->agents == std::vector<std::string>{"actor:sncb"});
  // A possessive that names a person's body stays hers.
  const auto government = read("fr", "La Première ministre Élisabeth Borne a présenté son plan. Son gouvernement a adopté mardi le "
                                     "décret.", "2026-05-22");
  for (const auto& event : government)
    if (event.type == "decision") CHECK(event.agents == std::vector<std::string>{"actor:elisabeth-borne"});
}

TEST_CASE("roles: a press conference after a described speaker and her name in apposition is hers") {
  const auto said = read("fr", "« L'intervention a été efficace », s'est félicitée la procureure de la République de Limoges, "
                               "Émilie Charvet, lors d'une conférence de presse mercredi après-midi.", "2025-10-08");
  const Event* conference = of_type(said, "interview");
  REQUIRE(conference);
  CHECK(conference->agents == std::vector<std::string>{"actor:emilie-charvet"});
}

TEST_CASE("roles: a gender the text gives later rules out a pronoun's earlier candidate") {
  const auto text = read("fr", "Le recteur de l'université de Nouakchott, Mohamed Lemine Ould Sidi, a été limogé lundi. Le décret "
                               "nomme à sa place la doyenne de la faculté des sciences, Khadijetou Mint Cheikh. Elle doit prendre "
                               "ses fonctions jeudi. M. Ould Sidi a dénoncé une décision politique.", "2025-11-18");
  const Event* appointment = of_type(text, "appointment");
  REQUIRE(appointment);
  CHECK(appointment->agents == std::vector<std::string>{"actor:khadijetou-mint-cheikh"});
}

TEST_CASE("roles: an article tells the gender of an epicene title, and a name in apposition inside a complement is no subject") {
  const auto text = read("fr", "Le maire Paul Girard a quitté la séance. L'intérim sera assuré par la ministre des Affaires "
                               "municipales, Nathalie Bergeron. Il doit comparaître le 4 novembre à Québec.", "2025-10-09");
  const Event* hearing = of_type(text, "trial");
  REQUIRE(hearing);
  CHECK(hearing->agents == std::vector<std::string>{"actor:paul-girard"});
  const auto voice = read("fr", "Le ministre Paul Girard a démissionné. Par la voix de son avocat, Me Sylvain Ouellet, le ministre "
                                "a démenti mardi toute fraude.", "2025-10-09");
  const Event* denial = of_type(voice, "denial");
  REQUIRE(denial);
  CHECK(denial->agents == std::vector<std::string>{"actor:paul-girard"});
}

TEST_CASE("roles: 'its' does not stand for a state named only as where something happened") {
  const auto text = read("en", "Singapore's regulator fined Lumora on Wednesday. Lumora's shares fell 6.2% in Singapore on "
                               "Wednesday. Its board will meet on Monday to decide whether to replace the technology chief.",
                         "2026-02-11");
  const Event* meeting = of_type(text, "meeting");
  REQUIRE(meeting);
  CHECK(meeting->agents == std::vector<std::string>{"actor:lumora"});
}

TEST_CASE("roles: 'ce dernier' stands for the last one named, not for the subject before it") {
  // "il" would be Habimana, the subject; "ce dernier" is Uwimana, named last.
  const auto fr = read("fr",
                       "M. Jean Habimana a obtenu 31 voix, contre 14 au président sortant, Théogène Uwimana. Ce dernier a "
                       "reconnu sa défaite dimanche.",
                       "2026-03-09");
  REQUIRE(fr.size() == 1);
  CHECK(fr.front().agents == std::vector<std::string>{"actor:theogene-uwimana"});
  const auto feminine = read("fr",
                             "Le syndicat a reçu la ministre Rana Haddad. Cette dernière avait rejeté vendredi une "
                             "première offre.",
                             "2025-05-28");
  const Event* rejection = of_type(feminine, "rejection");
  REQUIRE(rejection);
  CHECK(rejection->agents == std::vector<std::string>{"actor:rana-haddad"});
}

TEST_CASE("roles: a verb of saying with a noun phrase and its verb after it reports a clause of its own") {
  // "said the party would hold": the party holds the rally, not the one who says so.
  const auto party = read("en",
                          "The National Renewal Party (NRP) protested on Monday. NRP secretary-general Grace Atim said "
                          "the party would hold a rally in Kampala on Sept. 19.",
                          "2026-09-07");
  const Event* rally = nullptr;
  for (const Event& event : party)
    if (event.date.value == "2026-09-19") rally = &event;
  REQUIRE(rally);
  CHECK(rally->agents == std::vector<std::string>{"actor:national-renewal-party"});
  // "announced his return in a video posted last week": a form that may be a participle opens no clause.
  const auto video = read("en", "Samuel Okello-Mugisha announced his return in a video posted last week.", "2026-09-07");
  REQUIRE(video.size() == 1);
  CHECK(video.front().agents == std::vector<std::string>{"actor:samuel-okello-mugisha"});
}

TEST_CASE("roles: an event reported after a verb of saying that names no one takes part of its speaker") {
  const auto fr = read("fr", "Mme Sophie Lemarchand a annoncé que le musée rouvrirait samedi.", "2025-11-19");
  REQUIRE(fr.size() == 1);
  CHECK(fr.front().agents.empty());
  CHECK(has(fr.front().actors, "actor:sophie-lemarchand"));
  const auto en = read("en", "Minister Chaminda Weerasekara said the terminal was expected to reopen on Thursday.",
                       "2025-08-06");
  REQUIRE(en.size() == 1);
  CHECK(en.front().agents.empty());
  CHECK(has(en.front().actors, "actor:chaminda-weerasekara"));
}

TEST_CASE("roles: observers and investigators act for the body their possessive stands for") {
  const auto events = read("en", "The OAS called for calm on Thursday. The OAS said its observers would visit the area next week.",
                           "2025-07-11");
  const Event* visit = of_type(events, "visit");
  REQUIRE(visit);
  CHECK(visit->agents == std::vector<std::string>{"actor:oas"});
}

TEST_CASE("roles: 'ils' and 'they' stand for a group, never for one body, and a count of people is no list") {
  const auto fr = read("fr",
                       "Deux hommes ont été interpellés mardi par les enquêteurs de l'OCBC. Ils doivent être présentés "
                       "jeudi à un juge d'instruction, a précisé le procureur, Marc Aubertin.",
                       "2025-11-19");
  const Event* arrest = of_type(fr, "arrest");
  REQUIRE(arrest);
  CHECK(arrest->agents == std::vector<std::string>{"actor:ocbc"});
  CHECK(arrest->targets.empty());
  const Event* hearing = of_type(fr, "trial");
  REQUIRE(hearing);
  CHECK(hearing->date.value == "2025-11-20");
  // "Ils" are the two men, whom no name stands for: not the OCBC, not its investigators.
  CHECK(hearing->agents.empty());
  CHECK(hearing->targets.empty());
  CHECK(hearing->actors == std::vector<std::string>{"actor:marc-aubertin"});
  const auto en = read("en", "Two men were arrested on Tuesday by the FBI. They will be brought before a judge in Boston on Thursday.",
                       "2025-11-19");
  const Event* court = of_type(en, "trial");
  REQUIRE(court);
  CHECK(court->date.value == "2025-11-20");
  CHECK(!has(court->actors, "actor:fbi"));
}

TEST_CASE("roles: hearings announced a number of days after an event are dated from it") {
  const auto events = read("fr",
                           "Le ferry MV Dalisay Star a chaviré dimanche. Deux jours après le naufrage, le Sénat a annoncé "
                           "des auditions publiques, qui doivent s'ouvrir le 15 octobre à Manille.",
                           "2025-10-08");
  const Event* hearings = of_type(events, "trial");
  REQUIRE(hearings);
  // Two days after the sinking: the build dates it from the sinking's date.
  REQUIRE(hearings->anchor);
  CHECK(hearings->anchor->type == "disaster");
  CHECK(hearings->anchor->offset == "P2D");
  CHECK(hearings->agents == std::vector<std::string>{"actor:senat"});
}

TEST_CASE("roles: an infinitive inside the subject ends at the main clause's verb, and the title keeps no hole") {
  const auto events = read("fr",
                           "Neuf personnes soupçonnées d'appartenir à un réseau de passeurs entre l'Italie et la France "
                           "ont été interpellées mardi matin à Menton.",
                           "2026-02-12");
  const Event* arrest = of_type(events, "arrest");
  REQUIRE(arrest);
  CHECK(arrest->date.value == "2026-02-10TMO");
  CHECK(arrest->title.find("ont été interpellées") != std::string::npos);
  CHECK(arrest->title.find(" la ont") == std::string::npos);
}

TEST_CASE("roles: an adverb between a modal and its verb keeps the subject, a pronoun's too") {
  const auto events = read("fr",
                           "Le prince Guillaume recevra lundi les présidents des groupes, a annoncé la Cour. Il doit "
                           "ensuite effectuer une visite officielle en Belgique le 20 octobre.",
                           "2025-10-10");
  const Event* visit = of_type(events, "visit");
  REQUIRE(visit);
  CHECK(visit->agents == std::vector<std::string>{"actor:guillaume"});
  const auto english = read("en", "Marta Ilves will then visit Brussels on Friday.", "2025-10-07");
  REQUIRE(of_type(english, "visit"));
  CHECK(of_type(english, "visit")->agents == std::vector<std::string>{"actor:marta-ilves"});
}

TEST_CASE("roles: a noun trigger that opens its clause with 'by' after it names who acted") {
  const auto events = read("en", "Revenues fell in 2023, when attacks by Yemen's Houthis forced carriers to reroute.", "2026-03-11");
  const Event* attack = of_type(events, "attack");
  REQUIRE(attack);
  CHECK(attack->agents == std::vector<std::string>{"actor:houthis"});
  const auto opening = read("en", "Attacks by Hezbollah on shipping rose in 2023.", "2026-03-11");
  REQUIRE(of_type(opening, "attack"));
  CHECK(of_type(opening, "attack")->agents == std::vector<std::string>{"actor:hezbollah"});
}

TEST_CASE("roles: who leads a subject that names no one acts for it") {
  const auto events = read("en", "Environmental groups led by the Lakeshore Alliance sued the regulator on Monday.", "2026-03-11");
  const Event* lawsuit = of_type(events, "charge");
  REQUIRE(lawsuit);
  CHECK(lawsuit->agents == std::vector<std::string>{"actor:lakeshore-alliance"});
  const auto fr = read("fr", "Des éleveurs emmenés par la Confédération paysanne ont manifesté samedi à Gap.", "2026-03-11");
  REQUIRE(of_type(fr, "protest"));
  CHECK(of_type(fr, "protest")->agents == std::vector<std::string>{"actor:confederation-paysanne"});
}

TEST_CASE("roles: who reports an event after it, named with a title, is no side of it") {
  const auto events = read("fr",
                           "Le conseil de surveillance de l'hôpital se réunira le 13 novembre, a annoncé M. Vassal.",
                           "2025-11-05");
  const Event* meeting = of_type(events, "meeting");
  REQUIRE(meeting);
  CHECK(meeting->agents == std::vector<std::string>{"actor:conseil-de-surveillance"});
  // A reflexive pronoun is no part of a body's name.
  const auto council = read("fr", "À Lille, le conseil se réunira mardi prochain.", "2025-11-05");
  REQUIRE(of_type(council, "meeting"));
  CHECK(of_type(council, "meeting")->agents.empty());
}

TEST_CASE("roles: a relative without a verb ('dont' as 'including') ends at its comma, the verb after it is the subject's") {
  const auto events = read("fr", "Deux dirigeants de CoralX, dont la directrice financière, ont été placés en détention samedi.",
                           "2025-09-16");
  const Event* arrest = of_type(events, "arrest");
  REQUIRE(arrest);
  CHECK(arrest->date.value == "2025-09-13");
  CHECK(has(arrest->targets, "actor:coralx"));
  // The names it lists act among an unnamed subject.
  const auto unions = read("fr", "Plusieurs pays, dont la France et l'Allemagne, ont signé samedi l'accord à Bruxelles.",
                           "2025-09-16");
  REQUIRE(of_type(unions, "agreement"));
  CHECK(of_type(unions, "agreement")->agents == std::vector<std::string>{"actor:france", "actor:germany"});
  // A relative with its verb keeps it ("dont le siège est à Paris").
  const auto seat = read("fr", "La société CoralX, dont le siège est à Port-Louis, a été placée en liquidation samedi.",
                         "2025-09-16");
  REQUIRE(of_type(seat, "ruling"));
  CHECK(of_type(seat, "ruling")->date.value == "2025-09-13");
}

TEST_CASE("dates: a date inside a participle phrase after the verb is the participle's") {
  const auto events = read("fr", "Le ministre a salué Corinne Lebrun, arrêtée mercredi soir à Paris.", "2025-10-09");
  const Event* arrest = of_type(events, "arrest");
  REQUIRE(arrest);
  CHECK(arrest->date.value->rfind("2025-10-08", 0) == 0);
  CHECK(has(arrest->targets, "actor:corinne-lebrun"));
}

TEST_CASE("roles: 'par' people of a thing of a named body: the body acts") {
  const auto events = read("fr", "L'engin a été repéré lundi par l'équipage d'une drague de la société Hydromar.", "2025-10-14");
  const Event* discovery = of_type(events, "discovery");
  REQUIRE(discovery);
  CHECK(discovery->agents == std::vector<std::string>{"actor:societe-hydromar"});
  // English juries act in lower case.
  const auto indicted = read("en", "A federal grand jury in Seattle on Monday indicted a gallery owner.", "2026-02-03");
  REQUIRE(of_type(indicted, "charge"));
  CHECK(of_type(indicted, "charge")->agents.size() == 1);
  // "l'arrêt du signal" is no court's ruling.
  const auto signal = read("fr", "Les agents de l'OFB ont été alertés dimanche par l'arrêt du signal GPS.", "2025-07-09");
  CHECK_FALSE(of_type(signal, "ruling"));
}

TEST_CASE("roles: a body named in lower case after a description's possessive acts, and so does what the description stands for") {
  const auto events = read("en",
                           "The Panama Canal Authority said on Monday it would raise transits. The authority's board "
                           "approved the measures on Friday. The cuts were approved by the authority's board on Tuesday.",
                           "2025-08-18");
  const Event* approval = nullptr;
  for (const Event& event : events)
    if (event.type == "decision" && event.date.value == "2025-08-15") approval = &event;
  REQUIRE(approval);
  // The authority acts through its board.
  CHECK(approval->agents == std::vector<std::string>{"actor:board", "actor:panama-canal-authority"});
  // After "by", the possessive stands where a determiner would: the board is who approved.
  const Event* cuts = nullptr;
  for (const Event& event : events)
    if (event.type == "decision" && event.date.value == "2025-08-12") cuts = &event;
  REQUIRE(cuts);
  CHECK(cuts->agents == std::vector<std::string>{"actor:board", "actor:panama-canal-authority"});
  CHECK(cuts->targets.empty());
}

TEST_CASE("roles: a place after 'par'/'by' in a passive or after an event noun stands for its government and acts") {
  const auto fr = read("fr", "L'enquête antidumping avait été ouverte par Pékin en janvier 2024.", "2025-09-03");
  REQUIRE(of_type(fr, "investigation"));
  CHECK(of_type(fr, "investigation")->agents == std::vector<std::string>{"place:beijing"});
  const auto en = read("en", "The US Treasury said sanctions were imposed by Washington on Tuesday against Acero.", "2025-09-03");
  REQUIRE(!en.empty());
  CHECK(has(en.front().agents, "place:washington"));
}

TEST_CASE("roles: two descriptions, each renamed between commas and joined by 'et'/'and', are both the subject") {
  const auto fr = read("fr",
                       "Le ministre français des Transports, Jean-Marc Ferrand, et son homologue italien, Lorenzo Bassi, "
                       "ont signé jeudi un protocole.",
                       "2025-11-28");
  REQUIRE(of_type(fr, "agreement"));
  CHECK(of_type(fr, "agreement")->agents ==
        std::vector<std::string>{"actor:jean-marc-ferrand", "actor:lorenzo-bassi"});
  const auto en = read("en",
                       "The French minister, Jean-Marc Ferrand, and his Italian counterpart, Lorenzo Bassi, signed the "
                       "protocol on Thursday.",
                       "2025-11-28");
  REQUIRE(of_type(en, "agreement"));
  CHECK(of_type(en, "agreement")->agents ==
        std::vector<std::string>{"actor:jean-marc-ferrand", "actor:lorenzo-bassi"});
  // After "par", so is the second description that a comma and "et" join to the first.
  const auto passive = read("fr",
                            "La percée a été saluée jeudi par le ministre français des Transports, Jean-Marc Ferrand, et "
                            "son homologue italien, Lorenzo Bassi, présents sur le chantier.",
                            "2025-11-28");
  REQUIRE(of_type(passive, "support"));
  CHECK(of_type(passive, "support")->agents ==
        std::vector<std::string>{"actor:jean-marc-ferrand", "actor:lorenzo-bassi"});
  CHECK(of_type(passive, "support")->targets.empty());
}

TEST_CASE("roles: 'ils' and 'les deux ministres' stand for the last subject that named two, past a subject of one") {
  const auto events = read("fr",
                           "La percée a été saluée jeudi par le ministre français, Jean-Marc Ferrand, et son homologue "
                           "italien, Lorenzo Bassi. Les deux ministres ont ensuite signé un protocole. « C'est un jour "
                           "historique », a déclaré M. Ferrand. Ils visiteront vendredi le chantier de Chiomonte.",
                           "2025-11-28");
  const std::vector<std::string> both{"actor:jean-marc-ferrand", "actor:lorenzo-bassi"};
  REQUIRE(of_type(events, "agreement"));
  CHECK(of_type(events, "agreement")->agents == both);
  REQUIRE(of_type(events, "visit"));
  CHECK(of_type(events, "visit")->agents == both);
  // A count of people that are no titles is not them.
  const auto kidnapped = read("fr",
                              "Jean-Marc Ferrand et Lorenzo Bassi ont signé jeudi un accord à Rome. Deux ressortissants "
                              "chinois avaient été enlevés vendredi à Chiomonte.",
                              "2025-11-28");
  for (const Event& event : kidnapped)
    if (event.type == "abduction") CHECK(event.agents.empty());
}

TEST_CASE("roles: a passive 'est attendu à X' / 'is expected in X' is a planned visit by its subject, only with a place") {
  const auto fr = read("fr", "Le ministre de l'Intérieur, Paul Martin, est attendu lundi à Menton.", "2025-11-20");
  const Event* visit = of_type(fr, "visit");
  REQUIRE(visit);
  CHECK(visit->date.value == "2025-11-24");
  CHECK(visit->modality == "planned");
  CHECK(visit->agents == std::vector<std::string>{"actor:paul-martin"});
  CHECK(visit->targets == std::vector<std::string>{"place:menton"});
  const auto en = read("en", "Foreign Minister Paul Martin is expected in Islamabad on Monday.", "2025-11-20");
  REQUIRE(of_type(en, "visit"));
  CHECK(of_type(en, "visit")->agents == std::vector<std::string>{"actor:paul-martin"});
  // Without a place, or in the active voice, it is no visit.
  CHECK_FALSE(of_type(read("en", "A ruling by the court in Lyon is expected in March.", "2025-11-20"), "visit"));
  CHECK_FALSE(of_type(read("fr", "Paul Martin attend à Menton une réponse du préfet lundi.", "2025-11-20"), "visit"));
}

TEST_CASE("clauses: ', and' with a subject whose possessive adds a word still opens a clause of its own") {
  const auto events = read("en",
                           "The International Ski Federation (FIS) cancelled the race on Friday. Organisers have offered "
                           "to stage it, and the federation's council is expected to rule on the proposal on Tuesday.",
                           "2025-12-12");
  const Event* ruling = of_type(events, "ruling");
  REQUIRE(ruling);
  // The council rules for the federation it belongs to: both act.
  CHECK(ruling->agents == std::vector<std::string>{"actor:council", "actor:international-ski-federation"});
}

TEST_CASE("dates: a date after 'of' and a name completes the name, it does not date the verb") {
  const auto events = read("en", "Graham Whitlock is charged with violating the Indian Arts and Crafts Act of 1990.", "2026-02-03");
  for (const Event& event : events) CHECK(event.date.value != "1990");
  const auto met = read("en", "Graham Whitlock met the head of Interpol on Monday.", "2026-02-03");
  REQUIRE(of_type(met, "meeting"));
  CHECK(of_type(met, "meeting")->date.value == "2026-02-02");
}

TEST_CASE("clauses: a past participle after a verb that an auxiliary or 'to' marks, before a plain noun, qualifies the noun") {
  CHECK_FALSE(of_type(read("en", "The Fish and Wildlife Service will show seized items to reporters on Wednesday.", "2026-02-03"),
                      "capture"));
  CHECK_FALSE(of_type(read("en", "The FBI plans to return stolen paintings to the museum on Wednesday.", "2026-02-03"), "theft"));
  // A noun that may spell a verb before it is no such verb.
  REQUIRE(of_type(read("en", "Pirates released nine crew members of the tanker Elbe Star on Tuesday.", "2026-02-18"), "release"));
}

TEST_CASE("roles: an event noun in a phrase that opens the sentence on what its subject was doing is the subject's") {
  const auto fr = test::read("fr", "En visite à Loriol-sur-Drôme mercredi, Pierre-Yves Daumas a annoncé une aide.",
                             "2026-06-03");
  REQUIRE(test::of_type(fr, "visit"));
  CHECK(test::has(test::of_type(fr, "visit")->agents, "actor:pierre-yves-daumas"));
  const auto en = test::read("en", "On a visit to Kyiv on Wednesday, Agriculture Minister Pierre-Yves Daumas announced aid.",
                             "2026-06-03");
  REQUIRE(test::of_type(en, "visit"));
  CHECK(test::has(test::of_type(en, "visit")->agents, "actor:pierre-yves-daumas"));
  // Not past a word that says what the phrase is about, and a noun in an opening phrase has no
  // complement past its comma: neither attack is the government's or aimed at the president.
  const auto wake = test::read("en", "In the wake of the attack on Tuesday, the government of Mali announced a curfew.",
                               "2026-06-03");
  REQUIRE(test::of_type(wake, "attack"));
  CHECK(test::of_type(wake, "attack")->agents.empty());
  const auto after = test::read("en", "After the attack on Tuesday, President Assimi Goita announced a curfew.", "2026-06-03");
  REQUIRE(test::of_type(after, "attack"));
  CHECK(test::of_type(after, "attack")->agents.empty());
  CHECK(test::of_type(after, "attack")->targets.empty());
}

TEST_CASE("roles: an object pronoun stands for the actor named before, the target of what the verb does") {
  const auto en = test::read("en", "Julien Vasseur lost the lead on Friday after race stewards handed him a one-hour penalty.",
                             "2026-01-09");
  REQUIRE(test::of_type(en, "sanction"));
  CHECK(test::has(test::of_type(en, "sanction")->targets, "actor:julien-vasseur"));
  // The clause it follows tells no event: the "after" clause takes its day.
  CHECK(test::of_type(en, "sanction")->date.value == "2026-01-09");
  const auto fr = test::read("fr", "Le suspect, Karim Benali, a été repéré à Lyon. La police l'a interpellé vendredi.",
                             "2026-01-10");
  REQUIRE(test::of_type(fr, "arrest"));
  CHECK(test::has(test::of_type(fr, "arrest")->targets, "actor:karim-benali"));
  const auto lui = test::read("fr", "Julien Vasseur a perdu la tête du rallye. Les commissaires lui ont infligé vendredi une "
                                    "pénalité d'une heure.", "2026-01-10");
  REQUIRE(test::of_type(lui, "sanction"));
  CHECK(test::has(test::of_type(lui, "sanction")->targets, "actor:julien-vasseur"));
  // An article after the verb is no pronoun, and a feminine one stands for no man.
  const auto article = test::read("fr", "Le ministre Fidèle Ngoma a inauguré mardi le tunnel. Une portion de voie s'est "
                                        "effondrée le 12 juin 2025.", "2026-02-18");
  REQUIRE(test::of_type(article, "disaster"));
  CHECK(test::of_type(article, "disaster")->targets.empty());
  const auto feminine = test::read("fr", "Le ministre Jean Martin a annoncé vendredi qu'il la recevrait lundi à Paris.",
                                   "2026-01-09");
  for (const Event& event : feminine) CHECK(event.targets.empty());
}

TEST_CASE("roles: a plural noun after a preposition and one word is no verb, and a counted 'by' phrase tells how the subject acted") {
  const auto raids = test::read("en", "The men were arrested in dawn raids on Tuesday by officers of the Fraud Squad.",
                                "2026-10-23");
  REQUIRE(test::of_type(raids, "arrest"));
  CHECK(test::has(test::of_type(raids, "arrest")->agents, "actor:fraud-squad"));
  CHECK_FALSE(test::of_type(raids, "attack"));
  const auto votes = test::read("en", "The party congress of the SDH backed the deal on Monday by 212 votes to 58.",
                                "2025-10-22");
  REQUIRE(test::of_type(votes, "vote"));
  CHECK(test::has(test::of_type(votes, "vote")->agents, "actor:sdh"));
  CHECK(test::of_type(votes, "vote")->title.find("backed the deal") != std::string::npos);
  // A passive's subject undergoes the vote: nobody is its agent.
  const auto passive = test::read("fr", "Le texte de la Ligue des droits a été adopté lundi par 312 voix contre 201.",
                                  "2025-10-22");
  for (const Event& event : passive) CHECK(event.agents.empty());
}

TEST_CASE("roles: a past participle after an actor's name and a comma says what that actor underwent or did") {
  const auto successor = test::read("fr", "Mme Raimbault succède à Alain Gourdon, élu en juillet 2020, qui avait démissionné "
                                          "le 12 janvier pour raisons de santé.", "2026-02-06");
  REQUIRE(test::of_type(successor, "election"));
  CHECK(test::has(test::of_type(successor, "election")->agents, "actor:alain-gourdon"));
  CHECK_FALSE(test::has(test::of_type(successor, "election")->agents, "actor:raimbault"));
  CHECK(test::of_type(successor, "election")->date.value == "2020-07");
  // The relative after the apposition is the name's too.
  REQUIRE(test::of_type(successor, "resignation"));
  CHECK(test::has(test::of_type(successor, "resignation")->agents, "actor:alain-gourdon"));
  CHECK(test::of_type(successor, "resignation")->date.value == "2026-01-12");
  // One that says an event is planned qualifies that event, not the name before it.
  const auto planned = test::read("fr", "Elle assurera l'intérim jusqu'à l'élection d'un président de l'Assemblée, prévue le "
                                        "4 juin.", "2025-05-20");
  REQUIRE(test::of_type(planned, "election"));
  CHECK(test::of_type(planned, "election")->date.value == "2025-06-04");
}

TEST_CASE("roles: a given name tells a person's gender, and a pronoun of the other gender does not stand for them") {
  // The subject named last would be who "il"/"elle" is, were the gender not known.
  const auto il = test::read("fr", "Sylvie Raimbault a reçu jeudi Alain Gourdon. Il a démissionné vendredi.", "2026-02-06");
  REQUIRE(test::of_type(il, "resignation"));
  CHECK(test::has(test::of_type(il, "resignation")->agents, "actor:alain-gourdon"));
  const auto elle = test::read("fr", "Alain Gourdon a reçu jeudi Sylvie Raimbault. Elle a démissionné vendredi.", "2026-02-06");
  REQUIRE(test::of_type(elle, "resignation"));
  CHECK(test::has(test::of_type(elle, "resignation")->agents, "actor:sylvie-raimbault"));
  const auto she = test::read("en", "John Reid received Karen Holt on Monday. She resigned on Tuesday.", "2026-02-06");
  REQUIRE(test::of_type(she, "resignation"));
  CHECK(test::has(test::of_type(she, "resignation")->agents, "actor:karen-holt"));
}

TEST_CASE("dates: of two event nouns, the one a preposition joins to the other is what it is about, not what happens then") {
  const auto hearing = test::read("en", "The Vermont House Education Committee will hold a hearing on the closure next week.",
                                  "2026-01-24");
  REQUIRE(test::of_type(hearing, "trial"));
  CHECK(test::has(test::of_type(hearing, "trial")->agents, "actor:vermont-house-education-committee"));
  CHECK_FALSE(test::of_type(hearing, "decision"));
  // A noun after a verb's preposition is no complement of the noun before the verb.
  const auto call = test::read("fr", "La visite faisait suite à un entretien téléphonique entre Emmanuel Macron et "
                                     "Abdelmadjid Tebboune le 31 mars.", "2025-04-07");
  REQUIRE(test::of_type(call, "call"));
  CHECK(test::of_type(call, "call")->date.value == "2025-03-31");
}

TEST_CASE("roles: placing a body on probation is a sanction of whoever places it") {
  const auto probation = test::read("en", "The New England Commission of Higher Education placed the school on probation "
                                          "in June 2024.", "2026-01-24");
  REQUIRE(test::of_type(probation, "sanction"));
  CHECK(test::has(test::of_type(probation, "sanction")->agents, "actor:new-england-commission-of-higher-education"));
}

TEST_CASE("roles: after a verb of saying, the one named after a title and its body's complements speaks, and the body is no target") {
  const auto fr = test::read("fr", "« C'est une décision brutale », a dénoncé jeudi la présidente du comité de défense de "
                                   "l'hôpital, Martine Lagrange.", "2026-01-16");
  const Event* accusation = test::of_type(fr, "accusation");
  REQUIRE(accusation);
  CHECK(test::has(accusation->agents, "actor:martine-lagrange"));
  CHECK(accusation->targets.empty());
  const auto union_head = test::read("fr", "« On a tout perdu », a déclaré dimanche le président de l’Union des viticulteurs, "
                                           "Jean Dupont.", "2026-06-08");
  REQUIRE(test::of_type(union_head, "statement"));
  CHECK(test::of_type(union_head, "statement")->agents == std::vector<std::string>{"actor:jean-dupont"});
  // A participle may end the body's name ("Ried vivant").
  const auto lawyer = test::read("fr", "« C’est une décision historique », a salué mercredi l’avocate de l’association Ried "
                                       "vivant, Me Clarisse Wendling.", "2026-03-11");
  REQUIRE(test::of_type(lawyer, "statement"));
  CHECK(test::of_type(lawyer, "statement")->agents == std::vector<std::string>{"actor:clarisse-wendling"});
  // The title names him as the text does, not by the title the name finder gave him.
  const auto titled = test::read("fr", "« On a tout perdu », a déclaré dimanche le président du syndicat, Jean Dupont.", "2026-06-08");
  REQUIRE(test::of_type(titled, "statement"));
  CHECK(test::of_type(titled, "statement")->title == "Jean Dupont a déclaré");
}

TEST_CASE("event types: a verb that reports the quotation before it is a statement, whatever else it means") {
  const auto quoted = test::read("fr", "« On a tout perdu », a témoigné dimanche Jean Dupont.", "2026-06-08");
  CHECK(test::of_type(quoted, "statement"));
  CHECK_FALSE(test::of_type(quoted, "trial"));
  const auto en = test::read("en", "\"We lost everything,\" testified Jean Dupont on Sunday.", "2026-06-08");
  CHECK(test::of_type(en, "statement"));
  const auto court = test::read("fr", "Jean Dupont a témoigné dimanche devant le tribunal.", "2026-06-08");
  CHECK(test::of_type(court, "trial"));
  CHECK_FALSE(test::of_type(court, "statement"));
}

TEST_CASE("roles: a name apposed to a noun trigger's own description is who that description is") {
  const auto fr = test::read("fr", "Le scrutin avait été provoqué par la démission, le 3 juin, du conseiller sortant, "
                                   "Alain Teyssier, élu en 2021.", "2026-10-12");
  REQUIRE(test::of_type(fr, "resignation"));
  CHECK(test::has(test::of_type(fr, "resignation")->agents, "actor:alain-teyssier"));
  const auto en = test::read("en", "The vote was triggered by the resignation on June 3 of the outgoing councillor, Alan Tess.",
                             "2026-10-12");
  REQUIRE(test::of_type(en, "resignation"));
  CHECK(test::has(test::of_type(en, "resignation")->agents, "actor:alan-tess"));
  // A name after a comma that no description of the noun's own introduces is not its complement.
  const auto other = test::read("en", "The resignation on June 3 was a surprise, Alan Tess said.", "2026-10-12");
  for (const Event& event : other)
    if (event.type == "resignation") CHECK_FALSE(test::has(event.agents, "actor:alan-tess"));
}

TEST_CASE("event types: an actor expected somewhere the text does not name visits, a result expected does not") {
  const auto fr = test::read("fr", "La ministre de l’Agriculture est attendue jeudi dans le département, a annoncé lundi la préfecture.",
                             "2026-06-08");
  REQUIRE(test::of_type(fr, "visit"));
  CHECK(test::of_type(fr, "visit")->agents == std::vector<std::string>{"actor:ministre-de-l-agriculture"});
  CHECK(test::of_type(fr, "visit")->date.value == "2026-06-11");
  CHECK(test::of_type(test::read("fr", "La ministre de la Transition écologique est attendue lundi sur place.", "2026-07-12"), "visit"));
  CHECK(test::of_type(test::read("en", "The agriculture minister is expected in the region on Thursday.", "2026-06-08"), "visit"));
  CHECK_FALSE(test::of_type(test::read("fr", "Les premiers résultats sont attendus mercredi dans la soirée.", "2026-07-12"), "visit"));
  CHECK_FALSE(test::of_type(test::read("en", "Results are expected on Wednesday in the evening.", "2026-07-12"), "visit"));
}

TEST_CASE("roles: 'the Kamloops-based lumber producer' is the organisation named before, not the place") {
  const auto en = test::read("en", "Ridgeback Timber Corp is in trouble. The Kamloops-based lumber producer said on Wednesday "
                                   "it would close two sawmills.", "2026-02-19");
  REQUIRE(test::of_type(en, "statement"));
  CHECK(test::of_type(en, "statement")->agents == std::vector<std::string>{"actor:ridgeback-timber-corp"});
}

TEST_CASE("event types: an adjective before its noun keeps the noun a noun, and the noun's verb tells what it did") {
  // "incendie" is also a form of "incendier"; after "Un grand" it is the fire.
  const auto fire = test::read("fr", "Un grand incendie s'est déclaré mardi dans une usine de Rouen.", "2026-03-12");
  REQUIRE(test::of_type(fire, "disaster"));
  CHECK_FALSE(test::of_type(fire, "statement"));
  CHECK_FALSE(test::of_type(fire, "attack"));
  const auto storm = test::read("fr", "De violents orages ont frappé mardi la région de Rouen.", "2026-03-12");
  CHECK(test::of_type(storm, "disaster"));
  CHECK_FALSE(test::of_type(storm, "attack"));
  // A subject and its verb stay so.
  CHECK(test::of_type(test::read("fr", "Le comité rencontre mardi les syndicats à Rouen.", "2026-03-12"), "meeting"));
}

TEST_CASE("'l'institut japonais Riken' is the institute: the description stands for the organisation named after it") {
  const auto events = read("fr",
                           "Des physiciens du Ganil ont annoncé jeudi une découverte. L'institut japonais Riken, associé aux "
                           "travaux, a démenti toute divergence avec les chercheurs français.",
                           "2026-05-21");
  const Event* denial = of_type(events, "denial");
  REQUIRE(denial);
  CHECK(denial->agents == std::vector<std::string>{"actor:riken"});
}

TEST_CASE("roles: the names of an infinitive of purpose are not the complements of the verb it depends on") {
  const auto events = read("fr",
                           "Agnès Mounier a été élue vendredi soir maire d'Annonay par le conseil municipal pour succéder "
                           "à Simon Plantier.",
                           "2026-01-10");
  const Event* election = of_type(events, "election");
  REQUIRE(election);
  CHECK(!has(election->targets, "actor:simon-plantier"));
  CHECK(!has(election->agents, "actor:simon-plantier"));
  // A governed infinitive's names still are ("a décidé de rencontrer X").
  const auto decided = read("fr", "Le ministre Jean Martin a décidé mardi de rencontrer Paul Durand.", "2026-01-10");
  bool durand = false;
  for (const Event& event : decided) durand = durand || has(event.actors, "actor:paul-durand");
  CHECK(durand);
}
