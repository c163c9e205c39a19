#include <evgraph/error.hpp>
#include <evgraph/export.hpp>
#include <evgraph/text.hpp>

#include "graph/record_fields.hpp"

#include <nlohmann/json.hpp>

namespace evgraph {
namespace {

using Json = nlohmann::ordered_json;

Json optional_date(const std::optional<Date>& date) { return date ? Json(to_iso(*date)) : Json(nullptr); }

Json date_json(const EventDate& date) {
  Json out;
  out["value"] = date.value ? Json(*date.value) : Json(nullptr);
  out["start"] = optional_date(date.start);
  out["end"] = optional_date(date.end);
  out["granularity"] = date.granularity;
  if (!date.mod.empty()) out["mod"] = date.mod;
  if (date.earliest) out["earliest"] = to_iso(*date.earliest);
  if (date.latest) out["latest"] = to_iso(*date.latest);
  out["certainty"] = date.certainty;
  return out;
}

Json entity_json(const Entity& entity, bool with_kind) {
  Json out;
  out["id"] = entity.id;
  out["name"] = entity.name;
  if (with_kind || !entity.kind.empty()) out["kind"] = entity.kind;
  out["aliases"] = entity.aliases;
  return out;
}

}  // namespace

std::string to_json(const GraphModel& model) {
  Json root;
  root["evgraph"] = "1";
  Json corpus;
  corpus["name"] = model.corpus.name;
  if (!model.corpus.version.empty()) corpus["version"] = model.corpus.version;
  corpus["documents"] = Json::array();
  for (const auto& doc : model.corpus.documents) {
    Json d;
    d["id"] = doc.id;
    d["path"] = doc.path;
    d["published"] = to_iso(doc.published);
    d["lang"] = doc.lang;
    d["sha256"] = doc.sha256;
    if (!doc.title.empty()) d["title"] = doc.title;
    if (!doc.source.empty()) d["source"] = doc.source;
    corpus["documents"].push_back(std::move(d));
  }
  root["corpus"] = std::move(corpus);
  root["events"] = Json::array();
  for (const auto& event : model.events) {
    Json e;
    e["id"] = event.id;
    e["type"] = event.type;
    e["title"] = event.title;
    e["date"] = date_json(event.date);
    e["actors"] = event.actors;
    e["places"] = event.places;
    e["proposals"] = event.proposals;
    e["sources"] = Json::array();
    for (const auto& source : event.sources)
      e["sources"].push_back(Json{{"doc", source.doc}, {"begin", source.begin}, {"end", source.end}, {"quote", source.quote}});
    e["confidence"] = event.confidence;
    if (!event.modality.empty()) e["modality"] = event.modality;
    if (!event.conflicting_dates.empty()) {
      e["conflicting_dates"] = Json::array();
      for (const auto& date : event.conflicting_dates) e["conflicting_dates"].push_back(date_json(date));
    }
    root["events"].push_back(std::move(e));
  }
  for (const auto& [key, list, with_kind] :
       {std::tuple{"actors", &model.actors, true}, std::tuple{"places", &model.places, false},
        std::tuple{"proposals", &model.proposals, false}}) {
    root[key] = Json::array();
    for (const auto& entity : *list) root[key].push_back(entity_json(entity, with_kind));
  }
  root["edges"] = Json::array();
  for (const auto& edge : model.edges) root["edges"].push_back(Json{{"from", edge.from}, {"to", edge.to}, {"kind", edge.kind}});
  return root.dump(2) + "\n";
}

GraphModel graph_from_json(const std::string& text, const std::string& file) {
  nlohmann::json root;
  try {
    root = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    const std::size_t offset = e.byte == 0 ? 0 : e.byte - 1;
    const auto [line, column] = line_column_at(text, offset);
    std::string message = e.what();
    if (auto colon = message.find("]: "); colon != std::string::npos) message = message.substr(colon + 3);
    throw InputError({file, line, column}, message);
  }
  return detail::model_from_json(root, file);
}

}  // namespace evgraph
