// The news-wide event vocabulary (issue 11): every CAMEO root class, and the happenings news
// reports beyond it, recognised in both languages from inflected verbs and from nouns.
#include <doctest/doctest.h>

#include <evgraph/extract.hpp>

#include "test_support.hpp"
#include "extract_helpers.hpp"

using namespace evgraph;

namespace {

struct Case {
  const char* lang;
  const char* text;
  const char* type;
};

// Published on Wednesday 2025-03-12: "mardi"/"on Tuesday" is 2025-03-11.
const Case kCases[] = {
    // 01 statement, 02 appeal, 03 intent
    {"fr", "Mardi, Emmanuel Macron a déclaré à la presse que la France resterait ferme.", "statement"},
    {"en", "On Tuesday Emmanuel Macron told reporters that France would stand firm.", "statement"},
    {"fr", "Mardi, Emmanuel Macron a pris acte des résultats à Paris.", "statement"},
    {"en", "On Tuesday Emmanuel Macron took note of the results in Paris.", "statement"},
    {"fr", "Mardi, l'Ukraine a demandé à l'OTAN des systèmes de défense aérienne.", "request"},
    {"en", "On Tuesday Ukraine asked NATO for air defence systems.", "request"},
    {"fr", "Mardi, la Chine a proposé un plan de paix à la Russie.", "proposal"},
    {"en", "On Tuesday China proposed a peace plan to Russia.", "proposal"},
    {"fr", "Mardi, l'Allemagne a promis une aide supplémentaire à l'Ukraine.", "promise"},
    {"en", "On Tuesday Germany pledged more help for Ukraine.", "promise"},
    // 04 consult
    {"fr", "Mardi, Emmanuel Macron a rencontré Olaf Scholz à Berlin.", "meeting"},
    {"en", "On Tuesday Emmanuel Macron met Olaf Scholz in Berlin.", "meeting"},
    {"fr", "Mardi, Emmanuel Macron s'est rendu à Kiev.", "visit"},
    {"en", "On Tuesday Emmanuel Macron visited Kyiv.", "visit"},
    {"fr", "Mardi, Israël et le Hamas ont négocié au Caire.", "negotiation"},
    {"en", "On Tuesday Israel and Hamas negotiated in Cairo.", "negotiation"},
    // 05 diplomatic cooperation, 06 material cooperation, 07 aid
    {"fr", "Mardi, l'Arménie et l'Azerbaïdjan ont signé un traité de paix.", "agreement"},
    {"en", "On Tuesday Armenia and Azerbaijan signed a peace treaty.", "agreement"},
    {"fr", "Mardi, le Japon a coopéré avec l'Inde sur les semi-conducteurs.", "cooperation"},
    {"en", "On Tuesday Japan cooperated with India on semiconductors.", "cooperation"},
    {"fr", "Mardi, le Canada a livré des vivres au Soudan.", "aid"},
    {"en", "On Tuesday Canada delivered food to Sudan.", "aid"},
    {"fr", "Mardi, les agriculteurs de la FNSEA ont levé les barrages autour de Toulouse.", "protest"},
    {"en", "On Tuesday the unions announced a national day of action in Leeds.", "protest"},
    {"fr", "Mardi, les pompiers ont évacué 300 habitants de Saint-Martin-Vésubie.", "rescue"},
    {"en", "On Tuesday rescuers brought 14 miners of Nkana Ridge Copper to the surface.", "rescue"},
    // 08 yield, 09 investigate, 10 demand
    {"fr", "Mardi, le Premier ministre Michel Barnier a démissionné.", "resignation"},
    {"en", "On Tuesday Prime Minister Michel Barnier resigned.", "resignation"},
    {"fr", "Mardi, l'Iran a libéré deux ressortissants français.", "release"},
    {"en", "On Tuesday Iran released two French nationals.", "release"},
    {"fr", "Mardi, la Commission européenne a ouvert une enquête sur Google.", "investigation"},
    {"en", "On Tuesday the European Commission opened an investigation into Google.", "investigation"},
    {"fr", "Mardi, la Pologne a exigé des excuses de la Russie.", "demand"},
    {"en", "On Tuesday Poland demanded an apology from Russia.", "demand"},
    // 11 disapprove, 12 reject, 13 threaten, 14 protest
    {"fr", "Mardi, la Chine a accusé les États-Unis d'ingérence.", "accusation"},
    {"en", "On Tuesday China accused the United States of meddling.", "accusation"},
    {"fr", "Mardi, la Russie a rejeté la proposition de l'Ukraine.", "rejection"},
    {"en", "On Tuesday Russia rejected the proposal of Ukraine.", "rejection"},
    {"fr", "Mardi, la Corée du Nord a menacé le Japon.", "threat"},
    {"en", "On Tuesday North Korea threatened Japan.", "threat"},
    {"fr", "Mardi, des milliers de personnes ont manifesté à Paris.", "protest"},
    {"en", "On Tuesday thousands of people demonstrated in Paris.", "protest"},
    // 15 posture, 16 reduce relations, 17 coerce
    {"fr", "Mardi, la Russie a déployé des troupes en Biélorussie.", "mobilisation"},
    {"en", "On Tuesday Russia deployed troops in Belarus.", "mobilisation"},
    {"fr", "Mardi, le Niger a expulsé l'ambassadeur de France.", "rupture"},
    {"en", "On Tuesday Niger expelled the ambassador of France.", "rupture"},
    {"fr", "Mardi, la police a arrêté Jean Dupont à Lyon.", "arrest"},
    {"en", "On Tuesday police arrested John Smith in Chicago.", "arrest"},
    // "placer … dépôt": a date may stand between the verb and its fixed words.
    {"fr", "Jean Dupont a été placé mardi sous mandat de dépôt à Lyon.", "arrest"},
    {"fr", "Jean Dupont a été placé mardi en garde à vue à Lyon.", "arrest"},
    {"fr", "L'incident a été détecté mardi à Lyon.", "disaster"},
    {"en", "The incident happened on Tuesday in Chicago.", "disaster"},
    {"fr", "Mardi, l'Union européenne a sanctionné la Biélorussie.", "sanction"},
    {"en", "On Tuesday the European Union sanctioned Belarus.", "sanction"},
    // 18 assault, 19 fight, 20 mass violence
    {"fr", "Mardi, la Russie a bombardé Kharkiv.", "attack"},
    {"en", "On Tuesday Russia bombed Kharkiv.", "attack"},
    // Thefts, which CAMEO does not code; "vol" is a flight as often.
    {"fr", "Mardi, deux hommes ont braqué une agence du Crédit Agricole à Lyon.", "theft"},
    {"en", "On Tuesday two gunmen robbed a branch of Barclays Bank in London.", "theft"},
    {"fr", "Mardi, le vol Paris-Lyon d'Air France a atterri à Lyon.", "arrival"},
    // A gerund that opens the sentence before its verb is an event noun.
    {"en", "Voting took place on Tuesday in Kentucky.", "vote"},
    {"fr", "Mardi, des soldats de l'Inde et de la Chine se sont affrontés au Ladakh.", "clash"},
    {"en", "On Tuesday soldiers of India and China clashed in Ladakh.", "clash"},
    {"fr", "Mardi, la Russie a pris le contrôle de Kharkiv.", "capture"},
    {"en", "On Tuesday Russia seized Kharkiv.", "capture"},
    {"fr", "Mardi, des miliciens ont massacré des villageois au Darfour.", "massacre"},
    {"en", "On Tuesday militiamen massacred villagers in Darfur.", "massacre"},
    // Beyond CAMEO: elections, votes, rulings, appointments, deaths, disasters, ceremonies
    {"fr", "Mardi, la Bolivie a élu Rodrigo Paz.", "election"},
    {"en", "On Tuesday Bolivia elected Rodrigo Paz.", "election"},
    {"fr", "Mardi, le Sénat a adopté la réforme des retraites.", "vote"},
    {"en", "On Tuesday the Senate adopted the pension reform.", "vote"},
    {"fr", "Mardi, le tribunal de Paris a condamné Jean Dupont à deux ans de prison.", "ruling"},
    {"en", "On Tuesday a court in London convicted John Smith.", "ruling"},
    {"en", "Britain's High Court on Tuesday placed Severnvale Water into special administration.", "ruling"},
    {"fr", "Le tribunal de commerce de Lyon a placé mardi la société Textilor en redressement judiciaire.", "ruling"},
    {"fr", "Mardi, Emmanuel Macron a nommé François Bayrou à Matignon.", "appointment"},
    {"en", "On Tuesday Joe Biden appointed Jane Doe to the court.", "appointment"},
    {"fr", "Le président a mis fin mardi aux fonctions du ministre Jean Dupont.", "dismissal"},
    {"fr", "Mardi, l'ancien président Jacques Chirac est mort à Paris.", "death"},
    {"en", "On Tuesday the former president Jimmy Carter died in Georgia.", "death"},
    {"fr", "Mardi, un incendie a ravagé la forêt près de Marseille.", "disaster"},
    {"en", "On Tuesday a wildfire ravaged the forest near Los Angeles.", "disaster"},
    {"fr", "Une intoxication alimentaire a frappé mardi les écoliers de Vierzon.", "disaster"},
    {"en", "A chemical spill closed the river near Metz on Tuesday.", "disaster"},
    {"fr", "Mardi, Emmanuel Macron a inauguré la cathédrale Notre-Dame à Paris.", "ceremony"},
    {"en", "On Tuesday Emmanuel Macron inaugurated the cathedral in Paris.", "ceremony"},
    {"en", "On Tuesday the regulator fined Barclays in London.", "sanction"},
    {"en", "On Tuesday Barclays reported a 31% jump in first-quarter profit in London.", "economy"},
    {"fr", "Mardi, le groupe Renault a publié des résultats annuels en baisse à Paris.", "economy"},
    {"fr", "Des routiers ont bloqué mardi l'accès au port de Marseille.", "protest"},
    {"en", "Farmers blocked the main road into Lyon on Tuesday.", "protest"},
    {"fr", "Mardi, le groupe JNIM a revendiqué l'attentat de Bamako.", "claim"},
    {"en", "On Tuesday the group al Shabaab claimed responsibility for the bombing in Mogadishu.", "claim"},
    {"fr", "Karine Lessard a été assermentée mardi à Québec.", "ceremony"},
    {"en", "Karine Lessard was sworn in on Tuesday in Quebec City.", "ceremony"},
    {"fr", "Le candidat Jean Martin a reconnu sa défaite mardi à Lyon.", "withdrawal"},
    {"en", "On Tuesday the candidate Jean Martin conceded defeat in Lyon.", "withdrawal"},
    {"fr", "Un pêcheur de Saint-Pierre a été retrouvé sans vie mardi.", "death"},
    // A pronouncement is a ruling, a speech a statement; "se prononcer" decides.
    {"fr", "La commission de discipline a prononcé mardi la rétrogradation du club de Montauban.", "ruling"},
    {"fr", "Le président Jean Martin a prononcé mardi un discours à Lyon.", "statement"},
    {"fr", "Jean Martin a prononcé mardi ses premiers mots à Lyon.", "statement"},  // the plural of "prononcer … mot"
    {"fr", "Le conseil municipal de Lyon s'est prononcé mardi sur la subvention.", "decision"},
    // Hearings and appeals.
    {"fr", "Jean Martin a été auditionné mardi par la commission d'enquête du Sénat.", "trial"},
    {"fr", "Jean Martin a été entendu mardi par les enquêteurs à Lyon.", "trial"},
    {"fr", "Le club de Montauban a déposé mardi un recours devant le Conseil d'État.", "trial"},
    {"en", "On Tuesday Jean Martin's team lodged its appeal with the court in Lyon.", "trial"},
    {"en", "On Tuesday the Green Party filed a legal challenge against the Lyon tunnel.", "charge"},
    // Rating actions.
    {"en", "Moody's Ratings upgraded Costa Rica's sovereign credit rating on Tuesday.", "economy"},
    {"en", "The Central Bank of Iceland held its key rate at 7.25% on Tuesday.", "economy"},
    // A measure that takes effect: the decision's day.
    {"en", "China's duties on French cognac took effect on Tuesday.", "decision"},
    {"en", "The Ghana Cocoa Board's new price came into force on Tuesday.", "decision"},
    {"fr", "Le décret de la Chine est entré en vigueur mardi.", "decision"},
    {"fr", "L'agence Fitch a dégradé mardi la note souveraine de la France.", "economy"},
    // Discoveries and services that start again.
    {"fr", "Une mine a été découverte mardi dans le port de Sète.", "discovery"},
    {"en", "A German mine was discovered on Tuesday in the port of Sète.", "discovery"},
    {"fr", "Les éboueurs ont repris mardi le travail à Grenoble.", "resumption"},
    {"en", "Rail traffic between Lyon and Turin resumed on Tuesday.", "resumption"},
    // A passive's subject is the word a "fermer … port" entry looks for after the verb.
    {"fr", "Le port de commerce de Sète a été fermé mardi à tout trafic.", "decision"},
    // Closures, lifted bans, plans and alert levels.
    {"fr", "La préfecture de Haute-Savoie a fermé mardi la route du col.", "decision"},
    {"fr", "Le préfet de la Gironde a levé mardi l'interdiction de vente des huîtres.", "decision"},
    {"en", "On Tuesday the prefect of Gironde lifted the ban on oyster sales.", "decision"},
    {"en", "On Tuesday the EASA ordered the grounding of all NA-78 aircraft.", "decision"},
    {"en", "On Tuesday the Coast Guard closed a 3-mile stretch of the Mississippi.", "decision"},
    {"fr", "La préfecture a fermé mardi le pont de Cheviré.", "decision"},
    // Tests, trials and samples taken.
    {"en", "On Tuesday the Environment Agency took water samples at Putney.", "test"},
    {"en", "On Tuesday the operator Nordnatt began test runs between Hamburg and Stockholm.", "test"},
    {"fr", "Une campagne de dépistage a été menée mardi au lycée des Dunes de Cherbourg.", "test"},
    {"fr", "L'Ifremer a effectué mardi des prélèvements dans le bassin d'Arcachon.", "test"},
    {"en", "On Tuesday the new trading platform Ares went live in Warsaw.", "launch"},
    {"fr", "Une navette fluviale d'Estuaire Navettes est entrée en service mardi à Mindin.", "launch"},
    // Ships and races setting out; exhibitions.
    {"en", "On Tuesday the cruise ship Coral Meridian departed from Fort Lauderdale.", "departure"},
    {"fr", "Les trente bateaux de la Transat ont appareillé mardi de Lorient.", "departure"},
    {"en", "On Tuesday a retrospective of Jan Vos opened at the Rijksmuseum in Amsterdam.", "exhibition"},
    {"fr", "Une exposition consacrée à Jan Vos a ouvert mardi au Rijksmuseum d'Amsterdam.", "exhibition"},
    // A plan presented, whatever stands between the verb and its object.
    {"fr", "Le maire de Lyon, Jean Martin, a présenté mardi, avec le préfet, un plan de circulation.", "proposal"},
    {"en", "On Tuesday the mayor of Lyon, Jean Martin, unveiled a new traffic plan.", "proposal"},
    // What resumes, as the subject of a verb that acts on nothing.
    {"fr", "La collecte des déchets a repris mardi à Grenoble.", "resumption"},
    // A strike called off.
    {"en", "On Tuesday the Transport Workers Union called off the strike at SEPTA.", "decision"},
    {"fr", "La CGT a suspendu mardi la grève des contrôleurs de la SNCF.", "decision"},
    // Trading halted.
    {"en", "On Tuesday a network failure halted trading on the Warsaw Stock Exchange for 40 minutes.", "rupture"},
    // Fixtures and hearings put off.
    {"en", "On Tuesday the Boat Race Company postponed the race between Oxford and Cambridge.", "postponement"},
    {"fr", "Mardi, la Ligue de football professionnel a reporté le match entre Lens et Lille.", "postponement"},
    // Penalties handed or inflicted.
    {"en", "On Tuesday race stewards handed Julien Vasseur a one-hour penalty in Hail.", "sanction"},
    {"fr", "Les commissaires ont infligé mardi une pénalité d'une heure à Julien Vasseur à Hail.", "sanction"},
    // Licences granted, cases heard.
    {"en", "On Tuesday Iceland granted whaling company Nordhvalur a five-year licence.", "decision"},
    {"fr", "Le ministère a accordé mardi à la société Norvent un permis d'exploitation.", "decision"},
    {"en", "On Tuesday the Reykjavik District Court heard the case against Nordhvalur.", "trial"},
    {"en", "Superior Grain Terminals locked out 240 workers at its Thunder Bay elevators on Tuesday.", "strike"},
    {"fr", "Le lock-out de Fonderie Garnier a commencé mardi à Vierzon.", "strike"},
    // A renewed strike, whatever stands between the verb and its object ("reconduire" alone appoints).
    {"fr", "Les facteurs de Lorient-Keryado ont reconduit mardi la grève à l'appel de SUD-PTT.", "strike"},
    {"en", "Queensland police charged three men on Tuesday over the theft of 600 cattle.", "charge"},
    {"en", "Queensland police on Tuesday charged Neil Moss with theft.", "charge"},
    {"en", "A livestock agent appeared in Toowoomba Magistrates Court on Tuesday.", "trial"},
    // Occupying a workplace or a campus is a protest; occupying a town is a capture.
    {"fr", "Les salariés de l'usine Renault de Flins occupent le site depuis mardi.", "protest"},
    {"en", "On Tuesday students at Makerere University occupied the administration building in Kampala.", "protest"},
    {"en", "On Tuesday M23 rebels occupied the town of Goma.", "capture"},
    {"fr", "Le collectif SOS Flins a organisé mardi une marche silencieuse à Mantes.", "protest"},
    {"en", "The Kyrgyz government held an emergency session on Tuesday in Bishkek.", "meeting"},
    {"fr", "Le conseil de sécurité de l'ONU a tenu mardi une session extraordinaire à New York.", "meeting"},
    {"fr", "Le tribunal administratif de Rennes a examiné mardi le recours de l'association.", "trial"},
    // An entry whose word after the gap has more than one word ("occupy … town hall").
    {"en", "On Tuesday protesters occupied the town hall in Lyon.", "protest"},
    {"fr", "Le tableau a été classé mardi « trésor national » par le ministère de la Culture à Paris.", "decision"},
    // Patients flown to hospital.
    {"fr", "Deux patients ont été transférés mardi par hélicoptère au CHU de Toulouse.", "rescue"},
    // Gates and entrances blocked.
    {"fr", "Des agriculteurs ont bloqué mardi les grilles de la préfecture de Valence.", "protest"},
    {"en", "Farmers blocked the gates of the Valence prefecture on Tuesday.", "protest"},
    // Jobs cut; shares or prices moving by a stated amount.
    {"en", "Spanish producer Tierra Olea cut 300 jobs in Jaen on Tuesday.", "economy"},
    {"fr", "Le groupe Valoris a supprimé mardi 300 emplois à Tours.", "economy"},
    {"en", "Shares in Tierra Olea rose by 22% in Madrid on Tuesday.", "economy"},
    {"fr", "L'action Valoris a reculé de 12 % mardi à Paris.", "economy"},
    // Auctions.
    {"en", "On Tuesday Phillips auctioned the painting in London for $12 million.", "economy"},
    {"fr", "Le tableau a été adjugé mardi 12 millions d'euros chez Christie's à Paris.", "economy"},
    // Forecasts raised; works begun.
    {"en", "On Tuesday Airbus raised its full-year delivery forecast in Toulouse.", "economy"},
    {"fr", "Airbus a relevé mardi ses prévisions de livraisons à Toulouse.", "economy"},
    {"en", "On Tuesday Vinci began construction of the new bridge in Nantes.", "launch"},
    {"fr", "Les travaux du nouveau pont de Nantes ont débuté mardi sous la direction de Vinci.", "launch"},
    // Talks that fail.
    {"en", "Talks between Kaimana and the union failed on Tuesday in Honolulu.", "rupture"},
    {"fr", "Les négociations entre la CGT et la SNCF ont échoué mardi à Paris.", "rupture"},
    // A place that opens; a phrase spelled out whole wins over a "verb … word" entry of its verb.
    {"fr", "Une nouvelle école a ouvert mardi à Annecy.", "launch"},
    {"en", "On Tuesday a new vaccination centre opened in Annecy.", "launch"},
    {"fr", "La police a ouvert le feu mardi sur le centre de Lyon.", "attack"},
    {"en", "On Tuesday gunmen opened fire at a school in Kano.", "attack"},
};

}  // namespace

TEST_CASE("every CAMEO root class and the news happenings beyond it, in French and English") {
  std::map<std::string, std::unique_ptr<Lexicon>> lexicons;
  for (const Case& c : kCases) {
    const std::string text = c.text;
    CAPTURE(text);
    auto& lexicon = lexicons[c.lang];
    if (!lexicon) lexicon = std::make_unique<Lexicon>(test::resources().data(), std::vector<LexiconSource>{}, c.lang);
    LoadedDocument document;
    document.info.id = "doc";
    document.info.lang = c.lang;
    document.info.published = *parse_iso_date("2025-03-12");
    document.text = c.text;
    const auto events = EventExtractor(*lexicon).analyse(document, test::resources().language(c.lang)).events;
    CHECK(events.size() == 1);
    if (events.size() != 1) continue;
    CHECK(events[0].type == c.type);
    CHECK(events[0].date.value == "2025-03-11");
  }
}

TEST_CASE("a word of two types reads as the one its document's words vote for (strike, collapse, rally)") {
  struct Reading {
    const char* text;
    const char* type;     // the reading the words around it call for
    const char* not_type; // the other one
  };
  const Reading readings[] = {
      // "strike" is listed as an attack; union and workers around it make it a walkout, and the
      // document's other use follows even without a cue of its own.
      {"Transport Workers Union Local 234 called the strike on Friday after its contract expired. The last SEPTA "
       "strike, in November 2016, lasted six days.", "strike", "attack"},
      // Votes against it keep the listed reading: a strike that killed workers is an attack.
      {"A Russian strike on the port of Odesa on Friday killed five dock workers.", "killing", "strike"},
      // "talks collapse": the talks break off; "the bridge collapsed": a disaster.
      {"Talks between SEPTA and the union collapsed on Friday.", "rupture", "disaster"},
      {"A bridge over the Schuylkill River collapsed on Friday in Philadelphia.", "disaster", "rupture"},
      // A rally of drivers and stages is a race, one of protesters a protest.
      {"French driver Julien Vasseur leads the Dakar Rally after the sixth stage. The rally, which started in Yanbu "
       "on Jan. 3, finishes in Shubaytah on Jan. 16.", "sport", "protest"},
      {"Thousands of protesters held a rally in Yerevan on Friday, police said.", "protest", "sport"},
  };
  for (const Reading& reading : readings) {
    const std::string text = reading.text;
    CAPTURE(text);
    const auto events = test::read("en", text, "2026-11-07");
    CHECK(test::of_type(events, reading.type));
    CHECK_FALSE(test::of_type(events, reading.not_type));
  }
}
