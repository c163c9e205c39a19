// Issue 12, class 1: the tense and direction of partial dates come from the verb that governs
// them, read with the pack's verb morphology, not from the nearest word that looks like a verb.
#include <doctest/doctest.h>

#include "time/timex_fixture.hpp"

using evgraph::test::find_timex;
using evgraph::test::tag;
using evgraph::test::value_of;

TEST_CASE("fr irregular futures and compound tenses are read from the verb table") {
  // 2025-08-20 is a Wednesday; 15 March lies behind, so only a future verb sends it to 2026.
  CHECK(value_of("fr", "Il fera une déclaration le 15 mars.", "2025-08-20") == "2026-03-15");
  CHECK(value_of("fr", "La réunion aura lieu le 15 mars.", "2025-08-20") == "2026-03-15");
  CHECK(value_of("fr", "Le sommet se tiendra le 15 mars à Paris.", "2025-08-20") == "2026-03-15");
  CHECK(value_of("fr", "Le vote est fixé au 15 mars.", "2025-08-20") == "2026-03-15");
  CHECK(value_of("fr", "La visite est prévue le 15 mars.", "2025-08-20") == "2026-03-15");
  CHECK(value_of("fr", "Le ministre doit se rendre à Kiev le 15 mars.", "2025-08-20") == "2026-03-15");
  CHECK(value_of("fr", "Il va rencontrer son homologue le 15 mars.", "2025-08-20") == "2026-03-15");
  // Past: passé composé, plus-que-parfait, passé simple, imparfait.
  CHECK(value_of("fr", "Il a rencontré son homologue le 15 octobre.", "2025-08-20") == "2024-10-15");
  CHECK(value_of("fr", "Il avait rencontré son homologue le 15 octobre.", "2025-08-20") == "2024-10-15");
  CHECK(value_of("fr", "Il rencontra son homologue le 15 octobre.", "2025-08-20") == "2024-10-15");
  CHECK(value_of("fr", "Il vient de signer le 15 octobre.", "2025-08-20") == "2024-10-15");
  CHECK(value_of("fr", "Il rencontrait son homologue le 15 octobre.", "2025-08-20") == "2024-10-15");  // imparfait
  CHECK(value_of("fr", "Il rencontrerait son homologue le 15 mars.", "2025-08-20") == "2026-03-15");   // conditionnel
  CHECK(value_of("fr", "Il aurait rencontré son homologue le 15 octobre.", "2025-08-20") ==
        "2024-10-15");  // cond. passé
  // The explanation names the governing verb and the anchor.
  const auto t = find_timex(tag("fr", "La réunion aura lieu le 15 mars.", "2025-08-20"), "15 mars");
  CHECK(t.explanation.find("aura") != std::string::npos);
  CHECK(t.anchor == "verb");
}

TEST_CASE("an infinitive that a verb of intent governs lies ahead, whatever the tense of that verb") {
  // 2026-01-20 is a Tuesday.
  CHECK(value_of("fr", "Elle leur a proposé de reprendre les discussions jeudi.", "2026-01-20") == "2026-01-22");
  CHECK(value_of("fr", "Il a promis de revenir le 15 mars.", "2026-01-20") == "2026-03-15");
  CHECK(value_of("en", "She promised to return on Thursday.", "2026-01-20") == "2026-01-22");
  // A verb of intent dated itself keeps its past: the date is not after the infinitive.
  CHECK(value_of("fr", "Elle a proposé jeudi une reprise des discussions.", "2026-01-20") == "2026-01-15");
  CHECK(value_of("en", "He met Smith on Thursday.", "2026-01-20") == "2026-01-15");
}

TEST_CASE("fr nouns and adjectives are not tense cues") {
  // "le retrait" (a noun, also a form of "retraire"), "la réforme contestée" (a participle as an
  // adjective): without a verb, the nearest 15 October (2025) wins over the past one.
  CHECK(value_of("fr", "Le retrait des troupes le 15 octobre.", "2025-08-20") == "2025-10-15");
  CHECK(value_of("fr", "La réforme contestée du 15 octobre.", "2025-08-20") == "2025-10-15");
  // "et" between two nouns does not cut the clause: "a rencontré" governs.
  CHECK(value_of("fr", "Il a rencontré Zelensky et Macron le 15 octobre.", "2025-08-20") == "2024-10-15");
}

TEST_CASE("fr the governing verb, not the nearest one") {
  // The relative clause's verb ("ont signé") does not govern the fronted date.
  CHECK(value_of("fr", "Le 15 mars, les ministres qui ont signé l'accord se rencontreront.", "2025-08-20") ==
        "2026-03-15");
  // An attribution set off by a comma does not date the meeting.
  CHECK(value_of("fr", "Les ministres se réuniront le 15 mars, a indiqué le porte-parole.", "2025-08-20") ==
        "2026-03-15");
  // Historical present in a headline: the nearest 11 February.
  CHECK(value_of("fr", "Le Premier ministre démissionne le 11 février", "2025-02-15") == "2025-02-11");
}

TEST_CASE("fr plural direction words and a weekday that decides the year") {
  const auto found = tag("fr", "Les négociations reprendront mardi et mercredi prochains.", "2025-03-20");
  CHECK(find_timex(found, "mardi").value == "2025-03-25");
  CHECK(find_timex(found, "mercredi").value == "2025-03-26");
  const auto last = tag("fr", "Ils se sont vus lundi et mardi derniers.", "2025-03-20");
  CHECK(find_timex(last, "lundi").value == "2025-03-17");
  CHECK(find_timex(last, "mardi").value == "2025-03-18");
  // 14 September 2023 is a Thursday: "vendredi 14 septembre" is 2018 (a Friday), the nearest
  // year before where they agree (past tense).
  CHECK(value_of("fr", "Il est arrivé le vendredi 14 septembre.", "2023-09-20") == "2018-09-14");
  CHECK(value_of("fr", "Le jeudi 14 septembre, il est arrivé.", "2023-09-20") == "2023-09-14");
}

TEST_CASE("fr year-in-review lines are in the publication's year") {
  const char* text =
      "Les temps forts de l'année :\n- 15 mars : le Premier ministre démissionne.\n- 2 juin : élections.\n";
  const auto found = tag("fr", text, "2025-12-28");
  CHECK(find_timex(found, "15 mars").value == "2025-03-15");
  CHECK(find_timex(found, "2 juin").value == "2025-06-02");
}

TEST_CASE("a date past the object of a verb of announcing is the announced event's: the nearest reading") {
  const auto fr = tag("fr", "Les syndicats avaient annoncé le 22 janvier une grève le 10 février.", "2026-02-04");
  CHECK(find_timex(fr, "le 22 janvier").value == "2026-01-22");
  CHECK(find_timex(fr, "le 10 février").value == "2026-02-10");
  CHECK(value_of("en", "The union announced a strike on February 10.", "2026-02-04") == "2026-02-10");
  // Right after the verb, the date is the announcement's; other past verbs keep the past reading.
  CHECK(value_of("fr", "Le ministère a annoncé le 10 février la mort du général.", "2026-02-04") == "2025-02-10");
  CHECK(value_of("fr", "La police a arrêté un suspect le 10 février.", "2026-02-04") == "2025-02-10");
  // "a interdit toute manifestation dimanche": what is banned lies ahead as often as not.
  CHECK(value_of("fr", "Le préfet a interdit toute manifestation dans le centre dimanche.", "2026-04-04") == "2026-04-05");
}

TEST_CASE("fr an inverted subject pronoun stays inside the verb group") {
  CHECK(value_of("fr", "« J'assume », a-t-il déclaré samedi à Bruxelles.", "2026-06-15") == "2026-06-13");
  CHECK(value_of("fr", "« Non », ont-ils répondu mardi.", "2026-06-15") == "2026-06-09");
}

TEST_CASE("en tense from the verb table") {
  CHECK(value_of("en", "The summit will be held on March 15.", "2025-08-20") == "2026-03-15");
  CHECK(value_of("en", "Talks are scheduled for March 15.", "2025-08-20") == "2026-03-15");
  CHECK(value_of("en", "He is going to visit Kyiv on March 15.", "2025-08-20") == "2026-03-15");
  // What is called for or banned now lies ahead; a call made before may be for a day gone by.
  CHECK(value_of("fr", "Les deux syndicats appellent à une manifestation samedi dans le centre-ville.", "2026-03-10") ==
        "2026-03-14");
  CHECK(value_of("en", "The prefect bans all protests on Saturday.", "2026-03-10") == "2026-03-14");
  CHECK(value_of("fr", "La CGT avait appelé à une manifestation samedi.", "2026-03-10") == "2026-03-07");
  // "is to" + infinitive is an arrangement: the weekday lies ahead.
  CHECK(value_of("en", "The new council is to meet on Saturday to elect the mayor.", "2026-01-20") == "2026-01-24");
  CHECK(value_of("en", "The ministers are to vote on Friday.", "2026-01-20") == "2026-01-23");
  CHECK(value_of("en", "He has met his counterpart on October 15.", "2025-08-20") == "2024-10-15");
  CHECK(value_of("en", "He had met his counterpart on October 15.", "2025-08-20") == "2024-10-15");
  CHECK(value_of("en", "He met his counterpart on October 15.", "2025-08-20") == "2024-10-15");
  CHECK(value_of("en", "He would meet his counterpart on March 15.", "2025-08-20") == "2026-03-15");
  CHECK(value_of("en", "He would have met his counterpart on October 15.", "2025-08-20") == "2024-10-15");
  // "contested" is an adjective here; "set for" schedules the vote.
  CHECK(value_of("en", "The contested budget vote set for Dec. 15 drew protests.", "2025-08-20") == "2025-12-15");
  CHECK(value_of("en", "The contested budget vote on Dec. 15.", "2026-02-20") == "2025-12-15");
  // "peace talks" is a noun: "resumed" governs.
  CHECK(value_of("en", "Peace talks resumed on October 15.", "2025-08-20") == "2024-10-15");
  // An attribution after a comma does not date the meeting.
  CHECK(value_of("en", "Ministers are expected to meet on Dec. 16, two diplomats said.", "2024-12-06") == "2024-12-16");
}

TEST_CASE("en plural weekdays and weekday-date agreement") {
  const auto found = tag("en", "Talks resume next Tuesday and Wednesday.", "2025-03-20");
  CHECK(find_timex(found, "Tuesday").value == "2025-03-25");
  CHECK(find_timex(found, "Wednesday").value == "2025-03-26");
  CHECK(value_of("en", "He arrived on Friday, September 14.", "2023-09-20") == "2018-09-14");
  const auto review = tag("en", "The year in review:\n- March 15: the prime minister resigns.\n", "2025-12-28");
  CHECK(find_timex(review, "March 15").value == "2025-03-15");
}

TEST_CASE("en a coordinator between two names joins them, and a hyphenated compound's end is no verb") {
  // "from Turkey and Vietnam" is no clause boundary, "hot-rolled" no verb: "will impose" governs
  // the date, not the attribution ", Trade Minister X said" after the comma.
  const auto found = evgraph::test::tag(
      "en",
      "South Africa will impose tariffs on hot-rolled steel from Turkey and Vietnam from June 15, Trade Minister "
      "Thandiwe Mokoena said on Wednesday.",
      "2026-06-03");
  CHECK(evgraph::test::find_timex(found, "from June 15").value == "2026-06-15");
}

TEST_CASE("a weekday coordinated with a date follows it, whatever the verbs around") {
  // Thursday 9 October 2025: Tuesday evening is the 7th, and the Wednesday after it the 8th, though
  // a later participle ("communiqué jeudi") might have sent it forward.
  const auto fr = tag("fr",
                      "Les pluies qui se sont abattues mardi soir et mercredi sur le Gard, selon un bilan communiqué "
                      "jeudi par la préfecture.",
                      "2025-10-09");
  CHECK(find_timex(fr, "mardi soir").value == "2025-10-07TEV");
  CHECK(find_timex(fr, "mercredi").value == "2025-10-08");
  const auto en = tag("en", "Talks were held on Monday, Tuesday and Wednesday in Geneva.", "2025-10-09");
  CHECK(find_timex(en, "Monday").value == "2025-10-06");
  CHECK(find_timex(en, "Wednesday").value == "2025-10-08");
}

TEST_CASE("a perfect infinitive tells what happened before, whatever tense governs it") {
  // Tuesday 20 January 2026. "publié" also reads as the present "publie".
  const auto fr = tag("fr", "Les autorités reprochent au journal d'avoir publié vendredi un article.", "2026-01-20");
  CHECK(find_timex(fr, "vendredi").value == "2026-01-16");
  const auto accused = tag("fr", "Il est accusé d'avoir frappé un policier lundi.", "2026-01-20");
  CHECK(find_timex(accused, "lundi").value == "2026-01-19");
  // A plain infinitive after a present still looks ahead.
  const auto ahead = tag("fr", "Le ministre compte publier vendredi un rapport.", "2026-01-20");
  CHECK(find_timex(ahead, "vendredi").value == "2026-01-23");
}

TEST_CASE("a verb that directs someone to act leaves the infinitive's date to the nearest occurrence") {
  // Wednesday 6 May 2026: the testimony lies ahead of a past summons.
  const auto en = tag("en", "Valdivia was summoned by the defence committee of Congress to testify on May 12.", "2026-05-06");
  CHECK(find_timex(en, "May 12").value == "2026-05-12");
  const auto adjacent = tag("en", "He was ordered to appear on April 2.", "2026-05-06");
  CHECK(find_timex(adjacent, "April 2").value == "2026-04-02");
  const auto fr = tag("fr", "Le ministre a été appelé par la commission à témoigner le 12 mai.", "2026-05-06");
  CHECK(find_timex(fr, "le 12 mai").value == "2026-05-12");
  // Remanded or bailed to appear: the appearance lies ahead (Tuesday 16 June 2026).
  const auto remanded = tag("en", "Both men were remanded in custody to reappear in court on Aug. 4.", "2026-06-16");
  CHECK(find_timex(remanded, "Aug. 4").value == "2026-08-04");
  // Without a directed infinitive, the past still governs.
  CHECK(find_timex(tag("en", "He was summoned on May 12.", "2026-05-06"), "May 12").value == "2025-05-12");
  // A coordination that leaves out the auxiliary still directs it (Thursday 26 February 2026).
  const auto elided = tag("fr", "Le Bloc a dénoncé une manœuvre et appelé à manifester dimanche.", "2026-02-26");
  CHECK(find_timex(elided, "dimanche").value == "2026-03-01");
}

TEST_CASE("a decimal mark between digits ends no clause: the verb before the number still governs the date") {
  // Thursday 27 November 2025.
  const auto en = tag("en", "Karoo Fresh paid the 14.2 billion rand fine on April 22.", "2025-11-27");
  CHECK(find_timex(en, "April 22").value == "2025-04-22");
  const auto fr = tag("fr", "Le groupe a versé une amende de 3,75 millions d'euros le 22 avril.", "2025-11-27");
  CHECK(find_timex(fr, "le 22 avril").value == "2025-04-22");
}

TEST_CASE("a participle after a linking verb takes the linking verb's tense") {
  // Saturday 24 January 2026: "closed" reads as a past, but "will remain closed" looks ahead.
  const auto en = tag("en", "The route will remain closed until at least Jan. 30, the park said.", "2026-01-24");
  CHECK(find_timex(en, "Jan. 30").value == "2026-01-30");
  CHECK(find_timex(tag("en", "The route remained closed on Jan. 3.", "2026-01-24"), "Jan. 3").value == "2026-01-03");
  const auto fr = tag("fr", "La route restera fermée jusqu'au 30 janvier.", "2026-01-24");
  CHECK(find_timex(fr, "30 janvier").value == "2026-01-30");
}

TEST_CASE("a directive verb sending someone to an event leaves the event's date to the nearest occurrence") {
  // Wednesday 10 September 2025: the hearing lies ahead of a past summons.
  const auto en = tag("en", "Parliament's energy committee has summoned the minister to a hearing on Sept. 17.", "2025-09-10");
  CHECK(find_timex(en, "Sept. 17").value == "2025-09-17");
  // Not a directive: the past governs.
  CHECK(find_timex(tag("en", "The minister went to a hearing on Sept. 17.", "2025-09-10"), "Sept. 17").value ==
        "2024-09-17");
}

TEST_CASE("a scheduling verb followed by a particle is another verb and does not look ahead") {
  // Saturday 5 July 2025.
  const auto en = tag("en", "The impeachment passed after a panel, set up on June 9 by the chief judge, found against him.",
                      "2025-07-05");
  CHECK(find_timex(en, "June 9").value == "2025-06-09");
  CHECK(find_timex(tag("en", "The vote is set for June 9.", "2025-07-05"), "June 9").value == "2026-06-09");
}

TEST_CASE("'is due to' before a verb looks ahead, past a relative clause in another tense") {
  // Thursday 9 April 2026.
  const auto en = tag("en",
                      "The committee, which decided in 2023 not to act, is due to examine a new report on the city in July.",
                      "2026-04-09");
  CHECK(find_timex(en, "July").value == "2026-07");
}

TEST_CASE("être before the participle of a verb that takes avoir is a passive of être's own tense") {
  // Wednesday 5 November 2025: a notice that "would be sent" on Friday lies ahead.
  const auto passive = tag("fr", "L'avocate a précisé qu'une mise en demeure serait adressée vendredi à l'éditeur.",
                           "2025-11-05");
  CHECK(find_timex(passive, "vendredi").value == "2025-11-07");
  // Verbs whose compound past takes être, and reflexives, still tell what happened.
  CHECK(find_timex(tag("fr", "Il serait arrivé vendredi à Paris.", "2025-11-05"), "vendredi").value == "2025-10-31");
  CHECK(find_timex(tag("fr", "Le ministre s'est rendu vendredi à Lyon.", "2025-11-05"), "vendredi").value == "2025-10-31");
  CHECK(find_timex(tag("fr", "Il a été arrêté vendredi à Paris.", "2025-11-05"), "vendredi").value == "2025-10-31");
  // A modal has no passive: "est due à" is an adjective, the participle before the date governs.
  const auto due = tag("fr", "La panne est due à une mise à jour effectuée dans la nuit de dimanche à lundi.", "2026-01-20");
  CHECK(find_timex(due, "dimanche").value.rfind("2026-01-18", 0) == 0);
}

TEST_CASE("a lone present keeps the date against a stronger verb of a relative clause past a comma") {
  // Wednesday 8 July 2026: "meets" is the date's verb; "left" belongs to the "which" clause.
  const auto en = tag("en", "The central bank, which left its policy rate at 3.25% in June, meets again on July 16.",
                      "2026-07-08");
  CHECK(find_timex(en, "July 16").value == "2026-07-16");
  // Past a comma without a subordinator, the stronger group still governs a form that only
  // looks present once its accent is folded away ("distribué").
  const auto fr = tag("fr", "Le ministère avait alors décidé de le remplacer par un sujet de secours, distribué lundi à 8h00.",
                      "2026-06-16");
  CHECK(find_timex(fr, "lundi").value == "2026-06-15");
}

TEST_CASE("an intent's infinitive past the intent's object lies ahead, and a verb passed on the way keeps its date") {
  // Saturday 7 February 2026.
  CHECK(value_of("fr", "Elle a proposé à son homologue de se réunir vendredi.", "2026-02-07", "vendredi") == "2026-02-13");
  CHECK(value_of("en", "The board asked shareholders to meet on Friday.", "2026-02-07", "on Friday") == "2026-02-13");
  // The participle of the facts governs its own date, not the request.
  CHECK(value_of("fr", "Il a demandé à la police d'enquêter sur les faits survenus lundi.", "2026-02-07", "lundi") ==
        "2026-02-02");
}

TEST_CASE("a summons that lies ahead sends its event ahead") {
  // Tuesday 25 November 2025: the rally is called for the coming Saturday.
  CHECK(value_of("fr", "Faute d'accord, les syndicats appelleront à un rassemblement samedi.", "2025-11-25", "samedi") ==
        "2025-11-29");
  CHECK(value_of("fr", "Les syndicats ont appelé à un rassemblement samedi.", "2025-11-25", "samedi") == "2025-11-22");
}

TEST_CASE("a coordinated clause without a verb shares the verb before it, not the attribution past a comma") {
  // Monday 12 October 2026: both council votes lie ahead.
  const auto fr = tag("fr", "Le conseil de Saint-Ouen doit se prononcer le 22 octobre, et celui de Vendôme le 5 novembre, "
                            "a précisé la préfecture.", "2026-10-12");
  CHECK(find_timex(fr, "le 5 novembre").value == "2026-11-05");
  const auto en = tag("en", "The first council is due to vote on Oct. 22, and the second on Nov. 5, the prefecture said.",
                      "2026-10-12");
  CHECK(find_timex(en, "Nov. 5").value == "2026-11-05");
}

TEST_CASE("a postponement's new date and what is expected lie ahead") {
  // Saturday 7 February 2026.
  CHECK(value_of("fr", "Leur avocate a obtenu un renvoi au 3 mars.", "2026-02-07", "3 mars") == "2026-03-03");
  CHECK(value_of("en", "Their lawyer won a postponement to March 3.", "2026-02-07", "March 3") == "2026-03-03");
  CHECK(value_of("fr", "Les premiers résultats sont attendus à l'automne.", "2026-02-07", "automne") == "2026-FA");
  CHECK(value_of("fr", "Les premiers résultats ont été publiés à l'automne.", "2026-02-07", "automne") == "2025-FA");
}

TEST_CASE("a passive infinitive after its marker lies ahead, and a perfect one lies behind") {
  // Tuesday 19 May 2026.
  CHECK(value_of("en", "The board proposed a dividend, to be voted on at the meeting on June 24.", "2026-05-19",
                 "June 24") == "2026-06-24");
  CHECK(value_of("en", "The board proposed a dividend, to be voted on at the meeting on April 24.", "2026-05-19",
                 "April 24") == "2027-04-24");
  CHECK(value_of("en", "He is believed to have died on June 24.", "2026-05-19", "June 24") == "2025-06-24");
}

TEST_CASE("the full stop of 'a.m.' before a lower-case word ends no clause") {
  // Saturday 11 October 2025: the strike ends on the coming Wednesday.
  const auto en = tag("en", "The walkout is due to end at 6 a.m. on Wednesday, but the union warned it could be extended.",
                      "2025-10-11");
  CHECK(find_timex(en, "on Wednesday").value == "2025-10-15");
  // A full stop before a capital still ends the sentence.
  const auto two = tag("en", "The plant will reopen in the U.S. Workers walked out on Wednesday.", "2025-10-11");
  CHECK(find_timex(two, "on Wednesday").value == "2025-10-08");
}

TEST_CASE("a hearing that someone is remanded or bailed until lies ahead, even in a past clause") {
  CHECK(value_of("en", "The pair were remanded in custody until a hearing at Lincoln Crown Court on Jan. 9.", "2025-12-12",
                 "Jan. 9") == "2026-01-09");
  CHECK(value_of("en", "He was bailed until March 3.", "2026-02-07", "March 3") == "2026-03-03");
  // Not any "until": a road closed until a day gone by.
  CHECK(value_of("en", "The road was closed until Jan. 9.", "2026-02-07", "Jan. 9") == "2026-01-09");
}

TEST_CASE("the full stop of a title the pack lists ends no clause, so the verb before it governs the date") {
  // Saturday 7 February 2026: the call was made on the past Wednesday, the visit lies ahead.
  CHECK(value_of("fr", "Elle a téléphoné à M. Verdier mercredi et doit se rendre à Illiers la semaine prochaine.",
                 "2026-02-07", "mercredi") == "2026-02-04");
  CHECK(value_of("en", "She met Dr. Ames on Wednesday and will fly to Lyon next week.", "2026-02-07", "on Wednesday") ==
        "2026-02-04");
  // Any other capitalised word before a full stop still ends the sentence.
  CHECK(value_of("fr", "Elle a téléphoné à Paul. Verdier viendra mercredi.", "2026-02-07", "mercredi") == "2026-02-11");
}

TEST_CASE("a present form right after a past verb is its object, not the verb that governs the date") {
  // Friday 17 April 2026: "plans" is what was shelved, not a verb of planning.
  CHECK(value_of("en", "The government shelved plans for a resort in February.", "2026-04-17", "February") ==
        "2026-02");
  // A present verb of its own still governs.
  CHECK(value_of("en", "The government plans a resort in February.", "2026-04-17", "February") == "2027-02");
}

TEST_CASE("a participle written with its accent is no present form, and one that opens a phrase tells what was done") {
  // Wednesday 7 October 2026: "attribué" is no present "attribue"; "découvert en mars" is past.
  CHECK(value_of("fr", "Un tableau attribué au peintre Georges de La Tour, découvert en mars dans un grenier, a été "
                       "classé mercredi trésor national.",
                 "2026-10-07", "mars") == "2026-03");
  // Friday 13 June 2025: the budget was adopted, whatever the conditional after it says.
  CHECK(value_of("fr", "Le ministre a assuré vendredi que le budget, adopté le 28 février, ne serait pas remis en cause.",
                 "2025-06-13", "le 28 février") == "2025-02-28");
  // An adjective after its noun governs nothing: the election lies ahead.
  CHECK(value_of("fr", "Le président a dissous le Parlement jeudi ; législatives anticipées le 24 mai.", "2026-03-19",
                 "le 24 mai") == "2026-05-24");
}
