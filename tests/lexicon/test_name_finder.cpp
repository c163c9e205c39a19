#include <doctest/doctest.h>

#include <algorithm>

#include <evgraph/language.hpp>
#include <evgraph/lexicon.hpp>
#include <evgraph/morphology.hpp>

#include "test_support.hpp"

using namespace evgraph;

namespace {

struct Found {
  std::vector<std::string> mentions;  // "id=text"
  std::vector<std::string> kinds;     // "id:kind" of the new entities
};

Found names_in(const std::string& lang, const std::string& text) {
  static const DataStore data;
  static const Lexicon lexicon(data, {}, "fr");
  // As the pipeline builds it: with the language's verb table, which tells a participle
  // ("Moscow-backed") from the end of a name ("Jae-myung").
  const NameFinder finder(data, lang, &test::resources().language(lang).verbs());
  const FoldedText folded = fold_text(text);
  const auto known = lexicon.find(folded, text);
  const auto result = finder.find(folded, text, known, {}, lexicon);
  Found found;
  for (const auto& m : result.mentions) found.mentions.push_back(m.entity_id + "=" + m.text);
  for (const auto& e : result.found) found.kinds.push_back(e.entity.id + ":" + e.entity.kind);
  return found;
}

// Whether the finder found `mention` ("id=text").
bool has(const Found& found, const std::string& mention) {
  return std::find(found.mentions.begin(), found.mentions.end(), mention) != found.mentions.end();
}

// Whether the names found hold an entity of that kind ("actor:id:kind").
bool has_kind(const Found& found, const std::string& kind) {
  return std::find(found.kinds.begin(), found.kinds.end(), kind) != found.kinds.end();
}

}  // namespace

TEST_CASE("an association's name keeps its small words, unless a name of its own comes before them") {
  const auto vivre = names_in("fr", "Ils ont manifesté à l'appel de l'association Vivre en Maurienne, qui dénonce les travaux.");
  CHECK(has(vivre, "actor:association-vivre-en-maurienne=association Vivre en Maurienne"));
  const auto greenpeace = names_in("fr", "L'association Greenpeace en France a manifesté.");
  CHECK(has(greenpeace, "actor:association-greenpeace=association Greenpeace"));
}

TEST_CASE("names after titles, with particles, and their short forms") {
  const auto found = names_in("fr", "Le ministre de l'Économie Jean Martin a reçu Luiz Inácio Lula da Silva. M. Martin a parlé.");
  CHECK(found.mentions == std::vector<std::string>{"actor:jean-martin=Jean Martin", "actor:jean-martin=Martin"});
  CHECK(found.kinds == std::vector<std::string>{"actor:jean-martin:person"});
}

TEST_CASE("a two-word name that surely is a person's is its first word later, unless two people share it") {
  const auto owned = names_in("en", "He beat China's Tang Ziqian in the final. Tang said he was tired.");
  CHECK(has(owned, "actor:tang-ziqian=Tang"));
  const auto titled = names_in("en", "Prime Minister Pham Quoc met the envoy. Pham said little.");
  CHECK(has(titled, "actor:pham-quoc=Pham"));
  // A company's first word is its own short form, not a person's.
  const auto company = names_in("en", "Lumora Digital said on Monday it was hacked. Lumora said data leaked.");
  CHECK_FALSE(has(company, "actor:lumora-digital=Lumora"));
  const auto shared = names_in("en", "China's Tang Ziqian beat China's Tang Wei. Tang said he was tired.");
  CHECK_FALSE(has(shared, "actor:tang-ziqian=Tang"));
  CHECK_FALSE(has(shared, "actor:tang-wei=Tang"));
}

TEST_CASE("a place with small words between hyphens stays whole after an institution, and a number word opening a sentence names nothing") {
  const auto prefecture = names_in("fr", "Des jeunes ont été interpellés, a annoncé la préfecture du Puy-de-Dôme.");
  CHECK(has(prefecture, "actor:prefecture-du-puy-de-dome=préfecture du Puy-de-Dôme"));
  const auto counted = names_in("fr", "Quarante-sept personnes ont été interpellées mardi. Saint-Omer a été frappée.");
  INFO(counted.mentions.size());
  CHECK(counted.mentions.size() == 1);
  CHECK_FALSE(has(counted, "actor:quarante-sept=Quarante-sept"));
}

TEST_CASE("a union's local keeps its number") {
  const auto found = names_in("en", "Members of Hospitality Workers Local 712 walked out on Friday.");
  CHECK(has(found, "actor:hospitality-workers-local-712=Hospitality Workers Local 712"));
  CHECK_FALSE(has(names_in("en", "Ferrier beat Ross Local 6-2."), "actor:ross-local-6=Ross Local 6"));
}

TEST_CASE("a name in brackets after a place is a place wherever the text names it again") {
  const auto found = names_in("fr", "Ils bloquent l'usine à Évron (Mayenne), à l'appel de la FDSEA de la Mayenne.");
  CHECK(has(found, "place:mayenne=Mayenne"));
  CHECK_FALSE(has(found, "actor:mayenne=Mayenne"));
  const auto hyphenated = names_in("fr", "Un pont s'est effondré à Saint-Nazaire (Loire-Atlantique). La Loire-Atlantique est en alerte.");
  CHECK(has(hyphenated, "place:loire-atlantique=Loire-Atlantique"));
  // Not after a firm: the name in brackets may be its owner.
  const auto owner = names_in("fr", "La Laiterie Gaudin (Lactalis) a baissé ses prix. Lactalis a démenti.");
  CHECK_FALSE(has(owner, "place:lactalis=Lactalis"));
}

TEST_CASE("a hyphenated surname is the person's short form, and a title makes a hyphenated name a person") {
  const auto found = names_in("fr", "Sandrine Lemaire-Aubry a reçu les syndicats. Mme Lemaire-Aubry a parlé.");
  CHECK(found.mentions == std::vector<std::string>{"actor:sandrine-lemaire-aubry=Sandrine Lemaire-Aubry",
                                                   "actor:sandrine-lemaire-aubry=Lemaire-Aubry"});
  const auto titled = names_in("fr", "Mme Dupont-Moretti a parlé. Météo-France a prévenu.");
  CHECK(titled.kinds == std::vector<std::string>{"actor:dupont-moretti:person", "actor:meteo-france:organisation"});
}

TEST_CASE("one word after a place preposition, then 'de' and a first name and surname, is a place and a person") {
  const auto found = names_in("fr", "L'interpellation le 2 mars à Liège de Karim Bensalah a fait réagir Alger.");
  CHECK(std::find(found.mentions.begin(), found.mentions.end(), "actor:karim-bensalah=Karim Bensalah") != found.mentions.end());
  CHECK(std::find(found.mentions.begin(), found.mentions.end(), "place:liege=Liège") != found.mentions.end());
  // One word after "de" is part of the name.
  const auto one = names_in("fr", "Le président s'est rendu mardi à Vila de Rei.");
  CHECK(one.mentions == std::vector<std::string>{"actor:president=président", "place:vila-de-rei=Vila de Rei"});
}

TEST_CASE("the adjectives after an organisation's head word are part of its name, where a language writes them after") {
  const auto court = names_in("fr", "La Cour constitutionnelle doit proclamer les résultats vendredi.");
  CHECK(court.mentions == std::vector<std::string>{"actor:cour-constitutionnelle=Cour constitutionnelle"});
  // A verb form ends it, and so does a weekday.
  const auto verb = names_in("fr", "La Commission électorale nationale autonome avait publié les résultats.");
  CHECK(verb.mentions ==
        std::vector<std::string>{"actor:commission-electorale-nationale-autonome=Commission électorale nationale autonome"});
  const auto day = names_in("fr", "Le Tribunal lundi a tranché.");
  CHECK(day.mentions == std::vector<std::string>{"actor:tribunal=Tribunal"});
}

TEST_CASE("English 'of' joins an organisation's head word to the rest of its name, and no person's") {
  const auto bank = names_in("en", "The Bank of Mongolia raised its policy rate.");
  CHECK(bank.mentions == std::vector<std::string>{"actor:bank-of-mongolia=Bank of Mongolia"});
  const auto students = names_in("en", "The Federation of Peruvian Students staged a protest.");
  CHECK(students.mentions == std::vector<std::string>{"actor:federation-of-peruvian-students=Federation of Peruvian Students"});
  const auto person = names_in("en", "The city of Zilia greeted Jane Smith of Reuters.");
  CHECK(std::find(person.mentions.begin(), person.mentions.end(), "actor:jane-smith=Jane Smith") != person.mentions.end());
}

TEST_CASE("after a title and its 'of' or 'for', the words before a first name and surname are the portfolio") {
  const auto found = names_in("en", "Minister of State for Space Arvind Kulkarni said the budget would not be cut.");
  CHECK(found.mentions == std::vector<std::string>{"actor:arvind-kulkarni=Arvind Kulkarni"});
  // Without a title before it, a three-word name stays whole.
  const auto plain = names_in("en", "Reporters for Reuters met Mary Ann Smith.");
  CHECK(std::find(plain.mentions.begin(), plain.mentions.end(), "actor:mary-ann-smith=Mary Ann Smith") != plain.mentions.end());
}

TEST_CASE("a word that says what follows is a name makes a lone capitalised word one") {
  const auto en = names_in("en", "The attack was claimed by a group calling itself BlackMoth on Monday.");
  CHECK(en.mentions == std::vector<std::string>{"actor:blackmoth=BlackMoth"});
  const auto fr = names_in("fr", "L'attaque a été revendiquée par un groupe dénommé Tempête.");
  CHECK(fr.mentions == std::vector<std::string>{"actor:tempete=Tempête"});
  // Any other word before it leaves a lone capitalised word a common one.
  CHECK(names_in("en", "The attack was claimed by a group that saw Tempest on Monday.").mentions.empty());
}

TEST_CASE("an abbreviated title with its full stop introduces a surname") {
  const auto found = names_in("en", "John Smith met Mr. Jones on Monday.");
  CHECK(found.mentions == std::vector<std::string>{"actor:john-smith=John Smith", "actor:jones=Jones"});
}

TEST_CASE("a word that qualifies a title introduces the name with it") {
  const auto found = names_in("en", "Estonian Prime Minister Karl Tamm met Erik Lund on Monday.");
  CHECK(found.mentions == std::vector<std::string>{"actor:karl-tamm=Karl Tamm", "actor:erik-lund=Erik Lund"});
  // So does it a portfolio and its title, an organisation's word or not ("energy").
  CHECK(names_in("en", "He met French Transport Minister Jean-Marc Ferrand on Monday.").mentions ==
        std::vector<std::string>{"actor:jean-marc-ferrand=Jean-Marc Ferrand"});
  CHECK(names_in("en", "He met Ghanaian Energy Minister Kwabena Asante on Monday.").mentions ==
        std::vector<std::string>{"actor:kwabena-asante=Kwabena Asante"});
}

TEST_CASE("a quoted title after the noun of a bill or an initiative names a proposal") {
  const auto fr = names_in("fr", "Les électeurs ont rejeté dimanche l'initiative cantonale « Pour des loyers abordables », selon les résultats.");
  CHECK(fr.mentions == std::vector<std::string>{"actor:electeurs=électeurs",
                                                "proposal:pour-des-loyers-abordables=Pour des loyers abordables"});
  const auto en = names_in("en", "Senators passed the bill \"Clean Water for All\" on Tuesday.");
  CHECK(en.mentions == std::vector<std::string>{"proposal:clean-water-for-all=Clean Water for All"});
  // At the very end of a text too.
  const auto last = names_in("fr", "Ils ont rejeté l'initiative « Pour des loyers abordables »");
  CHECK(last.mentions == std::vector<std::string>{"proposal:pour-des-loyers-abordables=Pour des loyers abordables"});
  // A quotation that is no title, or follows no such noun, names nothing.
  CHECK(names_in("fr", "Le plan « est mort », a-t-il dit.").mentions.empty());
}

TEST_CASE("an institution named by its common noun after a definite article acts") {
  const auto fr = names_in("fr", "Trois suspects ont été arrêtés par la gendarmerie mardi, puis l'armée nigérienne a arrêté un quatrième.");
  // "nigérienne" says which army (the verb table tells it from a verb), "mardi" is no adjective.
  CHECK(fr.mentions == std::vector<std::string>{"actor:gendarmerie=gendarmerie", "actor:armee-nigerienne=armée nigérienne"});
  // A lone capitalised word after a noun that describes an organisation is its name.
  const auto en = names_in("en", "Hackers hit the IT systems of the hospital operator Nordklinik on Sunday.");
  CHECK(en.mentions == std::vector<std::string>{"actor:nordklinik=Nordklinik"});
  // And a name of several words, unless a given name opens it.
  const auto shop = names_in("fr", "Les salariés du transporteur Logicentre Berry, qui sert l'enseigne Maison Vernet, sont en grève.");
  CHECK(std::count(shop.kinds.begin(), shop.kinds.end(), "actor:logicentre-berry:organisation") == 1);
  CHECK(std::count(shop.kinds.begin(), shop.kinds.end(), "actor:maison-vernet:organisation") == 1);
  const auto founder = names_in("en", "The company Jane Roe founded was sold.");
  CHECK(std::count(founder.kinds.begin(), founder.kinds.end(), "actor:jane-roe:organisation") == 0);
  // A name the headline alone took for a person's is the short form of the organisation the text
  // names with those words first; so are its later mentions, and no person is left.
  const auto headline = names_in("en", "Shares of Ridgeback Timber plunge\n\nShares of Ridgeback Timber Corp fell on Thursday. "
                                       "A rival approached Ridgeback Timber in May.");
  CHECK(std::none_of(headline.kinds.begin(), headline.kinds.end(),
                     [](const std::string& kind) { return kind.find(":person") != std::string::npos; }));
  CHECK(std::count(headline.mentions.begin(), headline.mentions.end(), "actor:ridgeback-timber-corp=Ridgeback Timber") == 2);
  // Not a person's name that opens with a given name.
  const auto person = names_in("en", "Jane Roe quits\n\nJane Roe Holdings fell on Thursday.");
  CHECK(has_kind(person, "actor:jane-roe:person"));
  // A lone name a hyphen joins to "based" is where something is based: a place.
  const auto based = names_in("en", "The Kamloops-based lumber producer said on Wednesday it would close two sawmills.");
  CHECK(std::count(based.kinds.begin(), based.kinds.end(), "place:kamloops:") == 1);
  // So is one that owns what follows ("Zuidrand's chairwoman").
  const auto owner = names_in("en", "Zuidrand's chairwoman said on Thursday that records had been restored.");
  CHECK(owner.mentions == std::vector<std::string>{"actor:zuidrand=Zuidrand"});
  // A company's management, named by its common noun; not a direction one goes in.
  CHECK(has(names_in("fr", "La direction avait annoncé le 2 octobre le passage en horaires de nuit."), "actor:direction=direction"));
  CHECK(names_in("fr", "Le convoi est parti en direction de la frontière.").mentions.empty());
  // Not without its article: "un commissariat de police" names no police force.
  CHECK(names_in("fr", "Il a été conduit dans un commissariat de police.").mentions.empty());
  // The navy is one too, with the adjective that says whose.
  CHECK(names_in("fr", "La marine philippine a secouru 40 passagers.").mentions ==
        std::vector<std::string>{"actor:marine-philippine=marine philippine"});
}

TEST_CASE("a body introduced with an indefinite article acts once an adjective says which") {
  CHECK(names_in("fr", "Une commission mixte franco-sénégalaise se réunira en mars.").mentions ==
        std::vector<std::string>{"actor:commission-mixte=commission mixte"});
  // Without the adjective, or for an institution that stands alone, the indefinite names none.
  CHECK(names_in("fr", "Une commission se réunira en mars.").mentions.empty());
  CHECK(names_in("fr", "Il a été interpellé par une police municipale.").mentions.empty());
}

TEST_CASE("organisations by their head word, places after prepositions, acronyms") {
  const auto fr = names_in("fr", "Selon la Banque de France, le feu a gagné les environs de Lézignan-Corbières. La CGT appelle à la grève à Narbonne.");
  CHECK(fr.mentions == std::vector<std::string>{"actor:banque-de-france=Banque de France",
                                                "place:lezignan-corbieres=Lézignan-Corbières", "actor:cgt=CGT",
                                                "place:narbonne=Narbonne"});
  // An acronym joined by a hyphen is one name with what follows; by a space, it ends before a person's
  // name ("SPD Lars Klingbeil"), not before a single word ("IG Metall").
  CHECK(names_in("fr", "Le syndicat SUD-Rail appelle à la grève.").mentions == std::vector<std::string>{"actor:sud-rail=SUD-Rail"});
  CHECK(names_in("en", "The strike was called by IG Metall on Monday.").mentions ==
        std::vector<std::string>{"actor:ig-metall=IG Metall"});
  CHECK(names_in("en", "The leader of the SPD Lars Klingbeil spoke.").mentions ==
        std::vector<std::string>{"actor:spd=SPD", "actor:lars-klingbeil=Lars Klingbeil"});
  const auto en = names_in("en", "The Justice Department sued Google in Virginia. Google denied it, Secretary of State Jane Doe said.");
  CHECK(en.mentions == std::vector<std::string>{"actor:justice-department=Justice Department", "actor:google=Google",
                                                "place:virginia=Virginia", "actor:google=Google", "actor:jane-doe=Jane Doe"});
}

TEST_CASE("an organisation spelled out before its acronym in brackets is one actor, the acronym its short form") {
  const auto fr = names_in("fr", "L'attaque a été revendiquée par le Groupe de soutien à l'islam et aux musulmans (JNIM). "
                                 "Le JNIM a démenti.");
  const std::string id = "actor:groupe-de-soutien-a-l-islam-et-aux-musulmans";
  CHECK(fr.mentions == std::vector<std::string>{id + "=Groupe de soutien à l'islam et aux musulmans", id + "=JNIM",
                                                id + "=JNIM"});
  CHECK(fr.kinds == std::vector<std::string>{id + ":organisation"});
  // Any name whose initials the acronym spells, particles and articles aside.
  const auto initials = names_in("fr", "Il a été revendiqué par l'État islamique au Sahel (EIS). L'EIS a démenti.");
  CHECK(initials.mentions == std::vector<std::string>{"actor:etat-islamique-au-sahel=État islamique au Sahel",
                                                      "actor:etat-islamique-au-sahel=EIS", "actor:etat-islamique-au-sahel=EIS"});
  // A capitalised name with an organisation word anywhere takes an acronym of another language.
  const auto other = names_in("en", "The Panama Canal Authority (ACP) said on Monday. The ACP will meet.");
  CHECK(other.mentions == std::vector<std::string>{"actor:panama-canal-authority=Panama Canal Authority",
                                                   "actor:panama-canal-authority=ACP", "actor:panama-canal-authority=ACP"});
  // Initials that do not match and no organisation word: no long name.
  for (const auto& mention : names_in("fr", "Le Premier ministre a parlé avec le président (PS).").mentions)
    CHECK(mention.find("parlé") == std::string::npos);
  // No bracketed acronym: the usual capitalised runs, no lower-case words taken in.
  for (const auto& mention : names_in("fr", "Le Groupe de soutien à l'islam a démenti.").mentions)
    CHECK(mention.find("soutien") == std::string::npos);
  // The sentence's capitalised article before the name stays out of it.
  const auto opening = names_in("fr", "La Fédération tunisienne de football (FTF) a sanctionné le club.");
  CHECK(opening.mentions == std::vector<std::string>{"actor:federation-tunisienne-de-football=Fédération tunisienne de football",
                                                     "actor:federation-tunisienne-de-football=FTF"});
  // Written in lower case, the name must spell the acronym's letters.
  const auto lower = names_in("fr", "Le bilan a été annoncé par l'agence régionale de santé (ARS) d'Occitanie.");
  CHECK(lower.mentions.at(0) == "actor:agence-regionale-de-sante=agence régionale de santé");
  for (const auto& mention : names_in("fr", "Il a parlé avec la presse locale (AFP).").mentions)
    CHECK(mention.find("presse") == std::string::npos);
  // A name the lexicon knows may open it, when the initials match.
  const auto known = names_in("en", "It was seized by the Belize Defence Force (BDF).");
  CHECK(known.mentions == std::vector<std::string>{"actor:belize-defence-force=Belize Defence Force", "actor:belize-defence-force=BDF"});
  // A place preposition ends an institution's name.
  const auto police = names_in("fr", "Il a été arrêté par la police près de la frontière de la Belgique.").mentions;
  CHECK(std::find(police.begin(), police.end(), "actor:police=police") != police.end());
  for (const auto& mention : police) CHECK(mention.find("frontière") == std::string::npos);
  // A comma ends the name: the bracket belongs to what follows it.
  const auto apart = names_in("en", "The Bureau, the labour agency (BLS) said.");
  CHECK(std::find(apart.mentions.begin(), apart.mentions.end(), "actor:bls=BLS") != apart.mentions.end());
}

TEST_CASE("other acronyms in the brackets after a spelled-out organisation name it too") {
  const auto fr = names_in("fr", "Il a été revendiqué par le Groupe de soutien à l'islam et aux musulmans (GSIM, ou JNIM "
                                 "selon l'acronyme arabe). Le JNIM exige une rançon.");
  const std::string id = "actor:groupe-de-soutien-a-l-islam-et-aux-musulmans";
  CHECK(fr.mentions == std::vector<std::string>{id + "=Groupe de soutien à l'islam et aux musulmans", id + "=GSIM",
                                                id + "=JNIM", id + "=JNIM"});
  CHECK(fr.kinds == std::vector<std::string>{id + ":organisation"});
}

TEST_CASE("nouns in lower case before a body's head noun name that body, unless a name follows or comes later") {
  const auto dutch = names_in("en", "The Dutch data protection authority fined the company.");
  CHECK(dutch.mentions == std::vector<std::string>{"actor:dutch-data-protection-authority=Dutch data protection authority"});
  const auto party = names_in("en", "The ruling party's executive committee will meet on Thursday.");
  CHECK(party.mentions == std::vector<std::string>{"actor:executive-committee=executive committee"});
  // A name right after the head is the body.
  for (const auto& mention : names_in("en", "The financial regulator Finansinspektionen must approve it.").mentions)
    CHECK(mention.find("regulator") == std::string::npos);
  // The next sentences name it with capitals: no body of its own.
  for (const auto& mention : names_in("en", "It was fined by the country's competition regulator. The National Markets and "
                                            "Competition Commission (CNMC) said so.").mentions)
    CHECK(mention.find("regulator") == std::string::npos);
  // A head alone, with no noun before it, is no name.
  CHECK(names_in("en", "The board will meet on Monday.").mentions.empty());
  // Banks, ministries, parliaments and courts are such bodies too.
  CHECK(names_in("en", "The central bank meets again on July 16.").mentions ==
        std::vector<std::string>{"actor:central-bank=central bank"});
  CHECK(names_in("en", "The country's energy ministry said the regional parliament would vote.").mentions ==
        std::vector<std::string>{"actor:energy-ministry=energy ministry", "actor:regional-parliament=regional parliament"});
  // A noun that is also a bare verb qualifies the head as well; a verb's other forms do not.
  CHECK(names_in("en", "The border commission met in the capital.").mentions ==
        std::vector<std::string>{"actor:border-commission=border commission"});
  CHECK(names_in("en", "The elected council met in the capital.").mentions.empty());
}

TEST_CASE("a place the lexicon knows opens the name of an organisation that follows it") {
  const auto court = names_in("en", "They were released by the Taipei District Court and the Paris Court of Appeal.");
  CHECK(court.mentions == std::vector<std::string>{"actor:taipei-district-court=Taipei District Court",
                                                   "actor:paris-court-of-appeal=Paris Court of Appeal"});
  // No organisation's word after it: the place stays a place.
  const auto club = names_in("en", "He flew to Paris Monday.");
  CHECK_FALSE(has_kind(club, "actor:paris-monday:organisation"));
}

TEST_CASE("a name after a title's particle is where the title holds, not its holder") {
  const auto fr = names_in("fr", "La procureure de Limoges, Émilie Charvet, a parlé.");
  CHECK_FALSE(has_kind(fr, "actor:limoges:person"));
  CHECK(has_kind(fr, "actor:emilie-charvet:person"));
  const auto en = names_in("en", "The mayor of Springfield, Jane Doe, said.");
  CHECK_FALSE(has_kind(en, "actor:springfield:person"));
}

TEST_CASE("two words qualifying a title introduce the name, a lower-case hyphenated end stays in it") {
  const auto found = names_in("en", "South Korean President Lee Jae-myung met Kazakh President Kassym-Jomart Tokayev.");
  CHECK(found.mentions == std::vector<std::string>{"actor:lee-jae-myung=Lee Jae-myung",
                                                   "actor:kassym-jomart-tokayev=Kassym-Jomart Tokayev"});
  // A participle after the hyphen qualifies what follows: no part of a name.
  for (const auto& mention : names_in("en", "Moscow-backed rebels took Kidal.").mentions)
    CHECK(mention.find("backed") == std::string::npos);
}

TEST_CASE("English writes the word that says whose before an institution: 'Portuguese prosecutors'") {
  CHECK(names_in("en", "Lisbon said Portuguese prosecutors opened an inquiry.").mentions ==
        std::vector<std::string>{"actor:portuguese-prosecutors=Portuguese prosecutors"});
  CHECK(names_in("en", "Four men were arrested by Kenyan police on Monday.").mentions ==
        std::vector<std::string>{"actor:kenyan-police=Kenyan police"});
  // Without it, "authorities" name no one; "the police" still acts.
  CHECK(names_in("en", "The authorities opened an inquiry.").mentions.empty());
  CHECK(names_in("en", "He was arrested by the police.").mentions == std::vector<std::string>{"actor:police=police"});
  // A capitalised article before the adjective opens the sentence; it does not make a name of two words.
  const auto navy = names_in("en", "The Indonesian navy seized a tanker, an Indonesian official said. Indonesian waters are vast.");
  CHECK(!navy.mentions.empty());
  CHECK(navy.mentions.front() == "actor:indonesian-navy=Indonesian navy");
}

TEST_CASE("the noun before a lone capitalised word may say it is a place") {
  CHECK(names_in("fr", "Un habitant de Calenzana a été placé en garde à vue.").mentions ==
        std::vector<std::string>{"place:calenzana=Calenzana"});
  const auto en = names_in("en", "Firefighters evacuated the residents of Zilia on Monday.").mentions;
  CHECK(std::find(en.begin(), en.end(), "place:zilia=Zilia") != en.end());
}

TEST_CASE("a capitalised word before the surname of someone named in full elsewhere is no part of the name") {
  const auto found = names_in("en", "Independent Rojas wins run-off\n\nLIMA (Reuters) - Independent candidate Camila Rojas won.");
  for (const auto& mention : found.mentions) CHECK(mention.find("independent") == std::string::npos);
  CHECK(std::find(found.mentions.begin(), found.mentions.end(), "actor:camila-rojas=Camila Rojas") != found.mentions.end());
  // The full name itself at the start of a sentence stays whole.
  const auto whole = names_in("en", "Camila Rojas won. Later, candidate Camila Rojas spoke.");
  CHECK(whole.mentions.front() == "actor:camila-rojas=Camila Rojas");
}

TEST_CASE("capitalised sentence openers and lone capitalised words are not names") {
  CHECK(names_in("fr", "Cependant, Plusieurs pays hésitent. Mardi, rien.").mentions.empty());
  CHECK(names_in("en", "However, Officials said nothing. Markets fell.").mentions.empty());
}

TEST_CASE("a lone capitalised word mid-sentence that is no common word of the language is a name, even once") {
  using V = std::vector<std::string>;
  CHECK(names_in("fr", "Les révélations de Mediapart, qui avait publié dimanche des courriels.").mentions ==
        V{"actor:mediapart=Mediapart"});
  CHECK(names_in("en", "Officials said Bellingcat published a report.").mentions == V{"actor:bellingcat=Bellingcat"});
  CHECK(names_in("en", "It was the first attack by Zarvia's Kettani on shipping.").mentions ==
        V{"actor:zarvia=Zarvia", "actor:kettani=Kettani"});
  // Common words of the dictionary, singular or plural, are not, nor nouns of nationality.
  CHECK(names_in("en", "The union said the Strike would go on. Yes, Officials said.").mentions.empty());
  CHECK(names_in("fr", "Trois ingénieurs, deux Indiens et un Égyptien, ont été enlevés.").mentions.empty());
  CHECK(names_in("fr", "Trois ingénieurs, deux Belges et un Russe, ont été enlevés.").mentions.empty());
  // A word longer than the state's name it starts like is no noun of nationality ("Grenade").
  CHECK(names_in("fr", "Les boulangers de Grenoble ont manifesté.").mentions == V{"actor:grenoble=Grenoble"});
  // Nor, in English, a word before the noun it qualifies, nor a word that opens a sentence.
  CHECK(names_in("en", "The minister met his Zarvian counterpart.").mentions.empty());
  CHECK(names_in("en", "Plant shut. Quorvex said nothing.").mentions.empty());
  // Nor a thing's name after its noun.
  CHECK(names_in("fr", "Le nouveau missile balistique Zarkov a été lancé.").mentions.empty());
}

TEST_CASE("a lone word first taken for an organisation is a person once a title introduces it") {
  const auto found = names_in("fr", "Son fils Guillaume a prêté serment. Guillaume a parlé. Le duc Guillaume viendra.");
  CHECK(found.kinds == std::vector<std::string>{"actor:guillaume:person"});
  const auto archbishop = names_in("fr", "Mgr Damerval a été nommé. L'émir Tamim a reçu le sultan Qabous.");
  CHECK(archbishop.kinds ==
        std::vector<std::string>{"actor:damerval:person", "actor:tamim:person", "actor:qabous:person"});
}

TEST_CASE("short forms of lexicon people resolve in the document") {
  const auto found = names_in("fr", "L'administration du président Donald Trump hésite. M. Trump a rejeté l'offre.");
  CHECK(found.mentions == std::vector<std::string>{"actor:donald-trump=Trump"});
}

TEST_CASE("names in Polish, Romanian and Cyrillic script start with Unicode capitals") {
  const auto found = names_in("fr", "Le ministre polonais Łukasz Nowak a rencontré Ștefan Popescu à Łódź.");
  CHECK(found.mentions == std::vector<std::string>{"actor:lukasz-nowak=Łukasz Nowak", "actor:stefan-popescu=Ștefan Popescu",
                                                   "place:lodz=Łódź"});
  CHECK(names_in("fr", "Selon Андрей Ковальчук, la ville est tombée.").mentions.size() == 1);
  CHECK(names_in("fr", "la ville de łódź a voté.").mentions.empty());
}

TEST_CASE("a noun of a kind of place after a lone name makes it a place, an English adjective of a state is no name") {
  const auto found = names_in("en", "A tunnel collapsed at the Kalulu shaft in Zambia's Copperbelt province.");
  CHECK(std::find(found.mentions.begin(), found.mentions.end(), "place:kalulu=Kalulu") != found.mentions.end());
  CHECK(std::find(found.mentions.begin(), found.mentions.end(), "place:copperbelt=Copperbelt") != found.mentions.end());
  // "Zambia" + "n", "Libya" + "n", "Japan" + "ese": adjectives before their noun name the state.
  CHECK(names_in("en", "Miners were trapped in Zambian copper mine.").mentions ==
        std::vector<std::string>{"actor:zambia=Zambian"});
  CHECK(names_in("en", "Two men died in Libyan oil town.").mentions == std::vector<std::string>{"actor:libya=Libyan"});
  CHECK(names_in("en", "The ship docked in Japanese waters.").mentions == std::vector<std::string>{"actor:japan=Japanese"});
  // Not before a word that ends the phrase, nor in French, which writes them in lowercase after.
  CHECK(names_in("en", "Two men died in Libyan on Monday.").mentions == std::vector<std::string>{"place:libyan=Libyan"});
  // A city whose name ends like an adjective is still a place.
  const auto city = names_in("en", "Police arrested two men in Jalalabad late on Monday.");
  CHECK(std::find(city.mentions.begin(), city.mentions.end(), "place:jalalabad=Jalalabad") != city.mentions.end());
}

TEST_CASE("a hyphenated name with a small word inside is a place, one without is an organisation") {
  const auto found = names_in("fr", "Les agriculteurs du Lot-et-Garonne et SUD-Rail ont manifesté.");
  CHECK(std::find(found.mentions.begin(), found.mentions.end(), "place:lot-et-garonne=Lot-et-Garonne") !=
        found.mentions.end());
  CHECK(has_kind(found, "actor:sud-rail:organisation"));
}

TEST_CASE("a group of people a definite article names is an actor of kind group, an indefinite one names no one") {
  const auto fr = names_in("fr", "Les agriculteurs ont levé les barrages. Des manifestants ont défilé.");
  CHECK(fr.mentions == std::vector<std::string>{"actor:agriculteurs=agriculteurs"});
  CHECK(fr.kinds == std::vector<std::string>{"actor:agriculteurs:group"});
  const auto en = names_in("en", "Opposition lawmakers filed a motion. The farmers blocked roads. Protesters marched.");
  CHECK(en.mentions == std::vector<std::string>{"actor:opposition-lawmakers=Opposition lawmakers", "actor:farmers=farmers"});
}

TEST_CASE("a coordinator joins the words of an organisation's name before its head word, not two names") {
  const auto found = names_in("en", "Officials said the National Markets and Competition Commission fined Chad and Niger.");
  CHECK(std::find(found.mentions.begin(), found.mentions.end(),
                  "actor:national-markets-and-competition-commission=National Markets and Competition Commission") !=
        found.mentions.end());
}

TEST_CASE("a coordinator before a firm's last word joins no two names, and that word makes a firm") {
  const auto firms = names_in("en", "Shareholders said Karoo Fresh and Umoya Foods announced the deal on April 22.");
  CHECK(has(firms, "actor:karoo-fresh=Karoo Fresh"));
  CHECK(has(firms, "actor:umoya-foods=Umoya Foods"));
  const auto robots = names_in("en", "On Tuesday Hoshida Robotics cut its forecast.");
  CHECK(has_kind(robots, "actor:hoshida-robotics:organisation"));
  // An institution's head word still joins: "Oil and Energy Ministry".
  const auto ministry = names_in("en", "Officials said the Oil and Energy Ministry fined Chad.");
  CHECK(has(ministry, "actor:oil-and-energy-ministry=Oil and Energy Ministry"));
}

TEST_CASE("a coordinator after an organisation's 'of' goes on with its complement, not after a name the lexicon knows") {
  const auto found = names_in("en",
                              "The Ministry of Trade and Industry met the Department of Health and Human Services. The "
                              "Ministry of Defence and Ukraine signed a deal.");
  auto has_mention = [&](const std::string& mention) {
    return std::find(found.mentions.begin(), found.mentions.end(), mention) != found.mentions.end();
  };
  CHECK(has_mention("actor:ministry-of-trade-and-industry=Ministry of Trade and Industry"));
  CHECK(has_mention("actor:department-of-health-and-human-services=Department of Health and Human Services"));
  CHECK(has_mention("actor:ministry-of-defence=Ministry of Defence"));
}

TEST_CASE("after an article, a state's people introduce a person as a title does") {
  const auto found = names_in("fr", "Ils ont vu le Guinéen Thierno Bah et la Togolaise Edem Amegah. Le Pen a parlé.");
  CHECK(std::find(found.mentions.begin(), found.mentions.end(), "actor:thierno-bah=Thierno Bah") != found.mentions.end());
  CHECK(std::find(found.mentions.begin(), found.mentions.end(), "actor:edem-amegah=Edem Amegah") != found.mentions.end());
  const auto more = names_in("fr", "L'Espagnol Carlos Ibarra a abandonné, l'Allemande Jana Weber a gagné.");
  CHECK(std::find(more.mentions.begin(), more.mentions.end(), "actor:carlos-ibarra=Carlos Ibarra") != more.mentions.end());
  CHECK(std::find(more.mentions.begin(), more.mentions.end(), "actor:jana-weber=Jana Weber") != more.mentions.end());
}

TEST_CASE("a body's head and the one lower-case noun its 'de' takes name that body") {
  CHECK(names_in("fr", "Le conseil de surveillance s'est réuni jeudi.").mentions ==
        std::vector<std::string>{"actor:conseil-de-surveillance=conseil de surveillance"});
  CHECK(names_in("fr", "Le conseil d'administration a voté.").mentions ==
        std::vector<std::string>{"actor:conseil-d-administration=conseil d'administration"});
  CHECK(names_in("fr", "Le collège des consulteurs a élu l'abbé.").mentions ==
        std::vector<std::string>{"actor:college-des-consulteurs=collège des consulteurs"});
  // A noun that goes on is no name of a body: nothing to cut it at; a definite owner after it is.
  CHECK(names_in("fr", "Le comité de suivi des travaux s'est réuni.").mentions.empty());
  CHECK(names_in("fr", "Le conseil de surveillance de l'hôpital s'est réuni.").mentions ==
        std::vector<std::string>{"actor:conseil-de-surveillance=conseil de surveillance"});
}

TEST_CASE("a place the lexicon knows says whose an institution is, a date does not") {
  const auto found = names_in("en", "Copenhagen prosecutors issued a warrant. On Monday prosecutors arrested two men.");
  CHECK(std::find(found.mentions.begin(), found.mentions.end(), "actor:copenhagen-prosecutors=Copenhagen prosecutors") !=
        found.mentions.end());
  CHECK(std::none_of(found.mentions.begin(), found.mentions.end(),
                     [](const std::string& m) { return m.find("monday") != std::string::npos; }));
}

TEST_CASE("a title without a name stands for the person last named with it, else for an office's holder") {
  // Named with the title before, in front of the name or in apposition after it.
  const auto fr = names_in("fr", "Le ministre des Transports, Denis Bergeron, a démissionné. Le ministre a parlé. "
                                 "Claire Dufour, la présidente du conseil, a voté. La présidente a signé.");
  CHECK(has(fr, "actor:denis-bergeron=ministre"));
  CHECK(has(fr, "actor:claire-dufour=présidente"));
  // In apposition without its article too.
  const auto bare = names_in("fr", "Mgr Olivier Damerval, archevêque de Rouen, a parlé. Le nouvel archevêque a signé. "
                                   "Jane Roe, directrice de l'agence, a voté. La directrice a signé.");
  CHECK(has(bare, "actor:olivier-damerval=nouvel archevêque"));
  CHECK(has(bare, "actor:jane-roe=directrice"));
  const auto bare_en = names_in("en", "Jane Roe, director of the agency, spoke. The director then left.");
  CHECK(has(bare_en, "actor:jane-roe=director"));
  // Another portfolio is someone else: no one named holds it, so its holder is an actor of its own.
  const auto other = names_in("fr", "Le ministre des Outre-mer, Thierry Roussel, viendra avec le ministre de l'Intérieur.");
  CHECK(has(other, "actor:ministre-de-l-interieur=ministre de l'Intérieur"));
  CHECK_FALSE(has(other, "actor:thierry-roussel=ministre de l'Intérieur"));
  // An office's holder no one names; a bare title names no one.
  const auto office = names_in("fr", "Le Premier ministre devrait venir. Le ministre a parlé. L'ancien président a voté.");
  CHECK(has(office, "actor:premier-ministre=Premier ministre"));
  CHECK(std::none_of(office.mentions.begin(), office.mentions.end(),
                     [](const std::string& m) { return m.find("=ministre") != std::string::npos || m.find("président") != std::string::npos; }));
  // A name right after the title is the person, as before; a portfolio alone is no title.
  const auto named = names_in("fr", "Le président Emmanuel Macron a parlé. Elle est revendiquée par l'État islamique au Sahel (EIS).");
  CHECK_FALSE(std::any_of(named.mentions.begin(), named.mentions.end(),
                          [](const std::string& m) { return m.find("=président") != std::string::npos; }));
  CHECK(has(named, "actor:etat-islamique-au-sahel=EIS"));

  const auto en = names_in("en", "Keir Starmer, the prime minister, met unions. The prime minister then left. "
                                 "The interior minister spoke. The state department declined to comment.");
  CHECK(has(en, "actor:keir-starmer=prime minister"));
  CHECK(has(en, "actor:interior-minister=interior minister"));
  CHECK(std::none_of(en.mentions.begin(), en.mentions.end(),
                     [](const std::string& m) { return m.find("=state") != std::string::npos; }));
  // A portfolio a linking word introduces may be any capitalised word.
  const auto delegate = names_in("fr", "La ministre déléguée chargée de la Ruralité viendra. Le ministre délégué aux Comptes "
                                       "publics aussi. Le délégué syndical a été chargé de la négociation.");
  CHECK(has(delegate, "actor:ministre-deleguee-chargee-de-la-ruralite=ministre déléguée chargée de la Ruralité"));
  CHECK(has(delegate, "actor:ministre-delegue-aux-comptes-publics=ministre délégué aux Comptes publics"));
  CHECK(std::none_of(delegate.mentions.begin(), delegate.mentions.end(),
                     [](const std::string& m) { return m.find("negociation") != std::string::npos; }));
  // A town's one office: a local story's "the mayor" is its holder.
  CHECK(has(names_in("en", "The council banned leaf blowers. The mayor, who voted against the ban, said the city "
                           "should have waited."),
            "actor:mayor=mayor"));
  // A place's possessive says whose office, as an article does; a bare title after it names no one.
  const auto owned = names_in("en", "Ireland's transport minister will visit. Kenya's chairwoman spoke.");
  CHECK(has(owned, "actor:transport-minister=transport minister"));
  CHECK(std::none_of(owned.mentions.begin(), owned.mentions.end(),
                     [](const std::string& m) { return m.find("=chairwoman") != std::string::npos; }));
  const auto sub = names_in("fr", "La sous-préfète de Millau a réuni les parties.");
  CHECK(has(sub, "actor:sous-prefete-de-millau=sous-préfète de Millau"));
  const auto former = names_in("en", "Former President Ana Ruiz spoke on Monday. The former president said she would run.");
  CHECK(has(former, "actor:ana-ruiz=former president"));
  // "le président" no one is named with is the head of state; a former one, or the president of a
  // body its complement names, is no office's holder.
  const auto head = names_in("fr", "Le président doit se rendre jeudi à Itabirito. L'ancien président a voté.");
  CHECK(has(head, "actor:president=président"));
  CHECK(std::none_of(head.mentions.begin(), head.mentions.end(),
                     [](const std::string& m) { return m.find("ancien") != std::string::npos; }));
  const auto body = names_in("fr", "« Le peuple a tranché », a déclaré la présidente du comité d'initiative, Lucie Perrenoud.");
  CHECK(std::none_of(body.mentions.begin(), body.mentions.end(),
                     [](const std::string& m) { return m.rfind("actor:presidente", 0) == 0; }));
}

TEST_CASE("a title in the headline stands for the person the text names with it later") {
  const auto fr = names_in("fr", "Togo : le président gracie dix-sept opposants\n\nLOMÉ (AFP) - Le président togolais, Edem "
                                 "Kossi Agbéyomé, a gracié mardi dix-sept opposants.");
  CHECK(has(fr, "actor:edem-kossi-agbeyome=président"));
  CHECK_FALSE(has(fr, "actor:president=président"));
  // Past the headline a title waits for no one: the holder must be named first.
  const auto body = names_in("fr", "Togo : des opposants graciés\n\nLOMÉ (AFP) - Le ministre a parlé mardi. Le ministre de la "
                                   "Justice, Paul Koffi, a salué la décision.");
  CHECK_FALSE(has(body, "actor:paul-koffi=ministre"));
}

TEST_CASE("another title of the same office stands for its holder named before") {
  const auto fr = names_in("fr", "Le président Stefan Yordanov a reçu le Premier ministre. Le chef de l'État doit entamer des "
                                 "consultations.");
  CHECK(has(fr, "actor:stefan-yordanov=chef de l'État"));
  // With no president named, "le chef de l'État" is the office's holder, as before.
  const auto office = names_in("fr", "Le chef de l'État doit entamer des consultations.");
  CHECK(has(office, "actor:chef-de-l-etat=chef de l'État"));
}

TEST_CASE("an acronym right after a title's particle is the body it serves, not its holder") {
  const auto fr = names_in("fr", "La directrice générale du CHU, Anne Le Goff, a parlé.");
  CHECK_FALSE(has(fr, "actor:chu=directrice générale"));
  CHECK(has(fr, "actor:anne-le-goff=Anne Le Goff"));
}

TEST_CASE("a name found as a place stays a place where it stands alone later") {
  const auto en = names_in("en", "Rescuers dug in the village of Jhyaltung. Officials said Jhyaltung was cut off. "
                                 "The minister visited Jhyaltung.");
  CHECK(std::count(en.mentions.begin(), en.mentions.end(), "place:jhyaltung=Jhyaltung") == 3);
  CHECK(std::none_of(en.mentions.begin(), en.mentions.end(),
                     [](const std::string& m) { return m.rfind("actor:jhyaltung", 0) == 0; }));
}

TEST_CASE("a title with its adjective before a name in apposition is that person's, and 'Plusieurs ONG' names no one") {
  const auto fr = names_in("fr", "Le président togolais, Edem Kossi Agbéyomé, a gracié mardi dix-sept opposants. "
                                 "Plusieurs ONG avaient dénoncé un procès. Le président doit s'adresser à la nation.");
  CHECK(std::count(fr.mentions.begin(), fr.mentions.end(), "actor:edem-kossi-agbeyome=président") == 1);
  CHECK(std::none_of(fr.mentions.begin(), fr.mentions.end(),
                     [](const std::string& m) { return m.find("Plusieurs") != std::string::npos; }));
}

TEST_CASE("an organisation spelled out with a known name inside is one actor with its acronym") {
  const auto fr = names_in("fr", "Cinq suspects ont été arrêtés par les Forces armées de la RDC (FARDC). La Direction "
                                 "centrale de la police judiciaire a enquêté.");
  CHECK(std::count(fr.mentions.begin(), fr.mentions.end(), "actor:forces-armees-de-la-rdc=FARDC") == 1);
  CHECK(std::any_of(fr.mentions.begin(), fr.mentions.end(),
                    [](const std::string& m) { return m.rfind("actor:direction-centrale", 0) == 0; }));
}

TEST_CASE("customs act as an institution, with the state's adjective that says whose") {
  const auto en = names_in("en", "Dutch customs officers seized cocaine. The customs said two men were held.");
  CHECK(std::find(en.mentions.begin(), en.mentions.end(), "actor:dutch-customs=Dutch customs") != en.mentions.end());
}

TEST_CASE("the possessive of a word the pack lists stays inside a name, others part owner and owned") {
  const auto en = names_in("en", "The ruling People's Democratic Party won, the People's Front said. Ireland's Data "
                                 "Protection Commission fined Lumora.");
  CHECK(std::any_of(en.mentions.begin(), en.mentions.end(),
                    [](const std::string& m) { return m.rfind("actor:people-s-democratic-party=", 0) == 0; }));
  CHECK(std::any_of(en.mentions.begin(), en.mentions.end(),
                    [](const std::string& m) { return m.rfind("actor:people-s-front=", 0) == 0; }));
  CHECK(std::none_of(en.mentions.begin(), en.mentions.end(),
                     [](const std::string& m) { return m.find("Ireland's") != std::string::npos; }));
}

TEST_CASE("a Roman ordinal names nothing, a regnal number stays in its name") {
  const auto found = names_in("fr", "Des sépultures des VIe et VIIe siècles ont été découvertes dans le XVIe arrondissement. "
                                    "Louis XIV y avait séjourné. Ce dernier est resté.");
  for (const auto& mention : found.mentions) {
    CAPTURE(mention);
    CHECK(mention.find("VIe") == std::string::npos);
    CHECK(mention.find("=Ce") == std::string::npos);
  }
  CHECK(has(found, "actor:louis-xiv=Louis XIV"));
}

TEST_CASE("a title whose complement names a place names that place's office holder, unless a name or a portfolio follows") {
  const auto fr = names_in("fr", "Le maire d'Annecy a protesté. La maire de Vendôme, Nathalie Berthault, a répondu.");
  CHECK(has(fr, "actor:maire-d-annecy=maire d'Annecy"));
  for (const auto& mention : fr.mentions) CHECK(mention.find("maire de Vendôme") == std::string::npos);
  const auto en = names_in("en", "The mayor of Raleigh said the line would open.");
  CHECK(has(en, "actor:mayor-of-raleigh=mayor of Raleigh"));
  // A portfolio with its adjective is the minister's office, not a place's.
  const auto portfolio = names_in("fr", "La ministre de la Transition écologique a annoncé une plainte.");
  CHECK(portfolio.mentions == std::vector<std::string>{
                                  "actor:ministre-de-la-transition-ecologique=ministre de la Transition écologique"});
}

TEST_CASE("a dateline's region is a place, and an organisation's head word may come four words after 'and'") {
  const auto dateline = names_in("en", "Lockout\n\nTHUNDER BAY, Ontario (AP) — Superior Grain Terminals locked out workers.");
  CHECK(has(dateline, "place:ontario=Ontario"));
  CHECK(has_kind(dateline, "actor:superior-grain-terminals:organisation"));
  // Not a name after a lower-case word at the start of a line.
  const auto byline = names_in("en", "Report\n\nBy Jane Doe, Ontario correspondent. The mayor spoke.");
  CHECK_FALSE(has(byline, "place:ontario=Ontario"));
  const auto squad = names_in("en", "They were arrested by officers of the Stock and Rural Crime Investigation Squad.");
  CHECK(has(squad, "actor:stock-and-rural-crime-investigation-squad=Stock and Rural Crime Investigation Squad"));
}

TEST_CASE("after 'workers at', a name is the employer, not a place") {
  const auto workers = names_in("en", "Workers at Kessler said they would strike.");
  CHECK(has_kind(workers, "actor:kessler:organisation"));
  CHECK_FALSE(has(workers, "place:kessler=Kessler"));
  CHECK(has(names_in("en", "The fire broke out at Kessler on Monday."), "place:kessler=Kessler"));
}

TEST_CASE("a hospital, a school or a museum names an organisation, even after a word that may be a title") {
  const auto infirmary = names_in("en", "Nurses will protest outside Leeds General Infirmary on Thursday.");
  CHECK(has_kind(infirmary, "actor:leeds-general-infirmary:organisation"));
  const auto hospital = names_in("en", "A surgeon at Massachusetts General Hospital said the patient was recovering.");
  CHECK(has_kind(hospital, "actor:massachusetts-general-hospital:organisation"));
}

TEST_CASE("a state's body after an article and a nationality is a body, after a name's possessive it is the owner's") {
  const auto national = names_in("en", "The Kyrgyz government will hold an emergency session on Thursday.");
  CHECK(has(national, "actor:kyrgyz-government=Kyrgyz government"));
  const auto owned = names_in("en", "Tyrol's regional government denied on Thursday that it had been sidelined.");
  for (const auto& mention : owned.mentions) CHECK(mention.find("government") == std::string::npos);
  // "the government" alone names no one.
  CHECK(names_in("en", "The government approved the plan on Monday.").mentions.empty());
}

TEST_CASE("after a place preposition, a name that opens with a given name is a person's") {
  const auto successor = names_in("fr", "Mme Raimbault succède à Alain Gourdon, qui avait démissionné.");
  CHECK(has_kind(successor, "actor:alain-gourdon:person"));
  CHECK_FALSE(has(successor, "place:alain-gourdon=Alain Gourdon"));
  CHECK(has_kind(names_in("fr", "Elle l'a emporté face à Jean-Marc Pineau jeudi."), "actor:jean-marc-pineau:person"));
  CHECK(has(names_in("fr", "Le cortège est arrivé à Saint-Dizier."), "place:saint-dizier=Saint-Dizier"));
  CHECK(has(names_in("en", "Floods hit homes in Santa Cruz on Monday."), "place:santa-cruz=Santa Cruz"));
}

TEST_CASE("a title given right after a person's name is theirs, so that 'the new' holder later stands for them") {
  const auto elected = names_in("fr", "Sylvie Raimbault élue présidente au second tour. La nouvelle présidente doit "
                                      "rencontrer lundi les maires.");
  CHECK(has(elected, "actor:sylvie-raimbault=nouvelle présidente"));
  CHECK_FALSE(has_kind(elected, "actor:nouvelle-presidente:person"));
  const auto named = names_in("en", "Jane Roe was named chief executive on Monday. The new chief executive will meet "
                                    "the unions on Friday.");
  CHECK(has(named, "actor:jane-roe=new chief executive"));
  // A title that no participle gives is no one's.
  CHECK(has_kind(names_in("fr", "Sylvie Raimbault a félicité jeudi la présidente."), "actor:presidente:person"));
}

TEST_CASE("'New' written with a capital inside a sentence opens a name, at its start only the sentence") {
  CHECK(has_kind(names_in("en", "The New England Commission of Higher Education voted on Thursday."),
                 "actor:new-england-commission-of-higher-education:organisation"));
  const auto rules = names_in("en", "New rules were adopted on Friday.");
  for (const auto& kind : rules.kinds) CHECK(kind.find("actor:new") == std::string::npos);
}

TEST_CASE("a typographic apostrophe joins an article to a name as a straight one does") {
  CHECK(has_kind(names_in("fr", "Un rapport a été publié lundi par l’Arcom."), "actor:arcom:organisation"));
  CHECK(has_kind(names_in("fr", "Un rapport a été publié lundi par l'Arcom."), "actor:arcom:organisation"));
}

TEST_CASE("after a singular determiner, a capitalised word's final s is no plural of a common word") {
  // "anse" is a common word; "l'Anses" cannot be its plural.
  CHECK(has_kind(names_in("fr", "Un rapport a été publié lundi par l'Anses."), "actor:anses:organisation"));
  CHECK(names_in("fr", "Les bateaux mouillent dans les Anses du nord.").kinds.empty());
}

TEST_CASE("a code of letters and digits is no name, though no dictionary lists it") {
  const auto rating = names_in("en", "The agency upgraded the country's rating to Baa3 on Tuesday.");
  for (const auto& kind : rating.kinds) CHECK(kind.find("baa3") == std::string::npos);
}

TEST_CASE("the body's context says what a headline's name is") {
  // A description before the name in the body outweighs the headline's bare words.
  const auto developer = names_in("en", "Revontuli Games shares plunge after title delayed\n\nHELSINKI (Reuters) - Shares in "
                                        "Finnish video game developer Revontuli Games fell on Thursday.");
  CHECK(has_kind(developer, "actor:revontuli-games:organisation"));
  // A body of the headline is the short form of the one the text names with those words first.
  const auto council = names_in("fr", "Le conseil municipal approuve la vente\n\nTOURS (AFP) - Le conseil municipal de "
                                      "Tours a approuvé lundi la vente de la caserne.");
  CHECK(std::none_of(council.kinds.begin(), council.kinds.end(),
                     [](const std::string& kind) { return kind.rfind("actor:conseil-municipal:", 0) == 0; }));
}

TEST_CASE("a title with its portfolio names the office's holder: 'the biosecurity minister'") {
  CHECK(has_kind(names_in("en", "Kiwifruit growers said the biosecurity minister will visit the area on Friday."),
                 "actor:biosecurity-minister:person"));
}

TEST_CASE("a name the text described as an organisation stays one where nothing says it is a person") {
  const auto olive = names_in("en", "Shares in olive oil producer Tierra Olea rose on Thursday. Tierra Olea cut 300 jobs "
                                    "last autumn.");
  CHECK(has_kind(olive, "actor:tierra-olea:organisation"));
  // A title still says it is a person ("son fils Guillaume ... le grand-duc Guillaume").
  CHECK(has_kind(names_in("en", "Shares in producer Jane Roe rose. Chief executive Jane Roe resigned."),
                 "actor:jane-roe:person"));
}

TEST_CASE("a lone word that opens the one organisation of several words the text names is its short form") {
  const auto ferrante = names_in("en", "Italy's Ferrante eyes deal\n\nMADRID (Reuters) - Italian food group Ferrante "
                                       "Alimentari is in talks. Ferrante, controlled by its founder, made five "
                                       "acquisitions.");
  CHECK(has(ferrante, "actor:ferrante-alimentari=Ferrante"));
  CHECK_FALSE(has_kind(ferrante, "actor:ferrante:organisation"));
  // Not a place the text also names ("in Kwara" / "Kwara State House of Assembly").
  const auto kwara = names_in("en", "Gunmen struck in Kwara on Monday. The Kwara State House of Assembly met, and Kwara "
                                    "officials said.");
  CHECK_FALSE(has(kwara, "actor:kwara-state-house-of-assembly=Kwara"));
}

TEST_CASE("an adjective of nationality that the state's name does not start names that state") {
  const auto spanish = names_in("en", "Shares in Spanish olive oil producer Tierra Olea rose. Dutch banks and Swiss "
                                      "insurers lost ground.");
  CHECK(has(spanish, "actor:spain=Spanish"));
  CHECK(has(spanish, "actor:netherlands=Dutch"));
  CHECK(has(spanish, "actor:switzerland=Swiss"));
  for (const auto& mention : spanish.mentions) CHECK(mention.rfind("place:spanish", 0) != 0);
}

TEST_CASE("a place preposition ending in 'de' also introduces a place in its elided form") {
  CHECK(has(names_in("fr", "La maire d'Allouville-Bellefosse, Annick Deshayes, a parlé lundi."),
            "place:allouville-bellefosse=Allouville-Bellefosse"));
  CHECK(has(names_in("fr", "Les habitants d'Ormesson-sur-Marne ont manifesté lundi."),
            "place:ormesson-sur-marne=Ormesson-sur-Marne"));
}

TEST_CASE("the Journal officiel is the gazette a decree is published in, no place") {
  const auto gazette = names_in("fr", "Le gouvernement a publié vendredi au Journal officiel le décret.");
  // The lexicon names it (data/lexicon/institutions-fr.yaml): the finder finds nothing there.
  for (const auto& mention : gazette.mentions) CHECK(mention.find("Journal") == std::string::npos);
}
