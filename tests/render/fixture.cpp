#include "fixture.hpp"

#include <evgraph/calendar.hpp>

#include <evgraph/text.hpp>

#include <algorithm>
#include <random>
#include <tuple>

namespace evgraph::test {
namespace {

Date day(const char* iso) { return *parse_iso_date(iso); }

EventDate timex(const char* value, const char* granularity, const char* mod = "") {
  EventDate date;
  date.value = value;
  date.granularity = granularity;
  date.mod = mod;
  date.certainty = "explicit";
  if (auto interval = interval_of(value)) {
    const DateInterval narrowed = apply_mod(*interval, mod);
    date.start = narrowed.first;
    date.end = narrowed.last;
  }
  return date;
}

Source quote(const char* doc, std::size_t begin, const std::string& text) {
  return Source{doc, begin, begin + text.size(), text};
}

Event event(const char* id, const char* type, const char* title, EventDate date, std::vector<std::string> actors,
            std::vector<std::string> places, std::vector<std::string> proposals, std::vector<Source> sources) {
  Event e;
  e.id = id;
  e.type = type;
  e.title = title;
  e.date = std::move(date);
  e.actors = std::move(actors);
  e.places = std::move(places);
  e.proposals = std::move(proposals);
  e.sources = std::move(sources);
  e.confidence = 0.8;
  e.modality = "happened";
  return e;
}

Entity entity(const char* id, const char* name, const char* kind, std::vector<std::string> aliases = {}) {
  return Entity{id, name, kind, std::move(aliases)};
}

void sort_model(GraphModel& g) {
  auto by_id = [](const auto& a, const auto& b) { return a.id < b.id; };
  std::sort(g.events.begin(), g.events.end(), by_id);
  std::sort(g.actors.begin(), g.actors.end(), by_id);
  std::sort(g.places.begin(), g.places.end(), by_id);
  std::sort(g.proposals.begin(), g.proposals.end(), by_id);
  std::sort(g.edges.begin(), g.edges.end(), [](const Edge& a, const Edge& b) {
    return std::tie(a.from, a.to, a.kind) < std::tie(b.from, b.to, b.kind);
  });
}

}  // namespace

GraphModel sample_graph() {
  GraphModel g;
  g.corpus.name = "ukraine-security-guarantees";
  g.corpus.documents = {
      {"coalition-guarantees", "001_f7985ab228a3caeb.txt", day("2025-08-20"), "fr", "",
       "Garanties de sécurité pour la coalition des volontaires", "The Telegraph (report)"},
      {"nato-ministerial", "002_5a85d737e738a4e7.txt", day("2024-12-03"), "fr", "", "L'Otan et l'invitation de l'Ukraine", ""},
      {"tomahawk-call", "004_15e9420a4c454b8b.txt", day("2025-10-17"), "fr", "", "Trump, Poutine et les missiles Tomahawk", ""},
      {"tomahawk-proposal", "000_c834333018cab804.txt", day("2025-11-21"), "fr", "",
       "Washington envisage de transférer des Tomahawk à l'Ukraine", ""},
      {"us-troops", "003_c14ae6970ad9469a.txt", day("2025-08-19"), "fr", "",
       "Déploiement potentiel de troupes américaines en Ukraine", "Axios (report)"},
  };
  EventDate two_days = timex("2024-12-03", "day");
  two_days.end = day("2024-12-04");
  EventDate alaska;
  alaska.latest = day("2025-08-19");
  alaska.certainty = "inferred";
  EventDate talks_after;
  talks_after.earliest = day("2025-11-21");
  talks_after.certainty = "inferred";
  g.events = {
      event("ev-air-defence-request", "request", "L'Ukraine demande des défenses antiaériennes à l'Otan",
            timex("2024-W48", "week"), {"ac-ukraine", "ac-nato"}, {"pl-brussels"}, {},
            {quote("nato-ministerial", 2210, "La semaine dernière, à Bruxelles, Kiev a demandé des systèmes THAAD et Arrow.")}),
      event("ev-zelensky-scholz", "statement", "Zelensky et Olaf Scholz à Kiev : « la paix par la force »",
            timex("2024-12-02", "day"), {"ac-scholz", "ac-zelensky"}, {"pl-kyiv"}, {"pr-nato-invitation"},
            {quote("nato-ministerial", 1630, "Lundi, aux côtés du chancelier Olaf Scholz, Volodymyr Zelensky a affirmé que la paix ne pourrait être garantie que par la force.")}),
      event("ev-nato-ministerial", "meeting", "Réunion des ministres des affaires étrangères de l'Otan", two_days,
            {"ac-nato"}, {"pl-brussels"}, {"pr-nato-invitation"},
            {quote("nato-ministerial", 120, "Les ministres des affaires étrangères de l'Otan se réunissent mardi et mercredi à Bruxelles."),
             quote("nato-ministerial", 980, "La question de l'invitation de l'Ukraine sera au menu.")}),
      event("ev-london-chiefs", "meeting", "Première réunion des chefs militaires près de Londres",
            timex("2025-03-15", "day"), {"ac-coalition", "ac-uk"}, {"pl-london"}, {"pr-peacekeeping"},
            {quote("coalition-guarantees", 540, "Le 15 mars, les chefs militaires d'une vingtaine de pays se sont réunis près de Londres.")}),
      event("ev-spring-negotiations", "negotiation", "Négociations sur un système de sécurité à long terme",
            timex("2025-SP", "season"), {"ac-ukraine"}, {}, {"pr-guarantees"},
            {quote("coalition-guarantees", 1320, "Au printemps, des négociations ont porté sur un système de sécurité à long terme.")}),
      event("ev-kyiv-visit", "visit", "Les chefs d'état-major français et britannique à Kiev",
            timex("2025-04-04", "day"), {"ac-france", "ac-uk"}, {"pl-kyiv"}, {"pr-peacekeeping"},
            {quote("coalition-guarantees", 1810, "Le 4 avril, les chefs d'état-major français et britannique se sont rendus à Kiev.")}),
      event("ev-hague-summit", "summit", "Sommet de l'Otan à La Haye", timex("2025-06", "month", "END"),
            {"ac-nato"}, {"pl-the-hague"}, {"pr-nato-invitation"},
            {quote("nato-ministerial", 3010, "Le prochain sommet de l'Alliance se tiendra fin juin à La Haye.")}),
      event("ev-coalition-july", "meeting", "Réunion de la coalition des volontaires", timex("2025-07", "month"),
            {"ac-coalition", "ac-france", "ac-uk"}, {}, {"pr-peacekeeping"},
            {quote("coalition-guarantees", 2400, "En juillet, la coalition des volontaires s'est de nouveau réunie.")}),
      event("ev-alaska-meeting", "meeting", "Rencontre en Alaska entre Trump et Poutine", alaska,
            {"ac-putin", "ac-trump"}, {"pl-alaska"}, {"pr-guarantees"},
            {quote("us-troops", 410, "Lors de la réunion récente en Alaska, Poutine aurait accepté des garanties de sécurité occidentales.")}),
      event("ev-us-troops", "proposal", "Envoi possible de troupes américaines en Ukraine", timex("2025-08-18", "day"),
            {"ac-rubio", "ac-usa", "ac-witkoff"}, {}, {"pr-us-troops"},
            {quote("us-troops", 90, "Washington envisage de déployer des troupes en Ukraine dans le cadre de garanties de sécurité.")}),
      event("ev-trump-putin-call", "call", "Appel surprise entre Trump et Poutine", timex("2025-10-16", "day"),
            {"ac-putin", "ac-trump"}, {}, {"pr-tomahawk"},
            {quote("tomahawk-call", 300, "Jeudi, Donald Trump et Vladimir Poutine se sont entretenus par téléphone.")}),
      event("ev-washington-meeting", "meeting", "Rencontre Trump–Zelensky à Washington", timex("2025-10-17", "day"),
            {"ac-trump", "ac-zelensky"}, {"pl-washington"}, {"pr-tomahawk"},
            {quote("tomahawk-call", 820, "Volodymyr Zelensky est reçu aujourd'hui à la Maison-Blanche.")}),
      event("ev-trump-rejects", "statement", "Trump refuse publiquement les Tomahawk à Kiev", timex("2025-11", "month", "START"),
            {"ac-trump"}, {}, {"pr-tomahawk"},
            {quote("tomahawk-proposal", 700, "Au début de ce mois, Donald Trump avait rejeté l'idée de livrer des Tomahawk.")}),
      event("ev-tomahawk-considered", "proposal", "Washington envisage le transfert de missiles Tomahawk",
            timex("2025-11-23", "day"), {"ac-usa"}, {}, {"pr-tomahawk"},
            {quote("tomahawk-proposal", 40, "Le 23 novembre, l'administration américaine doit examiner le transfert de missiles Tomahawk.")}),
      event("ev-army-limit-talks", "negotiation", "Discussions sur la taille de l'armée ukrainienne", talks_after,
            {"ac-russia", "ac-ukraine", "ac-usa"}, {}, {"pr-army-limit"},
            {quote("tomahawk-proposal", 1500, "Les discussions sur une limite de la taille de l'armée ukrainienne doivent suivre.")}),
  };
  g.actors = {
      entity("ac-coalition", "coalition des volontaires", "group"),
      entity("ac-france", "France", "state"),
      entity("ac-nato", "OTAN", "organisation", {"NATO", "Otan"}),
      entity("ac-putin", "Vladimir Poutine", "person", {"Poutine"}),
      entity("ac-rubio", "Marco Rubio", "person"),
      entity("ac-russia", "Russie", "state"),
      entity("ac-scholz", "Olaf Scholz", "person"),
      entity("ac-trump", "Donald Trump", "person", {"Trump"}),
      entity("ac-uk", "Royaume-Uni", "state"),
      entity("ac-ukraine", "Ukraine", "state"),
      entity("ac-usa", "États-Unis", "state", {"USA"}),
      entity("ac-witkoff", "Steve Witkoff", "person"),
      entity("ac-zelensky", "Volodymyr Zelensky", "person", {"Zelensky"}),
      entity("ac-telegraph", "The Telegraph", "media"),
  };
  g.places = {
      entity("pl-alaska", "Alaska", "region"),     entity("pl-brussels", "Bruxelles", "city"),
      entity("pl-kyiv", "Kiev", "city"),           entity("pl-london", "Londres", "city"),
      entity("pl-the-hague", "La Haye", "city"),   entity("pl-washington", "Washington", "city"),
  };
  g.proposals = {
      entity("pr-army-limit", "Limite de la taille de l'armée ukrainienne", "proposal"),
      entity("pr-guarantees", "Garanties de sécurité pour l'Ukraine", "proposal"),
      entity("pr-nato-invitation", "Invitation de l'Ukraine à rejoindre l'Otan", "proposal"),
      entity("pr-peacekeeping", "Force internationale de maintien de la paix", "proposal"),
      entity("pr-tomahawk", "Transfert de missiles Tomahawk à l'Ukraine", "proposal"),
      entity("pr-us-troops", "Déploiement de troupes américaines en Ukraine", "proposal"),
  };
  for (const Event& e : g.events) {
    for (const auto& a : e.actors) g.edges.push_back({e.id, a, "participant"});
    for (const auto& p : e.places) g.edges.push_back({e.id, p, "located_in"});
    for (const auto& p : e.proposals) g.edges.push_back({e.id, p, "concerns"});
    for (const auto& s : e.sources) g.edges.push_back({e.id, s.doc, "reported_by"});
  }
  g.edges.push_back({"ac-usa", "pr-tomahawk", "proposes"});
  g.edges.push_back({"ac-uk", "pr-peacekeeping", "supports"});
  g.edges.push_back({"ac-france", "pr-peacekeeping", "proposes"});
  g.edges.push_back({"ac-russia", "pr-us-troops", "opposes"});
  g.edges.push_back({"ac-trump", "pr-tomahawk", "rejects"});
  g.edges.push_back({"ac-russia", "pr-nato-invitation", "rejects"});
  g.edges.push_back({"ac-telegraph", "pr-peacekeeping", "concerns"});
  g.edges.push_back({"ev-trump-putin-call", "ev-washington-meeting", "precedes"});
  g.edges.push_back({"ev-zelensky-scholz", "ev-nato-ministerial", "precedes"});
  sort_model(g);
  std::sort(g.edges.begin(), g.edges.end(), [](const Edge& a, const Edge& b) {
    return std::tie(a.from, a.to, a.kind) < std::tie(b.from, b.to, b.kind);
  });
  return g;
}

DocumentLinks file_links(const GraphModel& model) {
  MemoryEnv env;
  for (const DocumentInfo& doc : model.corpus.documents) env.add_file("corpus/" + doc.path, "text");
  return document_links(model.corpus, env, "corpus", "corpus");
}

std::string hostile_text() {
  return "<script>alert(\"x&y\")</script> 'quote' \\N \\\\ back\\slash & &amp; &lt; "
         "\xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7 \xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \xF0\x9F\x9A\x80 ]]> -- \\";
}

GraphModel hostile_graph() {
  GraphModel g = sample_graph();
  const std::string text = hostile_text();
  Event e = g.events.front();
  e.id = "ev-hostile\"<&>";
  e.title = text;
  e.type = "statement";
  e.date.value = "2025-05-09";
  e.date.start = e.date.end = parse_iso_date("2025-05-09");
  e.sources = {Source{"doc\"&<", 0, 10, text + "\x01\xFF broken utf-8"}};
  e.actors = {"ac-hostile"};
  g.events.push_back(e);
  g.actors.push_back(Entity{"ac-hostile", text, "person", {}});
  g.corpus.documents.push_back(
      {"doc\"&<", "docs/a&b <c>\".txt", *parse_iso_date("2025-05-09"), "ar", "", text, ""});
  g.edges.push_back({e.id, "ac-hostile", "participant"});
  g.corpus.name = text;
  sort_model(g);
  return g;
}

GraphModel modal_graph() {
  GraphModel g = sample_graph();
  for (Event& e : g.events) {
    if (e.id == "ev-hague-summit") e.modality = "planned";
    if (e.id == "ev-us-troops") e.modality = "possible";
    if (e.id == "ev-alaska-meeting") e.modality = "reported";
    if (e.id == "ev-trump-rejects") e.modality = "denied";
    if (e.id == "ev-kyiv-visit" || e.id == "ev-spring-negotiations") e.confidence = 0.45;
  }
  return g;
}

GraphModel generated_graph(int count, unsigned seed) {
  static const char* const types[] = {"meeting", "summit", "visit", "call", "statement", "proposal", "request",
                                      "agreement", "sanction", "attack", "election", "protest", "aid", "trial"};
  static const char* const words[] = {"Réunion", "des", "ministres", "sur", "la", "sécurité", "de", "l'Ukraine", "à",
                                      "Bruxelles", "Sommet", "appel", "garanties", "troupes", "missiles", "Kiev",
                                      "accord", "européen", "négociations", "cessez-le-feu", "OTAN", "Washington"};
  std::mt19937 random(seed);
  GraphModel g;
  g.corpus.name = "generated";
  for (int d = 0; d < 500; ++d) {
    const std::string id = "doc-" + std::to_string(1000 + d);
    g.corpus.documents.push_back({id, id + ".txt", Date(2024, 1, 1), "fr", "", "", ""});
  }
  for (int a = 0; a < 100; ++a)
    g.actors.push_back({"ac-" + std::to_string(1000 + a), "Acteur " + std::to_string(a), "state", {}});
  const Date origin(2020, 1, 1);
  for (int i = 0; i < count; ++i) {
    Event e;
    e.id = "ev-" + std::to_string(100000 + i);
    e.type = types[random() % 14];
    const std::size_t length = 20 + random() % 41;  // 20..60 characters
    while (decode_utf8(e.title).size() < length) {
      const std::string word = words[random() % 22];
      if (decode_utf8(e.title).size() + 1 + decode_utf8(word).size() > length && decode_utf8(e.title).size() >= 20) break;
      e.title += (e.title.empty() ? "" : " ") + word;
    }
    const Date day = origin + boost::gregorian::days(static_cast<long>(random() % 1800));
    switch (random() % 6) {
      case 0: e.date.value = to_iso(day).substr(0, 7); e.date.granularity = "month"; break;
      case 1: e.date.latest = day; break;
      case 2: e.date.earliest = day; e.date.latest = day + boost::gregorian::days(10); break;
      default: e.date.value = to_iso(day); e.date.granularity = "day"; break;
    }
    if (auto interval = e.date.value ? interval_of(*e.date.value) : std::nullopt) {
      e.date.start = interval->first;
      e.date.end = interval->last;
    }
    e.actors = {g.actors[random() % 100].id};
    // Most events in one document, a few in many: the long tail of a news corpus.
    const std::size_t documents = random() % 10 == 0 ? 2 + random() % 30 : 1;
    for (std::size_t k = 0; k < documents; ++k)
      e.sources.push_back({g.corpus.documents[(i + k * 37) % 500].id, 0, 10, "Une phrase source."});
    e.salience = {documents, documents + random() % 3};
    e.confidence = 0.5 + 0.05 * static_cast<double>(random() % 10);
    e.modality = random() % 8 == 0 ? "planned" : "happened";
    g.events.push_back(std::move(e));
  }
  sort_model(g);
  return g;
}

}  // namespace evgraph::test
